"""The CRM cassettes, written by hand in each API's documented shapes: `python -m tests.crm_cassettes`
rewrites tests/cassettes/{hubspot,pipedrive,dynamics}/*.yaml from the data below.

Every CRM holds the same two closed-won orders the contract suite knows (Blue Harbor's store
fit-out, ready; Northshore's paper restock, missing billing details and under the list price)
in its own vocabulary: HubSpot deals with line items and a primary company, Dynamics 365 Sales
won opportunities with opportunity products, an account and a price list, Pipedrive won deals
with deal products and an organization. No credential appears: requests carry none (the tests
filter the auth headers) and the token endpoints answer with obvious test values.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

ROOT = Path(__file__).parent / "cassettes"
STAMP = "2026-11-18T09:30:00.000Z"


def interaction(method: str, uri: str, status: int, body: Any = None, *, request_body: Any = None,
                headers: dict[str, str] | None = None, form: bool = False) -> dict[str, Any]:
    if request_body is None:
        sent = None
    elif form:
        sent = urlencode(request_body)
    else:
        sent = json.dumps(request_body)
    text = "" if body is None else (body if isinstance(body, str) else json.dumps(body))
    response_headers = {"Content-Type": ["application/json;charset=utf-8"]} if text else {}
    response_headers.update({k: [v] for k, v in (headers or {}).items()})
    messages = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
                403: "Forbidden", 404: "Not Found", 409: "Conflict", 429: "Too Many Requests",
                503: "Service Unavailable"}
    # The content type lets vcrpy compare bodies by their meaning (JSON, form fields), not their bytes.
    kind = {"Content-Type": ["application/x-www-form-urlencoded" if form else "application/json"]} if sent else {}
    return {"request": {"body": sent, "headers": kind, "method": method, "uri": uri},
            "response": {"status": {"code": status, "message": messages[status]}, "headers": response_headers,
                         "body": {"string": text}}}


def write(path: Path, comment: str, interactions: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True,
                          width=120)
    path.write_text("".join(f"# {line}\n" for line in comment.splitlines()) + text)


# --------------------------------------------------------------------------- HubSpot

HS = "https://api.hubapi.com"
HS_DEAL_PROPS = ["dealname", "dealstage", "pipeline", "closedate", "hubspot_owner_id", "deal_currency_code",
                 "po_reference", "approved_discount_pct", "countersign_invoice_number", "countersign_invoice_status",
                 "countersign_payment_status"]
HS_COMPANY_PROPS = ["name", "address", "address2", "city", "state", "zip", "country", "tax_id", "requires_po",
                    "tax_exempt", "tax_exemption_certificate", "billing_contact", "billing_email"]
HS_LINE_PROPS = ["name", "quantity", "price", "discount", "hs_discount_percentage", "hs_product_id",
                 "hs_position_on_quote"]


def _hs_object(object_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"id": object_id, "properties": {**properties, "hs_object_id": object_id, "createdate": STAMP,
                                            "hs_lastmodifieddate": STAMP},
            "createdAt": STAMP, "updatedAt": STAMP, "archived": False}


def _hs_deal(deal_id: str, **invoice: str | None) -> dict[str, Any]:
    deals = {
        "1001": {"dealname": "Blue Harbor - store fit-out tools", "closedate": "2026-11-02T00:00:00Z",
                 "hubspot_owner_id": "71000001", "po_reference": "BH-PO-8120", "approved_discount_pct": "5"},
        "1003": {"dealname": "Northshore - paper restock", "closedate": "2026-11-18T00:00:00Z",
                 "hubspot_owner_id": "71000002", "po_reference": None, "approved_discount_pct": None},
    }
    props = {"dealstage": "closedwon", "pipeline": "default", "deal_currency_code": "USD",
             "countersign_invoice_number": None, "countersign_invoice_status": None,
             "countersign_payment_status": None, **deals[deal_id]}
    props.update({f"countersign_{k}": v for k, v in invoice.items()})
    return _hs_object(deal_id, props)


HS_COMPANIES = {
    "2001": {"name": "Blue Harbor Retail", "address": "9 Pier Road", "address2": None, "city": "Portland",
             "state": "ME", "zip": "04101", "country": "USA", "tax_id": "83-1122334", "requires_po": "true",
             "tax_exempt": "false", "tax_exemption_certificate": None, "billing_contact": "Jordan Blake",
             "billing_email": "ap@blueharbor.example"},
    "2002": {"name": "Northshore Logistics", "address": "9 Pier Road", "address2": None, "city": "Portland",
             "state": "ME", "zip": "04101", "country": "USA", "tax_id": "85-9900112", "requires_po": "false",
             "tax_exempt": "false", "tax_exemption_certificate": None, "billing_contact": None,
             "billing_email": None},
}
HS_LINES = {
    "3001": {"name": "Cordless drill 18V", "quantity": "25", "price": "189.00", "discount": None,
             "hs_discount_percentage": "5", "hs_product_id": "4001", "hs_position_on_quote": "0"},
    "3002": {"name": "Installation service", "quantity": "1", "price": "1500.00", "discount": None,
             "hs_discount_percentage": None, "hs_product_id": "4002", "hs_position_on_quote": "1"},
    "3003": {"name": "A4 copy paper, box", "quantity": "60", "price": "45.00", "discount": "6.00",
             "hs_discount_percentage": None, "hs_product_id": "4003", "hs_position_on_quote": "0"},
}
HS_DEAL_LINES = {"1001": ["3001", "3002"], "1003": ["3003"]}
HS_DEAL_COMPANY = {"1001": "2001", "1003": "2002"}


def _hs_assoc(to_type: str, deal_ids: list[str]) -> dict[str, Any]:
    results = []
    for deal_id in deal_ids:
        if to_type == "line_items":
            to = [{"toObjectId": int(i), "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 19,
                                                                "label": None}]} for i in HS_DEAL_LINES[deal_id]]
        else:
            to = [{"toObjectId": int(HS_DEAL_COMPANY[deal_id]), "associationTypes": [
                {"category": "HUBSPOT_DEFINED", "typeId": 5, "label": "Primary"},
                {"category": "HUBSPOT_DEFINED", "typeId": 341, "label": None}]}]
        results.append({"from": {"id": deal_id}, "to": to})
    return {"status": "COMPLETE", "results": results, "startedAt": STAMP, "completedAt": STAMP}


def _hs_batch(object_type: str, ids: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    data, props = (HS_LINES, HS_LINE_PROPS) if object_type == "line_items" else (HS_COMPANIES, HS_COMPANY_PROPS)
    request = {"inputs": [{"id": i} for i in ids], "properties": props, "propertiesWithHistory": []}
    return request, {"status": "COMPLETE", "results": [_hs_object(i, data[i]) for i in ids],
                     "startedAt": STAMP, "completedAt": STAMP}


def _hs_hydrate(deal_ids: list[str]) -> list[dict[str, Any]]:
    """The calls that follow reading deals: associations, then line items and companies."""
    out = []
    for to_type in ("line_items", "companies"):
        out.append(interaction("POST", f"{HS}/crm/v4/associations/deals/{to_type}/batch/read", 200,
                               _hs_assoc(to_type, deal_ids), request_body={"inputs": [{"id": i} for i in deal_ids]}))
    lines = sorted({i for d in deal_ids for i in HS_DEAL_LINES[d]})
    companies = sorted({HS_DEAL_COMPANY[d] for d in deal_ids})
    for object_type, ids in (("line_items", lines), ("companies", companies)):
        request, response = _hs_batch(object_type, ids)
        out.append(interaction("POST", f"{HS}/crm/v3/objects/{object_type}/batch/read", 200, response,
                               request_body=request))
    return out


def _hs_pipelines() -> dict[str, Any]:
    stages = [("appointmentscheduled", "Appointment Scheduled", "false", "0.2"),
              ("contractsent", "Contract Sent", "false", "0.9"), ("closedwon", "Closed Won", "true", "1.0"),
              ("closedlost", "Closed Lost", "true", "0.0")]
    return {"results": [
        {"label": "Sales Pipeline", "displayOrder": 0, "id": "default", "createdAt": STAMP, "updatedAt": STAMP,
         "archived": False, "stages": [
             {"label": label, "displayOrder": n, "metadata": {"isClosed": closed, "probability": p}, "id": sid,
              "createdAt": STAMP, "updatedAt": STAMP, "archived": False,
              "writePermissions": "CRM_PERMISSIONS_ENFORCEMENT"}
             for n, (sid, label, closed, p) in enumerate(stages)]},
        {"label": "Renewals", "displayOrder": 1, "id": "77001", "createdAt": STAMP, "updatedAt": STAMP,
         "archived": False, "stages": [
             {"label": "Renewed", "displayOrder": 0, "metadata": {"isClosed": "true", "probability": "1.0"},
              "id": "88001", "createdAt": STAMP, "updatedAt": STAMP, "archived": False,
              "writePermissions": "CRM_PERMISSIONS_ENFORCEMENT"}]}]}


def _hs_search(start_ms: str, end_ms: str) -> dict[str, Any]:
    return {"filterGroups": [{"filters": [
        {"propertyName": "dealstage", "operator": "IN", "values": ["closedwon"]},
        {"propertyName": "pipeline", "operator": "IN", "values": ["default"]},
        {"propertyName": "closedate", "operator": "GTE", "value": start_ms},
        {"propertyName": "closedate", "operator": "LTE", "value": end_ms}]}],
        "properties": HS_DEAL_PROPS, "sorts": [{"propertyName": "closedate", "direction": "ASCENDING"}], "limit": 100}


def _hs_property(name: str, label: str) -> dict[str, Any]:
    return {"updatedAt": STAMP, "createdAt": STAMP, "name": name, "label": label, "type": "string",
            "fieldType": "text", "description": "Written by countersign from the ERP", "groupName": "dealinformation",
            "options": [], "displayOrder": -1, "calculated": False, "externalOptions": False, "hasUniqueValue": False,
            "hidden": False, "hubspotDefined": False, "formField": False,
            "modificationMetadata": {"archivable": True, "readOnlyDefinition": False, "readOnlyValue": False}}


def _hs_error(message: str, category: str, **extra: Any) -> dict[str, Any]:
    return {"status": "error", "message": message, "correlationId": "4f7a2c1e-0d3b-4b8e-9a57-8c1d2e3f4a5b",
            "category": category, **extra}


def _hs_patch(deal_id: str, values: dict[str, str]) -> dict[str, Any]:
    return interaction("PATCH", f"{HS}/crm/v3/objects/deals/{deal_id}", 200,
                       _hs_deal(deal_id, **{k.removeprefix("countersign_"): v for k, v in values.items()}),
                       request_body={"properties": values})


def _hs_deal_query(deal_id: str) -> str:
    return f"{HS}/crm/v3/objects/deals/{deal_id}?" + "&".join(f"properties={p}" for p in HS_DEAL_PROPS)


NOV_MS = ("1793491200000", "1796083199999")  # 2026-11-01T00:00:00Z .. 2026-11-30T23:59:59.999Z
OCT_NOV_MS = ("1790812800000", "1796083199999")  # 2026-10-01 .. 2026-11-30


def hubspot() -> list[dict[str, Any]]:
    invoice = {"countersign_invoice_number": "SI-00003", "countersign_invoice_status": "invoiced"}
    return [
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 200, _hs_pipelines()),
        *[interaction("POST", f"{HS}/crm/v3/objects/deals/search", 200,
                      {"total": 2, "results": [_hs_deal("1001"), _hs_deal("1003")]},
                      request_body=_hs_search(*window)) for window in (NOV_MS, OCT_NOV_MS)],
        *_hs_hydrate(["1001", "1003"]),
        *[interaction("GET", _hs_deal_query(d), 200, _hs_deal(d)) for d in ("1001", "1003")],
        *_hs_hydrate(["1001"]), *_hs_hydrate(["1003"]),
        interaction("GET", _hs_deal_query("9999999999"), 404,
                    _hs_error("Object not found.  objectId are usually numeric.", "OBJECT_NOT_FOUND",
                              context={"id": ["9999999999"]})),
        interaction("GET", f"{HS}/crm/v3/objects/products?limit=100&properties=name&properties=price"
                    "&properties=hs_price_usd", 200, {"results": [
                        _hs_object("4001", {"name": "Cordless drill 18V", "price": "189.00", "hs_price_usd": "189.00"}),
                        _hs_object("4002", {"name": "Installation service", "price": "1500.00",
                                            "hs_price_usd": None}),
                        _hs_object("4003", {"name": "A4 copy paper, box", "price": "45.00",
                                            "hs_price_usd": "45.00"})]}),
        interaction("GET", f"{HS}/crm/v3/properties/deals/countersign_invoice_number", 200,
                    _hs_property("countersign_invoice_number", "ERP invoice number")),
        interaction("GET", f"{HS}/crm/v3/properties/deals/countersign_invoice_status", 200,
                    _hs_property("countersign_invoice_status", "ERP invoice status")),
        interaction("GET", f"{HS}/crm/v3/properties/deals/countersign_payment_status", 404,
                    _hs_error("Unable to find property countersign_payment_status for object type deals",
                              "OBJECT_NOT_FOUND")),
        interaction("POST", f"{HS}/crm/v3/properties/deals", 201,
                    _hs_property("countersign_payment_status", "ERP payment status"),
                    request_body={"name": "countersign_payment_status", "label": "ERP payment status",
                                  "type": "string", "fieldType": "text", "groupName": "dealinformation",
                                  "description": "Written by countersign from the ERP"}),
        _hs_patch("1001", invoice),
        _hs_patch("1001", {**invoice, "countersign_payment_status": "unpaid"}),
        _hs_patch("1001", {**invoice, "countersign_payment_status": "paid"}),
        interaction("PATCH", f"{HS}/crm/v3/objects/deals/9999999999", 404,
                    _hs_error("Object not found.  objectId are usually numeric.", "OBJECT_NOT_FOUND",
                              context={"id": ["9999999999"]}), request_body={"properties": invoice}),
    ]


def hubspot_faults() -> list[dict[str, Any]]:
    """Throttled twice (Retry-After), then served; a token without the schema scope."""
    throttled = _hs_error("You have reached your secondly limit.", "RATE_LIMITS", policyName="SECONDLY")
    return [
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 429, throttled, headers={"Retry-After": "1"}),
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 429, throttled, headers={"Retry-After": "2"}),
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 200, _hs_pipelines()),
        interaction("GET", f"{HS}/crm/v3/properties/deals/countersign_invoice_number", 404,
                    _hs_error("Unable to find property countersign_invoice_number for object type deals",
                              "OBJECT_NOT_FOUND")),
        interaction("POST", f"{HS}/crm/v3/properties/deals", 403, _hs_error(
            "This app hasn't been granted all required scopes to make this call. Read more about required scopes "
            "here: https://developers.hubspot.com/scopes.", "MISSING_SCOPES",
            errors=[{"message": "One or more of the following scopes are required.",
                     "context": {"requiredGranularScopes": ["crm.schemas.deals.write"]}}],
            links={"scopes": "https://developers.hubspot.com/scopes"}),
            request_body={"name": "countersign_invoice_number", "label": "ERP invoice number", "type": "string",
                          "fieldType": "text", "groupName": "dealinformation",
                          "description": "Written by countersign from the ERP"}),
    ]


def hubspot_oauth() -> list[dict[str, Any]]:
    """An expired OAuth access token: 401, one refresh (the refresh token rotates), the call again."""
    return [
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 401, _hs_error(
            "Authentication credentials not found. This API supports OAuth 2.0 authentication.",
            "INVALID_AUTHENTICATION")),
        interaction("POST", f"{HS}/oauth/v1/token", 200,
                    {"token_type": "bearer", "refresh_token": "FILTERED-REFRESH-TOKEN-2",
                     "access_token": "FILTERED-ACCESS-TOKEN-2", "expires_in": 1800},
                    request_body={"grant_type": "refresh_token", "client_id": "test-client-id",
                                  "client_secret": "FILTERED-CLIENT-SECRET",
                                  "refresh_token": "FILTERED-REFRESH-TOKEN-1"},
                    form=True),
        interaction("GET", f"{HS}/crm/v3/pipelines/deals", 200, _hs_pipelines()),
        interaction("POST", f"{HS}/oauth/v1/token", 200,
                    {"token_type": "bearer", "refresh_token": "FILTERED-REFRESH-TOKEN-1",
                     "access_token": "FILTERED-ACCESS-TOKEN-1", "expires_in": 1800, "hub_id": 48151623},
                    request_body={"grant_type": "authorization_code", "code": "test-code",
                                  "redirect_uri": "http://localhost:8765/hubspot/callback",
                                  "client_id": "test-client-id", "client_secret": "FILTERED-CLIENT-SECRET"},
                    form=True),
    ]


# --------------------------------------------------------------------------- Pipedrive

PD = "https://acme-test.pipedrive.com"
PD_STAMP = "2026-11-18T09:30:00Z"


def pd_code(name: str) -> str:
    """A custom field's code: 40 hex characters, different in every company (here: made from the name)."""
    return hashlib.sha1(name.encode()).hexdigest()


