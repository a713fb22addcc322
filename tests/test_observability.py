"""What an operator sees: JSON log lines that name the case, Prometheus metrics, readiness probes."""

from __future__ import annotations

import json
import urllib.request

import pytest

from countersign.agent.approvals import decide
from countersign.agent.runner import process_file
from countersign.domain import ProposalStatus, Verdict
from tests.test_cli import run

CLERK, MANAGER = "U0AP0CLERK", "U0APMGR01"


@pytest.mark.slow
def test_log_lines_are_json_and_name_their_case(tmp_path, demo_pdfs):
    out = run(["process", str(demo_pdfs["clean"]), "--as", CLERK], tmp_path,
              env={"COUNTERSIGN_LOG_LEVEL": "INFO", "COUNTERSIGN_LOG_FORMAT": "json"})
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stderr.splitlines() if line.strip()]
    ours = [line for line in lines if line["logger"].startswith("countersign.")]
    assert ours and all({"ts", "level", "logger", "message"} <= set(line) for line in lines)
    case_id = out.stdout.split("case ")[1].split()[0]
    assert any(line.get("case_id") == case_id and "awaiting_approval" in line["message"] for line in ours)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_the_health_port_answers_probes_and_metrics(services, demo_pdfs):
    from countersign.app.health import start_health_server

    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    assert decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED
    assert not decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE).applied
    server = start_health_server(services, "127.0.0.1", 0)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert _get(base + "/healthz") == (200, "ok")
        assert _get(base + "/readyz") == (200, "ready")
        status, text = _get(base + "/metrics")
    finally:
        server.shutdown()
        server.server_close()
    assert status == 200
    assert 'countersign_cases{status="posted"} 1.0' in text
    assert 'countersign_erp_request_seconds_count{adapter="local ledger",method="post_bill"}' in text
    assert 'countersign_decisions_total{result="applied"}' in text
    assert 'countersign_decisions_total{result="refused"}' in text
    assert 'countersign_posts_total{outcome="posted"}' in text and "countersign_extraction_seconds_count" in text


def test_readiness_fails_when_the_store_is_gone(services):
    from sqlalchemy import create_engine

    from countersign.app.metrics import readiness

    url = services.engine.url
    gone = "sqlite:////nonexistent/dir/none.db" if url.get_backend_name() == "sqlite" else url.set(port=1)
    services.engine = create_engine(gone)
    ok, reason = readiness(services)
    assert not ok and reason.startswith("not ready: OperationalError")


class _TraceSink:
    """A stand-in LangSmith API on 127.0.0.1 that keeps every request body it gets."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        bodies = self.bodies = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                bodies.append(self.path.encode() + b" " + self.rfile.read(length))
                payload = b"{}"
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = _answer  # noqa: N815 - http.server's names

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("tracing", ["off", "langsmith"])
def test_tracing_is_off_unless_turned_on_and_then_names_the_case(open_ws, demo_pdfs, monkeypatch, tracing):
    """An environment that turned LangSmith on for something else sends nothing; turned on here,
    the workflow's runs go out tagged with their case id."""
    from langchain_core.tracers.langchain import wait_for_all_tracers

    sink = _TraceSink()
    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", sink.url)
    monkeypatch.setenv("LANGSMITH_API_KEY", "test-key")
    try:
        with open_ws() as services:
            services.settings = services.settings.model_copy(update={
                "tracing": tracing, "langsmith_endpoint": sink.url, "langsmith_project": "countersign-test"})
            case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
            wait_for_all_tracers()
    finally:
        import langsmith

        langsmith.configure(enabled=False)
        sink.stop()
    traced = b"".join(sink.bodies)
    if tracing == "off":
        assert sink.bodies == []
    else:
        assert case_id.encode() in traced


def test_first_use_of_the_metrics_from_several_threads_registers_them_once():
    """A worker's upload loops start their first cases together: each must get the one set of
    metrics, not fail on prometheus refusing a second registration. Fresh interpreter: the
    registry is global, and this process has registered them long ago."""
    import subprocess
    import sys

    code = """
import threading, time, prometheus_client
from countersign.app import metrics
real = prometheus_client.Histogram.__init__
def slow(self, *a, **k):
    time.sleep(0.05)  # widen the window two first callers share
    real(self, *a, **k)
prometheus_client.Histogram.__init__ = slow
got, failed = [], []
def first_use():
    try:
        got.append(metrics.instruments())
    except Exception as exc:
        failed.append(repr(exc))
threads = [threading.Thread(target=first_use) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
assert not failed, failed
assert len(got) == 4 and all(m is got[0] for m in got)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
