"""Invoices by email against a real IMAP server (dovecot, started here) and an SMTP sink (aiosmtpd).

Every PDF or e-invoice attachment becomes exactly one case, also across a crash mid-pass; bad
input gets a clear reply and stays in the mailbox; a From header alone never makes a person.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
import uuid
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import make_msgid

import pymupdf
import pytest
from aiosmtpd.controller import Controller
from pydantic import SecretStr

from countersign.agent.runtime import RecordingNotifier
from countersign.app import email_intake
from countersign.app.bootstrap import open_services
from countersign.app.email_edge import DONE_KEYWORD, MaildirBox, imap_box, poll_once
from countersign.app.email_intake import Outcome, parse, uploader_for, verified_domains
from countersign.app.email_ledger import EmailLedger
from countersign.app.settings import Settings
from countersign.domain import CaseStatus, ProposalStatus
from countersign.policies.schema import default_policy_text, load_policy
from tests.conftest import NOW
from tests.imap_server import PASSWORD, USER, start_server
from tests.test_einvoice import UBL_CREDIT

CLERK, CLERK_MAIL = "U0AP0CLERK", "dana.clerk@example.test"
APPROVER_MAIL = "sam.rivera@example.test"
MX = "mx.example.test"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def imap_server():
    """Dovecot for the session. Absent binaries skip locally and fail in CI."""
    try:
        server = start_server()
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    yield server
    server.stop()


class Sink:
    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_sink():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    sink.port = port
    yield sink
    controller.stop()


def mail_policy():
    policy = load_policy()
    people = dict(policy.people)
    people[CLERK] = people[CLERK].model_copy(update={"emails": [CLERK_MAIL]})
    people["U0APMGR01"] = people["U0APMGR01"].model_copy(update={"emails": [APPROVER_MAIL]})
    return policy.model_copy(update={"people": people})


@pytest.fixture
def mail_ws(workspace, imap_server, smtp_sink):
    """A workspace whose settings point at the test's own IMAP folder and the SMTP sink."""
    folder = f"T{uuid.uuid4().hex[:10]}"
    settings = workspace.model_copy(update={
        "imap_host": "127.0.0.1", "imap_port": imap_server.port, "imap_security": "none", "imap_user": USER,
        "imap_password": SecretStr(PASSWORD), "imap_folder": folder, "email_trusted_authserv_id": MX,
        "smtp_host": "127.0.0.1", "smtp_port": smtp_sink.port, "smtp_security": "none",
        "smtp_from": "ap@example.test"})
    with imap_box(settings.model_copy(update={"imap_folder": "INBOX"})) as box:
        box.mb.folder.create(folder)

    @contextmanager
    def opened():
        from countersign.app.demo import seed

        with open_services(settings, notifier=RecordingNotifier(), clock=lambda: NOW, policy=mail_policy()) as s:
            seed(s)
            yield s

    opened.settings = settings
    opened.sink = smtp_sink
    return opened


# --------------------------------------------------------------------------- messages


def pdf(text: str, *, password: str | None = None) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    kwargs = {"encryption": pymupdf.PDF_ENCRYPT_AES_256, "user_pw": password, "owner_pw": password} if password else {}
    data = doc.tobytes(**kwargs)
    doc.close()
    return data


