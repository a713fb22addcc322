"""BusinessCentralERP: the ERP port on the Business Central API v2.0 (`BCClient`).

Bills are purchaseInvoices with their purchaseInvoiceLines, vendors are vendors, purchase orders
purchaseOrders with the received quantity per line (a three-way match), the PDF a
documentAttachment on the invoice. The API has no idempotency key, so exactly once is
check-before-write with the key stored on the document:

1. the key goes on the invoice itself, as a comment line (`countersign key=<key>`), in the same
   request that creates it (a deep insert: header and lines at once, or nothing);
2. before writing, the vendor's invoices with that vendor invoice number are read: one carrying
   the key is the bill (returned, nothing sent); one without it is a duplicate (refused);
3. a create whose answer is lost (timeout, dropped connection, 5xx) is never resent blindly: the
   document is looked for again first, and only when it is not there is the create sent again,
   up to the client's attempts, then `ERPUnavailable` (the post waits for its next attempt, which
   starts at step 2).

`find_bill_by_key` knows where to look from the bill proposal (vendor, invoice number: the
`key_resolver`), else scans the newest invoices for the key's comment line. Receivables live in
sales.py.
"""

from __future__ import annotations

import logging
import re
from typing import Callable

from countersign.adapters.businesscentral.client import (
    BCClient,
    BCError,
    BCLostAnswer,
    BCUnavailable,
    is_guid,
    odata_guid,
    odata_text,
)
from countersign.adapters.businesscentral.mapping import (
    bill_body,
    key_mark,
    marks,
    to_gl_account,
    to_posted_bill,
    to_purchase_order,
    to_vendor,
    vendor_body,
)
from countersign.adapters.businesscentral.sales import BusinessCentralSales
from countersign.domain import BillDraft, GLAccount, PostedBill, PurchaseOrder, Vendor, normalize_id, normalize_name
from countersign.ports import ERPError, ListVendorLookup

log = logging.getLogger(__name__)

KeyResolver = Callable[[str], "tuple[str, str] | None"]
LINES = {"$expand": "purchaseInvoiceLines"}


