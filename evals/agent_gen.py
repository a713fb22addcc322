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

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from countersign.agent.authority import refusals_now
from countersign.agent.chat.agent import chat_thread_id
from countersign.domain import ProposalStatus
from evals import agent_bank as bank
from evals import agent_bank_fresh as fresh
from evals import agent_bank_fresh3 as fresh3
from evals import agent_bank_fresh4 as fresh4
from evals import agent_bank_fresh5 as fresh5
from evals import agent_bank_fresh6 as fresh6
from evals import agent_bank_fresh7 as fresh7
from evals import agent_bank_fresh8 as fresh8
from evals import agent_bank_fresh9 as fresh9
from evals import agent_bank_fresh10 as fresh10
from evals import agent_bank_fresh11 as fresh11
from evals import agent_bank_fresh12 as fresh12
from evals import agent_bank_fresh13 as fresh13
from evals import agent_bank_fresh14 as fresh14
from evals import agent_bank_fresh15 as fresh15
from evals import agent_bank_fresh16 as fresh16
from evals import agent_bank_fresh17 as fresh17
from evals import agent_bank_fresh18 as fresh18
from evals import agent_bank_fresh19 as fresh19
from evals import agent_bank_fresh20 as fresh20
from evals import agent_bank_fresh21 as fresh21
from evals import agent_bank_fresh22 as fresh22
from evals import agent_bank_fresh23 as fresh23
from evals import agent_bank_fresh24 as fresh24
from evals import agent_bank_fresh25 as fresh25
from evals import agent_bank_fresh26 as fresh26
from evals import agent_bank_fresh27 as fresh27
from evals import agent_bank_fresh28 as fresh28
from evals import agent_bank_fresh29 as fresh29
from evals import agent_bank_fresh30 as fresh30
from evals import agent_bank_fresh31 as fresh31
from evals import agent_bank_fresh32 as fresh32
from evals import agent_bank_fresh33 as fresh33
from evals import agent_bank_fresh34 as fresh34
from evals import agent_bank_fresh35 as fresh35
from evals import agent_bank_fresh36 as fresh36
from evals import agent_bank_fresh37 as fresh37
from evals import agent_bank_fresh38 as fresh38
from evals import agent_bank_fresh39 as fresh39
from evals import agent_bank_fresh40 as fresh40
from evals import agent_bank_fresh41 as fresh41
from evals import agent_bank_fresh42 as fresh42
from evals import agent_bank_fresh43 as fresh43
from evals import agent_bank_fresh44 as fresh44
from evals import agent_bank_fresh45 as fresh45
from evals import agent_bank_fresh46 as fresh46
from evals import agent_bank_fresh47 as fresh47
from evals import agent_bank_fresh48 as fresh48
from evals import agent_bank_fresh49 as fresh49
from evals import agent_bank_fresh50 as fresh50
from evals import agent_bank_fresh51 as fresh51
from evals import agent_bank_fresh52 as fresh52

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


# split -> (bank module, its templates, the suffix of its reference tables): in-sample, then held-out 1 to 46
# (each written blind and scored once, its docstring says where and how; 1 to 44 read and tuned on since, 45 not read,
# 46 not yet scored)
_BANKS = {"in": (bank, "IN_SAMPLE", "IN"), "held": (bank, "HELD_OUT", "HELD"), "fresh": (fresh, "FRESH", "FRESH"),
          "fresh3": (fresh3, "FRESH3", "FRESH3"), "fresh4": (fresh4, "FRESH4", "FRESH4"),
          "fresh5": (fresh5, "FRESH5", "FRESH5"), "fresh6": (fresh6, "FRESH6", "FRESH6"),
          "fresh7": (fresh7, "FRESH7", "FRESH7"),
          "fresh8": (fresh8, "FRESH8", "FRESH8"), "fresh9": (fresh9, "FRESH9", "FRESH9"),
          "fresh10": (fresh10, "FRESH10", "FRESH10"), "fresh11": (fresh11, "FRESH11", "FRESH11"),
          "fresh12": (fresh12, "FRESH12", "FRESH12"), "fresh13": (fresh13, "FRESH13", "FRESH13"),
          "fresh14": (fresh14, "FRESH14", "FRESH14"), "fresh15": (fresh15, "FRESH15", "FRESH15"),
          "fresh16": (fresh16, "FRESH16", "FRESH16"), "fresh17": (fresh17, "FRESH17", "FRESH17"),
          "fresh18": (fresh18, "FRESH18", "FRESH18"), "fresh19": (fresh19, "FRESH19", "FRESH19"),
          "fresh20": (fresh20, "FRESH20", "FRESH20"), "fresh21": (fresh21, "FRESH21", "FRESH21"),
          "fresh22": (fresh22, "FRESH22", "FRESH22"), "fresh23": (fresh23, "FRESH23", "FRESH23"),
          "fresh24": (fresh24, "FRESH24", "FRESH24"), "fresh25": (fresh25, "FRESH25", "FRESH25"),
          "fresh26": (fresh26, "FRESH26", "FRESH26"), "fresh27": (fresh27, "FRESH27", "FRESH27"),
          "fresh28": (fresh28, "FRESH28", "FRESH28"), "fresh29": (fresh29, "FRESH29", "FRESH29"),
          "fresh30": (fresh30, "FRESH30", "FRESH30"), "fresh31": (fresh31, "FRESH31", "FRESH31"),
          "fresh32": (fresh32, "FRESH32", "FRESH32"), "fresh33": (fresh33, "FRESH33", "FRESH33"),
          "fresh34": (fresh34, "FRESH34", "FRESH34"), "fresh35": (fresh35, "FRESH35", "FRESH35"),
          "fresh36": (fresh36, "FRESH36", "FRESH36"), "fresh37": (fresh37, "FRESH37", "FRESH37"),
          "fresh38": (fresh38, "FRESH38", "FRESH38"), "fresh39": (fresh39, "FRESH39", "FRESH39"),
          "fresh40": (fresh40, "FRESH40", "FRESH40"), "fresh41": (fresh41, "FRESH41", "FRESH41"),
          "fresh42": (fresh42, "FRESH42", "FRESH42"), "fresh43": (fresh43, "FRESH43", "FRESH43"),
          "fresh44": (fresh44, "FRESH44", "FRESH44"), "fresh45": (fresh45, "FRESH45", "FRESH45"),
          "fresh46": (fresh46, "FRESH46", "FRESH46"), "fresh47": (fresh47, "FRESH47", "FRESH47"),
          "fresh48": (fresh48, "FRESH48", "FRESH48"),
          "fresh49": (fresh49, "FRESH49", "FRESH49"),
          "fresh50": (fresh50, "FRESH50", "FRESH50"),
          "fresh51": (fresh51, "FRESH51", "FRESH51"),
          "fresh52": (fresh52, "FRESH52", "FRESH52")}
