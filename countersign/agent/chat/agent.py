"""The chat agent: a small LangGraph loop of model → tools → model, with budgets and memory.

Memory is per person and per conversation (a Slack thread, a terminal session) through the same
durable checkpointer as the invoice workflow, under the thread id "chat:<user id>:<conversation id>":
two people in one Slack thread, or two `--as` identities at one terminal, never share context. The host
(app/chat.py) wires it: this module never sees the application's services. When the configured
model fails or a turn spends its token budget, the offline planner answers with the same tools.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Annotated, Any, Callable, Protocol, TypedDict

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode

from countersign.agent.chat.deps import Ask, ToolDeps
from countersign.agent.chat.offline_planner import OfflinePlanner
from countersign.agent.chat.tools import build_tools

log = logging.getLogger(__name__)

MAX_STEPS = 6  # model calls per turn
MAX_TOKENS = 24_000  # model tokens per turn (as reported by the model)


def system_prompt() -> str:
    return resources.files("countersign.prompts").joinpath("chat_system.md").read_text()


def make_chat_model(model: str | None, *, base_url: str | None = None, api_key: str | None = None) -> BaseChatModel:
    """An OpenAI-compatible model when one is named (OpenAI, Azure, vLLM, Ollama, LM Studio
    through `base_url`), otherwise the deterministic offline planner."""
    if not model:
        return OfflinePlanner()
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=api_key if api_key is not None else "not-needed",
        temperature=0,
        timeout=60,
        max_retries=2,
    )


class ChatState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    steps: int
    tokens: int
    fallback: str | None  # why the offline planner answered this turn (None: the model did)


def build_chat_graph(model: BaseChatModel, tools, checkpointer, *, max_steps: int = MAX_STEPS,
                     max_tokens: int = MAX_TOKENS, fallback: BaseChatModel | None = None):
    """`fallback` (the offline planner unless `model` is one) answers with the same tools when the
    model fails (down, refusing, rate-limited) or the turn has spent its token budget."""
    bound = model.bind_tools(tools)
    spare = None if isinstance(model, OfflinePlanner) else (fallback or OfflinePlanner()).bind_tools(tools)
    prompt = SystemMessage(system_prompt())

    def call_model(state: ChatState) -> ChatState:
        steps, tokens = state.get("steps", 0), state.get("tokens", 0)
        if steps >= max_steps or (tokens >= max_tokens and spare is None):
            return {"messages": [AIMessage(content=(
                "I stopped before finishing: this question needed more steps than my budget allows. "
                "Ask about one invoice, PO or vendor at a time."))]}
        if state.get("fallback"):  # the model failed earlier in this turn: the planner finishes it
            return _offline(state, steps, tokens, state["fallback"])
        if tokens >= max_tokens:
            return _offline(state, steps, tokens, f"token budget of {max_tokens} spent")
        try:
            response = bound.invoke([prompt, *state["messages"]])
        except Exception as exc:  # noqa: BLE001 - any model failure: the offline planner answers instead
            if spare is None:
                raise
            return _offline(state, steps, tokens, f"model failed: {type(exc).__name__}")
        used = (getattr(response, "usage_metadata", None) or {}).get("total_tokens", 0)
        return {"messages": [response], "steps": steps + 1, "tokens": tokens + used}

    def _offline(state: ChatState, steps: int, tokens: int, why: str) -> ChatState:
        log.warning("chat falls back to the offline planner: %s", why)
        response = spare.invoke([prompt, *state["messages"]])
        return {"messages": [response], "steps": steps + 1, "tokens": tokens, "fallback": why}

    def route(state: ChatState) -> str:
        last = state["messages"][-1]
        return "tools" if isinstance(last, AIMessage) and last.tool_calls else END

    graph = StateGraph(ChatState)
    graph.add_node("model", call_model)
    graph.add_node("tools", ToolNode(tools, handle_tool_errors=True))
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", route, ["tools", END])
    graph.add_edge("tools", "model")
    return graph.compile(checkpointer=checkpointer)


class Record(Protocol):
    """Appends one audit event (the store's `record`)."""

    def __call__(self, *, actor: str, action: str, subject: str, payload: dict[str, Any]) -> None: ...


def make_ask(model: BaseChatModel, tool_deps: Callable[[str], ToolDeps], checkpointer: Any,
             record: Record) -> Ask:
    """`ask(text, user_id=, conversation_id=) -> answer`: what Slack and the CLI call.

    The host hands in what a question needs and no more: `tool_deps(user_id)` builds the tools'
    read-only dependencies for the asker, `checkpointer` keeps each conversation's memory, and
    `record` appends the answer's audit event (the one write a question makes)."""

    def ask(text: str, *, user_id: str, conversation_id: str) -> str:
        graph = build_chat_graph(model, build_tools(tool_deps(user_id)), checkpointer)
        config = {"configurable": {"thread_id": chat_thread_id(user_id, conversation_id)},
                  "recursion_limit": 4 * MAX_STEPS,
                  "metadata": {"conversation_id": conversation_id, "user_id": user_id}, "run_name": "chat"}
        result = graph.invoke({"messages": [HumanMessage(text[:4000])], "steps": 0, "tokens": 0, "fallback": None},
                              config)
        record(actor=user_id, action="chat_answered", subject=f"chat:{conversation_id}"[:64],
               payload={"question": text[:500], "tools": _tools_called(result["messages"]),
                        **({"fallback": result["fallback"]} if result.get("fallback") else {})})
        return str(result["messages"][-1].content)

    return ask


def chat_thread_id(user_id: str, conversation_id: str) -> str:
    """The checkpointer thread of one person's conversation: the asker is part of the key."""
    return f"chat:{user_id}:{conversation_id}"


def _tools_called(messages) -> list[dict]:
    """Tool calls of the latest turn (after the last human message), for the audit log."""
    calls: list[dict] = []
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            break
        if isinstance(message, AIMessage):
            calls[:0] = [{"name": c["name"], "args": c["args"]} for c in message.tool_calls]
    return calls
