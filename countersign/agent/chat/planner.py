"""The offline planner's reading of one message: the tool calls it asks for (`plan`), or whether it asks to act
(`wants_action`, `model_refuses`), which the planner refuses. The chat model around it is offline_planner.py."""

from __future__ import annotations

import re
from typing import Any

from countersign.agent.chat.acts import OTHER_ACTOR, as_shown, asks_who_may, is_action_request
from countersign.agent.chat.clauses import aside_only, asked, trail_asked, trail_named
from countersign.agent.chat.deals import deal_reference
from countersign.agent.chat.descriptions import DESCRIBED, OF_BILL, states_said, without_lacks
from countersign.agent.chat.intent_model import classify, classify_ask, first_in_ask
from countersign.agent.chat.known import is_word, untypo
from countersign.agent.chat.lexicon import CUES, VENDOR_INVOICE
from countersign.agent.chat.lexicon_acts import ACT_VERBS
from countersign.agent.chat.list_questions import (
    EVERYTHING,
    learned_filters,
    list_args,
    list_filters,
    one_described,
    owed_args,
)
from countersign.agent.chat.list_vendor import asks_anything, only_the_vendor
from countersign.agent.chat.resolve import PO_NUMBER, parse_amount
from countersign.agent.chat.run_on import dash_run_on
from countersign.agent.chat.shapes import ASIDE, ASIDE_DASH, LOOSE_FIGURE, PO_NOUN, PO_OF_INVOICE, total_reference
from countersign.agent.chat.understand import MAX_WORDS, figures, fold, read, references, unquoted
from countersign.agent.chat.unknown_commands import is_unknown_command
from countersign.agent.chat.vendors import status_said, vendor_words

_SYNC = re.compile(r"\bsync|to the erp|invoice (?:it|this|them|the orders?)|bill the customer", re.I)
# The word for a purchase order before its number only names it ("la facture de la commande PO 2004")
_PO_NAMED = re.compile(r"\b(?:purchase order|order|bestellung|auftrag|bon de commande|commande|orden de compra|orden|"
                       r"pedido|inkooporder|bestelling)\s+(?=PO[-\s]?\d)", re.I)
# Whether something was paid: asked of an invoice, never of a PO
_PAID = re.compile(r"\b(?:paid|settled|bezahlt|beglichen|payee|reglee|pagad[ao]|se pago|abonad[ao]|betaald|voldaan)\b")
# "the clean acme one": an invoice named by what sets it apart, no vendor
_THE_ONE = re.compile(r"\b(?:the|that|this)\s+(?:\S+\s+){1,3}one\b", re.I)
# A deal by its noun ("the deal for 25 drills", "l'affaire d'octobre", "der Oktober-Deal"), also as a compound's
# head ("de oktoberdeal", "der Papierdeal"; not "ideal", "ordeal")
_DEAL_NOUN = re.compile(r"(?:\b|-|\B(?<!\bi)(?<!\bor))(?:deals?|opportunit(?:y|ies)|opportunit[ée]s?|affaires?|"
                        r"oportunidad(?:es)?|verkaufschancen?|verkoopkans(?:en)?)\b", re.I)

# A deal by what it is worth: "the 4,800-dollar deal", "der 4.800-Dollar-Deal", "l'affaire à 4 800 dollars",
# "the deal worth 4,800", "la oportunidad de 4.800 dólares"
_PRICED_DEAL = re.compile(r"\d[\d.,' \u00a0]*(?:k\b)?\s*-?\s*(?:(?:dollars?|euros?|usd|eur|d[oó]lares)\s*-?\s*)?"
                          r"(?:deal|opportunity)\b|\b(?:deal|opportunity|affaire|oportunidad|verkoopkans|opportunit[ée])"
                          r"\s+(?:of|worth|for|à|de|van|von|über|a)\s+[$€£]?\d", re.I)