class BusinessCentralERP(BusinessCentralSales):
    name = "Business Central"

    def __init__(self, client: BCClient, *, local_currency: str = "USD", bank_api: str | None = None,
                 key_resolver: KeyResolver | None = None, scan_limit: int = 500, post_invoices: bool = False):
        """`local_currency`: the company's LCY (what a blank currency code means). `bank_api`: the route
        (`publisher/group/version`) of the vendorBankAccounts API page the customer publishes (the
        standard API v2.0 has no vendor bank accounts), so the bank-detail rule can block."""
        self.client = client
        self.lcy = local_currency.upper()
        self._bank_api = bank_api.strip("/") if bank_api else None
        self._resolver = key_resolver
        self._scan_limit = scan_limit
        self._hints: dict[str, tuple[str, str]] = {}
        self._post = post_invoices

    # ----------------------------------------------------------------- master data

    def _bank_rows(self, vendor_number: str | None = None) -> list[dict]:
        if not self._bank_api:
            return []
        path = f"{self.client.api_root}/{self._bank_api}/companies({self.client.company_id})/vendorBankAccounts"
        params = {"$filter": f"vendorNumber eq {odata_text(vendor_number)}"} if vendor_number else None
        return self.client.rows(path, params, "reading vendor bank accounts")

    @staticmethod
    def _ibans(rows: list[dict]) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in sorted(rows, key=lambda r: str(r.get("code") or "")):
            if row.get("iban"):
                out.setdefault(str(row.get("vendorNumber")), str(row["iban"]))
        return out

    def list_vendors(self) -> list[Vendor]:
        ibans = self._ibans(self._bank_rows())
        return [to_vendor(v, lcy=self.lcy, iban=ibans.get(str(v.get("number"))))
                for v in self.client.rows("/vendors", None, "reading vendors")]

    def vendor_lookup(self) -> ListVendorLookup:
        return ListVendorLookup(self.list_vendors())

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        if not is_guid(vendor_id):
            return None
        v = self.client.get_or_none(f"/vendors({odata_guid(vendor_id, 'vendor')})", what="reading a vendor")
        if v is None:
            return None
        return to_vendor(v, lcy=self.lcy, iban=self._ibans(self._bank_rows(str(v.get("number")))).get(
            str(v.get("number"))))

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """Check-before-write by tax id, then name: a second call, or a restart, finds the same vendor."""
        body = vendor_body(payload, self.lcy)
        if payload.get("iban") and not self._bank_api:
            raise ERPError("Business Central's API has no vendor bank accounts: publish the vendorBankAccounts "
                           "API page and set COUNTERSIGN_BC_VENDOR_BANK_API, so the approved bank details are kept")
        vendors = self.list_vendors()
        found = next((v for v in vendors if body.get("taxRegistrationNumber") and v.tax_id
                      and normalize_id(v.tax_id) == normalize_id(body["taxRegistrationNumber"])), None) or next(
            (v for v in vendors if normalize_name(v.name) == normalize_name(body["displayName"])), None)
        if found is None:
            by_name = {"$filter": f"displayName eq {odata_text(body['displayName'])}"}
            made = self._create("/vendors", body, f"creating vendor {body['displayName']!r}",
                                lambda: next(iter(self.client.rows("/vendors", by_name, "looking up")), None))
            found = to_vendor(made, lcy=self.lcy, iban=None)
        if payload.get("iban") and normalize_id(found.iban) != normalize_id(payload["iban"]):
            number = self.client.get(f"/vendors({found.id})", what="reading the vendor")["number"]
            path = f"{self.client.api_root}/{self._bank_api}/companies({self.client.company_id})/vendorBankAccounts"
            self._create(path, {"vendorNumber": number, "code": "COUNTERSIGN", "iban": normalize_id(payload["iban"])},
                         "adding the vendor's bank account", lambda: next(iter(self._bank_rows(number)), None))
            found = self.get_vendor(found.id) or found
        return found

    def list_accounts(self) -> list[GLAccount]:
        return [to_gl_account(a) for a in self.client.rows("/accounts", None, "reading the chart of accounts")]

    def _po(self, number: str) -> dict | None:
        rows = self.client.rows("/purchaseOrders", {"$filter": f"number eq {odata_text(number.strip())}",
                                                    "$expand": "purchaseOrderLines"}, "looking for a purchase order")
        return rows[0] if rows else None

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        po = self._po(number)
        return to_purchase_order(po, lcy=self.lcy) if po else None

    # ----------------------------------------------------------------- bills

    def _invoices(self, vendor_id: str, doc_number: str | None = None) -> list[dict]:
        where = f"vendorId eq {odata_guid(vendor_id, 'vendor')}"
        if doc_number is not None:
            where += f" and vendorInvoiceNumber eq {odata_text(doc_number)}"
        return self.client.rows("/purchaseInvoices", {"$filter": where, **LINES}, "reading purchase invoices")

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        if not is_guid(vendor_id):
            return []
        return [to_posted_bill(b, lcy=self.lcy) for b in self._invoices(vendor_id)]

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        mark = key_mark(idempotency_key)
        hint = self._hints.get(idempotency_key) or (self._resolver(idempotency_key) if self._resolver else None)
        if hint and is_guid(hint[0]):
            for b in self._invoices(hint[0], hint[1]):
                if marks(b.get("purchaseInvoiceLines")).get("key") == mark:
                    return to_posted_bill(b, lcy=self.lcy)
        # No hint (or a stale one): the newest invoices, for the key's comment line.
        for b in self.client.rows("/purchaseInvoices", {"$orderby": "lastModifiedDateTime desc", **LINES},
                                  "scanning purchase invoices", limit=self._scan_limit):
            if marks(b.get("purchaseInvoiceLines")).get("key") == mark:
                return to_posted_bill(b, lcy=self.lcy)
        return None

    def _existing(self, vendor_id: str, doc_number: str, key: str, vendor_name: str) -> dict | None:
        """The invoice this key already wrote; a duplicate of the number under another key is refused."""
        for b in self._invoices(vendor_id, doc_number):
            if marks(b.get("purchaseInvoiceLines")).get("key") == key_mark(key):
                return b
            raise ERPError(f"Business Central already has purchase invoice {b.get('number') or b['id']} with vendor "
                           f"invoice number {doc_number} for {vendor_name}; not posting it twice")
        return None

    def _create(self, path: str, body: dict, what: str, find: Callable[[], dict | None]) -> dict:
        """POST a create; on a lost answer, look (`find`) before sending it again."""
        policy = self.client.policy
        for attempt in range(1, policy.max_attempts + 1):
            try:
                return self.client.post(path, body, what)
            except BCLostAnswer as lost:
                found = find()
                if found is not None:
                    log.info("%s: the answer was lost but the record was written; not sending it again", what)
                    return found
                if attempt >= policy.max_attempts:
                    why = (f"answered HTTP {lost.status} {attempt} times" if lost.status
                           else f"no answer after {attempt} attempts")
                    raise BCUnavailable(f"{what}: {why}; nothing was written, and the next attempt checks for the "
                                        "document again before sending it with the same idempotency key",
                                        status=lost.status) from None
                log.warning("%s: %s, not written; sending again (attempt %d)", what, lost, attempt)
                policy.sleep(min(policy.delay(attempt, None), policy.max_wait))
        raise AssertionError("unreachable")

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        doc_number = draft.invoice_number.strip()
        if not doc_number:
            raise ERPError("the bill has no invoice number (Business Central vendor invoice number)")
        if len(doc_number) > 35:
            raise ERPError(f"invoice number {doc_number!r} is longer than Business Central's 35 characters")
        if not is_guid(draft.vendor_id):
            raise ERPError(f"vendor {draft.vendor_id!r} is not a Business Central vendor id")
        self._hints[idempotency_key] = (draft.vendor_id, doc_number)
        name = draft.vendor_name or draft.vendor_id
        existing = self._existing(draft.vendor_id, doc_number, idempotency_key, name)
        if existing is None:
            if self.client.get_or_none(f"/vendors({odata_guid(draft.vendor_id, 'vendor')})",
                                       what="reading the vendor") is None:
                raise ERPError(f"vendor {draft.vendor_id} is not in Business Central")
            po = self._po(draft.po_number) if draft.po_number else None
            if draft.po_number and po is None:
                raise ERPError(f"purchase order {draft.po_number} is not in Business Central")
            body = bill_body(draft, doc_number, idempotency_key, po=po, lcy=self.lcy)
            created = self._create("/purchaseInvoices", body, f"posting bill {doc_number}",
                                   lambda: self._existing(draft.vendor_id, doc_number, idempotency_key, name))
            existing = self._existing(draft.vendor_id, doc_number, idempotency_key, name) or created
            log.info("posted bill %s to Business Central as %s", doc_number, existing.get("id"))
        else:
            log.info("bill for key %s already in Business Central as %s; not posting again", idempotency_key,
                     existing.get("id"))
        bill = to_posted_bill(existing, lcy=self.lcy)
        self._attach(bill.id, doc_number, attachment)
        if self._post and str(existing.get("status") or "Draft") == "Draft":
            self._post_invoice(bill.id, doc_number)
        return bill

    def _post_invoice(self, invoice_id: str, doc_number: str) -> None:
        """Post the draft (the bound action Microsoft.NAV.post), after the attachment so it travels with
        it. Posting twice is refused by Business Central, so a lost answer is checked by the status."""
        path = f"/purchaseInvoices({odata_guid(invoice_id, 'bill')})"
        try:
            self.client.request("POST", f"{path}/Microsoft.NAV.post", what=f"posting purchase invoice {doc_number}",
                                unsafe=True)
        except BCLostAnswer:
            current = self.client.get_or_none(path, what="reading the invoice's status")
            if current is None or str(current.get("status") or "Draft") == "Draft":
                raise
        log.info("purchase invoice %s posted in Business Central", doc_number)

    def _attach(self, bill_id: str, doc_number: str, pdf: bytes | None) -> None:
        """The PDF as a documentAttachment of the invoice: the record, then its content. Looked for by
        file name first, so a retry attaches nothing twice. A failure leaves the bill posted."""
        if not pdf:
            return
        name = f"invoice-{re.sub(r'[^A-Za-z0-9._-]+', '_', doc_number)[:60]}.pdf"
        try:
            rows = self.client.rows("/documentAttachments", {
                "$filter": f"parentId eq {odata_guid(bill_id, 'bill')} and fileName eq {odata_text(name)}"},
                "looking for the attachment")
            if rows:
                return
            made = self._create("/documentAttachments", {"fileName": name, "parentType": "Purchase Invoice",
                                                         "parentId": bill_id}, "attaching the invoice PDF",
                                lambda: next(iter(self.client.rows("/documentAttachments", {
                                    "$filter": f"parentId eq {bill_id} and fileName eq {odata_text(name)}"})), None))
            self.client.request("PATCH", f"/documentAttachments({made['id']})/attachmentContent", raw=pdf,
                                headers={"Content-Type": "application/octet-stream", "If-Match": "*"},
                                what="uploading the invoice PDF")
        except BCError as exc:
            log.warning("bill %s posted, but attaching the PDF failed: %s", bill_id, exc)
