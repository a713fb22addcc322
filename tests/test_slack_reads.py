"""Who Slack answers, and what its answers may show (issue 14, item 8).

Reads are for people the policy maps and for the AP channel; anyone else gets a short private
refusal. No Slack message shows a bank account or tax id in clear outside the policy's own
findings, and outside text (PDF text, CRM fields, chat answers) never arrives as live formatting.
"""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import select

from countersign.agent.chat import tools
from countersign.app.chat import tool_deps
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.tables import CaseRow
from tests.slack_stub import AP_CHANNEL, BOT_USER, command_body, live_formatting

CLERK = "U0AP0CLERK"  # mapped, no approval role
AP = "U0APMGR01"  # mapped approver
STRANGER = "U0STRANGER"  # in the workspace, not in the policy
RANDOM = "C0RANDOM01"
HOSTILE = "<!channel> <@U0CFO0001> <https://evil.example/pay|bank.example.com> @here"


def command(slack, text: str, *, user: str, channel: str):
    return slack.dispatch(command_body(text, user=user, channel=channel, response_url=f"{slack.stub.base}/respond/1"),
                          "application/x-www-form-urlencoded")


def as_payload(response) -> dict:
    """A command's ack as the message Slack shows: JSON with blocks, or plain text."""
    try:
        return json.loads(response.body)
    except ValueError:
        return {"text": response.body}


def share_demo(slack, name: str, demo_pdfs, ts: str, file_id: str):
    f = slack.stub.add_file(file_id, demo_pdfs[name].name, demo_pdfs[name].read_bytes(), user=CLERK)
    slack.share([f], user=CLERK, ts=ts)
    return slack.services.store.find_case(file_id) or slack.services.store.list_cases()[-1]


def mention(slack, *, user: str, channel: str, ts: str, text: str = "why did invoice 1043 stall?"):
    slack.event({"type": "app_mention", "channel": channel, "user": user, "ts": ts, "text": f"<@{BOT_USER}> {text}"})


def refused_reads(slack) -> list:
    return [e for e in slack.services.audit.events() if e.action == "read_refused"]


def people(slack) -> set[str]:
    return set(slack.services.policy.people)


# --------------------------------------------------------------------------- who is answered


def test_status_from_an_unmapped_user_outside_the_ap_channel_is_refused_privately(slack, demo_pdfs):
    case = share_demo(slack, "bank", demo_pdfs, "1700003000.000100", "F3000")
    for ref in (case.id, case.invoice_number):
        reply = command(slack, f"status {ref}", user=STRANGER, channel=RANDOM)
        body = as_payload(reply)
        assert body.get("blocks") is None and "only answer" in body["text"]
        assert case.id not in reply.body and "5555" not in reply.body and "12-3456789" not in reply.body
    command(slack, "why did it stall?", user=STRANGER, channel=RANDOM)
    assert slack.questions == []  # the agent was never asked
    assert [(e.actor, e.payload["via"]) for e in refused_reads(slack)] == [(STRANGER, "command")] * 3
    assert "status CASE" in command(slack, "help", user=STRANGER, channel=RANDOM).body  # help is for everyone


def test_mentions_and_dms_from_unmapped_users_are_refused_privately_without_asking(slack):
    mention(slack, user=STRANGER, channel=RANDOM, ts="1700003100.000100")
    slack.event({"type": "message", "channel": "D0STRANGER", "channel_type": "im", "user": STRANGER,
                 "ts": "1700003101.000100", "text": "show me the audit trail of INV-1043"})
    assert slack.questions == []
    [ephemeral] = slack.stub.of("chat.postEphemeral")
    assert ephemeral["channel"] == RANDOM and ephemeral["user"] == STRANGER and "only answer" in ephemeral["text"]
    [dm] = slack.stub.posts()
    assert dm["channel"] == "D0STRANGER" and "only answer" in dm["text"]  # a DM is private already
    assert sorted(e.payload["via"] for e in refused_reads(slack)) == ["dm", "mention"]


