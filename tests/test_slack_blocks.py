"""Block Kit cards are pure functions of plain records: each card's content, buttons and limits."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from countersign.app.slack import blocks as bk
from countersign.app.slack.blocks import CardContent, DecisionLine, LowConfidence, ViolationLine

VARIANCE = ViolationLine("review", "PO_PRICE_VARIANCE",
                         "line 1 unit price 99.00 exceeds PO-2001 line 1 price 89.00 by 11.2% (tolerance 5% and 1.00)")


def content(**kw) -> CardContent:
    base = dict(
        case_id="C-1234ABCD", filename="inv.pdf", status="awaiting_approval", uploader="U0AP0CLERK",
        vendor_name="Acme Tools Ltd", vendor_id="V001", vendor_method="tax_id", invoice_number="INV-1043",
        invoice_date="2026-11-02", due_date="2026-12-02", currency="USD", subtotal="1380.00", tax="277.80",
        total="1657.80", po_cited="PO-2001", po_found="PO-2001", po_findings=[VARIANCE], violations=[VARIANCE],
        low_confidence=[LowConfidence("due_date", "2026-12-02", 0.62)], approval_roles=["ap_approver"],
        approvers_required=1, approval_band="standard", approvers=[("U0APMGR01", "Sam Rivera")],
        proposal_id="P-0123456789", proposal_status="awaiting_approval",
        expires_at=datetime(2026, 11, 23, 12, tzinfo=timezone.utc),
    )
    base.update(kw)
    return CardContent(**base)


def text(blocks) -> str:
    return json.dumps(blocks)


def buttons(blocks) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_approval_card_shows_everything_and_buttons_carry_only_the_proposal_id():
    blocks = bk.approval_card(content())
    t = text(blocks)
    for expected in ("Acme Tools Ltd", "V001", "matched by tax id", "INV-1043", "invoice 2026-11-02", "due 2026-12-02",
                     "1,380.00 USD", "277.80 USD", "1,657.80 USD", "PO-2001", "PO_PRICE_VARIANCE", "99.00", "89.00",
                     "due date", "confidence 0.62", "Must approve", "<@U0APMGR01>", "standard band",
                     "2026-11-23 12:00"):
        assert expected in t, expected
    assert [(b["action_id"], b["value"]) for b in buttons(blocks)] == [
        (bk.APPROVE_ACTION, "P-0123456789"), (bk.REJECT_ACTION, "P-0123456789")]
    assert bk.case_card(content()) == blocks  # an awaiting case's card is its approval card


def test_new_vendor_and_missing_po_are_said_plainly():
    t = text(bk.case_card(content(status="blocked", vendor_id=None, po_found=None, po_cited="PO-9999", proposal_id=None,
                                proposal_status=None, reason="vendor not in the vendor master",
                                violations=[ViolationLine("block", "VENDOR_UNKNOWN",
                                                          "Umbrella Corp is not a vendor")])))
    assert "new vendor" in t and "PO-9999" in t and "not found" in t and "VENDOR_UNKNOWN" in t
    assert "Why it stopped" in t and "countersign_approve" not in t


def test_decided_card_has_outcome_and_erp_reference_and_no_buttons():
    done = content(status="posted", proposal_status="posted", erp_ref="BILL-0123456789", erp_name="local ledger",
                 decisions=[DecisionLine("U0APMGR01", "Sam Rivera", "approve")])
    blocks = bk.case_card(done)
    assert buttons(blocks) == [] and blocks == bk.decided_card(done)
    assert "Approved by <@U0APMGR01> (Sam Rivera)" in text(blocks) and "BILL-0123456789" in text(blocks)
    assert "BILL-0123456789" in bk.outcome_text(done)
    rejected = content(status="rejected", proposal_status="rejected",
                     decisions=[DecisionLine("U0APMGR01", "Sam Rivera", "reject", "wrong quantities")])
    assert buttons(bk.case_card(rejected)) == [] and "wrong quantities" in text(bk.case_card(rejected))
    expired = content(status="expired", proposal_status="expired", reason="approval request expired at 2026-11-23")
    assert buttons(bk.case_card(expired)) == [] and "expired" in bk.outcome_text(expired)


def test_two_approver_band_shows_progress():
    blocks = bk.approval_card(content(approvers_required=2, approval_roles=["cfo"],
                                    decisions=[DecisionLine("U0CFO0001", "Alex Chen", "approve")]))
    assert "1 of 2" in text(blocks) and len(buttons(blocks)) == 2


def test_failed_intake_and_short_replies():
    t = text(bk.case_card(content(status="failed_intake", reason="unreadable document: no text")))
    assert "couldn't read" in t and "no text" in t
    assert "isn't a PDF" in bk.not_pdf_text("notes.docx", "Word Document")
    assert "already received as case `C-1`" in bk.duplicate_text("a.pdf", "C-1", "posted")
    refusal = bk.refusal_text(["U0CFO0002 (Morgan Lee) holds none of the roles ap_approver"])
    assert refusal.startswith(":no_entry_sign:") and "ap_approver" in refusal


def test_text_read_from_a_pdf_cannot_mention_or_link():
    t = text(bk.approval_card(content(vendor_name="<!channel> <https://evil.example|click>")))
    assert "<!channel>" not in t and "&lt;!channel&gt;" in t


def test_reject_modal_asks_for_a_reason():
    view = bk.reject_modal("P-0123456789", '{"proposal_id": "P-0123456789"}', "INV-1043")
    assert view["callback_id"] == bk.REJECT_VIEW
    [field] = [b for b in view["blocks"] if b["type"] == "input"]
    assert field["block_id"] == bk.REASON_BLOCK and field["element"]["action_id"] == bk.REASON_INPUT


def test_manifest_asks_for_exactly_the_scopes_and_events_the_app_uses():
    from importlib import resources

    import yaml

    manifest = yaml.safe_load(resources.files("countersign.app.slack").joinpath("manifest.yaml").read_text())
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read", "channels:history", "groups:history", "im:history", "im:write", "chat:write",
        "files:read", "commands", "assistant:write"}
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_home_opened", "assistant_thread_started", "assistant_thread_context_changed", "app_mention",
        "file_shared", "message.channels", "message.groups", "message.im"}
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/countersign"]
