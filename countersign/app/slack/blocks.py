"""Block Kit built by pure functions from plain records; no Slack client, no database.

`CardContent` is everything a card shows, gathered once (see `card_content.card_content`). The
same content as the terminal cards in `agent/cards.py`: vendor (matched or new), invoice number,
dates, totals, PO match, each violation with its numbers, low-confidence fields, who must approve.

Buttons carry only the opaque proposal id in `value`; the server looks everything else up.
Every piece of outside text goes through `escape` (outside_text.py), and every mrkdwn object is
`verbatim`, so Slack adds no mentions or links of its own; our mentions are `<@id>` from the policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from countersign.app.slack.edit_view import edit_button
from countersign.app.slack.outside_text import escape
from countersign.domain import LOW_CONFIDENCE, field_label

APPROVE_ACTION = "countersign_approve"
REJECT_ACTION = "countersign_reject"
REJECT_VIEW = "countersign_reject_reason"
REASON_BLOCK = "reason"
REASON_INPUT = "text"

_SEVERITY_ICON = {"block": ":no_entry:", "review": ":warning:", "info": ":information_source:"}
READING_LINE = ":mag_right: Read. Matching the vendor and the PO and checking the policy…"
_STATUS_LINE = {
    "received": ":inbox_tray: Received, reading it…",
    "processing": ":hourglass_flowing_sand: Processing…",
    "awaiting_approval": ":hourglass: Awaiting approval",
    "blocked": ":no_entry: Blocked — not proposed for posting",
    "rejected": ":x: Rejected",
    "expired": ":alarm_clock: Approval request expired — nothing was posted",
    "posted": ":white_check_mark: Posted",
    "failed": ":boom: Posting failed",
    "failed_intake": ":page_facing_up: Could not read this file",
}


@dataclass(frozen=True)
class LowConfidence:
    field: str
    value: str | None
    confidence: float


@dataclass(frozen=True)
class ViolationLine:
    severity: str
    code: str
    message: str


@dataclass(frozen=True)
class DecisionLine:
    approver_id: str
    name: str
    verdict: str
    reason: str = ""


@dataclass(frozen=True)
class CardContent:
    case_id: str
    filename: str
    status: str
    reason: str = ""
    uploader: str | None = None
    vendor_name: str | None = None
    vendor_id: str | None = None  # None: not in the vendor master (a new vendor)
    vendor_method: str | None = None  # tax_id | iban | name
    invoice_number: str | None = None
    invoice_date: str | None = None
    due_date: str | None = None
    currency: str | None = None
    subtotal: str | None = None
    tax: str | None = None
    total: str | None = None
    po_cited: str | None = None
    po_found: str | None = None
    po_findings: list[ViolationLine] = field(default_factory=list)
    violations: list[ViolationLine] = field(default_factory=list)
    low_confidence: list[LowConfidence] = field(default_factory=list)
    approval_roles: list[str] = field(default_factory=list)
    approvers_required: int = 0
    approval_band: str = ""
    approvers: list[tuple[str, str]] = field(default_factory=list)  # (slack id, name) who may approve
    proposal_id: str | None = None
    proposal_status: str | None = None
    expires_at: datetime | None = None
    erp_ref: str | None = None
    erp_name: str = "ERP"
    decisions: list[DecisionLine] = field(default_factory=list)
    duplicate_of: str | None = None
    editable: bool = False  # an invoice read and not posted: the card offers "Edit fields"


# --------------------------------------------------------------------------- pieces


def _mrkdwn(markdown: str, limit: int = 3000) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": markdown[:limit], "verbatim": True}


def _text(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(markdown)}


def _context(markdown: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(markdown)]}


def _fields(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Section blocks of two-column fields (Slack allows 10 per section)."""
    out = []
    for i in range(0, len(pairs), 10):
        out.append({"type": "section",
                    "fields": [_mrkdwn(f"*{k}*\n{v}", 2000) for k, v in pairs[i:i + 10]]})
    return out


