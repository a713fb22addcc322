"""The offline planner: a deterministic chat model used when no LLM is configured.

It speaks the same interface as a real chat model (`bind_tools`, `invoke` → AIMessage with tool calls), so the chat
graph cannot tell the difference. On a person's message it asks for the tool calls planner.py reads in it; on tool
results it phrases the answer with phrasing.py's templates, from what the tools returned only, or asks again once when
the words named nothing. Anything else gets a plain "I can't do that" with what it can do, in the asker's language."""

from __future__ import annotations

import uuid

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from countersign.agent.chat.clauses import asked_alone
from countersign.agent.chat.deals import deal_named, deal_reference
from countersign.agent.chat.history import call_arg, previous_case, this_turn
from countersign.agent.chat.phrasing import AMBIGUOUS, CUSTOMER_NAMED, phrase, tr
from countersign.agent.chat.planner import Call, model_refuses, named_in, plan, wants_action
from countersign.agent.chat.surface import plain
from countersign.agent.chat.understand import MAX_WORDS, detect_language, read, references, unquoted


class OfflinePlanner(BaseChatModel):
    """Deterministic stand-in for an LLM; the demo and the README use it by default."""

    @property
    def _llm_type(self) -> str:
        return "countersign-offline-planner"

    def bind_tools(self, tools, **kwargs):  # the planner knows its tools by name
        return self

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._respond(messages))])

    def _respond(self, messages: list[BaseMessage]) -> AIMessage:
        human = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
        text = plain(str(human.content)) if human else ""
        lang = detect_language(text)
        if messages and isinstance(messages[-1], ToolMessage):
            turn = this_turn(messages)
            if len(turn) == 1 and (turn[0].status == "error" or '"matched": false' in str(turn[0].content)) and (
                    retry := _retry(turn[0], messages, text)):
                return _calls([retry])
            if [m.name for m in turn] == ["case_status", "deal_status"] and all(m.status == "error" for m in turn) and (
                    AMBIGUOUS not in str(turn[0].content)) and (
                    again := previous_case(messages) or _asked_again(turn[0], messages, text)):
                return _calls([again if isinstance(again, tuple) else ("case_status", {"case": again})])  # neither
                # an invoice nor a deal: the conversation's invoice, or the one the ask names by its own words
            results = []
            for message in reversed(messages):
                if not isinstance(message, ToolMessage):
                    break
                results.insert(0, message)
            if len(turn) == 2 and turn[0].name == "case_status" and turn[1].status == "error":
                results = turn  # neither an invoice nor a deal by that name: both say why
            return AIMessage(content="\n\n".join(render(m, lang) for m in results))
        if wants_action(text) or model_refuses(text):
            return AIMessage(content=tr(lang, "refuse"))
        calls = plan(text, previous_case(messages))
        if not calls and _about_one_invoice(text):  # "who can approve it?" with nothing said before: ask which
            return AIMessage(content=tr(lang, "which_invoice"))
        if not calls:
            return AIMessage(content=tr(lang, "cant_help") + "\n" + tr(lang, "capabilities"))
        return _calls(calls)


def _about_one_invoice(text: str) -> bool:
    """A question about one invoice that names none: who may approve it, where it stands, why it differs."""
    q = read(unquoted(" ".join(text.split())))
    return bool(q.has("who") and q.has("approve_word") or q.has("status") or q.has("variance")) and not q.has("list")


def _calls(calls: list[Call]) -> AIMessage:  # no argument past what a tool takes: its schema's error would be shown
    return AIMessage(content="", tool_calls=[
        {"name": name, "args": {k: v[:MAX_WORDS].strip() if isinstance(v, str) else v for k, v in args.items()},
         "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"} for name, args in calls])


_ASKED_AGAIN = ("match_vendor", "lookup_po", "explain_variance", "case_status")  # asked again by the ask's words


def _retry(failed: ToolMessage, messages: list[BaseMessage], text: str) -> Call | None:
    """After words no invoice answered to: the conversation's invoice when they named nothing
    ("can anyone else approve this one?"), else a customer's deal by that name; after words no deal
    answered to, in a message that speaks of an invoice, the invoice by them. A number said that names
    nothing is answered as such ("no invoice INV-99"), never with the conversation's invoice."""
    t = " ".join(text.split())
    said = references(t)
    words = said.words
    if failed.name in ("case_status", "audit_trail") and not said.case and not named_in(t, words) and (
            previous := previous_case(messages)) and previous != call_arg(messages, failed.tool_call_id):
        return failed.name, {"case": previous}
    if failed.name == "case_status" and AMBIGUOUS not in str(failed.content) and (deal := deal_named(text)):
        return "deal_status", {"deal": deal}  # (a description several invoices fit asks which, no deal)
    if failed.name in ("case_status", "lookup_po") and CUSTOMER_NAMED in str(failed.content) and (
            deal := deal_reference(t, said)):
        return "deal_status", {"deal": deal}  # "the blue harbor renewal from early october": a customer's, by its date
    if failed.name == "deal_status" and read(t).has("invoice_noun") and (ref := said.case or words):
        return "case_status", {"case": ref}  # "la facture Acme, c'est une affaire urgente": no deal, an invoice
    return _asked_again(failed, messages, t) if failed.name in _ASKED_AGAIN else None


def _asked_again(failed: ToolMessage, messages: list[BaseMessage], text: str) -> Call | None:
    """The same tool asked by the ask's own words (clauses.asked_alone), when the whole message's matched nothing:
    a situation told before it ("a courier's waiting, so quickly: ...") or a remark run into it ("eating cherries
    at my desk ... has the invoice for the drills been paid") lent its words."""
    if (part := asked_alone(" ".join(text.split()))) and (again := plan(part, None)) and again[0][
            0] == failed.name and next(iter(again[0][1].values()), None) != call_arg(messages, failed.tool_call_id):
        return again[0]
    return None


def render(message: ToolMessage, lang: str = "en") -> str:
    return phrase(message.name, message.content, failed=message.status == "error", lang=lang)
