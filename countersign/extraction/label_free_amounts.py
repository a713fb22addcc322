"""The amounts with no label: subtotal, tax and total from the page's amounts alone.

Every amount printed outside the items table is a candidate for subtotal, tax and total; the triple with subtotal +
tax == total to the cent (the tax a plausible share of the net, all three the same sign, the net and the tax printed no
lower than the total) and the largest, lowest-placed total wins; a subtotal or tax already read must be part of it
(`amount_triple`). Two sums of the items' runs over a total the items make up alone are sections, no net and tax; with
the total labelled and no tax read, a breakdown's sums row of a net and two taxes that make it (IVA and recargo,
`_sums_row`); a total label over a row of net, tax and gross labels its net (`_net_of_a_row`). Each filled field
says so in the warnings, below 0.9.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.cldr import WORD_CODES
from countersign.extraction.confidence import field_value
from countersign.extraction.layout import PageLayout, Word, join_words, right_to_left
from countersign.extraction.ranker import no_tax_levied
from countersign.extraction.values import CURRENCY_CODES, parse_amount, plain_decimal, sign_codes, sign_pattern

FALLBACK = 0.85  # a value found without its label: never reported as sure
_WEAK_LABEL = 0.75  # a labelled amount read below this gives way to a triple that adds up without it
_TAX_SHARE = Decimal("0.3")  # no VAT, GST or sales tax is more than 30% of the net
CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")  # an amount printed with its cents


@dataclass(frozen=True)
class Amount:
    value: Decimal
    words: tuple[Word, ...]

    @property
    def where(self) -> tuple[int, float]:
        return (self.words[0].page, self.words[0].y0)

    @property
    def order(self) -> tuple[int, int, float]:
        """Its place in reading order: a line's amounts left to right (a sentence's: "TPS de 5 % (411,87 $)")."""
        return (self.words[0].page, round(self.words[0].y0 / 2), self.words[0].x0)


def page_amounts(pages: list[PageLayout], skip: set[int]) -> list[Amount]:
    """Every amount with cents printed at the end of a segment (its last one to three words),
    outside the words in `skip`, in reading order."""
    out: list[Amount] = []
    for page in pages:
        for line in page.lines:
            rtl = right_to_left(join_words(line.words))  # an amount stands at its left end
            for seg in line.segments:
                words = [w for w in seg.words if w.id not in skip]
                if not words or len(words) != len(seg.words):
                    continue
                if len(words) >= _SENTENCE:  # running text: "a net total of EUR 12,353.82. Plus 19% VAT of"
                    out.extend(_amounts_in_sentence(words))
                    continue
                for n in (3, 2, 1):
                    tail = words[:n] if rtl else words[-n:]
                    if len(tail) < n:
                        continue
                    text = join_words(tail)
                    if not (CENTS.search(text) or rtl and _WHOLE.fullmatch(text)) or "%" in text:
                        continue
                    parsed = parse_amount(text) or parse_amount(text.removesuffix("."))  # (a sentence's end)
                    if parsed is not None:
                        out.append(Amount(parsed[0], tuple(tail)))
                        break
    return out


# A whole amount in thousands' groups ("1,219,515,000" rials, "132,030" afghanis), on a right-to-left line only
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+")


_SENTENCE = 6  # words in a segment from which it is running text, whose amounts stand anywhere in it
_IN_TEXT = re.compile(r"[(]?(-?\d{1,3}(?:[.,' \u00a0]\d{3})*[.,]\d{2})[.,;:)]*$")


def _amounts_in_sentence(words: list[Word]) -> list[Amount]:
    """Every amount with cents inside a sentence (a word of its own, maybe closing the sentence),
    not a percentage or a rate beside a "%" word."""
    out = []
    for i, w in enumerate(words):
        sign = sign_pattern().match(w.text)  # "adds $462.23,", "adds K4,792.55": its money's symbol glued to it
        glued = sign is not None and (not sign.group(0)[-1].isalpha() or w.text[sign.end():][:1].isdigit())
        m = _IN_TEXT.fullmatch(w.text[sign.end():] if sign and glued else w.text)
        if m is None and (start := whole_with_money(words, i)) is not None:  # "soit 324 918 FCFA"
            parsed = parse_amount("".join(x.text for x in words[start:i + 1]))
            out.extend([Amount(parsed[0], tuple(words[start:i + 1]))] if parsed else [])
            continue
        if m is None or (i + 1 < len(words) and words[i + 1].text.startswith("%")):
            continue
        start = cents_amount_from(words, i)
        parsed = parse_amount("".join(x.text for x in words[start:i]) + m.group(1))
        if parsed is not None:
            out.append(Amount(parsed[0], tuple(words[start:i + 1])))
    return out


_GROUPED_WORD = re.compile(r"\d{1,3}(?:[.,'’]\d{3})+")


def money_word(text: str) -> bool:
    """Whether a word is a money's code or sign ("FCFA", "EUR", "€", "Gs."), a sentence's comma or stop after it; a
    code that is also a word in capitals too ("AMD", "GEL": only ever asked of a word beside an amount)."""
    word = text.rstrip(",;:)")
    return any(w in CURRENCY_CODES or w in WORD_CODES or bool(sign_codes(w)) for w in (word, word.rstrip(".")))


def money_follows(words: list[Word], i: int) -> bool:
    """Whether a money's code or sign follows word `i`, in one word or two ("FCFA", "F CFA")."""
    return i + 1 < len(words) and (money_word(words[i + 1].text)
                                   or i + 2 < len(words) and money_word(join_words(words[i + 1:i + 3])))


