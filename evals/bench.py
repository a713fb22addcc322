"""Benchmarks: `python -m evals.bench extract|pipeline [--n N]`.

Each prints a table, then one `key=value` line per headline figure, and writes JSON to
evals/reports/. Numbers, not pass/fail: targets are read off these lines.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPORTS = Path(__file__).parent / "reports"


def bench_extract(n: int) -> dict[str, float]:
    """Our extraction vs bare PyMuPDF word extraction on the same one-page text invoices, in the
    same run: the demo invoices plus a slice of the synthetic corpus."""
    import pymupdf

    from countersign.tools.extract import extract_invoice
    from countersign.tools.samples import load_demo_specs, render_invoice
    from evals.corpus import generate

    docs = [render_invoice(spec) for spec in load_demo_specs()]
    docs += [doc.pdf for doc in generate(24, seed=11)]

    def bare_words(data: bytes) -> None:
        doc = pymupdf.open(stream=data, filetype="pdf")
        for page in doc:
            page.get_text("words")
        doc.close()

    extract_invoice(docs[0])  # warm-up: first call pays for font and library set-up
    bare_words(docs[0])
    timings, bare = [], []
    for _ in range(n):
        for data in docs:
            start = time.perf_counter()
            bare_words(data)
            bare.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            extract_invoice(data)
            timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    median_bare = statistics.median(bare)
    return {
        "pdfs": len(timings),
        "median_ms_per_pdf": round(median, 3),
        "p95_ms_per_pdf": round(sorted(timings)[int(len(timings) * 0.95) - 1], 3),
        "median_ms_pymupdf_words": round(median_bare, 3),
        "median_ms_per_doc": round(median, 3),
        "ratio_to_pymupdf": round(median / median_bare, 2) if median_bare else None,
    }


def bench_pipeline(n: int) -> dict[str, float]:
    from countersign.agent.approvals import decide
    from countersign.agent.demo import seed
    from countersign.agent.pipeline import process_file
    from countersign.agent.services import open_services
    from countersign.agent.settings import Settings
    from countersign.domain import ProposalStatus, Verdict
    from countersign.tools.samples import load_demo_specs, render_invoice

    clean = load_demo_specs()[0]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = []
        for i in range(n):
            spec = copy.deepcopy(clean)
            spec["invoice_number"] = f"INV-B{i:05d}"
            path = root / f"bench-{i:05d}.pdf"
            path.write_bytes(render_invoice(spec))
            files.append(path)
        tracemalloc.start()
        to_approval, to_post = [], []
        started = time.perf_counter()
        with open_services(Settings(data_dir=root / "ws", _env_file=None)) as services:
            seed(services)
            for path in files:
                t0 = time.perf_counter()
                result = process_file(services, path, uploader="U0AP0CLERK")
                to_approval.append((time.perf_counter() - t0) * 1000)
                assert result.status == "awaiting_approval", result
            for proposal in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
                t0 = time.perf_counter()
                outcome = decide(services, proposal.id, approver_id="U0APMGR01", verdict=Verdict.APPROVE)
                to_post.append((time.perf_counter() - t0) * 1000)
                assert outcome.status == ProposalStatus.POSTED, outcome
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        t0 = time.perf_counter()
        demo = subprocess.run([sys.executable, "-m", "countersign.agent.cli", "--data-dir", str(root / "demo"),
                               "demo", "--no-input"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        demo_s = time.perf_counter() - t0
        if demo.returncode != 0:
            raise SystemExit(f"demo failed: {demo.stderr}")
    return {
        "invoices": n,
        "median_ms_to_approval_card": round(statistics.median(to_approval), 1),
        "median_ms_approval_to_posted": round(statistics.median(to_post), 1),
        "median_ms_per_invoice": round(statistics.median(a + b for a, b in zip(to_approval, to_post)), 1),
        "invoices_per_s": round(n / elapsed, 2),
        "peak_traced_mb": round(peak / 1e6, 1),
        "demo_wall_s": round(demo_s, 2),
    }


def bench_policies(n: int) -> dict:
    from evals.bench_policies import bench_policies as run

    return run(n_vendors=100_000, n_bills=n * 1_000, n_invoices=300)


def bench_slack(n: int) -> dict:
    from evals.bench_slack import bench_slack as run

    return run(n=n)


BENCHES = {"extract": (bench_extract, 20), "pipeline": (bench_pipeline, 50), "policies": (bench_policies, 1_000),
           "slack": (bench_slack, 50)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=sorted(BENCHES))
    parser.add_argument("--n", type=int, default=None,
                        help="rounds (extract), invoices (pipeline), thousands of posted bills (policies), "
                             "simultaneous file events (slack)")
    args = parser.parse_args(argv)
    func, default_n = BENCHES[args.name]
    results = func(args.n or default_n)
    width = max(len(k) for k in results)
    print(f"benchmark {args.name}")
    for key, value in results.items():
        print(f"  {key:<{width}}  {value}")
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / f"bench-{args.name}.json").write_text(json.dumps(results, indent=2))
    for key, value in results.items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