def _pd_ok(data: Any, next_cursor: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"success": True, "data": data}
    if isinstance(data, list):
        body["additional_data"] = {"next_cursor": next_cursor}
    return body


def _pd_error(message: str, code: str) -> dict[str, Any]:
    return {"success": False, "error": message, "code": code,
            "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API.",
            "data": None, "additional_data": None}


def _pd_field(name: str, field_type: str, options: list[dict[str, Any]] | None = None,
              custom: bool = True) -> dict[str, Any]:
    return {"field_name": name, "field_code": pd_code(name) if custom else name.lower(), "field_type": field_type,
            "options": options, "subfields": None, "is_custom_field": custom, "is_optional_response_field": False}


YES_NO = [{"id": 11, "label": "Yes"}, {"id": 12, "label": "No"}]
PD_DEAL_FIELDS = [_pd_field("Title", "varchar", custom=False), _pd_field("Value", "monetary", custom=False),
                  _pd_field("PO reference", "varchar"), _pd_field("Approved discount %", "double"),
                  _pd_field("ERP invoice number", "varchar"), _pd_field("ERP invoice status", "varchar")]
PD_ORG_FIELDS = [_pd_field("Name", "varchar", custom=False), _pd_field("Tax ID", "varchar"),
                 _pd_field("Requires PO", "enum", YES_NO), _pd_field("Tax exempt", "enum", YES_NO),
                 _pd_field("Tax exemption certificate", "varchar"), _pd_field("Billing contact", "varchar"),
                 _pd_field("Billing email", "varchar")]


