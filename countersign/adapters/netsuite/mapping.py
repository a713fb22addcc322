"""NetSuite records and SuiteQL rows into domain records, and domain drafts into record bodies:
pure functions, no client.

Record fields are camelCase (`tranId`, `entity: {id, refName}`), SuiteQL columns lower case
(`tranid`, `entity`); references are internal ids (digits). Money arrives as JSON numbers read as
Decimal (or as text from SuiteQL) and goes out quantized, never as a float. What NetSuite has no
field for on a bill or an invoice (the attachment's hash, the PO number, the opportunity) is a
`countersign key=… sha256=… po=…` mark in its memo; the key itself is the record's external id.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable

from countersign.adapters.wire import exact
from countersign.domain import (
    BillDraft,
    Customer,
    GLAccount,
    Payment,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    SalesInvoice,
    SalesInvoiceDraft,
    Vendor,
    VendorStatus,
    normalize_id,
)
from countersign.ports import ERPError

MARK = "countersign"
_MARK_RE = re.compile(r"\b(key|sha256|po|opportunity)=(\S+)")
CLOSED_PO = {"closed", "fully billed"}


def ref(value: Any) -> str | None:
    """The id of a reference (`{"id": "12", "refName": …}`) or a bare id."""
    if isinstance(value, dict):
        value = value.get("id")
    return str(value) if value not in (None, "") else None


def ref_name(value: Any) -> str | None:
    return str(value.get("refName")) if isinstance(value, dict) and value.get("refName") else None


def dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise ERPError("NetSuite returned a float amount; refusing to use it")
    return Decimal(str(value))


def day(value: Any) -> date | None:
    if not value:
        return None
    text = str(value)
    if re.match(r"^\d{1,2}/\d{1,2}/\d{4}$", text):  # SuiteQL's default date format (M/D/YYYY)
        month, dd, year = (int(p) for p in text.split("/"))
        return date(year, month, dd)
    return date.fromisoformat(text[:10])


def when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def truthy(value: Any) -> bool:
    return value is True or str(value).upper() in ("T", "TRUE")


def marks(memo: Any) -> dict[str, str]:
    text = str(memo or "")
    return dict(_MARK_RE.findall(text)) if MARK in text else {}


def memo(**values: str | None) -> str:
    return " ".join([MARK] + [f"{k}={v}" for k, v in values.items() if v and " " not in v])[:999]


# --------------------------------------------------------------------------- master data


def to_vendor(v: dict, *, currency_of: Callable[[str | None], str], code_of: Callable[[str | None], str | None],
              iban_field: str | None) -> Vendor:
    """A vendor from its record (camelCase) or a SuiteQL row (lower case)."""
    def get(*names: str) -> Any:
        return next((v[n] for n in names if v.get(n) not in (None, "")), None)

    iban = normalize_id(str(get(iban_field, iban_field.lower()))) if iban_field and get(iban_field,
                                                                                          iban_field.lower()) else None
    return Vendor(
        id=str(v["id"]),
        name=str(get("companyName", "companyname", "entityId", "entityid") or ""),
        tax_id=get("taxIdNum", "taxidnum"),
        iban=iban or None,
        address=str(get("defaultAddress", "defaultaddress") or "").replace("\n", ", "),
        currency=currency_of(ref(get("currency"))),
        status=VendorStatus.INACTIVE if truthy(get("isInactive", "isinactive")) else VendorStatus.ACTIVE,
        default_account=code_of(ref(get("expenseAccount", "expenseaccount"))),
    )


def to_gl_account(row: dict) -> GLAccount:
    return GLAccount(code=str(row.get("acctnumber") or row.get("fullname")), name=str(row.get("fullname") or ""),
                     active=not truthy(row.get("isinactive")))


def to_purchase_order(po: dict, *, code_of: Callable[[str | None], str | None],
                      item_accounts: dict[str, str], currency_of: Callable[[str | None], str]) -> PurchaseOrder:
    """Item lines carry NetSuite's received quantity: receipts are tracked (three-way match)."""
    lines: list[POLine] = []
    receipts: list[Receipt] = []
    as_of = day(po.get("lastModifiedDate")) or day(po.get("tranDate")) or date.today()
    for index, line in enumerate((po.get("item") or {}).get("items") or [], start=1):
        qty = dec(line.get("quantity")) or Decimal(1)
        rate = dec(line.get("rate"))
        amount = dec(line.get("amount")) or Decimal(0)
        line_no = int(line.get("line") or index)
        description = str(line.get("description") or ref_name(line.get("item")) or "")
        lines.append(POLine(line_no=line_no, description=description,
                            quantity=qty, unit_price=rate if rate is not None else amount / qty,
                            account=code_of(item_accounts.get(ref(line.get("item")) or ""))))
        received = dec(line.get("quantityReceived")) or Decimal(0)
        if received:
            receipts.append(Receipt(line_no=line_no, quantity=received, received_at=as_of))
    offset = len(lines)
    for index, line in enumerate((po.get("expense") or {}).get("items") or [], start=1):
        amount = dec(line.get("amount")) or Decimal(0)
        lines.append(POLine(line_no=int(line.get("line") or offset + index), description=str(line.get("memo") or ""),
                            quantity=Decimal(1), unit_price=amount, account=code_of(ref(line.get("account")))))
    status = (ref_name(po.get("status")) or str(po.get("status") or "")).lower()
    return PurchaseOrder(
        number=str(po.get("tranId") or ""),
        vendor_id=ref(po.get("entity")) or "",
        currency=currency_of(ref(po.get("currency"))),
        status="closed" if status in CLOSED_PO else "open",
        department=ref_name(po.get("department")),
        cost_center=ref_name(po.get("class")),
        lines=lines,
        receipts=receipts,
        receipts_tracked=True,
    )


