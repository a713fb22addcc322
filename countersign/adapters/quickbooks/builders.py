"""Building the QuickBooks objects we send from domain drafts: pure functions, no client.

Only what we set is sent (`_prune` drops python-quickbooks' placeholder defaults). Every object we
create carries our marks in its PrivateNote (a customer: its Notes), above all the idempotency
key, which is how check-before-write recognises it later (mapping.key_of). A bill whose lines do
not add up to the invoice total is refused here, before anything is sent.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable

from quickbooks.objects.attachable import Attachable
from quickbooks.objects.base import Address, AttachableRef, EmailAddress, LinkedTxn, Ref
from quickbooks.objects.bill import Bill
from quickbooks.objects.customer import Customer as QBCustomer
from quickbooks.objects.detailline import (
    AccountBasedExpenseLine,
    AccountBasedExpenseLineDetail,
    ItemBasedExpenseLine,
    ItemBasedExpenseLineDetail,
    SalesItemLine,
    SalesItemLineDetail,
)
from quickbooks.objects.invoice import Invoice

from countersign.adapters.quickbooks.mapping import MARK, field
from countersign.domain import BillDraft, Customer, SalesInvoiceDraft, SalesLine, normalize_id
from countersign.ports import ERPError

AccountFor = Callable[[str | None, str], Any]  # (account code, what it codes) → QuickBooks account, or ERPError


def _ref(value: str, name: str | None = None) -> Ref:
    ref = Ref()
    ref.value = str(value)
    ref.name = name or None
    ref.type = None
    return ref


def _prune(obj: Any) -> Any:
    """Drop the library's placeholder defaults ("" strings, int 0, empty lists) so only what we set is sent."""
    if isinstance(obj, list):
        return [_prune(v) for v in obj]
    if not hasattr(obj, "__dict__"):
        return obj
    for name, value in list(vars(obj).items()):
        if name.startswith("_") or isinstance(value, bool):
            continue
        if value == "" or (type(value) is int and value == 0) or (isinstance(value, list) and not value):
            setattr(obj, name, None)
        elif isinstance(value, list):
            setattr(obj, name, _prune(value))
        elif hasattr(value, "__dict__"):
            _prune(value)
    return obj


# --------------------------------------------------------------------------- bills


def build_bill(draft: BillDraft, doc_number: str, key: str, *, po: Any | None, account_for: AccountFor,
               tax_account: str | None) -> Bill:
    """The Bill for a draft. A line on an item-based PO line is coded by the PO's item, any other by
    its account (`account_for`, asked line by line in order); lines on the PO are linked to it.
    Tax that makes the lines add up to the total goes on a line of its own, coded to `tax_account`
    or else the first line's account."""
    po_lines = {}
    for index, line in enumerate(field(po, "Line") or [], start=1):
        po_lines[int(field(line, "LineNum") or index)] = line

    lines: list[Any] = []
    for bl in draft.lines:
        po_line = po_lines.get(bl.po_line_no) if bl.po_line_no is not None else None
        if po_line is not None and field(po_line, "DetailType") == "ItemBasedExpenseLineDetail":
            line = ItemBasedExpenseLine()
            detail = ItemBasedExpenseLineDetail()
            item = field(po_line, "ItemBasedExpenseLineDetail.ItemRef")
            detail.ItemRef = _ref(field(item, "value"), field(item, "name"))
            detail.Qty = bl.quantity
            detail.UnitPrice = bl.unit_price
            line.ItemBasedExpenseLineDetail = detail
        else:
            account = account_for(bl.account, bl.description)
            line = AccountBasedExpenseLine()
            detail = AccountBasedExpenseLineDetail()
            detail.AccountRef = _ref(account.Id, account.Name)
            line.AccountBasedExpenseLineDetail = detail
        if draft.erp_class:
            detail.ClassRef = _ref(draft.erp_class)
        line.Amount = bl.amount
        line.Description = bl.description[:4000] or None
        if po_line is not None:
            link = LinkedTxn()
            link.TxnId = str(po.Id)
            link.TxnType = "PurchaseOrder"
            link.TxnLineId = str(field(po_line, "Id") or bl.po_line_no)
            line.LinkedTxn = [link]
        lines.append(line)

    net = sum((bl.amount for bl in draft.lines), Decimal(0))
    if draft.tax and net + draft.tax == draft.total and net != draft.total:
        code = tax_account or next((bl.account for bl in draft.lines if bl.account), None)
        account = account_for(code, "tax")
        line = AccountBasedExpenseLine()
        detail = AccountBasedExpenseLineDetail()
        detail.AccountRef = _ref(account.Id, account.Name)
        line.AccountBasedExpenseLineDetail = detail
        line.Amount = draft.tax
        line.Description = f"Tax on invoice {doc_number}"
        lines.append(line)
        net += draft.tax
    if not lines:
        raise ERPError("the bill has no lines")
    if net != draft.total:
        raise ERPError(f"the bill's lines add up to {net} but the invoice total is {draft.total}; not posting")

    bill = Bill()
    bill.VendorRef = _ref(draft.vendor_id, draft.vendor_name)
    bill.CurrencyRef = _ref(draft.currency)
    bill.DocNumber = doc_number
    if draft.erp_department:
        bill.DepartmentRef = _ref(draft.erp_department)
    bill.TxnDate = draft.invoice_date.isoformat() if draft.invoice_date else None
    bill.DueDate = draft.due_date.isoformat() if draft.due_date else None
    bill.PrivateNote = " ".join(
        [MARK, f"key={key}"]
        + ([f"sha256={draft.attachment_sha256}"] if draft.attachment_sha256 else [])
        + ([f"po={draft.po_number.strip()}"] if draft.po_number and " " not in draft.po_number.strip() else [])
    )
    bill.Line = lines
    return _prune(bill)


