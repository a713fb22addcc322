"""A fault-injecting Dynamics 365 Business Central stub on 127.0.0.1 (API v2.0 and Entra ID), for
tests and evals.stress only.

Emulates what `BusinessCentralERP` uses, in the documented shapes:

* `/v2.0/{tenant}/{environment}/api/v2.0/companies` and, per company, `vendors`, `accounts`,
  `purchaseOrders` (`$expand=purchaseOrderLines`, with `receivedQuantity`), `purchaseInvoices`
  (deep insert of `purchaseInvoiceLines` on POST, `$expand` on GET, totals computed, no
  idempotency of any kind: the same POST twice makes two invoices), `documentAttachments` (+ the
  `attachmentContent` PATCH); OData `$filter` (`eq`, `and`), `$orderby`, `@odata.nextLink`
  paging; errors as `{"error": {"code", "message"}}`;
* a published custom API page, `/api/countersign/ap/v1.0/…/vendorBankAccounts` (vendorNumber,
  code, iban), as the README's AL extension publishes it;
* Entra ID: the tenant's OpenID configuration and its v2.0 token endpoint (client credentials;
  a wrong secret is AADSTS7000215).

Faults, chaos and the request log come from tests/erp_stub.py.
"""

from __future__ import annotations

import random
import re
import uuid
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

from tests.erp_stub import ERPStub, Fault, Reply, Request

TENANT = "9a1c0c4e-3c55-4c3e-9a55-0f6b7f1d2e3a"
ENVIRONMENT = "production"
COMPANY = "f03f6225-081c-ec11-bb77-000d3abcd65f"
TOKEN = f"/{TENANT}/oauth2/v2.0/token"
OPENID = f"/{TENANT}/v2.0/.well-known/openid-configuration"
BANK_API = "countersign/ap/v1.0"
PAGE = 20  # small pages, so paging is exercised