def message(files=(), *, sender=CLERK_MAIL, verified=True, message_id=None, subject="Invoice", body="see attached",
            auth: str | None = None, extra: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    for name, value in (extra or {}).items():
        msg[name] = value
    if auth is not None:
        msg["Authentication-Results"] = auth
    elif verified:
        domain = sender.rpartition("@")[2]
        msg["Authentication-Results"] = f"{MX}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
    msg["From"] = sender
    msg["To"] = "ap@example.test"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or make_msgid(domain="example.test")
    msg.set_content(body)
    for name, data, ctype in files:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def deliver(settings, *raws: bytes) -> None:
    with imap_box(settings) as box:
        for raw in raws:
            box.mb.append(raw, settings.imap_folder)


def mailbox_state(settings) -> tuple[int, int]:
    """(messages in the folder, of which marked done)."""
    from imap_tools import AND

    with imap_box(settings) as box:
        return len(box.mb.uids("ALL")), len(box.mb.uids(AND(keyword=DONE_KEYWORD)))


def one_pass(services, settings, replies: list | None = None, *, run: bool = False):
    sent = replies if replies is not None else []
    from countersign.app.email_edge import replies as make_replies

    with imap_box(settings) as box:
        return poll_once(services, box, make_replies(settings, services, sent.append), run=run)


def sent_mail(mail_ws) -> list[bytes]:
    return [content for _, _, content in mail_ws.sink.messages]


def email_cases(services):
    return [c for c in services.store.list_cases() if c.source == "email"]


# --------------------------------------------------------------------------- tests


class Crash(BaseException):
    """The process dies here (not an Exception: nothing on the way may swallow it)."""


@pytest.mark.slow
def test_100_messages_every_attachment_one_case_even_after_crashes_mid_poll(mail_ws, monkeypatch):
    """One message in five is from an unknown vendor address: those attachments become refused
    (failed-intake) cases, which have no stored document to deduplicate by, so only the ledger
    keeps them single across a crash."""
    rng = random.Random(17)
    expected: dict[str, str | None] = {}  # filename -> sha256 (None: refused, unknown sender)
    raws = []
    for m in range(100):
        files, unknown = [], m % 5 == 4
        for a in range(rng.randint(1, 3)):
            data = pdf(f"Invoice EM-{m}-{a} from Vendor {m}")
            name = f"invoice-{m}-{a}.pdf"
            expected[name] = None if unknown else email_intake.hashlib.sha256(data).hexdigest()
            files.append((name, data, "application/pdf"))
        raws.append(message(files, sender="billing@vendor.test" if unknown else CLERK_MAIL))
    settings = mail_ws.settings
    deliver(settings, *raws)
    started = time.monotonic()

    real_intake, calls = email_intake.runner.intake_bytes, {"n": 0}

    def crash_after_intake(*args, **kwargs):  # the case is opened, the ledger does not know it yet
        result = real_intake(*args, **kwargs)
        calls["n"] += 1
        if calls["n"] >= 30 and result.failed:
            raise Crash()
        return result

    monkeypatch.setattr(email_intake.runner, "intake_bytes", crash_after_intake)
    with mail_ws() as services, pytest.raises(Crash):
        one_pass(services, settings)

    real_complete, completes = EmailLedger.complete, {"n": 0}

    def crash_between_attachments(self, key, part, case_id):  # recorded; the next attachment not claimed
        real_complete(self, key, part, case_id)
        completes["n"] += 1
        if completes["n"] == 41:
            raise Crash()

    monkeypatch.setattr(EmailLedger, "complete", crash_between_attachments)
    with mail_ws() as services, pytest.raises(Crash):
        one_pass(services, settings)
    monkeypatch.undo()

    with mail_ws() as services:  # the restart
        one_pass(services, settings)
        again = one_pass(services, settings)
        cases = email_cases(services)
        elapsed = time.monotonic() - started
        names = [c.filename for c in cases]
        assert sorted(names) == sorted(expected), "every attachment exactly one case, none twice"
        for case in cases:
            assert case.document_sha256 == expected[case.filename]
            if expected[case.filename] is None:
                assert case.status == CaseStatus.FAILED_INTAKE and case.uploader == "email:billing@vendor.test"
            else:
                assert case.status == CaseStatus.RECEIVED and case.uploader == CLERK
        assert again.messages == 0  # all marked done in the mailbox
        assert EmailLedger(services.sessions).unreplied() == []
    assert mailbox_state(settings) == (100, 100)  # nothing deleted, all marked
    print(f"\nemail 100 messages: {len(expected)} attachments -> {len(cases)} cases "
          f"({sum(v is None for v in expected.values())} refused), {len(names) - len(set(names))} duplicates, "
          f"{elapsed:.1f} s with 2 crashes")


def test_a_verified_known_sender_gets_a_case_run_to_approval_and_an_smtp_reply(mail_ws, demo_pdfs):
    settings = mail_ws.settings
    mid = make_msgid(domain="example.test")
    deliver(settings, message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")], message_id=mid))
    with mail_ws() as services:
        report = one_pass(services, settings, run=True)
        [case] = email_cases(services)
        assert report.cases == 1 and case.uploader == CLERK and case.status == CaseStatus.AWAITING_APPROVAL
        events = [e.action for e in services.audit.events(case.id)]
        assert "email_received" in events
    [(mail_from, rcpt, content)] = mail_ws.sink.messages
    assert rcpt == [CLERK_MAIL] and mail_from == "ap@example.test"
    assert case.id.encode() in content and b"awaiting approval" in content and mid.encode() in content
    assert PASSWORD.encode() not in content
    # The same message again (a re-delivery) and the same PDF in a new message make no second case.
    deliver(settings, message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")], message_id=mid),
            message([("copy.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")]))
    with mail_ws() as services:
        report = one_pass(services, settings, run=True)
        assert len(email_cases(services)) == 1 and report.already == 1 and report.cases == 0
    assert f"already received as case {case.id}".encode() in mail_ws.sink.messages[-1][2]


@pytest.mark.parametrize("auth", [None, "evil.example; dmarc=pass header.from=example.test",
                                  f"{MX}; dmarc=fail header.from=example.test; dkim=pass header.d=other.test"])
def test_a_from_header_alone_never_makes_the_uploader_a_person(mail_ws, demo_pdfs, auth):
    """An approver mailing an invoice "from" the clerk must not be able to approve it as not theirs."""
    settings = mail_ws.settings
    raw = message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")], sender=CLERK_MAIL,
                  verified=False, auth=auth)
    deliver(settings, raw)
    sent = []
    with mail_ws() as services:
        one_pass(services, settings, sent, run=True)
        [case] = email_cases(services)
        assert case.status == CaseStatus.FAILED_INTAKE and case.uploader == f"email:{CLERK_MAIL}"
        assert "unknown uploader" in case.reason
        assert not services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])
    assert "did not verify" in sent[0] and "Dana Clerk" in sent[0]


