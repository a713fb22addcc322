"""IntacctClient: a thin typed client of the Sage Intacct XML Web Services gateway, on requests and lxml.

Every call is one POST of a `<request>` to the gateway (`/ia/xml/xmlgw.phtml`): a `<control>` block
with the Web Services sender id and password, a control id, `uniqueid`, and an `<operation>` with
the API session and the `<function>`s. Its ways:

* the session id (from `getAPISession`, with the company user's credentials) is the token: Intacct
  answers an expired or revoked session with HTTP 200 and a failed `<authentication>`; this client
  reads that as a 401, so the retry loop gets a new session once, then it is an error;
* HTTP 429 (and Retry-After) backs off; Intacct's concurrency per company is small, so at most
  `max_concurrent` requests are in flight;
* a create is sent with `uniqueid=true` and a control id derived from the proposal's key: Intacct
  refuses to run the same control id twice. Its lost answer is never resent blindly (`IntacctLostAnswer`):
  the adapter looks for the record first;
* faults carry Intacct's own words (`description2`, `errorno`).

The parser resolves no entities and fetches nothing. Money is read from text into Decimal. Nothing
here logs a body, a password or a session id.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from typing import Any, Callable, Protocol

import requests
from lxml import etree

from countersign.adapters.resilience import RETRY_STATUSES, Exchange, RateGate, RetryPolicy, with_retries
from countersign.ports import ERPError, ERPUnavailable

log = logging.getLogger(__name__)

ENDPOINT = "https://api.intacct.com/ia/xml/xmlgw.phtml"
MAX_CONCURRENT = 2  # Intacct's base performance tier: 2 concurrent requests per company
DUPLICATE_CONTROL = "XL03000009"  # a control id already used with uniqueid=true
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)


def control_id(key: str, what: str) -> str:
    """A control id for the key's write (≤ 40 characters)."""
    return f"cs-{what}-" + hashlib.sha256(key.encode()).hexdigest()[:32]


def el(tag: str, text: Any = None, *children: etree._Element, **attrs: str) -> etree._Element:
    node = etree.Element(tag, **attrs)
    if text is not None:
        node.text = str(text)
    node.extend(children)
    return node


def fields(node: etree._Element) -> dict[str, Any]:
    """A record element as {FIELD: text, SUBLIST: [records]}."""
    out: dict[str, Any] = {}
    for child in node:
        if len(child):
            out[child.tag] = [fields(c) for c in child] if child.tag.endswith("S") or child.tag.endswith("ITEMS") \
                else fields(child)
        else:
            out[child.tag] = child.text or ""
    return out


class SessionSource(Protocol):
    @property
    def access_token(self) -> str: ...

    def refresh(self) -> str: ...


class IntacctError(ERPError):
    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(f"Sage Intacct: {message}" + (f" ({code})" if code else ""))
        self.status = status
        self.code = code


class IntacctUnavailable(IntacctError, ERPUnavailable):
    """Intacct did not answer usefully within the capped attempts; safe to retry later."""


class IntacctLostAnswer(IntacctUnavailable):
    """A create got no useful answer: it may have run. The adapter looks before resending."""


def errors_of(node: etree._Element | None) -> tuple[str, str | None]:
    if node is None:
        return "no message", None
    found = node.find(".//errormessage/error")
    if found is None:
        return "no message", None
    text = "; ".join(t for t in (found.findtext("description2"), found.findtext("correction")) if t) or (
        found.findtext("description") or "no message")
    return text.strip(), found.findtext("errorno")


class Answer:
    """One gateway answer: the HTTP response and, when it parsed, the XML."""

    def __init__(self, response: requests.Response):
        self.response = response
        self.xml: etree._Element | None = None
        if response.status_code == 200:
            try:
                self.xml = etree.fromstring(response.content, _PARSER)
            except etree.XMLSyntaxError:
                self.xml = None

    @property
    def status(self) -> int:
        if self.response.status_code != 200:
            return self.response.status_code
        if self.xml is None:
            return 502
        if self.xml.findtext("control/status") != "success":
            return 400
        if self.xml.findtext("operation/authentication/status") != "success":
            return 401
        return 200

    def fault(self) -> tuple[str, str | None]:
        if self.xml is None:
            return self.response.reason or "no message", None
        if self.xml.findtext("control/status") != "success":
            return errors_of(self.xml)
        return errors_of(self.xml.find("operation"))