# --------------------------------------------------------------------------- bills


def to_posted_bill(b: dict, currency_of: Callable[[str | None], str]) -> PostedBill:
    """A bill from its record or a SuiteQL row (`id, tranid, entity, trandate, foreigntotal, …`)."""
    m = marks(b.get("memo"))
    return PostedBill(
        id=str(b["id"]),
        vendor_id=ref(b.get("entity")) or "",
        invoice_number=str(b.get("tranId") or b.get("tranid") or ""),
        invoice_date=day(b.get("tranDate") or b.get("trandate")),
        total=dec(b.get("total") if b.get("total") is not None else b.get("foreigntotal")) or Decimal(0),
        currency=currency_of(ref(b.get("currency"))),
        po_number=m.get("po"),
        content_sha256=m.get("sha256"),
        idempotency_key=str(b.get("externalId") or b.get("externalid") or "") or m.get("key"),
        posted_at=when(b.get("createdDate")),
    )


def bill_body(draft: BillDraft, doc_number: str, key: str, *, po: dict | None, account_id: Callable[[str | None, str],
              str], currency_id: str, subsidiary: str | None, tax_account: str | None) -> dict:
    """The vendorBill body: a line on an item line of the PO goes on the item sublist with the PO's
    item, any other on the expense sublist with its account; tax that makes the lines add up goes
    on an expense line of its own. Lines that do not add up to the total are refused."""
    po_items = {int(line.get("line") or i): line for i, line in enumerate(((po or {}).get("item") or {}).get("items")
                                                                          or [], start=1)}
    items, expenses = [], []
    for bl in draft.lines:
        po_line = po_items.get(bl.po_line_no) if bl.po_line_no is not None else None
        if po_line is not None and ref(po_line.get("item")):
            qty = bl.quantity if bl.quantity else Decimal(1)
            # the rate only when quantity × rate is the amount; else NetSuite derives it from the amount
            rate = bl.unit_price if bl.unit_price is not None and qty * bl.unit_price == bl.amount else None
            items.append({"item": {"id": ref(po_line.get("item"))}, "quantity": qty, "rate": rate,
                          "amount": exact(bl.amount, 2, f"line {bl.description!r} amount"),
                          "description": bl.description[:4000] or None})
        else:
            expenses.append({"account": {"id": account_id(bl.account, bl.description)},
                             "amount": exact(bl.amount, 2, f"line {bl.description!r} amount"),
                             "memo": bl.description[:4000] or None})
    net = sum((bl.amount for bl in draft.lines), Decimal(0))
    if draft.tax and net + draft.tax == draft.total and net != draft.total:
        code = tax_account or next((bl.account for bl in draft.lines if bl.account), None)
        expenses.append({"account": {"id": account_id(code, "tax")}, "amount": exact(draft.tax, 2, "tax"),
                         "memo": f"Tax on invoice {doc_number}"})
        net += draft.tax
    if not items and not expenses:
        raise ERPError("the bill has no lines")
    if net != draft.total:
        raise ERPError(f"the bill's lines add up to {net} but the invoice total is {draft.total}; not posting")
    body: dict[str, Any] = {
        "entity": {"id": draft.vendor_id}, "tranId": doc_number, "currency": {"id": currency_id},
        "tranDate": draft.invoice_date.isoformat() if draft.invoice_date else None,
        "dueDate": draft.due_date.isoformat() if draft.due_date else None,
        "memo": memo(key=key, sha256=draft.attachment_sha256, po=draft.po_number.strip() if draft.po_number else None),
        "subsidiary": {"id": subsidiary} if subsidiary else None,
        "department": {"id": draft.erp_department} if draft.erp_department else None,
        "class": {"id": draft.erp_class} if draft.erp_class else None,
        "item": {"items": items} if items else None,
        "expense": {"items": expenses} if expenses else None,
    }
    return _pruned(body)