def test_verified_domains_reads_only_the_trusted_topmost_header():
    raw = (b"Authentication-Results: mx.example.test; dmarc=pass header.from=a.test\r\n"
           b"Authentication-Results: mx.example.test; dmarc=pass header.from=forged.test\r\n"
           b"From: x@a.test\r\n\r\n")
    assert verified_domains(parse(raw), MX) == {"a.test"}
    assert verified_domains(parse(raw), None) == set()
    assert uploader_for(parse(b"From: a@x.test, b@x.test\r\n\r\n"), mail_policy(), MX)[0].startswith("email:")


def test_an_address_belongs_to_one_person_in_the_policy():
    from countersign.policies.schema import policy_problems

    text = default_policy_text()
    for person in ("{name: Dana Clerk, roles: [ap_clerk]", "{name: Sam Rivera, roles: [ap_approver]"):
        text = text.replace(person, person + f", emails: [{CLERK_MAIL.upper()}]")
    policy, problems = policy_problems(text)
    assert policy is None and any("is already U0AP0CLERK's" in p and "emails" in p for p in problems), problems
    assert mail_policy().person_for_email(" Dana.Clerk@EXAMPLE.test ") == CLERK


@pytest.mark.slow
def test_bad_input_gets_a_clear_reply_and_stays_in_the_mailbox(mail_ws):
    settings = mail_ws.settings
    zip_bytes = b"PK\x03\x04" + os.urandom(200)
    malformed = (b"From: " + CLERK_MAIL.encode() + b"\r\nSubject: broken\r\nMessage-ID: <broken@example.test>\r\n"
                 b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"missing\"\r\n\r\n"
                 b"no boundary ever starts here\r\n")
    huge = message([("big.pdf", b"%PDF-1.4\n" + os.urandom(50_000_000), "application/pdf")], subject="huge")
    deliver(settings,
            message([], subject="no attachment"),
            message([("locked.pdf", pdf("secret invoice", password="pw"), "application/pdf")], subject="encrypted"),
            message([("invoices.zip", zip_bytes, "application/zip")], subject="zip"),
            malformed, huge)
    del huge
    with mail_ws() as services:
        report = one_pass(services, settings)
        assert email_cases(services) == []
        assert report.refused == 5 and report.taken == 0
    replies = {r["Subject"]: " ".join(r.get_body().get_content().split()) for r in map(parse, sent_mail(mail_ws))}
    assert "no attachment: please attach" in replies["Re: no attachment"]
    assert "password-protected PDF" in replies["Re: encrypted"]
    assert "zip archive" in replies["Re: zip"]
    assert "could not be read as MIME" in replies["Re: broken"]
    assert "too large" in replies["Re: huge"] and "was not read" in replies["Re: huge"]
    assert mailbox_state(settings) == (5, 5)  # nothing deleted


