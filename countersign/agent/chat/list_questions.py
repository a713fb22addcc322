"""Which invoices a list question asks for: the list tool's filters read from the words (blocked,
waiting, overdue, over budget; over an amount or a count of digits; received today or this week, due
this week; from a vendor by name, legal name or as the one who sent them), and whether the question
asks for a list at all. The vendor's name is list_vendor.py's. The planner's; pure text functions.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from countersign.agent.chat.clauses import spoken_of
from countersign.agent.chat.descriptions import CENTS, INITIAL, LINES, done_state, invoice_count_said
from countersign.agent.chat.findings import FINDING, finding_kind
from countersign.agent.chat.intent_model import list_kind
from countersign.agent.chat.known import is_word
from countersign.agent.chat.list_vendor import AWAITS_PAYMENT, learned_vendor, vendor_filter
from countersign.agent.chat.ranks import rank_said
from countersign.agent.chat.shapes import ASIDE_BEFORE, ASIDE_DASH, PO_NOUN, asked_part
from countersign.agent.chat.understand import fold, read, references

# "show me", "sors-moi", "pásame", "me sacas", "ik wil ... zien": the asker wants to see a list, which
# is not asking for their own queue (matched in folded text)
_SHOW_ME = re.compile(
    r"\b(?:(?:show|give|tell|send|get|pull|zeig|zeige|gib|nenn|schick|schicke|montre|donne|dis|sors|envoie|affiche|"
    r"toon|geef|laat|stuur|haal|vertel) (?:me|mir|moi|mij)|(?:muestra|da|pasa|saca|manda|envia|ensena)me|"
    r"(?:me|m) (?:sacas|pasas|das|muestras|mandas|envias|ensenas|listas|buscas|montres|envoies|donnes|sors|listes)|"
    r"(?:i|ik|ich|je|j) (?:want|would like|need|wil|wou|will|mochte|brauch|brauche|brauchte|veux|voudrais|aimerais)|"
    r"il me faut|necesito|me hacen? falta)\b")


_AND_UP = re.compile(r"\d\s*(?:k|tsd|mil)?\s*\+(?!\s*\d)", re.I)  # "10k+", "5.000+": that much and more


EVERYTHING = re.compile(r"\b(?:everything|alles|tout ce|todo lo)\b")  # "show me everything from Globex" (folded)
_DUE_WORD = re.compile(r"\b(?:due|fallig\w*|echeance\w*|echoit|echoient|vence|vencen|vencimiento\w*|vervalt|vervallen"
                       r"|vervaldatum)\b")  # folded
_BUDGET = re.compile(r"budget|presupuesto|bestellpreis|prix depasse|precio supera|bestelprijs|above the po|over the po")
# an amount by its count of digits: "in five figures", "fünfstellig", "à cinq chiffres", "de cinco cifras",
# "van vijf cijfers" (folded)
_DIGITS = {"four": 4, "five": 5, "six": 6, "seven": 7, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "quatre": 4,
           "cinq": 5, "sept": 7, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "vijf": 5, "zes": 6,
           "zeven": 7}
# "too big for a standard approver", "zu groß für einen normalen Freigeber", "trop grosses pour qu'un approbateur",
# "demasiado grandes para ... un aprobador", "te groot voor een gewone goedkeurder": above the lowest band
_TOO_BIG = re.compile(r"\b(?:too (?:big|large|high)|zu (?:gross|hoch)|trop (?:grosse?s?|elevee?s?)|demasiado "
                      r"(?:grandes?|altos?|altas?)|te (?:groot|hoog))\b.{0,60}\b(?:approv\w*|sign\w*|freigeb\w*|"
                      r"genehmig\w*|approbat\w*|valid\w*|aprob\w*|firm\w*|\w*goedkeur\w*|fiatte\w*|\w*teken\w*)"
                      # the level first: "für die Standard-Freigabestufe zu hoch", "too high for the standard
                      # approval level" said the other way round
                      r"|\b(?:\w*freigabe\w*|approval (?:level|tier|band|limit)s?|\w*goedkeurings\w*|niveau d "
                      r"approbation|nivel de aprobacion)\b.{0,12}\b(?:zu (?:gross|hoch)|too (?:big|large|high)|trop "
                      r"(?:eleve|haut)e?s?|demasiado alt[oa]s?|te (?:groot|hoog))\b")
# ... or one approver's signature that is not enough ("need more than an AP approver's sign-off", "für die die
# Unterschrift eines Freigebers nicht reicht", "la signature d'un approbateur ne suffit pas", "no basta con la firma de
# un aprobador", "de handtekening van een goedkeurder niet genoeg is"): above the lowest band
_NOT_ENOUGH = re.compile(r"\bmore than (?:an? |one )?(?:ap |accounts payable |single )?approver|"
                         r"\b(?:signature|sign off|unterschrift|freigabe|firma|handtekening|aftekening)\b.{0,60}"
                         r"\b(?:(?:isn t|is not|not) enough|nicht (?:reicht|ausreicht|genugt)|ne suffit pas|"
                         r"no (?:basta|alcanza|es suficiente)|niet (?:genoeg|voldoende))"
                         r"|\bno (?:basta|alcanza) con la firma\b"
                         # "above what an AP approver is allowed to sign off", "über dem, was ein Freigeber abzeichnen
                         # darf", "dépassent ce qu'un approbateur a le droit de valider", "boven het bedrag dat een
                         # goedkeurder mag aftekenen"
                         r"|\b(?:above|over|beyond|uber|depass\w*|supera\w*|boven)\b.{0,50}(?:approver|freigeber|"
                         r"approbat\w*|valideur|aprobador|goedkeurder)\w*\b.{0,40}\b(?:sign|abzeichn|valid|firm|afteken|approv|"
                         r"freigeb|goedkeur)\w*"
                         # someone ranked above an approver: "someone higher up than an AP approver", "quelqu'un
                         # de mieux placé qu'un approbateur", "alguien más arriba que un aprobador", "iemand hoger
                         # dan een goedkeurder", "jemand Höheres als ein Freigeber"
                         r"|\b(?:higher(?: up)?|more senior|further up|mieux placee?s?|plus haut(?: place)?e?s?|"
                         r"mas (?:arriba|alto)|hoger(?: geplaatst)?|hoher\w*|weiter oben)\b.{0,12}\b(?:than|qu|que|dan|"
                         r"als)\b.{0,16}\b(?:approver|freigeber|approbat\w*|aprobador|goedkeurder)"
                         # what one approver may not sign alone: "that an AP approver can't sign off alone", "qu'un
                         # approbateur ne peut pas signer seul", "die ein Freigeber nicht allein freigeben darf"
                         r"|\b(?:approver|freigeber|approbateur|aprobador|goedkeurder)\w*\b.{0,24}\b(?:can ?not|can t|"
                         r"may not|is not allowed|isn t allowed|ne peu\w* pas|no puede\w*|nicht|niet)\b.{0,30}"
                         r"\b(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself)|seule?s?|solos?|"
                         r"solas?|allein\w*|alleen)\b")
# "above the amount where a PO becomes mandatory", "über der Bestellpflicht-Grenze", "au-dessus du seuil où le bon
# de commande devient obligatoire", "donde la orden de compra es obligatoria", "waarboven een inkooporder verplicht
# is" (folded): above the policy's po_required_above
_PO_REQUIRED = re.compile(r"\b(?:po|purchase order|bestellung|bon de commande|orden de compra|inkooporder|bestelling)"
                          r"(?: \w+){0,2} (?:mandatory|required|compulsory|obligatory|pflicht\w*|erforderlich|"
                          r"vorgeschrieben|obligatoire|requis|obligatoria|requerida|verplicht)\b|\bbestellpflicht|"
                          r"\bpo pflicht")
_FIGURES = re.compile(rf"\b({'|'.join(_DIGITS)})(?:[ -]figures?|stellig\w*| chiffres| cifras| cijfers)\b")
# "in the tens of thousands", "im Zehntausenderbereich", "en dizaines de milliers", "las decenas de miles",
# "tienduizenden" (folded): five figures and up; hundreds of thousands six
_MANY_THOUSANDS = re.compile(r"\b(?:(tens|hundreds) of thousands|(zehn|hundert)tausender\w*|(dizaines|centaines) de "
                             r"milliers|(decenas|cientos|centenares) de miles|(tien|honderd)duizenden)\b")


# waiting with someone else ("parked on an approver's desk", "auf dem Schreibtisch eines Freigebers"): not the asker's
_SOMEONE_ELSE = re.compile(r"\b(?:an?|some|any) approvers?\b|\b(?:eines|einem) (?:freigebers?|genehmigers?)\b|"
                           r"\bd un (?:approbateur|valideur)\b|\balgun aprobador\b|\been goedkeurder\b|"
                           # "bei jemandem zur Freigabe", "la file d'approbation de quelqu'un": anyone's
                           r"\b(?:someone|somebody|jemandem|jemand|quelqu un|alguien|iemand)\b")
# one invoice described: by its cents, initial, count of lines, a finding or a line's unit price ("the bill with the 8
# impact driver kits at 150 each")
_ONE_DESCRIBED = re.compile("|".join(p.pattern for p in (CENTS, INITIAL, LINES, FINDING)) + r"|\bunit \d")


def one_described(q, r) -> bool:
    """One invoice described by what only it prints (its cents, a line's unit price), not invoices in the plural."""
    return bool(_ONE_DESCRIBED.search(f"{r.words} {r.amount or ''}")) and not q.has("invoices")


def list_args(t: str, q, r) -> dict[str, Any] | None:
    """The list tool's filters when the question asks for invoices in the plural, or a listing
    word with a filter; None when it is not a list question."""
    if r.case or r.po or rank_said(fold(t)) or "dominant:" in r.words or one_described(q, r) or (
            q.has("vendor") and invoice_count_said(fold(t))):  # "the supplier we've had two invoices from": one vendor
        return None  # "the biggest of the blocked invoices", "the two-line invoice that went through": one
    args, every = list_filters(t, q, r), every_said(t, q)
    asked = read(ASIDE_DASH.split(t)[-1])
    if (asked.text != t or q.has("variance") and r.words) and asked.has("invoice_noun") and not (
            asked.has("invoices") or every_said(asked.text, asked)):  # "a regulator picks a few invoices — the acme
        return None  # invoice's history?", "die Rechnung mit den Tonerkartuschen: welche Position liegt drüber?": one
    if q.has("invoices") or q.has("invoice_noun") and every:
        args = learned_filters(t, r, args)  # "the invoices that have been stopped in their tracks": no rule's words
    if args == {"which": "waiting"} and not every and not _SOMEONE_ELSE.search(fold(t)) and read(
            _SHOW_ME.sub(" ", fold(ASIDE_BEFORE.split(t)[-1]))).score("me", (q.lang, "en")):
        return None  # "do I have invoices to approve?": the asker's own queue ("show me ...", "all ..." are not; nor is
        # an aside's "I": "I'm building a slide — I need the invoices still waiting")
    if (q.has("invoices") or q.has("invoice_noun") and every) and (args or q.has("list")):
        return args
    if {"due_days", "due_in"} & set(args) or EVERYTHING.search(asked.folded) and ({
            "vendor", "over", "which", "received_in"} & set(args) or args.get("days") == 7) and not PO_NOUN.search(
            q.folded):  # "what is due this week?", "show me everything from Globex" (from last month),
        return args  # "everything over 5k that's not approved yet": the invoices, whatever the noun (in the ask, not
        # in a situation before it: "the customer wants everything invoiced first — is Blue Harbor's deal invoiced?")
    return args if args and q.has("list") and "which" in args and not q.has("me") else None


LEARNED = 0.6  # the list model's least probability for a filter the rules did not read
SURE = 0.95  # ... and for a state other than the one the rules read
_WHICH = frozenset(("blocked", "waiting", "overdue", "over_budget"))
_KEPT = ("over", "days", "due_days", "received_in", "due_in", "finding")  # filters a state the model reads keeps
_DONE = ("posted", "rejected")  # states the list model was not trained on: the rules' reading stands


def learned_filters(t: str, r, ruled: dict[str, Any]) -> dict[str, Any]:
    """The filters with the list model's reading of the whole question. Where the rules read none, the one it
    reads ("stopped in their tracks", "over the ten-grand mark", "that Acme has raised against us"): a state
    as it is, an amount or a name only when the question says one. Where the rules read a filter, a state the
    model is sure of instead of theirs ("where the supplier charges more a piece than the PO says" is over
    budget, not from a vendor called "piece"); an amount, a span and a vendor's name stay."""
    ask = _the_ask(t)
    # a state in place of the rules' reading only from the ask: a remark before it ("stukadoor roert in de gang een
    # kuip stuc aan — welke facturen zijn deze week binnengerold") reads as anything
    p, kind = list_kind(ask) if ruled and ask != t else _kind_asked(t, ask)
    if ruled:
        # an invoice coming due ("arrivent à échéance aujourd'hui") is not overdue as well: the rules' span stands
        if p < SURE or kind not in _WHICH or ruled.get("which") in (kind, *_DONE) or r.amount or (
                kind == "overdue" and {"due_days", "due_in"} & set(ruled)):
            return ruled
        return {**{k: v for k, v in ruled.items() if k in _KEPT or k == "vendor" and (
            _named(v))}, "which": kind}
    if p < LEARNED:
        return {}
    if kind in _WHICH:
        return {"which": kind}
    if kind == "week":
        return {"due_days": 7} if _DUE_WORD.search(fold(t)) else {"days": 7}
    if kind == "over" and (amount := r.amount or references(t.replace("-", " ").lower()).amount):
        return {"over": amount}  # "über die Zehntausend-Dollar-Marke": the words apart, a noun's capital dropped
    # a vendor's invoices: the name in the ask, the list tool takes the word a vendor is called; where the model reads
    # no filter, a name typed as one ("welche Rechnungen tragen oben das Logo Globex?"), not a remark's words
    return {"vendor": name} if kind in ("vendor", "none") and (name := learned_vendor(
        ask, loose=kind == "vendor")) else {}


# where a list ask begins inside a run-on message ("got a hunch ... which invoices do we have where ...")
_LIST_ASK = re.compile(r"\b(?:which|what|welche|quelles?|cu[aá]les|qu[eé]|welke)\s+(?:\S+\s+)?"
                       r"(?:invoices|bills|rechnungen|factures|facturas|facturen)\b", re.I)


def _kind_asked(t: str, ask: str) -> tuple[float, str]:
    """The list model's reading of the part that asks (after an aside's dash, or from "which invoices" on in a
    run-on message), where it reads a kind of invoices more surely than in the whole: a situation before the
    ask ("Ich bau grad den Beamer auf und will echte Rechnungen an die Wand werfen — ...") only blurs it."""
    whole = list_kind(t)
    starts = [m.start() for m in _LIST_ASK.finditer(t)]
    parts = {ASIDE_DASH.split(t)[-1], t[starts[-1]:] if starts else t, ask} - {t}
    readings = [k for k in map(list_kind, parts) if k[1] != "none"]
    if ASIDE_DASH.search(t) and readings and max(readings)[0] >= LEARNED:
        return max(readings)  # "Ein Lieferwagen blockiert die Laderampe — ..., die die 20.000 hinter sich lassen?":
        # the situation's "blockiert" is not the invoices' state
    return max((k for k in readings if k[0] > whole[0]), default=whole)


def _the_ask(t: str) -> str:
    """The question itself: after an aside, before a remark that trails it ("... with acme written at the top? I'll
    put them in the tracker after lunch"), from "which invoices" on in a run-on message; the sentence that speaks of
    the invoices where another asks ("Weiß jemand, wann die Prüfer kommen? ... zähl mir die Rechnungen ... auf.")."""
    part = asked_part(t)
    if not (said := read(part)).has("invoices") and not said.has("invoice_noun") and (
            spoken := spoken_of(t, ASIDE_BEFORE)):
        part = spoken
    starts = [m.start() for m in _LIST_ASK.finditer(part)]
    return part[starts[-1]:] if starts else part


def _named(vendor: str) -> bool:
    """Whether a vendor filter is a name as typed ("Acme", "Northwind Office"), not words taken for one."""
    return vendor[:1].isupper() and not all(is_word(w) for w in vendor.split()) or vendor == "abroad"


# a stretch of time said with "all" ("stuck in spreadsheets all week", "den ganzen Tag", "toute la semaine"): no
# "every invoice"
_ALL_TIME = re.compile(r"\b(?:all (?:week|day|morning|afternoon|night|month|year)|(?:die |den |das )?ganzen? (?:woche|"
                       r"tag|morgen|vormittag|nachmittag|monat|jahr)|toute la (?:semaine|journee|matinee|nuit)|"
                       r"tout le (?:mois|temps)|toda la (?:semana|manana|tarde|noche)|todo el (?:dia|mes|ano)|"
                       r"de hele (?:week|dag|ochtend|middag|maand))\b")


# where a clause ends: a dash, a sentence's or a colon's end, a comma
_CLAUSE_END = re.compile(r"\s[—–]\s|[.!?;:,]\s+")


def every_said(t: str, q) -> bool:
    """Whether a question says "every", "all" of the invoices: in the clause that names them ("jede Rechnung",
    "todas las facturas de Acme"), not of people ("damit alle die Antwort sehen — ist die Rechnung ...", "para que
    todos lo vean") nor of a stretch of time."""
    if not q.has("every") or _ALL_TIME.search(fold(t)) and not read(_ALL_TIME.sub(" ", fold(t))).has("every"):
        return False
    clauses = [read(c) for c in _CLAUSE_END.split(t) if c.strip()]
    return any(c.has("every") and (c.has("invoices") or c.has("invoice_noun")) for c in clauses) or not any(
        c.has("invoices") or c.has("invoice_noun") for c in clauses)


# an amount said as a hurdle or a mark to clear (folded): "l'obstacle des 20 000", "the 20,000 hurdle" is "over"
_HURDLE = re.compile(r"\b(?:obstacle|hurdle|barrier|barriere|barre|hurde|drempel|barrera|obstaculo|valla|liston)\s+"
                     r"(?:des?|du|of(?: the)?|der|von|van(?: de)?|del|de la)\s+\d"
                     r"|\b\d[\d .,]*(?:k\s)?\s*(?:hurdle|barrier)\b")


def _which(t: str, q, said, budget: bool, band: bool) -> str | None:
    """The state a list question asks of its invoices: over budget, overdue, waiting, blocked, posted or rejected; an
    approver's word in a question of amounts above what one approver may sign (`band`) asks for no waiting."""
    which = next((w for w in ("over_budget", "overdue", "waiting", "blocked") if w != "over_budget" and said.has(w)
                  or w == "over_budget" and budget), None)
    if which == "blocked" and _HURDLE.search(fold(t)):
        which = None  # "qui passent l'obstacle des 20 000": an amount's hurdle, no check's
    if which == "waiting" and AWAITS_PAYMENT.search(fold(t)):
        which = None  # "that northwind is waiting for us to pay": the vendor waits, no approver
    if which in (None, "waiting") and _HELD_BY_CHECK.search(fold(t)):
        which = "blocked"  # "qu'un contrôle a mises en attente": held by a check, not waiting on a person
    elif which == "blocked" and _ON_A_SIGNATURE.search(fold(t)):
        which = "waiting"  # "qui restent suspendues à la signature d'un approbateur": held up by a person's signature
    spoken = spoken_of(t, _CLAUSE) or t  # the clauses that speak of the invoices
    if which in (None, "waiting") and (done := done_state(fold(spoken))):
        which = done  # "welke facturen zijn goedgekeurd en geboekt?", "which invoices were rejected?": over with
    if which is None and q.score("approve_word", (q.lang, "en")) and not read(spoken).has("me") and not (
            band or _APPROVERS_LIMIT.search(fold(t)) or _SIGNED_BY.search(fold(t))):
        which = "waiting"  # "invoices needing a sign-off"; not "sorry if I'm a pain — ...", "nu het me ... schiet"; nor
        # "the 10,000 an AP approver can sign off", an approver's limit
    return which


def list_filters(t: str, q, r) -> dict[str, Any]:
    """Which invoices a list question asks for: blocked, waiting, overdue or over budget; over an
    amount; this week; from a vendor."""
    args: dict[str, Any] = {}
    # said of the invoices, not in an aside before them ("she sits with me today 👀 — show us the blocked invoices",
    # "writing up what's still open for my cover 🌍 — I need the invoices over 20,000")
    # or after a remark run into it ("courier's waiting at the front desk which invoices ..."): no state of its own
    said = read(spoken) if ASIDE_DASH.search(t) and (spoken := spoken_of(t, ASIDE_DASH)) else read(head) if (
        head := _after_run_on_remark(t)) else q
    # over an amount said with "dépassent" is no "dépassement" of a PO's budget: that needs its own word
    budget = said.has("over_budget") and not (r.amount and q.has("over") and not _BUDGET.search(fold(t)))
    band = _TOO_BIG.search(fold(t)) or _NOT_ENOUGH.search(fold(t))  # above what one approver may sign: no budget
    if which := _which(t, q, said, budget and not band, bool(band)):
        args["which"] = which
    if r.amount and not r.amount.startswith("qty ") and (q.has("over") or _AND_UP.search(t)):  # "over 10k", "of
        args["over"] = r.amount  # 10k+"; not a count ("zo'n twintig tabbladen open — ... boven de inkooporder")
    elif band:
        args["over"] = "lowest"
    elif _PO_REQUIRED.search(fold(t)):
        args["over"] = "po_required"
    elif m := _FIGURES.search(fold(t)):  # "in five figures", "fünfstellig", "à cinq chiffres": 10,000 and up
        args["over"] = format(Decimal(10) ** (_DIGITS[m.group(1)] - 1) - Decimal("0.01"), "f")
    elif m := _MANY_THOUSANDS.search(fold(t)):
        tens = next(g for g in m.groups() if g) in ("tens", "zehn", "dizaines", "decenas", "tien")
        args["over"] = "9999.99" if tens else "99999.99"
    # "received this week" (days) or "due this week" (due_days); today alike; not a run-on remark's "today"
    span = 7 if said.has("this_week") else 0 if said.has("today") else None
    due = _DUE_WORD.search(fold(t))
    # or a calendar span: "came in last month" (received), "due next week" (falling due)
    calendar = next((c for c in (("next_week", "this_month", "next_month") if due else ("this_month", "last_month"))
                     if said.has(c)), None)
    if kind := finding_kind(fold(said.text)):
        args["finding"] = kind  # "from suppliers we haven't set up", "whose bank details don't match"
    if calendar:
        args["due_in" if due else "received_in"] = calendar
    elif span is not None:
        args["due_days" if due else "days"] = span if due else max(span, 1)
    if due and (calendar or span is not None) and args.get("which") == "overdue":
        del args["which"]  # "arrivent à échéance cette semaine": coming due, not past it
    if vendor := vendor_filter(t, q, r):
        args = _of_vendor(args, t, vendor)
    return args


# the signature a vendor puts on its invoices: "llevan la firma de Northwind", "bearing the signature of", "tragen die
# Unterschrift von", "portent la signature de", "met de handtekening van" (folded; the vendor's name follows)
_VENDOR_SIGNED = r"\b(?:firma|signature|unterschrift|handtekening) (?:de|del|von|van|of|d) "


def _of_vendor(args: dict[str, Any], t: str, vendor: str) -> dict[str, Any]:
    """The filters with the vendor's; without "waiting" when the signature a question names is the vendor's ("las
    facturas que llevan la firma de Northwind": its invoices, no approver's signature they wait for)."""
    signed = args.get("which") == "waiting" and re.search(rf"{_VENDOR_SIGNED}{re.escape(fold(vendor))}\b", fold(t))
    return {**{k: v for k, v in args.items() if not (signed and k == "which")}, "vendor": vendor}


# where a list question begins inside a run-on message: "which invoices", "quelles factures", "qué facturas",
# "welche Rechnungen", "welke facturen" (folded)
_LIST_HEAD = re.compile(r"\b(?:which|what|any|quelles?|quels?|que|cuales|cuantas|welche|welke|wat voor)\s+"
                        r"(?:\w+\s+)?(?:invoices|bills|factures|facturas|rechnungen|facturen)\b")


def _after_run_on_remark(t: str) -> str | None:
    """The list question after a remark run into it without a stop ("told them i'd get back to them today which
    invoices ..."): the remark's "today" is no span; None when the message opens with its question."""
    folded = fold(t)
    if ASIDE_DASH.search(t) or not (m := _LIST_HEAD.search(folded)):
        return None
    remark = folded[:m.start()]
    if len(remark.split()) < 3 or (said := read(remark)).has("invoices") or said.has("invoice_noun"):
        return None
    return folded[m.start():]


# a check that put them on hold ("qu'un contrôle a mises en attente", "que un control ha dejado en espera")
# "que un control tiene esperando en la puerta", "die een controle bij de slagboom laat wachten", "die eine Prüfung am
# Schlagbaum stehen lässt": a check keeps them waiting (folded; not checks passed: "that cleared the checks and wait")
_HELD_BY_CHECK = re.compile(r"(?<!passed )(?<!cleared )(?<!bestandene )\b(?:controles?|control|controls?|kontrollen?|"
                            r"prufung\w*|checks?)\b.{0,40}\b(?:en attente|en espera|in de wacht|on hold|"
                            r"in der warteschleife|tiene esperando|tienen esperando|laat wachten|laten wachten|"
                            r"stehen lasst|stehen lassen|warten lasst|warten lassen|keeps? waiting|holds? up)\b")
# held up by a signature still to come (folded): "suspendues à la signature", "stuck pending sign-off", "hängen an der
# Unterschrift", "pendientes de la firma de", "die op een handtekening wachten"
_ON_A_SIGNATURE = re.compile(r"\b(?:a la signature|pending (?:a |the )?(?:signature|sign ?off|approval)|for (?:a |the "
                             r"|an approver s )?(?:signature|sign ?off)|an der (?:unterschrift|freigabe)|auf (?:die "
                             r"|eine )?(?:unterschrift|freigabe)|(?:de|a) la firma|op (?:een |de )?(?:handtekening|"
                             r"goedkeuring))\b")
_CLAUSE = re.compile(r",\s|\s[—–]\s")  # ... or a comma's clause
# signed by whoever issued them: "que vienen firmadas por Acme", "signed by Acme", "signées par Acme" (folded): whose
# they are, no approval awaited
_SIGNED_BY = re.compile(r"\b(?:signed|firmad[ao]s?|signee?s?|unterschrieben|unterzeichnet|ondertekend|getekend)\s+"
                        r"(?:by|por|par|von|door)\s+")


# an amount an approver may sign, said as whose limit it is: "the 10,000 an AP approver can sign off", "la limite de
# 10 000 d'un approbateur", "die 10.000, die ein Freigeber abzeichnen darf" (folded; not "10,000 that need an approver")
_APPROVERS_LIMIT = re.compile(r"\b\d+(?: \d{3})*(?: (?!need|needs|require\w*|wait\w*|brauch\w*|warten|besoin|"
                              r"attend\w*|necesit\w*|esper\w*|nodig|wacht\w*)\w+){0,4}? (?:ap )?(?:approver|freigeber|"
                              r"approbateur|aprobador|goedkeurder)")


# what we still owe a vendor: "how much do we owe Acme?", "what's owed to Acme", "wie viel schulden wir Acme noch?",
# "combien doit-on encore à Initech ?", "¿cuánto le debemos a Globex?", "hoeveel zijn we Umbrella nog schuldig?"
# (folded; we owe, not "I owe the CFO a one-liner" nor "ob sie uns etwas schuldig sind"; "devons"/"debemos" also mean
# "must", so they count only after a how-much word)
_OWED = re.compile(r"\bwe\b(?: \w+){0,2} (?:owe|owing)\b|\b(?:owed|owing) to\b|\bschulden wir\b|\bwir\b(?: \w+){0,4} "
                   r"(?:schulden|schuldig)\b|\b(?:zijn|we|wij) (?:we |wij )?(?:\w+ ){0,4}(?:schuldig|verschuldigd)\b|"
                   r"\b(?:combien|cuanto|wie ?viel|hoeveel)\b.{0,40}\b(?:devons|doit on|devez|debemos)\b")
# ... of one invoice: "do we still owe anything on it?", "zijn we daar nog iets op schuldig?": where it stands
_ON_IT = re.compile(r"\b(?:on|for) (?:it|this|that)\b|\bdaar\w*\b|\b(?:da|darauf|dafur|davon)\b|\bdessus\b|"
                    r"\bpor (?:ella|esa)\b")
_IN_ALL = frozenset(("owed", "owe", "owing", "total", "overall", "altogether", "insgesamt", "gesamt", "tout", "totaal",
                     "still", "noch", "encore", "todavia", "aun", "nog"))


def owed_args(t: str, q, r) -> dict[str, Any] | None:
    """The list tool's filters for what is owed (posted or in review; not rejected, expired or a duplicate), from the
    vendor named if one is; None when the question does not ask what is owed."""
    if not _OWED.search(folded := fold(t)) or _ON_IT.search(folded):
        return None
    vendor = list_filters(t, q, r).get("vendor") or " ".join(w for w in r.words.split() if fold(w) not in _IN_ALL)
    return {"which": "owed", **({"vendor": vendor} if vendor else {})}
