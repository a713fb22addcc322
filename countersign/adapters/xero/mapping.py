"""Reading Xero objects (xero-python models) into domain records: pure functions, no client.

Amounts arrive as Decimal (the SDK parses JSON numbers with `parse_float=Decimal`); a float is
refused, never rounded. What Xero has no field for on a bill or an invoice (our idempotency key,
the attachment's hash, the PO number, the opportunity) travels in the document's `Url`, Xero's
"link to the source document" (shown as "Go to countersign" in Xero), as query parameters
`cs_key`, `cs_sha256`, `cs_po`, `cs_opp`, written by builders.py and read back here.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode, urlparse

from countersign.domain import (
    Customer,
    GLAccount,
    Payment,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    SalesInvoice,
    Vendor,
    VendorStatus,
    normalize_id,
)
from countersign.ports import ERPError

MARKS = ("key", "sha256", "po", "opp")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
TAX_EXEMPT_TYPES = {"NONE", "EXEMPTOUTPUT", "EXEMPTEXPORT", "EXEMPTCAPITAL", "ZERORATEDOUTPUT", "EXEMPTINCOME"}
LIVE_BILL_STATUSES = ["DRAFT", "SUBMITTED", "AUTHORISED", "PAID"]  # not DELETED or VOIDED


def is_guid(value: str) -> bool:
    return bool(_GUID.match(str(value).strip()))


def text(value: Any) -> str | None:
    """A model field as text: enums by value, "" as None."""
    if isinstance(value, Enum):
        value = value.value
    return str(value) if value not in (None, "") else None


def dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise ERPError("Xero returned a float amount; refusing to use it")
    return Decimal(str(value))


def day(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --------------------------------------------------------------------------- marks in the Url


def link(base: str, **marks: str | None) -> str:
    """The source-document link that carries our marks (`cs_key=…&cs_po=…`)."""
    query = urlencode([(f"cs_{name}", value) for name, value in marks.items() if value])
    return f"{base.rstrip('/')}?{query}"


def marks_of(url: Any) -> dict[str, str]:
    """The marks in a document's Url, if we made it; {} otherwise."""
    if not url:
        return {}
    query = parse_qs(urlparse(str(url)).query)
    return {name: query[f"cs_{name}"][0] for name in MARKS if query.get(f"cs_{name}")}


def key_of(document: Any) -> str | None:
    return marks_of(getattr(document, "url", None)).get("key")


# --------------------------------------------------------------------------- master data


def _address(contact: Any) -> str:
    addresses = list(getattr(contact, "addresses", None) or [])
    addresses.sort(key=lambda a: 0 if text(getattr(a, "address_type", None)) == "POBOX" else 1)
    for a in addresses:
        parts = [getattr(a, name, None) for name in ("address_line1", "address_line2", "address_line3", "city",
                                                      "region", "postal_code", "country")]
        joined = ", ".join(str(p) for p in parts if p)
        if joined:
            return joined
    return ""


def iban_of(bank_details: Any) -> str | None:
    """Xero keeps bank details as free text: an IBAN there is the master IBAN; anything else
    (a sort code and account number, say) is not one, so the bank-detail rule cannot compare it."""
    value = normalize_id(text(bank_details))
    return value if value and _IBAN.match(value) else None


def to_vendor(c: Any, base_currency: str) -> Vendor:
    status = text(c.contact_status) or "ACTIVE"
    return Vendor(
        id=str(c.contact_id),
        name=c.name or "",
        tax_id=text(c.tax_number),
        iban=iban_of(c.bank_account_details),
        address=_address(c),
        currency=text(c.default_currency) or base_currency,
        status={"ACTIVE": VendorStatus.ACTIVE, "ARCHIVED": VendorStatus.INACTIVE}.get(status, VendorStatus.BLOCKED),
        default_account=text(c.purchases_default_account_code),
    )


def is_vendor(c: Any) -> bool:
    """A supplier, or a contact that is neither (a vendor added by countersign has no bills yet)."""
    return bool(c.is_supplier) or not c.is_customer