def money(amount: str | None, currency: str | None = None) -> str:
    """An amount as read (escaped: a misread one is shown as printed) and its currency."""
    if amount in (None, ""):
        return "—"
    try:
        from decimal import Decimal

        shown = f"{Decimal(amount):,.2f}"
    except Exception:  # noqa: BLE001 - show what was read rather than nothing
        shown = str(amount)
    return escape(f"{shown} {currency or ''}".strip())


def vendor_line(f: CardContent) -> str:
    name = escape(f.vendor_name) or "unknown"
    if f.vendor_id:
        how = f" by {f.vendor_method.replace('_', ' ')}" if f.vendor_method and f.vendor_method != "none" else ""
        return f"{name} (`{escape(f.vendor_id)}`, matched{how})"
    return f"{name} — *new vendor*, not in the vendor master"


def po_line(f: CardContent) -> str:
    if f.po_found:
        text = f"`{escape(f.po_found)}` matched"
        if f.po_findings:
            text += " — " + "; ".join(v.code for v in f.po_findings)
        else:
            text += " — prices and quantities within tolerance"
        return text
    if f.po_cited:
        return f"`{escape(f.po_cited)}` cited, *not found*"
    return "none cited"


def who_must_approve(f: CardContent) -> str:
    if not f.approval_roles and not f.approvers:
        return ""
    count = f"{f.approvers_required} approvers" if f.approvers_required > 1 else "one approver"
    roles = " or ".join(f.approval_roles) or "named approvers"
    people = ", ".join(f"<@{uid}>" for uid, _ in f.approvers) or "nobody in the policy holds it"
    band = f" ({f.approval_band} band)" if f.approval_band else ""
    return f"*Must approve:* {count} with role {roles}{band} — {people}"


def _status_line(f: CardContent) -> str:
    line = _STATUS_LINE.get(f.status, f.status)
    if f.status == "posted" and f.erp_ref:
        line += f" to the {escape(f.erp_name)} as `{escape(f.erp_ref)}`"
    return line


def _title(f: CardContent) -> str:
    return f"*Invoice {escape(f.invoice_number) or '(number not read)'}* · case `{f.case_id}` · _{escape(f.filename)}_"


def _summary_blocks(f: CardContent) -> list[dict[str, Any]]:
    blocks = [_text(f"{_title(f)}\n{_status_line(f)}")]
    blocks += _fields([
        ("Vendor", vendor_line(f)),
        ("Invoice number", escape(f.invoice_number) or "—"),
        ("Dates", f"invoice {escape(f.invoice_date) or '—'} · due {escape(f.due_date) or '—'}"),
        ("Totals", f"subtotal {money(f.subtotal, f.currency)} + tax {money(f.tax, f.currency)}"
                   f" = *{money(f.total, f.currency)}*"),
        ("PO match", po_line(f)),
    ])
    if f.violations:
        lines = [f"{_SEVERITY_ICON.get(v.severity, '•')} *{v.code}* ({v.severity}): {escape(v.message)}"
                 for v in f.violations]
        blocks.append(_text("*Policy findings*\n" + "\n".join(lines)))
    else:
        blocks.append(_text(":white_check_mark: No policy findings."))
    return blocks + _check_these(f)


def _check_these(f: CardContent) -> list[dict[str, Any]]:
    if not f.low_confidence:
        return []
    lines = [f"• {field_label(x.field, in_sentence=True)}: {escape(x.value) or '(not read)'}"
             f" — confidence {x.confidence:.2f}" for x in f.low_confidence]
    return [_text(f":mag: *Check these fields* (read with confidence below {LOW_CONFIDENCE}):\n" + "\n".join(lines))]


def reading_card(f: CardContent) -> list[dict[str, Any]]:
    """The first reply in the file's thread: what was read, before the vendor, the PO and the policy
    are checked. It claims nothing about them (no match, no findings); the case's card replaces it."""
    blocks = [_text(f"{_title(f)}\n{READING_LINE}")]
    blocks += _fields([
        ("Vendor (as read)", escape(f.vendor_name) or "—"),
        ("Invoice number", escape(f.invoice_number) or "—"),
        ("Dates", f"invoice {escape(f.invoice_date) or '—'} · due {escape(f.due_date) or '—'}"),
        ("Totals", f"subtotal {money(f.subtotal, f.currency)} + tax {money(f.tax, f.currency)}"
                   f" = *{money(f.total, f.currency)}*"),
        ("PO cited", f"`{escape(f.po_cited)}`" if f.po_cited else "none"),
    ])
    return blocks + _check_these(f)


