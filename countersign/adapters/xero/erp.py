"""XeroERP: the ERP port on Xero's Accounting API (xero-python over `XeroClient`).

Bills are ACCPAY invoices, vendors are contacts, purchase orders are Xero purchase orders, and
the invoice PDF is an attachment on the bill. Exactly once, two layers:

1. every write carries an `Idempotency-Key` header: the proposal's key for the bill (a suffix
   for the attachment, the contact or a sales invoice), the same on every retry and after a
   restart, so Xero answers a repeat with the first response;
2. check-before-write on the contact and the InvoiceNumber: before creating, look for a live
   bill of that contact with that number. Ours (the key is marked in its Url) → return it;
   someone else's → refuse. Xero does not make InvoiceNumber unique on bills, and how long it
   keeps idempotency keys is not documented, so the check is what makes it hold after a restart.

This module is the I/O: what is read and written, in which order. mapping.py reads Xero's
models into domain records, builders.py makes the models we send.
"""

from __future__ import annotations

import logging
import unicodedata
from datetime import date
from typing import Any, Callable, Literal

from xero_python.accounting import Contacts, Invoices
from xero_python.exceptions import HTTPStatusException, NotFoundException

from countersign.adapters.xero.builders import (
    attachment_name,
    build_bill,
    build_customer,
    build_invoice,
    build_vendor,
    contact_number,
)
from countersign.adapters.xero.client import XeroClient, XeroError, xero_error
from countersign.adapters.xero.mapping import (
    LIVE_BILL_STATUSES,
    is_guid,
    is_vendor,
    key_of,
    text,
    to_customer,
    to_gl_account,
    to_payment,
    to_posted_bill,
    to_purchase_order,
    to_sales_invoice,
    to_vendor,
)
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
PAGE = 100  # Xero's page size for contacts, invoices and payments
LINK_BASE = "https://countersign.invalid/documents"


def _plain(value: str, what: str) -> str:
    value = str(value).strip()
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ERPError(f"refusing to ask Xero for a {what} with control characters in {value!r}")
    return value


def _day(d: date) -> str:
    return f"DateTime({d.year},{d.month:02d},{d.day:02d})"


