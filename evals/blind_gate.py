"""Every blind set at once, and a regression gate that keeps the held-out parts blind.

`python -m evals.blind_gate run OUT` scores each set's development and held-out parts (evals.blind) into OUT, one
file per part. `python -m evals.blind_gate compare BASE CUR [--unsealed set8_held,...]` prints every development
part before -> after, and of the held-out parts only how many fell: a round on development styles gets a yes/no veto
from them, never a score to choose between rule variants by (once it did, held-out parts stopped being blind).
Parts named in --unsealed were opened on purpose and are shown like development parts. Exits 1 when a part fell.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from pathlib import Path

from evals import blind

MEASURES = ("field_accuracy", "calibrated_accuracy_at_0.9")
_SUMMARY = re.compile(r"^(field_accuracy|calibrated_accuracy_at_0\.9|exact_line_count)=([\d.]+)$", re.M)


def run(out: Path, sets: list[str] | None = None) -> None:
    """Score each set's two parts into `out` (setN_dev.txt, setN_held.txt: blind.main's printout)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in sets or sorted(blind.HELD, key=lambda s: int(s[3:])):
        for part in ("dev", "held"):
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                blind.main([name, f"--{part}"])
            (out / f"{name}_{part}.txt").write_text(printed.getvalue())


def read(folder: Path) -> dict[str, dict[str, float]]:
    """Each part's summary figures, by part ("set8_held")."""
    return {f.stem: {k: float(v) for k, v in _SUMMARY.findall(f.read_text())} for f in folder.glob("set*_*.txt")}


def compare(base: dict[str, dict[str, float]], now: dict[str, dict[str, float]],
            unsealed: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """The lines to print and whether any part fell (a measure lower, or a part missing now)."""
    lines, held, held_lower, fell = [], 0, 0, False
    for part in sorted(base, key=lambda p: (int(p.split("_")[0][3:]), p)):
        before, after = base[part], now.get(part, {})
        lower = any(after.get(m, -1.0) < before.get(m, 0.0) for m in MEASURES)
        fell |= lower
        if part.endswith("_held") and part not in unsealed:
            held, held_lower = held + 1, held_lower + lower
            continue
        shown = "   ".join(f"{before.get(m)} -> {after.get(m)}" for m in MEASURES)
        changed = any(after.get(m) != before.get(m) for m in MEASURES)
        lines.append(f"{part:<12} {shown}" + ("  WORSE" if lower else "  better" if changed else ""))
    lines.append(f"held-out: {held_lower} of {held} parts lower" + ("  WORSE" if held_lower else ""))
    return lines, fell


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.blind_gate", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    scoring = sub.add_parser("run", help="score every set's parts into a folder")
    scoring.add_argument("out", type=Path)
    scoring.add_argument("sets", nargs="*")
    gate = sub.add_parser("compare", help="a folder of scores against a baseline's")
    gate.add_argument("base", type=Path)
    gate.add_argument("now", type=Path)
    gate.add_argument("--unsealed", default="", help="held-out parts opened on purpose, e.g. set8_held,set26_held")
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.out, args.sets or None)
        return 0
    lines, fell = compare(read(args.base), read(args.now), frozenset(filter(None, args.unsealed.split(","))))
    print("\n".join(lines))
    return 1 if fell else 0


if __name__ == "__main__":
    sys.exit(main())
