"""Running the Slack app: Socket Mode (no public URL) or HTTP behind a load balancer.

    countersign serve --socket                 -> serve_socket()
    countersign serve --http --port 3000 --workers 4   -> serve_http(3000, 4)

HTTP mode listens on POST /slack/events (events, interactivity and the slash command all use
that one URL; set it in the manifest) and answers GET /healthz for the load balancer. Several
worker processes share one listening socket (pre-fork); each opens its own services on the one
store, which must then be PostgreSQL. Reminders and expiry run in one worker (and in Socket
Mode), every few minutes, on the intervals the policy sets.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator
from urllib.parse import urlsplit

from slack_bolt import BoltRequest

from countersign.app.bootstrap import open_services
from countersign.app.settings import Settings
from countersign.app.slack.app import SlackApp, build_app
from countersign.app.slack.intake import answer_pending
from countersign.app.slack.notifier import SlackNotifier

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
MAX_BODY = 1_000_000
REMINDER_CHECK_SECONDS = 300


class SlackHTTPHandler(BaseHTTPRequestHandler):
    """Hands signed Slack requests to Bolt (which verifies the signature: bad or stale -> 401)."""

    # HTTP/1.0: one request per connection, so an idle keep-alive connection never holds one of
    # the server's threads; `timeout` drops clients that stall mid-request.
    timeout = 10
    server: "SlackHTTPServer"

    def do_POST(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != EVENTS_PATH:
            self._send(404, b"not found")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(413, b"too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        headers: dict[str, list[str]] = {}
        for key, value in self.headers.items():
            headers.setdefault(key.lower(), []).append(value)
        tracker = self.server.app.deps.tracker
        tracker.ack_begin()
        try:
            response = self.server.app.bolt.dispatch(BoltRequest(body=body, query=urlsplit(self.path).query,
                                                                 headers=headers))
        finally:
            tracker.ack_end()
        payload = (response.body or "").encode("utf-8")
        self.send_response(response.status)
        for key, values in response.headers.items():
            if key.lower() == "content-length":
                continue
            for value in values:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # noqa: N802
        self._send(200 if urlsplit(self.path).path == "/healthz" else 404, b"ok")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # request lines only at debug; never bodies
        log.debug("%s " + format, self.address_string(), *args)


class SlackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512

    def __init__(self, app: SlackApp, address: tuple[str, int], *, sock: socket.socket | None = None,
                 handler: type[SlackHTTPHandler] = SlackHTTPHandler):
        super().__init__(address, handler, bind_and_activate=sock is None)
        if sock is not None:
            self.socket.close()
            self.socket = sock
            self.server_address = sock.getsockname()
        self.app = app


def make_http_server(app: SlackApp, host: str = "127.0.0.1", port: int = 0,
                     handler: type[SlackHTTPHandler] = SlackHTTPHandler) -> SlackHTTPServer:
    """An HTTP server for `app` (port 0 = any free port; see `server_address`). Call serve_forever()."""
    return SlackHTTPServer(app, (host, port), handler=handler)


# --------------------------------------------------------------------------- wiring


def default_ask(services) -> Callable[..., str]:
    """The chat agent's `ask`, or a polite stand-in while it is not installed."""
    try:
        from countersign.app.chat import make_ask
    except ImportError:
        def ask(text: str, *, user_id: str, conversation_id: str) -> str:
            return "The chat agent is not available in this build."
        return ask
    return make_ask(services)


@contextmanager
def running_app(settings: Settings, *, ask=None) -> Iterator[SlackApp]:
    """Services with the Slack notifier, and the app over them; pools drained on exit."""
    if settings.slack_bot_token is None:
        raise SystemExit("COUNTERSIGN_SLACK_BOT_TOKEN is not set (see .env.example)")
    with open_services(settings, notifier=SlackNotifier()) as services:
        app = build_app(services, settings, ask=ask or default_ask(services))
        answered = answer_pending(app.deps)
        if answered:
            log.info("answered %d case(s) a stopped process left without a Slack reply", len(answered))
        try:
            yield app
        finally:
            app.deps.shutdown()


def start_reminders(app: SlackApp, stop: threading.Event,
                    every_seconds: float = REMINDER_CHECK_SECONDS) -> threading.Thread:
    """A daemon thread expiring overdue requests and reminding approvers until `stop` is set."""
    deps = app.deps

    def loop() -> None:
        while not stop.wait(every_seconds):
            try:
                deps.notifier.remind_and_expire()
            except Exception:  # noqa: BLE001 - try again next round
                log.exception("reminder round failed")

    thread = threading.Thread(target=loop, name="slack-reminders", daemon=True)
    thread.start()
    return thread


def serve_socket(settings: Settings | None = None) -> None:
    """Socket Mode: connects out to Slack with the app-level token; no public URL, no signing."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    settings = settings or Settings()
    if settings.slack_app_token is None:
        raise SystemExit("COUNTERSIGN_SLACK_APP_TOKEN (xapp-…) is needed for Socket Mode (see .env.example)")
    stop = threading.Event()
    with running_app(settings) as app:
        start_reminders(app, stop)
        try:
            SocketModeHandler(app.bolt, settings.slack_app_token.get_secret_value()).start()
        finally:
            stop.set()


def serve_http(port: int = 3000, workers: int = 1, *, host: str = "0.0.0.0", settings: Settings | None = None) -> None:
    """HTTP mode on POST /slack/events with `workers` processes sharing the port."""
    settings = settings or Settings()
    if settings.slack_signing_secret is None:
        raise SystemExit("COUNTERSIGN_SLACK_SIGNING_SECRET is needed for HTTP mode (see .env.example)")
    if workers > 1 and not settings.is_postgres:
        raise SystemExit("several HTTP workers need a PostgreSQL store (COUNTERSIGN_DATABASE_URL)")
    sock = socket.create_server((host, port), backlog=512, reuse_port=False)
    if workers <= 1:
        _worker(settings, sock, reminders=True)
        return
    children = []
    for index in range(workers):
        pid = os.fork()
        if pid == 0:  # child: its own engine, pools and app, on the shared socket
            try:
                _worker(settings, sock, reminders=index == 0)
            finally:
                os._exit(0)
        children.append(pid)

    def forward(signum, _frame):
        for child in children:
            try:
                os.kill(child, signum)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for child in children:
        os.waitpid(child, 0)
    sock.close()


def _worker(settings: Settings, sock: socket.socket, *, reminders: bool) -> None:
    stop = threading.Event()
    with running_app(settings) as app:
        server = SlackHTTPServer(app, sock.getsockname()[:2], sock=sock)
        if reminders:
            start_reminders(app, stop)
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
        print(f"countersign: Slack HTTP worker {os.getpid()} on {sock.getsockname()[:2]}{EVENTS_PATH}",
              file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            stop.set()
            server.server_close()
