"""`countersign console`: serve the console with uvicorn and print a one-time sign-in link.

Bound to 127.0.0.1 by default, like a notebook server: the printed link signs in the person the
OS account maps to, once. Behind a load balancer, run one per host on a shared PostgreSQL store
with a shared COUNTERSIGN_CONSOLE_SECRET and Sign in with Slack.
"""

from __future__ import annotations

import signal
from collections.abc import Callable

from countersign.app.bootstrap import Services
from countersign.app.console.app import build_console
from countersign.app.console.auth import SlackOIDC, issue_link_token


def oidc_from_settings(settings) -> SlackOIDC | None:
    """Sign in with Slack when the Slack app's client id and secret and the public URL are set."""
    if not (settings.console_slack_client_id and settings.console_slack_client_secret and settings.console_public_url):
        return None
    return SlackOIDC(client_id=settings.console_slack_client_id,
                     client_secret=settings.console_slack_client_secret.get_secret_value(),
                     redirect_uri=settings.console_public_url.rstrip("/") + "/auth/slack/callback",
                     base_url=settings.slack_oidc_url.rstrip("/"), team_id=settings.console_slack_team_id)


def sign_in_link(services: Services, user: str, base: str) -> str:
    return f"{base.rstrip('/')}/login?token={issue_link_token(services.sessions, user, services.clock())}"


def serve_console(services: Services, *, host: str, port: int, user: str | None,
                  say: Callable[[str], None] = print) -> None:
    import uvicorn

    from countersign.app.extract_sandbox import warm_up

    settings = services.settings
    warm_up()  # pages are drawn by the sandbox's helper: its imports happen now, not on the first case page
    app = build_console(services, oidc=oidc_from_settings(settings), public_url=settings.console_public_url)
    base = settings.console_public_url or f"http://{host}:{port}"
    if user:
        say(f"countersign console: open {sign_in_link(services, user, base)}")
        say("(the link signs you in once and lapses in 15 minutes)")
    else:
        say(f"countersign console on {base} (Sign in with Slack)")
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again for the handler it
    # found: make that one a clean exit, so a container stop or a rolling deploy exits 0.
    previous = signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)