def test_an_out_of_office_or_a_bounce_gets_no_email_back(mail_ws):
    """Answering robots by email could loop forever between two of them (RFC 3834)."""
    settings = mail_ws.settings
    deliver(settings, message([], subject="Out of office", extra={"Auto-Submitted": "auto-replied"}),
            message([], sender="MAILER-DAEMON@example.test", subject="Undelivered Mail"),
            message([], subject="a person asks"))
    with mail_ws() as services:
        assert one_pass(services, settings).refused == 3
        assert EmailLedger(services.sessions).unreplied() == []
    [(_, _, content)] = mail_ws.sink.messages
    assert parse(content)["Subject"] == "Re: a person asks" and parse(content)["Auto-Submitted"] == "auto-replied"


def test_a_reply_that_fails_is_sent_on_the_next_pass(mail_ws, demo_pdfs):
    settings = mail_ws.settings
    deliver(settings, message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")]))
    broken = settings.model_copy(update={"smtp_port": 1})  # nothing listens there
    with mail_ws() as services:
        one_pass(services, broken)
        assert len(EmailLedger(services.sessions).unreplied()) == 1 and mail_ws.sink.messages == []
        one_pass(services, settings)
        assert EmailLedger(services.sessions).unreplied() == [] and len(email_cases(services)) == 1
    assert len(mail_ws.sink.messages) == 1


@pytest.mark.slow
def test_maildir_mode_from_the_command_line(tmp_path, demo_pdfs, monkeypatch):
    from typer.testing import CliRunner

    from countersign.app.cli import app

    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.eml").write_bytes(
        message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf"),
                 ("credit.xml", UBL_CREDIT, "application/xml"), ("notes.xml", b"<notes/>", "text/xml")]))
    (maildir / "new" / "2.eml").write_bytes(message([], subject="nothing attached"))
    (maildir / "cur" / "3.eml:2,S").write_bytes(message([("logo.png", b"\x89PNG\r\n", "image/png")]))
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(default_policy_text().replace(
        "U0AP0CLERK: {name: Dana Clerk, roles: [ap_clerk]}",
        f"U0AP0CLERK: {{name: Dana Clerk, roles: [ap_clerk], emails: [{CLERK_MAIL}]}}"))
    for key in list(os.environ):
        if key.startswith("COUNTERSIGN_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("COUNTERSIGN_POLICY_FILE", str(policy_file))
    monkeypatch.setenv("COUNTERSIGN_EMAIL_TRUSTED_AUTHSERV_ID", MX)
    monkeypatch.chdir(tmp_path)
    args = ["--data-dir", str(tmp_path / "ws"), "intake-email", "--maildir", str(maildir), "--once", "--no-run"]
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))  # the CLI's log handler goes with the test
    monkeypatch.setattr(root, "level", root.level)
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "3 message(s): 1 taken in, 2 refused, 0 already done; 2 new case(s)" in first.output
    for reason in ("not an invoice (image/png)", "not an e-invoice", "no attachment"):
        assert reason in " ".join(first.output.split())
    second = CliRunner().invoke(app, args)
    assert "3 message(s): 0 taken in, 0 refused, 3 already done; 0 new case(s)" in second.output
    assert sorted(p.name for p in (maildir / "new").iterdir()) == ["1.eml", "2.eml"]  # read, never changed
    with open_services(Settings(data_dir=tmp_path / "ws", _env_file=None), policy=mail_policy()) as services:
        cases = email_cases(services)
        assert sorted(c.filename for c in cases) == ["clean.pdf", "credit.xml"]
        assert all(c.uploader == CLERK and c.status == CaseStatus.RECEIVED for c in cases)


def test_maildir_box_refuses_a_folder_that_is_not_a_maildir(tmp_path):
    with pytest.raises(ValueError, match="not a maildir"):
        MaildirBox(tmp_path)


