"""Answer templates: a tool's JSON result in, a plain answer out, using only what the tool returned.

The offline planner phrases its answers with these in the asker's language (texts.py holds the
templates per language; case data goes in verbatim), and the CLI's `status` prints a case with
`render_case_status`. Kept free of LangChain so a read-only command starts fast.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from countersign.agent.chat import texts, texts_more
from countersign.agent.chat.shapes import VENDOR_NO

TEMPLATES = {**texts.T, **texts_more.T}


def tr(lang: str, key: str, **values: Any) -> str:
    """The template `key` in `lang` (English when the language or the key is missing), filled."""
    return TEMPLATES.get(lang, TEMPLATES["en"]).get(key, TEMPLATES["en"][key]).format(**values)


def quoted(lang: str, text: Any) -> str:
    """Case data quoted verbatim in the answer's language (English answers quote nothing)."""
    opening, closing = texts.QUOTES.get(lang, ("", ""))
    return f"{opening}{text}{closing}" if opening and str(text) else str(text)


# The lookups' two errors (lookups.find), worded here beside the reading that says them in the asker's words
AMBIGUOUS = "fit that description"  # the words of the error that asks which one
CUSTOMER_NAMED = "is a customer in the"  # the words of the error that says a reference named a customer, no vendor
VENDOR_NAMED = "is a vendor in the"  # and of the deal lookup's error that says its words named a vendor, no customer


def ambiguous_error(n: int, named: str) -> str:
    return f"{n} invoices {AMBIGUOUS} ({named}); say which one"


_TOKEN = re.compile(r"\s*\b[a-z_]+:[\w:*.-]+")  # a description's reference token ("rank:min:terms", "set_up:by")


def as_said(ref: str) -> str:
    """A reference as said, for an answer: its words, without the tokens a description was read into."""
    return VENDOR_NO.sub(r"#\1", _TOKEN.sub("", ref)).strip() or "that description"


def no_match_error(ref: str) -> str:
    return f"no case or invoice matches {as_said(ref)!r}"


_AMBIGUOUS = re.compile(rf"(\d+) invoices {AMBIGUOUS} \((.*)\); say which one")
_NO_MATCH = re.compile(r"no case or invoice matches (.+)")
_PARTY = re.compile(rf"(.+); (.+) ({CUSTOMER_NAMED}|{VENDOR_NAMED}) (.+)")  # which of the two, and who
# the deal and PO lookups' errors (tools.py), likewise: which system, what was said, the deals it fits
_DEALS = re.compile(r"(.+) fits (\d+) deals in the (.+?), name one: (.+)")
_NO_DEAL = re.compile(r"no deal (.+) in the (.+)")
_NO_PO = re.compile(r"no purchase order (?:found for )?(.+?)(?: in the (.+))?")


def deals_error(deal: str, system: str, named: list[str]) -> str:
    return f"{deal!r} fits {len(named)} deals in the {system}, name one: " + "; ".join(named)


def customer_error(error: str, customer: str, system: str) -> str:
    """A lookup's error, with why: the words named a customer of the CRM, no vendor (the planner then asks for its
    deal)."""
    return f"{error}; {customer} {CUSTOMER_NAMED} {system}"


def vendor_error(error: str, vendor: str, system: str) -> str:
    """The deal lookup's error, with why: the words named a vendor of ours, no customer."""
    return f"{error}; {vendor} {VENDOR_NAMED} {system}"


def no_deal_error(deal: str, system: str) -> str:
    return f"no deal {as_said(deal)!r} in the {system}"


def no_po_error(ref: str, system: str) -> str:
    return f"no purchase order {as_said(ref)!r} in the {system}"


def phrase(tool: str | None, content: Any, *, failed: bool = False, lang: str = "en") -> str:
    """The answer for one tool result: `content` as the tool node returned it (JSON text, or
    "Error: …" text when the tool refused)."""
    if failed or str(content).startswith("Error:"):
        msg = str(content).removeprefix("Error:").strip()
        if m := _AMBIGUOUS.fullmatch(msg):  # the lookups' two errors, in the asker's words
            return tr(lang, "ambiguous", n=m.group(1), named=m.group(2))
        if m := _PARTY.fullmatch(msg):
            said = phrase(tool, f"Error: {m.group(1)}", failed=True, lang=lang).rstrip(".")
            key = "customer_named" if m.group(3) == CUSTOMER_NAMED else "vendor_named"
            return f"{said}. {tr(lang, key, party=m.group(2), system=m.group(4))}"
        if m := _NO_MATCH.fullmatch(msg):
            return tr(lang, "no_match", ref=m.group(1))
        if m := _DEALS.fullmatch(msg):
            return tr(lang, "deals_ambiguous", ref=m.group(1), n=m.group(2), system=m.group(3), named=m.group(4))
        if m := _NO_DEAL.fullmatch(msg):
            return tr(lang, "no_deal", ref=m.group(1), system=m.group(2))
        if m := _NO_PO.fullmatch(msg):
            return tr(lang, "no_po", ref=m.group(1))
        return tr(lang, "couldnt", msg=quoted(lang, msg))
    try:
        data = json.loads(content)
    except (TypeError, ValueError):
        return str(content)
    return _RENDERERS.get(tool, _generic)(data, lang)