def _pd_deal(deal_id: int, **invoice: str | None) -> dict[str, Any]:
    deals = {
        101: ("Blue Harbor - store fit-out tools", 201, "2026-11-02", 5988.75, "BH-PO-8120", 5),
        103: ("Northshore - paper restock", 202, "2026-11-18", 2340, None, None),
        99: ("Blue Harbor - spring tools", 201, "2026-10-15", 945, "BH-PO-7702", None),
    }
    title, org, won, value, po, discount = deals[deal_id]
    custom = {pd_code("PO reference"): po, pd_code("Approved discount %"): discount,
              pd_code("ERP invoice number"): None, pd_code("ERP invoice status"): None}
    custom.update({pd_code("ERP " + k.replace("_", " ")): v for k, v in invoice.items()})
    return {"id": deal_id, "title": title, "creator_user_id": 9001, "owner_id": 9001, "value": value,
            "person_id": None, "org_id": org, "stage_id": 5, "pipeline_id": 1, "currency": "USD",
            "add_time": "2026-09-01T08:00:00Z", "update_time": PD_STAMP, "stage_change_time": f"{won}T16:20:00Z",
            "is_deleted": False, "is_archived": False, "status": "won", "probability": None, "lost_reason": None,
            "visible_to": 3, "close_time": f"{won}T16:20:00Z", "won_time": f"{won}T16:20:00Z", "lost_time": None,
            "local_won_date": won, "local_lost_date": None, "local_close_date": won,
            "expected_close_date": won, "label_ids": [], "origin": "ManuallyCreated", "origin_id": None,
            "channel": None, "channel_id": None, "acv": None, "arr": None, "mrr": None, "custom_fields": custom}


