"""Sage Intacct records into domain records, and drafts into `create` elements: pure functions.

Records come from readByQuery as upper-case fields with text values (dates `MM/DD/YYYY`, money as
decimal text, read into Decimal). What an AP bill has no field for (the proposal's key, the
attachment's hash, the PO number) is a `countersign key=… sha256=… po=…` mark in its DESCRIPTION,
which `find_bill_by_key` searches with LIKE.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from lxml import etree

from countersign.adapters.intacct.client import el
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
_MARK_RE = re.compile(r"\b(key|sha256|po)=(\S+)")
CLOSED_PO = {"closed", "converted"}
BILL_FIELDS = "RECORDNO,VENDORID,RECORDID,WHENCREATED,WHENDUE,TOTALENTERED,CURRENCY,DESCRIPTION,WHENMODIFIED,STATE"


def dec(value: Any) -> Decimal | None:
    return Decimal(str(value).strip()) if value not in (None, "") else None


def day(value: Any) -> date | None:
    text = str(value or "").strip()
    if not text:
        return None
    if re.match(r"^\d{1,2}/\d{1,2}/\d{4}", text):
        month, dd, year = (int(p) for p in text[:10].split("/"))
        return date(year, month, dd)
    return date.fromisoformat(text[:10])


def us_date(value: date) -> str:
    return value.strftime("%m/%d/%Y")


def when(value: Any) -> datetime | None:
    text = str(value or "").strip()
    try:
        moment = datetime.strptime(text, "%m/%d/%Y %H:%M:%S")
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc)  # Intacct answers WHENMODIFIED in GMT


def marks(description: Any) -> dict[str, str]:
    text = str(description or "")
    return dict(_MARK_RE.findall(text)) if MARK in text else {}


def to_vendor(v: dict, *, iban_field: str | None, base_currency: str) -> Vendor:
    iban = v.get(iban_field) if iban_field else None
    address = ", ".join(v[k] for k in ("DISPLAYCONTACT.MAILADDRESS.ADDRESS1", "DISPLAYCONTACT.MAILADDRESS.CITY",
                                       "DISPLAYCONTACT.MAILADDRESS.ZIP") if v.get(k))
    status = (VendorStatus.INACTIVE if str(v.get("STATUS", "active")).lower() != "active"
              else VendorStatus.BLOCKED if str(v.get("ONHOLD", "false")).lower() == "true" else VendorStatus.ACTIVE)
    return Vendor(id=str(v["VENDORID"]), name=str(v.get("NAME") or ""), tax_id=v.get("TAXID") or None,
                  iban=normalize_id(iban) if iban else None, address=address,
                  currency=str(v.get("CURRENCY") or base_currency), status=status,
                  default_account=v.get("APACCOUNT") or None)


def to_gl_account(a: dict) -> GLAccount:
    return GLAccount(code=str(a.get("ACCOUNTNO") or ""), name=str(a.get("TITLE") or ""),
                     active=str(a.get("STATUS", "active")).lower() == "active")


def to_purchase_order(po: dict, entries: list[dict], *, base_currency: str) -> PurchaseOrder:
    """QTY_CONVERTED (the quantity converted into receivers) is the received quantity: three-way."""
    lines: list[POLine] = []
    receipts: list[Receipt] = []
    as_of = day(po.get("WHENMODIFIED")) or day(po.get("WHENCREATED")) or date.today()
    for index, entry in enumerate(sorted(entries, key=lambda e: int(e.get("LINE_NO") or 0)), start=1):
        qty = dec(entry.get("QUANTITY")) or Decimal(1)
        price = dec(entry.get("PRICE"))
        lines.append(POLine(line_no=index, description=str(entry.get("ITEMDESC") or entry.get("ITEMID") or ""),
                            quantity=qty, unit_price=price if price is not None else Decimal(0),
                            account=entry.get("GLACCOUNTNO") or None))
        received = dec(entry.get("QTY_CONVERTED")) or Decimal(0)
        if received:
            receipts.append(Receipt(line_no=index, quantity=received, received_at=as_of))
    return PurchaseOrder(
        number=str(po.get("DOCNO") or ""), vendor_id=str(po.get("CUSTVENDID") or ""),
        currency=str(po.get("CURRENCY") or base_currency),
        status="closed" if str(po.get("STATE") or "").lower() in CLOSED_PO else "open",
        department=entries[0].get("DEPARTMENTID") or None if entries else None, cost_center=None,
        lines=lines, receipts=receipts, receipts_tracked=True)


def to_posted_bill(b: dict, *, base_currency: str) -> PostedBill:
    m = marks(b.get("DESCRIPTION"))
    return PostedBill(
        id=str(b["RECORDNO"]), vendor_id=str(b.get("VENDORID") or ""), invoice_number=str(b.get("RECORDID") or ""),
        invoice_date=day(b.get("WHENCREATED")), total=dec(b.get("TOTALENTERED")) or Decimal(0),
        currency=str(b.get("CURRENCY") or base_currency), po_number=m.get("po"), content_sha256=m.get("sha256"),
        idempotency_key=m.get("key"), posted_at=when(b.get("WHENMODIFIED")))


def description(key: str, draft: BillDraft) -> str:
    parts = [MARK, f"key={key}"]
    if draft.attachment_sha256:
        parts.append(f"sha256={draft.attachment_sha256}")
    if draft.po_number and " " not in draft.po_number.strip():
        parts.append(f"po={draft.po_number.strip()}")
    return " ".join(parts)


def bill_create(draft: BillDraft, doc_number: str, key: str, *, po_accounts: dict[int, str],
                supdoc: str | None, tax_account: str | None = None) -> etree._Element:
    """`<create><APBILL>`: one line per bill line on its account (or its PO line's), amounts exact; tax
    that makes the lines add up to the total goes on a line of its own (the tax account, else the
    first line's)."""
    items = []
    for bl in draft.lines:
        account = po_accounts.get(bl.po_line_no or 0) if not bl.account else bl.account.strip()
        if not account:
            raise ERPError(f"bill line {bl.description!r} has no expense account")
        children = [el("ACCOUNTNO", account), el("TRX_AMOUNT", exact(bl.amount, 2, f"line {bl.description!r} amount")),
                    el("ENTRYDESCRIPTION", bl.description[:1000])]
        if draft.erp_department:
            children.append(el("DEPARTMENTID", draft.erp_department))
        if draft.erp_class:
            children.append(el("CLASSID", draft.erp_class))
        items.append(el("APBILLITEM", None, *children))
    if not items:
        raise ERPError("the bill has no lines")
    net = sum((bl.amount for bl in draft.lines), Decimal(0))
    if draft.tax and net + draft.tax == draft.total and net != draft.total:
        account = tax_account or items[0].findtext("ACCOUNTNO")
        items.append(el("APBILLITEM", None, el("ACCOUNTNO", account), el("TRX_AMOUNT", exact(draft.tax, 2, "tax")),
                        el("ENTRYDESCRIPTION", f"Tax on invoice {doc_number}"[:1000])))
        net += draft.tax
    if net != draft.total:
        raise ERPError(f"the bill's lines add up to {net} but the invoice total is {draft.total}; not posting")
    bill = el("APBILL", None, el("VENDORID", draft.vendor_id), el("RECORDID", doc_number),
              el("WHENCREATED", us_date(draft.invoice_date or date.today())),
              el("DESCRIPTION", description(key, draft)), el("CURRENCY", draft.currency.upper()))
    if draft.due_date:
        bill.append(el("WHENDUE", us_date(draft.due_date)))
    if supdoc:
        bill.append(el("SUPDOCID", supdoc))
    bill.append(el("APBILLITEMS", None, *items))
    return el("create", None, bill)
