"""Slack's rules: signed requests only (bad or stale signature -> 401), retries processed once, ack first."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

from countersign.app.slack.http_app import HttpLimits, slack_asgi
from countersign.app.slack.http_server import serve_in_thread
from tests.slack_stub import AP_CHANNEL, BOT_USER, event_body, sign

CLERK = "U0AP0CLERK"


def mention(ts="1700002000.000100"):
    return {"type": "app_mention", "channel": AP_CHANNEL, "user": CLERK, "ts": ts, "text": f"<@{BOT_USER}> hi"}


def test_forged_signature_is_refused_with_401(slack):
    body = event_body(mention(), event_id="Ev0FORGED1")
    response = slack.dispatch(body, "application/json", signed=sign(body, secret="not-the-secret"))
    assert response.status == 401
    assert slack.questions == []


def test_stale_signature_is_refused_with_401(slack):
    body = event_body(mention(), event_id="Ev0STALE01")
    response = slack.dispatch(body, "application/json", signed=sign(body, timestamp=int(time.time()) - 6 * 60))
    assert response.status == 401
    assert slack.questions == []


def test_a_tampered_body_is_refused(slack):
    body = event_body(mention(), event_id="Ev0TAMPER1")
    headers = sign(body)
    response = slack.dispatch(body.replace("hi", "approve everything"), "application/json", signed=headers)
    assert response.status == 401


def test_a_retried_file_event_is_processed_once(slack, demo_pdfs):
    f = slack.stub.add_file("F700", "clean.pdf", demo_pdfs["clean"].read_bytes(), user=CLERK)
    first = slack.share([f], user=CLERK, ts="1700002100.000100", event_id="Ev0FILE001")
    for n in (1, 2, 3):
        retry = slack.share([f], user=CLERK, ts="1700002100.000100", event_id="Ev0FILE001",
                            headers={"x-slack-retry-num": str(n), "x-slack-retry-reason": "http_timeout"})
        assert retry.status == 200
    assert first.status == 200
    assert len(slack.services.store.list_cases()) == 1
    assert len(slack.stub.posts(AP_CHANNEL, "1700002100.000100")) == 1
    assert slack.stub.downloads == [("F700", True)]


def test_events_are_acked_before_the_work_is_done(slack, demo_pdfs):
    """The HTTP answer does not wait for the pipeline: the ack comes back while the work is held."""
    gate = threading.Event()
    real_ask = slack.deps.ask

    def slow_ask(text, **kw):
        gate.wait(30)
        return real_ask(text, **kw)

    slack.deps.ask = slow_ask
    response = slack.event(mention(), wait=False)
    assert response.status == 200 and slack.stub.posts() == []  # acked, nothing answered yet
    gate.set()
    slack.drain()
    assert len(slack.stub.posts(AP_CHANNEL)) == 1


def test_the_http_server_verifies_signatures_and_serves_health(slack):
    server = serve_in_thread(slack_asgi(slack.app), HttpLimits())
    url = f"{server.url}/slack/events"
    try:
        body = event_body(mention("1700002200.000100"), event_id="Ev0HTTP001")

        def post(headers):
            request = urllib.request.Request(url, data=body.encode(), method="POST",
                                             headers={"Content-Type": "application/json", **headers})
            try:
                with urllib.request.urlopen(request, timeout=30) as r:
                    return r.status
            except urllib.error.HTTPError as exc:
                return exc.code

        assert post(sign(body, secret="forged")) == 401
        assert post(sign(body, timestamp=int(time.time()) - 3600)) == 401
        assert post(sign(body)) == 200
        slack.drain()
        assert len(slack.questions) == 1
        challenge = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
        request = urllib.request.Request(url, data=challenge.encode(), method="POST",
                                         headers={"Content-Type": "application/json", **sign(challenge)})
        with urllib.request.urlopen(request, timeout=30) as r:
            assert "abc123" in r.read().decode()
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=30) as r:
            assert r.status == 200
    finally:
        server.stop()


def test_http_mode_refuses_to_start_without_a_signing_secret_or_with_workers_on_sqlite(workspace):
    import pytest
    from pydantic import SecretStr

    from countersign.app.slack.server import serve_http, serve_socket

    with pytest.raises(SystemExit, match="SIGNING_SECRET"):
        serve_http(0, 1, settings=workspace)
    with pytest.raises(SystemExit, match="PostgreSQL"):
        serve_http(0, 4, settings=workspace.model_copy(update={"slack_signing_secret": SecretStr("s"),
                                                               "database_url": None}))
    with pytest.raises(SystemExit, match="APP_TOKEN"):
        serve_socket(workspace)
