"""The edges of email intake: the mailbox (IMAP with imap-tools, or a maildir), the replies (SMTP
back to the sender, a thread in the AP channel) and the polling loop.

Nothing is deleted from the mailbox. An IMAP message is moved to COUNTERSIGN_IMAP_DONE_FOLDER or
given the $CountersignDone keyword only after it was taken in and recorded in the store; a
maildir is only read (the store remembers). Secrets come from settings and are never logged.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any, Protocol

from countersign.app.email_intake import MailItem, Outcome, Reply, send_reply, take_message
from countersign.app.email_ledger import EmailLedger
from countersign.app.settings import Settings
from countersign.domain import CaseStatus

log = logging.getLogger(__name__)
DONE_KEYWORD = "$CountersignDone"
HEADER_BYTES = 256_000  # a maildir message's headers are read up to this much


class Mailbox(Protocol):
    def items(self) -> Iterator[MailItem]: ...

    def done(self, item: MailItem) -> None: ...


@dataclass(frozen=True)
class PassReport:
    messages: int
    taken: int
    refused: int
    already: int
    cases: int
    failed: int = 0  # left in the mailbox for the next pass (logged)


class MaildirBox:
    """A maildir read in place (new/ and cur/); its files are never changed."""

    def __init__(self, path: Path):
        if not (path / "new").is_dir() and not (path / "cur").is_dir():
            raise ValueError(f"{path}: not a maildir (no new/ or cur/)")
        self.path = path

    def items(self) -> Iterator[MailItem]:
        for sub in ("new", "cur"):
            folder = self.path / sub
            for name in sorted(os.listdir(folder)) if folder.is_dir() else []:
                file = folder / name
                if file.is_file():
                    yield MailItem(f"{sub}/{name}", file.stat().st_size, _head_of(file),
                                   lambda file=file: file.read_bytes())

    def done(self, item: MailItem) -> None:
        return None


def _head_of(file: Path) -> bytes:
    with file.open("rb") as f:
        data = f.read(HEADER_BYTES)
    for sep in (b"\r\n\r\n", b"\n\n"):
        if sep in data:
            return data[: data.index(sep) + len(sep)]
    return data


class ImapBox:
    """One logged-in IMAP session on the configured folder (imap-tools, imported only here)."""

    def __init__(self, mailbox: Any, done_folder: str | None):
        self.mb = mailbox
        self.done_folder = done_folder

    def items(self) -> Iterator[MailItem]:
        from imap_tools import AND

        # Headers and sizes only: a message is downloaded once it is known to be within the limit.
        for msg in self.mb.fetch(AND(no_keyword=DONE_KEYWORD), mark_seen=False, headers_only=True, bulk=50):
            head = msg.obj.as_bytes()
            yield MailItem(msg.uid or "", msg.size_rfc822, head, lambda uid=msg.uid: self._body(uid))

    def _body(self, uid: str) -> bytes:
        typ, data = self.mb.client.uid("FETCH", uid, "(BODY.PEEK[])")
        if typ != "OK":
            raise OSError(f"IMAP FETCH of message {uid} failed")
        return b"".join(part[1] for part in data if isinstance(part, tuple))

    def done(self, item: MailItem) -> None:
        if self.done_folder:
            self.mb.move(item.ref, self.done_folder)
        else:
            self.mb.flag(item.ref, DONE_KEYWORD, True)


@contextmanager
def imap_box(settings: Settings) -> Iterator[ImapBox]:
    from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted

    if not settings.imap_host or not settings.imap_user or settings.imap_password is None:
        raise ValueError("email intake needs COUNTERSIGN_IMAP_HOST, COUNTERSIGN_IMAP_USER and "
                         "COUNTERSIGN_IMAP_PASSWORD (or --maildir PATH)")
    security = settings.imap_security
    port = settings.imap_port or (993 if security == "ssl" else 143)
    if security == "none":
        mailbox = MailBoxUnencrypted(settings.imap_host, port=port, timeout=60)
    else:  # the certificate and the host name are verified, against imap_ca_file when given
        context = ssl.create_default_context(cafile=str(settings.imap_ca_file) if settings.imap_ca_file else None)
        kind = MailBox if security == "ssl" else MailBoxStartTls
        mailbox = kind(settings.imap_host, port=port, timeout=60, ssl_context=context)
    try:
        mailbox.login(settings.imap_user, settings.imap_password.get_secret_value(),
                      initial_folder=settings.imap_folder)
    except BaseException:
        mailbox.client.shutdown()  # refused: close the connection (the password is not in the error)
        raise
    with mailbox as mb:
        if settings.imap_done_folder and not mb.folder.exists(settings.imap_done_folder):
            mb.folder.create(settings.imap_done_folder)
        yield ImapBox(mb, settings.imap_done_folder)


def poll_once(services: Any, box: Mailbox, reply: Reply, *, run: bool = True) -> PassReport:
    """One pass over the mailbox: replies owed from an earlier pass first, then every message not yet done."""
    ledger = EmailLedger(services.sessions)
    for owed in ledger.unreplied():
        cases = ledger.cases_of(owed.key)
        new = [c for c in ledger.first_cases_of(owed.key)
               if services.store.get_case(c).status != CaseStatus.FAILED_INTAKE]
        send_reply(ledger, reply, Outcome(owed.key, owed.sender, owed.subject, owed.outcome,
                                          owed.summary.splitlines(), automatic=owed.automatic,
                                          new_cases=new, all_cases=cases))
    counts = {"messages": 0, "taken": 0, "refused": 0, "already": 0, "cases": 0, "failed": 0}
    for item in box.items():
        try:
            outcome = take_message(services, ledger, item, reply=reply, run=run,
                                   max_bytes=services.settings.email_max_message_bytes)
        except Exception:  # noqa: BLE001 - one message that fails must not hold up the others
            log.exception("message %s failed; it stays in the mailbox and is tried on the next pass", item.ref)
            counts["failed"] += 1
            continue
        box.done(item)
        counts["messages"] += 1
        if outcome is None:
            counts["already"] += 1
        else:
            counts[outcome.outcome] += 1
            counts["cases"] += len(outcome.new_cases)
    return PassReport(**counts)


def poll_forever(services: Any, open_box: Callable[[], Any], reply: Reply, stop: threading.Event, *,
                 interval: float, run: bool = True) -> None:
    """Pass after pass until `stop`; a failed pass (server down, login refused) is logged and retried."""
    while not stop.is_set():
        try:
            with open_box() as box:
                poll_once(services, box, reply, run=run)
        except Exception as exc:  # noqa: BLE001 - the next pass tries again; never print settings
            log.warning("email pass failed: %s: %s", type(exc).__name__, exc)
        stop.wait(interval)


# --------------------------------------------------------------------------- replies


def reply_message(outcome: Outcome, *, sender: str) -> EmailMessage:
    """The reply to the sender: what became of each attachment, threaded under their message."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = outcome.sender
    subject = outcome.subject or "your invoice"
    msg["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if outcome.key.startswith("mid:"):
        msg["In-Reply-To"] = msg["References"] = f"<{outcome.key.removeprefix('mid:')}>"
    msg["Auto-Submitted"] = "auto-replied"  # RFC 3834: other robots do not answer it
    msg.set_content("Countersign received your message.\n\n" + outcome.summary + "\n")
    return msg


def smtp_reply(settings: Settings) -> Reply:
    """Send replies by SMTP to the From address. The sender may be unverified, so a reply says only
    what became of their own attachments."""
    sender = settings.smtp_from or settings.imap_user or "countersign@localhost"
    port = settings.smtp_port or {"ssl": 465, "starttls": 587, "none": 25}[settings.smtp_security]

    def send(outcome: Outcome) -> None:
        if "@" not in outcome.sender or outcome.automatic:
            return
        # smtplib's own default context verifies nothing; this one checks the certificate and the host name
        context = ssl.create_default_context(cafile=str(settings.smtp_ca_file) if settings.smtp_ca_file else None)
        host = settings.smtp_host or ""
        smtp = (smtplib.SMTP_SSL(host, port, timeout=60, context=context) if settings.smtp_security == "ssl"
                else smtplib.SMTP(host, port, timeout=60))
        with smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=context)
            if settings.smtp_user and settings.smtp_password is not None:
                smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
            smtp.send_message(reply_message(outcome, sender=sender))

    return send


