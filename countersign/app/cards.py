"""Terminal views built by pure functions: the approval card, the case summary, the audit trail.

They take plain records and return rich renderables; printing is the caller's business.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from countersign.domain import AuditEvent, BillDraft, CaseHead, CaseView, Proposal, SalesInvoiceDraft, Severity
from countersign.policies.schema import Policy

_SEVERITY_STYLE = {Severity.BLOCK: "bold red", Severity.REVIEW: "yellow", Severity.INFO: "dim"}
_STATUS_STYLE = {
    "posted": "green", "awaiting_approval": "yellow", "blocked": "red", "rejected": "magenta",
    "expired": "magenta", "failed": "red", "failed_intake": "red",
}


def money(amount: Decimal | None, currency: str | None = "") -> str:
    if amount is None:
        return "—"
    return f"{amount:,.2f} {currency or ''}".strip()


def approval_record(case: CaseView | CaseHead | None, proposal: Proposal) -> dict[str, Any]:
    """One waiting request as plain data (`approvals --json`)."""
    approval = proposal.policy_result.approval
    return {
        "proposal_id": proposal.id, "kind": proposal.kind, "case_id": proposal.case_id,
        "invoice_number": case.invoice_number if case else None, "vendor": case.vendor_name if case else None,
        "total": case.total if case else None, "currency": case.currency if case else None,
        "band": approval.band if approval else None, "roles": approval.roles if approval else [],
        "approvers_required": approval.approvers_required if approval else None,
        "violations": [{"code": v.code, "severity": v.severity, "message": v.message}
                       for v in proposal.policy_result.violations],
        "requested_at": proposal.created_at, "expires_at": proposal.expires_at,
    }


def approval_line(case: CaseView | CaseHead | None, proposal: Proposal) -> str:
    """One waiting request on one line, for a long queue (`approvals` over `CARDS_UP_TO`)."""
    record = approval_record(case, proposal)
    total = money(record["total"], record["currency"]) if record["total"] is not None else "—"
    flags = ", ".join(sorted({v["code"] for v in record["violations"]})) or "no findings"
    expires = record["expires_at"].strftime("%Y-%m-%d %H:%M UTC") if record["expires_at"] else "never"
    return (f"{proposal.id}  {record['invoice_number'] or proposal.kind}  {record['vendor'] or '—'}  {total}  "
            f"band {record['band'] or '—'}  [{flags}]  expires {expires}")


CARDS_UP_TO = 20  # a longer queue is listed a line each; `approvals --cards` or `status` shows a card


def approval_card(case: CaseView, proposal: Proposal, policy: Policy) -> Panel:
    if proposal.kind == "sync_order":
        return order_card(case, proposal, policy)
    if proposal.kind == "create_vendor":
        return vendor_card(case, proposal, policy)
    draft = BillDraft.model_validate(proposal.payload)
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("Vendor", f"{draft.vendor_name} ({draft.vendor_id})")
    head.add_row("Invoice", f"{draft.invoice_number}  dated {draft.invoice_date or '—'}  due {draft.due_date or '—'}")
    head.add_row("Amounts", f"subtotal {money(draft.subtotal, draft.currency)} + tax {money(draft.tax, draft.currency)}"
                            f" = total {money(draft.total, draft.currency)}")
    head.add_row("PO", draft.po_number or "none cited")
    lines = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("line", "description", "qty", "unit price", "amount", "account", "PO line"):
        lines.add_column(column, justify="right" if column in ("qty", "unit price", "amount") else "left")
    for i, line in enumerate(draft.lines, 1):
        lines.add_row(str(i), line.description, str(line.quantity or ""), money(line.unit_price),
                      money(line.amount), line.account or "—", str(line.po_line_no or "—"))
    return _card(case, proposal, policy, Group(head, Text(""), lines))


def order_card(case: CaseView, proposal: Proposal, policy: Policy) -> Panel:
    draft = SalesInvoiceDraft.model_validate(proposal.payload)
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    customer = f"{draft.customer_id} (existing)" if draft.customer_id else f"NEW: {draft.customer.name}"
    head.add_row("Order", f"{draft.opportunity_id} → ERP invoice for customer {customer}")
    head.add_row("Total", f"{money(draft.total, draft.currency)}  PO ref {draft.po_reference or '—'}"
                          f"  due {draft.due_date or '—'}")
    lines = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("product", "qty", "unit price", "amount"):
        lines.add_column(column, justify="left" if column == "product" else "right")
    for line in draft.lines:
        lines.add_row(line.product, str(line.quantity), money(line.unit_price), money(line.amount))
    return _card(case, proposal, policy, Group(head, Text(""), lines))


def vendor_card(case: CaseView, proposal: Proposal, policy: Policy) -> Panel:
    p = proposal.payload
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("New vendor", p.get("name") or "—")
    head.add_row("Tax id", f"{p.get('tax_id') or '—'} "
                           f"({(p.get('checks') or {}).get('tax_id_format') or 'format unknown'})")
    head.add_row("Bank (IBAN)", p.get("iban") or "— (none valid on the invoice)")
    head.add_row("Address", p.get("address") or "—")
    head.add_row("From invoice", f"{(p.get('source') or {}).get('invoice_number') or '—'} ({case.filename})")
    return _card(case, proposal, policy, head)


def _card(case: CaseView, proposal: Proposal, policy: Policy, body) -> Panel:
    violations = violation_lines(proposal)
    approval = proposal.policy_result.approval
    who = Text("Must approve: ", style="bold")
    if approval:
        holders = sorted(pid for pid, person in policy.people.items() if set(person.roles) & set(approval.roles))
        who.append(f"{approval.approvers_required} × role {' or '.join(approval.roles)} ({approval.band} band) — "
                   + ", ".join(f"{policy.name_of(p)} ({p})" for p in holders))
    expiry = Text(f"Expires {proposal.expires_at:%Y-%m-%d %H:%M} UTC" if proposal.expires_at else "", style="dim")
    return Panel(
        Group(body, Text(""), violations, who, expiry),
        title=f"Approval request {proposal.id} · case {case.id}",
        subtitle=case.filename,
        border_style="cyan",
    )


def violation_lines(proposal_or_case) -> Text:
    result = proposal_or_case.policy_result
    text = Text()
    if not result or not result.violations:
        text.append("No policy findings.\n", style="green")
        return text
    for v in result.violations:
        text.append(f"[{v.severity}] {v.code}: ", style=_SEVERITY_STYLE.get(v.severity, ""))
        text.append(f"{v.message}\n")
    return text


def summary_table(cases: list[CaseView]) -> Table:
    table = Table(title="Cases", header_style="bold")
    for column in ("case", "file", "vendor", "invoice", "total", "status", "reason"):
        table.add_column(column, overflow="fold")
    for c in cases:
        table.add_row(c.id, c.filename, c.vendor_name or "—", c.invoice_number or "—", money(c.total, c.currency),
                      Text(c.status, style=_STATUS_STYLE.get(c.status, "")), c.reason)
    return table


def audit_table(events: list[AuditEvent], title: str) -> Table:
    table = Table(title=title, header_style="bold")
    for column in ("seq", "time (UTC)", "actor", "action", "details", "hash"):
        table.add_column(column, overflow="fold")
    for e in events:
        table.add_row(str(e.seq), f"{e.at:%Y-%m-%d %H:%M:%S}", e.actor, e.action, _details(e), e.hash[:12])
    return table


def _details(event: AuditEvent) -> str:
    p = event.payload
    if event.action == "validated" or event.action == "blocked":
        return ", ".join(v["code"] for v in p.get("violations", [])) or "no findings"
    if event.action == "extracted":
        return f"{p.get('method')}: {len(p.get('fields', {}))} fields, {p.get('lines')} lines"
    keys = [k for k in ("filename", "vendor_id", "method", "found", "proposal_id", "reason", "bill_id", "refusals")
            if p.get(k)]
    return ", ".join(f"{k}={p[k]}" for k in keys)
