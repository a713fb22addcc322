"""The invoice date and the due date, checked against each other and against the payment terms.

An ambiguous slash date (03/04/2026) is read month first, unless the document is not in English
(its words, or a page written mostly in another script than Latin: then day first); either way
it stays below 0.9 unless the terms confirm it ("Net 30" and a due date 30 days later). A due
date before the invoice date lowers both. With no due date printed, one is computed from the
terms ("Net 30": invoice date + 30 days), says so in its evidence, and stays below 0.9: the
page does not print it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Set as AbstractSet
from datetime import date, timedelta

from countersign.domain import FieldValue
from countersign.extraction.candidate import Candidate
from countersign.extraction.cldr import currency_territories, date_order
from countersign.extraction.confidence import GOOD, POOR, WEAK, field_value
from countersign.extraction.labels import validate
from countersign.extraction.layout import PageLayout, join_words, line_of
from countersign.extraction.values import net_days, parse_date

COMPUTED = 0.85  # a due date computed from plain terms ("Net 30"), not printed

_DAY_FIRST = re.compile(
    r"\b(?:rechnung\w*|datum|facture|date\s*de|factuur\w*|factura|fecha|tva|btw|iva|mwst"
    r"|ust|montant|bedrag|importe|betrag|gutschrift|avoir|fattura|fatura|faktura|scadenza|vencimento"
    r"|imponibile|totale|razem|nip|data"
    r"|tanggal|faktur|npwp|ppn|jumlah|tarikh)\b", re.IGNORECASE)  # Indonesian and Malay write the day first


_TITLED = re.compile(r"\b(?:facture|factura|fattura|fatura|faktura|factuur|rechnung)\b", re.IGNORECASE)


# an early-payment discount named beside a day: "Zahlbar bis 18.08. mit 2 % Skonto", "2% discount if paid by 5 May"
_DISCOUNT = re.compile(r"(?<![^\W\d_])(?:skonto|discount|escompte|descuento|pronto pago|korting|sconto)", re.I)


def _discount_day(cand: Candidate, page: PageLayout) -> bool:
    """Whether the due date read shares its line with an early-payment discount: that day may be the discount's,
    the net due date another, so it is not sure."""
    line = line_of(page, cand.words[-1]) if cand.words else None
    return line is not None and _DISCOUNT.search(join_words(line.words)) is not None


def _net_day(cand: Candidate, page: PageLayout) -> Candidate | None:
    """The day the whole amount is due when the terms offer a discount until the day read and go on to a later one in
    the same sentence ("Zahlbar bis 18.08.2026 mit 2 % Skonto (EUR 40,34)" / "oder bis 07.09.2026 netto ohne
    Abzug."): the latest day the sentence names after it, read on its line and the line under it in its column."""
    last = cand.words[-1]
    line = line_of(page, last)
    if line is None:
        return None
    seg = next(sg for sg in line.segments if any(w.id == last.id for w in sg.words))
    words = [w for w in seg.words if w.x0 > last.x1]
    if not join_words(seg.words).rstrip().endswith(".") and line.index + 1 < len(page.lines):
        below = page.lines[line.index + 1]
        nxt = next((sg for sg in below.segments if abs(sg.x0 - seg.x0) < 3), None)
        if nxt is not None and below.y0 - line.y1 < line.h:
            words += nxt.words
    best, day = None, date.fromisoformat(cand.value)
    for k in range(len(words)):
        found = validate("due_date", words[k:])
        if found is not None and date.fromisoformat(found[0]) > day:
            best, day = found, date.fromisoformat(found[0])
    return dataclasses.replace(cand, value=best[0], words=best[1]) if best else None


def read_dates(chosen: dict[str, Candidate | None], first_page: PageLayout,
               warnings: list[str], countries: AbstractSet[str] = frozenset(),
               currency: str | None = None) -> dict[str, FieldValue]:
    """invoice_date and due_date from the chosen candidates (and the terms); warnings go to
    `warnings`; `countries` are those the page names (`countries.country_hints`), `currency` the code its totals
    are printed in."""
    _day_first_outside_english(chosen, first_page, countries, currency, warnings)
    inv, due, terms = chosen.get("invoice_date"), chosen.get("due_date"), chosen.get("terms")
    # A bare "Date" in the header is the invoice date on nearly every invoice.
    inv_conf = (inv.strength if inv.rank == 0 else min(inv.strength, GOOD)) if inv else 0.0
    due_conf = (due.strength if due.rank == 0 else min(due.strength, 0.85)) if due else 0.0
    if due and _discount_day(due, first_page):  # "Zahlbar bis 18.08. mit 2 % Skonto oder bis 07.09. netto"
        due_conf = min(due_conf, 0.85)
        due = _net_day(due, first_page) or due
    inv_day = date.fromisoformat(inv.value) if inv else None
    due_day = date.fromisoformat(due.value) if due else None
    net = net_days(terms.value) if terms else None
    if inv and due and inv_day and due_day and due_day < inv_day:
        swapped = _order_by_swapping(inv, due, inv_day, due_day)
        if swapped is not None:
            inv_day, due_day = swapped
            inv_conf, due_conf = min(inv_conf, 0.85), min(due_conf, 0.85)
            warnings.append(f"slash dates read day first ({inv_day}, {due_day}): month first put the due "
                            "date before the invoice date")
    if inv_day and due_day and due_day < inv_day:
        warnings.append(
            f"due date {due_day} is before the invoice date {inv_day}"
        )
        inv_conf, due_conf = min(inv_conf, POOR), min(due_conf, POOR)
    terms_agree = (
        inv_day is not None and due_day is not None and net is not None
        and due_day - inv_day == timedelta(days=net[0])
    )
    for cand, conf_name in ((inv, "inv"), (due, "due")):
        if cand and cand.extra.get("ambiguous") and not terms_agree:
            # 03/04/2026: month first (US) was assumed; nothing confirms it.
            if conf_name == "inv":
                inv_conf = min(inv_conf, 0.85)
            else:
                due_conf = min(due_conf, 0.85)
    if inv_day and due_day and net and terms and not terms_agree and net[1]:
        warnings.append(
            f"terms say {terms.value!r} but the due date {due_day} is "
            f"{(due_day - inv_day).days} days after the invoice date {inv_day}"
        )
        due_conf = min(due_conf, 0.85)
    return {
        "invoice_date": field_value(inv.value, inv_conf, inv.words) if inv else FieldValue(),
        "due_date": _due_date(due, due_conf, inv_day, inv_conf, net, terms),
    }


def _order_by_swapping(inv: Candidate, due: Candidate, inv_day: date, due_day: date
                       ) -> tuple[date, date] | None:
    """The two dates read the other way round (day and month swapped where ambiguous) when that
    alone puts the due date on or after the invoice date, within 120 days; the candidates are
    updated in place. None when no swap does."""
    def swap(cand: Candidate, d: date) -> date:
        return date(d.year, d.day, d.month) if cand.extra.get("ambiguous") and d.day <= 12 else d

    new_inv, new_due = swap(inv, inv_day), swap(due, due_day)
    if (new_inv, new_due) == (inv_day, due_day) or not timedelta(0) <= new_due - new_inv <= timedelta(days=120):
        return None
    inv.value, due.value = new_inv.isoformat(), new_due.isoformat()
    return new_inv, new_due


# a numeric date, also at a sentence's end ("next tuning: 29/08/2025.")
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)")