def _pd_line(line_id: int, deal_id: int, product_id: int, name: str, price: Any, quantity: int, total: Any,
             order: int, discount: Any = 0, kind: str = "percentage", enabled: bool = True) -> dict[str, Any]:
    return {"id": line_id, "deal_id": deal_id, "product_id": product_id, "product_variation_id": None, "name": name,
            "item_price": price, "quantity": quantity, "discount": discount, "discount_type": kind, "sum": total,
            "currency": "USD", "tax": 0, "tax_method": "none", "is_enabled": enabled, "order_nr": order,
            "comments": None, "billing_frequency": "one-time", "billing_frequency_cycles": None,
            "billing_start_date": None, "add_time": PD_STAMP, "update_time": PD_STAMP}


PD_LINES = {
    101: [_pd_line(301, 101, 401, "Cordless drill 18V", 189, 25, 4488.75, 1, discount=5),
          _pd_line(302, 101, 402, "Installation service", 1500, 1, 1500, 2),
          _pd_line(305, 101, 405, "Extended warranty", 99, 1, 99, 3, enabled=False)],
    103: [_pd_line(303, 103, 403, "A4 copy paper, box", 45, 60, 2340, 1, discount=360, kind="amount")],
    99: [_pd_line(299, 99, 401, "Cordless drill 18V", 189, 5, 945, 1)],
}


