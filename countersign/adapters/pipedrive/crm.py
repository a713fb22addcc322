"""PipedriveCRM: the CRM port over Pipedrive's v2 API (deals, deal products, organizations, products).

Reads:
* won deals: `GET /api/v2/deals?status=won` (per pipeline when `pipedrive_pipelines` names some),
  500 a page; v2 has no close-date filter, so the period is applied here to the deal's
  `local_won_date` (else `won_time`, `close_time`) — emulated;
* each deal's products (`GET /api/v2/deals/{id}/products`): the unit price is `item_price` less
  the discount (`discount_type` percentage, or an amount off the line), what the customer pays;
  disabled lines (`is_enabled` false) are not invoiced, as they are not in the deal's value;
* the deal's organization (`GET /api/v2/organizations/{id}`) with its address;
* the price book: products' `prices` in the currency (Pipedrive keeps one price per currency).

Custom fields are 40-character codes that differ per company, so they are found by their names
(FIELD_NAMES) in `dealFields` / `organizationFields`; a read field that is missing reads as empty.
Writes back three deal custom fields (text), created on first use when missing; a token without
the right to add fields gets a CRMError saying so.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from countersign.adapters.pipedrive.client import PipedriveAPI, PipedriveError
from countersign.domain import CENT, CLOSED_WON, Opportunity, SalesLine
from countersign.ports import CRMError

FIELD_NAMES = {  # port field -> (entity, Pipedrive field name)
    "po_reference": ("deal", "PO reference"),
    "approved_discount_pct": ("deal", "Approved discount %"),
    "invoice_number": ("deal", "ERP invoice number"),
    "invoice_status": ("deal", "ERP invoice status"),
    "payment_status": ("deal", "ERP payment status"),
    "tax_id": ("organization", "Tax ID"),
    "requires_po": ("organization", "Requires PO"),
    "tax_exempt": ("organization", "Tax exempt"),
    "tax_exemption_certificate": ("organization", "Tax exemption certificate"),
    "billing_contact": ("organization", "Billing contact"),
    "billing_email": ("organization", "Billing email"),
}
WRITE_BACK = ("invoice_number", "invoice_status", "payment_status")
PAGE = 500


class PipedriveCRM:
    name = "Pipedrive"

    def __init__(self, api: PipedriveAPI, *, pipelines: list[str] | None = None, currency: str = "USD"):
        self._api = api
        self._pipelines = [p for p in (pipelines or []) if p]
        self._currency = currency
        self._fields: dict[str, dict[str, dict[str, Any]]] = {}  # entity -> field name -> definition

    # ----------------------------------------------------------------- reads

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        deals: list[dict[str, Any]] = []
        for pipeline in self._pipelines or [None]:
            params: dict[str, Any] = {"status": "won", "limit": PAGE}
            if pipeline:
                params["pipeline_id"] = pipeline
            deals += self._all("/api/v2/deals", "list won deals", params)
        chosen = []
        for deal in deals:
            won_on = _won_date(deal)
            if (start and (won_on is None or won_on < start)) or (end and (won_on is None or won_on > end)):
                continue
            chosen.append((won_on or date.min, int(deal["id"]), deal))
        return [self._opportunity(deal) for _, _, deal in sorted(chosen, key=lambda t: (t[0], t[1]))]

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None:
        deal_id = opportunity_id.strip()
        if not deal_id.isdigit():
            return None  # Pipedrive ids are numbers
        try:
            deal = self._api.request("GET", f"/api/v2/deals/{deal_id}", f"read deal {deal_id}")["data"]
        except PipedriveError as exc:
            if exc.status in (404, 410):
                return None
            raise
        return self._opportunity(deal)

    def price_book(self, currency: str) -> dict[str, Decimal]:
        book: dict[str, Decimal] = {}
        for product in self._all("/api/v2/products", "list products", {"limit": PAGE}):
            if product.get("is_deleted"):
                continue
            for price in product.get("prices") or []:
                if price.get("currency") == currency and price.get("price") is not None:
                    book[product["name"]] = _dec(price["price"], f"product {product.get('id')} price")
        return book

    # ----------------------------------------------------------------- write back

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        wanted = {k: v for k, v in (("invoice_number", invoice_number), ("invoice_status", invoice_status),
                                    ("payment_status", payment_status)) if v is not None}
        if not wanted:
            return
        deal_id = opportunity_id.strip()
        if not deal_id.isdigit():
            raise CRMError(f"Pipedrive: no deal {opportunity_id!r} (deal ids are numbers)")
        codes = self.ensure_fields()
        body = {"custom_fields": {codes[k]: v for k, v in wanted.items()}}
        try:
            self._api.request("PATCH", f"/api/v2/deals/{deal_id}", f"update deal {deal_id}", body=body)
        except PipedriveError as exc:
            if exc.status in (404, 410):
                raise PipedriveError(f"Pipedrive: no deal {deal_id} to write back to (deleted or merged?)",
                                     status=exc.status) from None
            raise

    def ensure_fields(self) -> dict[str, str]:
        """The write-back fields' codes, creating the missing ones (text fields)."""
        defs = self._field_defs("deal")
        codes = {}
        for key in WRITE_BACK:
            name = FIELD_NAMES[key][1]
            if name not in defs:
                created = self._api.request("POST", "/api/v2/dealFields", f"create the deal field {name!r}",
                                            body={"field_name": name, "field_type": "varchar"})["data"]
                defs[name] = created
            codes[key] = defs[name]["field_code"]
        return codes

    def field_report(self) -> str:
        """Which of FIELD_NAMES the company has (what `countersign connect pipedrive` shows)."""
        missing = [f"{entity} field {name!r}" for entity, name in FIELD_NAMES.values()
                   if name not in self._field_defs(entity)]
        return ("All custom fields found." if not missing else
                "Missing (read as empty; the ERP write-back fields are created on first use): " + ", ".join(missing)
                + ".")

    # ----------------------------------------------------------------- helpers

    def _all(self, path: str, what: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = None
        while True:
            page = self._api.request("GET", path, what, params={**params, **({"cursor": cursor} if cursor else {})})
            items += page.get("data") or []
            cursor = (page.get("additional_data") or {}).get("next_cursor")
            if not cursor:
                return items

    def _field_defs(self, entity: str) -> dict[str, dict[str, Any]]:
        if entity not in self._fields:
            fields = self._all(f"/api/v2/{entity}Fields", f"read the {entity} fields", {"limit": PAGE})
            self._fields[entity] = {f["field_name"]: f for f in fields if f.get("field_name")}
        return self._fields[entity]

    def _custom(self, record: dict[str, Any], entity: str, key: str) -> Any:
        """A custom field's value by its name: text as it is, an option as its label, money as its amount."""
        definition = self._field_defs(entity).get(FIELD_NAMES[key][1])
        if definition is None:
            return None
        value = (record.get("custom_fields") or {}).get(definition["field_code"])
        if isinstance(value, dict):
            value = value.get("value")
        options = {o.get("id"): o.get("label") for o in definition.get("options") or []}
        if options and value in options:
            value = options[value]
        return None if value in (None, "") else value

    def _opportunity(self, deal: dict[str, Any]) -> Opportunity:
        deal_id = str(deal["id"])
        lines = self._all(f"/api/v2/deals/{deal_id}/products", f"read deal {deal_id}'s products", {"limit": PAGE})
        org_id = deal.get("org_id")
        org: dict[str, Any] = {}
        if org_id:
            org = self._api.request("GET", f"/api/v2/organizations/{org_id}", f"read organization {org_id}")["data"]
        status = deal.get("status")
        stage = {"won": CLOSED_WON, "lost": "Lost"}.get(str(status), f"Open (stage {deal.get('stage_id')})")
        c = lambda key: self._custom(org, "organization", key)  # noqa: E731
        d = lambda key: self._custom(deal, "deal", key)  # noqa: E731
        return Opportunity(
            id=deal_id, name=deal.get("title") or "", account_id=str(org_id or ""), account_name=org.get("name") or "",
            stage=stage, close_date=_won_date(deal), currency=deal.get("currency") or self._currency,
            owner=str(deal["owner_id"]) if deal.get("owner_id") is not None else None,
            lines=[_line(li) for li in sorted(lines, key=lambda li: (li.get("order_nr") or 0, li["id"]))
                   if li.get("is_enabled", True)],
            po_reference=_text(d("po_reference")),
            approved_discount_pct=_dec(d("approved_discount_pct"), "approved discount"),
            account_requires_po=_bool(c("requires_po")), billing_contact=_text(c("billing_contact")),
            billing_email=_text(c("billing_email")),
            billing_address=_text((org.get("address") or {}).get("value")) if isinstance(org.get("address"), dict)
            else _text(org.get("address")),
            tax_id=_text(c("tax_id")), tax_exempt=_bool(c("tax_exempt")),
            tax_exemption_certificate=_text(c("tax_exemption_certificate")),
            invoice_number=_text(d("invoice_number")), invoice_status=_text(d("invoice_status")),
            payment_status=_text(d("payment_status")),
        )


def _line(item: dict[str, Any]) -> SalesLine:
    """A deal product at what the customer pays per unit: `item_price` less a percentage, or less
    its share of an amount taken off the line."""
    where = f"deal product {item.get('id')}"
    price = _dec(item.get("item_price"), where) or Decimal(0)
    quantity = _dec(item.get("quantity"), where) or Decimal(0)
    discount = _dec(item.get("discount"), where) or Decimal(0)
    if discount:
        if item.get("discount_type") == "amount":
            net = (price * quantity - discount) / quantity if quantity else price
        else:
            net = price * (100 - discount) / 100
        cents = net.quantize(CENT)
        price = cents if cents == net else net  # 179.5500 reads 179.55; nothing is ever rounded
    return SalesLine(product=item.get("name") or f"product {item.get('product_id')}", quantity=quantity,
                     unit_price=price)


def _won_date(deal: dict[str, Any]) -> date | None:
    """The day the deal was won, in the company's time zone when Pipedrive gives it."""
    if deal.get("local_won_date"):
        return date.fromisoformat(str(deal["local_won_date"])[:10])
    for key in ("won_time", "close_time"):
        if deal.get(key):
            return datetime.fromisoformat(str(deal[key]).replace("Z", "+00:00")).astimezone(timezone.utc).date()
    return None


def _dec(value: Any, where: str) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, float):
        raise TypeError("Pipedrive amounts must be parsed as Decimal")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise CRMError(f"Pipedrive: {where} is not a number: {value!r}") from None


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _bool(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "yes", "1", "y")
