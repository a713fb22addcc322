"""Which case, vendor or deal a person means: fuzzy resolution of free-text references.

People name an invoice by its number, but also by its vendor ("the northwind bill", typos
included), its amount ("the 24,000 invoice"), its date or its PO. The chat tools resolve such a
reference here, so a model and the offline planner get the same answer. Pure functions over
records the tools read; rapidfuzz for names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from rapidfuzz import fuzz

from countersign.agent.chat.case_states import FINAL, finding_codes, in_state
from countersign.agent.chat.descriptions import (
    CENTS,
    DESCRIBED,
    DOMINANT,
    INITIAL,
    LACKS,
    LINES,
    NOT,
    PERIOD,
    RELATION,
    STATE,
    WEEKDAY,
    states_said,
)
from countersign.agent.chat.feasts import anchored_on, named_on
from countersign.agent.chat.findings import FINDING, FINDINGS
from countersign.agent.chat.goods import concepts, same_thing
from countersign.agent.chat.initials import said_initials
from countersign.agent.chat.periods import in_period
from countersign.agent.chat.places import banked_with, banking_in, in_named_place
from countersign.agent.chat.ranks import RANK, extreme, pick
from countersign.agent.chat.shapes import LEGAL_FORMS, TOTAL_OF
from countersign.domain import CaseView, normalize_name
from countersign.extraction.cldr import month_numbers

NAME_SCORE = 80  # rapidfuzz score (0-100) from which a name is taken to mean a record

_AMOUNT = re.compile(r"^(?:[$€£]\s*)?(\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?"
                     r"(?:\s*(?:usd|eur|gbp|[$€£]))?$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
# a day without its year: "--11-12" (ISO's month and day, as the planner writes a named month), or
# "12/11", "12.11.", "12-11" as typed, which may be day first or (in American English) month first
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")
_DM = re.compile(r"^(\d{1,2})[./-](\d{1,2})\.?$")
# "PO-2001", "po 2001", "po#2002", "P.O. 2004", "P/O 2001", "PO no. 2003", "PO Nr. 2003": the number is what counts;
# inside another reference ("BH-PO-7781", a customer's own) it is none of ours
PO_NUMBER = re.compile(r"(?<![A-Za-z0-9]-)\bP[./]?\s?O\.?(?![A-Za-z])\s*(?:(?:#|no\.?|nr\.?|number|nummer|n[°º])\s*)?"
                       r"[-#:]?\s*(\d{2,})\b", re.I)
T = TypeVar("T")


def parse_amount(text: str) -> Decimal | None:
    """"24,000.00", "1.296,00", "1 657,80", "480 USD", "24000" as a Decimal; None when not an amount."""
    m = _AMOUNT.match(text.strip())
    if not m:
        return None
    whole = re.sub(r"[,.' \u00a0\u202f]", "", m.group(1))
    try:
        return Decimal(f"{whole}.{m.group(2) or '0'}")
    except InvalidOperation:
        return None


def parse_day(text: str) -> date | None:
    """ISO (2026-11-13) or day first (13.11.2026, 13/11/2026), as Europeans write it."""
    text = text.strip()
    try:
        if m := _ISO.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DMY.match(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def month_days(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs a date typed without its year may mean: one for "--11-12", both
    orders for "12/11" when both are possible. Empty when `text` is no such date."""
    text = text.strip()
    if m := _NO_YEAR.match(text):
        pairs = {(int(m.group(1)), int(m.group(2)))}
    elif m := _DM.match(text):
        a, b = int(m.group(1)), int(m.group(2))
        pairs = {(b, a), (a, b)}
    else:
        return set()
    return {(month, day) for month, day in pairs if 1 <= month <= 12 and 1 <= day <= 31}


def field(case: CaseView, name: str) -> Any:
    """A field as read from the case's document (None when not read)."""
    return ((case.extracted or {}).get("fields", {}).get(name) or {}).get("value")


