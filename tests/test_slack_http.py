"""Red team for the Slack HTTP endpoint (issue 14, item 7): the real server, attacked on 127.0.0.1.

None of these attacks needs a signature. The module's server is `countersign serve --http` in a
child process (gunicorn's master and a uvicorn worker), as in production; the attacks are the
ones `python -m evals.fuzz --http` runs. A few checks of the ASGI layer's own limits run on the
same server in a thread, with short deadlines.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
from pydantic import SecretStr

from countersign.app.settings import Settings
from countersign.app.slack.http_app import HttpLimits, slack_asgi
from countersign.app.slack.http_server import serve_in_thread
from evals import fuzz_http as attacks
from tests.slack_http import ServedSlack, serve
from tests.slack_stub import AP_CHANNEL, BOT_TOKEN, BOT_USER, SIGNING_SECRET, SlackStub, command_body, event_body

DEADLINE = HttpLimits().read_deadline


def _settings(stub: SlackStub, data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, _env_file=None, slack_bot_token=SecretStr(BOT_TOKEN),
                    slack_signing_secret=SecretStr(SIGNING_SECRET), slack_ap_channel=AP_CHANNEL,
                    slack_api_url=stub.api_url)


@pytest.fixture(scope="module")
def stub():
    stub = SlackStub().start()
    yield stub
    stub.stop()


@pytest.fixture(scope="module")
def served(stub, tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    server = serve(_settings(stub, root / "ws"), root)
    yield server
    assert server.stop() == 0
    assert "Traceback" not in server.log()


@pytest.mark.slow
def test_bad_lengths_bodies_and_timestamps_get_4xx_never_a_500_or_a_dropped_connection(served: ServedSlack):
    outcomes = attacks.odd_requests(served.url)
    wrong = [(o.attack, o.expect, o.got) for o in outcomes if not o.held]
    assert wrong == []
    got = {o.attack: o.got for o in outcomes}
    assert got["Content-Length: -1"] == "400"
    assert got["malformed JSON, signed"] == "400" and got["malformed JSON, unsigned"] == "401"
    assert got["non-numeric timestamp"] == "401"
    assert served.healthy()


@pytest.mark.slow
@pytest.mark.parametrize("framing", ["-1", "declared", "chunked"])
def test_a_300mb_streamed_body_is_refused_without_being_read(served: ServedSlack, framing):
    idle = served.rss_mb()
    with attacks.PeakRss(served.rss_mb) as peak:
        outcome = attacks.streamed_body(served.url, 300 * attacks.MB, framing=framing)
    assert outcome.held, outcome
    assert outcome.seconds < 5
    assert peak.mb - idle < 30, f"server memory grew {peak.mb - idle:.0f} MB while refusing the body"
    assert served.healthy()


@pytest.mark.slow
def test_400_slow_half_open_clients_hold_no_thread_and_are_dropped_at_the_deadline(served: ServedSlack):
    idle = served.rss_mb()
    during: dict[str, float] = {}
    result = attacks.slow_clients(served.url, 400, probe=lambda: during.setdefault("rss", served.rss_mb()))
    assert result["legit_statuses"] == ["200"]  # signed requests are answered while 400 sockets stall
    assert result["legit_max_s"] < 2.0
    assert during["rss"] - idle < 40, f"400 slow clients cost {during['rss'] - idle:.0f} MB"
    assert result["stalled"]["408"] == 400  # each told why, then closed
    assert result["stalled_closed_after_s"] < DEADLINE + 5


@pytest.mark.slow
def test_signed_requests_still_work_through_the_real_server(served: ServedSlack, stub: SlackStub):
    body = event_body({"type": "app_mention", "channel": AP_CHANNEL, "user": "U0AP0CLERK", "ts": "1700009000.000100",
                       "text": f"<@{BOT_USER}> help"}, event_id="Ev0REALHTTP1")
    status, _ = attacks.exchange(served.url, attacks.request("/slack/events", body.encode(), attacks.signed(body)))
    assert status == "200"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not stub.posts(AP_CHANNEL, "1700009000.000100"):
        time.sleep(0.05)
    assert stub.posts(AP_CHANNEL, "1700009000.000100"), "the mention was acked but never answered"
    help_body = command_body("help", user="U0AP0CLERK", response_url=f"{stub.base}/respond/9")
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(attacks.request("/slack/events", help_body.encode(),
                                     attacks.signed(help_body, content_type="application/x-www-form-urlencoded")))
        answer = attacks._read_all(sock, 10)
    assert attacks.status_of(answer) == "200" and b"status CASE" in answer


@pytest.mark.slow
def test_mutated_signed_requests_never_get_a_500(served: ServedSlack):
    _results, findings = attacks.fuzz(served.url, 80, seed=7, deadline=DEADLINE)
    assert findings == []
    assert served.healthy()


@pytest.mark.slow
def test_a_killed_worker_is_replaced(stub, tmp_path):
    server = serve(_settings(stub, tmp_path / "ws"), tmp_path)
    try:
        [worker] = server.workers()
        os.kill(worker, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.workers() in ([], [worker]):
            time.sleep(0.1)
        [replacement] = server.workers()
        assert replacement != worker
        server.wait_healthy(60)
    finally:
        assert server.stop() == 0


@pytest.mark.slow
def test_several_workers_share_the_port_on_postgresql(stub, tmp_path, pg_server, pg_template):
    settings = _settings(stub, tmp_path / "ws").model_copy(update={
        "database_url": pg_server.create_database(f"h_{uuid.uuid4().hex[:12]}", template=pg_template)})
    server = serve(settings, tmp_path, workers=2)
    try:
        assert len(server.wait_workers(2)) == 2
        body = attacks.challenge_body()
        for _ in range(6):
            status, _ = attacks.exchange(server.url, attacks.request("/slack/events", body.encode(),
                                                                     attacks.signed(body)))
            assert status == "200"
    finally:
        assert server.stop() == 0
    assert "Traceback" not in server.log()


# --------------------------------------------------------------------------- the ASGI layer's limits, in a thread


@pytest.fixture
def quick(slack):
    """The endpoint over the `slack` harness, in this process, with one-second deadlines."""
    limits = HttpLimits(read_deadline=1.0, dispatch_deadline=1.0, body_budget=1_500_000)
    server = serve_in_thread(slack_asgi(slack.app, limits), limits)
    yield server
    server.stop()


def test_the_endpoint_starts_its_threads_before_it_serves(slack):
    """Dispatch threads and as many listener threads exist before the first request: a burst does
    not wait for `Thread.start` between a request and its ack."""
    limits = HttpLimits(dispatch_threads=3)
    asgi = slack_asgi(slack.app, limits)
    try:
        assert len(asgi.inner.pool._threads) == 3
        assert slack.app.listeners is not None and len(slack.app.listeners._threads) >= 3
        assert slack.app.deps.drain(1)  # the warm-up jobs are not counted as work
    finally:
        asgi.inner.close()


def test_a_request_that_stalls_is_answered_408_at_the_deadline(quick):
    status, seconds = attacks.exchange(quick.url, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le")
    assert status == "408" and 0.8 < seconds < 3
    status, seconds = attacks.exchange(quick.url, attacks.request("/slack/events", length="50") + b"{\"a")
    assert status == "408" and 0.8 < seconds < 3


def test_bodies_in_memory_together_stay_under_the_budget(quick):
    """Four 1 MB bodies at once, each under the per-request cap, exceed a 1.5 MB budget: past it, 503."""
    half = 999_000
    heads = [socket.create_connection(("127.0.0.1", quick.port), timeout=10) for _ in range(4)]
    for sock in heads:  # all four bodies arrive half-way, then wait
        sock.sendall(attacks.request("/slack/events", length=str(half)) + b"x" * (half // 2))
    time.sleep(0.2)
    for sock in heads:
        try:
            sock.sendall(b"x" * (half - half // 2))
        except OSError:
            pass
    statuses = sorted(attacks.status_of(attacks._read_all(sock, 5)) for sock in heads)
    for sock in heads:
        sock.close()
    assert "503" in statuses and set(statuses) <= {"401", "503"}


def test_bolt_that_does_not_answer_in_time_gets_503(quick, slack):
    gate = threading.Event()
    real = slack.app.bolt.dispatch
    slack.app.bolt.dispatch = lambda request: gate.wait(5) and real(request)  # type: ignore[method-assign]
    try:
        body = json.dumps({"type": "url_verification", "challenge": "c", "token": "x"})
        status, seconds = attacks.exchange(quick.url, attacks.request("/slack/events", body.encode(),
                                                                      attacks.signed(body)))
        assert status == "503" and seconds < 3
    finally:
        gate.set()


def test_the_endpoint_serves_readiness_and_metrics(quick):
    """GET /readyz touches the store and the checkpointer; GET /metrics includes the ack time of a
    signed request just answered."""
    import urllib.request

    body = attacks.challenge_body()
    status, _ = attacks.exchange(quick.url, attacks.request("/slack/events", body.encode(), attacks.signed(body)))
    assert status == "200"
    with urllib.request.urlopen(quick.url + "/readyz", timeout=10) as ready:
        assert ready.status == 200 and ready.read() == b"ready"
    with urllib.request.urlopen(quick.url + "/metrics", timeout=10) as scraped:
        text = scraped.read().decode()
    assert "countersign_slack_ack_seconds_count" in text and "# TYPE countersign_cases gauge" in text
