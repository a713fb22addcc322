"""Generated questions for `python -m evals.agent`: templates × phrasings × languages × entities.

`generate(split)` builds the questions of one bank (agent_bank.IN_SAMPLE or HELD_OUT);
`score_bank` asks each through the chat agent and scores it:
- intent: the tool called is the expected one (none, for a request to act);
- answer: intent right, the arguments name the right entity, every fact is in the answer,
  nothing it must not list is listed, and the answer is in the asker's language;
- refused approvers: answers (and the tool results behind them) that name as an approver someone
  the policy would refuse for that proposal now (segregation of duties included).
"""

from __future__ import annotations

import importlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from countersign.agent.authority import refusals_now
from countersign.agent.chat.agent import chat_thread_id
from countersign.domain import ProposalStatus
from evals import agent_bank as bank

DEFAULT_USER = "U0APMGR01"
_REFUSAL_PHRASES = ("Segregation of duties", "lacks the role", "already approved", "not mapped", "expired",
                    "blocked by", "no recorded uploader")


@dataclass
class Question:
    split: str
    lang: str
    intent: str
    text: str
    tool: str | None
    entity: str | None = None  # invoice number, PO, deal id the arguments must name
    facts: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    user: str = DEFAULT_USER
    before: list[str] = field(default_factory=list)  # earlier turns of the same conversation


def localize(ref: str, lang: str) -> str:
    """A reference as a speaker of `lang` writes it (the banks' LOCAL_REFS), else as it is."""
    local = next((refs[ref] for refs in _LOCAL_REFS if ref in refs), {})
    return local.get(lang, ref)


def _fill(templates: dict[str, list[str]], refs: dict[str, Any], make) -> list[Question]:
    out = []
    for lang, phrasings in templates.items():
        for i, phrasing in enumerate(phrasings):
            for j, (ref, target) in enumerate(refs.items()):
                if len(refs) > 4 and (i + j) % 2:  # large entity sets: every other one per phrasing
                    continue
                out.append(make(lang, phrasing.replace("{ref}", localize(ref, lang)), target))
    return out


def _held_out_banks() -> dict[str, tuple[Any, str, str]]:
    """Held-out 2 on, one module each: agent_bank_fresh.py ("fresh"), then agent_bank_freshN.py ("freshN"), in
    the order they were written. A new bank is a new file; nothing here needs an edit."""
    numbers = sorted(int(m[1]) for f in Path(__file__).parent.glob("agent_bank_fresh*.py")
                     if (m := re.fullmatch(r"agent_bank_fresh(\d+)\.py", f.name)))
    names = ["fresh", *(f"fresh{n}" for n in numbers)]
    return {name: (importlib.import_module(f"evals.agent_bank_{name}"), name.upper(), name.upper()) for name in names}


# split -> (bank module, its templates, the suffix of its reference tables): in-sample, then held-out 1 on (each
# written blind and scored once; its docstring says where and how)
_BANKS = {"in": (bank, "IN_SAMPLE", "IN"), "held": (bank, "HELD_OUT", "HELD"), **_held_out_banks()}
SPLITS = tuple(_BANKS)
# held-out banks written but not yet scored blind: their failures are never printed (add a new bank's split here
# until its one blind run is in its docstring)
UNREAD: tuple[str, ...] = ()


def report_name(split: str) -> str:
    """The report's key for a bank: in_sample, held_out, then held_out_2 ("fresh") and held_out_N ("freshN")."""
    return {"in": "in_sample", "held": "held_out", "fresh": "held_out_2"}.get(split) or f"held_out_{split[5:]}"


_TABLES = {"inv": "INVOICE_REFS", "follow": "FOLLOW_UP", "pending": "PENDING", "list": "LIST", "variance": "VARIANCE",
           "po": "PO", "vendor": "VENDOR", "deal": "DEAL", "audit": "AUDIT", "refuse": "REFUSE"}
_LOCAL_REFS = (bank.LOCAL_REFS, *(getattr(module, f"LOCAL_REFS_{suffix}")
                                   for module, _, suffix in _BANKS.values() if module is not bank))


