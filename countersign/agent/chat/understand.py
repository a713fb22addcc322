"""How the offline planner reads a question: its language, the intents its words cue, and what
it refers to. No fixed sentences: cue words are counted (lexicon.py, rapidfuzz for typos), ids,
dates and amounts are found by shape, and whatever words are left name the thing asked about
(a vendor, a deal), which the tools resolve against the store and the CRM (resolve.py). Whether a
message asks to act instead is acts.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from countersign.agent.chat.accounts import kind_said
from countersign.agent.chat.descriptions import CENTS_SAID, PART_WORDS, described_by, states_said
from countersign.agent.chat.findings import finding_said
from countersign.agent.chat.known import KNOWN as _KNOWN
from countersign.agent.chat.known import (
    STEMS,
    cue_parts,
    fold,
    language_words,
    pair_cues,
    swap_typo,
    swapped,
    untypo,
)
from countersign.agent.chat.lexicon import DEPARTMENT_NAMES, LANGS, MARKS
from countersign.agent.chat.numbers import (
    BETWEEN,
    FROM_TO,
    SCALES,
    figure_role,
    range_ends,
    spelled_letters,
    spelled_out,
)
from countersign.agent.chat.places import is_place_code, mentioned, with_abroad, without_house_number
from countersign.agent.chat.resolve import PO_NUMBER, month_days, parse_amount
from countersign.agent.chat.shapes import (
    ASIDE_DASH,
    COUNTED,
    GL_ACCOUNT,
    IBAN,
    IBAN_HEAD,
    IBAN_TAIL,
    INVOICE_BEFORE,
    NAME_HEAD,
    NUMBERED,
    PO_NOUN,
    POSTAL,
    TAX_ID,
    TAX_ID_BEFORE,
    TAX_TAIL,
    TERM_DAYS,
    TERMS_CUE,
    bare_vat,
    decision_said,
    goods_asked,
    numbers_meant,
)
from countersign.extraction.cldr import month_numbers

MAX_WORDS = 64  # the tools take a name of at most this many characters
TYPO_MIN = 6  # words this long may carry one typo (a swap counts once: OSA distance), from 9 two
COMPOUNDING = {"de", "nl"}  # a cue word of COMPOUND_MIN letters or more is also a compound's head
COMPOUND_MIN = 6  # ("zahlungsverzug" ends in "verzug", "eingangsrechnung" in "rechnung")
EXACT_GROUPS = {"invoices", "invoice_noun"}  # singular and plural mean different things: no typo of each other
# Groups read in the asker's language (and English) only: their words are false friends elsewhere
# (German "wie" is "how", Dutch "who"; French "je" is "I", Dutch "you").
OWN_LANGUAGE = {"who", "me"}

_CASE_ID = re.compile(r"\bC-[0-9A-F]{8}\b", re.I)
_OPP = re.compile(r"\bOPP(?:TY)?[-\s]?(\d{2,})\b", re.I)  # "OPP-3004", "opp3004", "OPP 3004", "oppty 3004"
_DEAL = re.compile(r"\b(?:deal|opportunity|opportunit[ée]|oportunidad|opportunit[äa]t|verkoopkans|opp)\s*(?:id\s*)?"
                   r"#?\s*((?=[\w-]*\d)[A-Za-z0-9][\w-]{0,63})", re.I)
_PO = PO_NUMBER
# a purchase order by its word and a number: "purchase order 2004", "Bestellung 2004", "commande n° 2004",
# and the local abbreviations: "Bestellnr. 2002", "le BC 2002" (bon de commande), "la OC 2002" (orden de compra)
_PO_WORD = re.compile(r"\b(?:purchase order|bestellung|bon de commande|commande|bon|orden de compra|orden|pedido"
                      r"|inkooporder|bestelling"
                      r"|bestellnr|bestell-nr|BC|OC)\.?"
                      r"\s*(?:#|no\.?|nr\.?|n\.?\s?[°º]|number|nummer)?\s*(\d{3,})\b", re.I)
# the number (four digits: "200 order lines" names none) before the word: "the 2004 PO", "die 2004er-Bestellung";
# and the PO's letters swapped as typed in haste: "OP-2002"
_PO_AFTER = re.compile(r"(?<![\d.,'-])\b(\d{4,})(?:er)?[-\s]?(?:P\.?O\b\.?|purchase order|bestellung|order|inkooporder"
                       r"|bestelling)\b|\bOP-(\d{3,})\b", re.I)
# an invoice number: letters, a dash, digits ("INV-1043"), typed without its dash ("inv1043",
# "gx2026-118"), or with spaces for dashes ("gx 2026 118", a short prefix that is no word: `_spaced`)
_DOC_NUMBER = re.compile(r"\b(?!PO-)([A-Z]{1,6}(?:-[A-Z0-9]+)*-\d[\w-]*|[A-Z]{2,6}\d{3,}(?:-\d+)*)\b", re.I)
# words in lower case after a number, in a file's name ("06-initech-INV-88120-senior-approval.pdf"): no part of it
_WORDS_AFTER = re.compile(r"(?:-[a-z]{3,})+$")
# an invoice number typed with slashes, points or a typographic dash: "GX/2026/118", "inv.1043", "INV–88120"
_SEPARATED_NUMBER = re.compile(r"\b([A-Z]{1,6})[/.–—]((?:\d+[/.–—-])*\d+)\b", re.I)
_SPACED_NUMBER = re.compile(r"\b([A-Z]{2,3})\s(?:[-–—]\s)?(\d{2,}(?:[\s-]\d{2,})*)\b(?![.,]\d)", re.I)  # "NW - 5602"
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b")
# a day without its year: "12/11", "12.11." anywhere; "12-11" after a word that introduces a date
_DAY_MONTH = re.compile(r"(?<![\d.,/-])(\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.)(?![\d/]|\.\d)|"
                        r"(?i:\b(?:dated|of|from|on|vom|am|datiert|du|le|del|el|van|gedateerd|fecha|datum)\s+)"
                        r"(\d{1,2}[-.]\d{1,2})(?![\w.,-])")
# thousands grouped by comma, point, apostrophe or (French) space: "24,000", "1.296,00", "1 657,80";
# scaled by a suffix ("20k", "20 mil", "20 Tsd.", "1,5 Mio"); a currency after it, also inside a
# compound ("die 480-Dollar-Rechnung", "die 24k-Rechnung": a dash and a letter may follow)
_AMOUNT = re.compile(r"(?<![\w-])((?:[$€£]\s*)?\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?"
                     r"|(?:[$€£]\s*)?\d+(?:[.,]\d{1,2})?)"
                     rf"(?:\s?({'|'.join(sorted(SCALES, key=len, reverse=True))})\b\.?)?"
                     r"(?:[\s-]*(?:usd|eur|gbp|dollars?|d[oó]lares|euros?|[$€£](?!\s*\d)))?(?![\w]|-\d)", re.I)


def _in(part: str, tokens: tuple[str, ...]) -> bool:
    return any(t.startswith(part[:-1]) for t in tokens) if part.endswith("*") else part in tokens


@dataclass(frozen=True)
class Question:
    text: str
    folded: str
    tokens: tuple[str, ...]
    lang: str

    def score(self, group: str, langs: tuple[str, ...] | None = None) -> int:
        """How strongly the question cues `group`: 1 a word or stem, 2 a phrase; typos in long words
        count, in the asker's language and English only (Dutch "helder" is no typo of German
        "Felder"). All languages are tried (people mix them), the asker's first."""
        if langs is None and group in OWN_LANGUAGE:
            langs = (self.lang, "en")
        return max((_cued(self, group, lang) for lang in langs or LANGS), default=0)

    def has(self, group: str) -> bool:
        return self.score(group) > 0