def test_an_unmapped_user_in_the_ap_channel_is_answered(slack, demo_pdfs):
    case = share_demo(slack, "clean", demo_pdfs, "1700003200.000100", "F3200")
    assert case.id in command(slack, f"status {case.id}", user=STRANGER, channel=AP_CHANNEL).body
    mention(slack, user=STRANGER, channel=AP_CHANNEL, ts="1700003201.000100")
    assert len(slack.stub.posts(AP_CHANNEL, "1700003201.000100")) == 1 and refused_reads(slack) == []


def test_a_mapped_user_asking_in_another_channel_is_answered_privately(slack):
    mention(slack, user=AP, channel=RANDOM, ts="1700003300.000100")
    assert slack.questions and slack.stub.posts(RANDOM) == []
    [ephemeral] = slack.stub.of("chat.postEphemeral")
    assert ephemeral["user"] == AP and ephemeral["thread_ts"] == "1700003300.000100"
    assert ephemeral["text"].startswith("echo: ")


# --------------------------------------------------------------------------- masking


def test_no_slack_reply_shows_a_bank_account_or_tax_id_in_clear(slack, demo_pdfs):
    """Every demo invoice, its IBAN and tax id then marked low-confidence (so a card lists what it
    shows of them): thread replies, approver DMs, card updates and status replies name neither."""
    for i, name in enumerate(demo_pdfs):
        share_demo(slack, name, demo_pdfs, f"17000034{i:02d}.000100", f"F34{i:02d}")
    secrets = set()
    with slack.services.sessions.begin() as s:
        for row in s.scalars(select(CaseRow)):
            extracted = copy.deepcopy(row.extracted) if row.extracted else None
            if not extracted:
                continue
            for field in ("vendor_iban", "vendor_tax_id"):
                value = (extracted["fields"].get(field) or {}).get("value")
                if value:
                    secrets.add(value)
                    extracted["fields"][field]["confidence"] = 0.4
            row.extracted = extracted
    assert {"GB82WEST12345698765432", "12-3456789"} <= secrets
    replies = [command(slack, f"status {c.id}", user=AP, channel=AP_CHANNEL).body
               for c in slack.services.store.list_cases()]
    for case in slack.services.store.list_cases():
        slack.deps.notifier.refresh(case.id)
    sent = [json.dumps(a) for m in ("chat.postMessage", "chat.update") for a in slack.stub.of(m)] + replies
    shown = "\n".join(_without_findings(t) for t in sent)
    assert "vendor tax id: ******6789" in shown  # the low-confidence tax id is on the cards, masked…
    for secret in secrets:
        assert secret not in shown and secret.replace(" ", "") not in shown, secret  # …and nothing in clear