def _money(amount: str | None, currency: str | None, lang: str = "en") -> str:
    if amount is None:
        return tr(lang, "unknown_amount")
    return f"{amount} {currency or ''}".strip()


def _when(iso: str | None, lang: str = "en") -> str:
    return iso[:16].replace("T", " ") + " UTC" if iso else tr(lang, "unknown_time")


def render_case_status(d: dict, lang: str = "en") -> str:
    """The answer to "why did X stall", from a stall report; first, when the number asked for is not the invoice's
    own ("GX-2025-118" for GX-2026-118), that it was not found as typed."""
    lines = _standing(d, lang)
    if d.get("typed_number"):
        lines.insert(0, tr(lang, "typed_number", typed=d["typed_number"], num=d.get("invoice_number")))
    for w in d.get("waiting_on", []):
        lines += _waiting_on(w, lang)
    return "\n".join(lines)


def _standing(d: dict, lang: str) -> list[str]:
    """What the case is and where it stands."""
    if d.get("kind") == "order":
        what = tr(lang, "order", num=d.get("invoice_number"), file=d["file"], case=d["case_id"])
        if d.get("vendor"):
            what += tr(lang, "for", vendor=d["vendor"])
    else:
        what = tr(lang, "invoice", num=d.get("invoice_number") or d["file"], case=d["case_id"])
        if d.get("vendor"):
            what += tr(lang, "from", vendor=d["vendor"])
    what += f", {_money(d.get('total'), d.get('currency'), lang)}"
    status = d["status"]
    if status == "posted":
        lines = [tr(lang, "posted", what=what, ref=d.get("posted_as"))]
        if approvals := d.get("approvals"):  # "who approved INV-1043?", "when was it posted?"
            who = ", ".join(f"{a['name']} ({a['id']}, {_when(a['at'])})" for a in approvals)
            lines.append(tr(lang, "approved_by", who=who, at=_when(d.get("posted_at"), lang)))
        return lines
    if status == "rejected":
        r = d.get("rejected_by") or {}
        who = f"{r.get('name', 'an approver')} ({r.get('id', '?')})"
        return [tr(lang, "rejected", what=what, who=who, reason=quoted(lang, r.get("reason", "")))]
    if status == "expired":
        return [tr(lang, "expired", what=what, reason=quoted(lang, d["reason"]))]
    if status == "failed_intake":
        return [tr(lang, "failed_intake", what=what, reason=quoted(lang, d["reason"]))]
    blocks = [w["code"] for w in d.get("waiting_on", []) if w["kind"] == "violation" and w["severity"] == "block"]
    if status == "awaiting_approval" and blocks:  # the approval asked for is not the bill's (a new vendor)
        return [tr(lang, "on_hold", what=what, since=_when(d["since"], lang), codes=", ".join(blocks))]
    shown = status.replace("_", " ") if lang == "en" else texts.STATUS.get(lang, {}).get(status, status)
    return [tr(lang, "state", what=what, status=shown, since=_when(d["since"], lang))]


def _waiting_on(w: dict, lang: str = "en") -> list[str]:  # noqa: C901 - one branch per kind of wait
    """One thing the case waits on (an approval, a violation, a missing field, the ERP)."""
    kind = w["kind"]
    if kind == "approval":
        who = ", ".join(f"{p['name']} ({p['id']})" for p in w["who_can_approve"]) or tr(lang, "nobody")
        subject = tr(lang, "subject_vendor" if w.get("proposal_kind") == "create_vendor" else "subject_it")
        return [tr(lang, "approval", subject=subject, n=w["approvals_needed"], roles=tr(lang, "or").join(w["roles"]),
                   band=w["band"], who=who, req=_when(w["requested_at"], lang), hours=w["waiting_hours"],
                   exp=_when(w["expires_at"], lang), rem=w["reminders_sent"]),
                *(tr(lang, "refused_attempt", who=f"{a['name']} ({a['id']})", why=quoted(lang, "; ".join(a["why"])))
                  for a in w.get("refused_attempts", []))]
    if kind == "violation":
        key = "blocked_by" if w["severity"] == "block" else "for_review"
        return [tr(lang, key, code=w["code"], msg=quoted(lang, w["message"]))]
    if kind == "missing_field":
        return [tr(lang, "missing", field=w["field"].replace("_", " "))]
    if kind == "failed_post":
        return [tr(lang, "failed_post", system=w["system"], msg=quoted(lang, w["message"]))]
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
        return [tr(lang, "deferred", system=w["system"], since=_when(w["since"], lang), msg=quoted(lang, w["message"]))]
    return []