# A person's queue: a word of waiting and the person after it, or the person with what they sit on
_PERSON = r"([A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)"
_WAITING_ON = re.compile(
    rf"(?i:\b(?:waiting|pending|sitting|stuck|queued|lying|piling\s+up|wartet|warten|liegt|liegen|h[äa]ngt|h[äa]ngen"
    rf"|attend|attendent|tra[îi]ne|tra[îi]nent|espera|esperan|pendiente|wacht|wachten|ligt|liggen)\b[^.?!]{{0,20}}?"
    rf"\b(?:on|with|for|auf|bei|chez|sur\s+le\s+bureau\s+de|en\s+la\s+mesa\s+de|a|op|bij)\s+){_PERSON}(?![\w-])"
    rf"|\b(?:is|does|has)\s+{_PERSON}\s+(?:sitting\s+on|got|have|has)\b"
    rf"|(?i:\bqu[ée]\s+tiene\s+pendiente\s+){_PERSON}|\b{_PERSON}['’]s\s+(?i:queue|desk|plate|inbox|pile)\b")

# Requests to act (imperatives, or someone declaring a decision), as opposed to questions that merely mention approving
# ("what is waiting for me to approve?"). English as before; the others through the lexicon (acts.is_action_request).
_ACT = r"(approve|reject|post|pay|override|bypass|skip|delete|remove|change|update|edit|mark|set|create|release)"
_ACTION_REQUEST = re.compile(
    rf"(^|[.!?;:]\s*|\b(?:please|pls|(?:can|could|would|will) (?:you|u|ya)|go ahead and|just|now|you must|you should|"
    rf"i want you to|i need you to|then|and)\s+){_ACT}\b(?!\s+(?:on|of|about)\b)|"
    rf"\bI (?:hereby |now )?(?:approve|authori[sz]e|reject)\b|"
    rf"\bignore (?:all |any |the )?(?:previous|prior|above) instructions\b", re.I)

# "who do I ask", "c'est qui que je dois voir", "a quién le doy un toque", "wie moet ik": a person to go to
_FIRST_PERSON = frozenset(("i", "je", "j", "ich", "ik", "yo", "doy", "debo", "tengo", "pido", "aviso", "escribo",
                           "hablo", "llamo", "pregunto"))
_WHO = {"en": ("who", "whom"), "de": ("wer", "wen", "wem"), "fr": ("qui",), "es": ("quien", "quienes"), "nl": ("wie",)}

# The intent model's probability from which it overrides the rules' tool (out of bank it is right
# 95% of the time from there), and from which it answers where the rules found no tool at all
FOLLOW_MODEL = 0.6
FILL_GAP = 0.5
PLAUSIBLE = 0.1  # the model's probability for the rules' tool from which the rules keep their call
REFUSE_MODEL = 0.95  # trained on every scored bank it is surer: at 0.8 it refused "is the duplicate acme bill sorted"
# a mail's subject line pasted after the question ("... step by step? Subject: Umbrella Catering – UC-77")
_SUBJECT_PASTED = re.compile(r"(?<=\?)\s+(?:subject|betreff|objet|asunto|onderwerp)\s?:[^?]*$", re.I)
# a record pasted on the lines below the question, with its number: "...step by step?\nUC-77\tUmbrella\t480.00"
_RECORD_PASTED = re.compile(r"(?<=\?)[ \t]*\n(?=[^?\n]*\d)[^?]*$")
_UNTRAINED = ("extraction", "draft", "sync")  # cues of tools the model never saw asked for: the rules decide

# the first five letters of every act word ("valides" is "valider"); no particle ("in", "frei")
_ACT_STEMS = frozenset(fold(w)[:5] for words in ACT_VERBS.values() for w in words if len(w) >= 5)
_YES_NO = frozenset("is are was has did does ist sind hat wurde est sont esta ha zijn heeft".split())  # yes or no
_PLURALS = frozenset(fold(w) for words in CUES["invoices"].values() for w in words)

