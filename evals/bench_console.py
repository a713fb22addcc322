"""`python -m evals.bench console`: the web console's inbox over N cases and its case page.

The workspace (embedded SQLite) holds a few cases processed the real way (read, validated,
proposed) and N synthetic case rows inserted in bulk beside them: statuses spread like a
year of work (most posted, 1% waiting for approval with a live request each, the rest blocked,
rejected or failed), vendors, invoice and PO numbers, totals and dates. Requests go through the
real Starlette app (signed session, templates) in process, so the times are the server's: p50 of
`rounds` requests after one warm-up each.

Targets: inbox of 100,000 cases <= 200 ms p50; case page with its rendered page <= 300 ms p50.
"""

from __future__ import annotations

import copy
import re
import statistics
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

VENDORS = ["Acme Tools Ltd", "Globex Supplies", "Initech Services", "Umbrella Corp", "Stark Components",
           "Wayne Logistics", "Hooli Cloud", "Vandelay Imports", "Soylent Foods", "Tyrell Systems"]
STATUSES = (["posted"] * 80 + ["blocked"] * 8 + ["rejected"] * 5 + ["failed"] * 3 + ["expired"] * 3
            + ["awaiting_approval"] * 1)


def build(ws: Path, n: int) -> dict[str, Any]:
    from sqlalchemy import insert

    from countersign.agent.runner import process_bytes
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.identity import mark_demo_workspace
    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.app.settings import Settings
    from countersign.tables import CaseRow, ProposalRow

    mark_demo_workspace(ws)
    with open_services(Settings(data_dir=ws, _env_file=None)) as services:
        seed(services)
        real = []
        for spec in load_demo_specs()[:3]:
            result = process_bytes(services, render_invoice(copy.deepcopy(spec)),
                                   filename=f"{spec['invoice_number']}.pdf", source="cli", uploader="U0AP0CLERK")
            real.append(result.case_id)
        template = next(p for c in real for p in services.store.proposals_for_case(c))
        now = services.clock()
        cases, proposals = [], []
        for i in range(n):
            status = STATUSES[i % len(STATUSES)]
            at = now - timedelta(minutes=5 * (n - i))
            case_id = f"C-B{i:07d}"
            cases.append({
                "id": case_id, "kind": "invoice", "document_sha256": None, "filename": f"b{i}.pdf", "source": "slack",
                "uploader": "U0AP0CLERK", "status": status, "reason": "", "vendor_id": f"V{i % 10:03d}",
                "vendor_name": VENDORS[i % len(VENDORS)], "invoice_number": f"INV-B{i:07d}",
                "total": Decimal(100 + (i * 37) % 90_000) + Decimal("0.50"), "currency": "USD", "extracted": None,
                "policy_result": None, "facts": None, "created_at": at, "updated_at": at, "run": 0,
                "po_number": f"PO-{3000 + i % 500}" if i % 3 else None})
            if status == "awaiting_approval":
                proposals.append({
                    "id": f"P-B{i:07d}", "case_id": case_id, "kind": template.kind, "payload": template.payload,
                    "policy_result": template.policy_result.model_dump(mode="json"),
                    "idempotency_key": f"bench-{i}", "status": "awaiting_approval", "created_at": at,
                    "expires_at": at + timedelta(days=30), "erp_ref": None, "failure": ""})
        with services.sessions.begin() as s:
            for start in range(0, len(cases), 5_000):
                s.execute(insert(CaseRow), cases[start:start + 5_000])
            if proposals:
                s.execute(insert(ProposalRow), proposals)
        return {"real_cases": real, "awaiting": len(proposals)}


def _p50(fn, rounds: int) -> float:
    fn()  # warm
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def bench_console(n: int = 100_000, rounds: int = 21) -> dict[str, Any]:
    from starlette.testclient import TestClient

    from countersign.app.bootstrap import open_services
    from countersign.app.console.app import build_console
    from countersign.app.console.auth import issue_link_token
    from countersign.app.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        started = time.perf_counter()
        built = build(ws, n)
        results: dict[str, Any] = {"cases": n + len(built["real_cases"]), "awaiting_requests": built["awaiting"],
                                   "build_s": round(time.perf_counter() - started, 1)}
        with open_services(Settings(data_dir=ws, _env_file=None)) as services:
            app = build_console(services)
            with TestClient(app, base_url="http://127.0.0.1:8700") as c:
                token = issue_link_token(services.sessions, "U0APMGR01", services.clock())
                page = c.get(f"/login?token={token}").text
                csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
                assert c.post("/login", data={"csrf": csrf, "token": token}, follow_redirects=False).status_code == 303

                def get(path: str) -> None:
                    answer = c.get(path)
                    assert answer.status_code == 200, (path, answer.status_code)

                inbox = {"inbox": "/", "inbox_page_1000": "/?page=1000", "inbox_blocked": "/?status=blocked",
                         "inbox_vendor": "/?vendor=Globex", "inbox_search_po": "/?q=PO-3123",
                         "inbox_amount_range": "/?min_total=1000&max_total=2000",
                         "inbox_waiting_for_me": "/?mine=1"}
                for name, path in inbox.items():
                    results[f"{name}_p50_ms"] = _p50(lambda path=path: get(path), rounds)
                case_id = built["real_cases"][1]  # the price variance: findings, a PO match table, boxes
                first = time.perf_counter()
                get(f"/cases/{case_id}")
                get(f"/cases/{case_id}/pages/1.png")
                results["case_page_first_render_ms"] = round((time.perf_counter() - first) * 1000, 1)
                results["case_page_p50_ms"] = _p50(lambda: get(f"/cases/{case_id}"), rounds)
                results["case_page_with_image_p50_ms"] = _p50(
                    lambda: (get(f"/cases/{case_id}"), get(f"/cases/{case_id}/pages/1.png")), rounds)
        results["inbox_target_ms"], results["case_page_target_ms"] = 200, 300
        results["inbox_ok"] = all(results[f"{name}_p50_ms"] <= 200 for name in inbox)  # every filter
        results["case_page_ok"] = results["case_page_with_image_p50_ms"] <= 300
    return results