EXCHANGE = Exchange(
    system="Sage Intacct",
    status=lambda a: a.status,  # type: ignore[attr-defined]
    header=lambda a, name: a.response.headers.get(name),  # type: ignore[attr-defined]
    fault_text=lambda a: a.fault()[0],  # type: ignore[attr-defined]
    transient=(requests.Timeout, requests.ConnectionError),
)


class IntacctClient:
    def __init__(self, *, sender_id: str, sender_password: str, session: SessionSource, endpoint: str | None = None,
                 http: requests.Session | None = None, timeout: tuple[float, float] = (10.0, 120.0),
                 max_attempts: int = 6, max_concurrent: int = MAX_CONCURRENT, backoff_base: float = 1.0,
                 backoff_cap: float = 30.0, max_wait: float = 60.0, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, jitter: Callable[[], float] | None = None):
        self.sender_id = sender_id
        self._sender_password = sender_password
        self.session = session
        self.endpoint = endpoint or ENDPOINT
        self.http = http or requests.Session()
        self.timeout = timeout
        self.policy = RetryPolicy(max_attempts=max(1, max_attempts), backoff_base=backoff_base,
                                  backoff_cap=backoff_cap, max_wait=max_wait, sleep=sleep, clock=clock,
                                  **({"jitter": jitter} if jitter else {}))
        self._gate = RateGate.for_key(f"intacct#{self.endpoint}#{sender_id}", max(1, max_concurrent), 1_000_000)

    def _document(self, function: etree._Element, control: str, unique: bool) -> bytes:
        request = el("request", None,
                     el("control", None, el("senderid", self.sender_id), el("password", self._sender_password),
                        el("controlid", control), el("uniqueid", "true" if unique else "false"),
                        el("dtdversion", "3.0"), el("includewhitespace", "false")),
                     el("operation", None, el("authentication", None, el("sessionid", self.session.access_token)),
                        el("content", None, el("function", None, function, controlid="f1"))))
        return etree.tostring(request, xml_declaration=True, encoding="UTF-8")

    def call(self, function: etree._Element, *, what: str, control: str | None = None,
             unique: bool = False) -> etree._Element:
        """Run one function; its `<result>` when it succeeded, else `IntacctError` with Intacct's words.
        `unique`: a create under `control` that must run once (see `IntacctLostAnswer`)."""
        control = control or f"cs-{uuid.uuid4().hex}"

        def send() -> Answer:
            with self._gate.slot(self.policy.clock, self.policy.sleep):
                body = self._document(function, control, unique)  # the current session each attempt
                try:
                    answer = Answer(self.http.post(self.endpoint, data=body, timeout=self.timeout,
                                                   headers={"Content-Type": "application/xml"}))
                except EXCHANGE.transient as exc:
                    if unique:
                        raise IntacctLostAnswer(f"{what}: no answer ({type(exc).__name__})") from None
                    raise
            if unique and answer.status in RETRY_STATUSES:
                raise IntacctLostAnswer(f"{what}: {answer.fault()[0]}", status=answer.status)
            return answer

        answer = with_retries(send, EXCHANGE, self.policy, refresh=self.session.refresh,
                              unavailable=lambda message, status: IntacctUnavailable(message, status=status),
                              what=what)
        status = answer.status
        if status == 401:
            message, code = answer.fault()
            raise IntacctError(f"authorization failed ({message}); run `countersign connect intacct`", status=401,
                               code=code)
        if status != 200:
            message, code = answer.fault()
            raise IntacctError(f"{what}: {message}", status=status, code=code)
        result = answer.xml.find("operation/result")  # type: ignore[union-attr]
        if result is None or result.findtext("status") != "success":
            message, code = errors_of(result)
            raise IntacctError(f"{what}: {message}", status=400, code=code)
        return result

    def query(self, obj: str, where: str, columns: str, what: str, page: int = 1000) -> list[dict]:
        """Every record of a readByQuery, page by page (readMore on the result id)."""
        result = self.call(el("readByQuery", None, el("object", obj), el("fields", columns), el("query", where),
                              el("pagesize", page)), what=what)
        rows: list[dict] = []
        while True:
            data = result.find("data")
            if data is None:
                return rows
            rows.extend(fields(r) for r in data)
            if int(data.get("numremaining") or 0) <= 0 or not data.get("resultId"):
                return rows
            result = self.call(el("readMore", None, el("resultId", data.get("resultId"))), what=what)


def quote(value: str) -> str:
    """A query string literal: quotes doubled, control characters refused."""
    value = str(value)
    if any(ord(ch) < 32 for ch in value):
        raise ERPError(f"refusing to query Sage Intacct with control characters in {value!r}")
    return "'" + value.replace("'", "''") + "'"