def test_the_ap_channel_gets_a_note_and_each_new_case_card_in_its_thread(mail_ws, demo_pdfs):
    from tests.slack_stub import AP_CHANNEL, BOT_TOKEN, SlackStub

    stub = SlackStub().start()
    try:
        settings = mail_ws.settings.model_copy(update={
            "smtp_host": None, "slack_bot_token": SecretStr(BOT_TOKEN), "slack_ap_channel": AP_CHANNEL,
            "slack_api_url": stub.api_url})
        deliver(settings, message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")],
                                  subject="October invoice"))
        with mail_ws() as services:
            one_pass(services, settings.model_copy(update={"slack_bot_token": SecretStr("xoxb-revoked")}), run=True)
            assert not [c for c in stub.calls if c.authorized] and len(EmailLedger(services.sessions).unreplied()) == 1
            stub.reset()
            one_pass(services, settings, run=True)  # the reply owed goes out with the next pass
            [case] = email_cases(services)
        [root] = [p for p in stub.posts(AP_CHANNEL) if not p.get("thread_ts")]
        assert "October invoice" in root["text"] and CLERK_MAIL in root["text"] and case.id in root["text"]
        [card] = [p for p in stub.posts(AP_CHANNEL) if p.get("thread_ts")]  # in the note's thread
        assert "INV-1043" in repr(card["blocks"])
        assert mail_ws.sink.messages == []  # no SMTP configured here
    finally:
        stub.stop()


def test_done_folder_and_a_failing_message_does_not_hold_up_the_others(mail_ws, demo_pdfs, monkeypatch):
    settings = mail_ws.settings.model_copy(update={"imap_done_folder": f"D{uuid.uuid4().hex[:10]}"})
    deliver(settings, message([("a.pdf", pdf("Invoice A"), "application/pdf")], subject="poison"),
            message([("b.pdf", pdf("Invoice B"), "application/pdf")], subject="fine"))
    real = email_intake.take_message

    def poison(services, ledger, item, **kw):
        if b"poison" in item.headers:
            raise RuntimeError("database went away")
        return real(services, ledger, item, **kw)

    monkeypatch.setattr("countersign.app.email_edge.take_message", poison)
    with mail_ws() as services:
        report = one_pass(services, settings)
        assert (report.taken, report.failed) == (1, 1)
        monkeypatch.undo()
        report = one_pass(services, settings)
        assert (report.messages, report.taken) == (1, 1)
        assert sorted(c.filename for c in email_cases(services)) == ["a.pdf", "b.pdf"]
    assert mailbox_state(settings) == (0, 0)  # moved, not deleted:
    assert mailbox_state(settings.model_copy(update={"imap_folder": settings.imap_done_folder})) == (2, 0)


@pytest.fixture(scope="session")
def tls_imap_server():
    try:
        server = start_server(tls=True)
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_to_the_imap_server_verifies_its_certificate(mail_ws, tls_imap_server, security):
    import ssl

    settings = mail_ws.settings.model_copy(update={
        "imap_security": security, "imap_ca_file": tls_imap_server.ca_file, "imap_folder": "INBOX",
        "imap_port": tls_imap_server.port if security == "starttls" else tls_imap_server.ssl_port})
    deliver(settings, message([("tls.pdf", pdf(f"Invoice over {security}"), "application/pdf")]))
    with mail_ws() as services:
        assert one_pass(services, settings).cases == 1
    with pytest.raises(ssl.SSLCertVerificationError):  # a certificate nobody vouches for is refused
        with imap_box(settings.model_copy(update={"imap_ca_file": None})):
            pass


@pytest.mark.slow
def test_polling_goes_on_after_a_failed_pass_and_never_logs_the_password(mail_ws, caplog):
    import threading

    from countersign.app.email_edge import poll_forever, replies

    settings = mail_ws.settings
    wrong = settings.model_copy(update={"imap_password": SecretStr("wrong-password-do-not-log")})
    deliver(settings, message([("loop.pdf", pdf("Invoice in the loop"), "application/pdf")]))
    stop, boxes = threading.Event(), iter([wrong, settings])

    @contextmanager
    def open_box():
        current = next(boxes, None)
        if current is None:
            stop.set()
            raise RuntimeError("done")
        with imap_box(current) as box:
            yield box

    with mail_ws() as services:
        poll_forever(services, open_box, replies(settings, services, lambda _: None), stop, interval=0.01)
        assert len(email_cases(services)) == 1
    logged = caplog.text
    assert "email pass failed" in logged
    assert "wrong-password-do-not-log" not in logged and PASSWORD not in logged