def whole_with_money(words: list[Word], i: int) -> int | None:
    """Where a whole amount grouped by spaces starts whose last group is word `i`, its money named right after it ("1
    805 100 FCFA"; without its money, a run of numbers is no amount); None when there is none. A whole amount grouped
    in one word, its money right before or after it ("Gs. 25.068.500", "676.200 lekë"), is that word."""
    if _GROUPED_WORD.fullmatch(words[i].text.rstrip(".,;:)")) and (
            money_follows(words, i) or i > 0 and money_word(words[i - 1].text)):
        return i
    if not re.fullmatch(r"\d{3}", words[i].text) or not money_follows(words, i):
        return None
    start = grouped_from(words, i)
    return start if start < i else None


def cents_amount_from(words: list[Word], i: int) -> int:
    """Where an amount with cents that word `i` ends starts: back over the groups before it when the word is a last
    group with its cents ("30 | 402,00"), else the word itself ("1'528.65")."""
    return grouped_from(words, i) if re.match(r"\(?\d{3}[.,]\d{2}", words[i].text) else i


def grouped_from(words: list[Word], i: int) -> int:
    """Where an amount grouped by spaces starts whose last group is word `i` ("30 402,00", "1 234 567,89" in a
    sentence, each group a word of its own): back over the three-digit groups before it to the one-to-three-digit
    group that opens it, each a word's space apart."""
    start = i
    while start > 0 and re.fullmatch(r"\d{1,3}", words[start - 1].text) \
            and words[start].x0 - words[start - 1].x1 < words[start].h:
        start -= 1
        if len(words[start].text) < 3:
            break  # the opening group ("30", "1")
    return start


def amount_triple(amounts: list[Amount], *, subtotal: Decimal | None = None, tax: Decimal | None = None,
                  total: Decimal | None = None, two_rates: bool = True) -> tuple[Amount, Amount, Amount] | None:
    """(subtotal, tax, total) with subtotal + tax == total, or None: the largest total, then the
    lowest on the page; its net and tax printed no lower than it, the tax the nearer to it."""
    by_value: dict[Decimal, list[Amount]] = {}
    for a in amounts:
        by_value.setdefault(a.value, []).append(a)
    best, best_key = None, None
    for tot in amounts:
        if tot.value == 0 or (total is not None and tot.value != total):
            continue
        for sub in amounts:
            if sub is tot or _lower(sub, tot) or sub.value * tot.value <= 0 or abs(sub.value) >= abs(tot.value):
                continue
            if subtotal is not None and sub.value != subtotal:
                continue
            rest = tot.value - sub.value
            if abs(rest) > _TAX_SHARE * abs(sub.value) or (tax is not None and rest != tax):
                continue
            for tx in by_value.get(rest, []):
                if tx is sub or tx is tot or _lower(tx, tot):
                    continue
                ordered = sub.where <= tx.where
                key = (abs(tot.value), tot.where, ordered, tx.where, sub.where)
                if best_key is None or key > best_key:
                    best, best_key = (sub, tx, tot), key
    return best or (_two_rates(amounts, subtotal=subtotal, tax=tax, total=total) if two_rates else None)


def _lower(a: Amount, b: Amount) -> bool:
    """Whether amount `a` is printed lower than `b`: on a later page, or a point or more further down (two amounts of
    one line of a sentence may sit a tenth of a point apart, their words' boxes in different fonts)."""
    return a.where[0] > b.where[0] or a.where[0] == b.where[0] and a.where[1] > b.where[1] + 1.0


def _two_rates(amounts: list[Amount], *, subtotal: Decimal | None, tax: Decimal | None,
               total: Decimal | None) -> tuple[Amount, Amount, Amount] | None:
    """The net, two tax rows printed between it and the total, and the total: the tax is their
    sum (two VAT rates, or CGST + SGST). The largest, lowest total wins, as in `amount_triple`."""
    best, best_key = None, None
    for tot in amounts:
        if tot.value == 0 or (total is not None and tot.value != total):
            continue
        for sub in amounts:
            if sub.order >= tot.order or sub.value * tot.value <= 0 or abs(sub.value) >= abs(tot.value) \
                    or (subtotal is not None and sub.value != subtotal):
                continue
            rest = tot.value - sub.value
            if abs(rest) > _TAX_SHARE * abs(sub.value) or (tax is not None and rest != tax):
                continue
            between = [a for a in amounts if sub.order < a.order < tot.order and a.value * rest > 0
                       and abs(a.value) < abs(rest)]
            for i, t1 in enumerate(between):
                for t2 in between[i + 1:]:
                    if t1.value + t2.value == rest:
                        key = (abs(tot.value), tot.where, sub.where)
                        if best_key is None or key > best_key:
                            best = (sub, Amount(rest, t1.words + t2.words), tot)
                            best_key = key
    return best