@lru_cache(maxsize=8192)  # a question is scored for the same group more than once while it is planned
def _cued(q: Question, group: str, lang: str) -> int:
    """`Question.score` in one language."""
    words, stems, phrases = cue_parts(group, lang)
    heads, long_words = _long_cues(group, lang)
    total = 2 * sum(f" {p} " in f" {q.folded} " for p in phrases)
    total += 2 * sum(all(_in(part, q.tokens) for part in pair) for pair in pair_cues(group, lang))
    for token in q.tokens:
        if token in words or token.startswith(stems):
            total += 1
        elif lang in COMPOUNDING and token.endswith(heads) and any(
                len(token) > len(w) + 2 and token.endswith(w) for w in heads):
            total += 1
        elif lang in (q.lang, "en") and group not in EXACT_GROUPS and len(token) >= TYPO_MIN and (
                token not in _KNOWN) and any(OSA.distance(token, w) <= (1 if len(w) < 9 else 2) for w in long_words):
            total += 1
        elif group in EXACT_GROUPS and len(token) >= TYPO_MIN and any(
                swapped(token, w) for w in words):  # "invocies": letters swapped, never one dropped
            total += 1
    return total


@lru_cache(maxsize=None)
def _long_cues(group: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A cue group's words long enough to head a compound, and those long enough to carry a typo."""
    words = cue_parts(group, lang)[0]
    return tuple(w for w in words if len(w) >= COMPOUND_MIN), tuple(w for w in words if len(w) >= TYPO_MIN)


# "bills" as a verb: "the invoice that bills forty boxes", "the supplier who bills us" (folded); no plural of invoices
_BILLS_VERB = re.compile(r"\b(invoice|bill|one|vendor|supplier) (that|which|who) bills\b")


@lru_cache(maxsize=1024)  # one message is read a dozen times while it is planned; Question is frozen
def read(text: str) -> Question:
    folded = _BILLS_VERB.sub(r"\1 \2 charges", fold(text))
    return Question(text, folded, tuple(folded.split()), detect_language(text))


@lru_cache(maxsize=1024)
def detect_language(text: str) -> str:
    """The language whose function and cue words the question uses most; English on a tie."""
    folded, low, scores = fold(text), text.casefold(), {}
    tokens = folded.split()
    for lang in LANGS:
        vocab, stems, phrases = language_words(lang)
        scores[lang] = (sum(t in vocab or t.startswith(stems) for t in tokens)
                        + 2 * sum(f" {p} " in f" {folded} " for p in phrases)
                        + 2 * sum(m in low for m in MARKS.get(lang, ())))
    best = max(LANGS, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > scores["en"] else "en"


@dataclass(frozen=True)
class Refs:
    """What a question names by shape: ids, a date, an amount, tax id or IBAN, and the words left."""

    case: str | None
    po: str | None
    opps: tuple[str, ...]
    deal: str | None
    date: str | None
    amount: str | None
    tax_id: str | None
    iban: str | None
    words: str


# A helpdesk ticket's own number ("Ticket AP-4471", "Jira FIN-88", "incidencia #4471"): no invoice's
_TICKET = re.compile(r"\b(?:ticket|tkt|jira|incident|incidencia|incidente|melding|servicenow|zendesk)\b\s*"
                     r"(?:#|no\.?|nr\.?|n[°º])?\s*:?\s*[A-Z]{1,6}-?\d+\b", re.I)
# A line pasted in quotes (a log's, a bank's, a bot's: "WARN: bill not created, case still open"): someone
# else's words, naming nothing; a quoted id or name ("INV-1043", "Acme Tools") stays
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,160})[\"“”„«»]")