def _pd_org(org_id: int) -> dict[str, Any]:
    orgs = {201: ("Blue Harbor Retail", "83-1122334", 11, "Jordan Blake", "ap@blueharbor.example"),
            202: ("Northshore Logistics", "85-9900112", 12, None, None)}
    name, tax_id, requires_po, contact, email = orgs[org_id]
    return {"id": org_id, "name": name, "owner_id": 9001, "add_time": "2026-01-10T08:00:00Z", "update_time": PD_STAMP,
            "is_deleted": False, "visible_to": 3, "label_ids": [],
            "address": {"value": "9 Pier Road, Portland, ME 04101, USA", "country": "USA",
                        "admin_area_level_1": "ME", "admin_area_level_2": None, "locality": "Portland",
                        "sublocality": None, "route": "Pier Road", "street_number": "9", "subpremise": None,
                        "postal_code": "04101"},
            "custom_fields": {pd_code("Tax ID"): tax_id, pd_code("Requires PO"): requires_po,
                              pd_code("Tax exempt"): 12, pd_code("Tax exemption certificate"): None,
                              pd_code("Billing contact"): contact, pd_code("Billing email"): email}}


def _pd_product(product_id: int, name: str, prices: dict[str, Any]) -> dict[str, Any]:
    return {"id": product_id, "name": name, "code": None, "description": None, "unit": "pcs", "tax": 0,
            "category": None, "is_deleted": False, "is_linkable": True, "visible_to": 3, "owner_id": 9001,
            "add_time": "2026-01-10T08:00:00Z", "update_time": PD_STAMP, "billing_frequency": "one-time",
            "billing_frequency_cycles": None,
            "prices": [{"product_id": product_id, "price": p, "currency": c, "cost": 0, "direct_cost": None,
                        "notes": ""} for c, p in prices.items()], "custom_fields": {}}


def _pd_hydrate(deal_id: int) -> list[dict[str, Any]]:
    org = _pd_deal(deal_id)["org_id"]
    return [interaction("GET", f"{PD}/api/v2/deals/{deal_id}/products?limit=500", 200, _pd_ok(PD_LINES[deal_id])),
            interaction("GET", f"{PD}/api/v2/organizations/{org}", 200, _pd_ok(_pd_org(org)))]


def _pd_patch(deal_id: int, values: dict[str, str], status: int = 200) -> dict[str, Any]:
    body = {"custom_fields": {pd_code("ERP " + k.replace("_", " ")): v for k, v in values.items()}}
    answer = (_pd_ok(_pd_deal(deal_id, **values)) if status == 200
              else _pd_error("Deal not found", "ERR_NOT_FOUND"))
    return interaction("PATCH", f"{PD}/api/v2/deals/{deal_id}", status, answer, request_body=body)


def pipedrive() -> list[dict[str, Any]]:
    invoice = {"invoice_number": "SI-00003", "invoice_status": "invoiced"}
    created = _pd_field("ERP payment status", "varchar")
    return [
        interaction("GET", f"{PD}/api/v2/dealFields?limit=500", 200, _pd_ok(PD_DEAL_FIELDS)),
        interaction("GET", f"{PD}/api/v2/organizationFields?limit=500", 200, _pd_ok(PD_ORG_FIELDS)),
        interaction("GET", f"{PD}/api/v2/deals?status=won&limit=500", 200,
                    _pd_ok([_pd_deal(99), _pd_deal(101)], next_cursor="eyJpZCI6MTAxfQ")),
        interaction("GET", f"{PD}/api/v2/deals?status=won&limit=500&cursor=eyJpZCI6MTAxfQ", 200,
                    _pd_ok([_pd_deal(103)])),
        *_pd_hydrate(101), *_pd_hydrate(103), *_pd_hydrate(99),
        interaction("GET", f"{PD}/api/v2/deals/101", 200, _pd_ok(_pd_deal(101))),
        interaction("GET", f"{PD}/api/v2/deals/103", 200, _pd_ok(_pd_deal(103))),
        interaction("GET", f"{PD}/api/v2/deals/999999", 404, _pd_error("Deal not found", "ERR_NOT_FOUND")),
        interaction("GET", f"{PD}/api/v2/products?limit=500", 200, _pd_ok([
            _pd_product(401, "Cordless drill 18V", {"USD": 189, "EUR": 175}),
            _pd_product(402, "Installation service", {"USD": 1500}),
            _pd_product(403, "A4 copy paper, box", {"USD": 45.00})])),
        interaction("POST", f"{PD}/api/v2/dealFields", 200, _pd_ok(created),
                    request_body={"field_name": "ERP payment status", "field_type": "varchar"}),
        _pd_patch(101, invoice),
        _pd_patch(101, {**invoice, "payment_status": "unpaid"}),
        _pd_patch(101, {**invoice, "payment_status": "paid"}),
        _pd_patch(999999, invoice, status=404),
    ]