def plain_name(text: str | None) -> str:
    """A name reduced for comparison (normalize_name), its accents dropped too ("tóner" is "toner")."""
    return "".join(c for c in unicodedata.normalize("NFKD", normalize_name(text)) if not unicodedata.combining(c))


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word: a shared start of five letters or more, most of the shorter ("caterer", "catering")."""
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return k >= 5 and k >= 0.6 * min(len(a), len(b))


def name_score(query: str, name: str | None) -> float:
    """How well a typed name (maybe partial, maybe misspelt, maybe its initials) fits a record's name, 0-100."""
    q, n = plain_name(query), plain_name(name)
    if not q or not n:
        return 0.0
    if name and said_initials(query, name):
        return 95.0
    words = [(qw, nw) for qw in q.split() if len(qw) >= 4 for nw in n.split() if len(nw) >= 4]
    typed = q.split()
    if any(a + b in n.split() for a, b in zip(typed, typed[1:], strict=False) if len(a) >= 3 and len(b) >= 3):
        return 90.0  # "North Wind": a name's word split in two (autocorrect does that)
    # one shared word ("initech" among other words) is enough to match, but ranks below a whole fit; another form of
    # one of its words ("the caterer" for Umbrella Catering), its word in another language ("le traiteur") or a typo
    # in it ("glovex"), a little lower still
    return max(fuzz.token_set_ratio(q, n), fuzz.partial_ratio(q, n) if len(q) >= 4 else 0.0,
               0.9 * max((fuzz.ratio(qw, nw) for qw, nw in words), default=0.0),
               85.0 if any(same_stem(qw, nw) or same_thing(qw, nw, kinds=False) or _typo(qw, nw) for qw, nw in words)
               else 0.0)


def _typo(typed: str, word: str) -> bool:  # one letter wrong or two swapped inside a word ("glovex", "intiech")
    wrong = [i for i, (a, b) in enumerate(zip(typed, word, strict=False)) if a != b]  # "supplier" is no "supplies"
    return len(typed) == len(word) >= 6 and typed[-2:] == word[-2:] and (len(wrong) == 1 or len(wrong) == 2 and (
        wrong[1] == wrong[0] + 1 and typed[wrong[0]] == word[wrong[1]] and typed[wrong[1]] == word[wrong[0]]))


def best_by_name(query: str, items: Iterable[T], name_of) -> list[T]:
    """The items whose name fits `query` best (ties all returned), none under NAME_SCORE. Of items
    that fit equally, those sharing more of the query's words win: "the Blue Harbor fit-out deal"
    is the fit-out, not every Blue Harbor deal."""
    scored = [(name_score(query, name_of(item)), item) for item in items]
    top = max((s for s, _ in scored), default=0.0)
    best = [item for s, item in scored if s >= NAME_SCORE and s == top]
    return most_shared(query, best, name_of)[1] if len(best) > 1 else best  # only the tied ones need counting


def most_shared(query: str, items: Iterable[T], text_of, shortest: int = 3, kinds: bool = True) -> tuple[int, list[T]]:
    """The items whose text has the most of `query`'s words (shared_words), and how many that is."""
    counted = [(shared_words(query, text_of(item), shortest, kinds), item) for item in items]
    most = max((n for n, _ in counted), default=0)
    return most, [item for n, item in counted if n == most]


def shared_words(query: str, name: str | None, shortest: int = 3, kinds: bool = True) -> int:
    """How many words of `query` (of `shortest` letters or more) the name has; a typo in words of five letters or
    more ("seit" is no "set"); the same goods in another language ("Bohrer", "drill"), with `kinds` by kind too."""
    names = plain_name(name).split()  # a short word counts by the glossary only ("forets": "bit", "ink": cartridge)
    return sum(any(len(n) >= shortest and len(q) >= shortest and (q == n or len(q) >= 5 and fuzz.ratio(q, n) >= 85)
                   or same_thing(q, n, kinds) for n in names if len(n) >= 3)
               for q in plain_name(query).split() if len(q) >= shortest or len(q) >= 3 and concepts(q))