def attachment_name(doc_number: str) -> str:
    """The file name of a bill's invoice PDF: one per bill, so an upload can be checked for first."""
    return "invoice-" + re.sub(r"[^A-Za-z0-9._-]+", "_", doc_number)[:80] + ".pdf"


def build_attachable(bill_id: str, file_name: str) -> Attachable:
    """The Attachable (metadata only; the PDF goes with it) linking a PDF to a bill."""
    attachable = Attachable()
    link = AttachableRef()
    link.EntityRef = _ref(bill_id)
    link.EntityRef.type = "Bill"
    link.IncludeOnSend = False
    attachable.AttachableRef = [link]
    attachable.FileName = file_name
    attachable.ContentType = "application/pdf"
    _prune(attachable)
    return attachable


# --------------------------------------------------------------------------- receivables


def build_customer(customer: Customer) -> QBCustomer:
    """A new QuickBooks customer; its tax id travels as a mark in Notes (mapping.to_customer reads it)."""
    c = QBCustomer()
    c.DisplayName = customer.name[:500]
    c.CompanyName = customer.name[:100]
    c.Taxable = not customer.tax_exempt
    if customer.billing_email:
        c.PrimaryEmailAddr = EmailAddress()
        c.PrimaryEmailAddr.Address = customer.billing_email
    if customer.billing_address:
        c.BillAddr = Address()
        c.BillAddr.Line1 = customer.billing_address[:500]
    if customer.tax_id:
        c.Notes = f"{MARK} tax_id={normalize_id(customer.tax_id)}"
    _prune(c)
    return c


def build_sales_line(sl: SalesLine, item: Any) -> SalesItemLine:
    """An invoice line selling `item` (the QuickBooks Item named by the line's product)."""
    line = SalesItemLine()
    detail = SalesItemLineDetail()
    detail.ItemRef = _ref(item.Id, item.Name)
    detail.Qty = sl.quantity
    detail.UnitPrice = sl.unit_price
    line.SalesItemLineDetail = detail
    line.Amount = sl.amount
    line.Description = sl.product
    return _prune(line)


def build_invoice(draft: SalesInvoiceDraft, customer_id: str, key: str, lines: list[SalesItemLine]) -> Invoice:
    """The Invoice for a draft, marked with its idempotency key and opportunity."""
    inv = Invoice()
    inv.CustomerRef = _ref(customer_id)
    inv.CurrencyRef = _ref(draft.currency)
    inv.TxnDate = draft.invoice_date.isoformat()
    inv.DueDate = draft.due_date.isoformat() if draft.due_date else None
    inv.PrivateNote = f"{MARK} key={key} opportunity={draft.opportunity_id.replace(' ', '')}"
    if draft.po_reference:
        inv.CustomerMemo = {"value": f"PO {draft.po_reference}"}
    _prune(inv)
    inv.Line = lines
    return inv
