"""The offline planner: a deterministic chat model used when no LLM is configured.

It speaks the same interface as a real chat model (`bind_tools`, `invoke` → AIMessage with tool
calls), so the chat graph cannot tell the difference. On a person's message it maps the supported
requests to tool calls; on tool results it phrases the answer from templates, using only what the
tools returned. Anything else gets a plain "I can't do that" with the list of what it can do.
"""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

CAPABILITIES = (
    "why an invoice stalled or where it stands (\"why did invoice <number> stall?\")",
    "what is waiting for your approval (\"what is waiting for me?\")",
    "the variance between an invoice and its PO (\"explain the variance on PO-<number>\")",
    "a purchase order (\"look up PO-<number>\")",
    "a vendor in the vendor master (\"match vendor <name>\" or \"vendor with tax id <id>\")",
    "a case's audit trail, what was read from its PDF, or its drafted bill",
    "syncing a closed-won order to the ERP (\"sync order OPP-<number>\"): I propose it, a person approves",
)

_CASE_ID = re.compile(r"\bC-[0-9A-F]{8}\b", re.I)
_OPP = re.compile(r"\bOPP-?(\d{2,})\b", re.I)
_PO = re.compile(r"\bPO[-\s]?(\d{2,})\b", re.I)
_DOC_NUMBER = re.compile(r"\b(?!PO-)([A-Z]{1,6}(?:-[A-Z0-9]+)*-\d[\w-]*)\b", re.I)
_BARE_NUMBER = re.compile(r"\b(?:invoice|inv|bill|number|no\.?|#)\s*#?\s*(\d{2,})\b", re.I)
_TAX_ID = re.compile(r"\b(?:tax id|vat|ein)\s*(?:number|no\.?)?\s*:?\s*([A-Z]{0,2}[\d-]{6,14})\b", re.I)
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b")
_VENDOR_NAME = re.compile(r"(?:match vendor|find vendor|vendor (?:named|called)|who is)\s+[\"']?([^\"'?]+?)[\"']?\s*\??$",
                          re.I)

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


def _plan_one(t: str, previous_case: str | None) -> tuple[str, dict[str, Any]] | None:
    low = t.lower()
    case = _reference(t) or previous_case
    if re.search(r"waiting for me|pending|my approvals?|needs? my|for me to approve|my queue|my inbox", low):
        return "pending_approvals", {}
    if re.search(r"varian|differ|discrepan|mismatch|over ?bill|price", low):
        po = _PO.search(t)
        ref = f"PO-{po.group(1)}" if po else case
        return ("explain_variance", {"reference": ref}) if ref else None
    if re.search(r"audit|history|trail|who did", low) and case:
        return "audit_trail", {"case": case}
    if re.search(r"\b(read|extract|fields|confidence)", low) and case:
        return "extract_invoice", {"case": case}
    if re.search(r"\bdraft|the bill\b|gl (?:account|coding)", low) and case:
        return "draft_bill", {"case": case}
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


# --------------------------------------------------------------------------- answer templates


def render(message: ToolMessage) -> str:
    if message.status == "error" or str(message.content).startswith("Error:"):
        return f"I couldn't get that: {str(message.content).removeprefix('Error:').strip()}"
    try:
        data = json.loads(message.content)
    except (TypeError, ValueError):
        return str(message.content)
    return _RENDERERS.get(message.name, _generic)(data)


def _money(amount: str | None, currency: str | None) -> str:
    if amount is None:
        return "an unknown amount"
    return f"{amount} {currency or ''}".strip()


def _when(iso: str | None) -> str:
    return iso[:16].replace("T", " ") + " UTC" if iso else "an unknown time"


def render_case_status(d: dict) -> str:
    """The plain-English answer to "why did X stall", from a stall report."""
    if d.get("kind") == "order":
        what = f"Order {d.get('invoice_number')} ({d['file']}, case {d['case_id']})"
        if d.get("vendor"):
            what += f" for {d['vendor']}"
    else:
        what = f"Invoice {d.get('invoice_number') or d['file']} (case {d['case_id']})"
        if d.get("vendor"):
            what += f" from {d['vendor']}"
    what += f", {_money(d.get('total'), d.get('currency'))}"
    status = d["status"]
    lines: list[str] = []
    if status == "posted":
        lines.append(f"{what}, did not stall: it was approved and posted as {d.get('posted_as')}.")
        if "write-back failed" in (d.get("reason") or ""):
            lines.append(d["reason"])
    elif status == "rejected":
        r = d.get("rejected_by") or {}
        lines.append(f"{what}, was rejected by {r.get('name', 'an approver')} ({r.get('id', '?')}): {r.get('reason', '')}")
    elif status == "expired":
        lines.append(f"{what}, stalled: its approval request expired — {d['reason']}. It will never post.")
    elif status == "failed_intake":
        lines.append(f"{what}, stalled at intake: the document could not be read — {d['reason']}.")
    else:
        lines.append(f"{what}, is {status.replace('_', ' ')} since {_when(d['since'])}.")
    for w in d.get("waiting_on", []):
        kind = w["kind"]
        if kind == "approval":
            who = ", ".join(f"{p['name']} ({p['id']})" for p in w["who_can_approve"]) or "nobody mapped in the policy"
            lines.append(
                f"It waits for {w['approvals_needed']} approval(s) from role {' or '.join(w['roles'])} "
                f"({w['band']} band): {who}. Requested {_when(w['requested_at'])}, {w['waiting_hours']} hours ago; "
                f"expires {_when(w['expires_at'])}; reminders sent: {w['reminders_sent']}.")
            for attempt in w.get("refused_attempts", []):
                lines.append(f"{attempt['name']} ({attempt['id']}) tried and was refused: {'; '.join(attempt['why'])}")
        elif kind == "violation":
            label = "Blocked by" if w["severity"] == "block" else "For review"
            lines.append(f"{label} {w['code']}: {w['message']}")
        elif kind == "missing_field":
            lines.append(f"Missing on the invoice: {w['field'].replace('_', ' ')}.")
        elif kind == "failed_post":
            lines.append(f"Posting failed: the {w['system']} said: {w['message']}")
        elif kind == "deferred_post":
            lines.append(f"Approved, but the {w['system']} did not answer when it was posted "
                         f"({_when(w['since'])}): {w['message']}. The post will be tried again.")
    return "\n".join(lines)


