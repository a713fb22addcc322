"""Questions for the chat agent: app mentions anywhere, and direct messages to the app.

The answer goes into the question's thread. The conversation id is the channel and the thread,
so follow-ups in the same thread share the agent's memory.

Who is answered: `deps.may_read` (people the policy maps, anyone in the AP channel). Anyone else
gets a short private refusal (audited) and the agent is not asked. A mapped person asking in some
other channel gets the answer privately (ephemeral), so the channel's other members see nothing.
Answers are built from outside text (PDFs, CRM fields): IBANs are masked and everything is escaped.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from countersign.app.slack import blocks as bk
from countersign.app.slack.deps import SlackDeps
from countersign.app.slack.outside_text import outside

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(\|[^>]*)?>")
SORRY = ":warning: Sorry, I couldn't answer that just now; the error is in the server log."


def register(app: App, deps: SlackDeps) -> None:
    @app.event("app_mention")
    def on_mention(event: dict, body: dict) -> None:
        if deps.claim_event(body):
            deps.io.submit(answer, deps, event)

    @app.event("message")
    def on_message(event: dict, body: dict) -> None:
        # Every other message event lands here (registered after intake's file_share listener).
        # Only plain DMs from people are questions; channel chatter and edits are ignored.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if deps.claim_event(body):
            deps.io.submit(answer, deps, event)


def question_text(text: str) -> str:
    return " ".join(_MENTION.sub(" ", text or "").split())


def answer(deps: SlackDeps, event: dict) -> None:
    channel, user = event.get("channel"), event.get("user")
    thread_ts = event.get("thread_ts") or event.get("ts")
    direct = event.get("channel_type") == "im" or str(channel or "").startswith("D")
    if not deps.may_read(user, channel):
        deps.refuse_read(user, channel, "dm" if direct else "mention")
        _reply(deps, channel, user, thread_ts, bk.read_refused_text(), private=not direct)
        return
    question = question_text(event.get("text", ""))
    if not question:
        text = "Ask me about an invoice, e.g. “why did invoice 1043 stall?” or “what is waiting for me?”"
    else:
        try:
            text = outside(deps.ask(question, user_id=user, conversation_id=f"slack:{channel}:{thread_ts}:{user}"))
        except Exception:  # noqa: BLE001 - the person gets a short answer, the log the details
            log.exception("chat agent failed")
            text = SORRY
    private = not direct and channel != deps.settings.slack_ap_channel
    _reply(deps, channel, user, thread_ts, text or "(no answer)", private=private)


def _reply(deps: SlackDeps, channel: str, user: str, thread_ts: str | None, text: str, *, private: bool) -> None:
    if private:
        deps.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text)
    else:
        deps.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, unfurl_links=False)
