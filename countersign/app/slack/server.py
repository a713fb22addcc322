"""Running the Slack app: Socket Mode (no public URL) or HTTP behind a load balancer.

    countersign serve --socket                 -> serve_socket()
    countersign serve --http --port 3000 --workers 4   -> serve_http(3000, 4)

HTTP mode listens on POST /slack/events (events, interactivity and the slash command all use
that one URL; set it in the manifest) and answers GET /healthz for the load balancer. gunicorn's
master keeps `workers` uvicorn worker processes (`http_server`); each opens its own services on the
one store, which must then be PostgreSQL, and serves `http_app` (every request bounded before Bolt
sees it). Reminders and expiry run in every worker (and in Socket Mode), every few minutes, on the
intervals the policy sets: expiry is a compare-and-set and each reminder is claimed in the store,
so a second worker's round finds nothing to do, and a worker that dies takes nothing with it.
"""

from __future__ import annotations

import logging
import threading
from contextlib import ExitStack, contextmanager
from typing import Callable, Iterator

from countersign.app.bootstrap import open_services, settle_heap
from countersign.app.settings import Settings
from countersign.app.slack.app import SlackApp, build_app
from countersign.app.slack.http_app import BoundedRequests, HttpLimits, slack_asgi
from countersign.app.slack.intake import catch_up
from countersign.app.slack.notifier import SlackNotifier

log = logging.getLogger(__name__)
REMINDER_CHECK_SECONDS = 300


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
        ready_to_serve(app)
        catch_up(app.deps)  # what a stopped predecessor owed, while this one already serves
        try:
            yield app
        finally:
            app.deps.shutdown()


def ready_to_serve(app: SlackApp) -> None:
    """Once the app is built, before it serves: a reading helper for each case its pool works on
    at once starts now, not in the first burst of drops (extract_sandbox.warm_up), unless the
    workers read the uploads (`slack_uploads_to_workers`: then they start theirs); and what
    start-up allocated is frozen (bootstrap.settle_heap)."""
    from countersign.app.extract_sandbox import warm_up

    if not app.deps.settings.slack_uploads_to_workers:
        warm_up(app.deps.cases.workers)
    settle_heap()


def start_reminders(app: SlackApp, stop: threading.Event,
                    every_seconds: float = REMINDER_CHECK_SECONDS) -> threading.Thread:
    """A daemon thread expiring overdue requests, reminding approvers and sending the daily digests
    until `stop` is set."""
    from countersign.app.slack.home import send_digests

    deps = app.deps

    def loop() -> None:
        while not stop.wait(every_seconds):
            try:
                deps.notifier.remind_and_expire()
                send_digests(deps, deps.services.clock())
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


def serve_http(port: int = 3000, workers: int = 1, *, host: str = "0.0.0.0", settings: Settings | None = None,
               limits: HttpLimits | None = None) -> None:
    """HTTP mode on POST /slack/events: gunicorn's master over `workers` uvicorn worker processes."""
    from countersign.app.slack.http_server import serve_gunicorn

    settings = settings or Settings()
    if settings.slack_signing_secret is None:
        raise SystemExit("COUNTERSIGN_SLACK_SIGNING_SECRET is needed for HTTP mode (see .env.example)")
    if workers > 1 and not settings.is_postgres:
        raise SystemExit("several HTTP workers need a PostgreSQL store (COUNTERSIGN_DATABASE_URL)")
    if settings.slack_bot_token is None:
        raise SystemExit("COUNTERSIGN_SLACK_BOT_TOKEN is not set (see .env.example)")
    limits = limits or HttpLimits()
    serve_gunicorn(lambda: worker_app(settings, limits), host=host, port=port, workers=workers, limits=limits)


def worker_app(settings: Settings, limits: HttpLimits) -> BoundedRequests:
    """One worker's endpoint: its own services and app, reminders; all closed at the worker's shutdown."""
    stack = ExitStack()
    try:
        app = stack.enter_context(running_app(settings))
        stop = threading.Event()
        start_reminders(app, stop)
        stack.callback(stop.set)
        return slack_asgi(app, limits, on_shutdown=stack.close)
    except BaseException:
        stack.close()
        raise