def pipedrive_faults() -> list[dict[str, Any]]:
    """Rate-limited twice (Retry-After, then only x-ratelimit-reset), then served; a token that may
    not add fields; an expired OAuth token refreshed once."""
    limited = _pd_error("Request over limit", "ERR_RATE_LIMIT")
    return [
        interaction("GET", f"{PD}/api/v2/products?limit=500", 429, limited, headers={"Retry-After": "2"}),
        interaction("GET", f"{PD}/api/v2/products?limit=500", 429, limited,
                    headers={"x-ratelimit-limit": "80", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1"}),
        interaction("GET", f"{PD}/api/v2/products?limit=500", 200,
                    _pd_ok([_pd_product(401, "Cordless drill 18V", {"USD": 189})])),
        interaction("GET", f"{PD}/api/v2/dealFields?limit=500", 200, _pd_ok(PD_DEAL_FIELDS)),
        interaction("POST", f"{PD}/api/v2/dealFields", 403,
                    _pd_error("You do not have permissions to add custom fields", "ERR_FORBIDDEN"),
                    request_body={"field_name": "ERP payment status", "field_type": "varchar"}),
    ]


def pipedrive_oauth() -> list[dict[str, Any]]:
    return [
        interaction("GET", f"{PD}/api/v2/deals/101", 401, _pd_error("Unauthorized", "ERR_UNAUTHORIZED")),
        interaction("POST", "https://oauth.pipedrive.com/oauth/token", 200,
                    {"access_token": "FILTERED-ACCESS-TOKEN-2", "token_type": "Bearer",
                     "refresh_token": "FILTERED-REFRESH-TOKEN-2", "scope": "deals:full,products:read,contacts:read",
                     "expires_in": 3599, "api_domain": "https://acme-test.pipedrive.com"},
                    request_body={"grant_type": "refresh_token", "refresh_token": "FILTERED-REFRESH-TOKEN-1"},
                    form=True),
        interaction("GET", f"{PD}/api/v2/deals/101", 200, _pd_ok(_pd_deal(101))),
        interaction("POST", "https://oauth.pipedrive.com/oauth/token", 200,
                    {"access_token": "FILTERED-ACCESS-TOKEN-1", "token_type": "Bearer",
                     "refresh_token": "FILTERED-REFRESH-TOKEN-1", "scope": "deals:full,products:read,contacts:read",
                     "expires_in": 3599, "api_domain": "https://acme-test.pipedrive.com"},
                    request_body={"grant_type": "authorization_code", "code": "test-code",
                                  "redirect_uri": "http://localhost:8765/pipedrive/callback"}, form=True),
    ]


# --------------------------------------------------------------------------- Dynamics 365 Sales

TENANT = "8a3c2f10-5b6d-4e7f-9a01-23456789abcd"
APP_ID = "5f0e6d7c-8b9a-4c3d-2e1f-0a9b8c7d6e5f"
LOGIN = f"https://login.microsoftonline.com/{TENANT}"
ORG = "https://acme-test.crm.dynamics.com"
API = f"{ORG}/api/data/v9.2"


def _openid_configuration() -> dict[str, Any]:
    return {
        "token_endpoint": f"{LOGIN}/oauth2/v2.0/token",
        "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        "jwks_uri": f"{LOGIN}/discovery/v2.0/keys", "response_modes_supported": ["query", "fragment", "form_post"],
        "subject_types_supported": ["pairwise"], "id_token_signing_alg_values_supported": ["RS256"],
        "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
        "scopes_supported": ["openid", "profile", "email", "offline_access"], "issuer": f"{LOGIN}/v2.0",
        "request_uri_parameter_supported": False, "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
        "authorization_endpoint": f"{LOGIN}/oauth2/v2.0/authorize",
        "device_authorization_endpoint": f"{LOGIN}/oauth2/v2.0/devicecode", "http_logout_supported": True,
        "frontchannel_logout_supported": True, "end_session_endpoint": f"{LOGIN}/oauth2/v2.0/logout",
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "tid", "ver"],
        "kerberos_endpoint": f"{LOGIN}/kerberos", "tenant_region_scope": "NA",
        "cloud_instance_name": "microsoftonline.com", "cloud_graph_host_name": "graph.windows.net",
        "msgraph_host": "graph.microsoft.com", "rbac_url": "https://pas.windows.net"}


def _entra_token(n: int) -> dict[str, Any]:
    return interaction("POST", f"{LOGIN}/oauth2/v2.0/token", 200,
                       {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                        "access_token": f"FILTERED-ACCESS-TOKEN-{n}"},
                       request_body=TOKEN_FORM, form=True)


TOKEN_FORM = {"client_id": APP_ID, "grant_type": "client_credentials", "client_info": "1",
              "client_secret": "FILTERED-CLIENT-SECRET", "scope": f"{ORG}/.default"}
FIT_OUT = "7d1a2b3c-0001-4f00-8000-00000000f001"
PAPER = "7d1a2b3c-0003-4f00-8000-00000000f003"
UNKNOWN = "7d1a2b3c-0404-4f00-8000-000000000404"
USD_ID = "e1d2c3b4-0000-4000-8000-0000000000d1"


def _dv_select() -> dict[str, str]:
    from countersign.adapters.dynamics.crm import OPPORTUNITY_EXPAND, OPPORTUNITY_SELECT

    return {"$select": OPPORTUNITY_SELECT, "$expand": OPPORTUNITY_EXPAND}


def _dv_line(line_id: str, sequence: int, product: str, quantity: float, price: float,
             manual: float = 0.0) -> dict[str, Any]:
    return {"@odata.etag": 'W/"4410021"', "opportunityproductid": line_id, "quantity": quantity,
            "priceperunit": price, "volumediscountamount": 0.0, "manualdiscountamount": manual,
            "productdescription": None, "isproductoverridden": False, "sequencenumber": sequence,
            "productid": {"name": product, "productid": f"c0ffee00-0000-4000-8000-00000000{sequence:04d}"}}


def _dv_account(which: str) -> dict[str, Any]:
    data = {"bh": ("a1000000-0000-4000-8000-000000000001", "Blue Harbor Retail", "83-1122334", True,
                   "ap@blueharbor.example", {"fullname": "Jordan Blake",
                                             "contactid": "b2000000-0000-4000-8000-000000000001"}),
            "ns": ("a1000000-0000-4000-8000-000000000002", "Northshore Logistics", "85-9900112", False, None, None)}
    account_id, name, tax_id, requires_po, email, contact = data[which]
    return {"@odata.etag": 'W/"4410007"', "accountid": account_id, "name": name, "address1_line1": "9 Pier Road",
            "address1_line2": None, "address1_city": "Portland", "address1_stateorprovince": "ME",
            "address1_postalcode": "04101", "address1_country": "USA", "emailaddress1": email, "cs_taxid": tax_id,
            "cs_requirespo": requires_po, "cs_taxexempt": False, "cs_taxexemptioncertificate": None,
            "primarycontactid": contact}


def _dv_opportunity(guid: str, **invoice: str | None) -> dict[str, Any]:
    if guid == FIT_OUT:
        name, closed, account, po, discount = ("Blue Harbor - store fit-out tools", "2026-11-02", "bh",
                                               "BH-PO-8120", 5.0)
        lines = [_dv_line("d3000000-0000-4000-8000-000000000001", 1, "Cordless drill 18V", 25.0, 189.0, 236.25),
                 _dv_line("d3000000-0000-4000-8000-000000000002", 2, "Installation service", 1.0, 1500.0)]
    else:
        name, closed, account, po, discount = "Northshore - paper restock", "2026-11-18", "ns", None, None
        lines = [_dv_line("d3000000-0000-4000-8000-000000000003", 1, "A4 copy paper, box", 60.0, 45.0, 360.0)]
    acct = _dv_account(account)
    row = {"@odata.etag": 'W/"4410050"', "opportunityid": guid, "name": name, "statecode": 1, "statuscode": 3,
           "actualclosedate": closed, "_ownerid_value": "f0000000-0000-4000-8000-000000000001",
           "_customerid_value": acct["accountid"], "_pricelevelid_value": "e5000000-0000-4000-8000-000000000001",
           "cs_poreference": po, "cs_approveddiscountpct": discount, "cs_erpinvoicenumber": None,
           "cs_erpinvoicestatus": None, "cs_erppaymentstatus": None,
           "transactioncurrencyid": {"isocurrencycode": "USD", "transactioncurrencyid": USD_ID},
           "customerid_account": acct, "product_opportunities": lines}
    row.update({f"cs_erp{k.replace('_', '')}": v for k, v in invoice.items()})
    return row


def _dv_error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _dv_patch(guid: str, values: dict[str, str], status: int = 204) -> dict[str, Any]:
    answer = None if status == 204 else _dv_error(
        "0x80040217", f"Entity 'opportunity' With Id = {guid} Does Not Exist")
    return interaction("PATCH", f"{API}/opportunities({guid})", status, answer,
                       request_body={f"cs_erp{k.replace('_', '')}": v for k, v in values.items()})


def _dv_won(start: str, end: str) -> str:
    params = {"$select": _dv_select()["$select"],
              "$filter": f"statecode eq 1 and actualclosedate ge {start} and actualclosedate le {end}",
              "$orderby": "actualclosedate asc", "$expand": _dv_select()["$expand"]}
    return f"{API}/opportunities?" + urlencode(params)


def _dv_price_lists() -> dict[str, Any]:
    items = [("Cordless drill 18V", 189.0), ("Installation service", 1500.0), ("A4 copy paper, box", 45.0)]
    return {"@odata.context": f"{API}/$metadata#pricelevels(name,price_level_product_price_levels(amount))",
            "value": [{"@odata.etag": 'W/"4410001"', "pricelevelid": "e5000000-0000-4000-8000-000000000001",
                       "name": "Standard USD", "price_level_product_price_levels": [
                           {"amount": amount, "productpricelevelid": f"e6000000-0000-4000-8000-00000000000{n}",
                            "productid": {"name": product, "productid": f"c0ffee00-0000-4000-8000-00000000000{n}"}}
                           for n, (product, amount) in enumerate(items, start=1)]}]}


def _dv_login(*tokens: int) -> list[dict[str, Any]]:
    return [interaction("GET", f"{LOGIN}/v2.0/.well-known/openid-configuration", 200, _openid_configuration()),
            *[_entra_token(n) for n in tokens]]


def _dv_who_am_i() -> dict[str, Any]:
    return {"@odata.context": f"{API}/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
            "BusinessUnitId": "b0000000-0000-4000-8000-000000000001", "UserId": "f0000000-0000-4000-8000-00000000a991",
            "OrganizationId": "0a000000-0000-4000-8000-000000000001"}


def dynamics() -> list[dict[str, Any]]:
    invoice = {"invoice_number": "SI-00003", "invoice_status": "invoiced"}
    context = f"{API}/$metadata#opportunities"
    next_page = _dv_won("2026-11-01", "2026-11-30") + "&%24skiptoken=%3Ccookie%20pagenumber%3D%222%22%3E"
    return [
        *_dv_login(1),
        interaction("GET", _dv_won("2026-11-01", "2026-11-30"), 200,
                    {"@odata.context": context, "value": [_dv_opportunity(FIT_OUT)], "@odata.nextLink": next_page}),
        interaction("GET", next_page, 200, {"@odata.context": context, "value": [_dv_opportunity(PAPER)]}),
        *[interaction("GET", f"{API}/opportunities({guid})?" + urlencode(_dv_select()), 200,
                      {"@odata.context": f"{context}/$entity", **_dv_opportunity(guid)}) for guid in (FIT_OUT, PAPER)],
        interaction("GET", f"{API}/opportunities({UNKNOWN})?" + urlencode(_dv_select()), 404,
                    _dv_error("0x80040217", f"Entity 'opportunity' With Id = {UNKNOWN} Does Not Exist")),
        interaction("GET", f"{API}/pricelevels?" + urlencode({
            "$select": "name",
            "$filter": "statecode eq 0 and transactioncurrencyid/isocurrencycode eq 'USD'",
            "$orderby": "name asc",
            "$expand": "price_level_product_price_levels($select=amount;$expand=productid($select=name))"}), 200,
            _dv_price_lists()),
        interaction("GET", f"{API}/WhoAmI", 200, _dv_who_am_i()),
        _dv_patch(FIT_OUT, invoice),
        _dv_patch(FIT_OUT, {**invoice, "payment_status": "unpaid"}),
        _dv_patch(FIT_OUT, {**invoice, "payment_status": "paid"}),
        _dv_patch(UNKNOWN, invoice, status=404),
    ]


def dynamics_faults() -> list[dict[str, Any]]:
    """Service protection (429 + Retry-After), then served; an expired token (401) replaced once;
    a role without the write privilege."""
    return [
        *_dv_login(1),
        interaction("GET", f"{API}/WhoAmI", 429, _dv_error(
            "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
            headers={"Retry-After": "3"}),
        interaction("GET", f"{API}/WhoAmI", 401, _dv_error("0x80048306", "The access token has expired.")),
        _entra_token(2),
        interaction("GET", f"{API}/WhoAmI", 200, _dv_who_am_i()),
        interaction("PATCH", f"{API}/opportunities({FIT_OUT})", 403, _dv_error(
            "0x80040220", "Principal user (Id=f0000000-0000-4000-8000-00000000a991, type=8, roleCount=1) is missing "
            "prvWriteOpportunity privilege (Id=a5b4c3d2-0000-4000-8000-000000000001) on OTC=3 for entity "
            "'opportunity'."), request_body={"cs_erppaymentstatus": "paid"}),
    ]


def _empty_bodies(interactions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """httpx sends a GET with an empty body (b""), where urllib3 sends none."""
    for item in interactions:
        if item["request"]["body"] is None:
            item["request"]["body"] = ""
    return interactions


def main() -> None:
    header = ("HubSpot CRM API responses in the documented shapes (pipelines, deal search, v4 associations,\n"
              "batch reads, products, properties, deal update, errors), written by tests/crm_cassettes.py.\n"
              "No credentials: requests carry none, and the tests filter the Authorization header.")
    write(ROOT / "hubspot" / "crm_contract.yaml", header, hubspot())
    write(ROOT / "hubspot" / "faults.yaml", header, hubspot_faults())
    write(ROOT / "hubspot" / "oauth_refresh.yaml", header, hubspot_oauth())
    header = ("Pipedrive API v2 responses in the documented shapes (deals, deal products, organizations,\n"
              "products, deal and organization fields, deal update, errors; OAuth token endpoint), written by\n"
              "tests/crm_cassettes.py. No credentials: requests carry none (the tests filter x-api-token).")
    write(ROOT / "pipedrive" / "crm_contract.yaml", header, _empty_bodies(pipedrive()))
    write(ROOT / "pipedrive" / "faults.yaml", header, _empty_bodies(pipedrive_faults()))
    write(ROOT / "pipedrive" / "oauth_refresh.yaml", header, _empty_bodies(pipedrive_oauth()))
    header = ("Microsoft Entra ID (OpenID configuration, client-credentials token) and Dataverse Web API v9.2\n"
              "responses in the documented shapes (won opportunities with opportunity products and account,\n"
              "price lists, WhoAmI, opportunity update, errors), written by tests/crm_cassettes.py. No credentials:\n"
              "the token endpoint answers FILTERED- placeholders and requests carry no Authorization header.")
    write(ROOT / "dynamics" / "crm_contract.yaml", header, dynamics())
    write(ROOT / "dynamics" / "faults.yaml", header, dynamics_faults())


if __name__ == "__main__":
    main()
