"""A fault-injecting QuickBooks Online stub on 127.0.0.1 (QBO v3 + Intuit OAuth), for tests only.

Emulates what `QuickBooksERP` uses, in the documented JSON shapes:

* `POST /v3/company/{realm}/query` (Content-Type application/text) with a small parser for
  `SELECT * FROM E [WHERE a = 'x' AND b IN (...) ...] [ORDERBY f [DESC]] [STARTPOSITION n] [MAXRESULTS n]`;
* `GET /v3/company/{realm}/{entity}/{id}`;
* `POST /v3/company/{realm}/{bill|customer|invoice}` and `/upload` (multipart, base64 file part),
  each honouring `?requestid=`: a repeated request id gets the first response back and creates nothing;
* Intuit's discovery document and token endpoint (authorization code and rotating refresh tokens);
* a Bearer check (401 with Intuit's body for an unknown or expired access token).

Faults are queued with `fail(kind, path=..., times=...)`: "429" (ThrottleExceeded), "500" (before
processing), "500_after" (created, then 500), "401", "timeout_after" (created, then no answer until
the client gives up), "drop_after" (created, then the connection is closed), "validation" (a 400 Fault
with the given code and message). `chaos` draws the same kinds at random (evals.stress).
"""

from __future__ import annotations

import base64
import json
import random
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from tests.erp_stub import chaos_kind

REALM = "9341453000000000"
TIME = "2026-11-20T04:00:00.000-08:00"


@dataclass
class Fault:
    kind: str
    path: str
    method: str
    times: int
    code: str = "2020"
    message: str = "Required param missing, need to supply the required value for the API"
    detail: str = ""


@dataclass
class Recorded:
    method: str
    path: str
    params: dict[str, str]
    body: str
    authorized: bool
    status: int = 0