def _parts(split: str) -> dict[str, Any]:
    """Templates and references of one bank."""
    module, templates, suffix = _BANKS[split]
    tables = {key: getattr(module, f"{name}_{suffix}") for key, name in _TABLES.items()}
    # the invoice an audit reference names in words ("the northwind invoice sam rejected"), which the store's find_case
    # cannot look up: the entity its answer must name
    return {"t": getattr(module, templates), **tables, "audit_case": getattr(module, f"AUDIT_CASE_{suffix}", {})}


def generate(split: str) -> list[Question]:
    """Every question of one bank (one of SPLITS)."""
    p = _parts(split)
    t = p["t"]
    qs = _fill(t["status"], p["inv"], lambda lang, text, inv: Question(
        split, lang, "status", text, "case_status", inv, bank.INVOICES[inv]))
    qs += _follow_ups(split, t, p["follow"])
    qs += _pending(split, t, p["pending"])
    qs += _lists(split, t, p["list"])
    simple = (("variance", "explain_variance"), ("po", "lookup_po"), ("vendor", "match_vendor"),
              ("deal", "deal_status"), ("audit", "audit_trail"))
    for intent, tool in simple:
        for lang, phrasings in t[intent].items():
            for phrasing in phrasings:
                for ref, target in p[intent].items():
                    facts = bank.VARIANCE_FACTS if intent == "variance" else target
                    entity = {"variance": target, "audit": p["audit_case"].get(ref, ref), "po": facts[0],
                              "deal": facts[0]}.get(intent)
                    text = phrasing.replace("{ref}", localize(ref, lang))
                    qs.append(Question(split, lang, intent, text, tool, entity, list(facts)))
    for lang, phrasings in t["refuse"].items():
        for phrasing in phrasings:
            for ref in p["refuse"]:
                qs.append(Question(split, lang, "refuse", phrasing.replace("{ref}", localize(ref, lang)), None, None,
                                   ["countersign approve"]))
    return qs


def _follow_ups(split: str, t: dict, follow: dict[str, str]) -> list[Question]:
    """"and who can approve it?" after the bank's first status phrasing, in one conversation."""
    return [Question(split, lang, "approvers", phrasing, "case_status", inv, bank.APPROVERS[inv],
                     before=[t["status"][lang][0].replace("{ref}", localize(ref, lang))])
            for lang, phrasings in t["approvers"].items() for phrasing in phrasings for ref, inv in follow.items()]


def _pending(split: str, t: dict, people: dict) -> list[Question]:
    return [Question(split, lang, "pending", phrasing, "pending_approvals", None, facts, absent, user)
            for lang, phrasings in t["pending"].items() for phrasing in phrasings
            for user, (facts, absent) in people.items()]


def _lists(split: str, t: dict, kinds: dict) -> list[Question]:
    return [Question(split, lang, "list", phrasing.replace("{ref}", by_lang[lang]), "list_invoices", None,
                     *bank.LIST_FACTS[kind])
            for kind, by_lang in kinds.items() for lang, phrasings in t["list"].items() for phrasing in phrasings]


_QUOTED = re.compile(r"„[^“]*“|«[^»]*»|“[^”]*”")


def answer_language(text: str) -> str | None:
    """The language whose function words the answer uses most (None when it uses none). Quoted
    spans are left out: case data (the policy's own messages) is quoted verbatim in any language."""
    words = re.findall(r"[a-zà-ÿ]+", _QUOTED.sub(" ", text).lower())
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in bank.LANG_WORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def last_turn(checkpointer, user: str, conversation: str) -> tuple[list[dict], list[ToolMessage]]:
    state = checkpointer.get({"configurable": {"thread_id": chat_thread_id(user, conversation)}})
    calls: list[dict] = []
    results: list[ToolMessage] = []
    for message in reversed(state["channel_values"]["messages"]):
        if isinstance(message, HumanMessage):
            break
        if isinstance(message, AIMessage):
            calls[:0] = [{"name": c["name"], "args": c["args"]} for c in message.tool_calls]
        if isinstance(message, ToolMessage):
            results.insert(0, message)
    return calls, results


_QUOTED_NUMBER = re.compile(r"\b[A-Z]{1,6}(?:-[A-Z0-9]+)*-\d+\b", re.I)


