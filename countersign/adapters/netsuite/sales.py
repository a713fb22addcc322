"""NetSuite receivables for sync_order and reconcile: customers, invoices (upserted by external id,
like bills) and customer payments with the invoices they are applied to."""

from __future__ import annotations

from datetime import date
from typing import Any

from countersign.adapters.netsuite.client import RECORD, eid, sql_id
from countersign.adapters.netsuite.mapping import (
    customer_body,
    invoice_body,
    to_customer,
    to_payments,
    to_sales_invoice,
)
from countersign.domain import Customer, Payment, SalesInvoice, SalesInvoiceDraft, normalize_id, normalize_name
from countersign.ports import ERPError


def _day(d: date) -> str:
    return f"TO_DATE('{d.isoformat()}', 'YYYY-MM-DD')"


class NetSuiteSales:
    """Mixed into NetSuiteERP, which provides the client, the currency map, items and the subsidiary."""

    client: Any
    _subsidiary: str | None

    def _currency_code(self, currency_id: str | None) -> str: ...  # noqa: E704 - provided by NetSuiteERP

    def _currency_id(self, code: str) -> str: ...  # noqa: E704

    def _all_items(self) -> list[dict]: ...  # noqa: E704

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        rows = self.client.suiteql("SELECT id, entityid, companyname, email, taxidnum, taxable FROM customer "
                                   "WHERE isinactive = 'F' ORDER BY id", "reading customers")
        customers = [to_customer(r) for r in rows]
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
        path = f"{RECORD}/customer/eid:{eid(key)}"
        if self.client.get_or_none(path, what="looking for the customer") is None:
            self.client.request("PUT", path, body=customer_body(customer, self._subsidiary),
                                what=f"creating customer {customer.name!r}")
        return str(self.client.get(path, what="reading the customer back")["id"])

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        path = f"{RECORD}/invoice/eid:{eid(idempotency_key)}"
        existing = self.client.get_or_none(path, what="looking for the invoice")
        if existing is None:
            if draft.customer_id:
                customer_id = sql_id(draft.customer_id, "customer")
            elif draft.customer:
                customer_id = self._create_customer(draft.customer, idempotency_key)
            else:
                raise ERPError("the invoice names neither a customer id nor a new customer")
            if not draft.lines:
                raise ERPError("the invoice has no lines")
            items = {str(i.get("itemid") or "").casefold(): str(i["id"]) for i in self._all_items()}
            missing = [sl.product for sl in draft.lines if sl.product.casefold() not in items]
            if missing:
                raise ERPError(f"product {missing[0]!r} is not an item in NetSuite")
            item_ids = {sl.product: items[sl.product.casefold()] for sl in draft.lines}
            body = invoice_body(draft, customer_id, idempotency_key, item_ids, self._currency_id(draft.currency))
            self.client.request("PUT", path, body=body, what="creating the invoice")
            existing = self.client.get(path, what="reading the invoice back")
        return to_sales_invoice(existing, self._currency_code)

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        rows = self.client.suiteql(
            "SELECT id, tranid, entity, trandate, duedate, foreigntotal, foreignamountremaining, currency, externalid, "
            f"memo FROM transaction WHERE type = 'CustInvc' AND trandate >= {_day(start)} AND trandate <= {_day(end)} "
            "ORDER BY id", "reading invoices")
        return [to_sales_invoice(r, self._currency_code) for r in rows]

    def payments(self, start: date, end: date) -> list[Payment]:
        rows = self.client.suiteql(f"SELECT id FROM transaction WHERE type = 'CustPymt' AND trandate >= {_day(start)} "
                                   f"AND trandate <= {_day(end)} ORDER BY id", "reading payments")
        out: list[Payment] = []
        for row in rows:
            payment = self.client.get(f"{RECORD}/customerPayment/{sql_id(row['id'], 'payment')}",
                                      {"expandSubResources": "true"}, "reading a payment")
            out.extend(to_payments(payment))
        return out
