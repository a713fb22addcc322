"""The Slack app: one Bolt `App` over the services, with listener groups in their own modules.

`build_app` only builds and wires: the Bolt `App`, the `SlackDeps` every listener group gets
(`deps.py`: pools, tracker, refs), and the groups, each registering its own listeners
(`intake`, `approvals`, `edit`, `assistant`, `ask`, `commands`, `home`). It returns a `SlackApp`:
the Bolt app to dispatch to, and the deps the server, tests and benchmarks use (drain, shut down, recover at start-up).

Acknowledgement strategy (Slack wants every request answered within 3 s):
- `process_before_response=False` (we run as a long-lived server, not FaaS): Bolt sends the HTTP
  200 (or the Socket Mode ack) as soon as `ack()` runs; events are acked by Bolt before the
  listener starts. Lazy listeners exist for FaaS, where nothing may run after the response;
  here they would only add a second dispatch through Bolt.
- Listeners do only cheap work on Bolt's listener pool: `ack()`, `views_open` while the
  trigger id is fresh, a claim of the delivery. Everything slow goes to our own pools (`io`
  and `cases`, see `deps.py`), and while the HTTP server is answering requests their jobs wait
  briefly before starting: acknowledgements first.
- Dedup: every event's `event_id` is claimed in the store (`slack_events`, a primary key) by
  the listener, so a retried delivery (`X-Slack-Retry-Num`) or a second worker process never
  handles it twice; each uploaded file id is claimed too, because one upload arrives both as
  `file_shared` and as a `file_share` message. Decisions are serialized by `approvals.decide`
  (row lock + compare-and-set), so of two concurrent clicks exactly one applies.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from dataclasses import dataclass
from urllib.parse import urlsplit

from slack_bolt import App
from slack_sdk import WebClient

from countersign.app.bootstrap import Services
from countersign.app.settings import Settings
from countersign.app.slack import approvals, assistant, commands, edit, home, intake
from countersign.app.slack import ask as ask_group
from countersign.app.slack.deps import Ask, SlackDeps, TrackedExecutor, WorkTracker
from countersign.app.slack.notifier import SlackNotifier
from countersign.app.slack.refs import SlackRefs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlackApp:
    """A built Slack app: `bolt` takes the requests (`dispatch`, the HTTP server, Socket Mode);
    `deps` is what its listeners share, and what the server drains and shuts down."""

    bolt: App
    deps: SlackDeps
    listeners: TrackedExecutor | None = None  # Bolt's listener pool (the HTTP app starts its threads early)


def build_app(services: Services, settings: Settings, *, ask: Ask, client: WebClient | None = None,
              io_workers: int = 16, listener_workers: int = 32) -> SlackApp:
    """A Bolt App wired to the services. No network at construction (token verification is off;
    Bolt asks `auth.test` for the bot's own id on the first request). Its `cases` pool runs
    `settings.slack_concurrency` cases at once."""
    client = client or slack_client(settings)
    signing_secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    tracker = WorkTracker()
    listeners = TrackedExecutor(tracker, listener_workers, "listener", yield_to_acks=False)
    app = App(
        client=client,
        signing_secret=signing_secret,
        token_verification_enabled=False,
        process_before_response=False,
        listener_executor=listeners,
        raise_error_for_unhandled_request=False,
    )
    io = TrackedExecutor(tracker, io_workers, "io")
    cases = TrackedExecutor(tracker, settings.slack_concurrency, "cases")
    deps = slack_deps(services, settings, client, ask=ask, tracker=tracker, io=io, cases=cases)

    @app.middleware
    def note_retries(request, next):
        retry = request.headers.get("x-slack-retry-num")
        if retry:
            log.info("slack retry %s (%s)", retry[0] if isinstance(retry, list) else retry,
                     request.headers.get("x-slack-retry-reason"))
        return next()

    intake.register(app, deps)  # before ask: it owns `message` events with files
    approvals.register(app, deps)
    edit.register(app, deps)
    assistant.register(app, deps)  # before ask: its middleware takes the assistant pane's threads
    ask_group.register(app, deps)
    commands.register(app, deps)
    home.register(app, deps)
    return SlackApp(bolt=app, deps=deps, listeners=listeners)


def slack_client(settings: Settings) -> WebClient:
    kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return WebClient(token=token, **kwargs)


def slack_deps(services: Services, settings: Settings, client: WebClient, *, ask: Ask, tracker: WorkTracker,
               io: TrackedExecutor, cases: TrackedExecutor, later: Executor | None = None) -> SlackDeps:
    """What the listeners share (and a worker taking uploads in, `handoff.py`): the services'
    SlackNotifier bound to `client`, the store's Slack bookkeeping, the pools."""
    notifier = services.notifier if isinstance(services.notifier, SlackNotifier) else SlackNotifier()
    if notifier is not services.notifier:
        log.warning("services were opened without a SlackNotifier: cards update on clicks, not on expiry")
    notifier.bind(client, services)
    extra_hosts = frozenset({urlsplit(settings.slack_api_url).hostname}) if settings.slack_api_url else frozenset()
    return SlackDeps(services=services, settings=settings, ask=ask, client=client, notifier=notifier,
                     refs=SlackRefs(services.sessions, services.clock), tracker=tracker, io=io, cases=cases,
                     bot_token=client.token or "", file_hosts=extra_hosts, later=later)
