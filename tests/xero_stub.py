"""A fault-injecting Xero stub on 127.0.0.1 (Accounting API 2.0, connections, identity), for tests only.

Emulates what `XeroERP` uses, in Xero's documented JSON shapes (the response envelope with
`Id`/`Status`/`DateTimeUTC` and a plural collection, `/Date(ms)/` dates, `ValidationException`
bodies with per-element `ValidationErrors`, the 401 problem body, 429 with `Retry-After` and
`X-Rate-Limit-Problem`):

* `GET /api.xro/2.0/{Organisation, Accounts, Items, Contacts[/{id}], Invoices, Payments}` with the
  query parameters the adapter sends (`where` in Xero's filter syntax for `==`, `>=`, `<=` over
  strings, booleans, `DateTime(y,m,d)`; `ContactIDs`, `InvoiceNumbers`, `Statuses`, `page`,
  `includeArchived`, `createdByMyApp`, `order`); `GET /PurchaseOrders/{number or id}`;
* `PUT|POST /Contacts`, `PUT|POST /Invoices` (totals computed, accounts and contacts validated) and
  `PUT /Invoices/{id}/Attachments/{FileName}`, each honouring `Idempotency-Key`: a repeated key
  gets the first response back and changes nothing;
* `GET /Connections` and the token endpoint `/connect/token` (authorization code, rotating refresh
  tokens), and the `xero-tenant-id` check.

Faults, chaos and the request log come from tests/erp_stub.py.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import parse_qs, unquote

from tests.erp_stub import ERPStub, Fault, Reply, Request

TENANT = "6e9a8f7c-1b2d-4c3e-9f80-1a2b3c4d5e6f"
NS = uuid.UUID("0f3c1f8e-3d43-4f0e-8b5e-6a3c0e1d2b7a")
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
PREFIX = "/api.xro/2.0"


def guid(*parts: str) -> str:
    return str(uuid.uuid5(NS, "/".join(parts)))


def ms(d: date | datetime) -> str:
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
    return f"/Date({int(d.timestamp() * 1000)}+0000)/"


def parse_ms(value: str | None) -> date | None:
    m = re.match(r"/Date\((-?\d+)", value or "")
    return datetime.fromtimestamp(int(m.group(1)) / 1000, tz=timezone.utc).date() if m else None


def _slug(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "-", text.upper()).strip("-")[:30]


class XeroStub(ERPStub):
    system = "Xero"
    api_prefix = "/"
    token_paths = ("/connect/token",)

    def __init__(self, tenant: str = TENANT, **kw):
        super().__init__(**kw)
        self.tenant = tenant
        self.contacts: dict[str, dict] = {}
        self.accounts: list[dict] = []
        self.items: list[dict] = []
        self.purchase_orders: dict[str, dict] = {}
        self.invoices: dict[str, dict] = {}
        self.payments: list[dict] = []
        self.attachments: dict[str, list[dict]] = {}
        self.files: dict[str, bytes] = {}
        self.by_app: set[str] = set()  # invoices created through the API by this app (createdByMyApp)
        self.idempotent: dict[tuple[str, str], Reply] = {}
        self.auth_codes: dict[str, str] = {}
        self.seq = 0

    @property
    def api_url(self) -> str:
        return self.url

    # ----------------------------------------------------------------- seeding

    def seed_ledger(self, data: dict) -> dict[str, str]:  # noqa: C901 - one loop per kind of seeded record
        """Xero versions of the local ledger seed; returns local vendor id → ContactID."""
        for a in data.get("gl_accounts", []):
            self.accounts.append({"AccountID": guid("account", a["code"]), "Code": a["code"], "Name": a["name"],
                                  "Type": "EXPENSE", "Status": "ACTIVE" if a.get("active", True) else "ARCHIVED",
                                  "TaxType": "NONE", "Class": "EXPENSE"})
        vendors = {}
        for v in data.get("vendors", []):
            cid = guid("contact", v["name"])
            self.contacts[cid] = {
                "ContactID": cid, "Name": v["name"], "ContactStatus": "ACTIVE" if v.get("status", "active") == "active"
                else "ARCHIVED", "TaxNumber": v.get("tax_id"), "BankAccountDetails": v.get("iban"),
                "IsSupplier": True, "IsCustomer": False, "DefaultCurrency": v.get("currency", "USD"),
                "PurchasesDefaultAccountCode": v.get("default_account"),
                "Addresses": [{"AddressType": "POBOX", "AddressLine1": v.get("address", "")}],
                "UpdatedDateUTC": ms(NOW)}
            vendors[v["id"]] = cid
        for po in data.get("purchase_orders", []):
            lines = []
            for line in po.get("lines", []):
                qty, price = Decimal(line["quantity"]), Decimal(line["unit_price"])
                lines.append({"LineItemID": guid("poline", po["number"], str(line["line_no"])),
                              "Description": line["description"], "Quantity": qty, "UnitAmount": price,
                              "AccountCode": line.get("account"), "LineAmount": _q(qty * price),
                              "Tracking": [{"Name": "Department", "Option": po["department"]}]
                              if po.get("department") else []})
            dates = [r["received_at"] for r in po.get("receipts", [])]
            total = sum((li["LineAmount"] for li in lines), Decimal(0))
            pid = guid("po", po["number"])
            self.purchase_orders[pid] = {
                "PurchaseOrderID": pid, "PurchaseOrderNumber": po["number"],
                "Contact": {"ContactID": vendors[po["vendor_id"]], "Name": ""},
                "Date": ms(date.fromisoformat(min(dates) if dates else "2026-11-01")),
                "Status": "BILLED" if po.get("status") == "closed" else "AUTHORISED",
                "LineAmountTypes": "NoTax", "CurrencyCode": po.get("currency", "USD"),
                "SubTotal": total, "TotalTax": Decimal("0.00"), "Total": total, "LineItems": lines,
                "UpdatedDateUTC": ms(NOW)}
            for li in lines:
                if not any(i["Name"] == li["Description"] for i in self.items):
                    self.items.append(self._item(li["Description"], li["AccountCode"]))
        for b in data.get("posted_bills", []):
            total = Decimal(b["total"])
            iid = guid("bill", b["id"])
            self.invoices[iid] = self._invoice({
                "InvoiceID": iid, "Type": "ACCPAY", "InvoiceNumber": b["invoice_number"], "Status": "AUTHORISED",
                "Contact": {"ContactID": vendors[b["vendor_id"]]}, "Date": ms(date.fromisoformat(b["invoice_date"])),
                "CurrencyCode": b.get("currency", "USD"), "LineAmountTypes": "NoTax",
                "LineItems": [{"Description": "Seeded bill", "Quantity": Decimal(1), "UnitAmount": total,
                               "AccountCode": data["gl_accounts"][0]["code"]}]})
        customers, invoices = {}, {}
        for c in data.get("customers", []):
            cid = guid("contact", c["name"])
            self.contacts[cid] = {
                "ContactID": cid, "Name": c["name"], "ContactStatus": "ACTIVE", "TaxNumber": c.get("tax_id"),
                "EmailAddress": c.get("billing_email"), "IsSupplier": False, "IsCustomer": True,
                "AccountsReceivableTaxType": "NONE" if c.get("tax_exempt") else "OUTPUT",
                "Addresses": [{"AddressType": "POBOX", "AddressLine1": c.get("billing_address", "")}],
                "UpdatedDateUTC": ms(NOW)}
            customers[c["id"]] = cid
        for inv in data.get("invoices", []):
            iid = guid("invoice", inv["id"])
            total = Decimal(inv["total"])
            row = self._invoice({
                "InvoiceID": iid, "Type": "ACCREC", "InvoiceNumber": inv["doc_number"], "Status": "AUTHORISED",
                "Contact": {"ContactID": customers[inv["customer_id"]]},
                "Date": ms(date.fromisoformat(inv["invoice_date"])),
                "DueDate": ms(date.fromisoformat(inv["due_date"])) if inv.get("due_date") else None,
                "CurrencyCode": inv.get("currency", "USD"), "LineAmountTypes": "NoTax",
                "Url": f"https://countersign.invalid/documents?cs_opp={inv['opportunity_id']}"
                if inv.get("opportunity_id") else None,
                "LineItems": [{"Description": "Services", "Quantity": Decimal(1), "UnitAmount": total}]})
            row["AmountDue"] = Decimal(inv["balance"])
            row["AmountPaid"] = total - Decimal(inv["balance"])
            self.invoices[iid] = row
            invoices[inv["id"]] = iid
        for pay in data.get("payments", []):
            inv = self.invoices[invoices[pay["invoice_id"]]]
            self.payments.append({
                "PaymentID": guid("payment", pay["id"]), "Date": ms(date.fromisoformat(pay["received_on"])),
                "Amount": Decimal(pay["amount"]), "Status": "AUTHORISED", "PaymentType": "ACCRECPAYMENT",
                "Invoice": {"InvoiceID": inv["InvoiceID"], "InvoiceNumber": inv["InvoiceNumber"], "Type": "ACCREC",
                            "Contact": inv["Contact"]}, "UpdatedDateUTC": ms(NOW)})
        for product in ("Annual support plan", "Installation service", "Cordless drill 18V", "A4 copy paper, box"):
            if not any(i["Name"] == product for i in self.items):
                self.items.append(self._item(product, None))
        return vendors

    def _item(self, name: str, account: str | None) -> dict:
        return {"ItemID": guid("item", name), "Code": _slug(name), "Name": name, "IsSold": True, "IsPurchased": True,
                "PurchaseDetails": {"AccountCode": account} if account else {},
                "SalesDetails": {"AccountCode": "4000"}, "UpdatedDateUTC": ms(NOW)}

    def _invoice(self, obj: dict) -> dict:
        """Totals as Xero computes them: LineAmount = Quantity × UnitAmount (2 places), no tax on NoTax."""
        sub = Decimal(0)
        for n, li in enumerate(obj.get("LineItems") or [], start=1):
            li.setdefault("LineItemID", guid("line", obj["InvoiceID"], str(n)))
            li["LineAmount"] = _q(Decimal(str(li.get("Quantity", 1))) * Decimal(str(li.get("UnitAmount", 0))))
            li.setdefault("TaxAmount", Decimal("0.00"))
            sub += li["LineAmount"]
        obj.update(SubTotal=sub, TotalTax=Decimal("0.00"), Total=sub, AmountDue=sub, AmountPaid=Decimal("0.00"),
                   UpdatedDateUTC=ms(NOW), HasAttachments=bool(self.attachments.get(obj["InvoiceID"])))
        obj.setdefault("DateString", (parse_ms(obj.get("Date")) or NOW.date()).isoformat() + "T00:00:00")
        return {k: v for k, v in obj.items() if v is not None}

    def bills(self) -> list[dict]:
        return [i for i in self.invoices.values() if i["Type"] == "ACCPAY"]

    # ----------------------------------------------------------------- the API

    def envelope(self, name: str, rows: list[dict]) -> dict:
        self.seq += 1
        return {"Id": guid("response", str(self.seq)), "Status": "OK", "ProviderName": "countersign",
                "DateTimeUTC": ms(NOW), name: rows}

    def route(self, req: Request) -> Reply:  # noqa: C901 - one branch per endpoint
        path = req.path
        if path == "/Connections":
            return Reply(200, [{"id": guid("connection"), "authEventId": guid("auth"), "tenantId": self.tenant,
                                "tenantType": "ORGANISATION", "tenantName": "Demo Company (US)",
                                "createdDateUtc": "2026-11-20T12:00:00.0000000", "updatedDateUtc":
                                "2026-11-20T12:00:00.0000000"}])
        if not path.startswith(PREFIX + "/"):
            return Reply(404, {"Title": "Not Found", "Status": 404, "Detail": f"no such resource {path}"})
        if req.header("xero-tenant-id") != self.tenant:
            return Reply(403, {"Type": None, "Title": "Forbidden", "Status": 403,
                               "Detail": "AuthenticationUnsuccessful", "Instance": guid("forbidden"),
                               "Extensions": {}})
        parts = [unquote(p) for p in path[len(PREFIX) + 1:].split("/")]
        resource, rest = parts[0], parts[1:]
        key = req.header("Idempotency-Key")
        if req.method in ("PUT", "POST") and key and (path, key) in self.idempotent:
            return self.idempotent[(path, key)]
        reply = self._route(req, resource, rest)
        if req.method in ("PUT", "POST") and key:
            self.idempotent[(path, key)] = reply
        return reply

    def _route(self, req: Request, resource: str, rest: list[str]) -> Reply:  # noqa: C901
        get = req.method == "GET"
        if get and resource == "Organisation":
            return Reply(200, self.envelope("Organisations", [{
                "OrganisationID": self.tenant, "Name": "Demo Company (US)", "BaseCurrency": "USD",
                "CountryCode": "US", "OrganisationType": "COMPANY", "IsDemoCompany": True}]))
        if get and resource == "Accounts":
            return Reply(200, self.envelope("Accounts", self.accounts))
        if get and resource == "Items":
            return Reply(200, self.envelope("Items", self.items))
        if resource == "Contacts":
            if get and rest:
                row = self.contacts.get(rest[0])
                return Reply(200, self.envelope("Contacts", [row])) if row else _not_found()
            if get:
                archived = str(req.params.get("includeArchived")).lower() == "true"
                rows = [c for c in self.contacts.values() if archived or c.get("ContactStatus") == "ACTIVE"]
                return self._page(req, "Contacts", _filter(rows, req.params.get("where")))
            return self._create_contacts(req)
        if resource == "PurchaseOrders" and get and rest:
            row = next((p for p in self.purchase_orders.values() if p["PurchaseOrderNumber"] == rest[0]), None)
            row = row or self.purchase_orders.get(rest[0])
            return Reply(200, self.envelope("PurchaseOrders", [row])) if row else _not_found()
        if resource == "Invoices":
            if len(rest) >= 2 and rest[1] == "Attachments":
                return self._attachments(req, rest)
            if get:
                return self._page(req, "Invoices", self._invoices_for(req))
            return self._create_invoices(req)
        if get and resource == "Payments":
            return self._page(req, "Payments", _filter(self.payments, req.params.get("where")))
        return Reply(400, _validation([{}], f"unsupported {req.method} {resource}"))

    def _page(self, req: Request, name: str, rows: list[dict]) -> Reply:
        order = req.params.get("order")
        if order:
            field, _, direction = order.partition(" ")
            rows = sorted(rows, key=lambda r: str(r.get(field) or ""), reverse=direction.upper() == "DESC")
        if "page" in req.params:
            page = int(req.params["page"])
            rows = rows[(page - 1) * 100: page * 100]
        return Reply(200, self.envelope(name, rows))

    def _invoices_for(self, req: Request) -> list[dict]:
        rows = list(self.invoices.values())
        p = req.params
        if p.get("ContactIDs"):
            ids = set(p["ContactIDs"].split(","))
            rows = [r for r in rows if r["Contact"]["ContactID"] in ids]
        if p.get("InvoiceNumbers"):
            numbers = set(p["InvoiceNumbers"].split(","))
            rows = [r for r in rows if r.get("InvoiceNumber") in numbers]
        if p.get("Statuses"):
            statuses = set(p["Statuses"].split(","))
            rows = [r for r in rows if r["Status"] in statuses]
        if str(p.get("createdByMyApp")).lower() == "true":
            rows = [r for r in rows if r["InvoiceID"] in self.by_app]
        return _filter(rows, p.get("where"))

    # ----------------------------------------------------------------- writes

    def _create_contacts(self, req: Request) -> Reply:
        elements = req.json().get("Contacts") or []
        created = []
        for c in elements:
            if any(o["Name"].casefold() == str(c.get("Name", "")).casefold() for o in self.contacts.values()):
                return Reply(400, _validation([c], f"The contact name {c.get('Name')} is already assigned to "
                                                   "another contact. The contact name must be unique across all "
                                                   "active contacts."))
            cid = str(uuid.uuid4())
            row = {"ContactID": cid, "ContactStatus": "ACTIVE", "IsSupplier": False, "IsCustomer": False,
                   "UpdatedDateUTC": ms(NOW), **c}
            self.contacts[cid] = row
            created.append(row)
        return Reply(200, self.envelope("Contacts", created))

    def _create_invoices(self, req: Request) -> Reply:
        created = []
        for inv in req.json().get("Invoices") or []:
            problem = self._invalid(inv)
            if problem:
                return Reply(400, _validation([inv], problem))
            unitdp = 4 if req.params.get("unitdp") == "4" else 2
            for li in inv.get("LineItems") or []:
                li["UnitAmount"] = Decimal(str(li.get("UnitAmount", 0))).quantize(Decimal(1).scaleb(-unitdp))
                li["Quantity"] = Decimal(str(li.get("Quantity", 1)))
            iid = str(uuid.uuid4())
            contact = self.contacts[inv["Contact"]["ContactID"]]
            if inv["Type"] == "ACCPAY":
                contact["IsSupplier"] = True
            else:
                contact["IsCustomer"] = True
            number = inv.get("InvoiceNumber") or (f"INV-{len(self.invoices) + 1:04d}" if inv["Type"] == "ACCREC"
                                                  else "")
            row = self._invoice({**inv, "InvoiceID": iid, "InvoiceNumber": number,
                                 "Status": inv.get("Status") or "DRAFT",
                                 "CurrencyCode": inv.get("CurrencyCode") or "USD",
                                 "Contact": {"ContactID": contact["ContactID"], "Name": contact["Name"]}})
            self.invoices[iid] = row
            self.by_app.add(iid)
            created.append(row)
        return Reply(200, self.envelope("Invoices", created))

    def _invalid(self, inv: dict) -> str | None:
        if inv.get("Type") not in ("ACCPAY", "ACCREC"):
            return "Invoice Type must be ACCPAY or ACCREC"
        contact = (inv.get("Contact") or {}).get("ContactID")
        if contact not in self.contacts:
            return "The Contact could not be found"
        if not inv.get("LineItems"):
            return "At least one line item is required"
        codes = {a["Code"]: a for a in self.accounts}
        items = {i["Code"] for i in self.items}
        for li in inv["LineItems"]:
            code = li.get("AccountCode")
            if li.get("ItemCode") and li["ItemCode"] not in items:
                return f"Item code '{li['ItemCode']}' is not valid"
            if code and (code not in codes or codes[code]["Status"] != "ACTIVE"):
                return f"Account code '{code}' is not a valid code for this document."
            if not code and not li.get("ItemCode"):
                return "Account code must be specified"
        if inv["Type"] == "ACCPAY" and len(inv.get("InvoiceNumber") or "") > 255:
            return "Invoice Number must be 255 characters or less"
        return None

    def _attachments(self, req: Request, rest: list[str]) -> Reply:
        invoice_id = rest[0]
        if invoice_id not in self.invoices:
            return _not_found()
        if req.method == "GET":
            return Reply(200, self.envelope("Attachments", self.attachments.get(invoice_id, [])))
        file_name = rest[2] if len(rest) > 2 else "file"
        aid = str(uuid.uuid4())
        row = {"AttachmentID": aid, "FileName": file_name, "MimeType": req.header("Content-Type") or "",
               "Url": f"{PREFIX}/Invoices/{invoice_id}/Attachments/{file_name}", "ContentLength": len(req.body),
               "IncludeOnline": str(req.params.get("IncludeOnline")).lower() == "true"}
        self.attachments.setdefault(invoice_id, []).append(row)
        self.files[aid] = req.body
        self.invoices[invoice_id]["HasAttachments"] = True
        return Reply(200, self.envelope("Attachments", [row]))

    # ----------------------------------------------------------------- faults and OAuth

    def unauthorized(self, req: Request) -> Reply:
        return Reply(401, {"Type": None, "Title": "Unauthorized", "Status": 401,
                           "Detail": "TokenExpired: token expired at 11/20/2026 12:00:00",
                           "Instance": guid("unauthorized"), "Extensions": {}},
                     {"WWW-Authenticate": 'Bearer error="invalid_token"'})

    def throttled(self, req: Request) -> Reply:
        return Reply(429, {"Title": "Too Many Requests", "Status": 429,
                           "Detail": "You have exceeded the per minute rate limit"},
                     {"Retry-After": self.retry_after, "X-Rate-Limit-Problem": "minute"})

    def server_error(self, req: Request, status: int = 500) -> Reply:
        return Reply(status, {"Title": "An error occurred", "Status": status,
                              "Detail": "An error occurred in Xero. Check the API Status page "
                                        "http://status.developer.xero.com for current service status."})

    def validation_error(self, req: Request, fault: Fault) -> Reply:
        return Reply(400, _validation([{}], fault.message))

    def token(self, req: Request) -> Reply:
        form = {k: v[0] for k, v in parse_qs(req.text).items()}
        if not (req.header("Authorization") or "").startswith("Basic "):
            return Reply(400, {"error": "invalid_client"})
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == self.valid_refresh:
            return Reply(200, {**self.issue(1800), "scope": "offline_access accounting.invoices"})
        if form.get("grant_type") == "authorization_code" and form.get("code") in self.auth_codes:
            self.auth_codes.pop(form["code"])
            return Reply(200, {**self.issue(1800), "scope": "offline_access accounting.invoices"})
        return Reply(400, {"error": "invalid_grant"})


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _not_found() -> Reply:
    return Reply(404, {"Title": "Not Found", "Status": 404,
                       "Detail": "The resource you're looking for cannot be found"})


def _validation(elements: list[dict], message: str) -> dict:
    return {"ErrorNumber": 10, "Type": "ValidationException", "Message": "A validation exception occurred",
            "Elements": [{**e, "ValidationErrors": [{"Message": message}]} for e in elements]}


# ----------------------------------------------------------------------- Xero's `where` filter (a subset)

_CLAUSE = re.compile(r'^\s*([\w.]+)\s*(==|!=|>=|<=|>|<)\s*(.+?)\s*$')


def _value(text: str) -> Any:
    m = re.match(r'^DateTime\((\d+),\s*(\d+),\s*(\d+)\)$', text)
    if m:
        return date(*map(int, m.groups()))
    m = re.match(r'^(?:guid\()?"(.*)"\)?$', text)
    if m:
        return m.group(1)
    return {"true": True, "false": False}.get(text.lower(), text)


def _field(row: dict, name: str) -> Any:
    value: Any = row
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, str) and value.startswith("/Date("):
        return parse_ms(value)
    return value


def _filter(rows: list[dict], where: str | None) -> list[dict]:
    if not where:
        return rows
    clauses = []
    for part in re.split(r"\s+AND\s+", where.strip(), flags=re.I):
        m = _CLAUSE.match(part)
        if not m:
            raise ValueError(f"unsupported where clause {part!r}")
        clauses.append((m.group(1), m.group(2), _value(m.group(3))))

    def ok(row: dict) -> bool:
        for name, op, value in clauses:
            got = _field(row, name)
            if got is None:
                return False
            if op == "==" and got != value:
                return False
            if op == "!=" and got == value:
                return False
            if op in (">=", "<=", ">", "<") and not {">=": got >= value, "<=": got <= value, ">": got > value,
                                                      "<": got < value}[op]:
                return False
        return True

    return [r for r in rows if ok(r)]
