"""A fault-injecting Sage Intacct stub on 127.0.0.1 (the XML Web Services gateway), for tests and
evals.stress only.

One endpoint, `POST /ia/xml/xmlgw.phtml`, like the real gateway. To let the shared fault machinery
(tests/erp_stub.py) aim at one kind of call, each request is recorded under a path naming its
function and object: `/ia/xml/xmlgw.phtml/create/APBILL`, `…/readByQuery/VENDOR`,
`…/getAPISession`. Emulated, in the documented shapes: `<control>` with sender credentials and
`uniqueid` (a control id seen before with uniqueid=true is refused), session authentication (an
ended session: HTTP 200 with a failed `<authentication>`), `getAPISession` with `<login>`,
`readByQuery` (`=` and `LIKE` joined by AND, `pagesize`, `numremaining`, `resultId`, `readMore`),
`create` of APBILL (totals computed, accounts and vendor checked), `create_supdoc`.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from lxml import etree

from tests.erp_stub import ERPStub, Fault, Reply, Request

GATEWAY = "/ia/xml/xmlgw.phtml"
LOGIN = GATEWAY + "/getAPISession"
SENDER = ("stub-sender", "stub-sender-password")
USER = ("countersign_ws", "stub-user-password")
COMPANY = "stub-company"
DUPLICATE_CONTROL = "XL03000009"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _xml(node: etree._Element) -> str:
    return etree.tostring(node, xml_declaration=True, encoding="UTF-8").decode()


def _sub(parent: etree._Element, tag: str, text: Any = None) -> etree._Element:
    node = etree.SubElement(parent, tag)
    if text is not None:
        node.text = str(text)
    return node


def _error(parent: etree._Element, number: str, message: str) -> None:
    error = _sub(_sub(parent, "errormessage"), "error")
    _sub(error, "errorno", number)
    _sub(error, "description", "")
    _sub(error, "description2", message)
    _sub(error, "correction", "")


def _function(body: bytes) -> tuple[str, str]:
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        return "invalid", ""
    fn = root.find("operation/content/function")
    if fn is None or not len(fn):
        return "invalid", ""
    call = fn[0]
    obj = call.findtext("object") or (call[0].tag if call.tag == "create" and len(call) else "")
    return call.tag, obj


def _us(text: str) -> str:
    return f"{text[6:10]}-{text[0:2]}-{text[3:5]}" if re.match(r"^\d\d/\d\d/\d{4}", text) else text


def _match(row: dict, where: str) -> bool:
    for clause in [c for c in re.split(r"\s+AND\s+", where.strip()) if c]:
        hit = re.match(r"^(\S+)\s+(=|LIKE|>=|<=)\s+'((?:[^']|'')*)'$", clause.strip())
        if not hit:
            raise ValueError(f"unsupported query {clause}")
        field, op, value = hit.group(1), hit.group(2), hit.group(3).replace("''", "'")
        have = str(row.get(field) or "")
        if op in (">=", "<=") and not (_us(have) >= _us(value) if op == ">=" else _us(have) <= _us(value)):
            return False
        if op == "=" and have != value:
            return False
        if op == "LIKE" and not re.fullmatch(re.escape(value).replace("%", ".*"), have, re.S):
            return False
    return True


class IntacctStub(ERPStub):
    system = "Sage Intacct"
    api_prefix = GATEWAY
    token_paths = (LOGIN,)

    def __init__(self, iban_field: str = "IBAN", **kw):
        super().__init__(**kw)
        self.company, self.iban_field = COMPANY, iban_field
        self.objects: dict[str, list[dict]] = {k: [] for k in ("VENDOR", "GLACCOUNT", "PODOCUMENT", "PODOCUMENTENTRY",
                                                              "APBILL", "CUSTOMER", "ARINVOICE", "ARPYMTDETAIL")}
        self.supdocs: dict[str, dict] = {}
        self.controls: set[str] = set()
        self.results: dict[str, tuple[list[dict], str, int]] = {}  # readMore: rows left, object, page size
        self.next_no = 1000
        self.outage = False  # every request answers 503 (the network broke after a write)
        self.outage_after_write = False  # the next bill written turns `outage` on

    @property
    def realm(self) -> str:
        return self.company

    @property
    def endpoint(self) -> str:
        return self.url + GATEWAY

    # ----------------------------------------------------------------- data

    def new_no(self) -> str:
        self.next_no += 1
        return str(self.next_no)

    def all(self, obj: str) -> list[dict]:
        return list(self.objects[obj])

    def seed_ledger(self, data: dict) -> dict[str, str]:
        for a in data.get("gl_accounts", []):
            self.objects["GLACCOUNT"].append({"RECORDNO": self.new_no(), "ACCOUNTNO": a["code"], "TITLE": a["name"],
                                              "STATUS": "active" if a.get("active", True) else "inactive"})
        vendors = {}
        for v in data.get("vendors", []):
            street, _, city = v.get("address", "").partition(", ")
            self.objects["VENDOR"].append({
                "RECORDNO": self.new_no(), "VENDORID": v["id"], "NAME": v["name"], "TAXID": v.get("tax_id") or "",
                "STATUS": "active" if v.get("status", "active") == "active" else "inactive", "ONHOLD": "false",
                "CURRENCY": v.get("currency", "USD"), "APACCOUNT": "", self.iban_field: v.get("iban") or "",
                "DISPLAYCONTACT.MAILADDRESS.ADDRESS1": street, "DISPLAYCONTACT.MAILADDRESS.CITY": city,
                "DISPLAYCONTACT.MAILADDRESS.ZIP": ""})
            vendors[v["id"]] = v["id"]
        for po in data.get("purchase_orders", []):
            no = self.new_no()
            dates = [r["received_at"] for r in po.get("receipts", [])]
            last = max(dates) if dates else "2026-11-01"
            self.objects["PODOCUMENT"].append({
                "RECORDNO": no, "DOCPARID": "Purchase Order", "DOCNO": po["number"], "CUSTVENDID": po["vendor_id"],
                "CURRENCY": po.get("currency", "USD"), "STATE": "Closed" if po.get("status") == "closed" else "Pending",
                "WHENCREATED": "11/01/2026", "WHENMODIFIED": f"{last[5:7]}/{last[8:10]}/{last[:4]} 12:00:00"})
            for line in po.get("lines", []):
                received = sum((Decimal(r["quantity"]) for r in po.get("receipts", [])
                                if r["line_no"] == line["line_no"]), Decimal(0))
                self.objects["PODOCUMENTENTRY"].append({
                    "DOCHDRNO": no, "LINE_NO": str(line["line_no"]), "ITEMID": line["description"][:20],
                    "ITEMDESC": line["description"], "QUANTITY": line["quantity"], "PRICE": line["unit_price"],
                    "QTY_CONVERTED": str(received), "GLACCOUNTNO": line.get("account") or "",
                    "DEPARTMENTID": po.get("department") or ""})
        for b in data.get("posted_bills", []):
            d = b["invoice_date"]
            self.objects["APBILL"].append({
                "RECORDNO": self.new_no(), "VENDORID": b["vendor_id"], "RECORDID": b["invoice_number"],
                "WHENCREATED": f"{d[5:7]}/{d[8:10]}/{d[:4]}", "WHENDUE": "", "TOTALENTERED": b["total"],
                "CURRENCY": b.get("currency", "USD"), "DESCRIPTION": "", "STATE": "Posted",
                "WHENMODIFIED": "11/20/2026 12:00:00"})
        self._seed_receivables(data)
        return vendors

    def _seed_receivables(self, data: dict) -> None:
        def us(d: str | None) -> str:
            return f"{d[5:7]}/{d[8:10]}/{d[:4]}" if d else ""

        for c in data.get("customers", []):
            self.objects["CUSTOMER"].append({
                "CUSTOMERID": c["id"], "NAME": c["name"], "TAXID": c.get("tax_id") or "", "STATUS": "active",
                "DISPLAYCONTACT.EMAIL1": c.get("billing_email") or "",
                "DISPLAYCONTACT.MAILADDRESS.ADDRESS1": c.get("billing_address") or "",
                "DISPLAYCONTACT.TAXABLE": "false" if c.get("tax_exempt") else "true"})
        numbers = {}
        for inv in data.get("invoices", []):
            no = self.new_no()
            numbers[inv["id"]] = no
            self.objects["ARINVOICE"].append({
                "RECORDNO": no, "CUSTOMERID": inv["customer_id"], "RECORDID": inv["doc_number"],
                "WHENCREATED": us(inv["invoice_date"]), "WHENDUE": us(inv.get("due_date")),
                "TOTALENTERED": inv["total"], "TOTALDUE": inv["balance"], "CURRENCY": inv.get("currency", "USD"),
                "DESCRIPTION": f"countersign opportunity={inv['opportunity_id']}" if inv.get("opportunity_id") else ""})
        for pay in data.get("payments", []):
            self.objects["ARPYMTDETAIL"].append({
                "RECORDNO": self.new_no(), "PAYMENTKEY": pay["id"], "RECORDKEY": numbers[pay["invoice_id"]],
                "TRX_PAYMENTAMOUNT": pay["amount"], "PAYMENTDATE": us(pay["received_on"])})

    # ----------------------------------------------------------------- dispatch

    def handle(self, h, method: str) -> None:
        """Record the request under a path naming its function and object (see the module docstring)."""
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        fn, obj = _function(body)
        h.path = f"{GATEWAY}/{fn}" + (f"/{obj}" if obj else "")
        connection, h.rfile = h.rfile, io.BytesIO(body)  # the base reads the body again from here
        try:
            return super().handle(h, method)
        finally:
            h.rfile = connection  # keep-alive: the next request comes on the connection

    def _root(self, req: Request) -> etree._Element | None:
        try:
            return etree.fromstring(req.body, _PARSER)
        except etree.XMLSyntaxError:
            return None

    def _response(self, control_ok: bool = True) -> tuple[etree._Element, etree._Element]:
        root = etree.Element("response")
        control = _sub(root, "control")
        _sub(control, "status", "success" if control_ok else "failure")
        _sub(control, "dtdversion", "3.0")
        return root, control

    def _sender_ok(self, root: etree._Element | None) -> bool:
        return root is not None and (root.findtext("control/senderid"), root.findtext("control/password")) == SENDER

    def authorized(self, req: Request) -> bool:
        root = self._root(req)
        return self._sender_ok(root) and root.findtext("operation/authentication/sessionid") in self.valid_access

    def unauthorized(self, req: Request) -> Reply:
        root, _control = self._response()
        operation = _sub(root, "operation")
        _sub(_sub(operation, "authentication"), "status", "failure")
        _error(operation, "XL03000006", "Sign-in information is incorrect or the session has ended. Log in again.")
        return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")

    def throttled(self, req: Request) -> Reply:
        return Reply(429, "Too Many Requests", {"Retry-After": self.retry_after}, content_type="text/plain")

    def server_error(self, req: Request, status: int = 500) -> Reply:
        return Reply(status, "<html><body>Service unavailable</body></html>", content_type="text/html")

    def _result(self, fn: str, status: str = "success") -> tuple[etree._Element, etree._Element]:
        root, _control = self._response()
        operation = _sub(root, "operation")
        _sub(_sub(operation, "authentication"), "status", "success")
        result = _sub(operation, "result")
        _sub(result, "status", status)
        _sub(result, "function", fn)
        _sub(result, "controlid", "f1")
        return root, result

    def _failure(self, fn: str, number: str, message: str) -> Reply:
        root, result = self._result(fn, "failure")
        _error(result, number, message)
        return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")

    def validation_error(self, req: Request, fault: Fault) -> Reply:
        return self._failure(req.path.rsplit("/", 2)[-2], "BL01001973", fault.message)

    def route(self, req: Request) -> Reply:
        if self.outage:
            return self.server_error(req, 503)
        root = self._root(req)
        if root is None:
            return Reply(200, "<response><control><status>failure</status></control></response>")
        control = root.findtext("control/controlid") or ""
        if root.findtext("control/uniqueid") == "true":
            if control in self.controls:
                response, _c = self._response(control_ok=False)
                _error(response, DUPLICATE_CONTROL, "The controlid of this request was used before with uniqueid "
                                                    "true; the request was not run again.")
                return Reply(200, _xml(response), content_type="text/xml; charset=UTF-8")
            self.controls.add(control)
        call = root.find("operation/content/function")[0]
        if call.tag in ("readByQuery", "readMore"):
            return self._read(call)
        if call.tag == "create" and len(call) and call[0].tag == "APBILL":
            return self._create_bill(call[0])
        if call.tag == "create" and len(call) and call[0].tag in ("VENDOR", "CUSTOMER", "ARINVOICE"):
            return self._create_record(call[0])
        if call.tag == "create_supdoc":
            self.supdocs[call.findtext("supdocid")] = {
                "folder": call.findtext("supdocfoldername"),
                "data": call.findtext("attachments/attachment/attachmentdata")}
            root, result = self._result("create_supdoc")
            _sub(_sub(result, "data"), "supdocid", call.findtext("supdocid"))
            return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")
        return self._failure(call.tag, "XL03000003", f"unsupported function {call.tag}")

    def _read(self, call: etree._Element) -> Reply:
        if call.tag == "readMore":
            rows, obj, size = self.results.pop(call.findtext("resultId") or "", ([], "", 100))
        else:
            obj = call.findtext("object") or ""
            try:
                rows = [r for r in self.objects.get(obj, []) if _match(r, call.findtext("query") or "")]
            except ValueError as exc:
                return self._failure("readByQuery", "DL02000001", str(exc))
            wanted = (call.findtext("fields") or "*").split(",")
            rows = [{k: v for k, v in r.items() if wanted == ["*"] or k in wanted} for r in rows]
            size = int(call.findtext("pagesize") or 100)
        page, rest = rows[:size], rows[size:]
        result_id = ""
        if rest:
            result_id = f"r{self.new_no()}"
            self.results[result_id] = (rest, obj, size)
        root, result = self._result(call.tag)
        data = _sub(result, "data")
        data.set("listtype", obj.lower())
        data.set("count", str(len(page)))
        data.set("numremaining", str(len(rest)))
        data.set("resultId", result_id)
        for row in page:
            record = _sub(data, (obj or "record").lower())
            for k, v in row.items():
                _sub(record, k, v)
        return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")

    def _create_bill(self, bill: etree._Element) -> Reply:
        vendor = bill.findtext("VENDORID")
        if not any(v["VENDORID"] == vendor for v in self.objects["VENDOR"]):
            return self._failure("create", "BL01001973", f"Invalid Vendor '{vendor}' specified.")
        accounts = {a["ACCOUNTNO"]: a for a in self.objects["GLACCOUNT"]}
        total = Decimal(0)
        for item in bill.findall("APBILLITEMS/APBILLITEM"):
            acct = accounts.get(item.findtext("ACCOUNTNO") or "")
            if acct is None or acct["STATUS"] != "active":
                return self._failure("create", "BL01001973", f"Invalid GL Account {item.findtext('ACCOUNTNO')}.")
            total += Decimal(item.findtext("TRX_AMOUNT") or "0")
        no = self.new_no()
        self.objects["APBILL"].append({
            "RECORDNO": no, "VENDORID": vendor, "RECORDID": bill.findtext("RECORDID") or "",
            "WHENCREATED": bill.findtext("WHENCREATED") or "", "WHENDUE": bill.findtext("WHENDUE") or "",
            "TOTALENTERED": str(total), "CURRENCY": bill.findtext("CURRENCY") or "USD",
            "DESCRIPTION": bill.findtext("DESCRIPTION") or "", "STATE": "Posted",
            "SUPDOCID": bill.findtext("SUPDOCID") or "", "WHENMODIFIED": "11/20/2026 12:00:00"})
        self.outage = self.outage or self.outage_after_write
        root, result = self._result("create")
        _sub(_sub(_sub(result, "data", None), "apbill"), "RECORDNO", no)
        return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")

    def _create_record(self, node: etree._Element) -> Reply:
        obj = node.tag
        row = {child.tag: child.text or "" for child in node if not len(child)}
        for child in node:
            if child.tag == "DISPLAYCONTACT":
                row.update({f"DISPLAYCONTACT.{c.tag}": c.text or "" for c in child})
        row.setdefault("STATUS", "active")
        key = {"VENDOR": "VENDORID", "CUSTOMER": "CUSTOMERID"}.get(obj)
        if key and any(r.get(key) == row.get(key) for r in self.objects[obj]):
            return self._failure("create", "BL01001973", f"Another {obj.lower()} with the given value(s) "
                                                         f"{row.get(key)} already exists")
        if obj == "ARINVOICE":
            lines = node.findall("ARINVOICEITEMS/ARINVOICEITEM")
            total = sum((Decimal(i.findtext("TRX_AMOUNT") or "0") for i in lines), Decimal(0))
            row.update({"RECORDNO": self.new_no(), "RECORDID": f"ARI-{self.next_no}", "TOTALENTERED": str(total),
                        "TOTALDUE": str(total)})
        else:
            row["RECORDNO"] = self.new_no()
        self.objects[obj].append(row)
        root, result = self._result("create")
        _sub(_sub(_sub(result, "data"), obj.lower()), "RECORDNO", row["RECORDNO"])
        return Reply(200, _xml(root), content_type="text/xml; charset=UTF-8")

    def token(self, req: Request) -> Reply:
        root = self._root(req)
        login = root.find("operation/authentication/login") if root is not None else None
        if not self._sender_ok(root):
            response, _c = self._response(control_ok=False)
            _error(response, "XL03000006", "Incorrect Intacct XML Partner ID or password.")
            return Reply(200, _xml(response), content_type="text/xml; charset=UTF-8")
        if login is None or (login.findtext("userid"), login.findtext("password")) != USER or \
                (login.findtext("companyid") or "").split("|")[0] != COMPANY:
            return self.unauthorized(req)
        answer = self.issue(3600)
        response, result = self._result("getAPISession")
        api = _sub(_sub(result, "data"), "api")
        _sub(api, "sessionid", answer["access_token"])
        _sub(api, "endpoint", self.endpoint)
        return Reply(200, _xml(response), content_type="text/xml; charset=UTF-8")
