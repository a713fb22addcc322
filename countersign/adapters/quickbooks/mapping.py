"""Reading QuickBooks objects into domain records: pure functions, no client.

Money is Decimal throughout (`use_decimal=True`); a float amount is refused, never rounded, so no
float reaches the domain. What QuickBooks cannot hold (our idempotency key, the attachment's hash,
the PO number, a customer's tax id) travels as `MARK key=value` marks in a PrivateNote or Notes
field, written by builders.py and read back here.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable, Literal

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
)
from countersign.ports import ERPError

MARK = "countersign"
_MARK_RE = re.compile(r"\b(key|sha256|po|opportunity|tax_id)=(\S+)")


# --------------------------------------------------------------------------- fields


def field(obj: Any, path: str, default: Any = None) -> Any:
    """`obj.A.B` (objects or dicts) for path "A.B"; None and "" along the way give `default`."""
    for part in path.split("."):
        if obj is None:
            return default
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
    return default if obj is None or obj == "" else obj


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):  # use_decimal=True means this never happens; refuse rather than round
        raise ERPError("QuickBooks returned a float amount; refusing to use it")
    return Decimal(str(value))


def _day(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _marks(note: Any) -> dict[str, str]:
    text = str(note or "")
    if MARK not in text:
        return {}
    return dict(_MARK_RE.findall(text))


def key_of(txn: Any) -> str | None:
    """The idempotency key marked in a bill's or an invoice's PrivateNote, if we made it."""
    return _marks(field(txn, "PrivateNote")).get("key")


def _address(addr: Any) -> str:
    parts = [field(addr, k)
             for k in ("Line1", "Line2", "Line3", "City", "CountrySubDivisionCode", "PostalCode", "Country")]
    return ", ".join(str(p) for p in parts if p)


# --------------------------------------------------------------------------- master data


def to_vendor(v: Any) -> Vendor:
    tax_id = field(v, "TaxIdentifier")
    if tax_id and "X" in str(tax_id).upper().replace("-", "")[:3]:
        tax_id = None  # QuickBooks masks stored tax ids (XXXXX6789); a mask matches nothing
    return Vendor(
        id=str(v.Id),
        name=field(v, "DisplayName") or field(v, "CompanyName") or "",
        tax_id=tax_id,
        address=_address(field(v, "BillAddr")),
        currency=field(v, "CurrencyRef.value") or "USD",
        status=VendorStatus.ACTIVE if field(v, "Active", True) else VendorStatus.INACTIVE,
    )


def account_code(a: Any) -> str:
    """Our code for a QuickBooks account: its AcctNum when it has one, else its name."""
    return field(a, "AcctNum") or a.Name


def to_gl_account(a: Any) -> GLAccount:
    return GLAccount(code=account_code(a), name=a.Name, active=bool(field(a, "Active", True)))


def match_account(accounts: list[Any], code: str) -> Any | None:
    """The account a bill line's code names: by AcctNum, then Name, then full name (case-insensitive)."""
    for name in ("AcctNum", "Name", "FullyQualifiedName"):
        hits = [a for a in accounts if str(field(a, name) or "").strip().casefold() == code.strip().casefold()]
        if hits:
            return hits[0]
    return None


def po_item_ids(po: Any) -> set[str]:
    """Ids of the items on a PO's item-based lines (such a line is coded by its item's account)."""
    return {str(field(line, "ItemBasedExpenseLineDetail.ItemRef.value")) for line in (field(po, "Line") or [])
            if field(line, "ItemBasedExpenseLineDetail.ItemRef.value")}


def item_expense_accounts(items: list[Any]) -> dict[str, str]:
    """Item id → its expense account id."""
    return {str(i.Id): str(field(i, "ExpenseAccountRef.value")) for i in items if field(i, "ExpenseAccountRef.value")}


