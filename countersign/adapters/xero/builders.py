"""Building the Xero objects we send from domain drafts: pure functions, no client.

xero-python sends every Decimal as a JSON float, so each amount is quantized first (2 places,
4 for unit amounts, sent with `unitdp=4`) and checked to survive that trip exactly
(`wire.exact_float`); an amount that would not is refused here, before anything is sent. Lines
go out with `LineAmountTypes` NoTax: the invoice's tax, when it makes the lines add up to the
total, is a line of its own, so Xero's total is the invoice's total to the cent. A bill whose
lines do not add up is refused. Our marks ride in the `Url` (mapping.link).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable

from xero_python.accounting import (
    Address,
    Contact,
    CurrencyCode,
    Invoice,
    LineAmountTypes,
    LineItem,
    LineItemTracking,
)

from countersign.adapters.wire import exact_float
from countersign.adapters.xero.mapping import link
from countersign.domain import BillDraft, BillLine, Customer, SalesInvoiceDraft, normalize_id
from countersign.ports import ERPError

AccountFor = Callable[[str | None, str], str]  # (account code, what it codes) → Xero account code, or ERPError
CONTACT_NUMBER_PREFIX = "cs-"  # ContactNumber: Xero's field for an outside system's id (≤ 50 chars)


def currency(code: str) -> CurrencyCode:
    try:
        return CurrencyCode(code.strip().upper())
    except ValueError:
        raise ERPError(f"{code!r} is not a currency Xero knows") from None


def tracking(value: str | None) -> list[LineItemTracking] | None:
    """A mapped department or cost center, written "Category:Option" (Xero tracking) in the policy."""
    if not value:
        return None
    category, sep, option = value.partition(":")
    if not sep or not category.strip() or not option.strip():
        raise ERPError(f"Xero tracking must be mapped as 'Category:Option' in the policy's erp_mapping, not {value!r}")
    return [LineItemTracking(name=category.strip(), option=option.strip())]


def _line(bl: BillLine, account_code: str, tracks: list[LineItemTracking]) -> LineItem:
    amount = exact_float(bl.amount, 2, f"line {bl.description!r} amount")
    qty, price = bl.quantity, bl.unit_price
    if qty is not None and price is not None and qty != 0 and (qty * price) == amount:
        quantity = exact_float(qty, 4, f"line {bl.description!r} quantity")
        unit = exact_float(price, 4, f"line {bl.description!r} unit price")
    else:  # Xero computes LineAmount = Quantity × UnitAmount: one unit at the line's amount keeps it exact
        quantity, unit = Decimal(1), amount
    return LineItem(description=(bl.description or "")[:4000] or None, quantity=quantity, unit_amount=unit,
                    account_code=account_code, tracking=tracks or None)


def build_bill(draft: BillDraft, doc_number: str, key: str, *, account_for: AccountFor, link_base: str,
               status: str, tax_account: str | None) -> Invoice:
    """The ACCPAY invoice (a bill) for a draft, marked with its key, attachment hash and PO."""
    tracks = (tracking(draft.erp_department) or []) + (tracking(draft.erp_class) or [])
    lines = [_line(bl, account_for(bl.account, bl.description), tracks) for bl in draft.lines]
    net = sum((bl.amount for bl in draft.lines), Decimal(0))
    if draft.tax and net + draft.tax == draft.total and net != draft.total:
        code = tax_account or next((bl.account for bl in draft.lines if bl.account), None)
        lines.append(LineItem(description=f"Tax on invoice {doc_number}", quantity=Decimal(1),
                              unit_amount=exact_float(draft.tax, 2, "tax"), account_code=account_for(code, "tax"),
                              tracking=tracks or None))
        net += draft.tax
    if not lines:
        raise ERPError("the bill has no lines")
    if net != draft.total:
        raise ERPError(f"the bill's lines add up to {net} but the invoice total is {draft.total}; not posting")
    po = draft.po_number.strip() if draft.po_number else None
    return Invoice(
        type="ACCPAY",
        contact=Contact(contact_id=draft.vendor_id),
        invoice_number=doc_number,
        date=draft.invoice_date,
        due_date=draft.due_date,
        currency_code=currency(draft.currency),
        line_amount_types=LineAmountTypes.NOTAX,
        status=status,
        url=link(link_base, key=key, sha256=draft.attachment_sha256, po=po),
        line_items=lines,
    )


def attachment_name(doc_number: str) -> str:
    """The file name of a bill's invoice PDF: one per bill, so an upload can be checked for first."""
    return "invoice-" + re.sub(r"[^A-Za-z0-9._-]+", "_", doc_number)[:80] + ".pdf"


def contact_number(key: str) -> str:
    return CONTACT_NUMBER_PREFIX + re.sub(r"[^A-Za-z0-9_-]", "", key)[:47]


def build_vendor(payload: dict, key: str) -> Contact:
    """A new supplier contact with its tax number and bank details (so the bank-detail rule can block)."""
    name = str(payload.get("name") or "").strip()
    if not name:
        raise ERPError("the vendor has no name")
    address = str(payload.get("address") or "").strip()
    return Contact(
        name=name[:255],
        contact_number=contact_number(key),
        tax_number=(str(payload["tax_id"]).strip()[:50] if payload.get("tax_id") else None),
        bank_account_details=(normalize_id(payload["iban"]) if payload.get("iban") else None),
        default_currency=currency(str(payload["currency"])) if payload.get("currency") else None,
        purchases_default_account_code=payload.get("default_account") or None,
        addresses=[Address(address_type="POBOX", address_line1=address[:500])] if address else None,
    )


def build_customer(customer: Customer, key: str) -> Contact:
    return Contact(
        name=customer.name[:255],
        contact_number=contact_number(key),
        tax_number=customer.tax_id or None,
        email_address=customer.billing_email or None,
        accounts_receivable_tax_type="NONE" if customer.tax_exempt else None,
        addresses=([Address(address_type="POBOX", address_line1=customer.billing_address[:500])]
                   if customer.billing_address else None),
    )


def build_invoice(draft: SalesInvoiceDraft, customer_id: str, key: str, item_codes: dict[str, str],
                  link_base: str) -> Invoice:
    """The ACCREC invoice for a sync_order draft: one line per product, coded by its Xero item."""
    lines: list[Any] = []
    for sl in draft.lines:
        lines.append(LineItem(description=sl.product, quantity=exact_float(sl.quantity, 4, f"{sl.product} quantity"),
                              unit_amount=exact_float(sl.unit_price, 4, f"{sl.product} unit price"),
                              item_code=item_codes[sl.product]))
    return Invoice(
        type="ACCREC",
        contact=Contact(contact_id=customer_id),
        date=draft.invoice_date,
        due_date=draft.due_date,
        currency_code=currency(draft.currency),
        line_amount_types=LineAmountTypes.EXCLUSIVE,
        reference=f"PO {draft.po_reference}"[:255] if draft.po_reference else None,
        status="AUTHORISED",
        url=link(link_base, key=key, opp=draft.opportunity_id.replace(" ", "")),
        line_items=lines,
    )
