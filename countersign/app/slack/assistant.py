"""The chat agent in Slack's assistant pane (Bolt's `Assistant`), with suggested prompts.

A question in the pane is a DM in a thread: it is answered by `ask.answer`, the same path as any
DM (who may read, escaping, the conversation kept per thread), so the pane adds a way in, not a
second agent. Registered before the `message` listener: Bolt's Assistant middleware takes the
messages of assistant threads and passes every other event on.
"""

from __future__ import annotations

from slack_bolt import App, Assistant

from countersign.app.slack.ask import answer
from countersign.app.slack.deps import SlackDeps

GREETING = "Hi! I read AP invoices and know where each one stands. Ask me about an invoice, a PO or a deal."
SUGGESTED_PROMPTS = (
    {"title": "What is waiting for me?", "message": "What is waiting for my approval?"},
    {"title": "Why is an invoice stuck?", "message": "Why did invoice INV-1043 stall?"},
    {"title": "Explain a variance", "message": "Explain the variance on PO-2002"},
    {"title": "Has a deal been invoiced?", "message": "Why hasn't deal OPP-3001 been invoiced?"},
)


def register(app: App, deps: SlackDeps) -> None:
    assistant = Assistant()

    @assistant.thread_started
    def on_thread_started(say, set_suggested_prompts) -> None:
        say(GREETING)
        set_suggested_prompts(prompts=list(SUGGESTED_PROMPTS), title="Try one of these")

    @assistant.user_message
    def on_question(body: dict, event: dict, set_status) -> None:
        if not deps.claim_event(body):  # a retried delivery, or another process has it
            return
        set_status("is looking it up…")
        deps.io.submit(answer, deps, {**event, "channel_type": "im"})

    app.use(assistant)