def to_gl_account(a: Any) -> GLAccount:
    return GLAccount(code=a.code or a.name, name=a.name, active=text(a.status) == "ACTIVE")


def to_purchase_order(po: Any, number: str, *, po_receipts: Literal["none", "as_ordered"]) -> PurchaseOrder:
    """Xero keeps no goods receipts: see `XeroERP` for `po_receipts`. Lines are numbered in order."""
    lines: list[POLine] = []
    department = None
    for index, line in enumerate(po.line_items or [], start=1):
        qty = dec(line.quantity) or Decimal(1)
        price = dec(line.unit_amount)
        amount = dec(line.line_amount) or Decimal(0)
        lines.append(POLine(line_no=index, description=line.description or text(line.item_code) or "",
                            quantity=qty, unit_price=price if price is not None else amount / qty,
                            account=text(line.account_code)))
        for tracking in line.tracking or []:
            if (tracking.name or "").casefold() == "department" and department is None:
                department = tracking.option
    received_on = day(po.date)
    return PurchaseOrder(
        number=po.purchase_order_number or number,
        vendor_id=str(po.contact.contact_id),
        currency=text(po.currency_code) or "USD",
        status="closed" if text(po.status) in ("BILLED", "DELETED") else "open",
        department=department,
        lines=lines,
        receipts=([Receipt(line_no=line.line_no, quantity=line.quantity, received_at=received_on) for line in lines]
                  if po_receipts == "as_ordered" and received_on else []),
        receipts_tracked=po_receipts == "as_ordered",
    )


# --------------------------------------------------------------------------- bills


def to_posted_bill(inv: Any) -> PostedBill:
    marks = marks_of(inv.url)
    return PostedBill(
        id=str(inv.invoice_id),
        vendor_id=str(inv.contact.contact_id),
        invoice_number=inv.invoice_number or "",
        invoice_date=day(inv.date),
        total=dec(inv.total) or Decimal(0),
        currency=text(inv.currency_code) or "USD",
        po_number=marks.get("po"),
        content_sha256=marks.get("sha256"),
        idempotency_key=marks.get("key"),
        posted_at=inv.updated_date_utc,
        subtotal=dec(inv.sub_total),
    )


# --------------------------------------------------------------------------- receivables


def to_customer(c: Any) -> Customer:
    return Customer(
        id=str(c.contact_id),
        name=c.name or "",
        tax_id=text(c.tax_number),
        billing_email=text(c.email_address),
        billing_address=_address(c) or None,
        tax_exempt=text(c.accounts_receivable_tax_type) in TAX_EXEMPT_TYPES,
    )


def to_sales_invoice(inv: Any) -> SalesInvoice:
    marks = marks_of(inv.url)
    return SalesInvoice(
        id=str(inv.invoice_id),
        customer_id=str(inv.contact.contact_id),
        doc_number=inv.invoice_number or str(inv.invoice_id),
        opportunity_id=marks.get("opp"),
        invoice_date=day(inv.date) or date.min,
        due_date=day(inv.due_date),
        currency=text(inv.currency_code) or "USD",
        total=dec(inv.total) or Decimal(0),
        balance=dec(inv.amount_due) if inv.amount_due is not None else dec(inv.total) or Decimal(0),
        idempotency_key=marks.get("key"),
    )


def to_payment(p: Any) -> Payment | None:
    """A payment received against a sales invoice; None for anything else (bill payments, deleted ones)."""
    invoice = p.invoice
    if invoice is None or text(p.status) == "DELETED":
        return None
    if text(getattr(invoice, "type", None)) not in (None, "ACCREC") or text(p.payment_type) not in (None,
                                                                                                 "ACCRECPAYMENT"):
        return None
    return Payment(id=str(p.payment_id), invoice_id=str(invoice.invoice_id), amount=dec(p.amount) or Decimal(0),
                   received_on=day(p.date) or date.min)