def slack_reply(settings: Settings, services: Any) -> Reply:
    """Post to the AP channel: a note on the message, with each new case's card in its thread (the
    existing notify path, so the cards update as the cases move)."""
    from slack_sdk import WebClient

    from countersign.app.slack.notifier import SlackNotifier
    from countersign.app.slack.outside_text import outside

    kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), timeout=30, **kwargs)  # type: ignore[union-attr]
    notifier = SlackNotifier(client, services)
    channel = settings.slack_ap_channel or ""

    def post(outcome: Outcome) -> None:
        root = client.chat_postMessage(channel=channel, unfurl_links=False,
                                       text=outside(f"Invoice email from {outcome.sender}: {outcome.subject}\n"
                                                    + outcome.summary))
        for case_id in outcome.new_cases:
            notifier.post_case(case_id, channel=root["channel"], thread_ts=root["ts"])

    return post


def replies(settings: Settings, services: Any, log_line: Callable[[str], None]) -> Reply:
    """Every configured reply: SMTP to the sender, the AP channel in Slack; and always a log line."""
    targets: list[Reply] = []
    if settings.smtp_host:
        targets.append(smtp_reply(settings))
    if settings.slack_bot_token is not None and settings.slack_ap_channel:
        targets.append(slack_reply(settings, services))

    def reply(outcome: Outcome) -> None:
        log_line(f"{outcome.sender}: {outcome.subject!r}: " + "; ".join(outcome.lines))
        for target in targets:
            target(outcome)

    return reply