def _pending(d: dict, lang: str) -> str:
    user = d["user"]
    if not user["mapped"]:
        return tr(lang, "unmapped", id=user["id"])
    lines = []
    items = d["awaiting_you"]
    other = "" if user.get("asker", True) else "_other"  # "what is waiting on Priya?": her queue, said of her
    if items:
        lines.append(tr(lang, f"pending_head{other}", name=user["name"], n=len(items)))
        for p in items:
            what = tr(lang, "pending_vendor" if p.get("kind") == "create_vendor" else "pending_invoice")
            lines.append(tr(lang, "pending_item", pid=p["proposal_id"], what=what, num=p["invoice_number"],
                            vendor=p["vendor"], money=_money(p["total"], p["currency"], lang),
                            req=_when(p["requested_at"], lang), exp=_when(p["expires_at"], lang)))
    else:
        lines.append(tr(lang, f"pending_none{other}", name=user["name"]))
    for p in d["you_hold_the_role_but_may_not_approve"]:
        lines.append(tr(lang, f"pending_refused{other}", pid=p["proposal_id"], num=p["invoice_number"],
                        name=user["name"], why=quoted(lang, "; ".join(p["why_not_you"]))))
    return "\n".join(lines)


def _audit(d: dict, lang: str) -> str:
    lines = [tr(lang, "audit_head", case=d["case_id"])]
    for e in d["events"]:
        extra = ", ".join(f"{k}={v}" for k, v in e["details"].items() if v)
        lines.append(f"{e['seq']}. {_when(e['at'])} {e['actor']} {e['action']}"
                     + (f" ({quoted(lang, extra)})" if extra else ""))
    return "\n".join(lines)


def _po(d: dict, lang: str) -> str:
    lines = [tr(lang, "po_head", po=d["po_number"], status=d["status"], vendor=d["vendor"], currency=d["currency"],
                dept=d["department"])]
    for line in d["lines"]:
        lines.append(tr(lang, "po_line", line=line["line"], desc=line["description"], ordered=line["ordered"],
                        price=line["unit_price"], received=line["received"]))
    for bill in d["bills"]:
        lines.append(tr(lang, "po_billed", num=bill["invoice_number"], bill=bill["bill_id"], total=bill["total"]))
    return "\n".join(lines)


def _vendor(d: dict, lang: str) -> str:
    if not d["matched"]:
        return tr(lang, "vendor_none")
    v = d["vendor"]
    how = tr(lang, f"vendor_by_{d['method']}", score=d["score"])
    iban = f"****{v['iban'][-4:]}" if v.get("iban") else "—"  # the last digits, enough to tell accounts apart
    return tr(lang, "vendor_hit", name=v["name"], id=v["id"], how=how, tax=v["tax_id"], iban=iban,
              status=v["status"], currency=v["currency"])


def _variance(d: dict, lang: str) -> str:
    lines = [tr(lang, "var_head", num=d["invoice_number"], case=d["case_id"], po=d["po_number"],
                verdict=quoted(lang, d["verdict"]))]
    for v in d["lines"]:
        where = (f"{tr(lang, 'line')} {v['line']}" if v["line"] is not None
                 else f"{tr(lang, 'po_line_ref')} {v['order_line']}")
        if v["order_line"] is None:
            lines.append(f"- {where} {v['description']}: {v['verdict']}")
            continue
        price = ""
        if v["billed_price"] is not None and v["order_price"] is not None:
            price = tr(lang, "var_price", billed=v["billed_price"], ordered=v["order_price"],
                       diff=_signed(v["price_diff"]), pct=_signed(v["price_pct"], 2), tol=quoted(lang, v["tolerance"]))
        lines.append(tr(lang, "var_line", where=where, desc=v["description"], ordered=v["ordered"],
                        received=v["received"] or "-", billed=v["billed"] or 0, price=price,
                        verdict=v["verdict"].upper() if not v["ok"] else "ok"))
    lines.append(tr(lang, "var_total", ordered=d["ordered_amount"],
                    billed=f"{d['billed_amount']} {d['currency'] or ''}".rstrip()))
    return "\n".join(lines)


def _signed(value: str | None, places: int | None = None) -> str:
    if value is None:
        return "-"
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    return f"+{number}" if number > 0 else f"{number}"