def _pruned(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _pruned(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


# --------------------------------------------------------------------------- receivables


def to_customer(row: dict) -> Customer:
    return Customer(id=str(row["id"]), name=str(row.get("companyname") or row.get("entityid") or ""),
                    tax_id=row.get("taxidnum") or marks(row.get("comments")).get("tax_id"),
                    billing_email=row.get("email") or None, billing_address=None,
                    tax_exempt=not truthy(row.get("taxable", "T")))


def customer_body(customer: Customer, subsidiary: str | None) -> dict:
    return _pruned({"companyName": customer.name[:83], "isPerson": False, "email": customer.billing_email or None,
                    "taxIdNum": customer.tax_id or None, "taxable": not customer.tax_exempt,
                    "subsidiary": {"id": subsidiary} if subsidiary else None})


def to_sales_invoice(row: dict, currency_of: Callable[[str | None], str]) -> SalesInvoice:
    m = marks(row.get("memo"))
    total = dec(row.get("total") if row.get("total") is not None else row.get("foreigntotal")) or Decimal(0)
    remaining = row.get("amountRemaining", row.get("foreignamountremaining"))
    return SalesInvoice(
        id=str(row["id"]), customer_id=ref(row.get("entity")) or "",
        doc_number=str(row.get("tranId") or row.get("tranid") or row["id"]), opportunity_id=m.get("opportunity"),
        invoice_date=day(row.get("tranDate") or row.get("trandate")) or date.min,
        due_date=day(row.get("dueDate") or row.get("duedate")), currency=currency_of(ref(row.get("currency"))),
        total=total, balance=dec(remaining) if remaining is not None else total,
        idempotency_key=str(row.get("externalId") or row.get("externalid") or "") or m.get("key"))


def invoice_body(draft: SalesInvoiceDraft, customer_id: str, key: str, item_ids: dict[str, str],
                 currency_id: str) -> dict:
    return _pruned({
        "entity": {"id": customer_id}, "currency": {"id": currency_id}, "tranDate": draft.invoice_date.isoformat(),
        "dueDate": draft.due_date.isoformat() if draft.due_date else None,
        "otherRefNum": draft.po_reference or None,
        "memo": memo(key=key, opportunity=draft.opportunity_id.replace(" ", "")),
        "item": {"items": [{"item": {"id": item_ids[sl.product]}, "quantity": sl.quantity, "rate": sl.unit_price,
                            "amount": exact(sl.amount, 2, f"{sl.product} amount")} for sl in draft.lines]},
    })


def to_payments(payment: dict) -> list[Payment]:
    """One Payment per invoice a customer payment is applied to (id "<payment>-<n>" when it is split)."""
    applied = [line for line in (payment.get("apply") or {}).get("items") or [] if truthy(line.get("apply"))]
    return [Payment(id=str(payment["id"]) if len(applied) == 1 else f"{payment['id']}-{n}",
                    invoice_id=ref(line.get("doc")) or "", amount=dec(line.get("amount")) or Decimal(0),
                    received_on=day(payment.get("tranDate")) or date.min)
            for n, line in enumerate(applied, start=1)]