def _err(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": f"{message}  CorrelationId:  {uuid.uuid4()}."}}


def _literal(text: str) -> Any:
    text = text.strip()
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return text.lower()


def _test(row: dict, field: str, op: str, value: str) -> bool:
    have, want = str(row.get(field) or ""), _literal(value)
    if op == "ge":
        return have[:10] >= want
    if op == "le":
        return have[:10] <= want
    return have == want if value.startswith("'") else have.lower() == want


def _filter(rows: list[dict], expression: str | None) -> list[dict]:
    if not expression:
        return rows
    clauses = re.findall(r"(\w+) (eq|ge|le) ('(?:[^']|'')*'|[0-9a-fA-F-]+)", expression)
    if not clauses or len(clauses) != len(re.findall(r" (?:eq|ge|le) ", expression)):
        raise ValueError(f"unsupported $filter {expression}")
    return [r for r in rows if all(_test(r, f, op, v) for f, op, v in clauses)]


class BCStub(ERPStub):
    system = "Business Central"
    api_prefix = "/v2.0/"
    token_paths = (TOKEN, OPENID)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.tenant, self.environment, self.company = TENANT, ENVIRONMENT, COMPANY
        self.client = ("stub-client-id", "stub-client-secret")
        self.data: dict[str, list[dict]] = {k: [] for k in ("vendors", "accounts", "purchaseOrders",
                                                            "purchaseInvoices", "documentAttachments",
                                                            "vendorBankAccounts", "customers", "items",
                                                            "salesInvoices", "customerPayments")}
        self.contents: dict[str, bytes] = {}
        self.counter = 108000
        self._ids = random.Random(20261120)  # GUIDs the same on every run (the cassettes name them)
        self.outage = False  # every API request answers 503 (the network broke after a write)
        self.outage_after_write = False  # the next invoice written turns `outage` on

    @property
    def api_url(self) -> str:
        return self.url

    @property
    def login_url(self) -> str:
        return self.url

    # ----------------------------------------------------------------- data

    def new_id(self) -> str:
        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    def add(self, kind: str, row: dict) -> dict:
        row = {"id": self.new_id(), "lastModifiedDateTime": "2026-11-20T12:00:00Z", **row}
        self.data[kind].append(row)
        return row

    def all(self, kind: str) -> list[dict]:
        return list(self.data[kind])

    def seed_ledger(self, data: dict) -> dict[str, str]:
        """Business Central versions of the local ledger seed; returns local vendor id → vendor id."""
        for a in data.get("gl_accounts", []):
            self.add("accounts", {"number": a["code"], "displayName": a["name"], "category": "Expense",
                                  "subCategory": "", "blocked": not a.get("active", True), "accountType": "Posting"})
        vendors, numbers = {}, {}
        for n, v in enumerate(data.get("vendors", []), start=1):
            street, _, rest = v.get("address", "").partition(", ")
            row = self.add("vendors", {
                "number": f"V{n * 10:05d}", "displayName": v["name"], "addressLine1": street, "addressLine2": "",
                "city": rest, "taxRegistrationNumber": v.get("tax_id") or "",
                "currencyCode": "" if v.get("currency", "USD") == "USD" else v["currency"],
                "blocked": "" if v.get("status", "active") == "active" else "All", "balance": Decimal("0")})
            vendors[v["id"]], numbers[v["id"]] = row["id"], row["number"]
            if v.get("iban"):
                self.add("vendorBankAccounts", {"vendorNumber": row["number"], "code": "MAIN", "iban": v["iban"]})
        for po in data.get("purchase_orders", []):
            lines = []
            for line in po.get("lines", []):
                qty, unit = Decimal(line["quantity"]), Decimal(line["unit_price"])
                received = sum((Decimal(r["quantity"]) for r in po.get("receipts", [])
                                if r["line_no"] == line["line_no"]), Decimal(0))
                lines.append({"id": self.new_id(), "sequence": 10000 * line["line_no"], "lineType": "Account",
                              "lineObjectNumber": line["account"], "description": line["description"],
                              "quantity": qty, "directUnitCost": unit, "amountExcludingTax": qty * unit,
                              "receivedQuantity": received,
                              "invoicedQuantity": qty if po.get("status") == "closed" else Decimal(0)})
            dates = [r["received_at"] for r in po.get("receipts", [])]
            self.add("purchaseOrders", {
                "number": po["number"], "orderDate": "2026-11-01", "vendorId": vendors[po["vendor_id"]],
                "vendorNumber": numbers[po["vendor_id"]], "currencyCode": "", "status": "Open",
                "shortcutDimension1Code": po.get("department") or "", "shortcutDimension2Code": "",
                "fullyReceived": False, "lastModifiedDateTime": (max(dates) if dates else "2026-11-01") + "T12:00:00Z",
                "purchaseOrderLines": lines})
        for b in data.get("posted_bills", []):
            total = Decimal(b["total"])
            self.add("purchaseInvoices", self._invoice({
                "vendorId": vendors[b["vendor_id"]], "vendorInvoiceNumber": b["invoice_number"],
                "invoiceDate": b["invoice_date"], "currencyCode": "", "status": "Open",
                "purchaseInvoiceLines": [{"lineType": "Account", "lineObjectNumber": data["gl_accounts"][0]["code"],
                                          "description": "Seeded", "quantity": Decimal(1), "directUnitCost": total}]}))
        self._seed_receivables(data)
        return vendors

    def _seed_receivables(self, data: dict) -> None:
        customers, invoices = {}, {}
        for n, c in enumerate(data.get("customers", []), start=1):
            customers[c["id"]] = self.add("customers", {
                "number": f"C{n * 10:05d}", "displayName": c["name"], "email": c.get("billing_email") or "",
                "taxRegistrationNumber": c.get("tax_id") or "", "taxLiable": not c.get("tax_exempt", False),
                "addressLine1": c.get("billing_address", "")})["id"]
        for n, product in enumerate(("Annual support plan", "Installation service", "Cordless drill 18V",
                                     "A4 copy paper, box"), start=1):
            self.add("items", {"number": f"{1900 + n}-S", "displayName": product, "type": "Service"})
        for inv in data.get("invoices", []):
            lines = [{"lineType": "Comment", "description": f"countersign opportunity={inv['opportunity_id']}"}] \
                if inv.get("opportunity_id") else []
            invoices[inv["id"]] = self.add("salesInvoices", {
                "number": inv["doc_number"], "externalDocumentNumber": "", "customerId": customers[inv["customer_id"]],
                "invoiceDate": inv["invoice_date"], "dueDate": inv.get("due_date"), "currencyCode": "",
                "totalAmountIncludingTax": Decimal(inv["total"]), "remainingAmount": Decimal(inv["balance"]),
                "status": "Paid" if Decimal(inv["balance"]) == 0 else "Open", "salesInvoiceLines": lines})["id"]
        for pay in data.get("payments", []):
            self.add("customerPayments", {"lineNumber": 10000, "postingDate": pay["received_on"],
                                          "amount": Decimal(pay["amount"]),
                                          "appliesToInvoiceId": invoices[pay["invoice_id"]]})

    def _sales_invoice(self, body: dict) -> dict:
        self.counter += 1
        items = {i["number"] for i in self.data["items"]}
        lines = []
        for n, line in enumerate(body.get("salesInvoiceLines") or [], start=1):
            if line.get("lineType") == "Item" and line.get("lineObjectNumber") not in items:
                raise ValueError(f"The Item does not exist. Identification fields and values: No.='"
                                 f"{line.get('lineObjectNumber')}'")
            qty, unit = Decimal(str(line.get("quantity") or 0)), Decimal(str(line.get("unitPrice") or 0))
            lines.append({"id": self.new_id(), "sequence": 10000 * n, **line,
                          "amountIncludingTax": qty * unit if line.get("lineType") != "Comment" else Decimal(0)})
        total = sum((li["amountIncludingTax"] for li in lines), Decimal(0))
        return {"number": f"S-INV{self.counter}", "status": "Draft", **body, "salesInvoiceLines": lines,
                "totalAmountIncludingTax": total, "remainingAmount": total}

    def _invoice(self, body: dict) -> dict:
        self.counter += 1
        lines = []
        for n, line in enumerate(body.get("purchaseInvoiceLines") or [], start=1):
            qty, unit = Decimal(str(line.get("quantity") or 0)), Decimal(str(line.get("directUnitCost") or 0))
            amount = qty * unit if line.get("lineType") != "Comment" else Decimal(0)
            lines.append({"id": self.new_id(), "sequence": 10000 * n, "lineType": line.get("lineType"),
                          "lineObjectNumber": line.get("lineObjectNumber", ""), "description": line.get("description"),
                          "quantity": qty, "directUnitCost": unit, "amountExcludingTax": amount,
                          "amountIncludingTax": amount})
        total = sum((li["amountIncludingTax"] for li in lines), Decimal(0))
        vendor = next((v for v in self.data["vendors"] if v["id"] == body.get("vendorId")), {})
        return {"number": str(self.counter), "status": "Draft", "dueDate": "0001-01-01", **body,
                "vendorNumber": vendor.get("number"), "vendorName": vendor.get("displayName"),
                "totalAmountExcludingTax": total, "totalTaxAmount": Decimal(0), "totalAmountIncludingTax": total,
                "purchaseInvoiceLines": lines}

    # ----------------------------------------------------------------- routes

    def route(self, req: Request) -> Reply:
        if self.outage:
            return self.server_error(req, 503)
        base = f"/v2.0/{self.tenant}/{self.environment}/api/"
        if not req.path.startswith(base):
            return Reply(404, _err("BadRequest_NotFound", f"no such environment in {req.path}"))
        rest = req.path[len(base):]
        if rest == "v2.0/companies":
            return Reply(200, {"value": [{"id": self.company, "name": "CRONUS USA, Inc.",
                                          "displayName": "CRONUS USA, Inc."}]})
        hit = re.match(r"^(v2\.0|countersign/ap/v1\.0)/companies\(([^)]+)\)/(\w+)(?:\(([^)]+)\))?(?:/([\w.]+))?$", rest)
        if not hit or hit.group(2) != self.company:
            return Reply(404, _err("BadRequest_NotFound", "The company does not exist."))
        api, _company, kind, ident, nav = hit.groups()
        if (kind == "vendorBankAccounts") != (api != "v2.0") or kind not in self.data:
            return Reply(404, _err("BadRequest_NotFound", f"Resource {kind} not found."))
        if req.method == "GET":
            return self._get(req, kind, ident)
        if req.method == "POST" and ident is None:
            return self._post(req, kind)
        if req.method == "POST" and kind == "purchaseInvoices" and nav == "Microsoft.NAV.post":
            return self._post_invoice(ident)
        if req.method == "PATCH" and kind == "documentAttachments" and nav == "attachmentContent":
            if req.header("If-Match") is None:
                return Reply(428, _err("Request_EntityChanged", "Could not find If-Match header."))
            self.contents[ident] = req.body
            return Reply(204, None)
        return Reply(405, _err("BadRequest_MethodNotAllowed", f"'{req.method}' is not allowed"))

    def _post_invoice(self, ident: str | None) -> Reply:
        row = self._row("purchaseInvoices", ident)
        if row is None:
            return Reply(404, _err("Internal_RecordNotFound", "The purchase invoice does not exist."))
        if row["status"] != "Draft":
            return Reply(400, _err("Internal_ApplicationError", "The purchase invoice is already posted."))
        row["status"] = "Open"
        return Reply(204, None)

    def _row(self, kind: str, ident: str | None) -> dict | None:
        return next((r for r in self.data[kind] if r["id"] == ident), None)

    def _shape(self, row: dict, expand: str | None) -> dict:
        nested = ("purchaseInvoiceLines", "purchaseOrderLines", "salesInvoiceLines")
        return {k: v for k, v in row.items() if k not in nested or k == expand}

    def _get(self, req: Request, kind: str, ident: str | None) -> Reply:
        expand = req.params.get("$expand")
        if ident is not None:
            row = self._row(kind, ident)
            if row is None:
                return Reply(404, _err("Internal_RecordNotFound", f"The {kind[:-1]} does not exist."))
            return Reply(200, self._shape(row, expand))
        try:
            rows = _filter(self.data[kind], req.params.get("$filter"))
        except ValueError as exc:
            return Reply(400, _err("BadRequest", str(exc)))
        if req.params.get("$orderby", "").endswith(" desc"):
            rows = list(reversed(rows))
        skip = int(req.params.get("$skiptoken") or 0)
        page = rows[skip: skip + PAGE]
        body: dict[str, Any] = {"@odata.context": f"{self.url}{req.path}",
                                "value": [self._shape(r, expand) for r in page]}
        if skip + PAGE < len(rows):
            params = {k: v for k, v in req.params.items() if k != "$skiptoken"}
            from urllib.parse import urlencode
            body["@odata.nextLink"] = f"{self.url}{req.path}?{urlencode({**params, '$skiptoken': skip + PAGE})}"
        return Reply(200, body)

    def _post(self, req: Request, kind: str) -> Reply:  # noqa: C901 - one branch per entity
        body = req.json()
        if kind == "purchaseInvoices":
            if not self._row("vendors", body.get("vendorId")):
                return Reply(400, _err("Internal_RecordNotFound", "The Vendor does not exist. Identification fields "
                                                                  f"and values: Id='{body.get('vendorId')}'"))
            for line in body.get("purchaseInvoiceLines") or []:
                if line.get("lineType") == "Account":
                    acct = next((a for a in self.data["accounts"] if a["number"] == line.get("lineObjectNumber")), None)
                    if acct is None or acct["blocked"]:
                        value = line.get("lineObjectNumber")
                        return Reply(400, _err("Internal_FieldValidation", "The field No. of table Purchase Line "
                                               f"contains a value ({value}) that cannot be found in the related "
                                               "table (G/L Account)."))
            row = self.add(kind, self._invoice(body))
            self.outage = self.outage or self.outage_after_write
        elif kind == "salesInvoices":
            if not self._row("customers", body.get("customerId")):
                return Reply(400, _err("Internal_RecordNotFound", "The Customer does not exist."))
            try:
                row = self.add(kind, self._sales_invoice(body))
            except ValueError as exc:
                return Reply(400, _err("Internal_RecordNotFound", str(exc)))
        elif kind == "customers":
            row = self.add(kind, {"number": f"C{len(self.data['customers']) * 10 + 10:05d}", **body})
        elif kind == "documentAttachments":
            row = self.add(kind, {"fileName": body["fileName"], "parentType": body["parentType"],
                                  "parentId": body["parentId"], "byteSize": 0})
        elif kind == "vendors":
            row = self.add(kind, {"number": f"V{len(self.data['vendors']) * 10 + 10:05d}", "blocked": "",
                                  "currencyCode": "", "taxRegistrationNumber": "", **body})
        elif kind == "vendorBankAccounts":
            row = self.add(kind, body)
        else:
            return Reply(405, _err("BadRequest_MethodNotAllowed", f"'POST' on {kind} is not allowed"))
        return Reply(201, self._shape(row, None), {"Location": f"{self.url}{req.path}({row['id']})"})

    # ----------------------------------------------------------------- faults and Entra ID

    def unauthorized(self, req: Request) -> Reply:
        return Reply(401, _err("Authentication_InvalidCredentials", "The server has rejected the client "
                                                                    "credentials."),
                     {"WWW-Authenticate": 'Bearer realm="", error="invalid_token"'})

    def throttled(self, req: Request) -> Reply:
        return Reply(429, _err("Application_TooManyRequests", "Too many requests reached. Actual (6001). "
                                                              "Maximum (6000)."), {"Retry-After": self.retry_after})

    def server_error(self, req: Request, status: int = 500) -> Reply:
        return Reply(status, _err("InternalServerError" if status == 500 else "ServiceUnavailable",
                                  "Something went wrong." if status == 500 else "The service is temporarily "
                                                                                 "unavailable."))

    def validation_error(self, req: Request, fault: Fault) -> Reply:
        return Reply(400, _err("Internal_FieldValidation", fault.message))

    def token(self, req: Request) -> Reply:
        login = "https://login.microsoftonline.com"
        if req.path == OPENID:
            return Reply(200, {"token_endpoint": f"{login}{TOKEN}", "issuer": f"{login}/{TENANT}/v2.0",
                               "authorization_endpoint": f"{login}/{TENANT}/oauth2/v2.0/authorize",
                               "device_authorization_endpoint": f"{login}/{TENANT}/oauth2/v2.0/devicecode"})
        form = {k: v[0] for k, v in parse_qs(req.text).items()}
        if form.get("grant_type") != "client_credentials" or form.get("scope") != \
                "https://api.businesscentral.dynamics.com/.default":
            return Reply(400, {"error": "invalid_request", "error_description": "AADSTS900144: bad request"})
        if (form.get("client_id"), form.get("client_secret")) != self.client:
            return Reply(401, {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client "
                                                                                "secret provided."})
        answer = self.issue(3599)
        return Reply(200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                           "access_token": answer["access_token"]})