def unquoted(text: str) -> str:
    """`text` without pasted lines: quotes of two words or more and no id that read as someone else's
    line, not a name ("WARN: bill not created", "beneficiary details mismatch", "PRICE VARIANCE above
    tolerance", a sentence; "Blue Harbor - store fit-out tools" is a deal's name)."""
    def drop(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        pasted = (len(inner.split()) >= 2 and not _DOC_NUMBER.search(inner) and not _PO.search(inner)
                  and not NUMBERED.search(inner)  # "RE: FW: Rechnung 88120": a mail's subject names it
                  and (inner[:1].islower() or re.search(r"[:;,?!]|\.(?!\d)|\b[A-Z]{3,}\b", inner))
                  and not mentioned(inner))  # «pays aux 10 000 lacs» names a place
        return " . " if pasted else m.group(0)
    return _QUOTED.sub(drop, _TICKET.sub(" ", text))


def references(text: str) -> Refs:
    text = numbers_meant(unquoted(text))
    text = spelled_out(_dashed(spelled_letters(text)), lang := detect_language(text))
    ranged = (m, ends) if (m := FROM_TO.search(text)) and (ends := range_ends(m)) else None
    if ranged:  # "10k-to-50k": a range, no invoice number "TO-50K"
        text = text.replace(ranged[0].group(0), " ")
    opps = tuple(dict.fromkeys(f"OPP-{m.group(1)}" for m in _OPP.finditer(text)))
    deal_match = None if opps else _DEAL.search(text)
    deal = opps[0] if opps else (deal_match.group(1) if deal_match else None)
    case, untaxed = None, TAX_ID_BEFORE.sub(" ", TAX_ID.sub(" ", text))  # a tax id is no invoice number, amount, name
    if m := _CASE_ID.search(text):
        case = m.group(0).upper()
    else:
        named = IBAN.sub(" ", untaxed)  # nor is an IBAN
        if vat := bare_vat(named):
            named = named.replace(vat, " ")
        case = next((_WORDS_AFTER.sub("", m.group(1)).upper() for m in _DOC_NUMBER.finditer(named)
                     if not m.group(1).upper().startswith(("PO", "OPP", "OP-"))), None)
    po = _po_in(text)
    rest = _PO_AFTER.sub(" ", _PO_WORD.sub(" ", _PO.sub(" ", _OPP.sub(" ", untaxed))))
    rest = _CASE_ID.sub(" ", _DOC_NUMBER.sub(" ", rest))
    if deal_match and deal_match.group(1).isdigit():  # "deal 3004" names a deal, not an amount
        rest = rest.replace(deal_match.group(0), " ")
    if case is None and (m := _spaced(rest)):
        digits = "-".join(re.split(r"[\s-]", m.group(2)))
        case, rest = f"{m.group(1)}-{digits}".upper(), rest.replace(m.group(0), " ")
    rest, postal = _taken(POSTAL, rest)  # a place, named with the words
    rest, account = _taken(GL_ACCOUNT, rest)  # a ledger account, no amount
    rest, tax_tail = _tax_tail(rest)
    rest = without_house_number(rest)  # "from 4120 freidrich lane": no amount
    day = m.group(1) if (m := _DATE.search(rest)) else None
    rest = _DATE.sub(" ", rest)
    if day is None and (found := _day_without_year(rest, lang)):
        day, rest = found[0], rest.replace(found[1], " ")
    if m := BETWEEN.search(rest):
        amount, rest = f"between {m.group(1)} and {m.group(2)}", rest.replace(m.group(0), " ")
    elif ranged:
        amount = f"between {ranged[1][0]} and {ranged[1][1]}"
    elif (m := TERM_DAYS.search(rest)) and TERMS_CUE.search(rest):
        amount, rest = f"terms {m.group(1) or m.group(2)} days", rest.replace(m.group(0), " ")
    else:  # the number typed right after "invoice" first ("200 unread messages and invoice 88,120"); the asked
        # part's before an aside's, where a count is the situation's ("zo'n twintig tabbladen open — ... de 20.000")
        aside = max((d.end() for d in ASIDE_DASH.finditer(rest) if "?" not in rest[:d.start()]), default=0)
        amount = next((f"{role} {_amount(m)}" if (role := figure_role(rest, m)) else _amount(m)
                       for m in sorted(_AMOUNT.finditer(rest), key=lambda m: (
                           m.start() < aside, not INVOICE_BEFORE.search(rest[:m.start()])))
                       if not _small_count(m) or figure_role(rest, m) == "qty"), None)
    tax = m.group(1) if (m := TAX_ID.search(text) or TAX_ID_BEFORE.search(text)) else bare_vat(text)
    iban, rest = _iban_said(text, rest)
    described, rest = _described(text), CENTS_SAID.sub(" ", rest)  # "ends in 92 cents": no amount
    extras = " ".join(x for x in (postal, account and f"GL {account}", tax_tail, *described) if x)
    left = leftover_words(_AMOUNT.sub(" ", goods_asked(rest)))  # an aside's words name no goods the question names
    dated = any(x.startswith("period:") for x in described)  # its month's name is in the token: said twice
    words = _fit(_sentence_case(left, text), MAX_WORDS - len(extras) - 1, _asides(text), dated)
    words = with_abroad(text, " ".join(x for x in (words, extras) if x))
    if (decided := decision_said(text, words)) and decided not in words.split():
        words = f"{_fit(words, MAX_WORDS - len(decided) - 1)} {decided}".strip()
    return Refs(case, po, opps, deal, day, amount, tax, iban, words)


def _iban_said(text: str, rest: str) -> tuple[str | None, str]:
    """The IBAN a question names, whole, by its last digits ("*3000") or by its start ("NL91*"); `rest` without it."""
    if m := IBAN.search(text):
        return m.group(1).replace(" ", ""), rest
    if m := IBAN_TAIL.search(text):  # "the IBAN ending in 3000": its last digits
        tail = next(g for g in m.groups() if g)
        return f"*{tail}", rest.replace(tail, " ")
    if m := IBAN_HEAD.search(text):  # "the IBAN that starts NL91": its first characters
        head = next(g for g in m.groups() if g)
        return f"{head.upper()}*", rest.replace(head, " ")
    return None, rest


def _po_in(text: str) -> str | None:
    """The purchase order a question names by its number: "PO 2004", "Bestellung 2004", "the 2004 PO", "OP-2002"."""
    m = _PO.search(text) or _PO_WORD.search(text) or _PO_AFTER.search(text)
    return f"PO-{next(g for g in m.groups() if g)}" if m else None


def _described(text: str) -> list[str]:
    """What a message says to describe the thing (descriptions.py), as reference tokens; with them the state said,
    which picks among what the description fits (a plural's is the group a superlative ranks)."""
    said = fold(untypo(text))
    described = described_by(said, fold(text))
    if read(text).has("invoice_noun") or PO_NOUN.search(text):  # "the invoice with the dodgy IBAN", "coded to COGS"
        described += [x for x in (finding_said(said), kind_said(said)) if x]
    elif (finding := finding_said(said)) == "finding:duplicate":  # "the duplicate", "le doublon": an invoice said
        described.append(finding)
    if described and (q := read(text)).has("invoices"):  # "the biggest of the blocked invoices": a group
        described.append(states_said(said, [g for g in ("blocked", "waiting") if q.has(g)]) or "")
    elif described and not described[0].startswith("rank:") and "gl:" not in " ".join(described):  # a tie-breaker
        described.append(states_said(said) or "")  # (a single one's state is asked; "booked to" an account is no state)
    return described


def _tax_tail(text: str) -> tuple[str, str | None]:
    """`text` without a tax id named by its last digits, and those as "taxid *4321" (None: none named)."""
    m = TAX_TAIL.search(text)
    return (text.replace(m.group(0), " "), f"taxid *{m.group(1) or m.group(2)}") if m else (text, None)


def _taken(pattern: re.Pattern[str], text: str) -> tuple[str, str | None]:
    """`text` without the first match of `pattern`, and the match's first group (None: no match)."""
    m = pattern.search(text)
    return (text.replace(m.group(0), " "), m.group(1)) if m else (text, None)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;–—]\s+|\s-\s)[\"'“„«¿¡(]*([A-Z][a-z]+)\b(?=\s+(?:[a-z]|\d+\s+[a-zà-öø-ÿ]))")