def prefer_open(cases: Sequence[CaseView]) -> CaseView | None:
    """Of several matching cases, the newest still open (else the newest): what people ask about."""
    if not cases:
        return None
    open_ = [c for c in cases if c.status not in FINAL]
    return max(open_ or cases, key=lambda c: c.created_at)


def _by_id_part(ref: str, cases: Sequence[CaseView]) -> list[CaseView] | None:
    """"taxid *4321", "IBAN *3000", "IBAN NL91*": the invoices whose vendor's tax id or account ends (or starts)
    so; None when `ref` names no part of an id."""
    if (m := TAX_TAIL_TOKEN.search(ref) or _IBAN_TAIL.fullmatch(ref)) is not None:
        name = "vendor_tax_id" if m.re is TAX_TAIL_TOKEN else "vendor_iban"
        return [c for c in cases if _id_of(c, name).endswith(m.group(1))]
    if m := _IBAN_HEAD.fullmatch(ref):
        return [c for c in cases if _id_of(c, "vendor_iban").startswith(m.group(1))]
    return None


def _id_of(case: CaseView, name: str) -> str:
    """An id field as read, its letters and digits only, in capitals ("GB82 WEST ..." -> "GB82WEST...")."""
    return re.sub(r"\W", "", str(field(case, name) or "")).upper()


def resolve_case(ref: str, cases: Sequence[CaseView],
                 address_of: Callable[[CaseView], str | None] | None = None) -> CaseView | None:
    """The case `ref` means, by amount, invoice date, PO number, vendor name or, given
    `address_of` (a case's vendor's address), the vendor's town or country (the store's own
    `find_case` has already failed on it as a case id or invoice number)."""
    ref = " ".join(ref.split()).strip(" ?!.,:;\"'")
    if not ref:
        return None
    if (by_part := _by_id_part(ref, cases)) is not None:
        return prefer_open(by_part)
    if m := _TERMS.fullmatch(ref):  # "terms 14 days": the invoice due that many days after its date
        return prefer_open([c for c in cases if _term_days(c) == int(m.group(1))])
    if (m := _BETWEEN.fullmatch(ref)) and (low := parse_amount(m.group(1))) and (high := parse_amount(m.group(2))):
        low, high = min(low, high), max(low, high)  # "the invoice between 1,200 and 1,300 dollars"
        return prefer_open([c for c in cases if c.total is not None and low <= c.total <= high])
    if (m := _FIGURE_SAID.fullmatch(ref)) and (amount := parse_amount(m.group(2))) is not None:
        return _by_figure(amount, m.group(1), m.group(3), cases, address_of)
    m = TOTAL_OF.fullmatch(ref)  # "total 1700 acme": that amount among the vendor's (else the goods') invoices
    if (amount := parse_amount(m.group(1) if m else ref)) is not None:
        pool = (of_vendor_named(m.group(2), cases) or most_shared(m.group(2), cases, bought, 4)[1]) if m else []
        return _by_amount(amount, pool or cases)
    said = {compact(w) for w in ref.split()}
    if typed := [c for c in cases if c.invoice_number and compact(c.invoice_number) in said]:
        return prefer_open(typed)  # "uc77" among other words: UC-77 without its dash
    if DESCRIBED.search(ref):
        return _described(ref, cases)
    if parse_day(ref) is not None or month_days(ref):
        # "the invoice dated Nov 12", "the one due 28.11.": its date, else its due date; a day without
        # its year in any year, the open one first
        return prefer_open(_on_day(ref, cases))
    head, _, rest = ref.partition(" ")
    if rest and (parse_day(head) is not None or month_days(head)) and (dated := _on_day(head, cases)):
        return resolve_case(rest, dated, address_of) or prefer_open(dated)  # "--11-10 Acme": Acme's of that day
    if m := PO_NUMBER.search(ref):
        number = f"PO-{m.group(1)}"
        return prefer_open([c for c in cases if str(field(c, "po_number") or "").upper() == number])
    return _by_names(ref, cases, address_of)