def _extracted(d: dict, lang: str) -> str:
    lines = [tr(lang, "read_head", case=d["case_id"])]
    for name, f in d["fields"].items():
        lines.append(f"- {name.replace('_', ' ')}: {f['value']} (confidence {f['confidence']})")
    lines += [tr(lang, "warning", msg=quoted(lang, w)) for w in d["warnings"]]
    return "\n".join(lines)


def _draft(d: dict, lang: str) -> str:
    b = d["bill"]
    lines = [tr(lang, "draft_head", pid=d["proposal_id"], status=d["status"], vendor=b["vendor_name"],
                num=b["invoice_number"], money=_money(b["total"], b["currency"], lang),
                po=b["po_number"] or ("none" if lang == "en" else "-"))]
    for line in b["lines"]:
        lines.append(tr(lang, "draft_line", desc=line["description"], amount=line["amount"], account=line["account"]))
    return "\n".join(lines)


def _list(d: dict, lang: str) -> str:
    """A list question's invoices, one line each, with what blocks them and when they are due."""
    said = [tr(lang, "list_no_vendor", vendor=d["unknown_vendor"])] if d.get("unknown_vendor") else []
    if not d["invoices"]:
        return "\n".join([*said, tr(lang, "list_none")])
    lines = [*said, tr(lang, "list_head", n=d["count"])]
    for i in d["invoices"]:
        status = (i["status"].replace("_", " ") if lang == "en"
                  else texts.STATUS.get(lang, {}).get(i["status"], i["status"]))
        line = tr(lang, "list_item", num=i["invoice_number"] or i["case_id"], vendor=i["vendor"],
                  money=_money(i["total"], i["currency"], lang), status=status)
        if i["blocked_by"]:
            line += tr(lang, "list_blocked", codes=", ".join(i["blocked_by"]))
        if i["due_date"]:
            line += tr(lang, "list_due", due=i["due_date"])
        lines.append(line)
    if d["count"] > 1 and (totals := d.get("totals")):
        lines.append(tr(lang, "list_total", money="; ".join(_money(v, k, lang) for k, v in totals.items())))
    return "\n".join(lines)


def render_deal_status(d: dict, lang: str = "en") -> str:
    """The answer to "why hasn't this deal been invoiced", from the `deal_status` tool's facts."""
    head = tr(lang, "deal_head", deal=d["deal"], name=d["name"], account=d["account"], crm=d["crm"],
              money=_money(d["total"], d["currency"], lang))
    case = d.get("case")
    if d["erp_invoices"]:
        made = "; ".join(tr(lang, "deal_made", doc=i["doc_number"], total=i["total"], state=(
            tr(lang, "deal_paid") if Decimal(i["outstanding"] or "0") == 0 else
            tr(lang, "deal_outstanding", amount=i["outstanding"], due=i["due_date"] or "-")))
            for i in d["erp_invoices"])
        crm = d["crm_says"]
        lines = [tr(lang, "deal_invoiced", head=head, erp=d["erp"], made=made),
                 tr(lang, "deal_crm_says", crm=d["crm"], num=crm["invoice_number"] or "(none)",
                    status=crm["invoice_status"] or "no invoice status",
                    payment=crm["payment_status"] or "not recorded")]
        for w in (case or {}).get("waiting_on", []):
            if w["kind"] == "crm_write_back":
                lines += _waiting_on(w, lang)
        return "\n".join(lines)
    if not d["closed_won"]:
        return tr(lang, "deal_not_won", head=head, stage=repr(d["stage"]), crm=d["crm"])
    if case:
        return tr(lang, "deal_asked", head=head, erp=d["erp"]) + "\n" + render_case_status(case, lang)
    found = d.get("readiness") or []
    blocks = [f for f in found if f["severity"] == "block"]
    lines = [tr(lang, "deal_nobody", head=head, erp=d["erp"])]
    if blocks:
        lines.append(tr(lang, "deal_blocked"))
        lines += [f"- {f['code']}: {quoted(lang, f['message'])}" for f in blocks]
    else:
        lines.append(tr(lang, "deal_ready", deal=d["deal"]))
    lines += [tr(lang, "for_review", code=f["code"], msg=quoted(lang, f["message"]))
              for f in found if f["severity"] == "review"]
    return "\n".join(lines)


def _generic(d: Any, lang: str = "en") -> str:
    return json.dumps(d)


_RENDERERS = {
    "case_status": render_case_status, "pending_approvals": _pending, "list_invoices": _list, "audit_trail": _audit,
    "lookup_po": _po, "match_vendor": _vendor, "explain_variance": _variance, "show_extraction": _extracted,
    "show_bill_draft": _draft, "sync_order": render_case_status, "deal_status": render_deal_status,
}
