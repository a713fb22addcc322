"""The console over HTTP (Starlette's test client): sign-in (one-time link, Sign in with Slack
against a local stub), sessions, CSRF, escaping, the inbox and its exports, the case page."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.testclient import TestClient

from countersign.agent.runner import process_file
from countersign.app.console.app import build_console
from countersign.app.console.auth import SlackOIDC, issue_link_token
from countersign.app.correcting import correct_case
from countersign.domain import ProposalStatus
from tests.oidc_stub import SlackOIDCStub

CLERK, MANAGER = "U0AP0CLERK", "U0APMGR01"
BASE = "http://127.0.0.1:8700"


@pytest.fixture
def site(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    stub = SlackOIDCStub()
    oidc = SlackOIDC(client_id="cid", client_secret="csecret", redirect_uri=f"{BASE}/auth/slack/callback",
                     base_url=stub.url, team_id="T0TEAM")
    app = build_console(services, oidc=oidc)
    yield services, app, cases, stub
    stub.close()


def client(app) -> TestClient:
    return TestClient(app, base_url=BASE)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def signed_in(services, app, user) -> TestClient:
    c = client(app)
    token = issue_link_token(services.sessions, user, services.clock())
    page = c.get(f"/login?token={token}")
    answer = c.post("/login", data={"csrf": csrf_of(page.text), "token": token}, follow_redirects=False)
    assert answer.status_code == 303
    return c


def test_every_page_needs_a_session(site):
    services, app, cases, _ = site
    c = client(app)
    for path in ("/", f"/cases/{cases['clean']}", "/export/cases.csv", f"/cases/{cases['clean']}/audit.csv"):
        answer = c.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    assert c.get(f"/cases/{cases['clean']}/pages/1.png").status_code == 401


def test_no_action_by_get(site):
    services, app, cases, _ = site
    c = signed_in(services, app, MANAGER)
    for path in ("correct", "rerun", "comment", "decide", "override"):
        assert c.get(f"/cases/{cases['clean']}/{path}").status_code == 405
    assert c.get("/logout").status_code == 405


def test_a_post_from_another_origin_is_refused_even_with_the_token(site):
    services, app, cases, _ = site
    c = signed_in(services, app, MANAGER)
    page = c.get(f"/cases/{cases['clean']}")
    [proposal] = services.store.proposals_for_case(cases["clean"])
    answer = c.post(f"/cases/{cases['clean']}/decide", headers={"Origin": "https://evil.example"},
                    data={"csrf": csrf_of(page.text), "proposal_id": proposal.id, "verdict": "approve"})
    assert answer.status_code == 403 and "CSRF" in answer.text
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL


def test_outside_text_is_escaped_and_pages_forbid_scripts(site):
    services, app, cases, _ = site
    outcome = correct_case(services, cases["clean"], {"invoice_number": "<script>alert(1)</script>"}, who=CLERK,
                           reason="<b>bold</b>", channel="cli")
    assert outcome.applied
    c = signed_in(services, app, MANAGER)
    page = c.get(f"/cases/{cases['clean']}")
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    inbox = c.get("/")
    assert "<script>alert" not in inbox.text


def test_inbox_amount_and_search_filters_and_the_csv_export(site):
    services, app, cases, _ = site
    c = signed_in(services, app, MANAGER)
    listed = set(re.findall(r'data-case="(C-[A-Z0-9]+)"', c.get("/?min_total=10000").text))
    assert listed == {cases["senior"]}  # 24,000.00; every other sample is below 10,000
    assert set(re.findall(r'data-case="(C-[A-Z0-9]+)"', c.get("/?q=po-2001").text)) == {cases["clean"]}
    assert c.get("/?min_total=lots").status_code == 400
    rows = list(csv.DictReader(io.StringIO(c.get("/export/cases.csv?status=blocked").text)))
    assert {r["case"] for r in rows} == {cases["duplicate"], cases["bank"]}
    trail = list(csv.DictReader(io.StringIO(c.get(f"/cases/{cases['clean']}/audit.csv").text)))
    assert trail[0]["action"] == "received" and all(r["subject"] == cases["clean"] for r in trail)


def test_the_case_page_shows_boxes_findings_the_chain_and_a_rendered_page(site):
    services, app, cases, _ = site
    c = signed_in(services, app, MANAGER)
    page = c.get(f"/cases/{cases['variance']}").text
    assert 'data-field="total"' in page and "PO_PRICE_VARIANCE" in page and "chain verified" in page
    assert "******" in page  # the IBAN and tax id are masked, as on the Slack cards
    image = c.get(f"/cases/{cases['variance']}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert c.get(f"/cases/{cases['variance']}/pages/9.png").status_code == 404
    assert c.get("/cases/../etc/passwd").status_code in (404, 400)


def test_a_comment_is_audited(site):
    services, app, cases, _ = site
    c = signed_in(services, app, MANAGER)
    page = c.get(f"/cases/{cases['clean']}")
    c.post(f"/cases/{cases['clean']}/comment", data={"csrf": csrf_of(page.text), "text": "called the vendor"})
    [event] = [e for e in services.audit.events(cases["clean"]) if e.action == "comment"]
    assert event.actor == MANAGER and event.payload["text"] == "called the vendor"


def _slack_sign_in(app, stub, user, *, nonce=None, team="T0TEAM", key=None, state=None):
    c = client(app)
    go = c.get("/auth/slack", follow_redirects=False)
    params = {k: v[0] for k, v in parse_qs(urlsplit(go.headers["location"]).query).items()}
    assert params["scope"] == "openid email profile" and params["client_id"] == "cid"
    claims = stub.claims_for(user, nonce or params["nonce"], **{"https://slack.com/team_id": team})
    stub.codes["code-1"] = stub.id_token(claims, key=key)
    return c, c.get(f"/auth/slack/callback?code=code-1&state={state or params['state']}", follow_redirects=False)


def test_sign_in_with_slack(site):
    services, app, _, stub = site
    c, answer = _slack_sign_in(app, stub, MANAGER)
    assert answer.status_code == 303 and MANAGER in c.get("/").text
    assert [e.payload["via"] for e in services.audit.events("console") if e.action == "console_signed_in"] == ["slack"]


@pytest.mark.parametrize(("change", "why"), [
    ({"nonce": "another"}, "nonce"),
    ({"team": "T0OTHER"}, "another workspace"),
    ({"key": rsa.generate_private_key(public_exponent=65537, key_size=2048)}, "signature"),
    ({"state": "forged"}, "state"),
    ({"user": "U0UNMAPPED"}, "not mapped"),
])
def test_sign_in_with_slack_refusals(site, change, why):
    services, app, _, stub = site
    change = dict(change)  # the parameter is shared by every backend's run: never mutate it
    user = change.pop("user", MANAGER)
    c, answer = _slack_sign_in(app, stub, user, **change)
    assert answer.status_code == 401 and why in answer.text
    assert c.get("/", follow_redirects=False).status_code == 303  # not signed in
    assert services.audit.events("console")[-1].action == "console_sign_in_refused"


def test_readiness_and_metrics_answer_without_a_session_and_show_no_case_data(site):
    services, app, cases, _ = site
    c = client(app)
    ready = c.get("/readyz")
    assert ready.status_code == 200 and ready.text == "ready"
    metrics = c.get("/metrics")
    assert metrics.status_code == 200 and "countersign_cases" in metrics.text
    assert not any(case_id in metrics.text for case_id in cases.values()) and "INV-1043" not in metrics.text
    assert c.post("/readyz").status_code == 405


def test_the_bench_measures_the_inbox_and_the_case_page():
    from evals.bench_console import bench_console

    results = bench_console(n=300, rounds=2)
    assert results["cases"] == 303 and results["awaiting_requests"] == 3
    assert results["inbox_p50_ms"] > 0 and results["case_page_with_image_p50_ms"] > 0


def test_the_readme_shows_the_case_page_screenshot_the_browser_tests_save():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    assert "](evals/reports/console-case.png)" in (root / "README.md").read_text()
    assert (root / "evals" / "reports" / "console-case.png").read_bytes().startswith(b"\x89PNG")
