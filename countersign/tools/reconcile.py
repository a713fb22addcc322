"""Reconciliation: CRM closed-won vs ERP invoices vs payments, as a delta report a person can act on.

Pure over plain records. For each closed-won opportunity in the period: missing in the ERP, or
invoiced for a different amount (with the likely reason: a discount, tax added, or partial
invoicing), and ERP invoices unpaid past their due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from countersign.domain import INVOICED, Opportunity, Payment, PaymentStatus, SalesInvoice

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Delta:
    kind: str  # missing_in_erp | amount_mismatch | unpaid_past_due
    opportunity_id: str | None
    invoice: str | None
    crm_amount: Decimal | None
    erp_amount: Decimal | None
    detail: str


def likely_reason(crm: Decimal, erp: Decimal, invoice_count: int) -> str:
    """Name the most plausible cause of a CRM/ERP amount difference, with its number."""
    if invoice_count > 1:
        return f"partial invoicing: {invoice_count} invoice(s) cover {erp} of {crm}"
    if erp < crm:
        pct = (crm - erp) / crm * 100
        return f"discount of {pct.quantize(CENT)}% ({(crm - erp).quantize(CENT)}) applied in the ERP but not in the CRM"
    pct = (erp - crm) / crm * 100 if crm else Decimal(0)
    return f"{pct.quantize(CENT)}% ({(erp - crm).quantize(CENT)}) more in the ERP: tax or fees added on the invoice"


def reconcile(opportunities: list[Opportunity], invoices: list[SalesInvoice], payments: list[Payment],
              today: date) -> list[Delta]:
    by_opp: dict[str, list[SalesInvoice]] = {}
    for invoice in invoices:
        if invoice.opportunity_id:
            by_opp.setdefault(invoice.opportunity_id, []).append(invoice)
    paid: dict[str, Decimal] = {}
    for payment in payments:
        paid[payment.invoice_id] = paid.get(payment.invoice_id, Decimal(0)) + payment.amount
    deltas: list[Delta] = []
    for opp in opportunities:
        crm_total = opp.total
        matched = by_opp.get(opp.id, [])
        if not matched:
            deltas.append(Delta("missing_in_erp", opp.id, None, crm_total, None,
                                f"{opp.name} ({opp.account_name}) closed {opp.close_date} has no ERP invoice"))
            continue
        erp_total = sum((i.total for i in matched), Decimal(0))
        if abs(erp_total - crm_total) >= CENT:
            deltas.append(Delta("amount_mismatch", opp.id, ", ".join(i.doc_number for i in matched), crm_total,
                                erp_total, likely_reason(crm_total, erp_total, len(matched))))
    for invoice in invoices:
        outstanding = min(invoice.balance, invoice.total - paid.get(invoice.id, Decimal(0)))
        if outstanding > 0 and invoice.due_date and invoice.due_date < today:
            deltas.append(Delta("unpaid_past_due", invoice.opportunity_id, invoice.doc_number, None, outstanding,
                                f"{outstanding} {invoice.currency} unpaid, due {invoice.due_date} "
                                f"({(today - invoice.due_date).days} days overdue)"))
    return deltas


def outstanding(invoice: SalesInvoice, payments: list[Payment]) -> Decimal:
    """What is still owed on one invoice: its balance, or less when payments seen cover more."""
    paid = sum((p.amount for p in payments if p.invoice_id == invoice.id), Decimal(0))
    return max(Decimal(0), min(invoice.balance, invoice.total - paid))


def payment_status(invoices: list[SalesInvoice], payments: list[Payment], today: date) -> PaymentStatus:
    """The payment status of an order invoiced as `invoices` (one or several, partial invoicing):
    paid when nothing is owed, overdue when anything owed is past its due date, partially paid
    when some was paid, else unpaid."""
    owed = {i.id: outstanding(i, payments) for i in invoices}
    if all(amount <= 0 for amount in owed.values()):
        return PaymentStatus.PAID
    if any(owed[i.id] > 0 and i.due_date and i.due_date < today for i in invoices):
        return PaymentStatus.OVERDUE
    if sum(owed.values(), Decimal(0)) < sum((i.total for i in invoices), Decimal(0)):
        return PaymentStatus.PARTIALLY_PAID
    return PaymentStatus.UNPAID


@dataclass(frozen=True)
class CrmUpdate:
    """What the CRM should say about an invoiced opportunity, where it says something else."""

    opportunity_id: str
    invoice_number: str
    invoice_status: str
    payment_status: str
    invoice_ids: tuple[str, ...]
    invoice_date: date


def crm_updates(opportunities: list[Opportunity], invoices: list[SalesInvoice], payments: list[Payment],
                today: date) -> list[CrmUpdate]:
    """For each opportunity the ERP invoiced: the invoice number(s), invoice status and payment
    status the CRM should hold, when the CRM holds anything else (the write-backs to queue)."""
    by_opp: dict[str, list[SalesInvoice]] = {}
    for invoice in invoices:
        if invoice.opportunity_id:
            by_opp.setdefault(invoice.opportunity_id, []).append(invoice)
    updates = []
    for opp in opportunities:
        mine = sorted(by_opp.get(opp.id, []), key=lambda i: (i.invoice_date, i.doc_number))
        if not mine:
            continue
        update = CrmUpdate(opp.id, ", ".join(i.doc_number for i in mine), INVOICED,
                           payment_status(mine, payments, today), tuple(i.id for i in mine), mine[0].invoice_date)
        if (opp.invoice_number, opp.invoice_status, opp.payment_status) != (
                update.invoice_number, update.invoice_status, update.payment_status):
            updates.append(update)
    return updates


def report_text(deltas: list[Delta], start: date, end: date) -> str:
    """The delta report as plain text (for a Slack message or a file)."""
    lines = [f"Reconciliation {start} to {end}: {len(deltas)} difference(s) between CRM, ERP and payments."]
    for d in deltas:
        amounts = ", ".join(part for part in (f"CRM {d.crm_amount}" if d.crm_amount is not None else "",
                                              f"ERP {d.erp_amount}" if d.erp_amount is not None else "") if part)
        refs = " / ".join(r for r in (d.opportunity_id, d.invoice) if r)
        lines.append(f"• {d.kind.replace('_', ' ')} — {refs}" + (f" ({amounts})" if amounts else "") + f": {d.detail}")
    return "\n".join(lines)
