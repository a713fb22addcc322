"""Business Central receivables for sync_order and reconcile: customers, sales invoices and the
customer payments applied to them.

A sales invoice has a filterable *External Document No.* (35 characters): it carries the key (or a
hash of it), so a sales invoice is found by its key in one query before it is written, and after a
lost answer. The opportunity goes in a comment line (`countersign opportunity=…`). Payments are the
standard API's `customerPayments` (customer payment journal lines, each applied to one invoice):
the API v2.0 has no posted customer ledger entries, so a payment is seen while it is in a journal.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from countersign.adapters.businesscentral.client import odata_guid, odata_text
from countersign.adapters.businesscentral.mapping import MARK, currency, day, dec
from countersign.adapters.wire import exact
from countersign.domain import Customer, Payment, SalesInvoice, SalesInvoiceDraft, normalize_id, normalize_name
from countersign.ports import ERPError

EXTERNAL = 35  # External Document No. is Code[35]


def external_number(key: str) -> str:
    return key if len(key) <= EXTERNAL and " " not in key else "cs-" + hashlib.sha256(key.encode()).hexdigest()[:32]


def _opportunity(lines: list[dict] | None) -> str | None:
    for line in lines or []:
        text = str(line.get("description") or "")
        if line.get("lineType") == "Comment" and text.startswith(f"{MARK} opportunity="):
            return text.split("=", 1)[1].strip() or None
    return None


class BusinessCentralSales:
    """Mixed into BusinessCentralERP, which provides the client, the LCY and `_create`."""

    client: Any
    lcy: str

    def _create(self, path: str, body: dict, what: str, find: Callable[[], dict | None]) -> dict: ...  # noqa: E704

    def _customers(self) -> list[Customer]:
        return [Customer(id=str(c["id"]), name=str(c.get("displayName") or ""),
                         tax_id=c.get("taxRegistrationNumber") or None, billing_email=c.get("email") or None,
                         billing_address=", ".join(str(c[k]) for k in ("addressLine1", "city", "postalCode")
                                                   if c.get(k)) or None,
                         tax_exempt=not c.get("taxLiable", True))
                for c in self.client.rows("/customers", None, "reading customers")]

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        customers = self._customers()
        if normalize_id(tax_id):
            hit = next((c for c in customers if c.tax_id and normalize_id(c.tax_id) == normalize_id(tax_id)), None)
            if hit:
                return hit
        if normalize_name(name):
            return next((c for c in customers if normalize_name(c.name) == normalize_name(name)), None)
        return None

    def _customer_id(self, draft: SalesInvoiceDraft) -> str:
        if draft.customer_id:
            return odata_guid(draft.customer_id, "customer")
        new = draft.customer
        if new is None:
            raise ERPError("the invoice names neither a customer id nor a new customer")
        found = self.find_customer(tax_id=new.tax_id, name=new.name)
        if found:
            return found.id
        body = {k: v for k, v in {"displayName": new.name[:100], "email": new.billing_email or None,
                                  "taxRegistrationNumber": (new.tax_id or "")[:20] or None,
                                  "taxLiable": not new.tax_exempt}.items() if v is not None}
        by_name = {"$filter": f"displayName eq {odata_text(body['displayName'])}"}
        made = self._create("/customers", body, f"creating customer {new.name!r}",
                            lambda: next(iter(self.client.rows("/customers", by_name, "looking up")), None))
        return str(made["id"])

    def _by_external(self, number: str) -> dict | None:
        rows = self.client.rows("/salesInvoices", {"$filter": f"externalDocumentNumber eq {odata_text(number)}",
                                                   "$expand": "salesInvoiceLines"}, "looking for the invoice")
        return rows[0] if rows else None

    def _to_invoice(self, row: dict) -> SalesInvoice:
        total = dec(row.get("totalAmountIncludingTax")) or Decimal(0)
        remaining = dec(row.get("remainingAmount"))
        return SalesInvoice(
            id=str(row["id"]), customer_id=str(row.get("customerId") or ""), doc_number=str(row.get("number") or ""),
            opportunity_id=_opportunity(row.get("salesInvoiceLines")), invoice_date=day(row.get("invoiceDate"))
            or date.min, due_date=day(row.get("dueDate")), currency=currency(row.get("currencyCode"), self.lcy),
            total=total, balance=remaining if remaining is not None else total,
            idempotency_key=str(row.get("externalDocumentNumber") or "") or None)

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        number = external_number(idempotency_key)
        existing = self._by_external(number)
        if existing is None:
            customer_id = self._customer_id(draft)
            if not draft.lines:
                raise ERPError("the invoice has no lines")
            items = {str(i.get("displayName") or "").casefold(): str(i["number"])
                     for i in self.client.rows("/items", None, "reading items")}
            missing = [sl.product for sl in draft.lines if sl.product.casefold() not in items]
            if missing:
                raise ERPError(f"product {missing[0]!r} is not an item in Business Central")
            lines: list[dict] = [{"lineType": "Item", "lineObjectNumber": items[sl.product.casefold()],
                                  "quantity": sl.quantity, "unitPrice": exact(sl.unit_price, 5, f"{sl.product} price")}
                                 for sl in draft.lines]
            opportunity = f"{MARK} opportunity={draft.opportunity_id.replace(' ', '')}"
            if draft.opportunity_id and len(opportunity) <= 100:
                lines.append({"lineType": "Comment", "description": opportunity})
            body = {k: v for k, v in {
                "customerId": customer_id, "externalDocumentNumber": number,
                "invoiceDate": draft.invoice_date.isoformat(),
                "dueDate": draft.due_date.isoformat() if draft.due_date else None,
                "currencyCode": "" if draft.currency.upper() == self.lcy else draft.currency.upper(),
                "salesInvoiceLines": lines}.items() if v is not None}
            self._create("/salesInvoices", body, "creating the invoice", lambda: self._by_external(number))
            existing = self._by_external(number)
            if existing is None:
                raise ERPError("Business Central created the invoice but does not find it by its external number")
        invoice = self._to_invoice(existing)
        return invoice.model_copy(update={"idempotency_key": idempotency_key})

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        where = f"invoiceDate ge {start.isoformat()} and invoiceDate le {end.isoformat()}"
        return [self._to_invoice(r) for r in self.client.rows(
            "/salesInvoices", {"$filter": where, "$expand": "salesInvoiceLines"}, "reading invoices")]

    def payments(self, start: date, end: date) -> list[Payment]:
        where = f"postingDate ge {start.isoformat()} and postingDate le {end.isoformat()}"
        return [Payment(id=str(p["id"]), invoice_id=str(p.get("appliesToInvoiceId") or ""),
                        amount=dec(p.get("amount")) or Decimal(0), received_on=day(p.get("postingDate")) or date.min)
                for p in self.client.rows("/customerPayments", {"$filter": where}, "reading payments")
                if p.get("appliesToInvoiceId")]