def _by_figure(amount: Decimal, role: str, words: str | None, cases: Sequence[CaseView],
               address_of: Callable[[CaseView], str | None] | None) -> CaseView | None:
    """"qty 500", "unit 150", "tax 128" (understand.figure_role): the one invoice printing that figure so; with words
    ("qty 120 paper"), the one of those the words name. None when no invoice prints it, or when the words name
    another invoice: the figure says it is not that one."""
    printing = [c for c in cases if amount in figures_of(c, role)]
    if not words or not printing:
        return only(printing)
    named = resolve_case(words, printing, address_of)
    return named or (only(printing) if resolve_case(words, cases, address_of) is None else None)


def _on_day(typed: str, cases: Sequence[CaseView]) -> list[CaseView]:
    """The invoices dated on a day (ISO, day first, or without its year in any year), else due on it."""
    day, pairs = parse_day(typed), month_days(typed)

    def on(c: CaseView, name: str) -> bool:
        d = parse_day(str(field(c, name) or ""))
        return d is not None and (d == day if day is not None else (d.month, d.day) in pairs)
    return [c for c in cases if on(c, "invoice_date")] or [c for c in cases if on(c, "due_date")]


def of_vendor_named(words: str, cases: Sequence[CaseView]) -> list[CaseView]:
    """The cases whose vendor `words` name (NAME_SCORE or better); none when they name none."""
    return [c for c in cases if words and c.vendor_name and name_score(words, c.vendor_name) >= NAME_SCORE]


def _described(ref: str, cases: Sequence[CaseView]) -> CaseView | None:
    """The one invoice a description fits (`described_fits`); None when none or several do."""
    fits = described_fits(ref, cases)
    return (prefer_open(fits) if RANK.search(ref) else only(fits)) if fits else None


def described_fits(ref: str, cases: Sequence[CaseView]) -> list[CaseView]:
    """"The supplier invoice with no PO and no tax": the one invoice lacking all of these (LACKS); "the
    biggest Acme invoice", "the second-biggest of the blocked invoices" (RANK, among the STATE said); "the
    invoice dated on a Thursday" (WEEKDAY); "whose total ends in 92 cents" (CENTS); "from the supplier whose
    name starts with U" (INITIAL); "the two-line invoice" (LINES). A state said ("that went through")
    decides between invoices the rest fits. From descriptions.py."""
    rest = _without_named(ref)
    pool, states = [c for c in cases if c.kind == "invoice"], STATE.findall(ref)
    pool = of_vendor_named(rest, pool) or pool  # "Acme's biggest invoice": Acme's, else all when it names no vendor
    if DOMINANT.search(ref):  # "the invoice bigger than all the others combined"
        totals = [c.total for c in pool if c.total is not None]
        return [c for c in pool if c.total is not None and 2 * c.total > sum(totals, Decimal(0))]
    if m := RANK.search(ref):
        grouped = [c for c in pool if any(in_state(c, s) for s in states)] if states else pool
        return _ranked(grouped, m.group(1), m.group(2), int(m.group(3) or 1))
    lacking, weekday, period = set(LACKS.findall(ref)), WEEKDAY.search(ref), PERIOD.search(ref)
    cents, initial, lines, finding = CENTS.search(ref), INITIAL.search(ref), LINES.search(ref), FINDING.search(ref)
    fits = [c for c in pool if all(not _has(c, "po_number" if what == "po" else "tax") for what in lacking)
            and (not weekday or _weekday(c, weekday.group(1)) == int(weekday.group(2)))
            and (not period or in_period(parse_day(str(field(c, _DATES[period.group(1)]) or "")), period))
            and (not cents or c.total is not None and f"{c.total:.2f}".endswith(f".{cents.group(1)}"))
            and (not initial or (c.vendor_name or "").casefold().startswith(initial.group(1)))
            and (not lines or len((c.extracted or {}).get("line_items") or []) == int(lines.group(1)))
            and (not finding or bool(FINDINGS[finding.group(1)] & set(finding_codes(c))))
            and not any(shared_words(word, f"{c.vendor_name or ''} {bought(c)}") for word in NOT.findall(ref))]
    if m := RELATION.search(ref):  # "the invoice dated the day after Northwind's": from the anchor's date
        fits = related(fits, int(m.group(1)), m.group(2), cases, lambda c: c.vendor_name,
                       lambda c: parse_day(str(field(c, "invoice_date") or "")))
    if len(fits) > 1 and states:
        fits = [c for c in fits if any(in_state(c, s) for s in states)] or fits
    return fits


