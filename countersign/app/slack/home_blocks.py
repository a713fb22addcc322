"""A person's App Home tab and their daily digest, as Block Kit built by pure functions.

`HomeContent` is gathered by `home.home_content` (store and policy); nothing here reads either.
The Approve / Reject buttons are the same actions as on the channel cards, carrying only the
proposal id, so a click from the home tab is decided by the same server-side checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from countersign.app.slack.blocks import APPROVE_ACTION, REJECT_ACTION, money
from countersign.app.slack.outside_text import escape

MAX_WAITING = 20  # Slack allows 100 blocks in a view; each waiting request takes three or four
_STATUS = {"awaiting_approval": "awaiting approval", "failed_intake": "could not be read"}


@dataclass(frozen=True)
class HomeItem:
    """One line of the home tab: a case, and the request on it where there is one."""

    case_id: str
    invoice_number: str | None
    vendor: str | None
    total: str | None
    currency: str | None
    status: str
    reason: str = ""
    proposal_id: str | None = None
    expires_at: datetime | None = None
    verdict: str | None = None  # for recent decisions
    decided_at: datetime | None = None


@dataclass(frozen=True)
class HomeContent:
    user_id: str
    name: str | None  # None: the id is not a person in the policy
    waiting: list[HomeItem]
    uploaded: list[HomeItem]
    decided: list[HomeItem]
    console_url: str | None = None


def _section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": markdown[:3000], "verbatim": True}}


def _context(markdown: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": markdown[:3000], "verbatim": True}]}


def _label(item: HomeItem, console_url: str | None) -> str:
    number = escape(item.invoice_number) or "no number"
    case = f"<{console_url.rstrip('/')}/cases/{item.case_id}|{item.case_id}>" if console_url else f"`{item.case_id}`"
    return f"*{number}* from {escape(item.vendor) or 'an unknown vendor'} — {money(item.total, item.currency)} ({case})"


def _status(item: HomeItem) -> str:
    status = _STATUS.get(item.status, item.status.replace("_", " "))
    return f"{status}: {escape(item.reason)}" if item.reason and item.status != "posted" else status


def home_view(content: HomeContent) -> dict[str, Any]:
    """The home tab: what waits for this person (with the buttons), what they uploaded and where it
    stands, and their recent decisions."""
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text", "text": "countersign"}}]
    if content.name is None:
        blocks.append(_section("You are not a person in the approval policy, so nothing can wait for your "
                               "approval. Ask your finance team to add your Slack id to the policy."))
    waiting = content.waiting[:MAX_WAITING]
    blocks.append(_section(f"*Waiting for you ({len(content.waiting)})*" if content.waiting
                           else "*Nothing is waiting for your approval.*"))
    for item in waiting:
        blocks.append(_section(_label(item, content.console_url)))
        if item.expires_at:
            blocks.append(_context(f"Request `{item.proposal_id}` expires {item.expires_at:%Y-%m-%d %H:%M} UTC"))
        blocks.append({"type": "actions", "block_id": f"home:{item.proposal_id}", "elements": [
            {"type": "button", "action_id": APPROVE_ACTION, "style": "primary",
             "text": {"type": "plain_text", "text": "Approve"}, "value": item.proposal_id},
            {"type": "button", "action_id": REJECT_ACTION, "style": "danger",
             "text": {"type": "plain_text", "text": "Reject"}, "value": item.proposal_id},
        ]})
    if len(content.waiting) > MAX_WAITING:
        blocks.append(_context(f"…and {len(content.waiting) - MAX_WAITING} more: `/countersign pending` lists them."))
    blocks.append({"type": "divider"})
    blocks.append(_section("*Your uploads*" if content.uploaded else "*You have not uploaded an invoice yet.*"))
    blocks.extend(_section(f"{_label(i, content.console_url)}\n{_status(i)}") for i in content.uploaded)
    blocks.append({"type": "divider"})
    blocks.append(_section("*Your recent decisions*" if content.decided else "*You have not decided anything yet.*"))
    blocks.extend(_section(f"{_label(i, content.console_url)}\n{i.verdict}d {i.decided_at:%Y-%m-%d %H:%M} UTC")
                  for i in content.decided)
    return {"type": "home", "blocks": blocks[:100]}


def digest_text(content: HomeContent) -> str:
    """The daily digest DM: the requests waiting for this person, oldest first."""
    lines = [f"• {_label(item, content.console_url)}"
             + (f", expires {item.expires_at:%Y-%m-%d %H:%M} UTC" if item.expires_at else "")
             for item in content.waiting[:MAX_WAITING]]
    more = len(content.waiting) - MAX_WAITING
    if more > 0:
        lines.append(f"…and {more} more: `/countersign pending` lists them.")
    return (f"Good morning. {len(content.waiting)} approval request(s) wait for you "
            "(Approve / Reject on the cards, or on the app's Home tab):\n" + "\n".join(lines))