def page_order(text: str) -> str | None:
    """How the page writes its other dates: "day" when one reads only day first (31/01/2026),
    "month" when one reads only month first (01/31/2026), None when none tells (or both do)."""
    orders = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b >= 1:
            orders.add("day")
        elif b > 12 >= a >= 1 and b <= 31:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def _day_first_outside_english(chosen: dict[str, Candidate | None], first_page: PageLayout,
                               countries: AbstractSet[str] = frozenset(), currency: str | None = None,
                               warnings: list[str] | None = None) -> None:
    """The order of an ambiguous 03/04/2026: the one the page's other dates show (a billing period
    "01/01/2026 – 31/01/2026"), else the document's language: day first outside English, and in English where every
    country the page's telephone numbers and ids name writes its English dates day first (CLDR's en_GB, en_SZ: an
    address's name is not enough, "Jersey City" is no Jersey), or, naming none, where every country paying in its
    currency does. Swaps such candidates in place (no longer ambiguous, at most 0.88), saying so in `warnings` when
    the ids or the money decided it, not the page's words."""
    text = " ".join(join_words(line.words) for line in first_page.lines)
    order = page_order(text)
    day_first = reads_day_first(text, order)
    home = _home_day_first(order, countries, currency)
    for name in ("invoice_date", "due_date"):
        cand = chosen.get(name)
        label = str(cand.extra.get("label", "")) if cand is not None else ""
        english = order is None and bool(re.search(r"invoice|due|issue", label, re.I) or re.fullmatch(
            r"dated?", label, re.I) and not _TITLED.search(text)) and not re.search(r"factur|fecha|datum|rechnung",
                                                                                 label, re.I)
        # ("Date" is French too: on a page titled "Facture", the day comes first)
        if cand is not None and cand.extra.get("ambiguous") and order == "month":
            cand.extra["ambiguous"] = False  # month first, as the page's other dates are
            cand.strength = min(cand.strength, 0.88)
        elif cand is not None and cand.extra.get("ambiguous") and (day_first and not english or home):
            if warnings is not None and not (day_first and not english):
                warnings.append(f"{name} {cand.value} read day first, as the country of the page's ids or money "
                                "writes dates")
            d = date.fromisoformat(cand.value)
            cand.value = date(d.year, d.day, d.month).isoformat()
            cand.extra["ambiguous"] = False
            cand.strength = min(cand.strength, 0.88)