_DATES = {"date": "invoice_date", "due": "due_date"}


def _without_named(ref: str) -> str:
    """A reference without its description's tokens, and without the names they carry (the one excluded,
    the one a date counts from): what is left names the pool."""
    named = {m.group(m.lastindex or 0) for p in (NOT, RELATION) for m in p.finditer(ref)}
    rest = DESCRIBED.sub(" ", ref)
    return " ".join(w for w in rest.split() if fold_word(w) not in named).strip()


def related(items: Sequence[T], days: int, anchor: str, every: Sequence[T], name_of: Callable[[T], str | None],
            day_of: Callable[[T], date | None]) -> list[T]:
    """Of `items`, those dated `days` after (before, when negative) a thing of `every` named `anchor`."""
    anchors = [a for a in every if shared_words(anchor, name_of(a))]
    if not anchors:  # "the invoice dated the day before Veterans Day": a holiday is the anchor
        return [i for i in items if anchored_on(anchor, day_of(i), days)]
    starts = {d for a in anchors if (d := day_of(a)) is not None}
    return [i for i in items if i not in anchors and (d := day_of(i)) is not None
            and any((d - start).days == days for start in starts)]


def fold_word(word: str) -> str:
    """A word as descriptions.py's tokens carry it ("Northwind's": "northwind")."""
    return next(iter(plain_name(word).split()), "")


def _weekday(case: CaseView, which: str) -> int | None:
    d = parse_day(str(field(case, "invoice_date" if which == "date" else "due_date") or ""))
    return d.weekday() if d is not None else None


def _has(case: CaseView, name: str) -> bool:
    """Whether the invoice prints the field, an amount other than zero ("Tax 0.00" is no tax)."""
    value = str(field(case, name) or "").strip()
    amount = parse_amount(value)
    return bool(value) and (amount is None or amount != 0)


def _ranked(pool: Sequence[CaseView], direction: str, key: str, place: int = 1) -> list[CaseView]:
    """Of `pool`, the invoices with the greatest or least total, invoice date or due date (or the
    `place`-th); of the open ones with a due date, the one overdue the longest (the earliest due: no
    clock needed)."""
    if key == "overdue":
        pool, direction, key = [c for c in pool if c.status not in FINAL], "min", "due"
    if key in ("unit", "tax"):  # "the invoice with the cheapest unit price": its cheapest (or dearest) line's price
        return pick(pool, direction, lambda c: extreme(figures_of(c, key), direction), place)
    if key == "terms":  # "the shortest payment terms": the fewest days from the invoice's date to its due date
        return pick(pool, direction, _terms_days, place)
    dates = {"date": "invoice_date", "due": "due_date"}
    return pick(pool, direction, (lambda c: c.total) if key == "total"
                else lambda c: parse_day(str(field(c, dates[key]) or "")), place)


def _terms_days(case: CaseView) -> Decimal | None:
    issued, due = (parse_day(str(field(case, name) or "")) for name in ("invoice_date", "due_date"))
    return Decimal((due - issued).days) if issued and due else None


