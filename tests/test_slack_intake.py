"""Invoices in from the AP channel: one file, several files, non-PDF, HTML instead of PDF, duplicates."""

from __future__ import annotations

from countersign.app.slack import blocks as bk
from countersign.domain import CaseStatus
from tests.slack_stub import AP_CHANNEL

CLERK = "U0AP0CLERK"
AP = "U0APMGR01"
CONTROLLER = "U0CONTROL"
CFO = "U0CFO0001"


def blocks_text(blocks) -> str:
    return repr(blocks)


def cases(slack):
    return [c for c in slack.services.store.list_cases() if c.source == "slack"]


def test_one_pdf_gets_one_card_in_its_thread(slack, demo_pdfs):
    f = slack.stub.add_file("F001", "clean.pdf", demo_pdfs["clean"].read_bytes(), user=CLERK)
    response = slack.share([f], user=CLERK, ts="1700000100.000100")
    assert response.status == 200
    [case] = cases(slack)
    assert case.status == CaseStatus.AWAITING_APPROVAL and case.uploader == CLERK
    [card] = slack.stub.posts(AP_CHANNEL, "1700000100.000100")
    text = blocks_text(card["blocks"])
    for expected in ("INV-1043", "V001", "1,657.80", "Must approve", "<@U0APMGR01>", bk.APPROVE_ACTION):
        assert expected in text, expected
    assert slack.stub.downloads == [("F001", True)]
    # The approval request also goes to each approver allowed by the policy, in a DM, with the buttons.
    dms = [p for p in slack.stub.posts() if p["channel"].startswith("D")]
    assert {p["channel"] for p in dms} == {"D0APMGR01", "D0CONTROL", "D0CFO0001"}
    assert all(bk.APPROVE_ACTION in blocks_text(p["blocks"]) for p in dms)
    assert CLERK not in {a["users"] for a in slack.stub.of("conversations.open")}


def test_the_thread_shows_the_reading_first_and_the_card_replaces_it(slack, demo_pdfs):
    """The first reply is what was read, claiming nothing about the checks; the case's card then
    replaces that message (one message in the thread), and only then go the approval DMs."""
    thread = "1700000150.000100"
    f = slack.stub.add_file("F015", "clean.pdf", demo_pdfs["clean"].read_bytes(), user=CLERK)
    slack.share([f], user=CLERK, ts=thread)
    [sent] = slack.stub.posts(AP_CHANNEL, thread, as_sent=True)
    reading = blocks_text(sent["blocks"])
    for expected in ("INV-1043", "Acme", "1,657.80", "PO-2001", bk.READING_LINE):
        assert expected in reading, expected
    for claim in ("V001", "matched", "policy findings", "new vendor", bk.APPROVE_ACTION):
        assert claim not in reading, claim
    calls = list(slack.stub.calls)
    [at] = [i for i, c in enumerate(calls) if c.method == "chat.postMessage" and c.args.get("thread_ts") == thread]
    [replaced] = [i for i, c in enumerate(calls) if c.method == "chat.update" and c.args["ts"] == calls[at].posted[1]]
    dms = [i for i, c in enumerate(calls) if c.method == "chat.postMessage" and c.args["channel"].startswith("D")]
    assert dms and at < replaced < min(dms)
    [card] = slack.stub.posts(AP_CHANNEL, thread)
    assert "V001" in blocks_text(card["blocks"]) and bk.APPROVE_ACTION in blocks_text(card["blocks"])
    [case] = cases(slack)
    assert slack.deps.refs.reading_of(case.id) is None
    assert [c.ts for c in slack.deps.refs.cards_for_case(case.id) if c.kind == "thread"] == [calls[at].posted[1]]


def test_several_pdfs_in_one_message_get_one_reply_each(slack, demo_pdfs):
    names = ["clean", "variance", "bank", "unknown"]
    files = [slack.stub.add_file(f"F10{i}", f"{name}.pdf", demo_pdfs[name].read_bytes(), user=CLERK)
             for i, name in enumerate(names)]
    slack.share(files, user=CLERK, ts="1700000200.000100")
    thread = slack.stub.posts(AP_CHANNEL, "1700000200.000100")
    assert len(thread) == len(names)
    by_file = {c.filename: c for c in cases(slack)}
    assert by_file["bank.pdf"].status == CaseStatus.BLOCKED
    assert by_file["clean.pdf"].status == by_file["variance.pdf"].status == CaseStatus.AWAITING_APPROVAL
    texts = " ".join(blocks_text(p["blocks"]) for p in thread)
    assert "BANK_DETAILS_CHANGED" in texts and "Why it stopped" in texts
    assert "PO_PRICE_VARIANCE" in texts and "new vendor" in texts


