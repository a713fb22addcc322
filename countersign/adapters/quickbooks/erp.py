"""QuickBooksERP: the ERP port on QuickBooks Online (python-quickbooks over `QBOClient`).

Exactly once, two layers:

1. every create carries a `requestid` derived from the proposal's idempotency key (≤ 50 chars),
   the same on every retry and after a restart, so QuickBooks answers a repeat with the first
   response instead of creating a second bill;
2. check-before-write: before creating, look for a bill with the same DocNumber and VendorRef.
   Ours (the key is recorded in the bill's PrivateNote) → return it; someone else's → refuse.
   The request id alone is not enough: Intuit keeps it for a limited time only.

This module holds the I/O: what is queried and written, in which order. What it sends and reads
lives beside it: query.py (query literals, ids, request ids, paging), mapping.py (QuickBooks objects
into domain records: Decimal money, the PrivateNote marks) and builders.py (drafts into the objects
we create).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Callable, Literal

from quickbooks.objects.account import Account
from quickbooks.objects.attachable import Attachable
from quickbooks.objects.bill import Bill
from quickbooks.objects.customer import Customer as QBCustomer
from quickbooks.objects.invoice import Invoice
from quickbooks.objects.item import Item
from quickbooks.objects.payment import Payment as QBPayment
from quickbooks.objects.purchaseorder import PurchaseOrder as QBPurchaseOrder
from quickbooks.objects.vendor import Vendor as QBVendor

from countersign.adapters.quickbooks.builders import (
    attachment_name,
    build_attachable,
    build_bill,
    build_customer,
    build_invoice,
    build_sales_line,
)
from countersign.adapters.quickbooks.client import QBOClient, QBOError
from countersign.adapters.quickbooks.mapping import (
    account_code,
    field,
    item_expense_accounts,
    key_of,
    match_account,
    po_item_ids,
    to_customer,
    to_gl_account,
    to_payments,
    to_posted_bill,
    to_purchase_order,
    to_sales_invoice,
    to_vendor,
)
from countersign.adapters.quickbooks.query import is_qbo_id, qbo_id, quote, request_id, select
from countersign.domain import (
    BillDraft,
    Customer,
    GLAccount,
    Payment,
    PostedBill,
    PurchaseOrder,
    SalesInvoice,
    SalesInvoiceDraft,
    Vendor,
    normalize_id,
    normalize_name,
)
from countersign.ports import ERPError, ListVendorLookup

log = logging.getLogger(__name__)

KeyResolver = Callable[[str], "tuple[str, str] | None"]  # key → (vendor id, invoice number)


class QuickBooksERP:
    name = "QuickBooks Online"

    def __init__(
        self,
        client: QBOClient,
        *,
        key_resolver: KeyResolver | None = None,
        po_receipts: Literal["none", "as_ordered"] = "none",
        tax_account: str | None = None,
        scan_limit: int = 2000,
    ):
        """`key_resolver` maps an idempotency key to (vendor id, invoice number) for `find_bill_by_key`
        (the composition root gives one over the proposals table); without it, or when it does not know
        the key, recent bills are scanned for the key. QuickBooks has no goods receipts: `po_receipts`
        "none" marks the PO's receipts as untracked (the policy matches two-way and says so),
        "as_ordered" treats every ordered quantity as received on the PO date. `tax_account` codes a
        separate tax line; by default tax goes to the first line's account."""
        self.qb = client
        self._resolver = key_resolver
        self._po_receipts = po_receipts
        self._tax_account = tax_account
        self._scan_limit = scan_limit
        self._accounts: list[Any] | None = None
        self._hints: dict[str, tuple[str, str]] = {}

    # ----------------------------------------------------------------- plumbing

    def _all_accounts(self, refresh: bool = False) -> list[Any]:
        if self._accounts is None or refresh:
            self._accounts = select(self.qb, Account, "Active IN (true, false)")
        return self._accounts

    def _account_code(self, account_id: str | None) -> str | None:
        if not account_id:
            return None
        for a in self._all_accounts():
            if str(a.Id) == str(account_id):
                return account_code(a)
        return None

    def _account(self, code: str | None, line: str) -> Any:
        """The QuickBooks account for a bill line's account: by AcctNum, then Name, then full name."""
        if not code:
            raise ERPError(f"bill line {line!r} has no expense account")
        for refresh in (False, True):
            hit = match_account(self._all_accounts(refresh), code)
            if hit is not None:
                if not hit.Active:
                    raise ERPError(f"account {code} is inactive in QuickBooks")
                return hit
        raise ERPError(f"account {code} is not in the QuickBooks chart of accounts")

    # ----------------------------------------------------------------- master data

    def list_vendors(self) -> list[Vendor]:
        return [to_vendor(v) for v in select(self.qb, QBVendor, "Active IN (true, false)", order_by="DisplayName")]

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """Not written to QuickBooks yet: its vendor records hold no IBAN and mask tax ids, so the
        approved bank details would be lost. The case says so; create the vendor in QuickBooks."""
        raise QBOError(f"countersign does not create QuickBooks vendors yet: add {payload.get('name')!r} in "
                       "QuickBooks (Expenses > Vendors), then re-run the case")

    def vendor_lookup(self) -> ListVendorLookup:
        """QuickBooks has no indexed tax-id/IBAN search (and masks tax ids): match over the list."""
        return ListVendorLookup(self.list_vendors())

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        if not is_qbo_id(str(vendor_id).strip()):
            return None
        rows = QBVendor.where(f"Id = {qbo_id(vendor_id, 'vendor')} AND Active IN (true, false)", qb=self.qb)
        return to_vendor(rows[0]) if rows else None

    def list_accounts(self) -> list[GLAccount]:
        return [to_gl_account(a) for a in self._all_accounts(refresh=True)]

    def _po_raw(self, number: str) -> Any | None:
        rows = QBPurchaseOrder.where(f"DocNumber = {quote(number.strip())}", qb=self.qb)
        return rows[0] if rows else None

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        po = self._po_raw(number)
        if po is None:
            return None
        item_accounts = self._item_accounts(po_item_ids(po))
        return to_purchase_order(po, number, item_accounts=item_accounts, code_of_account=self._account_code,
                                 po_receipts=self._po_receipts)

    def _item_accounts(self, item_ids: set[str]) -> dict[str, str]:
        """Item id → its expense account id (an item-based PO line is coded by its item)."""
        ids = sorted(i for i in item_ids if is_qbo_id(i))
        if not ids:
            return {}
        items = Item.where(f"Id IN ({', '.join(quote(i) for i in ids)})", qb=self.qb)
        return item_expense_accounts(items)

    # ----------------------------------------------------------------- bills

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        if not is_qbo_id(str(vendor_id).strip()):
            return []
        return [to_posted_bill(b) for b in select(self.qb, Bill, f"VendorRef = {qbo_id(vendor_id, 'vendor')}")]

    def _bills_numbered(self, vendor_id: str, doc_number: str) -> list[Any]:
        return Bill.where(f"DocNumber = {quote(doc_number)} AND VendorRef = {qbo_id(vendor_id, 'vendor')}", qb=self.qb)

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        hint = self._hints.get(idempotency_key) or (self._resolver(idempotency_key) if self._resolver else None)
        if hint:
            vendor_id, doc_number = hint
            if is_qbo_id(str(vendor_id)):
                for b in self._bills_numbered(vendor_id, doc_number):
                    if key_of(b) == idempotency_key:
                        return to_posted_bill(b)
        # No hint (or a stale one): the key is in the PrivateNote of the bill we made; newest first.
        for b in select(self.qb, Bill, "", order_by="MetaData.CreateTime DESC", limit=self._scan_limit):
            if key_of(b) == idempotency_key:
                return to_posted_bill(b)
        return None

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        if not draft.invoice_number.strip():
            raise ERPError("the bill has no invoice number (QuickBooks DocNumber)")
        doc_number = draft.invoice_number.strip()
        qbo_id(draft.vendor_id, "vendor")
        self._hints[idempotency_key] = (draft.vendor_id, doc_number)

        for existing in self._bills_numbered(draft.vendor_id, doc_number):
            if key_of(existing) == idempotency_key:
                log.info("bill for key %s already in QuickBooks as %s; not posting again", idempotency_key, existing.Id)
                bill = to_posted_bill(existing)
                self._attach(bill.id, doc_number, attachment, idempotency_key)
                return bill
            raise ERPError(f"QuickBooks already has bill {existing.Id} numbered {doc_number} for vendor "
                           f"{draft.vendor_name or draft.vendor_id}; not posting it twice")

        bill = self._build_bill(draft, doc_number, idempotency_key)
        created = bill.save(qb=self.qb, request_id=request_id("bill", idempotency_key))
        posted = to_posted_bill(created)
        log.info("posted bill %s to QuickBooks as %s", doc_number, posted.id)
        self._attach(posted.id, doc_number, attachment, idempotency_key)
        return posted

    def _build_bill(self, draft: BillDraft, doc_number: str, key: str) -> Bill:
        po = self._po_raw(draft.po_number) if draft.po_number else None
        if draft.po_number and po is None:
            raise ERPError(f"purchase order {draft.po_number} is not in QuickBooks")
        return build_bill(draft, doc_number, key, po=po, account_for=self._account, tax_account=self._tax_account)

    def _attach(self, bill_id: str, doc_number: str, pdf: bytes | None, key: str) -> None:
        """Upload the invoice PDF as an Attachable linked to the bill, once (checked, then request id)."""
        if not pdf:
            return
        file_name = attachment_name(doc_number)
        try:
            existing = Attachable.where(
                f"AttachableRef.EntityRef.Type = 'Bill' AND AttachableRef.EntityRef.value = {qbo_id(bill_id, 'bill')}",
                qb=self.qb)
            if any(field(a, "FileName") == file_name for a in existing):
                return
            attachable = build_attachable(bill_id, file_name)
            response = self.qb.create_object("Attachable", attachable.to_json(), _file_bytes=pdf,
                                             request_id=request_id("att", key))
            first = (response.get("AttachableResponse") or [{}])[0]
            if "Fault" in first:
                QBOClient.handle_exceptions(first["Fault"])
        except ERPError as exc:
            # The bill is posted; a missing attachment must not turn that into a failure (or a re-post).
            log.warning("bill %s posted, but attaching the PDF failed: %s", bill_id, exc)

    # ----------------------------------------------------------------- receivables

    def _customers(self) -> list[Any]:
        return select(self.qb, QBCustomer, "Active = true")

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        customers = [to_customer(c) for c in self._customers()]
        if normalize_id(tax_id):
            for c in customers:
                if c.tax_id and normalize_id(c.tax_id) == normalize_id(tax_id):
                    return c
        if normalize_name(name):
            wanted = normalize_name(name)
            for c in customers:
                if normalize_name(c.name) == wanted:
                    return c
        return None

    def _create_customer(self, customer: Customer, key: str) -> str:
        found = self.find_customer(tax_id=customer.tax_id, name=customer.name)
        if found:
            return found.id
        c = build_customer(customer)
        return str(c.save(qb=self.qb, request_id=request_id("cust", key)).Id)

    def _item(self, product: str) -> Any:
        rows = Item.where(f"Name = {quote(product)}", qb=self.qb)
        if not rows:
            raise ERPError(f"product {product!r} is not an item in QuickBooks")
        return rows[0]

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        if draft.customer_id:
            customer_id = draft.customer_id
        elif draft.customer:
            customer_id = self._create_customer(draft.customer, idempotency_key)
        else:
            raise ERPError("the invoice names neither a customer id nor a new customer")
        for inv in select(self.qb, Invoice, f"CustomerRef = {qbo_id(customer_id, 'customer')}"):
            if key_of(inv) == idempotency_key:
                return to_sales_invoice(inv)
        if not draft.lines:
            raise ERPError("the invoice has no lines")
        lines = [build_sales_line(sl, self._item(sl.product)) for sl in draft.lines]
        inv = build_invoice(draft, customer_id, idempotency_key, lines)
        created = inv.save(qb=self.qb, request_id=request_id("inv", idempotency_key))
        return to_sales_invoice(created)

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        where = f"TxnDate >= {quote(start.isoformat())} AND TxnDate <= {quote(end.isoformat())}"
        return [to_sales_invoice(i) for i in select(self.qb, Invoice, where)]

    def payments(self, start: date, end: date) -> list[Payment]:
        where = f"TxnDate >= {quote(start.isoformat())} AND TxnDate <= {quote(end.isoformat())}"
        out: list[Payment] = []
        for p in select(self.qb, QBPayment, where):
            out.extend(to_payments(p))
        return out