def _pending(d: dict) -> str:
    user = d["user"]
    if not user["mapped"]:
        return (f"{user['id']} is not mapped to a person in the policy, so nothing can be approved by you. "
                "Ask an administrator to add you to the policy file.")
    lines = []
    items = d["awaiting_you"]
    if items:
        lines.append(f"{user['name']}, {len(items)} approval request(s) wait for you:")
        for p in items:
            lines.append(f"- {p['proposal_id']}: invoice {p['invoice_number']} from {p['vendor']}, "
                         f"{_money(p['total'], p['currency'])}, requested {_when(p['requested_at'])}, "
                         f"expires {_when(p['expires_at'])}")
    else:
        lines.append(f"{user['name']}, nothing is waiting for your approval.")
    for p in d["you_hold_the_role_but_may_not_approve"]:
        lines.append(f"You hold the role for {p['proposal_id']} (invoice {p['invoice_number']}) but may not approve "
                     f"it: {'; '.join(p['why_not_you'])}")
    return "\n".join(lines)


def _audit(d: dict) -> str:
    lines = [f"Audit trail of case {d['case_id']}:"]
    for e in d["events"]:
        extra = ", ".join(f"{k}={v}" for k, v in e["details"].items() if v)
        lines.append(f"{e['seq']}. {_when(e['at'])} {e['actor']} {e['action']}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def _po(d: dict) -> str:
    lines = [f"{d['po_number']} ({d['status']}) from {d['vendor']}, {d['currency']}, department {d['department']}:"]
    for line in d["lines"]:
        lines.append(f"- line {line['line']} {line['description']}: ordered {line['ordered']} at {line['unit_price']}, "
                     f"received {line['received']}")
    for bill in d["bills"]:
        lines.append(f"Billed: {bill['invoice_number']} as {bill['bill_id']}, total {bill['total']}")
    return "\n".join(lines)


def _vendor(d: dict) -> str:
    if not d["matched"]:
        return "No vendor in the vendor master matches that; a new vendor would need its own approval."
    v = d["vendor"]
    return (f"Matched {v['name']} ({v['id']}) by {d['method'].replace('_', ' ')} (score {d['score']}); "
            f"tax id {v['tax_id']}, status {v['status']}, currency {v['currency']}.")


def _variance(d: dict) -> str:
    lines = [f"Invoice {d['invoice_number']} (case {d['case_id']}) against {d['po_number']}: {d['verdict']}."]
    for v in d["lines"]:
        where = f"line {v['line']}" if v["line"] is not None else f"PO line {v['order_line']}"
        if v["order_line"] is None:
            lines.append(f"- {where} {v['description']}: {v['verdict']}")
            continue
        price = ""
        if v["billed_price"] is not None and v["order_price"] is not None:
            price = (f"; unit price {v['billed_price']} vs PO {v['order_price']} "
                     f"({_signed(v['price_diff'])}, {_signed(v['price_pct'], 2)}%, tolerance {v['tolerance']})")
        lines.append(f"- {where} {v['description']}: ordered {v['ordered']}, received {v['received'] or '-'}, "
                     f"billed {v['billed'] or 0}{price} — {v['verdict'].upper() if not v['ok'] else 'ok'}")
    lines.append(f"Ordered {d['ordered_amount']}, billed {d['billed_amount']} {d['currency'] or ''}".rstrip() + ".")
    return "\n".join(lines)


def _signed(value: str | None, places: int | None = None) -> str:
    if value is None:
        return "-"
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    return f"+{number}" if number > 0 else f"{number}"


def _extracted(d: dict) -> str:
    lines = [f"Read from case {d['case_id']}:"]
    for name, f in d["fields"].items():
        lines.append(f"- {name.replace('_', ' ')}: {f['value']} (confidence {f['confidence']})")
    lines += [f"Warning: {w}" for w in d["warnings"]]
    return "\n".join(lines)


def _draft(d: dict) -> str:
    b = d["bill"]
    lines = [f"Bill {d['proposal_id']} ({d['status']}): {b['vendor_name']} invoice {b['invoice_number']}, "
             f"total {_money(b['total'], b['currency'])}, PO {b['po_number'] or 'none'}"]
    for line in b["lines"]:
        lines.append(f"- {line['description']}: {line['amount']} to account {line['account']}")
    return "\n".join(lines)


def _generic(d: Any) -> str:
    return json.dumps(d)


_RENDERERS = {
    "case_status": render_case_status, "pending_approvals": _pending, "audit_trail": _audit, "lookup_po": _po,
    "match_vendor": _vendor, "explain_variance": _variance, "extract_invoice": _extracted, "draft_bill": _draft,
    "sync_order": render_case_status,
}
