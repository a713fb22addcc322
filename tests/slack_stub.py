"""A local Slack Web API stub (http.server on 127.0.0.1, in a thread) and a harness that feeds the
real Bolt app signed requests built here. Nothing touches the internet.

The stub records every call (method, arguments, whether the bot token was right), answers like
Slack for the methods the app uses, and serves uploaded files for download. Like Slack, it
answers a download with a wrong token with an HTML sign-in page and status 200; a file can also
be registered to come back as HTML on purpose.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import pytest
from pydantic import SecretStr
from slack_bolt import BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier

from countersign.app.bootstrap import open_services
from countersign.app.demo import seed
from countersign.app.slack.app import SlackApp, build_app
from countersign.app.slack.notifier import SlackNotifier
from tests.conftest import NOW

BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "test-signing-secret"
AP_CHANNEL = "C0APCHANNEL"
BOT_USER = "U0BOT0001"
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to Slack</body></html>"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    authorized: bool
    at: float = 0.0  # time.perf_counter() when the stub received it (benchmarks only)
    posted: tuple[str, str] | None = None  # chat.postMessage: the (channel, ts) it answered


@dataclass
class StubFile:
    id: str
    name: str
    data: bytes
    filetype: str = "pdf"
    mimetype: str = "application/pdf"
    serve_html: bool = False
    user: str = ""
    shares: dict = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    """Slack's side takes every connection a burst opens at once. The listen queue is 128, not
    http.server's 5: with 5, the connections a burst of uploads opens together (files.info,
    downloads, chat.postMessage from many threads) overflowed it, and each dropped one stalled
    its caller ~1 s (the client's SYN retry), a delay Slack never adds."""

    request_queue_size = 128
    daemon_threads = True


class SlackStub:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, StubFile] = {}
        self.downloads: list[tuple[str, bool]] = []
        self.responses: list[dict] = []  # posts to response_url
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                stub._handle(self, "GET")

            def do_POST(self):
                stub._handle(self, "POST")

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    # ------------------------------------------------------------------ lifecycle

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def start(self) -> "SlackStub":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ set-up and inspection

    def add_file(self, file_id: str, name: str, data: bytes, *, filetype: str = "pdf",
                 mimetype: str = "application/pdf", serve_html: bool = False, user: str = "",
                 channel: str = AP_CHANNEL, ts: str | None = None) -> dict:
        shares = {"public": {channel: [{"ts": ts}]}} if ts else {}
        self.files[file_id] = StubFile(file_id, name, data, filetype, mimetype, serve_html, user, shares)
        return self.file_object(file_id)

    def file_object(self, file_id: str) -> dict:
        f = self.files[file_id]
        return {
            "id": f.id, "name": f.name, "title": f.name, "filetype": f.filetype, "mimetype": f.mimetype,
            "size": len(f.data), "user": f.user, "shares": f.shares,
            "url_private": f"{self.base}/files-pri/{f.id}/{quote(f.name)}",
            "url_private_download": f"{self.base}/files-pri/{f.id}/download/{quote(f.name)}",
        }

    def of(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c.args for c in self.calls if c.method == method]

    def posts(self, channel: str | None = None, thread_ts: str | None = None, *,
              as_sent: bool = False) -> list[dict[str, Any]]:
        """The messages posted (in a channel, a thread), each as it reads now: with the text and
        blocks of its latest chat.update (the reading card that became the case's card), unless
        `as_sent`."""
        with self._lock:
            calls = list(self.calls)
        shown = []
        for call in calls:
            a = call.args
            if call.method != "chat.postMessage" or (channel is not None and a.get("channel") != channel) or (
                    thread_ts is not None and a.get("thread_ts") != thread_ts):
                continue
            now = dict(a)
            if not as_sent and call.posted is not None:
                for later in calls:
                    if later.method == "chat.update" and (later.args.get("channel"), later.args.get("ts")) in (
                            call.posted, (a.get("channel"), call.posted[1])):
                        now.update({k: later.args[k] for k in ("text", "blocks") if k in later.args})
            shown.append(now)
        return shown

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.responses.clear()

    # ------------------------------------------------------------------ serving

    def _handle(self, h: BaseHTTPRequestHandler, verb: str) -> None:
        url = urlsplit(h.path)
        raw = h.rfile.read(int(h.headers.get("Content-Length") or 0)) if verb == "POST" else b""
        auth = h.headers.get("Authorization", "")
        if url.path.startswith("/files-pri/"):
            return self._download(h, url.path.split("/")[2], auth == f"Bearer {BOT_TOKEN}")
        if url.path.startswith("/respond/"):
            with self._lock:
                self.responses.append(json.loads(raw or b"{}"))
            return self._send(h, 200, b"ok", "text/plain")
        if not url.path.startswith("/api/"):
            return self._send(h, 404, b"not found", "text/plain")
        method = url.path[len("/api/"):]
        args: dict[str, Any] = dict(parse_qsl(url.query))
        ctype = h.headers.get("Content-Type", "")
        if raw and "json" in ctype:
            args.update(json.loads(raw))
        elif raw:
            args.update(parse_qsl(raw.decode()))
        for key in ("blocks", "view"):
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        ok = auth == f"Bearer {BOT_TOKEN}"
        body = self._answer(method, args) if ok else {"ok": False, "error": "invalid_auth"}
        posted = (body["channel"], body["ts"]) if ok and method == "chat.postMessage" else None
        with self._lock:
            self.calls.append(Call(method, args, ok, time.perf_counter(), posted))
        self._send(h, 200, json.dumps(body).encode(), "application/json; charset=utf-8")

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "bot_id": "B0BOT0001", "team_id": "T0TEAM", "user": "countersign"}
        if method == "chat.postMessage":
            channel = args.get("channel", "")
            if channel.startswith("U"):
                channel = "D" + channel[1:]
            ts = f"{1700000000 + next(self._ts)}.000100"
            return {"ok": True, "channel": channel, "ts": ts, "message": {"text": args.get("text"), "ts": ts}}
        if method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{1700000000 + next(self._ts)}.000200"}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "X"))[1:]}}
        if method == "views.open":
            return {"ok": True, "view": {"id": "V0VIEW", **(args.get("view") or {})}}
        if method == "files.info":
            file_id = args.get("file")
            if file_id not in self.files:
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "file": self.file_object(file_id)}
        return {"ok": True}

    def _download(self, h: BaseHTTPRequestHandler, file_id: str, authorized: bool) -> None:
        f = self.files.get(file_id)
        with self._lock:
            self.downloads.append((file_id, authorized))
        if f is None:
            return self._send(h, 404, b"not found", "text/plain")
        if f.serve_html or not authorized:  # what Slack does for a bad token: its sign-in page, status 200
            return self._send(h, 200, LOGIN_PAGE, "text/html; charset=utf-8")
        return self._send(h, 200, f.data, f.mimetype)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


