"""Business Central API v2.0 entities into domain records, and drafts into request bodies: pure
functions, no client.

Fields are camelCase (`vendorInvoiceNumber`, `totalAmountIncludingTax`), ids are GUIDs, money is
a JSON number read as Decimal and sent quantized, never as a float. A currency code of "" is the
company's local currency (LCY). What a purchase invoice has no field for (the proposal's key, the
attachment's hash, the PO number) goes on the document as comment lines (`lineType: Comment`,
100 characters each): `countersign key=…`, `countersign sha256=…`, `countersign po=…`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from countersign.adapters.wire import exact
from countersign.domain import (
    BillDraft,
    GLAccount,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    Vendor,
    VendorStatus,
    normalize_id,
)
from countersign.ports import ERPError

MARK = "countersign"
_MARK_RE = re.compile(r"^countersign (key|sha256|po)=(\S+)$")
DESCRIPTION = 100  # Description is Text[100] on document lines


def dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise ERPError("Business Central returned a float amount; refusing to use it")
    return Decimal(str(value))


def day(value: Any) -> date | None:
    if not value or str(value).startswith("0001-01-01"):
        return None
    return date.fromisoformat(str(value)[:10])


def when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def key_mark(key: str) -> str:
    """The key as it fits a comment line: itself, else a hash of it."""
    fits = len(f"{MARK} key={key}") <= DESCRIPTION and re.match(r"^\S+$", key)
    return key if fits else "cs-" + hashlib.sha256(key.encode()).hexdigest()[:40]


def marks(lines: list[dict] | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines or []:
        if line.get("lineType") == "Comment":
            hit = _MARK_RE.match(str(line.get("description") or "").strip())
            if hit:
                found.setdefault(hit.group(1), hit.group(2))
    return found


def currency(code: Any, lcy: str) -> str:
    return str(code).strip().upper() if code and str(code).strip() else lcy


# --------------------------------------------------------------------------- master data


def to_vendor(v: dict, *, lcy: str, iban: str | None) -> Vendor:
    address = ", ".join(str(v.get(k)) for k in ("addressLine1", "addressLine2", "city", "postalCode", "country")
                        if v.get(k))
    blocked = str(v.get("blocked") or "").strip()
    return Vendor(
        id=str(v["id"]),
        name=str(v.get("displayName") or v.get("number") or ""),
        tax_id=v.get("taxRegistrationNumber") or None,
        iban=normalize_id(iban) if iban else None,
        address=address,
        currency=currency(v.get("currencyCode"), lcy),
        status=VendorStatus.BLOCKED if blocked else VendorStatus.ACTIVE,
        default_account=None,  # Business Central posts by posting groups, not a vendor's default account
    )


def to_gl_account(a: dict) -> GLAccount:
    return GLAccount(code=str(a.get("number") or ""), name=str(a.get("displayName") or ""),
                     active=not a.get("blocked", False))


def to_purchase_order(po: dict, *, lcy: str) -> PurchaseOrder:
    """Lines numbered 1, 2, … in document order (Business Central's own line numbers are 10000,
    20000, …); `receivedQuantity` per line makes the three-way match."""
    lines: list[POLine] = []
    receipts: list[Receipt] = []
    as_of = day(po.get("lastModifiedDateTime")) or day(po.get("orderDate")) or date.today()
    open_qty = False
    for index, line in enumerate([li for li in po.get("purchaseOrderLines") or []
                                  if li.get("lineType") != "Comment"], start=1):
        qty = dec(line.get("quantity")) or Decimal(1)
        unit = dec(line.get("directUnitCost"))
        amount = dec(line.get("amountExcludingTax")) or Decimal(0)
        lines.append(POLine(line_no=index, description=str(line.get("description") or ""), quantity=qty,
                            unit_price=unit if unit is not None else amount / qty,
                            account=str(line["lineObjectNumber"]) if line.get("lineType") == "Account" else None))
        received = dec(line.get("receivedQuantity")) or Decimal(0)
        if received:
            receipts.append(Receipt(line_no=index, quantity=received, received_at=as_of))
        open_qty = open_qty or (dec(line.get("invoicedQuantity")) or Decimal(0)) < qty
    return PurchaseOrder(
        number=str(po.get("number") or ""),
        vendor_id=str(po.get("vendorId") or ""),
        currency=currency(po.get("currencyCode"), lcy),
        status="open" if open_qty or not lines else "closed",
        department=po.get("shortcutDimension1Code") or None,
        cost_center=po.get("shortcutDimension2Code") or None,
        lines=lines,
        receipts=receipts,
        receipts_tracked=True,
    )


# --------------------------------------------------------------------------- bills


def to_posted_bill(b: dict, *, lcy: str) -> PostedBill:
    m = marks(b.get("purchaseInvoiceLines"))
    return PostedBill(
        id=str(b["id"]),
        vendor_id=str(b.get("vendorId") or ""),
        invoice_number=str(b.get("vendorInvoiceNumber") or ""),
        invoice_date=day(b.get("invoiceDate")),
        total=dec(b.get("totalAmountIncludingTax")) or Decimal(0),
        currency=currency(b.get("currencyCode"), lcy),
        po_number=m.get("po"),
        content_sha256=m.get("sha256"),
        idempotency_key=m.get("key"),
        posted_at=when(b.get("lastModifiedDateTime")),
    )


def _line(bl, po_line: dict | None) -> dict:
    qty = bl.quantity if bl.quantity else Decimal(1)
    amount = exact(bl.amount, 2, f"line {bl.description!r} amount")
    # quantity × unit cost only when it is the amount exactly; else one unit at the amount
    if bl.unit_price is not None and qty * bl.unit_price == amount:
        unit = exact(bl.unit_price, 5, f"line {bl.description!r} unit price")
    else:
        qty, unit = Decimal(1), amount
    if po_line is not None and po_line.get("lineType") in ("Item", "Account") and po_line.get("lineObjectNumber"):
        kind, number = po_line["lineType"], str(po_line["lineObjectNumber"])
    else:
        if not bl.account:
            raise ERPError(f"bill line {bl.description!r} has no expense account")
        kind, number = "Account", bl.account.strip()
    return {"lineType": kind, "lineObjectNumber": number, "description": bl.description[:DESCRIPTION],
            "quantity": qty, "directUnitCost": unit}


def bill_body(draft: BillDraft, doc_number: str, key: str, *, po: dict | None, lcy: str) -> dict:
    """The purchase invoice with its lines in one request (deep insert): the lines, then the comment
    lines that carry the key, the attachment's hash and the PO number. Lines that do not add up to
    the total (or, with the invoice's tax, to the total) are refused; Business Central computes the
    tax itself from the posting groups."""
    po_lines = [li for li in (po or {}).get("purchaseOrderLines") or [] if li.get("lineType") != "Comment"]
    lines = []
    for bl in draft.lines:
        po_line = po_lines[bl.po_line_no - 1] if bl.po_line_no and 0 < bl.po_line_no <= len(po_lines) else None
        lines.append(_line(bl, po_line))
    if not lines:
        raise ERPError("the bill has no lines")
    net = sum((bl.amount for bl in draft.lines), Decimal(0))
    if net != draft.total and net + (draft.tax or Decimal(0)) != draft.total:
        raise ERPError(f"the bill's lines add up to {net} but the invoice total is {draft.total}; not posting")
    notes = {"key": key_mark(key), "sha256": draft.attachment_sha256,
             "po": draft.po_number.strip() if draft.po_number else None}
    for name, value in notes.items():
        if value and " " not in value and len(f"{MARK} {name}={value}") <= DESCRIPTION:
            lines.append({"lineType": "Comment", "description": f"{MARK} {name}={value}"})
    body: dict[str, Any] = {
        "vendorId": draft.vendor_id, "vendorInvoiceNumber": doc_number,
        "invoiceDate": draft.invoice_date.isoformat() if draft.invoice_date else None,
        "dueDate": draft.due_date.isoformat() if draft.due_date else None,
        "currencyCode": "" if draft.currency.upper() == lcy.upper() else draft.currency.upper(),
        "shortcutDimension1Code": draft.erp_department or None,
        "shortcutDimension2Code": draft.erp_class or None,
        "purchaseInvoiceLines": lines,
    }
    return {k: v for k, v in body.items() if v is not None}


def vendor_body(payload: dict, lcy: str) -> dict:
    name = str(payload.get("name") or "").strip()
    if not name:
        raise ERPError("the vendor has no name")
    body: dict[str, Any] = {"displayName": name[:100]}
    if payload.get("tax_id"):
        body["taxRegistrationNumber"] = str(payload["tax_id"]).strip()[:20]
    code = str(payload.get("currency") or "").strip().upper()
    if code and code != lcy.upper():
        body["currencyCode"] = code
    return body