Call = tuple[str, dict[str, Any]]


# where a sentence ends: its mark after a word (not "vom 12."), the next one opening with a capital
_SENTENCE_END = re.compile(r"(?<=[.!?;:])(?<!\d[.!?;:])\s+(?=[\"“„«¿¡]?[A-ZÀ-ÖØ-Þ])|\s+[—–]\s+|(?<=[^\W\d])\s*:\s+")


def wants_action(text: str) -> bool:
    text = LOOSE_FIGURE.sub(r"\1", untypo(text))  # "cna you aprove ...": still "can you"; "1,657 and change": a sum
    if asks_who_may(q := read(text)):  # "Devil's advocate: couldn't anyone just approve it? Who may?": no request
        return False
    if _ACTION_REQUEST.search(as_shown(text.strip())) or is_action_request(q):
        return True
    # a request after what the asker saw or said before ("The bot pinged me. Approve the LLC's invoice
    # yourself."), not in a pasted line ("Approval requested")
    sentences = [s for s in _SENTENCE_END.split(unquoted(text)) if len(s.split()) >= 2]
    if len(sentences) > 1 and any(is_action_request(read(s)) for s in sentences[1:]):
        return True
    r = references(" ".join(text.split()))
    if r.opps:  # "sync OPP-3001 to the ERP": an order's sync is a proposal (sync_order), not a command
        return False
    return is_unknown_command(q, r.case or r.po or r.deal or r.amount or r.date)


def model_refuses(text: str) -> bool:
    """The intent model is sure this asks to act (wordings the rules' shapes miss: "lève le blocage").
    Not where the message asks for what the model was never trained on: "sync OPP-3003 to the ERP"
    is a proposal (sync_order), which a person then approves."""
    t = " ".join(text.split())
    ranked = classify(t)
    q = read(t)
    return bool(ranked) and ranked[0][1] == "refuse" and ranked[0][0] >= REFUSE_MODEL and not (
        any(q.has(cue) for cue in _UNTRAINED) or references(t).opps
        or t.endswith("?") and _asks_who(q) or OTHER_ACTOR.search(t)  # "which people may approve it?", "could
        # another person approve it": who may, not a request to act
        # "wo steckt die Rechnung?? komm nicht in die App rein": asks where it stands, naming no act
        or ("?" in t and (q.has("status") or q.has("audit")) or _YES_NO & set(q.tokens[:1])) and not _ACT_STEMS & {
            token[:5] for token in q.tokens})  # "is the duplicate acme bill sorted": asks, naming no act


def plan(text: str, previous_case: str | None) -> list[Call]:
    """The tool calls for a request (several when it names several orders to sync); [] when unsupported."""
    t = dash_run_on(unquoted(" ".join(text.split())))  # a pasted line asks nothing; a remark run into the ask is aside
    q, r = read(t), references(t)
    if r.opps and (_SYNC.search(t) or q.has("sync")):
        return [("sync_order", {"opportunity_id": opp}) for opp in r.opps]
    asked_only = dash_run_on(" ".join(_RECORD_PASTED.sub("", text).split()))  # what the intent model weighs
    single = _second_opinion(_plan_one(t, q, r, previous_case), t, q, r, previous_case, asked_only)
    return [single] if single else []


def named_in(t: str, words: str) -> str | None:
    """The leftover words when they look like a name someone typed on purpose (a capital after the
    first word), so "who can sign that off?" leans on the conversation instead."""
    kept = words.split()
    return words if words and (DESCRIBED.search(words) or any(w[:1].isupper() for w in _words(t)[1:] if w in kept)
                               ) else None  # a description names the thing too: "our second-biggest invoice"


