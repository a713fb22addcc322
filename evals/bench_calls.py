"""`python -m evals.bench calls`: how many store and ERP calls one invoice costs, intake to posted.

One clean demo invoice (vendor known, PO cited) is processed and approved by the demo approver;
every call on the ERP port and on the case store is counted, and so are the SQL statements sent
to the database (the embedded ledger's included; LangGraph's checkpointer has its own
connection and is not counted), parses of the stored reading (`ExtractedInvoice` / `CaseFacts`)
and reads of the stored PDF. On QuickBooks every ERP
call is an HTTP request, so this is the number that costs seconds there.
"""

from __future__ import annotations

import inspect
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Counting:
    """A proxy that counts calls to its target's public methods under `tag.method`."""

    def __init__(self, target: Any, tag: str, counts: Counter):
        self._target, self._tag, self._counts = target, tag, counts

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if name.startswith("_") or not inspect.ismethod(attr):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._counts[f"{self._tag}.{name}"] += 1
            return attr(*args, **kwargs)

        return counted


def _count_parses(counts: Counter) -> Callable[[], None]:
    """Count `model_validate` on the stored reading's records; returns the undo."""
    from pydantic import BaseModel

    from countersign.domain import CaseFacts, ExtractedInvoice

    original = BaseModel.model_validate.__func__  # type: ignore[attr-defined]

    def counted(klass: type, *args: Any, **kwargs: Any) -> Any:
        counts[f"parse.{klass.__name__}"] += 1
        return original(klass, *args, **kwargs)

    for cls in (ExtractedInvoice, CaseFacts):
        cls.model_validate = classmethod(counted)  # type: ignore[method-assign]

    def undo() -> None:
        for cls in (ExtractedInvoice, CaseFacts):
            del cls.model_validate

    return undo


def bench_calls(n: int) -> dict[str, Any]:
    from sqlalchemy import event

    from countersign.adapters.local_ledger import LocalLedger
    from countersign.agent.approvals import decide
    from countersign.agent.runner import process_file
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.app.settings import Settings
    from countersign.domain import ProposalStatus, Verdict

    counts: Counter = Counter()
    spec = load_demo_specs()[0]  # the clean Acme invoice: known vendor, PO-2001
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "ws", _env_file=None)
        with open_services(settings, erp_factory=lambda s: Counting(LocalLedger(s), "erp", counts)) as services:
            seed(services)
            services.store = Counting(services.store, "store", counts)  # before the graph binds it
            demo = services.policy.demo
            path = Path(tmp) / "invoice.pdf"
            path.write_bytes(render_invoice(spec))
            counts.clear()
            event.listen(services.engine, "before_cursor_execute", lambda *_: counts.update(["sql.statements"]))
            undo = _count_parses(counts)
            try:
                result = process_file(services, path, source="cli", uploader=demo.uploader)
                proposal = services.store._target.proposals_for_case(result.case_id)[-1]
                outcome = decide(services, proposal.id, approver_id=demo.approver, verdict=Verdict.APPROVE)
            finally:
                undo()
            final = services.store._target.get_proposal(proposal.id)
    assert outcome.applied and final is not None and final.status == ProposalStatus.POSTED, outcome
    erp = {k: v for k, v in counts.items() if k.startswith("erp.")}
    store = {k: v for k, v in counts.items() if k.startswith("store.")}
    parses = {k: v for k, v in counts.items() if k.startswith("parse.")}
    for key in sorted(counts):
        print(f"  {key:<32} {counts[key]}")
    return {
        "erp_calls_per_case": sum(erp.values()),
        "store_calls_per_case": sum(store.values()),
        "reading_parses_per_case": sum(parses.values()),
        "sql_statements_per_case": counts["sql.statements"],
        "pdf_reads_per_case": counts["store.document_bytes"] + 1,  # + the upload read at intake
        "erp_purchase_order_reads": counts["erp.get_purchase_order"],
        "erp_vendor_reads": counts["erp.get_vendor"] + counts["erp.vendor_lookup"],
    }
