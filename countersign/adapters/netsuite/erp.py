"""NetSuiteERP: the ERP port on SuiteTalk REST web services (`NetSuiteClient`).

Bills are vendorBill records, vendors vendor records, purchase orders purchaseOrder records with
NetSuite's own received quantities (a three-way match). Exactly once is NetSuite's own: every
write is an upsert, `PUT /record/v1/vendorBill/eid:<the proposal's key>`, so a repeat (a retry
after a lost answer, a second worker, a restart) updates the one bill that external id names
instead of adding a second. Around it:

1. before writing, `GET vendorBill/eid:<key>`: found → it is returned and nothing is sent;
2. a bill of another key with the same vendor and bill number (tranId) is refused: NetSuite's
   duplicate-number check is a preference a company may switch off;
3. after the upsert, the bill is read back by its external id.

Reads of lists are SuiteQL (one request a page, not one per record); single records are read
with their sublists. The invoice PDF is attached through a small RESTlet the customer deploys
(netsuite/attach_restlet.js): REST records have no attach operation. Receivables live in sales.py.
"""

from __future__ import annotations

import base64
import logging
import re
from typing import Any

from countersign.adapters.netsuite.client import RECORD, NetSuiteClient, NetSuiteError, eid, sql_id, sql_text
from countersign.adapters.netsuite.mapping import (
    bill_body,
    ref,
    to_gl_account,
    to_posted_bill,
    to_purchase_order,
    to_vendor,
    truthy,
)
from countersign.adapters.netsuite.sales import NetSuiteSales
from countersign.domain import BillDraft, GLAccount, PostedBill, PurchaseOrder, Vendor, normalize_id
from countersign.ports import ERPError, ListVendorLookup

log = logging.getLogger(__name__)