def _beside(r) -> str | None:
    """A day with the words typed with a capital beside it, which may name whose it is ("die Northwind-Rechnung vom
    12.11."; the tool tries the day alone when they name nothing); an amount alone, which names one already; a
    quantity with the words that say of what."""
    explicit = r.case or r.po or r.date or r.amount
    kept = [w for w in r.words.split() if w[:1].isupper()] if r.date and not (r.case or r.po or r.amount) else []
    if r.amount and not (r.case or r.po or r.date) and (value := parse_amount(r.amount)) is not None and r.words:
        # "the acme one just shy of 1,700": of that vendor's invoices, when the words name one
        return total_reference(value, r.words)
    if r.amount and r.amount.startswith("qty ") and not (r.case or r.po or r.date) and r.words:
        return f"{r.amount} {r.words}"  # "the sale of 120 boxes of paper to Meridian": whose 120 it is
    return " ".join((explicit, *dict.fromkeys(kept))) if kept else explicit


def _words(t: str) -> list[str]:
    return [w.strip("?!.,;:¿¡\"'()") for w in t.split()]


def _plan_one(t: str, q, r, previous: str | None) -> Call | None:  # noqa: C901 - one branch per intent, in priority order
    explicit = r.case or r.po or r.date or r.amount
    if r.deal and not r.case:
        return "deal_status", {"deal": r.deal}
    if _DEAL_NOUN.search(t) and not (r.po or r.date or q.has("invoices")) and (_DEAL_NOUN.sub(
            "", r.words).strip() or r.case or r.amount) and not (
            r.amount and q.has("invoice_noun") and not _PRICED_DEAL.search(t)):  # "the 4,800-dollar deal"
        return "deal_status", {"deal": deal_reference(t, r)}  # "the deal for 25 cordless drills", "on customer PO X"
    # "show me the extraction of X" names one invoice: "show me" asks for no list there
    if read(ASIDE.sub(" ", t)).has("extraction") and (r.case or (explicit or previous) and not q.has("list")):
        return "show_extraction", {"case": explicit or previous}
    if q.has("draft") and (explicit or previous) and not _PAID.search(q.folded):  # "is the bill for ... paid?"
        return "show_bill_draft", {"case": explicit or previous}
    # who, of an act said only in the aside before the question ("l'accordeur est là pour accorder notre vieux piano,
    # donc : ... qui est le fournisseur ?"): no approver asked for
    asks_who = q.has("who") and _asks_who(q, t) and not aside_only(t, "approve_word", "who")
    if asks_who and q.has("approve_word") and q.has("authority"):  # "who has approval rights": not the log
        ref = explicit or named_in(t, r.words) or previous
        return ("case_status", {"case": ref}) if ref else None
    if (q.has("audit") and asked(t, "audit", "status") and not aside_only(t, "audit", "variance") or trail_named(
            q.folded)) and (explicit or r.words or r.iban or previous) and not (
            q.has("invoices") and not (r.case or r.po) and list_args(t, q, r)) and not (
            asks_who and q.has("approve_word") and not asked(t, "audit", "approve_word")):  # a meeting's "Protokoll"
        day = _beside(r) if r.date and not r.amount else None  # "the Globex one due on 9 December": the name too
        account = f"IBAN {r.iban}" if r.iban and "*" in r.iban and not explicit else None  # "with the GB33 account"
        return "audit_trail", {"case": day or explicit or account or named_in(t, r.words) or previous or r.words}
    if asks_who and q.has("approve_word") and (q.has("chase") or _asks_whom(q) or not (q.has("me") and q.has(
            "pending")) or previous and _IT.search(fold(t))):  # "je peux la valider moi-même ? Qui ?": that one
        it = previous and _IT.search(fold(ASIDE_DASH.split(t)[-1]))  # "in der Jury 🌶️ — wer muss sie freigeben?"
        ref = explicit or (previous if it else named_in(t, r.words)) or previous
        return ("case_status", {"case": ref}) if ref else None
    if r.po and not r.case and _SUPPLIER_OF_PO.search(t):  # "the supplier on PO-2004", "vom Lieferanten der Bestellung"
        if q.has("invoices"):
            return "list_invoices", {**list_filters(t, q, r), "vendor": r.po}
        if _VENDOR_RECORD.search(fold(t)) or status_said(t):  # its record, id or status; else the PO says who
            return "match_vendor", {"name": r.po}
    if (listing := list_args(t, q, r)) is not None:
        return "list_invoices", listing
    if (person := _waiting_on(t)) and not explicit:  # "what is waiting on Priya?": her queue, not the asker's
        return "pending_approvals", {"person": person}
    if q.has("me") and (q.has("pending") or q.has("approve_word")) and not explicit and not DESCRIBED.search(
            r.words) and not (q.has("invoice_noun") and r.words and not q.has("approve_word")) and not aside_only(
            t, "pending", "po"):  # "I'm tidying up open POs — what's on Robin's PO?"; "is the catering
        # invoice still open?"; "la mayor de las facturas bloqueadas" is one invoice
        return "pending_approvals", {}
    if q.has("variance") and (explicit or r.words or previous):
        return "explain_variance", {"reference": r.po or r.case or _beside(r) or named_in(
            t, r.words) or previous or r.words}
    if r.iban and "*" in r.iban and not r.tax_id and (q.has("invoice_noun") or q.has("status")) and not (q.has(
            "vendor") and not (q.has("invoice_noun") and (q.has("status") or _PAID.search(q.folded)))):  # "the
        # invoice with an IBAN ending in 3000"; "was the invoice with the NL91 bank account paid?": the invoice asked
        return "case_status", {"case": f"IBAN {r.iban}"}
    if r.tax_id or r.iban:
        return "match_vendor", {k: v for k, v in (("tax_id", r.tax_id), ("iban", r.iban)) if v}
    if r.po and not r.case and (q.has("invoice_noun") or q.has("invoices")) and not read(_PO_NAMED.sub(" ", t)).has(
            "po"):  # "any news on the invoice for (the order) PO-2001?": the invoice on it
        return "case_status", {"case": r.po}
    if r.po and not r.case and q.score("po") >= q.score("status") - q.score("look"):  # "quick look at PO 2001"
        return "lookup_po", {"po_number": r.po}
    if not (r.case or r.po or r.date) and (r.words or r.amount) and PO_NOUN.search(without_lacks(fold(t))) and not (
            (p := read(_WHOSE_INVOICE.sub(" ", t))).has("invoice_noun") or p.has("invoices") or p.has("variance")
            or _PAID.search(fold(t))):  # "is the initech one on finance's PO paid?": an invoice is paid, no PO
        # "the Globex PO", "die Bestellung über Toner", "the PO for 500 units at 3.20": by the vendor or
        # goods of its invoice, or by its lines' figures
        return "lookup_po", {"po_number": _po_words(t, r)}
    if r.date and not (r.case or r.po or r.amount) and PO_NOUN.search(without_lacks(fold(t))) and not (
            q.has("invoice_noun") or q.has("invoices")):  # "the PO delivered on 5 November": its receipt's day
        return "lookup_po", {"po_number": " ".join(x for x in (r.date, r.words) if x)}  # the day first: `_calls` clips
    if not explicit and (owed := owed_args(t, q, r)) is not None:  # "how much do we owe Acme?": its invoices owed
        return "list_invoices", owed
    # "check the Northwind invoice, the supplier is chasing" asks about the invoice
    if q.has("vendor") and r.words and not explicit and not ((q.has("invoice_noun") or _THE_ONE.search(t)) and (q.score(
            "status") >= q.score("vendor") or "taxid *" in r.words or OF_BILL.search(r.words))) and not aside_only(
            t, "vendor", "status", "deal") and not VENDOR_INVOICE.search(fold(t)):
        return "match_vendor", {"name": vendor_words(t, r)}
    if not (explicit or previous or q.has("invoice_noun")) and r.words and (state := list_filters(t, q, r)).get(
            "vendor") and (state.get("which", "waiting") != "waiting" or _SPANS & set(state) or asks_anything(
            fold(t))) and only_the_vendor(r.words, state["vendor"]):
        return "list_invoices", state  # "anything overdue from umbrella?", "anything new from globex?"
    if r.case and not r.po and PO_OF_INVOICE.search(t):  # "what's on the PO behind GX-2026-118?": that PO
        return "lookup_po", {"po_number": r.case}
    if explicit:
        return "case_status", {"case": _beside(r)}
    if q.has("status") and (r.words or previous):
        return "case_status", {"case": r.words or previous}
    if r.words and q.has("invoice_noun"):  # one invoice, named, and nothing else asked: where it stands
        return "case_status", {"case": r.words}
    if r.words and any(w[:1].isupper() for w in _words(t) if w in r.words.split()):
        return "case_status", {"case": r.words}  # "Und Umbrella Catering?": a name alone asks where it stands
    if not (previous or r.words or r.amount) and (state := list_filters(t, q, r)).get("which", "waiting") != "waiting":
        return "list_invoices", state  # "what's still unpaid and past its due date?": no invoice named, those in it
    return None