# --------------------------------------------------------------------------- what Slack would act on

_CONTROL = re.compile(r"<([^<>]*)>")
_BARE_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


def _texts(node: Any, parsed: bool = True):
    """(text, verbatim) of every piece of a payload Slack reads as mrkdwn."""
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
            yield node["text"], bool(node.get("verbatim"))
        for key, value in node.items():
            if key == "text" and isinstance(value, str) and node.get("type") is None:
                yield value, False  # a message's top-level text
            elif key in ("blocks", "elements", "fields", "view", "text", "accessory") and not isinstance(value, str):
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def live_formatting(payload: dict, allowed_mentions: set[str] = frozenset()) -> list[str]:
    """The formatting Slack would act on in one message payload (a Web API call's arguments, a
    response_url post, a command's ack): every `<…>` control sequence except mentions of
    `allowed_mentions` (the policy's people, whom our cards mention on purpose), and a bare
    `@channel` / `@here` / `@everyone` where Slack may parse it (non-verbatim text)."""
    found = []
    for text, verbatim in _texts(payload):
        for m in _CONTROL.finditer(text):
            inner = m.group(1)
            if inner.startswith("@") and inner[1:].split("|")[0] in allowed_mentions:
                continue
            found.append(m.group(0))
        if not verbatim:
            found += [m.group(0) for m in _BARE_BROADCAST.finditer(text)]
    return found


# --------------------------------------------------------------------------- signed requests


def sign(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {"x-slack-request-timestamp": ts,
            "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)}


def event_body(event: dict, *, event_id: str) -> str:
    return json.dumps({
        "token": "legacy", "team_id": "T0TEAM", "api_app_id": "A0APP", "type": "event_callback",
        "event_id": event_id, "event_time": 1700000000, "event": event,
        "authorizations": [{"team_id": "T0TEAM", "user_id": BOT_USER, "is_bot": True}],
    })


def action_body(action_id: str, value: str, *, user: str, channel: str = AP_CHANNEL, message_ts: str = "1.0",
                trigger_id: str = "trig-1") -> str:
    payload = {
        "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": "T0TEAM"},
        "team": {"id": "T0TEAM"}, "api_app_id": "A0APP", "trigger_id": trigger_id,
        "channel": {"id": channel, "name": "ap"}, "response_url": "",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False},
        "actions": [{"action_id": action_id, "block_id": "decision", "value": value, "type": "button",
                     "action_ts": "1.1", "text": {"type": "plain_text", "text": action_id}}],
    }
    return urlencode({"payload": json.dumps(payload)})