def test_smtp_replies_over_starttls_verify_the_server(mail_ws, tmp_path, demo_pdfs):
    import ssl

    from tests.imap_server import self_signed_cert

    self_signed_cert(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port, tls_context=server_tls, require_starttls=True)
    controller.start()
    try:
        settings = mail_ws.settings.model_copy(update={"smtp_port": port, "smtp_security": "starttls"})
        deliver(settings, message([("tls.pdf", pdf("Invoice replied over TLS"), "application/pdf")]))
        with mail_ws() as services:
            one_pass(services, settings)  # the sink's certificate is vouched for by nobody: no reply
            assert len(EmailLedger(services.sessions).unreplied()) == 1 and sink.messages == []
            one_pass(services, settings.model_copy(update={"smtp_ca_file": tmp_path / "cert.pem"}))
            assert EmailLedger(services.sessions).unreplied() == []
        [(_, rcpt, _)] = sink.messages
        assert rcpt == [CLERK_MAIL]
    finally:
        controller.stop()


def test_one_reader_per_mailbox(open_ws):
    from countersign.app.email_edge import MailboxBusy, mailbox_lock

    with open_ws() as services, mailbox_lock(services, "ap@example.test/INBOX"):
        with pytest.raises(MailboxBusy, match="another `countersign intake-email` is reading"):
            with mailbox_lock(services, "ap@example.test/INBOX"):
                pass
        with mailbox_lock(services, "other@example.test/INBOX"):
            pass  # another mailbox is read side by side
    with open_ws() as services, mailbox_lock(services, "ap@example.test/INBOX"):
        pass  # given back at the end of the pass


def test_hostile_messages_are_refused_with_a_reply_never_a_crash(open_ws, tmp_path):
    maildir = tmp_path / "Maildir"
    (maildir / "new").mkdir(parents=True)
    nested = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(200))
    hostile = {
        "random": random.Random(5).randbytes(4000),
        "empty": b"",
        "headers-only": b"From: x@example.test\r\nSubject: \xff\xfe bad bytes\r\n",
        "nul": b"From: \x00@example.test\r\nMessage-ID: <\x00>\r\n\r\n\x00\x00",
        "nul-name": message([("a\x00b.pdf", b"%PDF-1.4 \x00", "application/pdf")], sender="v@\x00x.test"),
        "nested": b"From: x@example.test\r\nMIME-Version: 1.0\r\n" + nested,
        "bad-base64": (b"From: x@example.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=Z\r\n\r\n"
                       b"--Z\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Disposition: attachment; "
                       b"filename=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64!!!\r\n--Z--\r\n"),
    }
    for name, raw in hostile.items():
        (maildir / "new" / name).write_bytes(raw)
    sent: list[Outcome] = []
    with open_ws() as services:
        report = poll_once(services, MaildirBox(maildir), sent.append)
        assert (report.messages, report.failed, report.taken) == (len(hostile), 0, 1)  # nul-name: refused case
        [case] = email_cases(services)
        assert case.status == CaseStatus.FAILED_INTAKE and "\x00" not in case.filename + case.uploader
    assert len(sent) == len(hostile) and all(o.lines for o in sent)
    assert any("damaged in transit" in line for o in sent for line in o.lines)


def test_a_vendor_mailing_ap_is_the_mailbox_owners_intake_and_the_owner_cannot_approve_it(mail_ws, demo_pdfs):
    """Vendors are people in no policy: with a mailbox owner their invoices are taken in as the
    owner's, segregation of duties holds against the owner, and a listed but unverified address
    is still refused (never handed to the owner)."""
    from countersign.agent.approvals import decide
    from countersign.domain import Verdict

    settings = mail_ws.settings.model_copy(update={"email_mailbox_owner": "U0CONTROL"})
    deliver(settings, message([("clean.pdf", demo_pdfs["clean"].read_bytes(), "application/pdf")],
                              sender="billing@acme-tools.example", verified=False))
    with mail_ws() as services:
        services.settings = settings
        one_pass(services, settings, run=True)
        [case] = email_cases(services)
        assert case.uploader == "U0CONTROL" and case.status == CaseStatus.AWAITING_APPROVAL
        [proposal] = services.store.proposals_for_case(case.id)
        refused = decide(services, proposal.id, approver_id="U0CONTROL", verdict=Verdict.APPROVE)
        assert not refused.applied and any("upload" in r for r in refused.refusals)
        assert decide(services, proposal.id, approver_id="U0APMGR01", verdict=Verdict.APPROVE).applied
    assert uploader_for(parse(message([], sender=APPROVER_MAIL, verified=False)), mail_policy(), MX,
                        "U0CONTROL")[0] == f"email:{APPROVER_MAIL}"
