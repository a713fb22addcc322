"""Answer templates: a tool's JSON result in, plain English out, using only what the tool returned.

The offline planner phrases its answers with these, and the CLI's `status` prints a case with
`render_case_status`. Kept free of LangChain so a read-only command starts fast.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def phrase(tool: str | None, content: Any, *, failed: bool = False) -> str:
    """The answer for one tool result: `content` as the tool node returned it (JSON text, or
    "Error: …" text when the tool refused)."""
    if failed or str(content).startswith("Error:"):
        return f"I couldn't get that: {str(content).removeprefix('Error:').strip()}"
    try:
        data = json.loads(content)
    except (TypeError, ValueError):
        return str(content)
    return _RENDERERS.get(tool, _generic)(data)


def _money(amount: str | None, currency: str | None) -> str:
    if amount is None:
        return "an unknown amount"
    return f"{amount} {currency or ''}".strip()


def _when(iso: str | None) -> str:
    return iso[:16].replace("T", " ") + " UTC" if iso else "an unknown time"


def render_case_status(d: dict) -> str:
    """The plain-English answer to "why did X stall", from a stall report."""
    lines = _standing(d)
    for w in d.get("waiting_on", []):
        lines += _waiting_on(w)
    return "\n".join(lines)


def _standing(d: dict) -> list[str]:
    """What the case is and where it stands."""
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
    if status == "posted":
        return [f"{what}, did not stall: it was approved and posted as {d.get('posted_as')}."]
    if status == "rejected":
        r = d.get("rejected_by") or {}
        who = f"{r.get('name', 'an approver')} ({r.get('id', '?')})"
        return [f"{what}, was rejected by {who}: {r.get('reason', '')}"]
    if status == "expired":
        return [f"{what}, stalled: its approval request expired — {d['reason']}. It will never post."]
    if status == "failed_intake":
        return [f"{what}, stalled at intake: the document could not be read — {d['reason']}."]
    blocks = [w["code"] for w in d.get("waiting_on", []) if w["kind"] == "violation" and w["severity"] == "block"]
    if status == "awaiting_approval" and blocks:  # the approval asked for is not the bill's (a new vendor)
        return [f"{what}, is on hold since {_when(d['since'])}: blocked by {', '.join(blocks)} until that is "
                "resolved."]
    return [f"{what}, is {status.replace('_', ' ')} since {_when(d['since'])}."]


def _waiting_on(w: dict) -> list[str]:
    """One thing the case waits on (an approval, a violation, a missing field, the ERP)."""
    kind = w["kind"]
    if kind == "approval":
        who = (", ".join(f"{p['name']} ({p['id']})" for p in w["who_can_approve"])
               or "nobody the policy would accept right now")
        subject = "The new vendor" if w.get("proposal_kind") == "create_vendor" else "It"
        return [f"{subject} waits for {w['approvals_needed']} approval(s) from role {' or '.join(w['roles'])} "
                f"({w['band']} band): {who}. Requested {_when(w['requested_at'])}, {w['waiting_hours']} hours ago; "
                f"expires {_when(w['expires_at'])}; reminders sent: {w['reminders_sent']}.",
                *(f"{a['name']} ({a['id']}) tried and was refused: {'; '.join(a['why'])}"
                  for a in w.get("refused_attempts", []))]
    if kind == "violation":
        label = "Blocked by" if w["severity"] == "block" else "For review"
        return [f"{label} {w['code']}: {w['message']}"]
    if kind == "missing_field":
        return [f"Missing on the invoice: {w['field'].replace('_', ' ')}."]
    if kind == "failed_post":
        return [f"Posting failed: the {w['system']} said: {w['message']}"]
    if kind == "crm_write_back":
        values = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in w["values"].items())
        if w["state"] == "failed":
            return [f"The {w['system']} was not told ({values}): {w['attempts']} attempts failed, the last with: "
                    f"{w['message']}. Retry with `countersign write-backs --retry {w['opportunity_id']}`."]
        tried = (f"{w['attempts']} attempt(s) failed, the last with: {w['message']}; "
                 if w["attempts"] else "")
        return [f"The {w['system']} is still to be told ({values}): {tried}"
                f"queued, next try {_when(w['next_attempt_at'])}."]
    if kind == "deferred_post":
        return [f"Approved, but the {w['system']} did not answer when it was posted "
                f"({_when(w['since'])}): {w['message']}. The post will be tried again."]
    return []


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
            what = "the new vendor for invoice" if p.get("kind") == "create_vendor" else "invoice"
            lines.append(f"- {p['proposal_id']}: {what} {p['invoice_number']} from {p['vendor']}, "
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


def render_deal_status(d: dict) -> str:
    """The answer to "why hasn't this deal been invoiced", from the `deal_status` tool's facts."""
    head = f"Deal {d['deal']} ({d['name']}, {d['account']}) in the {d['crm']}, {_money(d['total'], d['currency'])}"
    case = d.get("case")
    if d["erp_invoices"]:
        made = "; ".join(f"{i['doc_number']} for {i['total']} "
                         + ("(paid)" if Decimal(i["outstanding"] or "0") == 0 else
                            f"({i['outstanding']} outstanding, due {i['due_date'] or 'no due date'})")
                         for i in d["erp_invoices"])
        crm = d["crm_says"]
        lines = [f"{head}, has been invoiced in the {d['erp']}: {made}.",
                 f"The {d['crm']} says: invoice {crm['invoice_number'] or '(none)'}, "
                 f"{crm['invoice_status'] or 'no invoice status'}, payment {crm['payment_status'] or 'not recorded'}."]
        for w in (case or {}).get("waiting_on", []):
            if w["kind"] == "crm_write_back":
                lines += _waiting_on(w)
        return "\n".join(lines)
    if not d["closed_won"]:
        return (f"{head}, has not been invoiced: it is at stage {d['stage']!r} in the {d['crm']}, not Closed Won; "
                "only won deals are invoiced.")
    if case:
        asked = f"{head}, has not been invoiced yet; a sync to the {d['erp']} was asked for."
        return asked + "\n" + render_case_status(case)
    found = d.get("readiness") or []
    blocks = [f for f in found if f["severity"] == "block"]
    lines = [f"{head}, has not been invoiced: nobody has asked to sync it to the {d['erp']} yet."]
    if blocks:
        lines.append("It is not ready; a sync would be blocked by:")
        lines += [f"- {f['code']}: {f['message']}" for f in blocks]
    else:
        lines.append(f"It is ready: ask me to \"sync order {d['deal']}\" and an approver will be asked.")
    lines += [f"For review {f['code']}: {f['message']}" for f in found if f["severity"] == "review"]
    return "\n".join(lines)


def _generic(d: Any) -> str:
    return json.dumps(d)


_RENDERERS = {
    "case_status": render_case_status, "pending_approvals": _pending, "audit_trail": _audit, "lookup_po": _po,
    "match_vendor": _vendor, "explain_variance": _variance, "show_extraction": _extracted, "show_bill_draft": _draft,
    "sync_order": render_case_status, "deal_status": render_deal_status,
}