_SPANS = frozenset(("days", "due_days", "received_in", "due_in"))
_MONEY = re.compile(r"[$€£]?\d[\d,.' ]*[.,]\d\d|[$€£]?\d{1,3}(?:[,.' ]\d{3})+")  # cents or thousands: no count


def _po_words(t: str, r) -> str:
    """What names a PO without its number: the words, and the figures its lines have ("qty 500 unit 3.20")."""
    said = [f for f in figures(t) if f.split()[0] in ("qty", "unit")]
    said += [f"{value:.2f}" for f in figures(t) if _MONEY.fullmatch(f)
             and (value := parse_amount(f.lstrip("$€£"))) is not None]
    if r.amount and (value := parse_amount(r.amount)) is not None and f"{value:.2f}" not in said:
        said.append(f"{value:.2f}")  # "the 24k PO": its total, rounded
    state = states_said(fold(t)) if _WHOSE_INVOICE.search(t) and "state:" not in r.words else None  # "the PO
    # whose invoice has already been booked": the state of its invoice
    words = " ".join([*said, r.words]).strip()  # "unit 3.20", "1600.00": a line's figure or the total
    return " ".join(x for x in (words[:MAX_WORDS - (len(state) + 1 if state else 0)].strip(), state) if x)


def _waiting_on(t: str) -> str | None:
    """The person whose queue a question asks about ("what's waiting on Priya?", "anything stuck with
    Alex?", "what is Priya sitting on?", "was liegt bei Priya?", "qu'est-ce qui attend chez Alex ?",
    "¿qué tiene pendiente Priya?", "wat ligt er bij Alex?"): the name as typed; None when none."""
    if re.search(r"\b(?:is|does|has)\s+(?:it|this|that)\b", t, re.I):
        return None  # "is it waiting on Sam?" asks where the conversation's invoice stands
    names = (next(g for g in m.groups() if g) for m in _WAITING_ON.finditer(t))
    return next((name for name in names if not is_word(name)), None)  # "wartet ... auf Freigabe": a noun, no one


