"""What the conversation so far says, for the offline planner: this turn's tool results, the reference a call was
made with, and the invoice the conversation was last about. Pure functions over langchain-core messages."""

from __future__ import annotations

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage


def this_turn(messages: list[BaseMessage]) -> list[ToolMessage]:
    """The tool results since the person's last message."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    return [m for m in messages[last + 1:] if isinstance(m, ToolMessage)]


def call_arg(messages: list[BaseMessage], call_id: str) -> str | None:
    """The reference a tool call was made with."""
    for message in messages:
        for call in message.tool_calls if isinstance(message, AIMessage) else ():
            if call["id"] == call_id:
                return next(iter(call["args"].values()), None)
    return None


def previous_case(messages: list[BaseMessage]) -> str | None:
    """The case the conversation was last about, so "and who can approve it?" works: the last
    reference a tool found something by, never words nothing answered to."""
    found = {m.tool_call_id for m in messages if isinstance(m, ToolMessage) and m.status != "error"}
    for message in reversed(messages[:-1]):
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                ref = call["args"].get("case") or call["args"].get("reference")
                if ref and call["id"] in found:
                    return ref
    return None