def to_purchase_order(
    po: Any,
    number: str,
    *,
    item_accounts: dict[str, str],
    code_of_account: Callable[[str | None], str | None],
    po_receipts: Literal["none", "as_ordered"],
) -> PurchaseOrder:
    """`code_of_account` maps an account id to its code; it is only asked for the lines that name one.
    QuickBooks has no goods receipts: see `QuickBooksERP` for `po_receipts`."""
    lines: list[POLine] = []
    for index, line in enumerate(field(po, "Line") or [], start=1):
        kind = field(line, "DetailType")
        if kind not in ("ItemBasedExpenseLineDetail", "AccountBasedExpenseLineDetail"):
            continue
        detail = field(line, kind) or {}
        amount = _dec(field(line, "Amount")) or Decimal(0)
        qty = _dec(field(detail, "Qty")) or Decimal(1)
        price = _dec(field(detail, "UnitPrice"))
        lines.append(POLine(
            line_no=int(field(line, "LineNum") or index),
            description=field(line, "Description") or field(detail, "ItemRef.name") or "",
            quantity=qty,
            unit_price=price if price is not None else (amount / qty if qty else amount),
            account=code_of_account(field(detail, "AccountRef.value")
                                    or item_accounts.get(str(field(detail, "ItemRef.value")))),
        ))
    received_on = _day(field(po, "TxnDate"))
    receipts = ([Receipt(line_no=line.line_no, quantity=line.quantity, received_at=received_on) for line in lines]
                if po_receipts == "as_ordered" and received_on else [])
    return PurchaseOrder(
        number=field(po, "DocNumber") or number,
        vendor_id=str(field(po, "VendorRef.value")),
        currency=field(po, "CurrencyRef.value") or "USD",
        status="closed" if str(field(po, "POStatus") or "").lower() == "closed" else "open",
        department=field(po, "DepartmentRef.name"),
        lines=lines,
        receipts=receipts,
        receipts_tracked=po_receipts == "as_ordered",
    )


# --------------------------------------------------------------------------- bills


def to_posted_bill(b: Any) -> PostedBill:
    marks = _marks(field(b, "PrivateNote"))
    return PostedBill(
        id=str(b.Id),
        vendor_id=str(field(b, "VendorRef.value")),
        invoice_number=field(b, "DocNumber") or "",
        invoice_date=_day(field(b, "TxnDate")),
        total=_dec(field(b, "TotalAmt")) or Decimal(0),
        currency=field(b, "CurrencyRef.value") or "USD",
        po_number=marks.get("po"),
        content_sha256=marks.get("sha256"),
        idempotency_key=marks.get("key"),
        posted_at=_when(field(b, "MetaData.CreateTime")),
    )


# --------------------------------------------------------------------------- receivables


def to_customer(c: Any) -> Customer:
    marks = _marks(field(c, "Notes"))
    return Customer(
        id=str(c.Id),
        name=field(c, "DisplayName") or field(c, "CompanyName") or "",
        tax_id=marks.get("tax_id") or field(c, "PrimaryTaxIdentifier"),
        billing_email=field(c, "PrimaryEmailAddr.Address"),
        billing_address=_address(field(c, "BillAddr")) or None,
        tax_exempt=not field(c, "Taxable", True),
    )


def to_sales_invoice(inv: Any) -> SalesInvoice:
    marks = _marks(field(inv, "PrivateNote"))
    return SalesInvoice(
        id=str(inv.Id),
        customer_id=str(field(inv, "CustomerRef.value")),
        doc_number=field(inv, "DocNumber") or str(inv.Id),
        opportunity_id=marks.get("opportunity"),
        invoice_date=_day(field(inv, "TxnDate")),
        due_date=_day(field(inv, "DueDate")),
        currency=field(inv, "CurrencyRef.value") or "USD",
        total=_dec(field(inv, "TotalAmt")) or Decimal(0),
        balance=_dec(field(inv, "Balance")) or Decimal(0),
        idempotency_key=marks.get("key"),
    )


def to_payments(p: Any) -> list[Payment]:
    """One Payment per invoice a QuickBooks payment is applied to (id "<payment id>-<n>" when it is split)."""
    applied = [(line, link) for line in (field(p, "Line") or []) for link in (field(line, "LinkedTxn") or [])
               if field(link, "TxnType") == "Invoice"]
    return [
        Payment(
            id=str(p.Id) if len(applied) == 1 else f"{p.Id}-{n}",
            invoice_id=str(field(link, "TxnId")),
            amount=_dec(field(line, "Amount")) or Decimal(0),
            received_on=_day(field(p, "TxnDate")),
        )
        for n, (line, link) in enumerate(applied, start=1)
    ]