class XeroERP:
    name = "Xero"

    def __init__(
        self,
        client: XeroClient,
        *,
        key_resolver: KeyResolver | None = None,
        bill_status: Literal["DRAFT", "SUBMITTED", "AUTHORISED"] = "AUTHORISED",
        link_base: str = LINK_BASE,
        po_receipts: Literal["none", "as_ordered"] = "none",
        tax_account: str | None = None,
        scan_limit: int = 2000,
    ):
        """`key_resolver` maps an idempotency key to (vendor id, invoice number) for `find_bill_by_key`
        (the composition root gives one over the proposals table); without it, or when it does not know
        the key, the bills this app created are scanned, newest first. `bill_status` is the status bills
        are created in (AUTHORISED: awaiting payment). `link_base` is the source-document link that
        carries our marks. Xero keeps no goods receipts: `po_receipts` as for QuickBooks."""
        self.client = client
        self.api = client.accounting()
        self.tenant = client.tenant_id
        self._resolver = key_resolver
        self._bill_status = bill_status
        self._link_base = link_base
        self._po_receipts = po_receipts
        self._tax_account = tax_account
        self._scan_limit = scan_limit
        self._accounts: list[Any] | None = None
        self._currency: str | None = None
        self._hints: dict[str, tuple[str, str]] = {}

    # ----------------------------------------------------------------- plumbing

    def _call(self, what: str, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """One SDK call; Xero's refusals (400, 403…) become an ERPError with Xero's message."""
        try:
            return fn(self.tenant, *args, **kwargs)
        except NotFoundException:
            raise
        except HTTPStatusException as exc:
            raise xero_error(exc, what) from None

    def _pages(self, what: str, fn: Callable[..., Any], attr: str, limit: int | None = None, **kwargs) -> list[Any]:
        rows: list[Any] = []
        page = 1
        while True:
            batch = getattr(self._call(what, fn, page=page, **kwargs), attr) or []
            rows.extend(batch)
            if len(batch) < PAGE or (limit and len(rows) >= limit):
                return rows[:limit] if limit else rows
            page += 1

    def _base_currency(self) -> str:
        if self._currency is None:
            orgs = self._call("reading the organisation", self.api.get_organisations).organisations or []
            self._currency = (text(orgs[0].base_currency) if orgs else None) or "USD"
        return self._currency

    def _all_accounts(self, refresh: bool = False) -> list[Any]:
        if self._accounts is None or refresh:
            self._accounts = self._call("reading the chart of accounts", self.api.get_accounts).accounts or []
        return self._accounts

    def _account(self, code: str | None, line: str) -> str:
        """The Xero account code for a bill line's account: by Code, then Name (case-insensitive)."""
        if not code:
            raise ERPError(f"bill line {line!r} has no expense account")
        for refresh in (False, True):
            for attr in ("code", "name"):
                hits = [a for a in self._all_accounts(refresh)
                        if str(getattr(a, attr) or "").strip().casefold() == code.strip().casefold()]
                if hits:
                    if text(hits[0].status) != "ACTIVE":
                        raise ERPError(f"account {code} is archived in Xero")
                    if not hits[0].code:
                        raise ERPError(f"Xero account {code} has no code to post to")
                    return hits[0].code
        raise ERPError(f"account {code} is not in the Xero chart of accounts")

    def _contacts(self) -> list[Any]:
        return self._pages("reading contacts", self.api.get_contacts, "contacts", include_archived=True)

    # ----------------------------------------------------------------- master data

    def list_vendors(self) -> list[Vendor]:
        currency = self._base_currency()
        return [to_vendor(c, currency) for c in self._contacts() if is_vendor(c)]

    def vendor_lookup(self) -> ListVendorLookup:
        """Xero has no indexed tax-id or bank-account search: match over the list."""
        return ListVendorLookup(self.list_vendors())

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        if not is_guid(vendor_id):
            return None
        try:
            contacts = self._call("reading a contact", self.api.get_contact, str(vendor_id).strip()).contacts or []
        except NotFoundException:
            return None
        return to_vendor(contacts[0], self._base_currency()) if contacts else None

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """A supplier contact with the approved tax number and bank details; its ContactNumber
        carries the key, so a second call (or a restart) finds it instead of adding another."""
        number = contact_number(idempotency_key)
        found = self._call("looking for the vendor", self.api.get_contacts, where=f'ContactNumber=="{number}"',
                           include_archived=True).contacts or []
        if not found:
            contact = build_vendor(payload, idempotency_key)
            found = self._call(f"creating vendor {payload.get('name')!r}", self.api.create_contacts,
                               Contacts(contacts=[contact]), summarize_errors=True,
                               idempotency_key=f"{idempotency_key}-contact").contacts or []
        if not found:
            raise XeroError(f"creating vendor {payload.get('name')!r} returned no contact")
        return to_vendor(found[0], self._base_currency())

    def list_accounts(self) -> list[GLAccount]:
        return [to_gl_account(a) for a in self._all_accounts(refresh=True)]

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        number = _plain(number, "purchase order")
        if not number:
            return None
        try:
            rows = self._call("reading a purchase order", self.api.get_purchase_order_by_number,
                              number).purchase_orders or []
        except NotFoundException:
            return None
        return to_purchase_order(rows[0], number, po_receipts=self._po_receipts) if rows else None

    # ----------------------------------------------------------------- bills

    def _bills_of(self, vendor_id: str, invoice_number: str | None = None, statuses: list[str] | None = None
                  ) -> list[Any]:
        kwargs: dict[str, Any] = {"where": 'Type=="ACCPAY"', "contact_i_ds": [vendor_id]}
        if invoice_number and "," not in invoice_number:  # InvoiceNumbers is a comma-separated list
            kwargs["invoice_numbers"] = [invoice_number]
        if statuses:
            kwargs["statuses"] = statuses
        rows = self._pages("reading bills", self.api.get_invoices, "invoices", **kwargs)
        if invoice_number:
            rows = [b for b in rows if (b.invoice_number or "").strip() == invoice_number]
        return rows

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        if not is_guid(vendor_id):
            return []
        return [to_posted_bill(b) for b in self._bills_of(str(vendor_id).strip(), statuses=LIVE_BILL_STATUSES)]

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        hint = self._hints.get(idempotency_key) or (self._resolver(idempotency_key) if self._resolver else None)
        if hint and is_guid(hint[0]):
            for b in self._bills_of(hint[0], _plain(hint[1], "bill number")):
                if key_of(b) == idempotency_key:
                    return to_posted_bill(b)
        # No hint (or a stale one): the key is in the Url of a bill this app created; newest first.
        for b in self._pages("scanning bills", self.api.get_invoices, "invoices", limit=self._scan_limit,
                             where='Type=="ACCPAY"', created_by_my_app=True, order="UpdatedDateUTC DESC"):
            if key_of(b) == idempotency_key:
                return to_posted_bill(b)
        return None

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        doc_number = _plain(draft.invoice_number, "bill number")
        if not doc_number:
            raise ERPError("the bill has no invoice number (Xero InvoiceNumber)")
        if not is_guid(draft.vendor_id):
            raise ERPError(f"vendor {draft.vendor_id!r} is not a Xero contact id")
        self._hints[idempotency_key] = (draft.vendor_id, doc_number)

        for existing in self._bills_of(draft.vendor_id, doc_number):
            if key_of(existing) == idempotency_key:
                log.info("bill for key %s already in Xero as %s; not posting again", idempotency_key,
                         existing.invoice_id)
                bill = to_posted_bill(existing)
                self._attach(bill.id, doc_number, attachment, idempotency_key)
                return bill
            if text(existing.status) in LIVE_BILL_STATUSES:
                raise ERPError(f"Xero already has bill {existing.invoice_id} numbered {doc_number} for vendor "
                               f"{draft.vendor_name or draft.vendor_id}; not posting it twice")

        bill = build_bill(draft, doc_number, idempotency_key, account_for=self._account, link_base=self._link_base,
                          status=self._bill_status, tax_account=self._tax_account)
        created = self._call(f"posting bill {doc_number}", self.api.create_invoices, Invoices(invoices=[bill]),
                             summarize_errors=True, unitdp=4, idempotency_key=idempotency_key).invoices or []
        if not created:
            raise XeroError(f"posting bill {doc_number} returned no invoice")
        posted = to_posted_bill(created[0])
        log.info("posted bill %s to Xero as %s", doc_number, posted.id)
        self._attach(posted.id, doc_number, attachment, idempotency_key)
        return posted

    def _attach(self, bill_id: str, doc_number: str, pdf: bytes | None, key: str) -> None:
        """The invoice PDF as an attachment on the bill, once (checked, then Idempotency-Key)."""
        if not pdf:
            return
        file_name = attachment_name(doc_number)
        try:
            existing = self._call("reading attachments", self.api.get_invoice_attachments, bill_id).attachments or []
            if any(a.file_name == file_name for a in existing):
                return
            self._call("attaching the invoice PDF", self.api.create_invoice_attachment_by_file_name, bill_id,
                       file_name, pdf, include_online=False, idempotency_key=f"{key}-att")
        except (ERPError, NotFoundException) as exc:
            # The bill is posted; a missing attachment must not turn that into a failure (or a re-post).
            log.warning("bill %s posted, but attaching the PDF failed: %s", bill_id, exc)

    # ----------------------------------------------------------------- receivables

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        customers = [to_customer(c) for c in self._contacts() if text(c.contact_status) == "ACTIVE"]
        if normalize_id(tax_id):
            for c in customers:
                if c.tax_id and normalize_id(c.tax_id) == normalize_id(tax_id):
                    return c
        if normalize_name(name):
            for c in customers:
                if normalize_name(c.name) == normalize_name(name):
                    return c
        return None

    def _create_customer(self, customer: Customer, key: str) -> str:
        found = self.find_customer(tax_id=customer.tax_id, name=customer.name)
        if found:
            return found.id
        created = self._call(f"creating customer {customer.name!r}", self.api.create_contacts,
                             Contacts(contacts=[build_customer(customer, key)]), summarize_errors=True,
                             idempotency_key=f"{key}-customer").contacts or []
        if not created:
            raise XeroError(f"creating customer {customer.name!r} returned no contact")
        return str(created[0].contact_id)

    def _item_codes(self, products: list[str]) -> dict[str, str]:
        items = self._call("reading items", self.api.get_items).items or []
        codes: dict[str, str] = {}
        for product in products:
            hit = next((i for i in items if (i.name or "").strip().casefold() == product.strip().casefold()
                        or (i.code or "").strip().casefold() == product.strip().casefold()), None)
            if hit is None or not hit.code:
                raise ERPError(f"product {product!r} is not an item in Xero")
            codes[product] = hit.code
        return codes

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        if draft.customer_id:
            customer_id = draft.customer_id
        elif draft.customer:
            customer_id = self._create_customer(draft.customer, idempotency_key)
        else:
            raise ERPError("the invoice names neither a customer id nor a new customer")
        if not is_guid(customer_id):
            raise ERPError(f"customer {customer_id!r} is not a Xero contact id")
        for inv in self._pages("reading invoices", self.api.get_invoices, "invoices", where='Type=="ACCREC"',
                               contact_i_ds=[customer_id]):
            if key_of(inv) == idempotency_key:
                return to_sales_invoice(inv)
        if not draft.lines:
            raise ERPError("the invoice has no lines")
        codes = self._item_codes([sl.product for sl in draft.lines])
        invoice = build_invoice(draft, customer_id, idempotency_key, codes, self._link_base)
        created = self._call("creating the invoice", self.api.create_invoices, Invoices(invoices=[invoice]),
                             summarize_errors=True, unitdp=4, idempotency_key=f"{idempotency_key}-inv").invoices or []
        if not created:
            raise XeroError("creating the invoice returned no invoice")
        return to_sales_invoice(created[0])

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        where = f'Type=="ACCREC" AND Date>={_day(start)} AND Date<={_day(end)}'
        return [to_sales_invoice(i) for i in self._pages("reading invoices", self.api.get_invoices, "invoices",
                                                         where=where)
                if text(i.status) not in ("DELETED", "VOIDED")]

    def payments(self, start: date, end: date) -> list[Payment]:
        where = f"Date>={_day(start)} AND Date<={_day(end)}"
        found = (to_payment(p) for p in self._pages("reading payments", self.api.get_payments, "payments",
                                                     where=where))
        return [p for p in found if p is not None]
