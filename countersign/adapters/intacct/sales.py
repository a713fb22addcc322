"""Sage Intacct receivables for sync_order and reconcile, and vendor creation: customers, AR
invoices (ARINVOICE, lines on the revenue account with the product in the memo) and the payments
applied to them (ARPYMTDETAIL). Writes run once, like bills: a key-derived control id with
uniqueid=true, a look before writing (the key is in the invoice's DESCRIPTION; a created customer
or vendor has an id derived from the key) and a look after a lost answer."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from countersign.adapters.intacct.client import control_id, el, quote
from countersign.adapters.intacct.mapping import MARK, day, dec, marks, us_date
from countersign.adapters.wire import exact
from countersign.domain import Customer, Payment, SalesInvoice, SalesInvoiceDraft, Vendor, normalize_id, normalize_name
from countersign.ports import ERPError

CUSTOMER_FIELDS = "CUSTOMERID,NAME,TAXID,STATUS,DISPLAYCONTACT.EMAIL1,DISPLAYCONTACT.MAILADDRESS.ADDRESS1," \
                  "DISPLAYCONTACT.TAXABLE"
INVOICE_FIELDS = "RECORDNO,CUSTOMERID,RECORDID,WHENCREATED,WHENDUE,TOTALENTERED,TOTALDUE,CURRENCY,DESCRIPTION"


def record_id(key: str, prefix: str) -> str:
    """A customer or vendor id derived from the key (Intacct ids are at most 20 characters)."""
    return prefix + hashlib.sha256(key.encode()).hexdigest()[:12].upper()


class IntacctSales:
    """Mixed into IntacctERP, which provides the client, the base currency, vendors and `_create_once`."""

    client: Any
    base_currency: str
    _revenue_account: str | None
    _iban_field: str | None

    def _create_once(self, function, control: str, what: str,  # noqa: E704 - provided by IntacctERP
                     find: Callable[[], dict | None]) -> dict | None: ...

    def list_vendors(self) -> list[Vendor]: ...  # noqa: E704

    def get_vendor(self, vendor_id: str) -> Vendor | None: ...  # noqa: E704

    # ----------------------------------------------------------------- vendors

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        name = str(payload.get("name") or "").strip()
        if not name:
            raise ERPError("the vendor has no name")
        if payload.get("iban") and not self._iban_field:
            raise ERPError("Sage Intacct keeps IBANs in a vendor custom field: set "
                           "COUNTERSIGN_INTACCT_VENDOR_IBAN_FIELD, so the approved bank details are kept")
        vendor_id = record_id(idempotency_key, "CS")
        found = self.get_vendor(vendor_id) or next(
            (v for v in self.list_vendors() if (payload.get("tax_id") and v.tax_id and normalize_id(v.tax_id)
                                                == normalize_id(payload["tax_id"]))
             or normalize_name(v.name) == normalize_name(name)), None)
        if found is not None:
            return found
        body = el("VENDOR", None, el("VENDORID", vendor_id), el("NAME", name[:100]),
                  el("DISPLAYCONTACT", None, el("PRINTAS", name[:100])))
        if payload.get("tax_id"):
            body.append(el("TAXID", str(payload["tax_id"]).strip()))
        if payload.get("currency"):
            body.append(el("CURRENCY", str(payload["currency"]).upper()))
        if payload.get("iban"):
            body.append(el(str(self._iban_field), normalize_id(payload["iban"])))
        self._create_once(el("create", None, body), control_id(idempotency_key, "vendor"),
                          f"creating vendor {name!r}", lambda: self._vendor_row(vendor_id))
        made = self.get_vendor(vendor_id)
        if made is None:
            raise ERPError(f"Sage Intacct accepted vendor {name!r} but does not find it")
        return made

    def _vendor_row(self, vendor_id: str) -> dict | None:
        return {"VENDORID": vendor_id} if self.get_vendor(vendor_id) else None

    # ----------------------------------------------------------------- customers

    def _customers(self, where: str = "") -> list[Customer]:
        return [Customer(id=str(c["CUSTOMERID"]), name=str(c.get("NAME") or ""), tax_id=c.get("TAXID") or None,
                         billing_email=c.get("DISPLAYCONTACT.EMAIL1") or None,
                         billing_address=c.get("DISPLAYCONTACT.MAILADDRESS.ADDRESS1") or None,
                         tax_exempt=str(c.get("DISPLAYCONTACT.TAXABLE", "true")).lower() == "false")
                for c in self.client.query("CUSTOMER", where, CUSTOMER_FIELDS, "reading customers")]

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        customers = [c for c in self._customers("STATUS = 'active'")]
        if normalize_id(tax_id):
            hit = next((c for c in customers if c.tax_id and normalize_id(c.tax_id) == normalize_id(tax_id)), None)
            if hit:
                return hit
        if normalize_name(name):
            return next((c for c in customers if normalize_name(c.name) == normalize_name(name)), None)
        return None

    def _customer_id(self, draft: SalesInvoiceDraft, key: str) -> str:
        if draft.customer_id:
            return draft.customer_id
        new = draft.customer
        if new is None:
            raise ERPError("the invoice names neither a customer id nor a new customer")
        found = self.find_customer(tax_id=new.tax_id, name=new.name)
        if found:
            return found.id
        customer_id = record_id(key, "CS")
        contact = el("DISPLAYCONTACT", None, el("PRINTAS", new.name[:100]),
                     el("TAXABLE", "false" if new.tax_exempt else "true"))
        if new.billing_email:
            contact.append(el("EMAIL1", new.billing_email))
        body = el("CUSTOMER", None, el("CUSTOMERID", customer_id), el("NAME", new.name[:100]), contact)
        if new.tax_id:
            body.append(el("TAXID", new.tax_id))
        self._create_once(el("create", None, body), control_id(key, "customer"), f"creating customer {new.name!r}",
                          lambda: {"id": customer_id} if self._customers(f"CUSTOMERID = {quote(customer_id)}")
                          else None)
        return customer_id

    # ----------------------------------------------------------------- invoices and payments

    def _to_invoice(self, row: dict) -> SalesInvoice:
        m = marks(row.get("DESCRIPTION"))
        total = dec(row.get("TOTALENTERED")) or Decimal(0)
        due = dec(row.get("TOTALDUE"))
        return SalesInvoice(id=str(row["RECORDNO"]), customer_id=str(row.get("CUSTOMERID") or ""),
                            doc_number=str(row.get("RECORDID") or row["RECORDNO"]), opportunity_id=m.get("opportunity"),
                            invoice_date=day(row.get("WHENCREATED")) or date.min, due_date=day(row.get("WHENDUE")),
                            currency=str(row.get("CURRENCY") or self.base_currency), total=total,
                            balance=due if due is not None else total, idempotency_key=m.get("key"))

    def _invoice_by_key(self, key: str) -> dict | None:
        rows = self.client.query("ARINVOICE", f"DESCRIPTION LIKE {quote('%key=' + key + '%')}", INVOICE_FIELDS,
                                 "looking for the invoice")
        return next((r for r in rows if marks(r.get("DESCRIPTION")).get("key") == key), None)

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        existing = self._invoice_by_key(idempotency_key)
        if existing is None:
            if not draft.lines:
                raise ERPError("the invoice has no lines")
            if not self._revenue_account:
                raise ERPError("set COUNTERSIGN_INTACCT_REVENUE_ACCOUNT: the GL account AR invoice lines post to")
            customer_id = self._customer_id(draft, idempotency_key)
            text = f"{MARK} key={idempotency_key}" + (
                f" opportunity={draft.opportunity_id.replace(' ', '')}" if draft.opportunity_id else "")
            items = [el("ARINVOICEITEM", None, el("ACCOUNTNO", self._revenue_account),
                        el("TRX_AMOUNT", exact(sl.amount, 2, f"{sl.product} amount")),
                        el("ENTRYDESCRIPTION", f"{sl.product} x {sl.quantity} @ {sl.unit_price}"[:1000]))
                     for sl in draft.lines]
            invoice = el("ARINVOICE", None, el("CUSTOMERID", customer_id),
                         el("WHENCREATED", us_date(draft.invoice_date)), el("DESCRIPTION", text),
                         el("CURRENCY", draft.currency.upper()))
            if draft.due_date:
                invoice.append(el("WHENDUE", us_date(draft.due_date)))
            if draft.po_reference:
                invoice.append(el("DOCNUMBER", draft.po_reference[:45]))
            invoice.append(el("ARINVOICEITEMS", None, *items))
            existing = self._create_once(el("create", None, invoice), control_id(idempotency_key, "invoice"),
                                         "creating the invoice", lambda: self._invoice_by_key(idempotency_key))
            if existing is None:
                raise ERPError("Sage Intacct accepted the invoice but does not find it")
        return self._to_invoice(existing)

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        where = f"WHENCREATED >= {quote(us_date(start))} AND WHENCREATED <= {quote(us_date(end))}"
        return [self._to_invoice(r) for r in self.client.query("ARINVOICE", where, INVOICE_FIELDS,
                                                               "reading invoices")]

    def payments(self, start: date, end: date) -> list[Payment]:
        where = f"PAYMENTDATE >= {quote(us_date(start))} AND PAYMENTDATE <= {quote(us_date(end))}"
        rows = self.client.query("ARPYMTDETAIL", where, "RECORDNO,PAYMENTKEY,RECORDKEY,TRX_PAYMENTAMOUNT,PAYMENTDATE",
                                 "reading payments")
        return [Payment(id=str(r["RECORDNO"]), invoice_id=str(r.get("RECORDKEY") or ""),
                        amount=dec(r.get("TRX_PAYMENTAMOUNT")) or Decimal(0),
                        received_on=day(r.get("PAYMENTDATE")) or date.min) for r in rows if r.get("RECORDKEY")]
