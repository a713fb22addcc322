"""IntacctERP: the ERP port on Sage Intacct's XML Web Services (`IntacctClient`).

Bills are AP bills (APBILL), vendors VENDOR, purchase orders PODOCUMENT "Purchase Order" with
their entries (QTY_CONVERTED: the quantity received, a three-way match), the PDF an attachment
(supporting document) referenced by the bill. Exactly once, in layers:

1. the bill's DESCRIPTION carries `countersign key=<key>`; before writing, the vendor's bills with
   that bill number (RECORDID) are read: one with the key is the bill (returned, nothing sent),
   one without it is a duplicate (refused);
2. the create runs under a control id derived from the key with `uniqueid=true`: Intacct itself
   refuses to run that request twice;
3. a create whose answer is lost is never resent blindly: the bill is looked for first, and only
   when it is not there is the same request (same control id) sent again.

Vendor creation and receivables (customers, AR invoices, payments) live in sales.py.
"""

from __future__ import annotations

import base64
import logging
from typing import Callable

from countersign.adapters.intacct.client import (
    DUPLICATE_CONTROL,
    IntacctClient,
    IntacctError,
    IntacctLostAnswer,
    IntacctUnavailable,
    control_id,
    el,
    quote,
)
from countersign.adapters.intacct.mapping import (
    BILL_FIELDS,
    bill_create,
    marks,
    to_gl_account,
    to_posted_bill,
    to_purchase_order,
    to_vendor,
)
from countersign.adapters.intacct.sales import IntacctSales
from countersign.domain import BillDraft, GLAccount, PostedBill, PurchaseOrder, Vendor
from countersign.ports import ERPError, ListVendorLookup

log = logging.getLogger(__name__)

VENDOR_FIELDS = ("RECORDNO,VENDORID,NAME,TAXID,STATUS,ONHOLD,CURRENCY,APACCOUNT,DISPLAYCONTACT.MAILADDRESS.ADDRESS1,"
                 "DISPLAYCONTACT.MAILADDRESS.CITY,DISPLAYCONTACT.MAILADDRESS.ZIP")