def fill_amounts(fields: dict[str, FieldValue], pages: list[PageLayout], skip: set[int],
                 warnings: list[str], two_rates: bool = True, items: Sequence[LineItem] = ()) -> None:
    have = {name: field_decimal(fields.get(name)) for name in ("subtotal", "tax", "total")}
    if all(v is not None for v in have.values()):
        return
    if have["tax"] is None and no_tax_levied(pages):
        return  # "No VAT, GST or sales tax is levied": two amounts that add up to the total are no net and tax
    amounts = page_amounts(pages, skip)
    weak = {n for n in have if have[n] is not None and fields[n].confidence < _WEAK_LABEL}
    # an unsure tax with no net: a net and tax that make the labelled total, no rows' amounts, may be the page's
    unsure = have["subtotal"] is None and None not in (have["tax"], have["total"]) and fields["tax"].confidence < 0.9
    tries = [have]
    if weak:
        tries.append({n: (None if n in weak else v) for n, v in have.items()})
    if unsure and "tax" not in weak:
        tries.append({**tries[-1], "tax": None})
    rows = {item.amount for item in items}
    triple = None  # a value read weakly (a label's neighbour below it, in a letter) may be what fails: without it
    for known in tries:
        triple = amount_triple(amounts, subtotal=known["subtotal"], tax=known["tax"], total=known["total"],
                               two_rates=two_rates)
        if triple is not None and known is tries[-1] and unsure and "tax" not in weak \
                and rows & {triple[0].value, triple[1].value}:
            triple = None  # two rows of the items that add up to the total: no net and tax
        if triple is not None:
            have = known
            break
    if triple is None and have["total"] is not None and have["tax"] is None:
        triple = _sums_row(amounts, have["total"], have["subtotal"]) or _net_of_a_row(amounts, have)
    if triple is None or _section_sums(triple[0].value, triple[1].value, items):
        return
    filled = []
    for name, amount in zip(("subtotal", "tax", "total"), triple, strict=True):
        if have[name] is None:
            fields[name] = field_value(plain_decimal(amount.value), FALLBACK, list(amount.words))
            filled.append(f"{name} {plain_decimal(amount.value)}")
    warnings.append(", ".join(filled) + " read without a label: the amounts on the page for which "
                    "subtotal + tax == total")


def _net_of_a_row(amounts: list[Amount], have: dict[str, Decimal | None]) -> tuple[Amount, Amount, Amount] | None:
    """A total label over a row of net, tax and gross ("Всего по счету: | 1 416 978,36 | 170 037,41 | 1 587 015,77"):
    the label's value is the row's net, and the triple on that one line is read (`have` takes the total out)."""
    if have["subtotal"] is not None:
        return None
    triple = amount_triple(amounts)
    if triple is None or triple[0].value != have["total"] or len({round(a.where[1]) for a in triple}) != 1 \
            or len({a.where[0] for a in triple}) != 1:
        return None
    have["total"] = None
    return triple


def _sums_row(amounts: list[Amount], total: Decimal, subtotal: Decimal | None
              ) -> tuple[Amount, Amount, Amount] | None:
    """A tax breakdown's sums row, three amounts alone on one line: the net and two taxes whose sum is the labelled
    total, wherever the total stands ("1.141,55 | 173,01 | 37,37" under "Base | Cota IVA | Cota R.E.", the
    TOTAL FACTURA beside the table's first row): the tax is the two taxes' sum (Spain's IVA and its recargo de
    equivalencia)."""
    rows: dict[tuple[int, float], list[Amount]] = {}
    for a in amounts:
        rows.setdefault((a.words[0].page, round(a.words[0].y0)), []).append(a)
    for row in rows.values():
        if len(row) != 3 or any(a.value <= 0 for a in row):
            continue
        sub, t1, t2 = sorted(row, key=lambda a: a.words[0].x0)
        tax = t1.value + t2.value
        if sub.value + tax == total and tax <= _TAX_SHARE * sub.value and sub.value > max(t1.value, t2.value) \
                and subtotal in (None, sub.value):
            total_words = next((a.words for a in amounts if a.value == total), ())
            return sub, Amount(tax, t1.words + t2.words), Amount(total, total_words)
    return None


def _section_sums(sub: Decimal, tax: Decimal, items: Sequence[LineItem]) -> bool:
    """Whether a net and a tax are the sums of the items' two runs, the items in order split at one row, each run
    of two amounts or more: two sections' sums ("Equipment hire", "Crew & logistics") over a total the items make
    up alone."""
    amounts = [i.amount for i in items if i.amount != 0]
    if any(a is None for a in amounts):
        return False
    amounts = [a for a in amounts if a is not None]
    runs = [sum(amounts[:k], Decimal(0)) for k in range(2, len(amounts) - 1)]
    return any({run, sum(amounts, Decimal(0)) - run} == {sub, tax} for run in runs)


def field_decimal(field: FieldValue | None) -> Decimal | None:
    return Decimal(field.value) if field is not None and field.value is not None else None