def _by_amount(amount: Decimal, cases: Sequence[CaseView]) -> CaseView | None:
    """The case whose total is `amount`, else nearest it (ROUNDING), else the one invoice printing
    it as another figure (its tax, a line's price or quantity)."""
    if hits := [c for c in cases if c.total is not None and c.total == amount]:
        return prefer_open(hits)
    if near := _near(amount, cases):  # "the 1.6k Acme bill" (1,657.80), "just over 2k" (2,023.92)
        return prefer_open(near)
    return only([c for c in cases if amount in figures_of(c)])


def _by_names(ref: str, cases: Sequence[CaseView],
              address_of: Callable[[CaseView], str | None] | None) -> CaseView | None:
    """The case by its vendor's name, its vendor's town, or what was bought."""
    by_vendor = best_by_name(ref, [c for c in cases if c.vendor_name], lambda c: c.vendor_name)
    if len(by_vendor) > 1:  # "the Acme drill invoice": of the vendor's invoices, the one for drills
        by_vendor = most_shared(ref, by_vendor, bought, shortest=4)[1]
    if by_vendor:
        return prefer_open(_said_of(ref, by_vendor))
    forms = {part for w in ref.split() for part in re.split(r"[-–]", w.strip(",;:?!()'’"))} & LEGAL_FORMS
    formed = [c for c in cases if forms and c.vendor_name and c.vendor_name.split()[-1] in forms]
    if len({c.vendor_name for c in formed}) == 1:  # "die GmbH-Rechnung": the one vendor of that legal form
        return prefer_open(_said_of(ref, formed))
    if _BANK_WORD.search(ref) and (banked := banking_in(ref, cases, lambda c: field(c, "vendor_iban"))):
        return prefer_open(banked)  # "the invoice with the Dutch IBAN": the country of the account it prints
    if banked := banked_with(ref, cases, lambda c: field(c, "vendor_iban")):
        return prefer_open(banked)  # "the invoice paying into a Barclays account": the bank of that IBAN
    if address_of is not None and (there := in_named_place(ref, cases, address_of)):  # "the Munich invoice"
        if len(there) > 1:  # "the Munich toner invoice"
            there = most_shared(ref, there, bought, shortest=4)[1]
        return prefer_open(_said_of(ref, there))
    if on_holiday := [c for c in cases if named_on(ref, parse_day(str(field(c, "invoice_date") or "")))]:
        return prefer_open(on_holiday)  # "the invoice dated Veterans Day"
    # "the toner invoice", "the steel bracket invoice": by what was bought, when most of the words
    # that could name something are the lines' ("the Meridian drills pilot" is a deal's name, not
    # the invoice for drills). Lower-case words no invoice has are the asker's own ("please check
    # the toner invoice"), not part of a name.
    known = {w for c in cases for w in plain_name(" ".join([*_descriptions(c), c.vendor_name or ""])).split()}
    words = len([w for w in ref.split() if len(plain_name(w)) >= 4
                 and (w[:1].isupper() or shared_words(w, " ".join(known), shortest=4))])
    most, selling = most_shared(ref, cases, bought, shortest=4)
    return prefer_open(selling) if most and 2 * most > words else None


_ROLES = r"(qty|unit|tax|net|line)"  # a figure's roles, as understand.py writes them
FIGURE = re.compile(_ROLES + r" (.+)")  # a figure with its role
# a figure with its role and the words said beside it, if any ("line 1 280,00", "qty 120 paper")
_FIGURE_SAID = re.compile(_ROLES + r" ([$€£]?\d(?:[\d.,'\u00a0\u202f]|\s(?=\d))*)(?: (\D.*))?")
_LINE_FIGURES = {"qty": ("quantity",), "unit": ("unit_price",), "line": ("amount",)}
_FIELD_FIGURES = {"tax": ("tax",), "net": ("subtotal",)}