SPLITS = tuple(_BANKS)
_TABLES = {"inv": "INVOICE_REFS", "follow": "FOLLOW_UP", "pending": "PENDING", "list": "LIST", "variance": "VARIANCE",
           "po": "PO", "vendor": "VENDOR", "deal": "DEAL", "audit": "AUDIT", "refuse": "REFUSE"}
_LOCAL_REFS = (bank.LOCAL_REFS, fresh.LOCAL_REFS_FRESH, fresh3.LOCAL_REFS_FRESH3, fresh4.LOCAL_REFS_FRESH4,
               fresh5.LOCAL_REFS_FRESH5, fresh6.LOCAL_REFS_FRESH6, fresh7.LOCAL_REFS_FRESH7,
               fresh8.LOCAL_REFS_FRESH8, fresh9.LOCAL_REFS_FRESH9,
               fresh10.LOCAL_REFS_FRESH10, fresh11.LOCAL_REFS_FRESH11, fresh12.LOCAL_REFS_FRESH12,
               fresh13.LOCAL_REFS_FRESH13, fresh14.LOCAL_REFS_FRESH14, fresh15.LOCAL_REFS_FRESH15,
               fresh16.LOCAL_REFS_FRESH16, fresh17.LOCAL_REFS_FRESH17, fresh18.LOCAL_REFS_FRESH18,
               fresh19.LOCAL_REFS_FRESH19, fresh20.LOCAL_REFS_FRESH20, fresh21.LOCAL_REFS_FRESH21,
               fresh22.LOCAL_REFS_FRESH22, fresh23.LOCAL_REFS_FRESH23, fresh24.LOCAL_REFS_FRESH24,
               fresh25.LOCAL_REFS_FRESH25, fresh26.LOCAL_REFS_FRESH26, fresh27.LOCAL_REFS_FRESH27,
               fresh28.LOCAL_REFS_FRESH28, fresh29.LOCAL_REFS_FRESH29, fresh30.LOCAL_REFS_FRESH30,
               fresh31.LOCAL_REFS_FRESH31, fresh32.LOCAL_REFS_FRESH32, fresh33.LOCAL_REFS_FRESH33,
               fresh34.LOCAL_REFS_FRESH34, fresh35.LOCAL_REFS_FRESH35,
               fresh36.LOCAL_REFS_FRESH36, fresh37.LOCAL_REFS_FRESH37,
               fresh38.LOCAL_REFS_FRESH38, fresh39.LOCAL_REFS_FRESH39, fresh40.LOCAL_REFS_FRESH40,
               fresh41.LOCAL_REFS_FRESH41, fresh42.LOCAL_REFS_FRESH42,
               fresh43.LOCAL_REFS_FRESH43, fresh44.LOCAL_REFS_FRESH44,
               fresh45.LOCAL_REFS_FRESH45, fresh46.LOCAL_REFS_FRESH46,
               fresh47.LOCAL_REFS_FRESH47, fresh48.LOCAL_REFS_FRESH48,
               fresh49.LOCAL_REFS_FRESH49,
               fresh50.LOCAL_REFS_FRESH50,
               fresh51.LOCAL_REFS_FRESH51,
               fresh52.LOCAL_REFS_FRESH52)


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
