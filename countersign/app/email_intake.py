"""Invoices by email: one message of the AP mailbox in, one case per invoice attachment, one reply.

Every PDF or e-invoice XML attachment goes through the same intake as a Slack upload
(`runner.intake_bytes`, then `runner.run_case`), so the same bytes twice give the earlier case and
an unknown uploader is refused the same way. The mailbox (IMAP, maildir) and the replies (SMTP,
Slack) are edges in app/email_edge.py; this module reads bytes and talks to the store only.

Who sent it. A From header is a claim anyone can write, and segregation of duties rests on who
submitted an invoice: if From alone named the uploader, an approver could mail an invoice "from"
a colleague and then approve it as not their own. So a sender becomes the policy person who lists
the address (`people.<id>.emails`) only when the receiving mail server proved it: the topmost
Authentication-Results header written by COUNTERSIGN_EMAIL_TRUSTED_AUTHSERV_ID says DMARC (or an
aligned DKIM signature) passed for the From domain. Otherwise the uploader is `email:<address>`,
a name in no policy, and intake refuses the case as it refuses any unknown uploader.

Vendors mail ap@ directly and are people in no policy. With COUNTERSIGN_EMAIL_MAILBOX_OWNER set
to the policy person who owns the mailbox (an AP clerk), mail from a sender the policy does not
list is taken in as uploaded by that owner (the sender stays in the case's audit trail), so
segregation of duties holds against the owner: they may never give such a bill its final
approval. An address the policy lists for a person is never handed to the owner: unverified, it
is refused as above, because that is how a colleague's identity would be borrowed.
"""

from __future__ import annotations

import email
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import getaddresses

from countersign.agent import runner
from countersign.app.email_ledger import EMAIL_SOURCE, EmailLedger
from countersign.domain import CaseStatus
from countersign.policies.schema import Policy

log = logging.getLogger(__name__)
KIND_PDF, KIND_XML = "pdf", "xml"


class Refused(Exception):
    """An attachment (or a whole message) that cannot become a case; the message says why, for the sender."""


@dataclass(frozen=True)
class MailItem:
    """One message as the mailbox lists it: where it is (`ref`), its size and headers. `fetch` reads
    the whole message, only once its size is known to be within the limit."""

    ref: str
    size: int
    headers: bytes
    fetch: Callable[[], bytes]


@dataclass(frozen=True)
class Attachment:
    part: int
    filename: str
    content_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Outcome:
    """What became of one message: the reply text and the cases it opened (for the Slack thread)."""

    key: str
    sender: str
    subject: str
    outcome: str  # taken | refused
    lines: list[str] = field(default_factory=list)
    automatic: bool = False  # an auto-reply, bounce or list mail: never answered by email (RFC 3834)
    new_cases: list[str] = field(default_factory=list)
    all_cases: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return "\n".join(self.lines)


Reply = Callable[[Outcome], None]


def parse(raw: bytes) -> EmailMessage:
    """Parse leniently: a broken message still parses, with its defects listed."""
    return email.message_from_bytes(raw, policy=email_policy.default)  # pyright: ignore[reportReturnType]


def header(msg: EmailMessage, name: str) -> str:
    """A header as one line of printable text (control characters, NUL included, become spaces:
    PostgreSQL refuses NUL and a reply must not carry them)."""
    try:
        value = str(msg.get(name) or "")
    except Exception:  # noqa: BLE001 - a header too broken to decode is read as absent
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


def message_key(msg: EmailMessage, headers: bytes) -> str:
    """The message's Message-ID, or a hash of its headers when it has none (so a copy still matches).
    A very long or odd Message-ID is kept as its hash, so two never share a truncated key."""
    message_id = header(msg, "Message-ID").strip("<> ")
    if not message_id:
        return "sha256:" + hashlib.sha256(headers).hexdigest()
    if len(message_id) > 200 or not message_id.isascii() or " " in message_id:
        return "mid-sha256:" + hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).hexdigest()
    return f"mid:{message_id}"


def sender_of(msg: EmailMessage) -> str:
    """The one From address, lower-cased; empty when there is none or more than one."""
    try:
        addresses = [a for _, a in getaddresses([str(v) for v in msg.get_all("From") or []]) if "@" in a]
    except Exception:  # noqa: BLE001
        return ""
    address = addresses[0].strip().lower() if len(addresses) == 1 else ""
    return address if address.isprintable() and " " not in address else ""


def automatic(msg: EmailMessage) -> bool:
    """Sent by a program (an out-of-office, a bounce, a list): answering it by email could start a
    loop between two robots, so it gets no email reply (RFC 3834); the AP channel still hears of it."""
    auto = header(msg, "Auto-Submitted").lower()
    precedence = header(msg, "Precedence").lower()
    sender = sender_of(msg)
    return ((bool(auto) and auto != "no") or precedence in ("bulk", "junk", "list") or bool(header(msg, "List-Id"))
            or sender.startswith(("mailer-daemon@", "postmaster@")) or header(msg, "Return-Path") == "<>")