def _sentence_case(words: str, text: str) -> str:
    """Leftovers with a word capitalized only because it opens a sentence in lower case
    ("Procurement says ...", "Day 3 of chasing ..."), so it does not pass for a name; names keep their capitals (a word
    also capitalized mid-sentence, or followed by another capitalized word: "Blue Harbor")."""
    openers = {m.group(1) for m in _SENTENCE_START.finditer(text)}
    inside = {w for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]+\b", text)}  # also capitalized mid-sentence: a name
    return " ".join(w.lower() if w in openers - inside else w for w in words.split())


def _fit(words: str, limit: int = MAX_WORDS, asides: frozenset[str] = frozenset(), dated: bool = False) -> str:
    """A long message's leftovers cut to what a tool takes as a name: a month's name and its part first when a
    period token says them (`dated`: "Anfang Oktober" beside "period:date:10:1:10", not "Blue Harbor"), then
    lower-case words, those of an aside around the question first (`asides`), then the earliest (the name is more often
    the capitalized part: "... necesito saber si la reposición de papel de Northshore"; a domain,
    "meridian.example", is a name too), then whatever runs past the limit, at a word."""
    kept = words.split()
    while dated and len(" ".join(kept)) > limit and (i := next((k for k, w in enumerate(kept) if (
            folded := fold(w)) in PART_WORDS or len(w) >= 4 and folded in month_numbers()), None)) is not None:
        del kept[i]
    for first in (True, False):
        while len(" ".join(kept)) > limit and (i := next((k for k, w in enumerate(kept) if not (
                w[:1].isupper() or "." in w) and (not first or w.casefold() in asides)), None)) is not None:
            del kept[i]
        while first and len(" ".join(kept)) > limit and (i := next((k for k, w in enumerate(kept) if w.casefold(
                ) in asides and "." not in w), None)) is not None:
            del kept[i]  # then an aside's capitals: German nouns ("Draußen wird eine Wimpelkette ... gespannt — ...")
    fitted = " ".join(kept)
    return fitted if len(fitted) <= limit else fitted[:limit].rsplit(" ", 1)[0]


