"""`python -m evals.bench cli`: CPU seconds of the read-only commands on a workspace of N cases.

The workspace is built the real way (each invoice processed by the workflow, nine in ten approved
and posted, the rest waiting), then `status`, `approvals` and `audit verify` run as the user runs
them: a new process each, CPU time from the operating system (user + system), median of a few
runs. The target is 0.8 s each at N = 1,000.
"""

from __future__ import annotations

import copy
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = {"status": ["status", "INV-C{middle:05d}"], "approvals": ["approvals"], "audit_verify": ["audit", "verify"]}


def build_workspace(ws: Path, n: int) -> None:
    from countersign.agent.approvals import decide
    from countersign.agent.runner import process_bytes
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.identity import mark_demo_workspace
    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.app.settings import Settings
    from countersign.domain import Verdict

    clean = load_demo_specs()[0]
    mark_demo_workspace(ws)
    with open_services(Settings(data_dir=ws, _env_file=None)) as services:
        seed(services)
        for i in range(n):
            spec = copy.deepcopy(clean)
            spec["invoice_number"] = f"INV-C{i:05d}"
            result = process_bytes(services, render_invoice(spec), filename=f"c{i}.pdf", source="cli",
                                   uploader="U0AP0CLERK")
            if i % 10:
                [proposal] = services.store.proposals_for_case(result.case_id)
                decide(services, proposal.id, approver_id="U0APMGR01", verdict=Verdict.APPROVE)


def cpu_seconds(args: list[str], ws: Path) -> float:
    """User + system CPU of one `countersign` process (its children included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # As installed: bytecode is written on the first run and read after (a shell that sets
    # PYTHONDONTWRITEBYTECODE would have every run compile the project's modules again).
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_") and k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-m", "countersign.app.cli", "--data-dir", str(ws), *args],
                          capture_output=True, env=env, timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


BUILT = ".bench-cli-cases"  # written last: a workspace holding it was built whole, with this many cases


def bench_cli(n: int, rounds: int = 5, workspace: Path | None = None) -> dict[str, float]:
    """`workspace` keeps the built workspace there and reuses it on the next run (building takes minutes)."""
    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace or Path(tmp) / "ws"
        built = ws / BUILT
        results: dict[str, float] = {"cases": n}
        if built.is_file():
            if built.read_text().strip() != str(n):
                raise SystemExit(f"{ws} holds {built.read_text().strip()} cases, not {n}")
        elif ws.exists() and any(ws.iterdir()):
            raise SystemExit(f"{ws} is not a whole benchmark workspace: remove it to build one")
        else:
            started = time.perf_counter()
            build_workspace(ws, n)
            results["build_s"] = round(time.perf_counter() - started, 1)
            built.write_text(str(n))
        for name, template in COMMANDS.items():
            args = [a.format(middle=n // 2) for a in template]  # status asks for a case in the middle
            cpu_seconds(args, ws)  # warm the page cache and the bytecode
            results[f"{name}_cpu_s"] = round(statistics.median(cpu_seconds(args, ws) for _ in range(rounds)), 3)
        results["bare_python_cpu_s"] = round(statistics.median(_bare_python() for _ in range(rounds)), 3)
    return results


def _bare_python() -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