def reading_text(f: CardContent) -> str:
    """The reading card's notification text."""
    return (f"Read invoice {escape(f.invoice_number) or '?'} from {escape(f.vendor_name) or 'unknown vendor'}, "
            f"{money(f.total, f.currency)}: checking the vendor, the PO and the policy")


# --------------------------------------------------------------------------- cards


def case_card(f: CardContent) -> list[dict[str, Any]]:
    """The reply in the file's thread for a case that is not (or no longer) awaiting approval."""
    if f.status == "failed_intake":
        return [_text(failed_intake_text(f.filename, f.reason)), _context(f"case `{f.case_id}`")]
    if f.proposal_status and f.status not in ("awaiting_approval", "received", "processing"):
        return decided_card(f)
    if f.status == "awaiting_approval" and f.proposal_id:
        return approval_card(f)
    blocks = _summary_blocks(f)
    if f.status == "blocked" and f.reason:
        blocks.append(_text(f"*Why it stopped:* {escape(f.reason)}"))
    if who := who_must_approve(f):
        blocks.append(_context(who))
    if f.editable:
        blocks.append(edit_button(f.case_id))
    return blocks


def approval_card(f: CardContent, *, buttons: bool = True) -> list[dict[str, Any]]:
    """The approval request: the case, who must approve, and Approve / Reject buttons."""
    blocks = _summary_blocks(f)
    approvals = [d for d in f.decisions if d.verdict == "approve"]
    if approvals and f.approvers_required > 1:
        blocks.append(_context(f"Approved so far by {', '.join(f'<@{d.approver_id}>' for d in approvals)}"
                               f" ({len(approvals)} of {f.approvers_required})"))
    if who := who_must_approve(f):
        blocks.append(_text(who))
    if f.expires_at:
        blocks.append(_context(f"Request `{f.proposal_id}` expires {f.expires_at:%Y-%m-%d %H:%M} UTC;"
                               " an expired request never posts."))
    if buttons and f.proposal_id:
        blocks.append({
            "type": "actions",
            "block_id": "decision",
            "elements": [
                {"type": "button", "action_id": APPROVE_ACTION, "style": "primary",
                 "text": {"type": "plain_text", "text": "Approve"}, "value": f.proposal_id},
                {"type": "button", "action_id": REJECT_ACTION, "style": "danger",
                 "text": {"type": "plain_text", "text": "Reject"}, "value": f.proposal_id},
            ],
        })
    if buttons and f.editable:
        blocks.append(edit_button(f.case_id))
    return blocks


def decided_card(f: CardContent) -> list[dict[str, Any]]:
    """The card once the request is decided (or expired): outcome and ERP reference, no buttons."""
    blocks = _summary_blocks(f)
    outcome = []
    for d in f.decisions:
        verb = "Approved" if d.verdict == "approve" else "Rejected"
        why = f": “{escape(d.reason)}”" if d.reason else ""
        outcome.append(f"{verb} by <@{d.approver_id}> ({escape(d.name)}){why}")
    if f.status == "posted":
        outcome.append(f"Posted to the {escape(f.erp_name)} as `{escape(f.erp_ref)}`." if f.erp_ref else "Posted.")
    elif f.status in ("failed", "expired", "blocked") and f.reason:
        outcome.append(escape(f.reason))
    blocks.append(_text("*Outcome:* " + (" · ".join(outcome) or _STATUS_LINE.get(f.status, f.status))))
    if f.editable:  # rejected, expired, failed or blocked: a corrected value makes a new request
        blocks.append(edit_button(f.case_id))
    return blocks