def test_a_non_pdf_gets_one_short_reply_and_is_never_downloaded(slack):
    f = slack.stub.add_file("F200", "notes.docx", b"PK\x03\x04 not a pdf", filetype="docx",
                            mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    slack.share([f], user=CLERK, ts="1700000300.000100")
    [reply] = slack.stub.posts(AP_CHANNEL, "1700000300.000100")
    assert "isn't a PDF" in reply["text"] and "notes.docx" in reply["text"]
    assert slack.stub.downloads == [] and cases(slack) == []


def test_html_instead_of_pdf_is_caught_not_processed(slack, demo_pdfs):
    """Slack answers a bad token with its sign-in page and status 200: the bytes must be checked."""
    f = slack.stub.add_file("F300", "clean.pdf", demo_pdfs["clean"].read_bytes(), serve_html=True)
    slack.share([f], user=CLERK, ts="1700000400.000100")
    [reply] = slack.stub.posts(AP_CHANNEL, "1700000400.000100")
    assert "web page instead of the file" in reply["text"] and "files:read" in reply["text"]
    assert cases(slack) == []
    assert [e.action for e in slack.services.audit.events("F300")] == ["slack_download_failed"]


def test_a_pdf_claiming_to_be_pdf_but_corrupt_gets_a_clear_reply(slack):
    f = slack.stub.add_file("F301", "broken.pdf", b"%PDF-1.7\n garbage that is not a pdf body")
    slack.share([f], user=CLERK, ts="1700000500.000100")
    [reply] = slack.stub.posts(AP_CHANNEL, "1700000500.000100")
    assert "couldn't read" in repr(reply["blocks"])
    [case] = cases(slack)
    assert case.status == CaseStatus.FAILED_INTAKE


def test_same_upload_as_file_shared_and_message_is_processed_once(slack, demo_pdfs):
    f = slack.stub.add_file("F400", "clean.pdf", demo_pdfs["clean"].read_bytes(), user=CLERK,
                            ts="1700000600.000100")
    slack.file_shared("F400", user=CLERK)
    slack.share([f], user=CLERK, ts="1700000600.000100")
    assert len(cases(slack)) == 1
    assert len(slack.stub.posts(AP_CHANNEL, "1700000600.000100")) == 1
    assert slack.stub.downloads == [("F400", True)]


def test_file_shared_alone_replies_in_the_sharing_message_thread(slack, demo_pdfs):
    slack.stub.add_file("F401", "variance.pdf", demo_pdfs["variance"].read_bytes(), user=CLERK,
                        ts="1700000700.000100")
    slack.file_shared("F401", user=CLERK)
    [card] = slack.stub.posts(AP_CHANNEL, "1700000700.000100")
    assert "PO_PRICE_VARIANCE" in repr(card["blocks"])


def test_the_same_pdf_shared_again_is_not_processed_twice(slack, demo_pdfs):
    data = demo_pdfs["clean"].read_bytes()
    slack.share([slack.stub.add_file("F500", "clean.pdf", data)], user=CLERK, ts="1700000800.000100")
    slack.share([slack.stub.add_file("F501", "clean-again.pdf", data)], user=CLERK, ts="1700000900.000100")
    assert len(cases(slack)) == 1
    [again] = slack.stub.posts(AP_CHANNEL, "1700000900.000100")
    assert "already received" in again["text"]


def test_files_outside_the_ap_channel_are_ignored(slack, demo_pdfs):
    slack.stub.add_file("F600", "clean.pdf", demo_pdfs["clean"].read_bytes(), channel="C0RANDOM",
                        ts="1700001000.000100")
    slack.file_shared("F600", user=CLERK, channel="C0RANDOM")
    assert cases(slack) == [] and slack.stub.calls == [] or all(c.method == "auth.test" for c in slack.stub.calls)


def test_a_file_over_the_size_cap_is_refused_before_download(slack, demo_pdfs):
    slack.deps.settings = slack.settings.model_copy(update={"max_upload_bytes": 1000})
    f = slack.stub.add_file("F700", "clean.pdf", demo_pdfs["clean"].read_bytes())
    slack.share([f], user=CLERK, ts="1700001100.000100")
    [reply] = slack.stub.posts(AP_CHANNEL, "1700001100.000100")
    assert "too large" in reply["text"]
    assert slack.stub.downloads == [] and cases(slack) == []