_RESULT = re.compile(r"^\s*(dmarc|dkim)\s*=\s*pass\b(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"\bheader\.(from|d)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)


def verified_domains(msg: EmailMessage, trusted_authserv_id: str | None) -> set[str]:
    """Domains the trusted receiving server saw pass DMARC (header.from) or DKIM (header.d).

    Only the topmost Authentication-Results header carrying the trusted authserv-id counts: that
    is the one our server prepended (RFC 8601 asks it to drop any copies the sender forged)."""
    if not trusted_authserv_id:
        return set()
    try:
        values = [" ".join(str(v).split()) for v in msg.get_all("Authentication-Results") or []]
    except Exception:  # noqa: BLE001 - headers too broken to decode prove nothing
        return set()
    for text in values:
        authserv, _, results = text.partition(";")
        if (authserv.split() or [""])[0].lower() != trusted_authserv_id.lower():
            continue
        domains = set()
        for result in results.split(";"):
            match = _RESULT.match(result)
            if match:
                domains |= {d.lower().rstrip(".") for _, d in _PROPERTY.findall(match.group(2))}
        return domains
    return set()


def uploader_for(msg: EmailMessage, policy: Policy, trusted_authserv_id: str | None,
                 mailbox_owner: str | None = None) -> tuple[str, str]:
    """(uploader, a note for the reply). The person the policy maps a *verified* sender to; a
    sender the policy does not list is the mailbox owner's intake when one is set; anyone else is
    `email:<address>`, which intake refuses as unknown (see the module docstring)."""
    sender = sender_of(msg)
    if not sender:
        return "email:(no single From address)", "the message has no single From address"
    fallback = f"email:{sender}"[:64]
    person = policy.person_for_email(sender)
    if person is None:
        if mailbox_owner and mailbox_owner in policy.people:
            return mailbox_owner, (f"{sender} is not a person in the policy, so this is taken in for "
                                   f"{policy.name_of(mailbox_owner)}, who owns the AP mailbox")
        return fallback, ""
    if sender.rpartition("@")[2] not in verified_domains(msg, trusted_authserv_id):
        return fallback, (f"{sender} is listed for {policy.name_of(person)}, but your mail server did not verify "
                          "this message's sender (DMARC/DKIM), so it is taken as from an unknown sender")
    return person, ""


def attachments(msg: EmailMessage) -> tuple[list[Attachment], list[str]]:
    """Every attached file (inline or not, nested forwards included), and the parts that could not
    be decoded (named, with why)."""
    found, damaged = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        name = _filename(part)
        ctype = part.get_content_type()
        if not name and part.get_content_maintype() == "text":
            continue  # the message body
        if not name and ctype not in ("application/pdf", "application/xml", "text/xml", "application/zip"):
            continue
        name = name or f"attachment-{len(found) + len(damaged) + 1}"
        try:
            data = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - a part the parser cannot decode
            data = None
        bad_encoding = any("Base64" in type(d).__name__ for d in getattr(part, "defects", []))
        if not isinstance(data, bytes) or bad_encoding:
            damaged.append(f"{name}: damaged in transit (its encoding cannot be decoded); please send it again")
            continue
        found.append(Attachment(len(found), name, ctype, data))
    return found, damaged


def _filename(part: EmailMessage) -> str:
    try:
        return runner.safe_filename(part.get_filename()) if part.get_filename() else ""
    except Exception:  # noqa: BLE001
        return ""


def invoice_kind(att: Attachment) -> str:
    """"pdf" or "xml" for an attachment that can become a case; `Refused` with the reason otherwise."""
    data, name = att.data, att.filename.lower()
    if not data:
        raise Refused("empty file")
    if b"%PDF-" in data[:1024]:
        if _encrypted(data):
            raise Refused("a password-protected PDF: countersign cannot read it; please send it without a password")
        return KIND_PDF
    if data[:4] == b"PK\x03\x04" or name.endswith(".zip") or att.content_type == "application/zip":
        raise Refused("a zip archive: countersign does not open archives; please attach the PDFs themselves")
    if name.endswith(".xml") or att.content_type.endswith("/xml"):
        from countersign.extraction.einvoice import syntax_of

        try:
            if syntax_of(data):
                return KIND_XML
        except Exception:  # noqa: BLE001 - unreadable XML is refused below
            pass
        raise Refused("an XML file that is not an e-invoice (UBL or CII)")
    if name.endswith(".pdf") or att.content_type == "application/pdf":
        raise Refused("named a PDF but is not one (no %PDF header)")
    raise Refused(f"not an invoice ({att.content_type}); only PDFs and e-invoice XML are read")


def _encrypted(data: bytes) -> bool:
    import pymupdf

    try:
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            return bool(doc.needs_pass)
    except Exception:  # noqa: BLE001 - a corrupt PDF goes to intake, whose reading says what is wrong
        return False