# what the vendor master holds of a vendor, asked for (folded): "the vendor master record", "vendor ID", "what do we
# have on file", "Kreditorennummer", "la fiche fournisseur", "el maestro", "leveranciersgegevens"
_VENDOR_RECORD = re.compile(r"\b(?:vendor (?:id|number|no|record|master|status|details)|master (?:record|data)|on file|"
                            r"supplier (?:id|number|record)|kreditor\w*|lieferantenstamm\w*|stammdaten|fiche|"
                            r"numero (?:de )?fournisseur|ficha|maestro|numero de proveedor|leveranciersgegevens|"
                            r"leveranciersnummer|leveranciersbestand|crediteur\w*)\b")
# "the PO whose invoice has already been booked": the invoice says which PO, the PO is asked about
_WHOSE_INVOICE = re.compile(r"\b(?:whose|deren|dont la|cuya|waarvan de) (?:invoice|rechnung|facture|factura|factuur)\b",
                            re.I)
# a supplier named by its PO: "the supplier on PO-2004", "dem Lieferanten der Bestellung PO-2004", "le fournisseur
# du bon de commande PO-2004", "el proveedor de la orden de compra PO-2004", "de leverancier van PO-2004"
_SUPPLIER_OF_PO = re.compile(r"\b(?:supplier|vendor|seller|lieferanten?|kreditors?|fournisseur|proveedor|leverancier)"
                             r"\s+(?:\S+\s+){0,5}?P\.?\s?O\.?\s*[-#]?\s*\d", re.I)


