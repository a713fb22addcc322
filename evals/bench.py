"""Benchmarks: `python -m evals.bench extract|pipeline|flow|policies|slack|peers|calls|cli [--n N]`.

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

    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.tools.extract_invoice import extract_invoice
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


def bench_flow(n: int) -> dict[str, float]:
    from countersign.agent.approvals import decide
    from countersign.agent.runner import process_file
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.app.settings import Settings
    from countersign.domain import ProposalStatus, Verdict

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
        demo = subprocess.run([sys.executable, "-m", "countersign.app.cli", "--data-dir", str(root / "demo"),
                               "demo", "--no-input"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        demo_s = time.perf_counter() - t0
        if demo.returncode != 0:
            raise SystemExit(f"demo failed: {demo.stderr}")
    return {
        "invoices": n,
        "median_ms_to_approval_card": round(statistics.median(to_approval), 1),
        "median_ms_approval_to_posted": round(statistics.median(to_post), 1),
        "median_ms_per_invoice": round(statistics.median(a + b for a, b in zip(to_approval, to_post, strict=False)), 1),
        "invoices_per_s": round(n / elapsed, 2),
        "peak_traced_mb": round(peak / 1e6, 1),
        "demo_wall_s": round(demo_s, 2),
    }


def bench_policies(n: int) -> dict:
    from evals.bench_policies import bench_policies as run

    return run(n_vendors=100_000, n_bills=n * 1_000, n_invoices=300)


def bench_slack(n: int) -> dict:
    """Both layouts: the Slack app running the cases itself on SQLite (one process: Socket Mode,
    one machine), and compose.yaml's: uploads to two worker processes on a real PostgreSQL server
    started for the run (SQLite, said so, when its binaries are missing)."""
    from countersign.app.db import make_engine, migrate
    from evals.bench_slack import bench_slack as run
    from tests.pg_server import start_server

    inline = run(n=n)
    try:
        server = start_server()
    except FileNotFoundError as exc:
        print(f"postgres: not found ({exc}); the workers layout runs on SQLite")
        server = None
    try:
        url = server.create_database("bench_slack") if server else None
        if url:
            engine = make_engine(url)
            migrate(engine)
            engine.dispose()
        workers = {"store": "postgresql" if url else "sqlite", **run(n=n, database_url=url, workers=2)}
    finally:
        if server:
            server.stop()
    return {**{f"app_{k}": v for k, v in inline.items()}, **{f"workers_{k}": v for k, v in workers.items()}}


def bench_cli(n: int, workspace: Path | None = None) -> dict:
    from evals.bench_cli import bench_cli as run

    return run(n, workspace=workspace)


def bench_console(n: int) -> dict:
    from evals.bench_console import bench_console as run

    return run(n)


def bench_calls(n: int) -> dict:
    from evals.bench_calls import bench_calls as run

    return run(n)


# --------------------------------------------------------------------------- pipeline (per stage)

STAGES = {"extract": "extract", "match": ("match_vendor", "lookup_po"), "validate": "validate", "draft": "draft",
          "post": "post", "notify": "notify"}


def _stage_worker(args) -> dict:
    """One process: its share of the batch on its own SQLite workspace; per-node times from the
    graph's update stream (approval wait excluded: the decision is applied at once)."""
    import resource

    from langgraph.types import Command

    from countersign.agent.approvals import decide
    from countersign.agent.runner import intake_bytes, thread_config
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.app.settings import Settings
    from countersign.domain import Verdict

    offset, count, root = args
    clean = load_demo_specs()[0]
    docs = []
    for i in range(offset, offset + count):
        spec = copy.deepcopy(clean)
        spec["invoice_number"] = f"INV-P{i:05d}"
        docs.append(render_invoice(spec))
    per_node: dict[str, list[float]] = {}
    totals = []
    with open_services(Settings(data_dir=Path(root) / f"ws{offset}", _env_file=None)) as services:
        seed(services)

        def timed(graph_input, case_id) -> float:
            spent = 0.0
            t0 = time.perf_counter()
            for update in services.graph.stream(graph_input, thread_config(case_id), stream_mode="updates",
                                                durability="sync"):
                now = time.perf_counter()
                for node in update:
                    if not node.startswith("__"):
                        per_node.setdefault(node, []).append((now - t0) * 1000)
                spent += now - t0
                t0 = now
            return spent

        started = time.perf_counter()
        for data in docs:
            t0 = time.perf_counter()
            case_id = intake_bytes(services, data, filename="b.pdf", source="cli", uploader="U0AP0CLERK").case_id
            per_node.setdefault("intake", []).append((time.perf_counter() - t0) * 1000)
            first = timed({"case_id": case_id}, case_id)
            proposal = services.store.proposals_for_case(case_id)[0]
            # the decision without its resume: record it, then time the resumed graph ourselves
            t1 = time.perf_counter()
            import countersign.agent.approvals as approvals_module

            real = approvals_module.run_case
            approvals_module.run_case = lambda services, case_id: None
            try:
                decide(services, proposal.id, approver_id="U0APMGR01", verdict=Verdict.APPROVE)
            finally:
                approvals_module.run_case = real
            per_node.setdefault("decide", []).append((time.perf_counter() - t1) * 1000)
            second = timed(Command(resume={"proposal_id": proposal.id, "status": "approved"}), case_id)
            totals.append(per_node["intake"][-1] + (first + second) * 1000 + per_node["decide"][-1])
        wall = time.perf_counter() - started
    return {"per_node": per_node, "totals": totals, "wall": wall,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def bench_pipeline_stages(n: int, processes: int = 2) -> dict:
    """ms per stage (extract, match = match_vendor + lookup_po, validate, draft, post) and end to end,
    the approval wait excluded; throughput of the batch over `processes` processes (2 cores); peak
    resident memory of the busiest process."""
    import multiprocessing

    with tempfile.TemporaryDirectory() as tmp:
        share = [n // processes + (1 if i < n % processes else 0) for i in range(processes)]
        offsets = [sum(share[:i]) for i in range(processes)]
        ctx = multiprocessing.get_context("spawn")
        started = time.perf_counter()
        with ctx.Pool(processes) as pool:
            parts = pool.map(_stage_worker, [(o, c, tmp) for o, c in zip(offsets, share, strict=True)])
        elapsed = time.perf_counter() - started
    merged: dict[str, list[float]] = {}
    for part in parts:
        for node, values in part["per_node"].items():
            merged.setdefault(node, []).extend(values)
    totals = [t for part in parts for t in part["totals"]]
    result: dict[str, float] = {"invoices": n, "processes": processes}
    for stage, nodes in {"intake": ("intake",), "extract": ("extract",), "match": ("match_vendor", "lookup_po"),
                         "validate": ("validate",), "draft": ("draft",), "decide": ("decide",),
                         "post": ("post",), "notify": ("notify", "approval")}.items():
        per_invoice = [sum(v) for v in zip(*(merged.get(node, []) for node in nodes), strict=False)]
        if per_invoice:
            result[f"median_ms_{stage}"] = round(statistics.median(per_invoice), 2)
    result["median_ms_per_invoice"] = round(statistics.median(totals), 1)
    result["p95_ms_per_invoice"] = round(sorted(totals)[max(0, int(len(totals) * 0.95) - 1)], 1)
    result["invoices_per_s"] = round(n / elapsed, 2)  # includes process start-up and seeding
    result["invoices_per_s_steady"] = round(n / max(p["wall"] for p in parts), 2)
    result["peak_mb"] = round(max(p["maxrss_mb"] for p in parts), 1)
    return result


# --------------------------------------------------------------------------- peers


def _ensure_invoice2data() -> str:
    """invoice2data (the `bench` dependency group, which `make venv` installs) and Debian's
    poppler-utils (pdftotext), which invoice2data runs; a clear error when either is missing."""
    import importlib.util
    import shutil

    if importlib.util.find_spec("invoice2data") is None:
        raise SystemExit("peers needs invoice2data: it is in the `bench` dependency group; run `make venv`")
    if shutil.which("pdftotext") is None:
        raise SystemExit("peers needs pdftotext, which invoice2data runs: apt-get install poppler-utils")
    from importlib.metadata import version

    return version("invoice2data")


def _peer_template(vendor: str) -> dict:
    """An invoice2data template for the synthetic invoices' layout (invoice2data needs one per
    issuer; ours reads any layout without one)."""
    return {
        "issuer": vendor,
        "keywords": ["INVOICE"],
        "fields": {
            "invoice_number": {"parser": "regex", "regex": r"Invoice No\.\s+(\S+)"},
            "amount": {"parser": "regex", "regex": r"(?:Total|TOTAL|Amount Due|Total Due)\s+[^\d-]*([\d,]+\.\d{2})",
                       "type": "float"},
            "date": {"parser": "regex", "regex": r"Invoice Date\s+(.+?)(?:\s{2,}|$)",
                     "type": "date"},
        },
        "options": {"currency": "USD", "date_formats": [], "decimal_separator": "."},
        "template_name": f"peer-{vendor}",
        "exclude_keywords": [],
        "priority": 5,
    }


def bench_peers(n: int) -> dict:
    """The same PDFs through invoice2data (pdftotext + a regex template) and countersign's
    extraction, in one run: accuracy on the fields both produce, and the speed ratio."""
    from datetime import date as date_cls
    from decimal import Decimal

    version = _ensure_invoice2data()
    from invoice2data import extract_data
    from invoice2data.input import pdftotext

    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice

    specs = []
    for i in range(n):
        spec = copy.deepcopy(load_demo_specs()[i % 6])
        spec["invoice_number"] = f"INV-Q{i:05d}"
        specs.append(spec)
    from invoice2data.extract.invoice_template import InvoiceTemplate

    templates = [InvoiceTemplate(_peer_template(s["vendor"]["name"])) for s in specs[:1]]  # one layout fits all
    from countersign.app.samples import expected_fields

    ours_ok = {"invoice_number": 0, "total": 0, "invoice_date": 0}
    theirs_ok = {"invoice_number": 0, "total": 0, "invoice_date": 0}
    ours_ms, theirs_ms = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i, spec in enumerate(specs):
            data = render_invoice(spec)
            path = Path(tmp) / f"q{i}.pdf"
            path.write_bytes(data)
            expected = expected_fields(spec)
            truth = {"invoice_number": expected["invoice_number"], "total": Decimal(expected["total"]),
                     "invoice_date": date_cls.fromisoformat(expected["invoice_date"])}
            t0 = time.perf_counter()
            try:
                found = extract_invoice(data)
                ours = {"invoice_number": found.value("invoice_number"),
                        "total": Decimal(found.value("total")) if found.value("total") else None,
                        "invoice_date": found.value("invoice_date")}
            except UnreadableDocument:
                ours = {}
            ours_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            try:
                got = extract_data(str(path), templates=templates, input_module=pdftotext) or {}
            except Exception as exc:  # noqa: BLE001 - a peer failure counts as no answer
                print(f"peers: invoice2data failed on {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                got = {}
            theirs_ms.append((time.perf_counter() - t0) * 1000)
            theirs = {"invoice_number": got.get("invoice_number"),
                      "total": (Decimal(str(got["amount"])).quantize(Decimal("0.01"))
                                if got.get("amount") is not None else None),
                      "invoice_date": got.get("date").date() if hasattr(got.get("date"), "date") else got.get("date")}
            for field in theirs_ok:
                want = truth[field]
                mine = ours.get(field)
                if field == "invoice_date" and isinstance(mine, str):
                    mine = date_cls.fromisoformat(mine)
                ours_ok[field] += int(mine == want)
                theirs_ok[field] += int(theirs.get(field) == want)
    fields = len(theirs_ok) * n
    median_ours, median_theirs = statistics.median(ours_ms), statistics.median(theirs_ms)
    return {
        "pdfs": n,
        "invoice2data_version": version,
        **{f"countersign_{k}_accuracy": round(v / n, 3) for k, v in ours_ok.items()},
        **{f"invoice2data_{k}_accuracy": round(v / n, 3) for k, v in theirs_ok.items()},
        "countersign_accuracy": round(sum(ours_ok.values()) / fields, 3),
        "invoice2data_accuracy": round(sum(theirs_ok.values()) / fields, 3),
        "median_ms_countersign": round(median_ours, 2),
        "median_ms_invoice2data": round(median_theirs, 2),
        "speedup_vs_invoice2data": round(median_theirs / median_ours, 2) if median_ours else None,
    }


# `pipeline` is the benchmark (per stage, 1,000 invoices on 2 cores, peak memory); `flow`
# is the human-facing latency: to the approval card, approval to posted, and the demo's wall time.
BENCHES = {"extract": (bench_extract, 20), "pipeline": (bench_pipeline_stages, 1_000), "flow": (bench_flow, 50),
           "policies": (bench_policies, 1_000), "slack": (bench_slack, 50), "peers": (bench_peers, 60),
           "calls": (bench_calls, 1), "cli": (bench_cli, 1_000), "console": (bench_console, 100_000)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=sorted(BENCHES))
    parser.add_argument("--n", type=int, default=None,
                        help="rounds (extract), invoices (pipeline), thousands of posted bills (policies), "
                             "simultaneous file events (slack), cases (console)")
    parser.add_argument("--workspace", type=Path, default=None,
                        help="cli only: build the workspace here, or reuse the one built here before")
    args = parser.parse_args(argv)
    func, default_n = BENCHES[args.name]
    if args.workspace and args.name != "cli":
        parser.error("--workspace is for the cli benchmark")
    results = func(args.n or default_n, workspace=args.workspace) if args.workspace else func(args.n or default_n)
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
