"""Dynamics365CRM: the CRM port over Dynamics 365 Sales tables in Dataverse.

Reads:
* won opportunities: `statecode eq 1` with `actualclosedate` in the period, each with its
  currency (`transactioncurrencyid`), its opportunity products (`product_opportunities`: unit
  price = `priceperunit` less the per-unit `volumediscountamount` and its share of the line's
  `manualdiscountamount`; a write-in product by its `productdescription`) and the customer
  account (`customerid_account`) with its Bill To address (`address1_*`), email and primary contact;
* the price book: the price list named in `dynamics_price_list`, else every price list in the
  currency (first by name wins), its product prices (`price_level_product_price_levels.amount`).

Custom columns (publisher prefix `cs_` by default; create them in a solution, or change PREFIX):
opportunity `cs_poreference` (text), `cs_approveddiscountpct` (decimal), and the write-back
columns `cs_erpinvoicenumber`, `cs_erpinvoicestatus`, `cs_erppaymentstatus` (text); account
`cs_taxid` (text), `cs_requirespo` (yes/no), `cs_taxexempt` (yes/no; Dynamics 365 Sales has no
tax-exemption column of its own), `cs_taxexemptioncertificate` (text). Billing contact is the
account's primary contact, billing email its `emailaddress1`.

The write-back PATCHes the opportunity with `If-Match: *` (so it can never create one). A won
opportunity's form is read-only, but Dataverse takes updates to it through the Web API (quotes,
orders and invoices are the sales tables that refuse updates once closed); an organisation whose
plug-in or business rule refuses gets Dataverse's message in the CRMError, and the write-back
stays queued.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from countersign.adapters.dynamics.client import DataverseAPI, DataverseError
from countersign.domain import CENT, CLOSED_WON, Opportunity, SalesLine
from countersign.ports import CRMError

PREFIX = "cs_"
COLUMNS = {
    "po_reference": PREFIX + "poreference",
    "approved_discount_pct": PREFIX + "approveddiscountpct",
    "invoice_number": PREFIX + "erpinvoicenumber",
    "invoice_status": PREFIX + "erpinvoicestatus",
    "payment_status": PREFIX + "erppaymentstatus",
    "tax_id": PREFIX + "taxid",
    "requires_po": PREFIX + "requirespo",
    "tax_exempt": PREFIX + "taxexempt",
    "tax_exemption_certificate": PREFIX + "taxexemptioncertificate",
}
_C = COLUMNS
OPPORTUNITY_SELECT = ",".join(["opportunityid", "name", "statecode", "statuscode", "actualclosedate", "_ownerid_value",
                               "_customerid_value", "_pricelevelid_value", _C["po_reference"],
                               _C["approved_discount_pct"], _C["invoice_number"], _C["invoice_status"],
                               _C["payment_status"]])
ACCOUNT_SELECT = ",".join(["accountid", "name", "address1_line1", "address1_line2", "address1_city",
                           "address1_stateorprovince", "address1_postalcode", "address1_country", "emailaddress1",
                           _C["tax_id"], _C["requires_po"], _C["tax_exempt"], _C["tax_exemption_certificate"]])
LINE_SELECT = ",".join(["quantity", "priceperunit", "volumediscountamount", "manualdiscountamount",
                        "productdescription", "isproductoverridden", "sequencenumber"])
OPPORTUNITY_EXPAND = (f"transactioncurrencyid($select=isocurrencycode),"
                      f"customerid_account($select={ACCOUNT_SELECT};$expand=primarycontactid($select=fullname)),"
                      f"product_opportunities($select={LINE_SELECT};$expand=productid($select=name))")
STATES = {0: "Open", 1: CLOSED_WON, 2: "Lost"}
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class Dynamics365CRM:
    name = "Dynamics 365 Sales"

    def __init__(self, api: DataverseAPI, *, price_list: str | None = None, currency: str = "USD"):
        self._api = api
        self._price_list = price_list
        self._currency = currency

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        where = ["statecode eq 1"]
        if start:
            where.append(f"actualclosedate ge {start.isoformat()}")
        if end:
            where.append(f"actualclosedate le {end.isoformat()}")
        rows = self._api.get_all("opportunities", "list won opportunities", {
            "$select": OPPORTUNITY_SELECT, "$filter": " and ".join(where), "$orderby": "actualclosedate asc",
            "$expand": OPPORTUNITY_EXPAND})
        return [self._opportunity(r) for r in rows]

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None:
        guid = opportunity_id.strip().strip("{}").lower()
        if not GUID.match(guid):
            return None  # Dataverse ids are GUIDs
        try:
            row = self._api.get(f"opportunities({guid})", f"read opportunity {guid}",
                                {"$select": OPPORTUNITY_SELECT, "$expand": OPPORTUNITY_EXPAND})
        except DataverseError as exc:
            if exc.status == 404:
                return None
            raise
        return self._opportunity(row)

    def price_book(self, currency: str) -> dict[str, Decimal]:
        if not re.fullmatch(r"[A-Za-z]{3}", currency):
            raise CRMError(f"Dynamics 365 Sales: {currency!r} is not an ISO currency code")
        where = f"statecode eq 0 and transactioncurrencyid/isocurrencycode eq '{currency.upper()}'"
        if self._price_list:
            where += " and name eq '" + self._price_list.replace("'", "''") + "'"
        lists = self._api.get_all("pricelevels", f"read the {currency} price lists", {
            "$select": "name", "$filter": where, "$orderby": "name asc",
            "$expand": "price_level_product_price_levels($select=amount;$expand=productid($select=name))"})
        book: dict[str, Decimal] = {}
        for price_list in lists:
            for item in price_list.get("price_level_product_price_levels") or []:
                name = (item.get("productid") or {}).get("name")
                if name and item.get("amount") is not None and name not in book:
                    book[name] = _dec(item["amount"], f"price of {name}")
        return book

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        values = {COLUMNS[k]: v for k, v in (("invoice_number", invoice_number), ("invoice_status", invoice_status),
                                             ("payment_status", payment_status)) if v is not None}
        if not values:
            return
        guid = opportunity_id.strip().strip("{}").lower()
        if not GUID.match(guid):
            raise CRMError(f"Dynamics 365 Sales: no opportunity {opportunity_id!r} (ids are GUIDs)")
        try:
            self._api.request("PATCH", f"opportunities({guid})", f"update opportunity {guid}", body=values,
                              headers={"If-Match": "*"})
        except DataverseError as exc:
            if exc.status == 404:
                raise DataverseError(f"Dynamics 365 Sales: no opportunity {guid} to write back to: {exc}",
                                     status=404, code=exc.code) from None
            raise

    def who_am_i(self) -> str:
        """The application user's id (what `countersign connect dynamics` shows)."""
        return str(self._api.get("WhoAmI", "ask who the application user is").get("UserId"))

    def _opportunity(self, r: dict[str, Any]) -> Opportunity:
        account = r.get("customerid_account") or {}
        contact = account.get("primarycontactid") or {}
        street = ", ".join(x for x in (account.get("address1_line1"), account.get("address1_line2")) if x)
        region = " ".join(x for x in (account.get("address1_stateorprovince"), account.get("address1_postalcode")) if x)
        address = ", ".join(x for x in (street, account.get("address1_city"), region, account.get("address1_country"))
                            if x)
        lines = sorted(r.get("product_opportunities") or [], key=lambda li: (li.get("sequencenumber") or 0))
        return Opportunity(
            id=str(r["opportunityid"]), name=r.get("name") or "",
            account_id=str(account.get("accountid") or r.get("_customerid_value") or ""),
            account_name=account.get("name") or "", stage=STATES.get(r.get("statecode"), str(r.get("statecode"))),
            close_date=_date(r.get("actualclosedate")),
            currency=(r.get("transactioncurrencyid") or {}).get("isocurrencycode") or self._currency,
            owner=r.get("_ownerid_value"), lines=[_line(li) for li in lines],
            po_reference=r.get(_C["po_reference"]) or None,
            approved_discount_pct=_dec(r.get(_C["approved_discount_pct"]), "approved discount"),
            account_requires_po=bool(account.get(_C["requires_po"])), billing_contact=contact.get("fullname") or None,
            billing_email=account.get("emailaddress1") or None, billing_address=address or None,
            tax_id=account.get(_C["tax_id"]) or None, tax_exempt=bool(account.get(_C["tax_exempt"])),
            tax_exemption_certificate=account.get(_C["tax_exemption_certificate"]) or None,
            invoice_number=r.get(_C["invoice_number"]) or None, invoice_status=r.get(_C["invoice_status"]) or None,
            payment_status=r.get(_C["payment_status"]) or None,
        )


def _line(item: dict[str, Any]) -> SalesLine:
    where = f"opportunity product {item.get('opportunityproductid', '')}".strip()
    quantity = _dec(item.get("quantity"), where) or Decimal(0)
    price = _dec(item.get("priceperunit"), where) or Decimal(0)
    price -= _dec(item.get("volumediscountamount"), where) or Decimal(0)
    manual = _dec(item.get("manualdiscountamount"), where) or Decimal(0)
    if manual and quantity:
        net = price - manual / quantity
        cents = net.quantize(CENT)
        price = cents if cents == net else net
    name = (item.get("productdescription") if item.get("isproductoverridden")
            else (item.get("productid") or {}).get("name")) or item.get("productdescription") or "write-in product"
    return SalesLine(product=name, quantity=quantity, unit_price=price)


def _date(value: Any) -> date | None:
    """`actualclosedate` as Dataverse returns it: a date, or midnight UTC of that date."""
    if not value:
        return None
    text = str(value)
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).date()


def _dec(value: Any, where: str) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, float):
        raise TypeError("Dataverse amounts must be parsed as Decimal")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise CRMError(f"Dynamics 365 Sales: {where} is not a number: {value!r}") from None
