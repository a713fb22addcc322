"""A fault-injecting NetSuite stub on 127.0.0.1 (SuiteTalk REST web services), for tests only.

Emulates what `NetSuiteERP` uses, in NetSuite's documented shapes:

* records under `/services/rest/record/v1/{type}/{id | eid:<external id>}`: GET (with
  `expandSubResources`, sublists as `{"items": [...]}`, references as `{"id", "refName"}`), PUT to an
  external id = upsert (create or update, 204 and a `Location` header), errors as
  `{"type", "title", "status", "o:errorDetails": [{"detail", "o:errorCode"}]}`;
* SuiteQL at `POST /services/rest/query/v1/suiteql` (`Prefer: transient`, `limit`/`offset` paging,
  `{"links", "count", "hasMore", "items", "offset", "totalResults"}`, values as text), for the
  subset of SELECT … FROM … WHERE … AND … ORDER BY … the adapter sends;
* the M2M token endpoint: the client assertion must be a PS256 JWT with the mapping's `kid`,
  `aud` = the token URL and `scope` rest_webservices, verified against the certificate's public key;
* the attach RESTlet (`/app/site/hosting/restlet.nl`), idempotent by file name like the real one.

Faults, chaos and the request log come from tests/erp_stub.py.
"""

from __future__ import annotations

import base64
import re
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs

from tests.erp_stub import ERPStub, Fault, Reply, Request

ACCOUNT = "1234567_SB1"
RECORD = "/services/rest/record/v1/"
TOKEN = "/services/rest/auth/oauth2/v1/token"
KID = "stub-certificate-kid"
TYPES = {"vendorBill": "VendBill", "purchaseOrder": "PurchOrd", "invoice": "CustInvc", "customerPayment": "CustPymt"}


def _err(status: int, title: str, detail: str, code: str) -> dict:
    return {"type": f"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.{status - 399}", "title": title,
            "status": status, "o:errorDetails": [{"detail": detail, "o:errorCode": code}]}