def take_message(services, ledger: EmailLedger, item: MailItem, *, reply: Reply, max_bytes: int,
                 run: bool = True) -> Outcome | None:
    """Take one message in: None when it was already taken in (the caller just marks it done).

    Order matters for a restart at any point: claim each attachment, open its case, record the
    case; record the message only when all its attachments are cases; then reply; then the caller
    marks the message in the mailbox. Nothing is ever deleted."""
    head = parse(item.headers)
    key = message_key(head, item.headers)
    if ledger.message(key) is not None:
        return None
    outcome = Outcome(key, sender_of(head) or header(head, "From")[:255], header(head, "Subject")[:255], "taken",
                      automatic=automatic(head))
    try:
        if item.size > max_bytes:
            raise Refused(f"the message is too large ({item.size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB) and was "
                          "not read; please send the invoices in smaller messages")
        raw = item.fetch()
        if len(raw) > max_bytes:
            raise Refused(f"the message is too large (more than {max_bytes / 1e6:.0f} MB) and was not read")
        _take_attachments(services, ledger, parse(raw), outcome, run=run)
    except Refused as exc:
        outcome.outcome = "refused"
        outcome.lines = [f"Nothing was taken in: {exc}"]
        services.audit.record(actor="email", action="email_refused", subject=key[:64],
                              payload={"sender": outcome.sender, "subject": outcome.subject, "reason": str(exc)})
    ledger.finish(key, sender=outcome.sender, subject=outcome.subject, outcome=outcome.outcome,
                  summary=outcome.summary, automatic=outcome.automatic)
    send_reply(ledger, reply, outcome)
    return outcome


def send_reply(ledger: EmailLedger, reply: Reply, outcome: Outcome) -> None:
    """Reply and note it; a failed reply is logged and sent again on the next pass."""
    try:
        reply(outcome)
    except Exception:  # noqa: BLE001 - the cases are recorded; only the reply is owed
        log.exception("could not reply for message %s", outcome.key)
        return
    ledger.replied(outcome.key)


def _take_attachments(services, ledger: EmailLedger, msg: EmailMessage, outcome: Outcome, *, run: bool) -> None:
    found, damaged = attachments(msg)
    if not found and not damaged:
        defects = sorted({type(d).__name__ for d in msg.defects})
        if defects:
            raise Refused("the message could not be read as MIME (" + ", ".join(defects) + ")")
        raise Refused("no attachment: please attach the invoice as a PDF or e-invoice XML file")
    uploader, note = uploader_for(msg, services.policy, services.settings.email_trusted_authserv_id,
                                  services.settings.email_mailbox_owner)
    if note:
        outcome.lines.append(f"Note: {note}.")
    invoices = 0
    for att in found:
        try:
            invoice_kind(att)
        except Refused as exc:
            outcome.lines.append(f"{att.filename}: not taken in: {exc}")
            continue
        invoices += 1
        result = _intake_once(services, ledger, outcome.key, att, uploader, outcome.sender)
        if run and not result.failed and not result.duplicate_of:
            runner.run_case(services, result.case_id)
            case = services.store.get_case(result.case_id)
            result = runner.IntakeResult(result.case_id, case.status, case.reason)
        outcome.all_cases.append(result.case_id)
        if not result.failed and not result.duplicate_of:
            outcome.new_cases.append(result.case_id)
        outcome.lines.append(_line(att.filename, result))
    outcome.lines.extend(damaged)
    if not invoices:
        outcome.outcome = "refused"
        outcome.lines.insert(0, "No invoice was taken in: no attachment is a PDF or an e-invoice XML file.")


def _intake_once(services, ledger: EmailLedger, key: str, att: Attachment, uploader: str,
                 sender: str) -> runner.IntakeResult:
    """This attachment's case: the recorded one, the one an interrupted pass opened, or a new one."""
    filename = runner.safe_filename(att.filename)
    case_id = ledger.recorded_case(key, att.part)
    if case_id is None:
        since = ledger.claim(key, att.part, sha256=att.sha256, filename=filename)
        case_id = ledger.case_opened_since(filename=filename, uploader=uploader, since=since)
        if case_id is None:
            result = runner.intake_bytes(services, att.data, filename=filename, source=EMAIL_SOURCE, uploader=uploader)
            case_id = result.case_id
            if not result.duplicate_of:
                services.audit.record(actor="email", action="email_received", subject=case_id,
                                      payload={"message": key, "part": att.part, "sender": sender,
                                               "uploader": uploader})
        ledger.complete(key, att.part, case_id)
    case = services.store.get_case(case_id)
    if case.status != CaseStatus.FAILED_INTAKE and (
            case.source != EMAIL_SOURCE or ledger.first_part_with(case_id) != (key, att.part)):
        return runner.IntakeResult(case.id, case.status, f"already received as case {case.id}", duplicate_of=case.id)
    return runner.IntakeResult(case.id, case.status, case.reason)


def _line(filename: str, result: runner.IntakeResult) -> str:
    if result.duplicate_of:
        return f"{filename}: already received as case {result.duplicate_of} ({result.status})"
    if result.failed:
        return f"{filename}: not taken in: {result.reason} (case {result.case_id})"
    reason = f": {result.reason}" if result.reason else ""
    return f"{filename}: case {result.case_id}, {str(result.status).replace('_', ' ')}{reason}"