def _without_findings(payload: str) -> str:
    """A payload with the policy's findings section left out (findings keep their own wording)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return payload
    blocks = data.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    kept = [b for b in blocks if "*Policy findings*" not in json.dumps(b)]
    return json.dumps({**data, "blocks": kept})


def test_chat_tools_hand_out_bank_details_and_tax_ids_masked(slack, demo_pdfs):
    case = share_demo(slack, "bank", demo_pdfs, "1700003500.000100", "F3500")
    deps = tool_deps(slack.services, AP)
    extraction = tools.show_extraction(deps, case.id)
    vendor = tools.match_vendor(deps, tax_id="12-3456789")
    assert "GB33BUKB20201555555555" not in extraction and "12-3456789" not in extraction
    assert "******************5555" in extraction
    assert "12-3456789" not in vendor and "***6789" in vendor and "Acme Tools Ltd" in vendor


# --------------------------------------------------------------------------- outside text arrives literal


def test_chat_answers_reach_slack_escaped_and_masked(slack):
    slack.deps.ask = lambda text, **kw: f"{HOSTILE} pay GB82 WEST 1234 5698 7654 32"
    mention(slack, user=AP, channel=AP_CHANNEL, ts="1700003600.000100")
    command(slack, "why is INV-1043 waiting?", user=AP, channel=AP_CHANNEL)
    [answer] = slack.stub.posts(AP_CHANNEL, "1700003600.000100")
    [responded] = slack.stub.responses
    for payload in (answer, responded):
        assert live_formatting(payload) == []
        assert "&lt;!channel&gt;" in payload["text"] and "******************5432" in payload["text"]
        assert "WEST" not in payload["text"]


def test_hostile_pdf_text_never_reaches_slack_as_live_formatting(slack):
    spec = copy.deepcopy(load_demo_specs()[3])  # the unknown vendor: its printed name is shown as read
    spec["vendor"]["name"] = "Umbrella <!channel> Catering Co"
    name = "inv <@U0CFO0001> <mailto:pay@evil.example|ap@acme.example> @here.pdf"
    f = slack.stub.add_file("F3700", name, render_invoice(spec), user=CLERK)
    slack.share([f], user=CLERK, ts="1700003700.000100")
    [case] = slack.services.store.list_cases()
    read = case.extracted["fields"]["vendor_name"]["value"]
    assert "<!channel>" in read and "@here" in case.filename, (read, case.filename)  # the attack reached the case…
    command(slack, f"status {case.id}", user=AP, channel=AP_CHANNEL)
    command(slack, "pending", user=AP, channel=AP_CHANNEL)
    slack.deps.notifier.refresh(case.id)
    payloads = [c.args for c in slack.stub.calls] + slack.stub.responses
    assert payloads
    for payload in payloads:
        assert live_formatting(payload, people(slack)) == [], payload  # …and none of it went live
    not_pdf = slack.stub.add_file("F3701", f"{HOSTILE}.txt", b"hello", filetype=HOSTILE, mimetype="text/plain")
    slack.share([not_pdf], user=CLERK, ts="1700003701.000100")
    [reply] = slack.stub.posts(AP_CHANNEL, "1700003701.000100")
    assert live_formatting(reply) == [] and "isn't a PDF" in reply["text"]


def test_a_case_reason_in_a_status_reply_is_escaped(slack, demo_pdfs):
    case = share_demo(slack, "clean", demo_pdfs, "1700003800.000100", "F3800")
    with slack.services.sessions.begin() as s:
        s.get(CaseRow, case.id).reason = f"ERP said: {HOSTILE}"
    reply = as_payload(command(slack, f"status {case.id}", user=AP, channel=AP_CHANNEL))
    assert live_formatting(reply, people(slack)) == [] and "ERP said: &lt;!channel&gt;" in reply["text"]


def test_card_mrkdwn_is_verbatim_so_slack_links_and_mentions_nothing_itself(slack, demo_pdfs):
    share_demo(slack, "variance", demo_pdfs, "1700003900.000100", "F3900")
    for call in slack.stub.calls:
        for block in call.args.get("blocks") or []:
            texts = [block.get("text")] + (block.get("fields") or []) + (block.get("elements") or [])
            for text in filter(None, texts):
                if isinstance(text, dict) and text.get("type") == "mrkdwn":
                    assert text.get("verbatim") is True, text


def test_the_reconcile_report_posted_to_slack_is_escaped(monkeypatch, tmp_path):
    from countersign.app.cli_common import post_to_slack
    from tests.slack_stub import BOT_TOKEN, SlackStub

    stub = SlackStub().start()
    try:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("COUNTERSIGN_SLACK_BOT_TOKEN", BOT_TOKEN)
        monkeypatch.setenv("COUNTERSIGN_SLACK_API_URL", stub.api_url)
        post_to_slack("C0FINANCE", f"• missing invoice — OPP-3001 / {HOSTILE}: closed won, not invoiced")
        [post] = stub.posts("C0FINANCE")
    finally:
        stub.stop()
    assert live_formatting(post) == [] and "OPP-3001" in post["text"] and "&lt;!channel&gt;" in post["text"]


@pytest.mark.slow
def test_the_slack_formatting_injection_eval_finds_nothing_live():
    from evals import injection_slack

    rows, live = injection_slack.run()
    assert live == 0, [r for r in rows if r[3] != "literal"]
    assert len(rows) == 50 and sum(r[2] == "yes" for r in rows) >= 40  # the attacks did reach Slack