def _text(value: Any) -> Any:
    """SuiteQL gives values as text; booleans as T/F."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, dict):
        return value.get("id")
    return str(value)


class NetSuiteStub(ERPStub):
    system = "NetSuite"
    api_prefix = "/"
    token_paths = (TOKEN, "/rest/requesttoken", "/rest/accesstoken", "/app/login/secure/authorizetoken.nl")

    def __init__(self, account: str = ACCOUNT, public_key: bytes | None = None, **kw):
        super().__init__(**kw)
        self.realm = account
        self.public_key = public_key
        self.records: dict[str, dict[str, dict]] = {}
        self.accounts: list[dict] = []
        self.currencies = [{"id": "1", "symbol": "USD", "name": "US Dollar"}, {"id": "2", "symbol": "EUR",
                                                                                 "name": "Euro"}]
        self.items: list[dict] = []
        self.files: dict[str, dict] = {}  # file name → {id, contents, attached_to}
        self.next_id = 100
        # Token-based authentication (OAuth 1.0a): the integration's consumer, and tokens by id → secret
        self.consumer = ("stub-consumer-key", "stub-consumer-secret")
        self.tba_tokens: dict[str, str] = {}
        self.request_tokens: dict[str, str] = {}  # request token → secret
        self.verifiers: dict[str, str] = {}  # request token → verifier given at consent
        self.callback = "http://localhost:8765/netsuite/callback"

    # ----------------------------------------------------------------- data

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def put(self, kind: str, obj: dict) -> dict:
        obj = dict(obj)
        obj.setdefault("id", self.new_id())
        obj.setdefault("createdDate", "2026-11-20T12:00:00Z")
        obj.setdefault("lastModifiedDate", "2026-11-20T12:00:00Z")
        self.records.setdefault(kind, {})[obj["id"]] = obj
        return obj

    def all(self, kind: str) -> list[dict]:
        return list(self.records.get(kind, {}).values())

    def _by_eid(self, kind: str, external: str) -> dict | None:
        return next((r for r in self.all(kind) if r.get("externalId") == external), None)

    def seed_ledger(self, data: dict, iban_field: str = "custentity_iban") -> dict[str, str]:  # noqa: C901
        """NetSuite versions of the local ledger seed; returns local vendor id → internal id."""
        account_ids = {}
        for a in data.get("gl_accounts", []):
            aid = self.new_id()
            self.accounts.append({"id": aid, "acctnumber": a["code"], "fullname": a["name"],
                                  "isinactive": not a.get("active", True)})
            account_ids[a["code"]] = aid
        vendors = {}
        for v in data.get("vendors", []):
            row = self.put("vendor", {
                "entityId": v["name"], "companyName": v["name"], "isPerson": False,
                "isInactive": v.get("status", "active") != "active", "taxIdNum": v.get("tax_id"),
                "currency": {"id": "1", "refName": "US Dollar"}, "subsidiary": {"id": "1", "refName": "Parent"},
                "defaultAddress": v.get("address", "").replace(", ", "\n", 1), iban_field: v.get("iban"),
                "expenseAccount": {"id": account_ids.get(v.get("default_account"))}})
            vendors[v["id"]] = row["id"]
        for po in data.get("purchase_orders", []):
            lines = []
            for line in po.get("lines", []):
                item = next((i for i in self.items if i["itemid"] == line["description"]), None)
                if item is None:
                    item = {"id": self.new_id(), "itemid": line["description"],
                            "expenseaccount": account_ids.get(line.get("account"))}
                    self.items.append(item)
                qty, rate = Decimal(line["quantity"]), Decimal(line["unit_price"])
                received = sum((Decimal(r["quantity"]) for r in po.get("receipts", [])
                                if r["line_no"] == line["line_no"]), Decimal(0))
                lines.append({"line": line["line_no"], "item": {"id": item["id"], "refName": item["itemid"]},
                              "description": line["description"], "quantity": qty, "rate": rate,
                              "amount": qty * rate, "quantityReceived": received, "quantityBilled": Decimal(0)})
            dates = [r["received_at"] for r in po.get("receipts", [])]
            self.put("purchaseOrder", {
                "tranId": po["number"], "entity": {"id": vendors[po["vendor_id"]]},
                "tranDate": "2026-11-01", "lastModifiedDate": (max(dates) if dates else "2026-11-01") + "T12:00:00Z",
                "currency": {"id": "1"}, "subsidiary": {"id": "1"},
                "status": {"id": "B", "refName": "Closed" if po.get("status") == "closed" else "Pending Receipt"},
                "department": {"id": "1", "refName": po["department"]} if po.get("department") else None,
                "total": sum((li["amount"] for li in lines), Decimal(0)), "item": {"items": lines}})
        for b in data.get("posted_bills", []):
            self.put("vendorBill", {
                "tranId": b["invoice_number"], "entity": {"id": vendors[b["vendor_id"]]},
                "tranDate": b["invoice_date"], "currency": {"id": "1"}, "total": Decimal(b["total"]),
                "expense": {"items": [{"line": 1, "account": {"id": next(iter(account_ids.values()))},
                                       "amount": Decimal(b["total"])}]}})
        customers, invoices = {}, {}
        for c in data.get("customers", []):
            row = self.put("customer", {"entityId": c["name"], "companyName": c["name"], "isInactive": False,
                                        "email": c.get("billing_email"), "taxIdNum": c.get("tax_id"),
                                        "taxable": not c.get("tax_exempt", False)})
            customers[c["id"]] = row["id"]
        for inv in data.get("invoices", []):
            row = self.put("invoice", {
                "tranId": inv["doc_number"], "entity": {"id": customers[inv["customer_id"]]},
                "tranDate": inv["invoice_date"], "dueDate": inv.get("due_date"), "currency": {"id": "1"},
                "total": Decimal(inv["total"]), "amountRemaining": Decimal(inv["balance"]),
                "memo": f"countersign opportunity={inv['opportunity_id']}" if inv.get("opportunity_id") else None})
            invoices[inv["id"]] = row["id"]
        for pay in data.get("payments", []):
            self.put("customerPayment", {
                "tranDate": pay["received_on"], "payment": Decimal(pay["amount"]),
                "apply": {"items": [{"doc": {"id": invoices[pay["invoice_id"]]}, "apply": True,
                                     "amount": Decimal(pay["amount"])}]}})
        for product in ("Annual support plan", "Installation service", "Cordless drill 18V", "A4 copy paper, box"):
            if not any(i["itemid"] == product for i in self.items):
                self.items.append({"id": self.new_id(), "itemid": product, "expenseaccount": None})
        return vendors

    # ----------------------------------------------------------------- routes

    def route(self, req: Request) -> Reply:
        if req.path == "/app/site/hosting/restlet.nl" and req.method == "POST":
            return self.restlet(req)
        if req.path == "/services/rest/query/v1/suiteql" and req.method == "POST":
            return self._suiteql(req)
        if req.path.startswith(RECORD):
            return self._record(req, req.path[len(RECORD):].split("/"))
        return Reply(404, _err(404, "Not Found", f"no such resource {req.path}", "NONEXISTENT_ID"))

    def _find(self, kind: str, ident: str) -> dict | None:
        if ident.startswith("eid:"):
            return self._by_eid(kind, ident[4:])
        return self.records.get(kind, {}).get(ident)

    def _record(self, req: Request, parts: list[str]) -> Reply:
        kind, ident = parts[0], parts[1] if len(parts) > 1 else ""
        if req.method == "GET":
            row = self._find(kind, ident)
            if row is None:
                return Reply(404, _err(404, "Not Found", "The record instance does not exist. Provide a valid "
                                                         "record instance ID.", "NONEXISTENT_ID"))
            return Reply(200, {"links": [{"rel": "self", "href": f"{self.url}{req.path}"}], **row})
        if req.method == "PUT" and ident.startswith("eid:"):
            body = req.json()
            problem = self._invalid(kind, body)
            if problem:
                return Reply(400, _err(400, "Bad Request", problem, "USER_ERROR"))
            existing = self._by_eid(kind, ident[4:])
            row = self.put(kind, {**(existing or {}), **self._computed(kind, body), "externalId": ident[4:]})
            return Reply(204, None, {"Location": f"{self.url}{RECORD}{kind}/{row['id']}"})
        return Reply(405, _err(405, "Method Not Allowed", f"{req.method} {req.path}", "INVALID_REQUEST"))

    def _invalid(self, kind: str, body: dict) -> str | None:
        if kind == "vendorBill":
            if (body.get("entity") or {}).get("id") not in self.records.get("vendor", {}):
                return "Invalid Field Value for field entity."
            accounts = {a["id"]: a for a in self.accounts}
            for line in (body.get("expense") or {}).get("items") or []:
                acct = accounts.get((line.get("account") or {}).get("id"))
                if acct is None or acct["isinactive"]:
                    return f"Invalid Field Value {line.get('account')} for the following field: account"
            if not (body.get("expense") or body.get("item")):
                return "You must enter at least one line item for this transaction."
        if kind in ("invoice",) and (body.get("entity") or {}).get("id") not in self.records.get("customer", {}):
            return "Invalid Field Value for field entity."
        return None

    def _computed(self, kind: str, body: dict) -> dict:
        """Totals as NetSuite computes them from the sublists."""
        if kind in ("vendorBill", "invoice"):
            lines = ((body.get("item") or {}).get("items") or []) + ((body.get("expense") or {}).get("items") or [])
            for n, line in enumerate(lines, start=1):
                line.setdefault("line", n)
                if line.get("amount") is None:
                    line["amount"] = Decimal(str(line["quantity"])) * Decimal(str(line["rate"]))
            total = sum((Decimal(str(line["amount"])) for line in lines), Decimal(0))
            body = {**body, "total": total}
            if kind == "invoice":
                body["amountRemaining"] = total
            if body.get("entity"):
                name = self.records.get("vendor" if kind == "vendorBill" else "customer", {}).get(
                    body["entity"]["id"], {}).get("companyName")
                body["entity"] = {**body["entity"], "refName": name}
        return body

    # ----------------------------------------------------------------- SuiteQL

    def _table(self, name: str, iban_field: str = "custentity_iban") -> list[dict]:
        if name == "currency":
            return self.currencies
        if name == "account":
            return [{k: _text(v) for k, v in a.items()} for a in self.accounts]
        if name == "item":
            return [{k: _text(v) for k, v in i.items()} for i in self.items]
        if name == "vendor":
            return [{"id": v["id"], "entityid": v.get("entityId"), "companyname": v.get("companyName"),
                     "isinactive": _text(v.get("isInactive", False)), "currency": _text(v.get("currency")),
                     "taxidnum": v.get("taxIdNum"), "expenseaccount": _text(v.get("expenseAccount")),
                     iban_field: v.get(iban_field)} for v in self.all("vendor")]
        if name == "customer":
            return [{"id": c["id"], "entityid": c.get("entityId"), "companyname": c.get("companyName"),
                     "email": c.get("email"), "taxidnum": c.get("taxIdNum"), "taxable": _text(c.get("taxable", True)),
                     "isinactive": _text(c.get("isInactive", False))} for c in self.all("customer")]
        if name == "transaction":
            rows = []
            for kind, code in TYPES.items():
                for r in self.all(kind):
                    rows.append({"id": r["id"], "type": code, "tranid": r.get("tranId"),
                                 "entity": _text(r.get("entity")),
                                 "trandate": _us_date(r.get("tranDate")), "duedate": _us_date(r.get("dueDate")),
                                 "foreigntotal": _text(r.get("total")),
                                 "foreignamountremaining": _text(r.get("amountRemaining")),
                                 "currency": _text(r.get("currency")), "externalid": r.get("externalId"),
                                 "memo": r.get("memo"), "_date": r.get("tranDate")})
            return rows
        raise ValueError(f"unknown table {name}")

    def _suiteql(self, req: Request) -> Reply:
        if req.header("Prefer") != "transient":
            return Reply(400, _err(400, "Bad Request", "The Prefer: transient header is required.", "INVALID_HEADER"))
        try:
            rows = _select(req.json()["q"], self._table)
        except (ValueError, KeyError) as exc:
            return Reply(400, _err(400, "Bad Request", f"Invalid search query: {exc}", "INVALID_PARAMETER"))
        limit, offset = int(req.params.get("limit", 1000)), int(req.params.get("offset", 0))
        page = rows[offset: offset + limit]
        return Reply(200, {"links": [], "count": len(page), "hasMore": offset + limit < len(rows),
                           "items": [{"links": [], **r} for r in page], "offset": offset, "totalResults": len(rows)})

    # ----------------------------------------------------------------- the attach RESTlet

    @property
    def restlet_url(self) -> str:
        return self.url + "/app/site/hosting/restlet.nl?script=customscript_cs_attach&deploy=1"

    def restlet(self, req: Request) -> Reply:
        body = req.json()
        name = body["fileName"]
        existed = name in self.files
        if not existed:
            self.files[name] = {"id": self.new_id(), "contents": base64.b64decode(body["contents"]),
                                "attached_to": set()}
        self.files[name]["attached_to"].add((body["recordType"], str(body["recordId"])))
        return Reply(200, {"fileId": self.files[name]["id"], "existed": existed})

    # ----------------------------------------------------------------- faults and OAuth

    def unauthorized(self, req: Request) -> Reply:
        return Reply(401, _err(401, "Unauthorized", "Invalid login attempt. For more details, see the Login Audit "
                                                    "Trail in the NetSuite UI at Setup > Users/Roles > User "
                                                    "Management > View Login Audit Trail.", "INVALID_LOGIN"),
                     {"WWW-Authenticate": 'Bearer error="invalid_token"'})

    def throttled(self, req: Request) -> Reply:
        return Reply(429, _err(429, "Too Many Requests", "Request limit exceeded. The request was rejected because "
                                                         "the concurrency limit for your account was reached.",
                               "CONCURRENCY_LIMIT_EXCEEDED"), {"Retry-After": self.retry_after})

    def server_error(self, req: Request, status: int = 500) -> Reply:
        return Reply(status, _err(status, "Internal Server Error" if status == 500 else "Service Unavailable",
                                  "An unexpected error occurred. Error ID: stub-error", "UNEXPECTED_ERROR"))

    def validation_error(self, req: Request, fault: Fault) -> Reply:
        return Reply(400, _err(400, "Bad Request", fault.message, "USER_ERROR"))

    # ----------------------------------------------------------------- TBA (OAuth 1.0a, HMAC-SHA256)

    def _oauth(self, req: Request) -> dict[str, str] | None:
        """The OAuth 1.0a parameters of a request whose HMAC-SHA256 signature verifies, else None."""
        from urllib.parse import unquote

        from oauthlib.oauth1.rfc5849 import signature as sig

        header = req.header("Authorization") or ""
        if not header.startswith("OAuth "):
            return None
        params = dict(re.findall(r'(\w+)="([^"]*)"', header))
        params = {k: unquote(v) for k, v in params.items()}
        if (params.get("oauth_consumer_key") != self.consumer[0] or params.get("realm") != self.realm
                or params.get("oauth_signature_method") != "HMAC-SHA256"):
            return None
        token = params.get("oauth_token", "")
        token_secret = self.tba_tokens.get(token) or self.request_tokens.get(token) or ""
        query = "&".join(f"{k}={v}" for k, v in req.params.items())
        collected = sig.collect_parameters(uri_query=query, body=None, headers={"Authorization": header},
                                           exclude_oauth_signature=True, with_realm=False)
        base = sig.signature_base_string(req.method, sig.base_string_uri(self.url + req.path),
                                         sig.normalize_parameters(collected))
        expected = sig.sign_hmac_sha256_with_client(
            base, SimpleNamespace(client_secret=self.consumer[1], resource_owner_secret=token_secret))
        return params if sig.safe_string_equals(expected, params.get("oauth_signature", "")) else None

    def authorized(self, req: Request) -> bool:
        if (req.header("Authorization") or "").startswith("OAuth "):
            params = self._oauth(req)
            return bool(params and params.get("oauth_token") in self.tba_tokens)
        return super().authorized(req)

    def _tba(self, req: Request) -> Reply:
        import secrets

        if req.path == "/app/login/secure/authorizetoken.nl":  # the user's consent, as the browser sees it
            token = req.params.get("oauth_token", "")
            if token not in self.request_tokens:
                return Reply(400, "unknown request token", content_type="text/plain")
            self.verifiers[token] = secrets.token_hex(8)
            return Reply(302, None, {"Location": f"{self.callback}?oauth_token={token}&"
                                                 f"oauth_verifier={self.verifiers[token]}"})
        params = self._oauth(req)
        if params is None:
            return Reply(401, "oauth_problem=signature_invalid", content_type="text/plain")
        if req.path == "/rest/requesttoken":
            token, token_secret = "req-" + secrets.token_hex(6), secrets.token_hex(12)
            self.request_tokens[token] = token_secret
            return Reply(200, f"oauth_token={token}&oauth_token_secret={token_secret}&oauth_callback_confirmed=true",
                         content_type="text/plain")
        token = params.get("oauth_token", "")
        if token not in self.request_tokens or params.get("oauth_verifier") != self.verifiers.get(token):
            return Reply(401, "oauth_problem=token_rejected", content_type="text/plain")
        del self.request_tokens[token]
        access, access_secret = "tba-" + secrets.token_hex(6), secrets.token_hex(12)
        self.tba_tokens[access] = access_secret
        return Reply(200, f"oauth_token={access}&oauth_token_secret={access_secret}", content_type="text/plain")

    def token(self, req: Request) -> Reply:
        if req.path != TOKEN:
            return self._tba(req)
        import jwt

        form = {k: v[0] for k, v in parse_qs(req.text).items()}
        if (form.get("grant_type") != "client_credentials" or form.get("client_assertion_type")
                != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" or not self.public_key):
            return Reply(400, {"error": "invalid_request"})
        assertion = form.get("client_assertion", "")
        try:
            if jwt.get_unverified_header(assertion).get("kid") != KID:
                return Reply(400, {"error": "invalid_client"})
            # the clients under test run on injected clocks: check the lifetime NetSuite allows, not the wall clock
            claims = jwt.decode(assertion, self.public_key, algorithms=["PS256", "PS384", "PS512", "ES256"],
                                audience=self.url + TOKEN, options={"verify_exp": False, "verify_iat": False})
        except jwt.PyJWTError:
            return Reply(400, {"error": "invalid_grant"})
        if not 0 < int(claims.get("exp", 0)) - int(claims.get("iat", 0)) <= 3600:
            return Reply(400, {"error": "invalid_grant"})
        if "rest_webservices" not in claims.get("scope", []):
            return Reply(400, {"error": "invalid_scope"})
        answer = self.issue(3600)
        return Reply(200, {"access_token": answer["access_token"], "expires_in": "3600", "token_type": "bearer"})


def _us_date(value: Any) -> str | None:
    if not value:
        return None
    d = date.fromisoformat(str(value)[:10])
    return f"{d.month}/{d.day}/{d.year}"


# ----------------------------------------------------------------------- a SuiteQL subset

_SELECT = re.compile(r"^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER\s+BY\s+(\w+)(\s+DESC)?)?\s*$",
                     re.I | re.S)
_COND = re.compile(r"^\s*(\w+)\s*(=|>=|<=|<>)\s*(.+?)\s*$", re.S)


def _literal(text: str) -> Any:
    m = re.match(r"^TO_DATE\('(\d{4}-\d{2}-\d{2})',\s*'YYYY-MM-DD'\)$", text, re.I)
    if m:
        return date.fromisoformat(m.group(1))
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    if re.match(r"^-?\d+$", text):
        return text
    raise ValueError(f"unexpected value {text}")


def _split_and(where: str) -> list[str]:
    """AND-separated conditions, not splitting inside quoted strings."""
    parts, current, quoted, i = [], "", False, 0
    while i < len(where):
        ch = where[i]
        if ch == "'":
            quoted = not quoted
        if not quoted and re.match(r"\s+AND\s+", where[i:], re.I) and (i == 0 or where[i].isspace()):
            m = re.match(r"\s+AND\s+", where[i:], re.I)
            parts.append(current)
            current = ""
            i += m.end()
            continue
        current += ch
        i += 1
    parts.append(current)
    return parts


def _select(query: str, table) -> list[dict]:
    m = _SELECT.match(query)
    if not m:
        raise ValueError(f"cannot parse {query[:60]!r}")
    columns, name, where, order, desc = m.groups()
    rows = table(name.lower())
    for cond in _split_and(where) if where else []:
        c = _COND.match(cond)
        if not c:
            raise ValueError(f"cannot parse condition {cond!r}")
        column, op, value = c.group(1).lower(), c.group(2), _literal(c.group(3))

        def keep(row: dict, column=column, op=op, value=value) -> bool:
            got = row.get("_date") if isinstance(value, date) else row.get(column)
            if isinstance(value, date):
                got = date.fromisoformat(str(got)[:10]) if got else None
            if got is None:
                return False
            return {"=": got == value, ">=": got >= value, "<=": got <= value, "<>": got != value}[op]

        rows = [r for r in rows if keep(r)]
    if order:
        rows = sorted(rows, key=lambda r: int(r[order.lower()]) if str(r.get(order.lower(), "")).isdigit()
                      else str(r.get(order.lower())), reverse=bool(desc))
    wanted = [c.strip().lower() for c in columns.split(",")]
    return [{c: r.get(c) for c in wanted} for r in rows]
