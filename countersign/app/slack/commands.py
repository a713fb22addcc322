"""`/countersign status CASE | pending | help`; anything else is a question for the chat agent.

`status`, `pending` and `help` are a few indexed reads, so their answer is the ack itself (well
inside 3 s). A question may take the model a while: ack at once, answer via `respond` later.
Every answer is private to the asker (a slash command's reply is ephemeral). Only `help` is for
everyone; the rest is for people `deps.may_read` lets read (mapped in the policy, or in the AP
channel), and anyone else gets a short refusal, audited. Outside text in the replies is escaped.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond

from countersign.agent.approvals import waiting_for
from countersign.app.slack import blocks as bk
from countersign.app.slack.card_content import card_content
from countersign.app.slack.deps import SlackDeps
from countersign.app.slack.outside_text import escape, outside

log = logging.getLogger(__name__)
COMMAND = "/countersign"


def register(app: App, deps: SlackDeps) -> None:
    @app.command(COMMAND)
    def on_command(ack: Ack, command: dict, respond: Respond) -> None:
        text = (command.get("text") or "").strip()
        word, _, rest = text.partition(" ")
        word = word.lower()
        user, channel = command.get("user_id", ""), command.get("channel_id", "")
        if word in ("", "help"):
            ack(text=bk.help_text())
        elif not deps.may_read(user, channel):
            ack(text=bk.read_refused_text())
            deps.cases.submit(deps.refuse_read, user, channel, "command")
        elif word == "status":
            ack(**status_reply(deps, rest.strip()))
        elif word == "pending":
            ack(text=pending_text(deps, user))
        else:
            ack(text=f":thinking_face: _{escape(text)}_")
            deps.io.submit(_ask, deps, text, user, channel, respond)


def status_reply(deps: SlackDeps, ref: str) -> dict:
    if not ref:
        return {"text": "Which case? `/countersign status C-1234ABCD` or an invoice number."}
    case = deps.services.store.find_case(ref)
    if case is None:
        return {"text": f"No case or invoice matches “{escape(ref)}”."}
    content = card_content(deps.services, case.id)
    awaiting = content.status == "awaiting_approval"
    blocks = bk.approval_card(content, buttons=False) if awaiting else bk.case_card(content)
    reason = f" — {escape(case.reason)}" if case.reason else ""
    return {"text": f"Case {case.id}: {case.status}{reason}", "blocks": blocks}


def pending_text(deps: SlackDeps, user: str) -> str:
    """What waits for `user`: only requests their click would be accepted on (agent.approvals.waiting_for)."""
    services = deps.services
    if user not in services.policy.people:
        return "You are not an approver in the policy, so nothing waits for you."
    mine = []
    for proposal, case in waiting_for(services, user, services.clock()):
        total = bk.money(proposal.payload.get("total"), proposal.payload.get("currency"))
        expires = f", expires {proposal.expires_at:%Y-%m-%d %H:%M} UTC" if proposal.expires_at else ""
        mine.append(f"• `{case.id}` invoice {escape(case.invoice_number)} from {escape(case.vendor_name)}:"
                    f" {total}{expires}")
    if not mine:
        return "Nothing is waiting for your approval."
    return f"*Waiting for you ({len(mine)}):*\n" + "\n".join(mine)


def _ask(deps: SlackDeps, text: str, user: str, channel: str, respond: Respond) -> None:
    try:
        answer = outside(deps.ask(text, user_id=user, conversation_id=f"slack:command:{channel}:{user}"))
    except Exception:  # noqa: BLE001
        log.exception("chat agent failed")
        answer = ":warning: Sorry, I couldn't answer that just now."
    respond(text=answer, response_type="ephemeral", replace_original=False)