def _asides(text: str) -> frozenset[str]:
    """The words of what is said around the question: before an aside's dash ("Ik heb beloofd het vandaag terug te
    koppelen, dus — ...") and after its last question mark ("... gefactureerd? Hun inkoper heeft het nodig.")."""
    parts = ASIDE_DASH.split(text)
    around = " ".join(parts[:-1]) if len(parts) > 1 and "?" not in parts[0] else ""
    if "?" in text:
        around += " " + text[text.rindex("?") + 1:]
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_][\w&'-]*", around))


_NOT_PREFIXES = frozenset(("usd", "eur", "gbp", "chf", "cad", "aud", "jpy", "opp", "po", "id", "nr", "no", "bc", "oc",
                           "net", "wk", "kw", "cw"))  # "net 30" is payment terms, "KW 41" a calendar week


def _dashed(text: str) -> str:
    """Invoice numbers typed with other separators, written with dashes ("GX/2026/118" -> "GX-2026-118"),
    unless their letters are a word or an abbreviation ("Nr.1043", "ca.1500")."""
    def dash(m: re.Match[str]) -> str:
        letters = fold(m.group(1))
        if letters != "inv" and (letters in _KNOWN or letters in _NOT_PREFIXES):
            return m.group(0)
        return f"{m.group(1)}-{re.sub(r'[/.–—]', '-', m.group(2))}"
    return _SEPARATED_NUMBER.sub(dash, text)


def _spaced(text: str) -> re.Match[str] | None:
    """An invoice number typed with spaces ("gx 2026 118"), when its letters are no word, currency,
    month or scale ("over 5000", "usd 480", "nov 2026", "ich hab dreißig Sekunden" are not numbers) and no unit
    follows it ("sans fil 18 V")."""
    for m in _SPACED_NUMBER.finditer(text):
        letters = fold(m.group(1))
        if _UNIT_AFTER.match(text, m.end()):
            continue  # "perceuses sans fil 18 V": a size in its unit, no number
        if letters == "inv" or not (letters in _KNOWN or letters in SCALES or letters in month_numbers()
                                    or letters in _NOT_PREFIXES):
            return m
    return None


# a unit of measure after a number, as printed (one letter only in capitals: "18 V", not Spanish "a la")
_UNIT_AFTER = re.compile(r"\s?(?:V|W|A|(?i:kw|ah|mah|mm|cm|kg|ml|gb|tb|mb))\b")


@lru_cache(maxsize=1)
def _named_month() -> re.Pattern[str]:
    """A day with a month's name, its year optional: "Nov 12", "12 Nov", "12. November 2026",
    "12 de noviembre", "le 12 novembre" (month names from CLDR, extraction/cldr.py)."""
    # a month's abbreviation that is a word people write ("des" in "des 8 kits") names no month
    names = "|".join(re.escape(n) for n in sorted(month_numbers(), key=len, reverse=True) if n not in _KNOWN)
    day = r"(\d{1,2})(?:st|nd|rd|th|er|e|[èe]me|º|\.)?"
    day_after = day.replace("(", "(?P<d2>", 1)
    return re.compile(rf"(?i:\b(?:{day}\s*(?:de\s+|of\s+)?(?P<m1>{names})\.?|(?P<m2>{names})\.?\s+{day_after})"
                      r"(?:,?\s+(?:de\s+)?(?P<y>\d{4}))?\b)")


def _day_without_year(text: str, lang: str = "en") -> tuple[str, str] | None:
    """A date without its year or with a month's name: ("--MM-DD" or ISO, as typed); "10/11" in English both ways."""
    if m := _named_month().search(text):
        month = month_numbers()[fold(m.group("m1") or m.group("m2")).replace(" ", "")]
        day = int(m.group(1) or m.group("d2"))
        if 1 <= day <= 31:
            return (f"{m.group('y')}-{month:02d}-{day:02d}" if m.group("y") else f"--{month:02d}-{day:02d}"), m.group(0)
    for m in _DAY_MONTH.finditer(text):
        typed = (m.group(1) or m.group(2)).rstrip(".")
        if pairs := month_days(typed):
            day, month = (int(n) for n in re.split(r"[./-]", typed))
            first = (lang != "en" or "." in typed) and (month, day) in pairs
            return (f"--{month:02d}-{day:02d}" if first else typed), m.group(1) or m.group(2)
    return None


def figures(text: str) -> tuple[str, ...]:
    """Every figure a question names, with its role when said ("qty 500", "unit 3.20", "1600"): what a
    purchase order's lines are looked up by."""
    return tuple(f"{role} {_amount(m)}" if (role := figure_role(text, m)) else _amount(m)
                 for m in _AMOUNT.finditer(text))


def _small_count(m: re.Match[str]) -> bool:
    """A bare whole number under 100 ("phase 1", "from the 12th", "top 5") or counting messages ("200 unread
    messages"): no invoice's amount unless a currency, cents or a scale says so."""
    return (typed := m.group(0).strip()).isdigit() and (int(typed) < 100 or bool(COUNTED.match(m.string, m.end())))


def _amount(m: re.Match[str]) -> str:
    """An amount as typed, or as a plain number when a suffix scales it ("20k" -> "20000")."""
    value = parse_amount(m.group(1)) if m.group(2) else None
    return m.group(1) if value is None else format((value * SCALES[m.group(2).casefold()]).normalize(), "f")


_NAME_GOES_ON = re.compile(r" ([^\W\d_]{3,})")  # the next word, which may carry a name on: "acme tools"
# a name's slot that no function word fills: "from acme?", "von acme,", "van acme." ("acme" is "came" typed wrong
# only where a verb could stand)
_SOURCE_BEFORE = re.compile(r"\b(?:from|von|van|de|del|bei|bij|chez|of|by|par|por|door)\s+$", re.I)
_SLOT_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")
_PLACE_AFTER = re.compile(r" (?:in|from|of|aus|uit|en|à) ([^\W\d_]+)")  # a name where it is: "acme in springfield"


_DEPARTMENTS = frozenset(fold(n) for names in DEPARTMENT_NAMES.values() for n in names)
# a department's name after its noun, or as whose order it is ("de inkooporder van de administratie")
_DEPARTMENT_BEFORE = re.compile(r"\b(?:afdeling|abteilung|department|dept|service|departamento|d[ée]partement|"
                                r"(?:inkooporder|bestelling|order|po|bestellung)\s+(?:van|von|of|der|de)(?:\s+de[rn]?)?)\s+$",
                                re.I)


def leftover_words(text: str) -> str:
    """The words of `text` that are neither function nor cue words: a name, as typed ("North Wind" stays whole)."""
    kept: list[str] = []
    held = ""  # a known word in capitals, kept if a name in capitals follows it
    for m in re.finditer(r"[^\W\d_][\w&'.-]*", text):
        word = m.group(0).strip("'.-")
        f = fold(word)
        if (not f or f in _KNOWN or f.startswith(STEMS) or len(f) < 2) and not is_place_code(
                word) and not (f in _DEPARTMENTS and _DEPARTMENT_BEFORE.search(text[:m.start()])):  # "the IL
            # invoice": a state's code, though "il" is a word; "de afdeling administratie": a department's name
            held = word if word[:1].isupper() and not re.search(r"(?:^|[.!?:;]\s*|[–—]\s*)$", text[:m.start()]) else ""
            continue
        if held and word[:1].isupper():
            kept.append(held)
        held = ""
        if " " in f and all(part in _KNOWN for part in f.split()):  # "est-elle", "qu'est-ce"
            continue
        if swap_typo(word) and not (len(word) > 3 and (NAME_HEAD.match(text, m.end()) or (
                n := _NAME_GOES_ON.match(text, m.end())) and fold(n.group(1)) not in _KNOWN
                or _SOURCE_BEFORE.search(text[:m.start()]) and _SLOT_ENDS.match(text, m.end())
                or (at := _PLACE_AFTER.match(text, m.end())) and mentioned(at.group(1)))):
            continue  # "teh", "wiht", "cna": a known word with two letters swapped; not "the acme one", "acme tools",
            # "from acme?", "acme in springfield"
        kept.append(word)
    return " ".join(kept)