def figures_of(case: CaseView, role: str | None = None) -> set[Decimal]:
    """The figures an invoice prints besides its total: the tax ("tax"), its subtotal ("net"), its lines'
    quantities ("qty"), unit prices ("unit") and amounts ("line"); with no role all of these."""
    found: set[Decimal] = set()
    names = _FIELD_FIGURES.get(role, ()) if role else ("tax", "subtotal")
    found |= {value for name in names if (value := parse_amount(str(field(case, name) or ""))) is not None}
    keys = _LINE_FIGURES.get(role, ()) if role else ("quantity", "unit_price", "amount")
    for line in (case.extracted or {}).get("line_items") or []:
        found |= {value for key in keys if (value := parse_amount(str(line.get(key) or ""))) is not None}
    return found


def only(cases: list[CaseView]) -> CaseView | None:
    """The one case found; None when none or several (a figure that several invoices print names none)."""
    return cases[0] if len(cases) == 1 else None


_BETWEEN = re.compile(r"between (.+) and (.+)")  # the range understand.py writes as one reference
_TERMS = re.compile(r"terms (\d+) days")  # payment terms, as understand.py writes them


def _term_days(case: CaseView) -> int | None:
    """Days from the invoice's date to its due date."""
    issued, due = parse_day(str(field(case, "invoice_date") or "")), parse_day(str(field(case, "due_date") or ""))
    return (due - issued).days if issued is not None and due is not None else None
_BANK_WORD = re.compile(r"\b(?:iban|bank\w*|konto|compte|cuenta|rekening)\b", re.I)
TAX_TAIL_TOKEN = re.compile(r"taxid \*(\d+)")  # the last digits of a tax id, as understand.py writes them
_IBAN_TAIL = re.compile(r"IBAN \*(\d+)")  # the last digits of an account, as understand.py writes them
_IBAN_HEAD = re.compile(r"IBAN ([A-Z]{2}\d{2}[A-Z0-9]*)\*")  # ... and its start
ROUNDING = Decimal("0.05")  # a total people round to ("1.6k", "about 2,000") is within 5% of the amount said


def _near(amount: Decimal, cases: Sequence[CaseView]) -> list[CaseView]:
    """The cases whose total is nearest `amount`, within ROUNDING of it."""
    return nearest(amount, cases, lambda c: c.total)


def nearest(amount: Decimal, items: Sequence[T], total_of: Callable[[T], Decimal | None]) -> list[T]:
    """The items whose total is nearest `amount`, within ROUNDING of it (a rounded figure: "~6k", "about 2,000")."""
    off = [(abs(total - amount) / amount, item) for item in items
           if (total := total_of(item)) is not None and amount > 0]
    close = [(d, item) for d, item in off if d <= ROUNDING]
    best = min((d for d, _ in close), default=None)
    return [item for d, item in close if d == best]


def compact(text: str) -> str:
    """A reference's letters and digits only, upper case: "uc77", "UC-77" and "bh po 7781" compare alike."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def months_named(ref: str) -> set[int]:
    """The months a reference names by name, in any language the CLDR tables know ("November",
    "novembre"); four letters at least, so "may" and "mar" stay words."""
    names = month_numbers()
    return {names[w] for w in plain_name(ref).split() if len(w) >= 4 and w in names}


def _said_of(ref: str, cases: list[CaseView]) -> list[CaseView]:
    """Of several invoices, those of a month `ref` names ("Acme's November invoice"), then those in a state it names
    ("the Acme invoice that got posted"); each only when some fit."""
    if len(cases) > 1 and (months := months_named(ref)):
        cases = [c for c in cases if (d := parse_day(str(field(c, "invoice_date") or ""))) and d.month in months
                 ] or cases
    states = STATE.findall(states_said(plain_name(ref)) or "") if len(cases) > 1 else []
    return [c for c in cases if any(in_state(c, s) for s in states)] or cases


def _descriptions(case: CaseView) -> list[str]:
    return [str(line.get("description") or "") for line in (case.extracted or {}).get("line_items") or []]


def bought(case: CaseView) -> str:
    """What an invoice's lines say was bought, as one text."""
    return " ".join(_descriptions(case))