def outcome_text(f: CardContent) -> str:
    """The one-line thread update when a case reaches an end (also the notification text)."""
    who = ", ".join(f"<@{d.approver_id}>" for d in f.decisions) or "nobody"
    if f.status == "posted":
        return (f":white_check_mark: Invoice {escape(f.invoice_number)} approved by {who} "
                f"and posted to the {escape(f.erp_name)} as `{escape(f.erp_ref)}`.")
    if f.status == "rejected":
        return f":x: Invoice {escape(f.invoice_number)} rejected. {escape(f.reason)}"
    if f.status == "expired":
        return (f":alarm_clock: The approval request for invoice {escape(f.invoice_number)} expired; "
                f"nothing was posted. {escape(f.reason)}")
    if f.status == "failed":
        return f":boom: Invoice {escape(f.invoice_number)} was approved but posting failed: {escape(f.reason)}"
    if f.status == "blocked":
        return f":no_entry: Invoice {escape(f.invoice_number)} is blocked: {escape(f.reason)}"
    return f"Case `{f.case_id}`: {f.status}"


def summary_text(f: CardContent) -> str:
    """Notification fallback text for a card (shown in notifications and screen readers)."""
    return (f"Invoice {escape(f.invoice_number) or '?'} from {escape(f.vendor_name) or 'unknown vendor'}, "
            f"{money(f.total, f.currency)}: {f.status.replace('_', ' ')}")


def reminder_text(f: CardContent) -> str:
    people = " ".join(f"<@{uid}>" for uid, _ in f.approvers)
    until = f" before {f.expires_at:%Y-%m-%d %H:%M} UTC" if f.expires_at else ""
    return (f":bell: Reminder {people}: invoice {escape(f.invoice_number)} ({money(f.total, f.currency)}) is still"
            f" waiting for approval{until}.")


# --------------------------------------------------------------------------- short texts


def refusal_text(refusals: list[str]) -> str:
    """The ephemeral reply to a click that was not applied: every reason, in words."""
    if not refusals:
        return "Your decision was not applied."
    return ":no_entry_sign: Your decision was not applied:\n" + "\n".join(f"• {escape(r)}" for r in refusals)


def failed_intake_text(filename: str, reason: str) -> str:
    return f":page_facing_up: I couldn't read *{escape(filename)}*: {escape(reason)}."


def not_pdf_text(filename: str, filetype: str | None) -> str:
    kind = f" (a {escape(filetype)} file)" if filetype else ""
    return f":page_facing_up: *{escape(filename)}*{kind} isn't a PDF. I read invoices as PDF files only."


def duplicate_text(filename: str, case_id: str, status: str) -> str:
    return (f":repeat: *{escape(filename)}* was already received as case `{case_id}`"
            f" ({status.replace('_', ' ')}); I did not process it again.")


def reject_modal(proposal_id: str, private_metadata: str, invoice_label: str = "") -> dict[str, Any]:
    label = f" invoice {invoice_label}" if invoice_label else ""
    return {
        "type": "modal",
        "callback_id": REJECT_VIEW,
        "private_metadata": private_metadata,
        "title": {"type": "plain_text", "text": "Reject invoice"},
        "submit": {"type": "plain_text", "text": "Reject"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _context(f"Request `{proposal_id}`{escape(label)}. The reason goes to the thread and the audit log."),
            {"type": "input", "block_id": REASON_BLOCK,
             "label": {"type": "plain_text", "text": "Why reject it?"},
             "element": {"type": "plain_text_input", "action_id": REASON_INPUT, "multiline": True,
                         "min_length": 1, "max_length": 2000}},
        ],
    }


def read_refused_text() -> str:
    """The private answer to someone the policy does not map, asking outside the AP channel."""
    return (":lock: I only answer questions about invoices for people mapped in the approval policy, or in"
            " the AP channel. Ask your AP team if you need access.")


def help_text() -> str:
    return ("*countersign* — `/countersign status CASE` (a case id or invoice number) · `/countersign pending`"
            " (approval requests waiting for you) · `/countersign help`. Anything else, or a mention or DM,"
            " is a question for the agent, e.g. “why did invoice 1043 stall?”")
