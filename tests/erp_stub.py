"""The common part of the fault-injecting ERP stubs (Xero, NetSuite, Business Central, Sage Intacct):
an HTTP server on 127.0.0.1 that the real clients talk to, for tests and evals.stress only.

A subclass says how its system answers: `route(req)` for the API, `token(req)` for its OAuth token
endpoint, and its own bodies for the faults (`unauthorized`, `throttled`, `server_error`,
`validation_error`). The base does the rest, the same way for every system:

* every request is recorded (`requests`, `api_requests(path, method)`), with its status;
* a Bearer check on API paths (`valid_access`; `expire_access_tokens()` makes the next call a 401);
* faults queued with `fail(kind, path=..., method=..., times=...)`: "429" (with Retry-After),
  "500" (before processing), "401", "validation" (the system's 400 with `message`), and three
  that happen *after* the write was processed: "500_after" (processed, then 503), "timeout_after"
  (processed, then no answer until the client gives up) and "drop_after" (processed, then the
  connection is closed);
* `chaos`: the same kinds drawn at random for writes to a path containing `chaos_path`
  (evals.stress), counted in `chaos_seen`; each kind in `chaos_ensure` is served first, once, so a
  short run sees its faults whatever its timing (`chaos_kind`).
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

WRITES = ("POST", "PUT", "PATCH", "DELETE")


@dataclass
class Fault:
    kind: str
    path: str
    method: str
    times: int
    message: str = "A validation exception occurred"
    status: int = 400


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    status: int = 0

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body, parse_float=Decimal)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


@dataclass
class Reply:
    status: int
    body: Any = None  # dict/list → JSON (Decimals as numbers), bytes/str as they are, None → no body
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json; charset=utf-8"


def dumps(payload: Any) -> str:
    """JSON with Decimals written as numbers (as the systems send them), never through a float."""
    import re

    text = json.dumps(payload, default=lambda o: f"__DEC__{o}__" if isinstance(o, Decimal) else str(o))
    return re.sub(r'"__DEC__(-?[0-9.E+-]+)__"', r"\1", text)


def chaos_kind(chaos: dict[str, float], rng: random.Random, seen: Counter, ensure: tuple[str, ...] = ()) -> str | None:
    """The fault a chaotic write gets, counted in `seen`: the first kind of `ensure` not served yet, else one drawn by
    its probability; None for none."""
    kind = next((k for k in ensure if not seen[k]), None)
    if kind is None:
        roll = rng.random()
        for k, p in chaos.items():
            if roll < p:
                kind = k
                break
            roll -= p
    if kind is not None:
        seen[kind] += 1
    return kind


class ERPStub:
    """Subclass and implement `route`; see the module docstring."""

    system = "ERP"
    api_prefix = "/"  # requests under it need a Bearer token and may get faults
    token_paths: tuple[str, ...] = ()
    retry_after = "1"

    def __init__(self, *, chaos: dict[str, float] | None = None, chaos_path: str = "", chaos_seed: int = 0,
                 chaos_ensure: tuple[str, ...] = (), keep_requests: bool = True):
        self.lock = threading.RLock()
        self.release = threading.Event()
        self.faults: list[Fault] = []
        self.requests: list[Request] = []
        self.keep_requests = keep_requests
        self.valid_access: set[str] = {"stub-access-0"}
        self.valid_refresh = "stub-refresh-0"
        self.issued = 0
        self.chaos = dict(chaos or {})
        self.chaos_path = chaos_path
        self.chaos_rng = random.Random(chaos_seed)
        self.chaos_seen: Counter = Counter()
        self.chaos_ensure = chaos_ensure

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> "ERPStub":
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

    # ----------------------------------------------------------------- test controls

    def fail(self, kind: str, *, path: str = "", method: str = "POST", times: int = 1, **kw) -> None:
        self.faults.append(Fault(kind=kind, path=path, method=method, times=times, **kw))

    def expire_access_tokens(self) -> None:
        self.valid_access.clear()

    def api_requests(self, path_part: str = "", method: str | None = None) -> list[Request]:
        return [r for r in self.requests if path_part in r.path and (method is None or r.method == method)
                and r.path.startswith(self.api_prefix)]

    def issue(self, expires_in: int = 1800) -> dict:
        with self.lock:
            self.issued += 1
            access, refresh = f"stub-access-{self.issued}", f"stub-refresh-{self.issued}"
            self.valid_access.add(access)
            self.valid_refresh = refresh
        return {"token_type": "Bearer", "access_token": access, "refresh_token": refresh, "expires_in": expires_in}

    # ----------------------------------------------------------------- what a system says

    def route(self, req: Request) -> Reply:
        raise NotImplementedError

    def token(self, req: Request) -> Reply:
        return Reply(404, {"error": "no token endpoint"})

    def authorized(self, req: Request) -> bool:
        auth = req.header("Authorization") or ""
        return auth.startswith("Bearer ") and auth.removeprefix("Bearer ").strip() in self.valid_access

    def unauthorized(self, req: Request) -> Reply:
        return Reply(401, {"error": "unauthorized"})

    def throttled(self, req: Request) -> Reply:
        return Reply(429, {"error": "too many requests"}, {"Retry-After": self.retry_after})

    def server_error(self, req: Request, status: int = 500) -> Reply:
        return Reply(status, {"error": "internal error"})

    def validation_error(self, req: Request, fault: Fault) -> Reply:
        return Reply(fault.status, {"error": fault.message})

    # ----------------------------------------------------------------- dispatch

    def _take_fault(self, req: Request) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.times > 0 and f.method == req.method and f.path in req.path:
                    f.times -= 1
                    return f
            if self.chaos and req.method in WRITES and self.chaos_path and self.chaos_path in req.path:
                kind = chaos_kind(self.chaos, self.chaos_rng, self.chaos_seen, self.chaos_ensure)
                return None if kind is None else Fault(kind=kind, path=req.path, method=req.method, times=0)
        return None

    def handle(self, h: "_Handler", method: str) -> None:
        parsed = urlparse(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        req = Request(method, parsed.path, {k: v[0] for k, v in parse_qs(parsed.query).items()},
                      dict(h.headers.items()), body)
        with self.lock:
            if self.keep_requests:
                self.requests.append(req)
        if parsed.path in self.token_paths:
            return self._send(h, req, self.token(req))
        if not parsed.path.startswith(self.api_prefix):
            return self._send(h, req, Reply(404, {"error": f"no such path {parsed.path}"}))
        fault = self._take_fault(req)
        if fault and fault.kind == "429":
            return self._send(h, req, self.throttled(req))
        if fault and fault.kind == "500":
            return self._send(h, req, self.server_error(req))
        if fault and fault.kind == "validation":
            return self._send(h, req, self.validation_error(req, fault))
        if (fault and fault.kind == "401") or not self.authorized(req):
            return self._send(h, req, self.unauthorized(req))
        with self.lock:
            reply = self.route(req)
        if fault and fault.kind == "timeout_after":
            self.release.wait(10)  # the client's read timeout fires first; it retries on another connection
            h.close_connection = True
            return None
        if fault and fault.kind == "drop_after":
            h.close_connection = True
            return None
        if fault and fault.kind == "500_after":
            return self._send(h, req, self.server_error(req, 503))
        return self._send(h, req, reply)

    def _send(self, h: "_Handler", req: Request, reply: Reply) -> None:
        req.status = reply.status
        if reply.body is None:
            data = b""
        elif isinstance(reply.body, bytes):
            data = reply.body
        elif isinstance(reply.body, str):
            data = reply.body.encode()
        else:
            data = dumps(reply.body).encode()
        h.send_response(reply.status)
        if data:
            h.send_header("Content-Type", reply.content_type)
        h.send_header("Content-Length", str(len(data)))
        for k, v in reply.headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A client killed mid-request (the stress SIGKILLs them) is expected; anything else is printed."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    stub: ERPStub
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802
        self.stub.handle(self, "GET")

    def do_POST(self):  # noqa: N802
        self.stub.handle(self, "POST")

    def do_PUT(self):  # noqa: N802
        self.stub.handle(self, "PUT")

    def do_PATCH(self):  # noqa: N802
        self.stub.handle(self, "PATCH")

    def do_DELETE(self):  # noqa: N802
        self.stub.handle(self, "DELETE")

    def log_message(self, *args):  # keep test output quiet
        pass