# the thing talked about as the object of an act: "sign it off", "la valider", "lo apruebo", "het goedkeuren"
_IT = re.compile(r"\b(?:approve|sign|okay|ok|release)\w* (?:it|this|that)\b|"
                 r"\b(?:la|le|l|lo) (?:valid|approuv|sign|aprob|firm|autoris|liber)\w*|"
                 r"\b(?:aprob|firm|autoriz|liber|valid)\w*r(?:la|lo)\b|"  # "¿quién puede aprobarla?"
                 r"\b(?:die|sie|het|hem) (?:\w+ )?(?:abzeichn|freigeb|unterschreib|goedkeur|aftaken|afteken)\w*")


def _asks_who(q, t: str = "") -> bool:
    """A who-word that asks: not after the invoices ("les factures qui") nor in a remark before a dash's question."""
    q = read(" ".join(parts[1:])) if len(parts := ASIDE_DASH.split(t)) > 1 and "?" not in parts[0] else q
    kept = [w for i, w in enumerate(q.tokens) if not (i and q.tokens[i - 1] in _PLURALS)]
    return read(" ".join(kept)).has("who")


def _asks_whom(q) -> bool:
    """The asker looks for a person (a who-word, then "I" or an approving verb right after it: "qui
    l'approuve"), not for what waits in their own queue ("who is waiting for my approval?")."""
    who = set(_WHO.get(q.lang, ())) | set(_WHO["en"])
    return any(t in who and (_FIRST_PERSON & set(q.tokens[i + 1:i + 4])
                             or read(" ".join(q.tokens[i + 1:i + 3])).has("approve_word"))
               for i, t in enumerate(q.tokens))