def _home_day_first(order: str | None, countries: AbstractSet[str], currency: str | None) -> bool:
    """Whether an English page's ambiguous dates read day first at home: no other date tells, and the one country its
    telephone numbers and ids name writes its dates day first (in English, else in its likeliest language:
    `cldr.date_order`; Ethiopia's "10/02/2025"), or, naming none, every one that pays in its
    currency does (no English locale of Sri Lanka's writes the month first: "NET TOTAL LKR"; nor of the countries
    paying in New Zealand dollars: "NZD")."""
    named = {c.lstrip("+") for c in countries if not c.startswith("@")}
    if order is not None:
        return False
    if named:
        return len(named) == 1 and date_order(next(iter(named))) == "day"
    payers = currency_territories(currency) if currency else ()
    return bool(payers) and all(date_order(payer, local=False) in (None, "day") for payer in payers)


def ranked_date_at_home(found: FieldValue, first_page: PageLayout, countries: AbstractSet[str] = frozenset(),
                        currency: str | None = None) -> FieldValue:
    """A date the ranker read with no label from an ambiguous "07/05/2025" on an English page, month first, read day
    first when the page's country writes it so (`_home_day_first`), as a labelled one is ("Ceann-latha / Date" on a
    Scottish invoice with a GB VAT number: 7 May)."""
    if found.value is None or not found.evidence:
        return found
    parsed = parse_date(found.evidence[0].text or "")
    text = " ".join(join_words(line.words) for line in first_page.lines)
    order = page_order(text)
    if parsed is None or not parsed[1] or parsed[0].isoformat() != found.value or reads_day_first(text, order) \
            or not _home_day_first(order, countries, currency):
        return found
    day = parsed[0]
    return found.model_copy(update={"value": date(day.year, day.day, day.month).isoformat()})


def reads_day_first(text: str, order: str | None) -> bool:
    """Whether an ambiguous slash date of a page with this text reads day first: its other dates
    say so (`order`, from `page_order`), or none tells and the page is not in English."""
    return order == "day" or (order is None and (bool(_DAY_FIRST.search(text)) or _non_latin(text)))


def _non_latin(text: str) -> bool:
    """Whether most of the page's letters are of another script than Latin (Greek, Cyrillic,
    Arabic, Hebrew): a page written for a locale that puts the day first, not an English one."""
    letters = [ch for ch in text if ch.isalpha()]
    other = sum(1 for ch in letters if ord(ch) > 0x24F)  # past Latin Extended-B
    return bool(letters) and other > len(letters) / 2


def due_from_terms(invoice_date: FieldValue, terms: Candidate | None) -> FieldValue:
    """A due date computed from the terms for an invoice date read after `read_dates` (by a
    label-free fallback); empty without terms in days."""
    net = net_days(terms.value) if terms else None
    if invoice_date.value is None or net is None:
        return FieldValue()
    return _due_date(None, 0.0, date.fromisoformat(invoice_date.value), invoice_date.confidence, net, terms)


def _due_date(due: Candidate | None, due_conf: float, inv_day: date | None, inv_conf: float,
              net: tuple[int, bool] | None, terms: Candidate | None) -> FieldValue:
    """The printed due date; else the invoice date plus the terms' days, no surer than either."""
    if due:
        return field_value(due.value, due_conf, due.words)
    if inv_day and net and terms:
        days, plain = net
        computed = (inv_day + timedelta(days=days)).isoformat()
        # Not printed: an inference (the terms may count from delivery, or the invoice print
        # no due date at all on purpose), so below 0.9 however plain the terms.
        conf = min(inv_conf, COMPUTED if plain else WEAK)
        return field_value(computed, conf, terms.words,
                           f"{join_words(terms.words)} (no due date printed; computed as invoice date "
                           f"+ {days} days)")
    return FieldValue()