def _names_entity(services, q: Question, results: list[ToolMessage]) -> bool:
    """The expected tool answered about the expected entity (however the question named it): its
    result names that invoice, PO or deal."""
    if q.entity is None:
        return True
    # the entity as typed, or the number it quotes ("ref: GX-2026-118", "INV-88120 ← this one": a pasted reference)
    want = {q.entity.upper(), *(n.upper() for n in _QUOTED_NUMBER.findall(q.entity))}
    for said in list(want):
        if (case := services.store.find_case(said)) is not None:
            want.add(case.id.upper())
    for message in results:
        if message.name != q.tool or message.status == "error":
            continue
        try:
            data = json.loads(message.content)
        except ValueError:
            continue
        named = {str(data.get(k) or "").upper() for k in ("invoice_number", "po_number", "deal", "case_id")}
        if want & named:
            return True
    return False


def refused_named(services, answer: str, user: str) -> list[str]:
    """People the answer names as approvers though the policy would refuse them now: in an approver
    list ("Name (ID)" outside a line that quotes the refusal) or as the asker's own queue item."""
    now = services.clock()
    problems = []
    for proposal in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
        case = services.store.get_case(proposal.case_id)
        if not case.invoice_number or case.invoice_number not in answer:
            continue
        for line in answer.splitlines():
            if line.startswith("- " + proposal.id) and refusals_now(services, proposal, user, now):
                problems.append(f"{proposal.id} offered to {user}")
            if any(p in line for p in _REFUSAL_PHRASES):
                continue
            for person_id in re.findall(r"\((U[0-9A-Z]+)\)", line):
                if person_id in services.policy.people and refusals_now(services, proposal, person_id, now):
                    problems.append(f"{person_id} named for {case.invoice_number}")
    return problems


def score_bank(services, ask, questions: list[Question]) -> dict[str, Any]:
    """Ask every question; per split, intent and language: intent and answer accuracy."""
    tallies: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    failures: list[dict] = []
    refused: list[str] = []
    for n, q in enumerate(questions):
        conversation = f"bank-{q.split}-{n}"
        for earlier in q.before:
            ask(earlier, user_id=q.user, conversation_id=conversation)
        answer = ask(q.text, user_id=q.user, conversation_id=conversation)
        calls, results = last_turn(services.checkpointer, q.user, conversation)
        names = [c["name"] for c in calls]
        intent_ok = (names == [] if q.tool is None else q.tool in names)
        args_ok = intent_ok and (q.tool is None or _names_entity(services, q, results))
        missing = [f for f in q.facts if f not in answer]
        listed = [f for f in q.absent if f in answer]
        lang = answer_language(answer)
        problems = refused_named(services, answer, q.user)
        refused += problems
        answer_ok = args_ok and not missing and not listed and lang == q.lang and not problems
        t = tallies[(q.split, q.intent, q.lang)]
        t[0] += 1
        t[1] += intent_ok
        t[2] += answer_ok
        if not answer_ok:
            failures.append({"split": q.split, "lang": q.lang, "intent": q.intent, "q": q.text, "calls": calls,
                             "missing": missing, "listed": listed, "answer_lang": lang, "refused": problems,
                             "answer": answer[:300]})
    return {"tallies": dict(tallies), "failures": failures, "refused_approvers": refused}


def summarize(tallies: dict[tuple[str, str, str], list[int]], split: str, by: int) -> dict[str, dict[str, float]]:
    """Intent and answer accuracy of one split grouped by intent (by=1) or language (by=2)."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, (n, intent_ok, answer_ok) in tallies.items():
        if key[0] != split:
            continue
        g = groups[key[by]]
        g[0] += n
        g[1] += intent_ok
        g[2] += answer_ok
    return {k: {"n": n, "intent": round(i / n, 3), "answer": round(a / n, 3)}
            for k, (n, i, a) in sorted(groups.items())}


def overall(tallies: dict[tuple[str, str, str], list[int]], split: str) -> dict[str, float]:
    rows = [v for k, v in tallies.items() if k[0] == split]
    n = sum(r[0] for r in rows)
    return {"n": n, "intent": round(sum(r[1] for r in rows) / max(n, 1), 4),
            "answer": round(sum(r[2] for r in rows) / max(n, 1), 4)}
