"""The offline planner: a deterministic chat model used when no LLM is configured.

It speaks the same interface as a real chat model (`bind_tools`, `invoke` → AIMessage with tool
calls), so the chat graph cannot tell the difference. On a person's message it maps the supported
requests to tool calls; on tool results it phrases the answer with the templates in phrasing.py,
using only what the tools returned. Anything else gets a plain "I can't do that" with the list of what it can do.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from countersign.agent.chat.phrasing import phrase

CAPABILITIES = (
    "why an invoice stalled or where it stands (\"why did invoice <number> stall?\")",
    "what is waiting for your approval (\"what is waiting for me?\")",
    "the variance between an invoice and its PO (\"explain the variance on PO-<number>\")",
    "a purchase order (\"look up PO-<number>\")",
    "a vendor in the vendor master (\"match vendor <name>\" or \"vendor with tax id <id>\")",
    "a case's audit trail, what was read from its PDF, or its drafted bill",
    "syncing a closed-won order to the ERP (\"sync order OPP-<number>\"): I propose it, a person approves",
    "why a CRM deal has or has not been invoiced (\"why hasn't deal <id> been invoiced?\")",
)

_CASE_ID = re.compile(r"\bC-[0-9A-F]{8}\b", re.I)
_OPP = re.compile(r"\bOPP-?(\d{2,})\b", re.I)
_DEAL = re.compile(r"\b(?:deal|opportunity|opp)\s*(?:id\s*)?#?\s*((?=[\w-]*\d)[A-Za-z0-9][\w-]{0,63})", re.I)
_PO = re.compile(r"\bPO[-\s]?(\d{2,})\b", re.I)
_DOC_NUMBER = re.compile(r"\b(?!PO-)([A-Z]{1,6}(?:-[A-Z0-9]+)*-\d[\w-]*)\b", re.I)
_BARE_NUMBER = re.compile(r"\b(?:invoice|inv|bill|number|no\.?|#)\s*#?\s*(\d{2,})\b", re.I)
_TAX_ID = re.compile(r"\b(?:tax id|vat|ein)\s*(?:number|no\.?)?\s*:?\s*([A-Z]{0,2}[\d-]{6,14})\b", re.I)
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b")
_VENDOR_NAME = re.compile(
    r"(?:match vendor|find vendor|vendor (?:named|called)|who is)\s+[\"']?([^\"'?]+?)[\"']?\s*\??$", re.I)

# Requests to act (imperatives, or someone declaring a decision), as opposed to questions that
# merely mention approving ("what is waiting for me to approve?").
_ACT = r"(approve|reject|post|pay|override|bypass|skip|delete|remove|change|update|edit|mark|set|create|release)"
_ACTION_REQUEST = re.compile(
    rf"(^|[.!?;:]\s*|\b(?:please|pls|can you|could you|would you|go ahead and|just|now|you must|you should|"
    rf"i want you to|i need you to|then|and)\s+){_ACT}\b|\bI (?:hereby |now )?(?:approve|authori[sz]e|reject)\b|"
    rf"\bignore (?:all |any |the )?(?:previous|prior|above) instructions\b", re.I)


def plan(text: str, previous_case: str | None) -> list[tuple[str, dict[str, Any]]]:
    """The tool calls for a request (several when it names several orders to sync); [] when unsupported."""
    t = " ".join(text.split())
    opps = list(dict.fromkeys(f"OPP-{m.group(1)}" for m in _OPP.finditer(t)))
    if opps and re.search(r"\bsync|to the erp|invoice (?:it|this|them|the orders?)|bill the customer", t.lower()):
        return [("sync_order", {"opportunity_id": opp}) for opp in opps]
    single = _plan_one(t, previous_case)
    return [single] if single else []


def _plan_one(t: str, previous_case: str | None) -> tuple[str, dict[str, Any]] | None:  # noqa: C901 - one branch per intent, in priority order
    low = t.lower()
    case = _reference(t) or previous_case
    deal = _deal(t)
    if deal and re.search(r"\binvoic|\bbilled\b", low):
        return "deal_status", {"deal": deal}
    if re.search(r"waiting for me|pending|my approvals?|needs? my|for me to approve|my queue|my inbox", low):
        return "pending_approvals", {}
    if re.search(r"varian|differ|discrepan|mismatch|over ?bill|price", low):
        po = _PO.search(t)
        ref = f"PO-{po.group(1)}" if po else case
        return ("explain_variance", {"reference": ref}) if ref else None
    if re.search(r"audit|history|trail|who did", low) and case:
        return "audit_trail", {"case": case}
    if re.search(r"\b(read|extract|fields|confidence)", low) and case:
        return "show_extraction", {"case": case}
    if re.search(r"\bdraft|the bill\b|gl (?:account|coding)", low) and case:
        return "show_bill_draft", {"case": case}
    if re.search(r"stall|stuck|status|where is|where's|why|what happened|held up|blocked|waiting on|progress", low):
        if case:
            return "case_status", {"case": case}
    po = _PO.search(t)
    if po and re.search(r"look ?up|show|find|details|what is|what's|open", low):
        return "lookup_po", {"po_number": f"PO-{po.group(1)}"}
    if re.search(r"vendor|supplier|tax id|iban", low):
        args = {}
        if m := _TAX_ID.search(t):
            args["tax_id"] = m.group(1)
        if m := _IBAN.search(t):
            args["iban"] = m.group(1).replace(" ", "")
        if not args and (m := _VENDOR_NAME.search(t)):
            args["name"] = m.group(1).strip()
        return ("match_vendor", args) if args else None
    if po:
        return "lookup_po", {"po_number": f"PO-{po.group(1)}"}
    if case and re.search(r"invoice|case|bill", low):
        return "case_status", {"case": case}
    return None


def _deal(text: str) -> str | None:
    """A CRM deal named in the text: OPP-<n>, or the id after "deal" / "opportunity" (HubSpot and
    Pipedrive ids are numbers, Dynamics ids GUIDs)."""
    if m := _OPP.search(text):
        return f"OPP-{m.group(1)}"
    if m := _DEAL.search(text):
        return m.group(1)
    return None


def _reference(text: str) -> str | None:
    if m := _OPP.search(text):
        return f"OPP-{m.group(1)}"
    if m := _CASE_ID.search(text):
        return m.group(0).upper()
    for m in _DOC_NUMBER.finditer(text):
        token = m.group(1)
        if not token.upper().startswith("PO"):
            return token.upper()
    if m := _BARE_NUMBER.search(text):
        return m.group(1)
    return None


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
        if messages and isinstance(messages[-1], ToolMessage):
            results = []
            for message in reversed(messages):
                if not isinstance(message, ToolMessage):
                    break
                results.insert(0, message)
            return AIMessage(content="\n\n".join(render(m) for m in results))
        human = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
        text = str(human.content) if human else ""
        if _ACTION_REQUEST.search(text.strip()):
            return AIMessage(content=(
                "I can't approve, reject, post or change anything: a person decides in the approval card "
                "(Slack or `countersign approve`), and the policy checks who they are. "
                "I can tell you what a case waits on and who may approve it."))
        calls = plan(text, _previous_case(messages))
        if not calls:
            return AIMessage(content="I can't help with that. I can answer questions about:\n- "
                             + "\n- ".join(CAPABILITIES))
        return AIMessage(content="", tool_calls=[
            {"name": name, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
            for name, args in calls])


def _previous_case(messages: list[BaseMessage]) -> str | None:
    """The case the conversation was last about, so "and who can approve it?" works."""
    for message in reversed(messages[:-1]):
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                ref = call["args"].get("case") or call["args"].get("reference")
                if ref:
                    return ref
    return None


def render(message: ToolMessage) -> str:
    return phrase(message.name, message.content, failed=message.status == "error")
