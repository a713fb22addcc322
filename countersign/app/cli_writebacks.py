"""`countersign write-backs`: the durable CRM write-back queue (app/writebacks.py) for a person.

Lists what the CRM has not been told yet (pending: the worker retries it; failed: the retries ran
out), and `--retry` re-arms failed ones once the cause is fixed (a missing field, a scope).
`--deliver` tries the due ones now, as a worker pass would.
"""

from __future__ import annotations

from typing import Optional

import typer

from countersign.app.cli_common import cli_services, console


def write_backs(
    retry: Optional[str] = typer.Option(None, "--retry", help="re-arm a failed write-back: an opportunity id, "
                                                              "or 'all'"),
    deliver: bool = typer.Option(False, "--deliver", help="try the due write-backs now"),
    show_all: bool = typer.Option(False, "--all", help="also list the ones written"),
):
    """What the CRM has not been told yet (invoice number, invoice and payment status), and why."""
    from rich.table import Table

    from countersign.domain import WriteBackState

    with cli_services() as services:
        queue = services.write_backs
        if retry:
            count = queue.retry_failed(None if retry == "all" else retry)
            console.print(f"re-armed {count} failed write-back(s)")
        if deliver:
            done = queue.deliver_due()
            console.print(f"tried {len(done)}: {sum(d.written for d in done)} written, "
                          f"{sum(not d.written for d in done)} failed again", markup=False)
        states = tuple(WriteBackState) if show_all else (WriteBackState.PENDING, WriteBackState.FAILED)
        rows = queue.rows(states)
        summary = queue.summary()["counts"]
        table = Table(title=f"{queue.crm_name} write-backs: " + ", ".join(f"{n} {s}" for s, n in summary.items()))
        for column in ("opportunity", "case", "state", "invoice", "invoice status", "payment status", "attempts",
                       "next try", "last error"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(r.opportunity_id, r.case_id or "—", str(r.state), r.invoice_number or "—",
                          r.invoice_status or "—", r.payment_status or "—", str(r.attempts),
                          r.next_attempt_at.isoformat(timespec="seconds") if r.next_attempt_at else "—",
                          r.last_error or "")
        console.print(table)


def queue_crm_updates(services, opportunities, invoices, payments, today, *, quiet: bool = False) -> None:
    """What the CRM should say about each invoiced order, where it says something else: queued
    (the same values again change nothing) and tried at once; failures stay for the worker."""
    from countersign.tools.reconcile import crm_updates

    updates = crm_updates(opportunities, invoices, payments, today)
    for u in updates:
        services.write_backs.enqueue(u.opportunity_id, invoice_number=u.invoice_number,
                                     invoice_status=u.invoice_status, payment_status=u.payment_status,
                                     erp_invoice_id=u.invoice_ids[0], invoice_date=u.invoice_date)
    done = [d for d in (services.write_backs.deliver(u.opportunity_id) for u in updates) if d is not None]
    failed = [d for d in done if not d.written]
    from rich.console import Console

    out = Console(stderr=True) if quiet else console  # --json keeps stdout for the JSON
    out.print(f"queued {len(updates)} CRM write-back(s) to the {services.crm.name}: "
              f"{len(done) - len(failed)} written, {len(failed)} left for the worker"
              + "".join(f"\n  {d.opportunity_id}: {d.error}" for d in failed), markup=False, highlight=False)