def view_body(callback_id: str, *, user: str, private_metadata: str, values: dict) -> str:
    payload = {
        "type": "view_submission", "user": {"id": user, "team_id": "T0TEAM"}, "team": {"id": "T0TEAM"},
        "api_app_id": "A0APP", "trigger_id": "trig-2",
        "view": {"id": "V0VIEW", "type": "modal", "callback_id": callback_id, "private_metadata": private_metadata,
                 "state": {"values": values}},
    }
    return urlencode({"payload": json.dumps(payload)})


def command_body(text: str, *, user: str, response_url: str, channel: str = AP_CHANNEL) -> str:
    return urlencode({"token": "legacy", "team_id": "T0TEAM", "channel_id": channel, "user_id": user,
                      "command": "/countersign", "text": text, "response_url": response_url,
                      "trigger_id": "trig-3", "api_app_id": "A0APP"})


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


class SlackHarness:
    """The real Bolt app over real services, driven by signed requests, calling the stub."""

    def __init__(self, app: SlackApp, stub: SlackStub, services, settings, clock: Clock, questions: list):
        self.app, self.stub, self.services, self.settings = app, stub, services, settings
        self.clock, self.questions = clock, questions
        self.deps = app.deps
        self._ids = itertools.count(1)

    def dispatch(self, body: str, content_type: str, headers: dict[str, str] | None = None,
                 signed: dict[str, str] | None = None, wait: bool = True) -> BoltResponse:
        h = {"content-type": content_type, **(signed if signed is not None else sign(body)), **(headers or {})}
        response = self.app.bolt.dispatch(BoltRequest(body=body, headers=h))
        if wait:
            self.drain()
        return response

    def drain(self) -> None:
        assert self.deps.drain(60), "slack work did not finish"

    def event(self, event: dict, *, event_id: str | None = None, headers: dict | None = None,
              wait: bool = True) -> BoltResponse:
        body = event_body(event, event_id=event_id or f"Ev{next(self._ids):08d}")
        return self.dispatch(body, "application/json", headers, wait=wait)

    def share(self, files: list[dict], *, user: str, ts: str = "1700000100.000100", event_id: str | None = None,
              headers: dict | None = None) -> BoltResponse:
        """A message with files in the AP channel (the `file_share` message event)."""
        event = {"type": "message", "subtype": "file_share", "channel": AP_CHANNEL, "channel_type": "channel",
                 "user": user, "ts": ts, "text": "", "files": files}
        return self.event(event, event_id=event_id, headers=headers)

    def file_shared(self, file_id: str, *, user: str, channel: str = AP_CHANNEL, event_id: str | None = None,
                    wait: bool = True) -> BoltResponse:
        event = {"type": "file_shared", "channel_id": channel, "file_id": file_id, "user_id": user,
                 "file": {"id": file_id}, "event_ts": "1700000100.000200"}
        return self.event(event, event_id=event_id, wait=wait)

    def click(self, action_id: str, value: str, *, user: str, channel: str = AP_CHANNEL,
              wait: bool = True) -> BoltResponse:
        return self.dispatch(action_body(action_id, value, user=user, channel=channel),
                             "application/x-www-form-urlencoded", wait=wait)

    def submit_view(self, callback_id: str, *, user: str, private_metadata: str, values: dict) -> BoltResponse:
        return self.dispatch(view_body(callback_id, user=user, private_metadata=private_metadata, values=values),
                             "application/x-www-form-urlencoded")

    def command(self, text: str, *, user: str) -> BoltResponse:
        return self.dispatch(command_body(text, user=user, response_url=f"{self.stub.base}/respond/1"),
                             "application/x-www-form-urlencoded")


@pytest.fixture
def slack(workspace):
    """A harness on the `workspace` fixture: runs on SQLite and on PostgreSQL."""
    stub = SlackStub().start()
    settings = workspace.model_copy(update={
        "slack_bot_token": SecretStr(BOT_TOKEN), "slack_signing_secret": SecretStr(SIGNING_SECRET),
        "slack_ap_channel": AP_CHANNEL, "slack_api_url": stub.api_url,
    })
    clock = Clock(NOW)
    questions: list[tuple[str, str, str]] = []

    def ask(text: str, *, user_id: str, conversation_id: str) -> str:
        questions.append((text, user_id, conversation_id))
        return f"echo: {text}"

    try:
        with open_services(settings, notifier=SlackNotifier(), clock=clock) as services:
            seed(services)
            app = build_app(services, settings, ask=ask)
            try:
                yield SlackHarness(app, stub, services, settings, clock, questions)
            finally:
                app.deps.drain(60)
                app.deps.shutdown()
    finally:
        stub.stop()