class MailboxBusy(Exception):
    """Another `intake-email` is reading this mailbox right now."""


@contextmanager
def mailbox_lock(services: Any, mailbox: str) -> Iterator[None]:
    """One reader per mailbox across processes (and hosts sharing PostgreSQL): two at once could
    both open a case for an attachment neither has recorded yet. Its own lock files, so it never
    shares one with a case's claim."""
    from countersign.app.claims import CaseClaims

    settings = services.settings
    claims = CaseClaims(services.engine, postgres=settings.is_postgres, lock_dir=settings.data_dir / "email-claims")
    try:
        with claims.hold(f"email-intake:{mailbox}") as ours:
            if not ours:
                raise MailboxBusy(f"another `countersign intake-email` is reading {mailbox}; this pass is skipped")
            yield
    finally:
        claims.close()


def intake_command(services: Any, *, maildir: Path | None, once: bool, interval: float, run: bool,
                   say: Callable[[str], None]) -> PassReport | None:
    """`countersign intake-email`: one pass (`once`) or passes every `interval` seconds until SIGTERM/SIGINT."""
    import signal

    settings = services.settings
    reply = replies(settings, services, say)
    name = (str(maildir.resolve()) if maildir is not None
            else f"{settings.imap_user}@{settings.imap_host}/{settings.imap_folder}")

    @contextmanager
    def open_box() -> Iterator[Mailbox]:
        with mailbox_lock(services, name):
            if maildir is not None:
                yield MaildirBox(maildir)
            else:
                with imap_box(settings) as box:
                    yield box

    if once:
        with open_box() as box:
            report = poll_once(services, box, reply, run=run)
        say(f"{report.messages} message(s): {report.taken} taken in, {report.refused} refused, "
            f"{report.already} already done; {report.cases} new case(s)"
            + (f"; {report.failed} failed (see the log), tried again next pass" if report.failed else ""))
        return report
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    poll_forever(services, open_box, reply, stop, interval=interval, run=run)
    return None