@dataclass
class QBOStub:
    realm: str = REALM
    entities: dict[str, dict[str, dict]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    by_request_id: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    valid_access: set[str] = field(default_factory=lambda: {"stub-access-0"})
    valid_refresh: str = "stub-refresh-0"
    issued: int = 0
    auth_codes: dict[str, str] = field(default_factory=dict)  # code -> realm
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.RLock = field(default_factory=threading.RLock)
    next_id: int = 100
    # Random faults (evals.stress): kind -> probability per request to a path ending in `chaos_path`,
    # drawn when no queued fault applies; `chaos_seen` counts what was injected.
    chaos: dict[str, float] = field(default_factory=dict)
    chaos_path: str = "/bill"
    chaos_rng: random.Random = field(default_factory=lambda: random.Random(0))
    chaos_seen: Counter = field(default_factory=Counter)
    chaos_ensure: tuple[str, ...] = ()  # kinds served first, once each (`erp_stub.chaos_kind`)
    keep_requests: bool = True  # a long run may switch the request log off

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> "QBOStub":
        handler = type("Handler", (_Handler,), {"stub": self})
        self.server = _Server(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.url + "/v3"

    @property
    def discovery_url(self) -> str:
        return self.url + "/.well-known/openid_configuration"

    # ----------------------------------------------------------------- test controls

    def fail(self, kind: str, *, path: str = "", method: str = "POST", times: int = 1, **kw) -> None:
        self.faults.append(Fault(kind=kind, path=path, method=method, times=times, **kw))

    def expire_access_tokens(self) -> None:
        self.valid_access.clear()

    def all(self, entity: str) -> list[dict]:
        return list(self.entities.get(entity, {}).values())

    def api_requests(self, path_part: str = "", method: str | None = None) -> list[Recorded]:
        return [r for r in self.requests if path_part in r.path and (method is None or r.method == method)]

    def new_id(self) -> str:
        with self.lock:
            self.next_id += 1
            return str(self.next_id)

    def put(self, entity: str, obj: dict) -> dict:
        obj = dict(obj)
        obj.setdefault("Id", self.new_id())
        obj.setdefault("SyncToken", "0")
        obj.setdefault("domain", "QBO")
        obj.setdefault("sparse", False)
        obj.setdefault("MetaData", {"CreateTime": f"2026-11-20T04:00:{int(obj['Id']) % 60:02d}-08:00",
                                    "LastUpdatedTime": TIME})
        self.entities.setdefault(entity, {})[obj["Id"]] = obj
        return obj

    def seed_ledger(self, data: dict) -> dict[str, str]:
        """QuickBooks versions of the local ledger seed; returns local vendor id → QuickBooks id."""
        accounts = {}
        for a in data.get("gl_accounts", []):
            row = self.put("Account", {"Name": a["name"], "AcctNum": a["code"], "FullyQualifiedName": a["name"],
                                       "Active": a.get("active", True), "AccountType": "Expense",
                                       "Classification": "Expense", "SubAccount": False})
            accounts[a["code"]] = row
        self.put("Account", {"Name": "Accounts Payable (A/P)", "FullyQualifiedName": "Accounts Payable (A/P)",
                             "Active": True, "AccountType": "Accounts Payable", "Classification": "Liability"})
        vendors = {}
        for v in data.get("vendors", []):
            street, _, rest = v.get("address", "").partition(", ")
            row = self.put("Vendor", {
                "DisplayName": v["name"], "CompanyName": v["name"], "PrintOnCheckName": v["name"],
                "Active": v.get("status", "active") == "active", "Balance": 0, "Vendor1099": False,
                "TaxIdentifier": "XXXXXX" + v.get("tax_id", "")[-4:] if v.get("tax_id") else None,
                "BillAddr": {"Id": self.new_id(), "Line1": street, "City": rest} if street else None,
                "CurrencyRef": {"value": v.get("currency", "USD"), "name": "United States Dollar"},
            })
            vendors[v["id"]] = row["Id"]
        items = {}
        for po in data.get("purchase_orders", []):
            lines = []
            for line in po.get("lines", []):
                if line["description"] not in items:
                    acct = accounts.get(line.get("account"))
                    items[line["description"]] = self.put("Item", {
                        "Name": line["description"], "Type": "NonInventory", "Active": True,
                        "ExpenseAccountRef": {"value": acct["Id"], "name": acct["Name"]} if acct else None})
                item = items[line["description"]]
                qty, price = Decimal(line["quantity"]), Decimal(line["unit_price"])
                lines.append({
                    "Id": str(line["line_no"]), "LineNum": line["line_no"], "Description": line["description"],
                    "Amount": _num(qty * price), "DetailType": "ItemBasedExpenseLineDetail",
                    "ItemBasedExpenseLineDetail": {"ItemRef": {"value": item["Id"], "name": item["Name"]},
                                                   "Qty": _num(qty), "UnitPrice": _num(price),
                                                   "BillableStatus": "NotBillable",
                                                   "TaxCodeRef": {"value": "NON"}},
                })
            dates = [r["received_at"] for r in po.get("receipts", [])]
            self.put("PurchaseOrder", {
                "DocNumber": po["number"], "POStatus": "Closed" if po.get("status") == "closed" else "Open",
                "TxnDate": min(dates) if dates else "2026-11-01",
                "VendorRef": {"value": vendors[po["vendor_id"]]},
                "CurrencyRef": {"value": po.get("currency", "USD")},
                "TotalAmt": _num(sum((Decimal(line["Amount"]) for line in lines), Decimal(0))),
                "Line": lines,
            })
        for b in data.get("posted_bills", []):
            self.put("Bill", {
                "DocNumber": b["invoice_number"], "TxnDate": b.get("invoice_date"),
                "VendorRef": {"value": vendors[b["vendor_id"]]}, "CurrencyRef": {"value": b.get("currency", "USD")},
                "TotalAmt": _num(Decimal(b["total"])), "Balance": _num(Decimal(b["total"])),
                "Line": [{"Id": "1", "LineNum": 1, "Amount": _num(Decimal(b["total"])),
                          "DetailType": "AccountBasedExpenseLineDetail",
                          "AccountBasedExpenseLineDetail": {
                              "AccountRef": {"value": next(iter(accounts.values()))["Id"]}}}],
            })
        customers, invoices = {}, {}
        for c in data.get("customers", []):
            row = self.put("Customer", {
                "DisplayName": c["name"], "CompanyName": c["name"], "Active": True, "Balance": 0,
                "Taxable": not c.get("tax_exempt", False),
                "Notes": (f"countersign tax_id={re.sub(r'[^0-9A-Z]', '', c['tax_id'].upper())}"
                          if c.get("tax_id") else None),
                "PrimaryEmailAddr": {"Address": c["billing_email"]} if c.get("billing_email") else None,
                "BillAddr": {"Id": self.new_id(), "Line1": c["billing_address"]} if c.get("billing_address") else None,
            })
            customers[c["id"]] = row["Id"]
        for inv in data.get("invoices", []):
            row = self.put("Invoice", {
                "DocNumber": inv["doc_number"], "TxnDate": inv["invoice_date"], "DueDate": inv.get("due_date"),
                "CustomerRef": {"value": customers[inv["customer_id"]]},
                "CurrencyRef": {"value": inv.get("currency", "USD")},
                "TotalAmt": _num(Decimal(inv["total"])), "Balance": _num(Decimal(inv["balance"])),
                "PrivateNote": (f"countersign opportunity={inv['opportunity_id']}"
                                if inv.get("opportunity_id") else None),
                "Line": [{"Id": "1", "LineNum": 1, "Amount": _num(Decimal(inv["total"])),
                          "DetailType": "SalesItemLineDetail",
                          "SalesItemLineDetail": {"ItemRef": {"value": "1", "name": "Services"}}},
                         {"Amount": _num(Decimal(inv["total"])), "DetailType": "SubTotalLineDetail",
                          "SubTotalLineDetail": {}}],
            })
            invoices[inv["id"]] = row["Id"]
        for pay in data.get("payments", []):
            self.put("Payment", {
                "TxnDate": pay["received_on"], "TotalAmt": _num(Decimal(pay["amount"])), "UnappliedAmt": 0,
                "CustomerRef": {"value": self.entities["Invoice"][invoices[pay["invoice_id"]]]["CustomerRef"]["value"]},
                "Line": [{"Amount": _num(Decimal(pay["amount"])),
                          "LinkedTxn": [{"TxnId": invoices[pay["invoice_id"]], "TxnType": "Invoice"}]}],
            })
        for product in ("Annual support plan", "Installation service", "Cordless drill 18V", "A4 copy paper, box"):
            if not any(i["Name"] == product for i in self.all("Item")):
                self.put("Item", {"Name": product, "Type": "Service", "Active": True,
                                  "IncomeAccountRef": {"value": "79", "name": "Sales of Product Income"}})
        return vendors

    # ----------------------------------------------------------------- dispatch

    def handle(self, h: "_Handler", method: str) -> None:  # noqa: C901 - the stub's request dispatcher, one route or fault per branch
        parsed = urlparse(h.path)
        params = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length).decode() if length else ""
        path = parsed.path
        auth = h.headers.get("Authorization", "")
        rec = Recorded(method, path, params, body, authorized=auth.startswith("Bearer "))
        with self.lock:
            if self.keep_requests:
                self.requests.append(rec)

        if path.startswith("/.well-known/"):
            return self._send(h, rec, 200, self._discovery())
        if path == "/oauth2/v1/tokens/bearer":
            return self._token(h, rec, body, auth)

        fault = self._take_fault(method, path)
        if fault and fault.kind == "429":
            return self._send(h, rec, 429, {
                "Fault": {"Error": [{"Message": "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                                     "Detail": "The request limit was reached.", "code": "3001"}],
                          "type": "SERVICE"}, "time": TIME}, {"Retry-After": "1"})
        if fault and fault.kind == "500":
            return self._send(h, rec, 500, {
                "Fault": {"Error": [{"Message": "An application error has occurred while processing your request",
                                     "Detail": "System Failure Error: Internal error", "code": "10000"}],
                          "type": "SystemFault"}, "time": TIME})
        if fault and fault.kind == "validation":
            return self._send(h, rec, 400, _fault(fault.code, fault.message, fault.detail))
        token = auth.removeprefix("Bearer ").strip()
        if (fault and fault.kind == "401") or token not in self.valid_access:
            return self._send(h, rec, 401, {"warnings": None, "intuitObject": None,
                                            "fault": {"error": [{"message": "message=AuthenticationFailed; "
                                                                            "errorCode=003200; statusCode=401",
                                                                 "detail": "Token expired", "code": "3200"}],
                                                      "type": "AUTHENTICATION"},
                                            "report": None, "queryResponse": None, "batchItemResponse": [],
                                            "attachableResponse": [], "syncErrorResponse": None,
                                            "requestId": None, "time": 0, "status": None, "cdcresponse": []})

        m = re.match(rf"^/v3/company/{self.realm}/(\w+)(?:/(\w+))?$", path)
        if not m:
            return self._send(h, rec, 404, _fault("610", "Object Not Found", f"no such resource {path}"))
        resource, ident = m.group(1).lower(), m.group(2)
        if method == "GET" and ident:
            entity = _ENTITY.get(resource)
            obj = self.entities.get(entity, {}).get(ident) if entity else None
            if obj is None:
                return self._send(h, rec, 400, _fault("610", "Object Not Found",
                                                      "Object Not Found : Something you're trying to use has been made "
                                                      "inactive. Check the fields with accounts, customers, items, "
                                                      "vendors or employees."))
            return self._send(h, rec, 200, {entity: obj, "time": TIME})
        if method == "POST" and resource == "query":
            return self._send(h, rec, *self._query(body))
        if method == "POST" and resource in ("bill", "customer", "invoice", "upload"):
            rid = params.get("requestid")
            with self.lock:
                if rid and (resource, rid) in self.by_request_id:
                    status, text = self.by_request_id[(resource, rid)]
                    return self._send_text(h, rec, status, text)
                status, payload = self._create(resource, body, h.headers.get("Content-Type", ""))
                text = _dumps(payload)
                if rid:
                    self.by_request_id[(resource, rid)] = (status, text)
            if fault and fault.kind == "timeout_after":
                self.release.wait(10)  # the client's read timeout fires first; it retries on another thread
                h.close_connection = True
                return None
            if fault and fault.kind == "drop_after":
                h.close_connection = True
                return None
            if fault and fault.kind == "500_after":
                return self._send(h, rec, 503, {"Fault": {"Error": [{"Message": "Service Unavailable",
                                                                      "Detail": "try later", "code": "10000"}],
                                                           "type": "SystemFault"}, "time": TIME})
            return self._send_text(h, rec, status, text)
        return self._send(h, rec, 400, _fault("2014", "Invalid request", f"unsupported {method} {path}"))

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.times > 0 and f.method == method and f.path in path:
                    f.times -= 1
                    return f
            if self.chaos and method == "POST" and path.endswith(self.chaos_path):
                kind = chaos_kind(self.chaos, self.chaos_rng, self.chaos_seen, self.chaos_ensure)
                return None if kind is None else Fault(kind=kind, path=path, method=method, times=0)
        return None

    # ----------------------------------------------------------------- OAuth

    def _discovery(self) -> dict:
        return {"issuer": "https://oauth.platform.intuit.com/op/v1",
                "authorization_endpoint": self.url + "/connect/oauth2",
                "token_endpoint": self.url + "/oauth2/v1/tokens/bearer",
                "userinfo_endpoint": self.url + "/v1/openid_connect/userinfo",
                "revocation_endpoint": self.url + "/oauth2/v1/tokens/revoke",
                "jwks_uri": self.url + "/op/v1/jwks"}

    def issue(self) -> dict:
        with self.lock:
            self.issued += 1
            access, refresh = f"stub-access-{self.issued}", f"stub-refresh-{self.issued}"
            self.valid_access.add(access)
            self.valid_refresh = refresh
        return {"token_type": "bearer", "access_token": access, "refresh_token": refresh,
                "expires_in": 3600, "x_refresh_token_expires_in": 8726400}

    def _token(self, h, rec, body: str, auth: str) -> None:
        form = {k: v[0] for k, v in parse_qs(body).items()}
        if not auth.startswith("Basic "):
            return self._send(h, rec, 401, {"error": "invalid_client"})
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == self.valid_refresh:
            return self._send(h, rec, 200, self.issue())
        if form.get("grant_type") == "authorization_code" and form.get("code") in self.auth_codes:
            self.auth_codes.pop(form["code"])
            return self._send(h, rec, 200, self.issue())
        return self._send(h, rec, 400, {"error": "invalid_grant"})

    # ----------------------------------------------------------------- writes

    def _create(self, resource: str, body: str, content_type: str) -> tuple[int, dict]:
        if resource == "upload":
            return self._upload(body, content_type)
        try:
            obj = _numbers(json.loads(body, parse_float=Decimal))
        except ValueError:
            return 400, _fault("2020", "Request has invalid or unsupported property", "body is not JSON")
        if resource == "bill":
            return self._create_bill(obj)
        if resource == "customer":
            if any(c["DisplayName"] == obj.get("DisplayName") for c in self.all("Customer")):
                return 400, _fault("6240", "Duplicate Name Exists Error",
                                   "The name supplied already exists. : Another customer is already using this name.")
            obj["Active"] = obj.get("Active", True)
            obj["Balance"] = 0
            return 200, {"Customer": self.put("Customer", obj), "time": TIME}
        if resource == "invoice":
            if obj.get("CustomerRef", {}).get("value") not in self.entities.get("Customer", {}):
                return 400, _fault("2500", "Invalid Reference Id",
                                   "Invalid Reference Id : Customer assigned to this transaction has been deleted.")
            for line in obj.get("Line", []):
                item = line.get("SalesItemLineDetail", {}).get("ItemRef", {}).get("value")
                if item not in self.entities.get("Item", {}):
                    return 400, _fault("2500", "Invalid Reference Id",
                                       "Invalid Reference Id : Something you're trying to use has been made inactive.")
            total = sum((Decimal(str(line["Amount"])) for line in obj.get("Line", [])), Decimal(0))
            obj.update(TotalAmt=_num(total), Balance=_num(total),
                       DocNumber=obj.get("DocNumber") or str(1000 + len(self.all("Invoice")) + 1))
            return 200, {"Invoice": self.put("Invoice", obj), "time": TIME}
        return 400, _fault("2014", "Invalid request", resource)

    def _create_bill(self, obj: dict) -> tuple[int, dict]:
        vendor = obj.get("VendorRef", {}).get("value")
        if vendor not in self.entities.get("Vendor", {}):
            return 400, _fault("2500", "Invalid Reference Id",
                               "Invalid Reference Id : Vendor assigned to this transaction has been deleted. "
                               "Before you can modify this transaction, you must restore Vendor")
        if len(obj.get("DocNumber") or "") > 21:
            return 400, _fault("6000", "A business validation error has occurred while processing your request",
                               "Business Validation Error: Doc Number must be 21 characters or fewer.")
        lines = obj.get("Line") or []
        if not lines:
            return 400, _fault("2020", "Required param missing, need to supply the required value for the API",
                               "Required parameter Line is missing in the request")
        total = Decimal(0)
        for n, line in enumerate(lines, start=1):
            kind = line.get("DetailType")
            detail = line.get(kind) or {}
            if kind == "AccountBasedExpenseLineDetail":
                if detail.get("AccountRef", {}).get("value") not in self.entities.get("Account", {}):
                    return 400, _fault("2500", "Invalid Reference Id",
                                       "Invalid Reference Id : Accounts element id does not exist")
            elif kind == "ItemBasedExpenseLineDetail":
                if detail.get("ItemRef", {}).get("value") not in self.entities.get("Item", {}):
                    return 400, _fault("2500", "Invalid Reference Id", "Invalid Reference Id : Item does not exist")
            else:
                return 400, _fault("2010", "Request has invalid or unsupported property",
                                   f"Property Name:DetailType {kind}")
            line.setdefault("Id", str(n))
            line.setdefault("LineNum", n)
            total += Decimal(str(line["Amount"]))
        obj.update(TotalAmt=_num(total), Balance=_num(total))
        obj.setdefault("TxnDate", "2026-11-20")
        obj["CurrencyRef"] = {"value": obj.get("CurrencyRef", {}).get("value", "USD"), "name": "United States Dollar"}
        return 200, {"Bill": self.put("Bill", obj), "time": TIME}

    def _upload(self, body: str, content_type: str) -> tuple[int, dict]:
        m = re.search(r"boundary=(\S+)", content_type)
        if not m:
            return 400, _fault("2020", "Required param missing", "multipart boundary")
        parts = [p for p in body.split("--" + m.group(1)) if p.strip() and p.strip() != "--"]
        meta, content = None, None
        for part in parts:
            head, _, payload = part.strip("\n").partition("\n\n")
            if 'name="file_metadata_01"' in head:
                meta = json.loads(payload.strip())
            elif 'name="file_content_01"' in head:
                content = base64.b64decode(payload.strip())
        if meta is None or content is None:
            return 200, {"AttachableResponse": [{"Fault": {"Error": [{"Message": "Invalid upload",
                                                                       "Detail": "parts missing", "code": "2020"}],
                                                            "type": "ValidationFault"}}], "time": TIME}
        meta.update(Size=len(content), FileAccessUri=f"/v3/company/{self.realm}/download/x")
        row = self.put("Attachable", meta)
        self.files[row["Id"]] = content
        return 200, {"AttachableResponse": [{"Attachable": row}], "time": TIME}

    # ----------------------------------------------------------------- queries

    def _query(self, sql: str) -> tuple[int, dict]:
        self.queries.append(sql)
        m = re.match(r"^\s*SELECT \* FROM (\w+)\s*(?:WHERE (.*?))?\s*(?:ORDERBY (.*?))?\s*(?:STARTPOSITION (\d+))?\s*"
                     r"(?:MAXRESULTS (\d+))?\s*$", sql, re.S | re.I)
        if not m:
            return 400, _fault("4000", "Error parsing query",
                               f"QueryParserError: Encountered unexpected text in {sql[:80]}")
        entity, where, order, start, maxr = m.groups()
        try:
            conds = _parse_where(where or "")
        except ValueError as exc:
            return 400, _fault("4000", "Error parsing query", f"QueryParserError: {exc}")
        rows = self.all(entity)
        if entity in ("Vendor", "Customer", "Account", "Item") and not any(c[0].lower() == "active" for c in conds):
            rows = [r for r in rows if r.get("Active", True)]
        rows = [r for r in rows if all(_match(r, *c) for c in conds)]
        if order:
            key, _, direction = order.strip().partition(" ")
            rows.sort(key=lambda r: str(_field(r, key) or ""), reverse=direction.strip().upper() == "DESC")
        else:
            rows.sort(key=lambda r: int(r["Id"]))
        begin = int(start or 1) - 1
        page = rows[begin: begin + int(maxr or 100)]
        response: dict[str, Any] = {"startPosition": begin + 1, "maxResults": len(page)}
        if page:
            response[entity] = page
        return 200, {"QueryResponse": response, "time": TIME}

    # ----------------------------------------------------------------- responses

    def _send(self, h, rec, status: int, payload: dict, headers: dict | None = None) -> None:
        self._send_text(h, rec, status, _dumps(payload), headers)

    def _send_text(self, h, rec, status: int, text: str, headers: dict | None = None) -> None:
        rec.status = status
        data = text.encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json;charset=UTF-8")
        h.send_header("Content-Length", str(len(data)))
        h.send_header("intuit_tid", "1-stub")
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)


_ENTITY = {"vendor": "Vendor", "account": "Account", "purchaseorder": "PurchaseOrder", "bill": "Bill",
           "customer": "Customer", "invoice": "Invoice", "item": "Item", "payment": "Payment",
           "attachable": "Attachable"}


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A client killed mid-request (the stress SIGKILLs them) is expected; anything else is printed."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    stub: QBOStub

    def do_GET(self):  # noqa: N802
        self.stub.handle(self, "GET")

    def do_POST(self):  # noqa: N802
        self.stub.handle(self, "POST")

    def log_message(self, *args):  # keep test output quiet
        pass


def _fault(code: str, message: str, detail: str) -> dict:
    return {"Fault": {"Error": [{"Message": message, "Detail": detail, "code": code, "element": ""}],
                      "type": "ValidationFault"}, "time": TIME}


def _num(value: Decimal) -> Decimal | int:
    return int(value) if value == value.to_integral_value() else value


def _dumps(payload: Any) -> str:
    """JSON with Decimals as JSON numbers (as QuickBooks sends them), without a float anywhere."""
    text = json.dumps(payload, default=lambda o: f"__DEC__{o}__" if isinstance(o, Decimal) else str(o))
    return re.sub(r'"__DEC__(-?[0-9.]+)__"', r"\1", text)


def _numbers(obj: Any) -> Any:
    """Amount/Qty/UnitPrice sent as strings (python-quickbooks' Decimal encoding) stored as numbers."""
    if isinstance(obj, dict):
        return {k: (Decimal(str(v)) if k in ("Amount", "Qty", "UnitPrice") and isinstance(v, (str, int, Decimal))
                    else _numbers(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_numbers(v) for v in obj]
    return obj


# ----------------------------------------------------------------------- the little query language

_TOKEN = re.compile(r"\s*([\w.]+)\s*(=|>=|<=|<>|>|<|\bIN\b|\bLIKE\b)\s*", re.I)


def _parse_value(text: str, i: int) -> tuple[Any, int]:
    if text[i] == "'":
        out, i = [], i + 1
        while i < len(text):
            ch = text[i]
            if ch == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 2
                continue
            if ch == "'":
                return "".join(out), i + 1
            out.append(ch)
            i += 1
        raise ValueError("unterminated string")
    if text[i] == "(":
        values, i = [], i + 1
        while True:
            while text[i] in " ,":
                i += 1
            if text[i] == ")":
                return values, i + 1
            value, i = _parse_value(text, i)
            values.append(value)
    m = re.match(r"[\w.-]+", text[i:])
    if not m:
        raise ValueError(f"unexpected {text[i:i + 10]!r}")
    word = m.group(0)
    return {"true": True, "false": False}.get(word.lower(), word), i + len(word)


def _parse_where(text: str) -> list[tuple[str, str, Any]]:
    conds, i = [], 0
    text = text.strip()
    while i < len(text):
        m = _TOKEN.match(text, i)
        if not m:
            raise ValueError(f"unexpected {text[i:i + 20]!r}")
        name, op = m.group(1), m.group(2).upper()
        value, i = _parse_value(text, m.end())
        conds.append((name, op, value))
        rest = re.match(r"\s*(AND\s+|$)", text[i:], re.I)
        if not rest:
            raise ValueError(f"expected AND near {text[i:i + 20]!r}")
        i += rest.end()
    return conds


def _field(row: Any, name: str) -> Any:
    values = [row]
    for part in name.split("."):
        nxt = []
        for v in values:
            if isinstance(v, list):
                v = [x.get(part) if isinstance(x, dict) else None for x in v]
                nxt.extend(v)
            elif isinstance(v, dict):
                key = next((k for k in v if k.lower() == part.lower()), None)
                nxt.append(v.get(key) if key else None)
        values = nxt
    values = [v.get("value") if isinstance(v, dict) and "value" in v else v for v in values]
    return values[0] if len(values) == 1 else values


def _match(row: dict, name: str, op: str, value: Any) -> bool:
    got = _field(row, name)
    candidates = got if isinstance(got, list) else [got]
    for g in candidates:
        if isinstance(g, bool) or isinstance(value, bool):
            ok = (g if g is not None else True) == value if op == "=" else (g in value if op == "IN" else False)
            if op == "IN":
                ok = (g if g is not None else True) in value
        elif op == "=":
            ok = g is not None and str(g).lower() == str(value).lower()
        elif op == "IN":
            ok = g is not None and str(g) in [str(v) for v in value]
        elif op == "LIKE":
            ok = g is not None and re.fullmatch(str(value).replace("%", ".*"), str(g), re.I) is not None
        elif op in (">=", "<=", ">", "<"):
            ok = g is not None and {">=": str(g) >= str(value), "<=": str(g) <= str(value),
                                    ">": str(g) > str(value), "<": str(g) < str(value)}[op]
        else:
            ok = g is not None and str(g) != str(value)
        if ok:
            return True
    return False
