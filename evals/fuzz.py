"""Fuzzing extraction: `python -m evals.fuzz [--n 10000] [--seed 1] [--no-ocr] [--hostile 60]`.

A seeded generator (no extra package) mutates real invoice PDFs — the demo invoices and a slice
of the synthetic corpus — and makes random byte strings: bit flips, truncation, deleted,
duplicated and inserted chunks, spliced documents, rewritten numbers (object offsets, lengths,
page boxes, /Count), a PDF header over noise, empty and tiny inputs; and builds hostile PDFs
(`evals.hostile_pdfs`): forms nested in forms of random depth and fan-out, and pages up to the
largest PDF allows, scanned (so read by OCR) or not. Each input goes through
`countersign.tools.extract_invoice.extract_invoice`; the only acceptable outcomes are an
ExtractedInvoice or an `UnreadableDocument` with a non-empty message. Anything else (another
exception type, an empty message) is a finding. Reports the slowest input, so the caps
(pages, bytes, forms, OCR pages and pixels) show up as a bound on time per input.

`--hostile N` then reads N hostile PDFs the way the product does, in the limited child process
of `countersign.app.extract_sandbox` (with heavier leaves and content floods besides), and
reports the worst time and peak memory per family; a child over the limits is a finding.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from evals.hostile_pdfs import PATH, PDF_MAX_SIDE, TEXT, content_flood, huge_page, nested_forms

REPORTS = Path(__file__).parent / "reports"
HOSTILE = ("nested_forms", "huge_page", "content_flood")


def base_documents() -> list[bytes]:
    from countersign.app.samples import load_demo_specs, render_invoice
    from evals.corpus import generate

    docs = [render_invoice(spec) for spec in load_demo_specs()]
    docs += [doc.pdf for doc in generate(6, seed=5)]
    return docs


_NUMBER = re.compile(rb"\d+(?:\.\d+)?")
_INTERESTING = [b"0", b"-1", b"999999999", b"2147483648", b"1e308", b"-0.0", b"18446744073709551616", b"NaN"]
_TOKENS = [b"/Count 100000", b"/Length 999999999", b"/Filter /FlateDecode", b"/MediaBox [0 0 1e30 1e30]",
           b"/Kids [1 0 R 1 0 R]", b"/Parent 1 0 R", b"endobj", b"stream\n", b"endstream", b"xref\n0 9999\n",
           b"trailer << /Root 1 0 R >>", b"%%EOF", b"/Encrypt << >>", b"(" * 64, b"<<" * 64, b"[" * 200]


def hostile(rng: random.Random, kind: str, *, heavy: bool = False) -> bytes:
    """A hostile PDF of family `kind`: "nested_forms", "huge_page" or (heavy only) "content_flood".
    `heavy` adds leaves and floods that cost seconds and hundreds of MB when drawn: for the
    sandboxed pass only."""
    if kind == "nested_forms":
        leaves = [TEXT, PATH, b""] + ([TEXT * 50, TEXT + PATH * 2000, TEXT + b" " * 60_000] if heavy else [])
        return nested_forms(depth=rng.randint(1, 12), fanout=rng.choice([1, 2, 3, 5, 10, 20, 50]),
                            leaf=rng.choice(leaves), page_draws=rng.choice([1, 2, 10, 100]))
    if kind == "huge_page":
        side = rng.choice([612, 1190, 3000, 7200, PDF_MAX_SIDE, 200_000, 10_000_000])
        return huge_page(side, scanned=rng.random() < 0.7)
    return content_flood(rng.choice([1_000_000, 10_000_000, 30_000_000]), kind=rng.choice(["text", "path"]))


def mutate(rng: random.Random, docs: list[bytes]) -> tuple[str, bytes]:  # noqa: C901 - one branch per mutation kind
    """One fuzz input and the name of the mutation that made it."""
    kind = rng.choices(
        ["random", "pdf_header_noise", "bitflip", "truncate", "delete_chunk", "insert_noise", "duplicate_chunk",
         "splice", "numbers", "tokens", "tiny", "nested_forms", "huge_page"],
        weights=[6, 6, 16, 10, 10, 8, 6, 6, 16, 12, 4, 2, 1])[0]
    if kind in ("nested_forms", "huge_page"):
        return kind, hostile(rng, kind)
    base = rng.choice(docs)
    if kind == "random":
        return kind, rng.randbytes(rng.randint(0, 8192))
    if kind == "pdf_header_noise":
        return kind, b"%PDF-1." + str(rng.randint(0, 9)).encode() + b"\n" + rng.randbytes(rng.randint(0, 8192))
    if kind == "tiny":
        return kind, rng.choice([b"", b"%", b"%PDF", b"%PDF-1.7", b"%PDF-1.7\n%%EOF", b"\x00" * rng.randint(1, 64)])
    data = bytearray(base)
    if kind == "bitflip":
        for _ in range(rng.choice([1, 2, 5, 20, 100])):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        data = data[: rng.randrange(len(data))]
    elif kind == "delete_chunk":
        i = rng.randrange(len(data))
        del data[i: i + rng.randint(1, 2048)]
    elif kind == "insert_noise":
        i = rng.randrange(len(data))
        data[i:i] = rng.randbytes(rng.randint(1, 512))
    elif kind == "duplicate_chunk":
        i = rng.randrange(len(data))
        chunk = data[i: i + rng.randint(1, 4096)]
        j = rng.randrange(len(data))
        data[j:j] = chunk * rng.randint(1, 4)
    elif kind == "splice":
        other = rng.choice(docs)
        data = data[: rng.randrange(len(data))] + other[rng.randrange(len(other)):]
    elif kind == "numbers":
        matches = list(_NUMBER.finditer(bytes(data)))
        for m in sorted(rng.sample(matches, min(len(matches), rng.choice([1, 3, 10]))), key=lambda m: -m.start()):
            data[m.start(): m.end()] = rng.choice(_INTERESTING + [str(rng.randint(0, 10**6)).encode()])
    elif kind == "tokens":
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(data))
            data[i:i] = b" " + rng.choice(_TOKENS) + b" "
    return kind, bytes(data)


def inputs(n: int, seed: int = 1) -> Iterator[tuple[int, str, bytes]]:
    rng = random.Random(seed)
    docs = base_documents()
    for i in range(n):
        kind, data = mutate(rng, docs)
        yield i, kind, data


@dataclass
class Finding:
    index: int
    kind: str
    error: str


def check(data: bytes) -> str:
    """'ok', 'unreadable', or raise AssertionError describing a finding."""
    from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice

    try:
        extract_invoice(data)
    except UnreadableDocument as exc:
        if not str(exc).strip():
            raise AssertionError("UnreadableDocument without a message") from exc
        return "unreadable"
    except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
        raise AssertionError(f"{type(exc).__name__}: {str(exc)[:200]}") from exc
    return "ok"


def run_fuzz(n: int = 10_000, seed: int = 1, ocr: bool = True) -> dict:
    import countersign.extraction.pdf as pdf

    if not ocr:
        pdf.ocr_tessdata = lambda: None  # this process only: skip the ~1 s/page OCR of text-less mutants
    outcomes: Counter = Counter()
    by_kind: Counter = Counter()
    findings: list[Finding] = []
    times: list[float] = []
    slowest = (0.0, -1, "")
    started = time.perf_counter()
    for i, kind, data in inputs(n, seed):
        t0 = time.perf_counter()
        try:
            outcome = check(data)
        except AssertionError as exc:
            findings.append(Finding(i, kind, str(exc)))
            outcome = "finding"
        elapsed = time.perf_counter() - t0
        times.append(elapsed)
        if elapsed > slowest[0]:
            slowest = (elapsed, i, kind)
        outcomes[outcome] += 1
        by_kind[f"{kind}:{outcome}"] += 1
    wall = time.perf_counter() - started
    return {
        "inputs": n,
        "seed": seed,
        "ocr": int(ocr),
        "extracted": outcomes["ok"],
        "unreadable": outcomes["unreadable"],
        "findings": len(findings),
        "first_findings": [f.__dict__ for f in findings[:10]],
        "by_kind": dict(sorted(by_kind.items())),
        "median_ms": round(statistics.median(times) * 1000, 2),
        "max_s": round(slowest[0], 2),
        "slowest_input": f"#{slowest[1]} ({slowest[2]})",
        "wall_s": round(wall, 1),
    }


def run_hostile(n: int = 60, seed: int = 1) -> dict:
    """`n` hostile PDFs (the families in turn) read as the product reads them, in the limited
    child process: outcomes, and the worst wall-clock seconds and peak MB per family."""
    from countersign.app.extract_sandbox import Limits, Usage, extract_sandboxed
    from countersign.tools.extract_invoice import UnreadableDocument

    limits = Limits()
    rng = random.Random(seed)
    worst: dict[str, dict] = {}
    outcomes: Counter = Counter()
    findings: list[Finding] = []
    for i in range(n):
        kind = HOSTILE[i % len(HOSTILE)]
        data = hostile(rng, kind, heavy=True)
        usage: list[Usage] = []
        started = time.perf_counter()
        try:
            extract_sandboxed(data, limits=limits, on_usage=usage.append)
            outcome = "ok"
        except UnreadableDocument as exc:
            outcome = f"unreadable: {_reason(str(exc))}"
        except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
            findings.append(Finding(i, kind, f"{type(exc).__name__}: {str(exc)[:200]}"))
            outcome = "finding"
        seconds = time.perf_counter() - started
        peak = usage[0].peak_mb if usage else 0.0
        if seconds > limits.deadline_seconds + 2 or peak > limits.memory_mb:
            findings.append(Finding(i, kind, f"over the limits: {seconds:.1f} s, {peak:.0f} MB"))
        outcomes[f"{kind}: {outcome}"] += 1
        mine = worst.setdefault(kind, {"max_s": 0.0, "max_mb": 0.0, "bytes": 0})
        if seconds > mine["max_s"]:
            mine.update(max_s=round(seconds, 2), slowest=f"#{i}", bytes=len(data))
        mine["max_mb"] = max(mine["max_mb"], round(peak, 1))
    return {"inputs": n, "seed": seed, "limits": f"{limits.cpu_seconds} s of CPU, {limits.memory_mb} MB",
            "outcomes": dict(sorted(outcomes.items())), "worst": worst, "findings": len(findings),
            "first_findings": [f.__dict__ for f in findings[:10]]}


def _reason(message: str) -> str:
    """A refusal's reason without its numbers, so that like refusals count together."""
    return re.sub(r"\d[\d,.]*", "N", message)[:70]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-ocr", action="store_true", help="skip OCR of text-less mutants (faster)")
    parser.add_argument("--hostile", type=int, default=60, help="hostile PDFs read in the sandbox (0: none)")
    parser.add_argument("--http", action="store_true",
                        help="attack the Slack HTTP endpoint instead: slow and odd requests (evals/fuzz_http.py)")
    args = parser.parse_args(argv)
    if args.http:
        from evals.fuzz_http import main as fuzz_http

        sys.exit(fuzz_http(args.n if "--n" in (argv or sys.argv) else 300, args.seed))
    result = run_fuzz(args.n, args.seed, ocr=not args.no_ocr)
    if args.hostile:
        result["hostile"] = run_hostile(args.hostile, args.seed)
        result["findings"] += result["hostile"]["findings"]
    print("fuzz: extraction on mutated PDFs and random bytes")
    for key, value in result["by_kind"].items():
        print(f"  {key:<28} {value}")
    for finding in result["first_findings"]:
        print(f"  FINDING #{finding['index']} ({finding['kind']}): {finding['error']}")
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "fuzz.json").write_text(json.dumps(result, indent=2))
    if "hostile" in result:
        print(f"hostile PDFs read in the sandbox ({result['hostile']['limits']}):")
        for key, value in result["hostile"]["outcomes"].items():
            print(f"  {key:<100} {value}")
        for kind, worst in result["hostile"]["worst"].items():
            print(f"  worst {kind}: {worst['max_s']} s (input {worst['slowest']}, {worst['bytes']} bytes), "
                  f"peak {worst['max_mb']} MB")
        for finding in result["hostile"]["first_findings"]:
            print(f"  FINDING #{finding['index']} ({finding['kind']}): {finding['error']}")
    for key in ("inputs", "extracted", "unreadable", "findings", "median_ms", "max_s", "wall_s"):
        print(f"{key}={result[key]}")
    sys.exit(1 if result["findings"] else 0)


if __name__ == "__main__":
    main()
