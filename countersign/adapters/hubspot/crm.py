"""HubSpotCRM: the CRM port over HubSpot deals, line items, products and companies.

Reads:
* closed-won deals: the won stages of the pipelines named in settings (`hubspot_pipelines`;
  all pipelines when unset), found from the pipelines API (a stage whose metadata says
  `isClosed` and `probability` 1.0), or named outright (`hubspot_closed_won_stages`); searched
  with `dealstage IN […]` and the close date range, 100 a page;
* each deal's line items (v4 associations, then a batch read) — the unit price is HubSpot's
  `price` less the line's discount (`discount` per unit, or `hs_discount_percentage`), so it is
  what the customer pays, as Salesforce's UnitPrice is;
* the deal's company (the primary association, else the first) with its billing details;
* the price book: the product library, `hs_price_<currency>` (multi-currency) or `price` in the
  account's company currency (`hubspot_currency`). HubSpot has no price books: this is emulated.

Writes back three deal properties (FIELD_MAP), created on first use when missing (type string,
group "dealinformation"); a token without `crm.schemas.deals.write` gets a CRMError saying so.

Custom properties this adapter reads (create them in Settings → Properties, or map them in
FIELD_MAP): deal `po_reference`, `approved_discount_pct`; company `tax_id`, `requires_po`,
`tax_exempt`, `tax_exemption_certificate`, `billing_contact`, `billing_email`. HubSpot sends every
value as a string: amounts become Decimal here, booleans "true"/"false".

Search caps a query at 10,000 results: a period with more closed-won deals is refused with a
CRMError asking for a shorter one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from countersign.adapters.hubspot.client import HubSpotAPI, HubSpotError
from countersign.domain import CENT, CLOSED_WON, Opportunity, SalesLine
from countersign.ports import CRMError

FIELD_MAP = {
    "po_reference": "po_reference",
    "approved_discount_pct": "approved_discount_pct",
    "invoice_number": "countersign_invoice_number",
    "invoice_status": "countersign_invoice_status",
    "payment_status": "countersign_payment_status",
    "tax_id": "tax_id",
    "requires_po": "requires_po",
    "tax_exempt": "tax_exempt",
    "tax_exemption_certificate": "tax_exemption_certificate",
    "billing_contact": "billing_contact",
    "billing_email": "billing_email",
}
_F = FIELD_MAP
WRITE_BACK_LABELS = {"invoice_number": "ERP invoice number", "invoice_status": "ERP invoice status",
                     "payment_status": "ERP payment status"}
DEAL_PROPERTIES = ["dealname", "dealstage", "pipeline", "closedate", "hubspot_owner_id", "deal_currency_code",
                   _F["po_reference"], _F["approved_discount_pct"], _F["invoice_number"], _F["invoice_status"],
                   _F["payment_status"]]
COMPANY_PROPERTIES = ["name", "address", "address2", "city", "state", "zip", "country", _F["tax_id"],
                      _F["requires_po"], _F["tax_exempt"], _F["tax_exemption_certificate"], _F["billing_contact"],
                      _F["billing_email"]]
LINE_PROPERTIES = ["name", "quantity", "price", "discount", "hs_discount_percentage", "hs_product_id",
                   "hs_position_on_quote"]
PAGE = 100
SEARCH_CAP = 10_000
PRIMARY = "Primary"


class HubSpotCRM:
    name = "HubSpot"

    def __init__(self, api: HubSpotAPI, *, pipelines: list[str] | None = None,
                 closed_won_stages: list[str] | None = None, currency: str = "USD"):
        self._api = api
        self._pipelines = [p for p in (pipelines or []) if p]
        self._won_ids = [s for s in (closed_won_stages or []) if s]
        self._currency = currency
        self._stages: tuple[dict[str, str], set[str]] | None = None  # (labels by id, won ids), read once
        self._properties_ready = False

    # ----------------------------------------------------------------- reads

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        _, won = self._stage_map()
        if not won:
            raise CRMError("HubSpot: no closed-won stage found in the pipelines "
                           f"{', '.join(self._pipelines) or '(all)'}; set COUNTERSIGN_HUBSPOT_CLOSED_WON_STAGES")
        filters: list[dict[str, Any]] = [{"propertyName": "dealstage", "operator": "IN", "values": sorted(won)}]
        if self._pipelines:
            filters.append({"propertyName": "pipeline", "operator": "IN", "values": self._pipelines})
        if start:
            filters.append({"propertyName": "closedate", "operator": "GTE", "value": _millis(start, time.min)})
        if end:
            filters.append({"propertyName": "closedate", "operator": "LTE", "value": _millis(end, time.max)})
        deals: list[dict[str, Any]] = []
        after: str | None = None
        while True:
            body: dict[str, Any] = {"filterGroups": [{"filters": filters}], "properties": DEAL_PROPERTIES,
                                    "sorts": [{"propertyName": "closedate", "direction": "ASCENDING"}],
                                    "limit": PAGE}
            if after:
                body["after"] = after
            page = self._api.call("search closed-won deals", lambda c, b=body: c.crm.deals.search_api.do_search(
                public_object_search_request=b, _preload_content=False))
            if int(page.get("total") or 0) > SEARCH_CAP:
                raise CRMError(f"HubSpot: {page['total']} closed-won deals in that period, more than its search "
                               f"returns ({SEARCH_CAP}); ask for a shorter period")
            deals += page.get("results") or []
            after = ((page.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                break
        return self._opportunities(deals)

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None:
        deal_id = opportunity_id.strip()
        if not deal_id.isdigit():
            return None  # HubSpot ids are numbers: anything else names no deal
        try:
            deal = self._api.call(f"read deal {deal_id}", lambda c: c.crm.deals.basic_api.get_by_id(
                deal_id, properties=DEAL_PROPERTIES, _preload_content=False))
        except HubSpotError as exc:
            if exc.status == 404:
                return None
            raise
        [opportunity] = self._opportunities([deal])
        return opportunity

    def price_book(self, currency: str) -> dict[str, Decimal]:
        field = f"hs_price_{currency.lower()}"
        book: dict[str, Decimal] = {}
        after: str | None = None
        while True:
            page = self._api.call("list products", lambda c, a=after: c.crm.products.basic_api.get_page(
                limit=PAGE, after=a, properties=["name", "price", field], _preload_content=False))
            for product in page.get("results") or []:
                props = product.get("properties") or {}
                price = props.get(field) or (props.get("price") if currency == self._currency else None)
                if props.get("name") and price not in (None, ""):
                    book[props["name"]] = _dec(price, f"product {product.get('id')} price")
            after = ((page.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return book

    # ----------------------------------------------------------------- write back

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        values = {FIELD_MAP[k]: v for k, v in (("invoice_number", invoice_number), ("invoice_status", invoice_status),
                                                ("payment_status", payment_status)) if v is not None}
        if not values:
            return
        deal_id = opportunity_id.strip()
        if not deal_id.isdigit():
            raise CRMError(f"HubSpot: no deal {opportunity_id!r} (deal ids are numbers)")
        self.ensure_properties()
        try:
            self._api.call(f"update deal {deal_id}", lambda c: c.crm.deals.basic_api.update(
                deal_id, simple_public_object_input={"properties": values}, _preload_content=False))
        except HubSpotError as exc:
            if exc.status == 404:
                raise HubSpotError(f"HubSpot: no deal {deal_id} to write back to (deleted or merged?)",
                                   status=404) from None
            raise

    def ensure_properties(self) -> None:
        """Create the write-back deal properties that are missing (once per adapter)."""
        if self._properties_ready:
            return
        for key, label in WRITE_BACK_LABELS.items():
            name = FIELD_MAP[key]
            try:
                self._api.call(f"read the deal property {name}", lambda c, n=name: c.crm.properties.core_api
                               .get_by_name("deals", n, _preload_content=False))
                continue
            except HubSpotError as exc:
                if exc.status != 404:
                    raise
            definition = {"name": name, "label": label, "type": "string", "fieldType": "text",
                          "groupName": "dealinformation", "description": "Written by countersign from the ERP"}
            try:
                self._api.call(f"create the deal property {name}", lambda c, d=definition: c.crm.properties.core_api
                               .create("deals", property_create=d, _preload_content=False))
            except HubSpotError as exc:
                if exc.status != 409:  # 409: created meanwhile by another process
                    raise
        self._properties_ready = True

    def won_stage_labels(self) -> list[str]:
        """The stages read as won, "label (id)" (what `countersign connect hubspot` shows)."""
        labels, won = self._stage_map()
        return [f"{labels.get(s, s)} ({s})" for s in sorted(won)]

    # ----------------------------------------------------------------- helpers

    def _stage_map(self) -> tuple[dict[str, str], set[str]]:
        if self._stages is None:
            data = self._api.call("read the deal pipelines", lambda c: c.crm.pipelines.pipelines_api.get_all(
                "deals", _preload_content=False))
            labels: dict[str, str] = {}
            won: set[str] = set(self._won_ids)
            for pipeline in data.get("results") or []:
                if self._pipelines and pipeline.get("id") not in self._pipelines:
                    continue
                for stage in pipeline.get("stages") or []:
                    labels[stage["id"]] = stage.get("label") or stage["id"]
                    meta = stage.get("metadata") or {}
                    if not self._won_ids and str(meta.get("isClosed")).lower() == "true" and \
                            _dec(meta.get("probability") or "0", "stage probability") == 1:
                        won.add(stage["id"])
            self._stages = (labels, won)
        return self._stages

    def _opportunities(self, deals: list[dict[str, Any]]) -> list[Opportunity]:
        if not deals:
            return []
        ids = [str(d["id"]) for d in deals]
        line_ids = self._associated("line_items", ids)
        company_ids = self._associated("companies", ids, primary_only=True)
        lines = self._batch_read("line_items", sorted({i for v in line_ids.values() for i in v}), LINE_PROPERTIES)
        companies = self._batch_read("companies", sorted({i for v in company_ids.values() for i in v}),
                                     COMPANY_PROPERTIES)
        labels, won = self._stage_map()
        result = []
        for deal in deals:
            deal_id = str(deal["id"])
            company_id = next(iter(company_ids.get(deal_id, [])), None)
            deal_lines = sorted((lines[i] for i in line_ids.get(deal_id, []) if i in lines),
                                key=lambda li: (_int((li.get("properties") or {}).get("hs_position_on_quote")),
                                                int(li["id"])))
            result.append(self._opportunity(deal, deal_lines, companies.get(company_id or ""), company_id,
                                            labels, won))
        return result

    def _associated(self, to_type: str, deal_ids: list[str], primary_only: bool = False) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for chunk in _chunks(deal_ids, 1000):
            body = {"inputs": [{"id": i} for i in chunk]}
            data = self._api.call(f"read the deals' {to_type.replace('_', ' ')}", lambda c, b=body: c.crm
                                  .associations.v4.batch_api.get_page(
                                      "deals", to_type, batch_input_public_fetch_associations_batch_request=b,
                                      _preload_content=False))
            for item in data.get("results") or []:
                targets = item.get("to") or []
                if primary_only:
                    primary = [t for t in targets if any(a.get("label") == PRIMARY
                                                         for a in t.get("associationTypes") or [])]
                    targets = primary or targets[:1]
                found[str(item["from"]["id"])] = [str(t["toObjectId"]) for t in targets]
        return found

    def _batch_read(self, object_type: str, ids: list[str], properties: list[str]) -> dict[str, dict[str, Any]]:
        objects: dict[str, dict[str, Any]] = {}
        api = {"line_items": lambda c: c.crm.line_items.batch_api, "companies": lambda c: c.crm.companies.batch_api}
        for chunk in _chunks(ids, 100):
            body = {"inputs": [{"id": i} for i in chunk], "properties": properties, "propertiesWithHistory": []}
            data = self._api.call(f"read {object_type.replace('_', ' ')}", lambda c, b=body: api[object_type](c).read(
                batch_read_input_simple_public_object_id=b, _preload_content=False))
            objects.update({str(o["id"]): o for o in data.get("results") or []})
        return objects

    def _opportunity(self, deal: dict[str, Any], lines: list[dict[str, Any]], company: dict[str, Any] | None,
                     company_id: str | None, labels: dict[str, str], won: set[str]) -> Opportunity:
        p = deal.get("properties") or {}
        c = (company or {}).get("properties") or {}
        stage = p.get("dealstage") or ""
        street = ", ".join(x for x in (c.get("address"), c.get("address2")) if x)
        region = " ".join(x for x in (c.get("state"), c.get("zip")) if x)
        address = ", ".join(x for x in (street, c.get("city"), region, c.get("country")) if x)
        return Opportunity(
            id=str(deal["id"]), name=p.get("dealname") or "", account_id=company_id or "",
            account_name=c.get("name") or "", stage=CLOSED_WON if stage in won else labels.get(stage, stage),
            close_date=_date(p.get("closedate")), currency=p.get("deal_currency_code") or self._currency,
            owner=p.get("hubspot_owner_id"), lines=[_line(li) for li in lines],
            po_reference=p.get(_F["po_reference"]) or None,
            approved_discount_pct=_dec(p.get(_F["approved_discount_pct"]), "approved discount"),
            account_requires_po=_bool(c.get(_F["requires_po"])), billing_contact=c.get(_F["billing_contact"]) or None,
            billing_email=c.get(_F["billing_email"]) or None, billing_address=address or None,
            tax_id=c.get(_F["tax_id"]) or None, tax_exempt=_bool(c.get(_F["tax_exempt"])),
            tax_exemption_certificate=c.get(_F["tax_exemption_certificate"]) or None,
            invoice_number=p.get(_F["invoice_number"]) or None, invoice_status=p.get(_F["invoice_status"]) or None,
            payment_status=p.get(_F["payment_status"]) or None,
        )


def _line(item: dict[str, Any]) -> SalesLine:
    """A line item at what the customer pays per unit: `price` less `discount` (per unit) or less
    `hs_discount_percentage`."""
    p = item.get("properties") or {}
    where = f"line item {item.get('id')}"
    price = _dec(p.get("price") or "0", where) or Decimal(0)
    discount = _dec(p.get("discount"), where)
    pct = _dec(p.get("hs_discount_percentage"), where)
    if discount:
        price -= discount
    elif pct:
        net = price * (100 - pct) / 100
        cents = net.quantize(CENT)
        price = cents if cents == net else net  # 179.5500 reads 179.55; nothing is ever rounded
    return SalesLine(product=p.get("name") or f"product {p.get('hs_product_id') or item.get('id')}",
                     quantity=_dec(p.get("quantity") or "0", where) or Decimal(0), unit_price=price)


def _dec(value: Any, where: str) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, float):
        raise TypeError("HubSpot amounts must be parsed as Decimal")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise CRMError(f"HubSpot: {where} is not a number: {value!r}") from None


def _bool(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "yes", "1")


def _int(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 1 << 30


def _date(value: Any) -> date | None:
    """HubSpot datetimes are ISO 8601 in UTC ("2026-11-02T00:00:00Z", with or without millis)."""
    if not value:
        return None
    text = str(value)
    if text.isdigit():  # epoch milliseconds, as older portals send
        return datetime.fromtimestamp(int(text) / 1000, tz=timezone.utc).date()
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).date()


def _millis(day: date, at: time) -> str:
    return str(int(datetime.combine(day, at, tzinfo=timezone.utc).timestamp() * 1000))


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
