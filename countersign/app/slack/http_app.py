"""The Slack HTTP endpoint as an ASGI app: every request is bounded before Bolt's ASGI adapter sees it.

Nothing here needs a signature, so everything here assumes a hostile client:
- `BoundedRequests` (transport): `GET /healthz` answers the load balancer; only `POST /slack/events`
  goes on. A declared body over `max_body` is refused (413) before a byte of it is read; an
  undeclared (chunked) one is read only up to `max_body`; all bodies in memory together stay under
  `body_budget` (past it: 503, Slack delivers again). The protocol (`http_server`) closes a
  connection whose request has not fully arrived within `read_deadline`, so a slow or half-open
  client holds a socket for seconds, never a thread.
- `BoltHandler` (Bolt's ASGI adapter, Slack's checks first): the timestamp must be a number and the
  signature must verify before the body is parsed (401); a body that does not parse into an object
  is 400. Bolt's `dispatch` blocks until the listener acks, so it runs on a bounded thread pool,
  never on the event loop; one not answered within `dispatch_deadline` is 503 (Slack retries; every
  delivery is deduplicated in the store). While it answers, the request counts as an ack in
  progress (`WorkTracker`): background jobs wait briefly for it (ack first, see deps.py).
Refusals close the connection and are logged in one line, never with the body.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from slack_sdk.signature import SignatureVerifier

from countersign.app.db import open_connections
from countersign.app.slack.app import SlackApp
from countersign.app.slack.deps import start_threads

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"  # the store and the checkpointer answer (app/metrics.py)
METRICS_PATH = "/metrics"
MAX_TIMESTAMP_DIGITS = 12  # seconds since 1970 for the next 30,000 years; int() of 5,000 digits raises

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Probes:
    """What GET /readyz and GET /metrics answer with (app/metrics.py)."""

    ready: Callable[[], tuple[bool, str]]
    metrics: Callable[[], tuple[bytes, str]]


@dataclass(frozen=True)
class HttpLimits:
    """What one worker process gives one request, and all of them together."""

    max_body: int = 1_000_000  # Slack's largest payloads (a view submission, a message's blocks) are far smaller
    body_budget: int = 64_000_000  # bodies held in memory at once, across this worker's connections
    read_deadline: float = 10.0  # seconds for a whole request (headers and body) to arrive
    dispatch_deadline: float = 10.0  # seconds for Bolt to answer (Slack itself gives up after 3)
    # Bolt dispatches at once; more wait their turn. A dispatch is CPU until its ack (listeners ack
    # before any Slack call), so more threads only share the interpreter: 50 simultaneous uploads
    # finished together, late, and starved the event loop that accepts them (PostgreSQL, uploads to
    # workers: ack p99 160-186 ms with 64 threads, 87-114 ms with 8, 82-93 ms with 4).
    dispatch_threads: int = 8
    max_connections: int = 1000  # open connections per worker; past it new requests get 503
    max_header_bytes: int = 16_384  # request line and headers


class ByteBudget:
    """Bytes of request bodies held in memory, across connections (the event loop's thread only)."""

    def __init__(self, limit: int):
        self.limit, self.used = limit, 0

    def take(self, n: int) -> bool:
        if self.used + n > self.limit:
            return False
        self.used += n
        return True

    def give(self, n: int) -> None:
        self.used -= n


class Refused(Exception):
    """A request refused before Bolt saw it: the status and a short reason (the response body)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


async def send_text(send: Send, status: int, text: str, *, close: bool = False) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(text)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text.encode()})


def declared_length(scope: dict) -> int | None:
    """The Content-Length header as a number, None if absent (chunked); Refused if it is not one."""
    values = [v for k, v in scope.get("headers", []) if k == b"content-length"]
    if not values:
        return None
    if len(set(values)) > 1 or not values[0].isdigit():  # the server's parser refuses these first
        raise Refused(400, "bad Content-Length")
    return int(values[0])


class BoundedRequests:
    """ASGI: routes, size caps and the body read (see the module docstring); `inner` gets the body in one piece."""

    def __init__(self, inner: Callable, limits: HttpLimits, *, on_shutdown: Callable[[], None] | None = None,
                 probes: Probes | None = None):
        self.inner, self.limits, self.on_shutdown, self.probes = inner, limits, on_shutdown, probes
        self.budget = ByteBudget(limits.body_budget)

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return None
        path, method = scope["path"], scope["method"]
        if path == HEALTH_PATH and method == "GET":
            return await send_text(send, 200, "ok")
        if path in (READY_PATH, METRICS_PATH) and method == "GET" and self.probes is not None:
            return await self._probe(path, send)
        if path != EVENTS_PATH:
            return await send_text(send, 404, "not found")
        if method != "POST":
            return await send_text(send, 405, "POST only")
        try:
            body, held = await self._read_body(scope, receive)
        except Refused as refused:
            log.warning("slack http: refused %s from %s: %s", refused.status, _client(scope), refused.reason)
            return await send_text(send, refused.status, refused.reason, close=True)
        except _Disconnected:
            return None
        try:
            await self.inner(scope, _replay(body), send)
        finally:
            self.budget.give(held)

    async def _probe(self, path: str, send: Send) -> None:
        """Readiness and metrics touch the store: off the event loop."""
        assert self.probes is not None
        loop = asyncio.get_running_loop()
        if path == READY_PATH:
            ok, reason = await loop.run_in_executor(None, self.probes.ready)
            return await send_text(send, 200 if ok else 503, reason)
        body, content_type = await loop.run_in_executor(None, self.probes.metrics)
        headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _read_body(self, scope: dict, receive: Receive) -> tuple[bytes, int]:
        """The whole body and the bytes it holds of the budget (given back by the caller)."""
        limits = self.limits
        length = declared_length(scope)
        if length is not None and length > limits.max_body:
            raise Refused(413, f"body over {limits.max_body} bytes")
        body = bytearray()
        try:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _Disconnected
                chunk = message.get("body", b"")
                if len(body) + len(chunk) > limits.max_body:
                    raise Refused(413, f"body over {limits.max_body} bytes")
                if not self.budget.take(len(chunk)):
                    raise Refused(503, "busy: too many request bodies in memory")
                body += chunk
                if not message.get("more_body", False):
                    return bytes(body), len(body)
        except BaseException:
            self.budget.give(len(body))
            raise

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.on_shutdown is not None:
                    await asyncio.to_thread(self.on_shutdown)
                await send({"type": "lifespan.shutdown.complete"})
                return


class _Disconnected(Exception):
    pass


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _client(scope: dict) -> str:
    client = scope.get("client")
    return f"{client[0]}:{client[1]}" if client else "?"


class BoltHandler(SlackRequestHandler):
    """Bolt's ASGI adapter, with Slack's own checks before the body is parsed and `dispatch` off the loop."""

    def __init__(self, app: SlackApp, limits: HttpLimits, signing_secret: str,
                 on_timing: Callable[[float], None] | None = None):
        super().__init__(app.bolt, path=EVENTS_PATH)
        self.slack = app
        self.limits = limits
        self.verifier = SignatureVerifier(signing_secret)
        self.pool = ThreadPoolExecutor(max_workers=limits.dispatch_threads, thread_name_prefix="slack-dispatch")
        self.on_timing = on_timing

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        """Ack first: the whole request, to its response, counts as an acknowledgement in progress."""
        if scope["type"] != "http":
            return await super().__call__(scope, receive, send)
        tracker = self.slack.deps.tracker
        tracker.ack_begin()
        try:
            await super().__call__(scope, receive, send)
        finally:
            tracker.ack_end()

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        started = time.perf_counter()
        try:
            try:
                body = await request.get_raw_body()
            except UnicodeDecodeError:
                raise Refused(400, "malformed body (not UTF-8)") from None
            bolt_request = self._checked(body, request)
        except Refused as refused:
            log.warning("slack http: refused %s: %s", refused.status, refused.reason)
            return BoltResponse(status=refused.status, body=refused.reason,
                                headers={"content-type": "text/plain; charset=utf-8", "connection": "close"})
        response = await self._dispatch(bolt_request)
        if self.on_timing is not None:
            self.on_timing((time.perf_counter() - started) * 1000)
        return response

    def _checked(self, body: str, request: AsgiHttpRequest) -> BoltRequest:
        try:
            headers = request.get_headers()
        except UnicodeDecodeError:
            raise Refused(400, "malformed header (not UTF-8)") from None
        timestamp = str(headers.get("x-slack-request-timestamp") or "")
        signature = str(headers.get("x-slack-signature") or "")
        if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > MAX_TIMESTAMP_DIGITS:
            raise Refused(401, "missing or non-numeric X-Slack-Request-Timestamp")
        if not self.verifier.is_valid(body=body, timestamp=timestamp, signature=signature):
            raise Refused(401, "invalid or stale signature")
        try:
            bolt_request = BoltRequest(body=body, query=request.query_string, headers=headers)
        except Exception as exc:  # noqa: BLE001 - Bolt's parser and context builder raise several kinds
            raise Refused(400, f"malformed body ({type(exc).__name__})") from None
        if not isinstance(bolt_request.body, dict):
            raise Refused(400, "malformed body (not an object)")
        return bolt_request

    async def _dispatch(self, bolt_request: BoltRequest) -> BoltResponse:
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self.pool, self.app.dispatch, bolt_request),
                                          self.limits.dispatch_deadline)
        except TimeoutError:
            log.warning("slack http: no answer from Bolt within %.0f s; 503 (Slack will retry)",
                        self.limits.dispatch_deadline)
            return BoltResponse(status=503, body="busy", headers={"connection": "close"})

    def warm(self) -> None:
        """Before serving: the dispatch threads, as many of Bolt's listener threads, and a store
        connection for each dispatch thread, started and opened now rather than between the first
        burst's requests and their acks (50 simultaneous drops on a fresh process: 7 dispatch
        threads, some listener threads and 7 PostgreSQL connections were started while acking)."""
        n = self.limits.dispatch_threads
        start_threads(self.pool, n)
        if self.slack.listeners is not None:
            start_threads(self.slack.listeners, min(n, self.slack.listeners.workers))
        open_connections(self.slack.deps.services.engine, n)

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def slack_asgi(app: SlackApp, limits: HttpLimits | None = None, *, on_shutdown: Callable[[], None] | None = None,
               on_timing: Callable[[float], None] | None = None) -> BoundedRequests:
    """The whole endpoint for one worker: bounds, then Slack's checks, then Bolt."""
    limits = limits or HttpLimits()
    secret = app.deps.settings.slack_signing_secret
    if secret is None:
        raise SystemExit("COUNTERSIGN_SLACK_SIGNING_SECRET is needed for HTTP mode (see .env.example)")
    from countersign.app import metrics  # after serve --http set up the multiprocess directory

    services = app.deps.services

    def timed(ms: float) -> None:
        metrics.observe_slack_ack(ms / 1000)
        if on_timing is not None:
            on_timing(ms)

    handler = BoltHandler(app, limits, secret.get_secret_value(), timed)
    handler.warm()

    def shutdown() -> None:
        handler.close()
        if on_shutdown is not None:
            on_shutdown()

    probes = Probes(ready=lambda: metrics.readiness(services), metrics=lambda: metrics.exposition(services.sessions))
    return BoundedRequests(handler, limits, on_shutdown=shutdown, probes=probes)