def _second_opinion(call: Call | None, t: str, q, r, previous: str | None, asked_only: str) -> Call | None:
    """The rules' call, unless the intent model is sure the question asks for another tool, finds
    the rules' choice implausible, and the question names what that tool needs. The model never
    turns a question into a refusal here (model_refuses does, when sure), never silences the rules
    ("none": a question outside what the chat does), never replaces a tool it was not trained on,
    never overrides a plural or "each" asking for a list, nor an id that names its tool's thing."""
    # the question, not a mail's subject or a record under it
    ranked = classify_ask(_SUBJECT_PASTED.sub("", asked_only), classify)
    if not ranked or any(q.has(cue) for cue in _UNTRAINED):
        return call
    if ranked[0][1] == "refuse":  # not sure enough to refuse (model_refuses): what it asks, if it only asks
        kept = [(pr, name) for pr, name in ranked if name != "refuse"]
        ranked = tuple((pr / (sum(pr for pr, _ in kept) or 1.0), name) for pr, name in kept)
    p, tool = ranked[0]
    probability = {name: pr for pr, name in ranked}
    if tool == "none":
        return call
    if call is None:
        return _call_for(tool, t, q, r, previous) if p >= FILL_GAP else None
    if call[0] == tool or call[0] not in probability or p < FOLLOW_MODEL or probability[call[0]] >= PLAUSIBLE or (
            first_in_ask(_SUBJECT_PASTED.sub("", asked_only), FOLLOW_MODEL) == call[0]) or (
            call[0] == "case_status" and (tool == "audit_trail" and not q.has("audit") or tool == "explain_variance"
                                          and not q.has("variance") and _PAID.search(q.folded))) or (
            call[0] == "audit_trail" and trail_asked(fold(t))):  # "what happened to NW-5602?":
        return call  # its status says who rejected it and why; "was the invoice for the six toner cartridges paid?"
        # (no variance asked); the trail when the words ask for one ("... so far, and by whom?")
    if call[0] == "list_invoices" and (q.has("invoices") or q.has("every") or EVERYTHING.search(q.folded) or (
            call[1].get("which") == "owed") or "vendor" in call[1] and asks_anything(q.folded) and only_the_vendor(
            r.words, call[1]["vendor"]) or (
            tool == "pending_approvals" and not q.has("me") and "vendor" in call[1]) or (
            "due_days" in call[1] and not q.has("invoice_noun")) or tool == "pending_approvals" and not q.has(
            "me") and call[1].get("which", "waiting") != "waiting"):  # "each invoice", "everything from Globex", "what
        return call  # falls due this week?", "anything blocked right now?", "anything from globex this week?" (no one's
        # queue), "what do we owe Acme?"; not a vendor's or a week's words alone: "la de Acme que está atascada"
    if call[0] == "deal_status" and (r.deal or _DEAL_NOUN.search(t)) or call[0] == "match_vendor" and (
            r.tax_id or r.iban) or call[0] == "case_status" and "taxid *" in r.words and q.has("invoice_noun") or (
            call[0] in ("case_status", "lookup_po") and DESCRIBED.search(r.words)) or call[0] == "match_vendor" and (
            PO_NUMBER.fullmatch(call[1].get("name") or "")) or (
            call[0] == "case_status" and r.case and tool == "pending_approvals" and not q.has("me")):
        return call  # a deal id or the word "deal", a tax id or an IBAN (or an invoice by its vendor's, or one
        # described: the biggest of several, the one held over its bank details) says which; an invoice's number
        # is no one's queue ("what's the order of approvals for INV-1001?")
    return _call_for(tool, t, q, r, previous) or call


def _call_for(tool: str, t: str, q, r, previous: str | None) -> Call | None:
    """The call to `tool` built from what the question names; None when it names nothing that tool takes."""
    if tool == "pending_approvals":
        return tool, {"person": person} if (person := _waiting_on(t)) else {}
    if tool == "list_invoices":
        return None if r.case or r.po or one_described(q, r) else (tool, learned_filters(t, r, list_filters(t, q, r)))
    if tool == "lookup_po":
        ref = r.po or (_po_words(t, r) if PO_NOUN.search(without_lacks(fold(t))) and not (
            r.case or _PAID.search(fold(t))) else None)  # an invoice is paid, no PO
        return (tool, {"po_number": ref}) if ref else None
    if tool == "match_vendor":
        ids = {k: v for k, v in (("tax_id", r.tax_id), ("iban", r.iban)) if v}
        return (tool, ids) if ids else (tool, {"name": vendor_words(t, r)}) if r.words and not r.case else None
    if tool == "deal_status":
        ref = deal_reference(t, r)
        return (tool, {"deal": ref}) if ref else None
    explicit = _beside(r)  # an amount or a day with the words that may say whose
    if tool == "explain_variance":
        ref = r.po or r.case or explicit or named_in(t, r.words) or r.words or previous
        return (tool, {"reference": ref}) if ref else None
    if tool in ("case_status", "audit_trail"):
        ref = explicit or named_in(t, r.words) or r.words or previous
        return (tool, {"case": ref}) if ref else None
    return None