class IntacctERP(IntacctSales):
    name = "Sage Intacct"

    def __init__(self, client: IntacctClient, *, base_currency: str = "USD", iban_field: str | None = None,
                 supdoc_folder: str | None = None, tax_account: str | None = None,
                 revenue_account: str | None = None):
        """`iban_field`: the vendor field holding the IBAN (a custom field; Intacct's own bank fields are
        US ACH), so the bank-detail rule can block. `supdoc_folder`: the attachments folder for PDFs."""
        self.client = client
        self.base_currency = base_currency.upper()
        self._iban_field = iban_field.upper() if iban_field else None
        self._folder = supdoc_folder
        self._tax_account = tax_account
        self._revenue_account = revenue_account

    # ----------------------------------------------------------------- master data

    def _vendor_fields(self) -> str:
        return VENDOR_FIELDS + (f",{self._iban_field}" if self._iban_field and self._iban_field.isidentifier() else "")

    def _vendor(self, row: dict) -> Vendor:
        return to_vendor(row, iban_field=self._iban_field, base_currency=self.base_currency)

    def list_vendors(self) -> list[Vendor]:
        return [self._vendor(r) for r in self.client.query("VENDOR", "", self._vendor_fields(), "reading vendors")]

    def vendor_lookup(self) -> ListVendorLookup:
        return ListVendorLookup(self.list_vendors())

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        rows = self.client.query("VENDOR", f"VENDORID = {quote(vendor_id.strip())}", self._vendor_fields(),
                                 "reading a vendor")
        return self._vendor(rows[0]) if rows else None

    def list_accounts(self) -> list[GLAccount]:
        return [to_gl_account(a) for a in self.client.query("GLACCOUNT", "", "ACCOUNTNO,TITLE,STATUS",
                                                            "reading the chart of accounts")]

    def _po(self, number: str) -> tuple[dict, list[dict]] | None:
        rows = self.client.query("PODOCUMENT", f"DOCPARID = 'Purchase Order' AND DOCNO = {quote(number.strip())}",
                                 "RECORDNO,DOCNO,CUSTVENDID,CURRENCY,STATE,WHENCREATED,WHENMODIFIED",
                                 "looking for a purchase order")
        if not rows:
            return None
        entries = self.client.query("PODOCUMENTENTRY", f"DOCHDRNO = {quote(rows[0]['RECORDNO'])}",
                                    "LINE_NO,ITEMID,ITEMDESC,QUANTITY,PRICE,QTY_CONVERTED,GLACCOUNTNO,DEPARTMENTID",
                                    "reading the purchase order's lines")
        return rows[0], entries

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        found = self._po(number)
        return to_purchase_order(*found, base_currency=self.base_currency) if found else None

    # ----------------------------------------------------------------- bills

    def _bills(self, where: str) -> list[dict]:
        return self.client.query("APBILL", where, BILL_FIELDS, "reading bills")

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        return [to_posted_bill(b, base_currency=self.base_currency)
                for b in self._bills(f"VENDORID = {quote(vendor_id.strip())}")]

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        rows = self._bills(f"DESCRIPTION LIKE {quote('%key=' + idempotency_key + '%')}")
        hit = next((b for b in rows if marks(b.get("DESCRIPTION")).get("key") == idempotency_key), None)
        return to_posted_bill(hit, base_currency=self.base_currency) if hit else None

    def _existing(self, vendor_id: str, doc_number: str, key: str) -> dict | None:
        for b in self._bills(f"VENDORID = {quote(vendor_id)} AND RECORDID = {quote(doc_number)}"):
            if marks(b.get("DESCRIPTION")).get("key") == key:
                return b
            raise ERPError(f"Sage Intacct already has bill {b['RECORDNO']} numbered {doc_number} for vendor "
                           f"{vendor_id}; not posting it twice")
        return None

    def _check_before_write(self, vendor_id: str, doc_number: str, key: str) -> dict | None:
        return self._existing(vendor_id, doc_number, key)

    def _create_once(self, function, control: str, what: str, find: Callable[[], dict | None]) -> dict | None:
        """Run a create under `control` (uniqueid); after a lost answer, look (`find`) before resending."""
        policy = self.client.policy
        for attempt in range(1, policy.max_attempts + 1):
            try:
                self.client.call(function, what=what, control=control, unique=True)
                return find()
            except IntacctLostAnswer as lost:
                found = find()
                if found is not None:
                    return found
                if attempt >= policy.max_attempts:
                    why = (f"answered HTTP {lost.status} {attempt} times" if lost.status
                           else f"no answer after {attempt} attempts")
                    raise IntacctUnavailable(f"{what}: {why}; nothing was written, and the next attempt checks for "
                                             "it again before sending it with the same idempotency key",
                                             status=lost.status) from None
                policy.sleep(min(policy.delay(attempt, None), policy.max_wait))
            except IntacctError as exc:
                if exc.code == DUPLICATE_CONTROL:  # Intacct ran it before: it is there, or it failed then
                    found = find()
                    if found is not None:
                        return found
                    raise IntacctError(f"{what}: Intacct ran this request before and it wrote nothing; see the "
                                       "Intacct audit trail", code=exc.code) from None
                raise
        raise AssertionError("unreachable")

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        doc_number = draft.invoice_number.strip()
        if not doc_number:
            raise ERPError("the bill has no invoice number (Intacct bill number)")
        vendor_id = draft.vendor_id.strip()
        existing = self._check_before_write(vendor_id, doc_number, idempotency_key)
        if existing is None:
            if self.get_vendor(vendor_id) is None:
                raise ERPError(f"vendor {draft.vendor_id} is not in Sage Intacct")
            po = self._po(draft.po_number) if draft.po_number else None
            if draft.po_number and po is None:
                raise ERPError(f"purchase order {draft.po_number} is not in Sage Intacct")
            accounts = {line.line_no: line.account for line in to_purchase_order(
                *po, base_currency=self.base_currency).lines if line.account} if po else {}
            supdoc = self._attach(idempotency_key, doc_number, attachment)
            function = bill_create(draft, doc_number, idempotency_key, po_accounts=accounts, supdoc=supdoc,
                                   tax_account=self._tax_account)
            existing = self._create_once(function, control_id(idempotency_key, "bill"), f"posting bill {doc_number}",
                                         lambda: self._existing(vendor_id, doc_number, idempotency_key))
            if existing is None:
                raise ERPError(f"Sage Intacct accepted bill {doc_number} but does not find it")
            log.info("posted bill %s to Sage Intacct as %s", doc_number, existing.get("RECORDNO"))
        return to_posted_bill(existing, base_currency=self.base_currency)

    def _attach(self, key: str, doc_number: str, pdf: bytes | None) -> str | None:
        """The PDF as a supporting document (attachment) the bill references; its id comes from the key,
        so a retry finds it instead of uploading it twice. A failure posts the bill without it."""
        if not pdf or not self._folder:
            return None
        supdoc = control_id(key, "doc")[:20]
        try:
            self.client.call(el("create_supdoc", None, el("supdocid", supdoc), el("supdocname", doc_number[:60]),
                                el("supdocfoldername", self._folder),
                                el("attachments", None, el("attachment", None, el("attachmentname", doc_number[:60]),
                                                           el("attachmenttype", "pdf"),
                                                           el("attachmentdata", base64.b64encode(pdf).decode())))),
                             what="attaching the invoice PDF", control=control_id(key, "doc"), unique=True)
        except IntacctError as exc:
            if exc.code != DUPLICATE_CONTROL:
                log.warning("attaching the PDF of bill %s failed, posting without it: %s", doc_number, exc)
                return None
        return supdoc
