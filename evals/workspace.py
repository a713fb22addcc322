"""A demo workspace for evaluations: seeded ledger, the six sample invoices processed, the
demo approver's decisions applied. Built fresh in a temp dir for every run."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from countersign.app.demo import run_demo
from countersign.app.settings import Settings


def build_demo_workspace(root: Path, **settings) -> Settings:
    config = Settings(data_dir=root / "ws", _env_file=None, **settings)
    run_demo(config, interactive=False, console=Console(file=io.StringIO()))
    return config


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = ([max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)] if rows
              else [len(h) for h in header])
    print(title)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)))
    for row in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)))