class NetSuiteERP(NetSuiteSales):
    name = "NetSuite"

    def __init__(self, client: NetSuiteClient, *, iban_field: str | None = None, subsidiary: str | None = None,
                 attach_restlet: str | None = None, file_folder: str | None = None, tax_account: str | None = None):
        """`iban_field`: the vendor field holding the IBAN (NetSuite has none of its own; the Electronic
        Bank Payments SuiteApp or a custom field does), so the bank-detail rule can block. `subsidiary`:
        for vendors and customers countersign creates (OneWorld); a bill takes its PO's or its vendor's.
        `attach_restlet`: the deployed attach RESTlet's URL, `file_folder` the File Cabinet folder."""
        self.client = client
        self._iban_field = iban_field
        self._subsidiary = subsidiary
        self._restlet = attach_restlet
        self._folder = file_folder
        self._tax_account = tax_account
        self._currencies: dict[str, str] | None = None
        self._accounts: list[dict] | None = None
        self._items: list[dict] | None = None

    # ----------------------------------------------------------------- plumbing

    def _record(self, kind: str, ident: str, what: str) -> dict | None:
        return self.client.get_or_none(f"{RECORD}/{kind}/{ident}", {"expandSubResources": "true"}, what)

    def _currency_map(self) -> dict[str, str]:
        if self._currencies is None:
            rows = self.client.suiteql("SELECT id, symbol FROM currency", "reading currencies")
            self._currencies = {str(r["id"]): str(r["symbol"]) for r in rows}
        return self._currencies

    def _currency_code(self, currency_id: str | None) -> str:
        return self._currency_map().get(str(currency_id), "USD") if currency_id else "USD"

    def _currency_id(self, code: str) -> str:
        for cid, symbol in self._currency_map().items():
            if symbol.upper() == code.strip().upper():
                return cid
        raise ERPError(f"currency {code} is not set up in NetSuite")

    def _all_accounts(self, refresh: bool = False) -> list[dict]:
        if self._accounts is None or refresh:
            self._accounts = self.client.suiteql("SELECT id, acctnumber, fullname, isinactive FROM account",
                                                 "reading the chart of accounts")
        return self._accounts

    def _account_code(self, account_id: str | None) -> str | None:
        if not account_id:
            return None
        row = next((a for a in self._all_accounts() if str(a["id"]) == str(account_id)), None)
        return str(row.get("acctnumber") or row.get("fullname")) if row else None

    def _account_id(self, code: str | None, line: str) -> str:
        """The NetSuite account for a bill line's account: by number, then name (case-insensitive)."""
        if not code:
            raise ERPError(f"bill line {line!r} has no expense account")
        for refresh in (False, True):
            for column in ("acctnumber", "fullname"):
                hit = next((a for a in self._all_accounts(refresh)
                            if str(a.get(column) or "").strip().casefold() == code.strip().casefold()), None)
                if hit is not None:
                    if truthy(hit.get("isinactive")):
                        raise ERPError(f"account {code} is inactive in NetSuite")
                    return str(hit["id"])
        raise ERPError(f"account {code} is not in the NetSuite chart of accounts")

    def _all_items(self) -> list[dict]:
        if self._items is None:
            self._items = self.client.suiteql("SELECT id, itemid, expenseaccount FROM item", "reading items")
        return self._items

    # ----------------------------------------------------------------- master data

    def _vendor_columns(self) -> str:
        extra = f", {self._iban_field.lower()}" if self._iban_field and re.match(r"^\w+$", self._iban_field) else ""
        return f"id, entityid, companyname, isinactive, currency, taxidnum, expenseaccount{extra}"

    def _to_vendor(self, row: dict) -> Vendor:
        return to_vendor(row, currency_of=self._currency_code, code_of=self._account_code, iban_field=self._iban_field)

    def list_vendors(self) -> list[Vendor]:
        rows = self.client.suiteql(f"SELECT {self._vendor_columns()} FROM vendor ORDER BY id", "reading vendors")
        return [self._to_vendor(r) for r in rows]

    def vendor_lookup(self) -> ListVendorLookup:
        """SuiteQL could search by tax id, but IBANs live in a configurable field: match over the list."""
        return ListVendorLookup(self.list_vendors())

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        if not str(vendor_id).strip().isdigit():
            return None
        row = self._record("vendor", sql_id(vendor_id, "vendor"), "reading a vendor")
        return self._to_vendor(row) if row else None

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """Upsert by external id (the key): a second call, or a restart, finds the same vendor."""
        path = f"{RECORD}/vendor/eid:{eid(idempotency_key)}"
        found = self.client.get_or_none(path, what="looking for the vendor")
        if found is None:
            name = str(payload.get("name") or "").strip()
            if not name:
                raise ERPError("the vendor has no name")
            body: dict[str, Any] = {"companyName": name[:83], "isPerson": False}
            if payload.get("tax_id"):
                body["taxIdNum"] = str(payload["tax_id"]).strip()
            if payload.get("currency"):
                body["currency"] = {"id": self._currency_id(str(payload["currency"]))}
            if self._subsidiary:
                body["subsidiary"] = {"id": self._subsidiary}
            if payload.get("iban"):
                if not self._iban_field:
                    raise ERPError("NetSuite has no IBAN field of its own: set COUNTERSIGN_NETSUITE_VENDOR_IBAN_FIELD "
                                   "to the vendor field that holds it, so the approved bank details are kept")
                body[self._iban_field] = normalize_id(payload["iban"])
            if payload.get("default_account"):
                body["expenseAccount"] = {"id": self._account_id(payload["default_account"], "vendor default")}
            self.client.request("PUT", path, body=body, what=f"creating vendor {name!r}")
            found = self.client.get(path, what="reading the vendor back")
        return self._to_vendor(found)

    def list_accounts(self) -> list[GLAccount]:
        return [to_gl_account(a) for a in self._all_accounts(refresh=True)]

    def _po_record(self, number: str) -> dict | None:
        rows = self.client.suiteql(f"SELECT id FROM transaction WHERE type = 'PurchOrd' AND tranid = "
                                   f"{sql_text(number.strip())}", "looking for a purchase order")
        return self._record("purchaseOrder", str(rows[0]["id"]), "reading a purchase order") if rows else None

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        po = self._po_record(number)
        if po is None:
            return None
        accounts = {str(i["id"]): str(i["expenseaccount"]) for i in self._all_items() if i.get("expenseaccount")}
        return to_purchase_order(po, code_of=self._account_code, item_accounts=accounts,
                                 currency_of=self._currency_code)

    # ----------------------------------------------------------------- bills

    def _bill_rows(self, where: str) -> list[dict]:
        return self.client.suiteql("SELECT id, tranid, entity, trandate, foreigntotal, currency, externalid, memo "
                                   f"FROM transaction WHERE type = 'VendBill' AND {where}", "reading bills")

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        if not str(vendor_id).strip().isdigit():
            return []
        rows = self._bill_rows(f"entity = {sql_id(vendor_id, 'vendor')}")
        return [to_posted_bill(r, self._currency_code) for r in rows]

    def _bill_by_eid(self, idempotency_key: str) -> dict | None:
        return self.client.get_or_none(f"{RECORD}/vendorBill/eid:{eid(idempotency_key)}", what="reading a bill")

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        bill = self._bill_by_eid(idempotency_key)
        return to_posted_bill(bill, self._currency_code) if bill else None

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        doc_number = draft.invoice_number.strip()
        if not doc_number:
            raise ERPError("the bill has no invoice number (NetSuite tranId)")
        path = f"{RECORD}/vendorBill/eid:{eid(idempotency_key)}"
        existing = self._bill_by_eid(idempotency_key)
        if existing is None:
            vendor_id = sql_id(draft.vendor_id, "vendor")
            vendor = self._record("vendor", vendor_id, "reading the vendor")
            if vendor is None:
                raise ERPError(f"vendor {draft.vendor_id} is not in NetSuite")
            for clash in self._bill_rows(f"entity = {vendor_id} AND tranid = {sql_text(doc_number)}"):
                raise ERPError(f"NetSuite already has bill {clash['id']} numbered {doc_number} for vendor "
                               f"{draft.vendor_name or draft.vendor_id}; not posting it twice")
            po = self._po_record(draft.po_number) if draft.po_number else None
            if draft.po_number and po is None:
                raise ERPError(f"purchase order {draft.po_number} is not in NetSuite")
            subsidiary = ref((po or {}).get("subsidiary")) or ref(vendor.get("subsidiary"))
            body = bill_body(draft, doc_number, idempotency_key, po=po, account_id=self._account_id,
                             currency_id=self._currency_id(draft.currency), subsidiary=subsidiary,
                             tax_account=self._tax_account)
            self.client.request("PUT", path, body=body, what=f"posting bill {doc_number}")
            existing = self.client.get(path, what="reading the bill back")
            log.info("posted bill %s to NetSuite as %s", doc_number, existing.get("id"))
        else:
            log.info("bill for key %s already in NetSuite as %s; not posting again", idempotency_key,
                     existing.get("id"))
        bill = to_posted_bill(existing, self._currency_code)
        self._attach(bill.id, doc_number, attachment)
        return bill

    def _attach(self, bill_id: str, doc_number: str, pdf: bytes | None) -> None:
        """The invoice PDF into the File Cabinet, attached to the bill, through the attach RESTlet (it
        returns the file it already made for this name, so a retry attaches nothing twice)."""
        if not pdf:
            return
        if not self._restlet:
            log.info("bill %s posted; no attach RESTlet configured, the PDF stays in countersign's store", bill_id)
            return
        name = f"invoice-{re.sub(r'[^A-Za-z0-9._-]+', '_', doc_number)[:60]}-{bill_id}.pdf"
        try:
            self.client.request("POST", self._restlet, body={
                "recordType": "vendorbill", "recordId": bill_id, "fileName": name, "folderId": self._folder,
                "contents": base64.b64encode(pdf).decode()}, what="attaching the invoice PDF")
        except NetSuiteError as exc:
            # The bill is posted; a missing attachment must not turn that into a failure (or a re-post).
            log.warning("bill %s posted, but attaching the PDF failed: %s", bill_id, exc)
