"""The totals block: subtotal, tax and total, cross-checked, and the currency they are printed in.

subtotal + tax == total (to the cent) raises all three to 0.97, even under a weaker label such as
"Amount Due"; a failed sum lowers the total and whichever of the others nothing else confirms.
The line items must sum to the subtotal, and a rate printed in the tax label ("VAT 20%") must
give the tax. A tax whose value wrapped away from its label is recovered as the amount printed
between the subtotal and the total that makes the sum hold. Several tax rows (one per VAT rate)
sum to the tax, and charges or discounts printed between the items' sum and the tax (shipping,
freight, a discount) belong to the net, which is then the subtotal reported (`reconcile`), so
that subtotal + tax == total holds as the policy layer checks it. The currency comes from a currency
label, the codes or symbols next to the amounts, or the one code the page prints; several
different currencies lower it with a warning.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.cldr import territory_currency
from countersign.extraction.confidence import GOOD, HIGH, POOR, TOLERANCE, WEAK, field_value, total_without_its_tax
from countersign.extraction.countries import country_hints
from countersign.extraction.deposits import (
    due_after_charges,
    field_words,
    net_plus_tax_unconfirmed,
    total_before_deposit,
    unlabelled_rows,
)
from countersign.extraction.layout import PageLayout, Segment, Word, join_words
from countersign.extraction.local_currency import local_currency
from countersign.extraction.pairing import Candidate
from countersign.extraction.values import (
    CURRENCY_CODE_RE,
    parse_amount,
    plain_decimal,
    sign_codes,
    sign_pattern,
)


def read_totals(chosen: dict[str, Candidate | None], items: list[LineItem], pages: list[PageLayout],
                warnings: list[str], every: dict[str, list[Candidate]] | None = None) -> dict[str, FieldValue]:
    """subtotal, tax and total from the chosen candidates, with the confidence the cross-checks
    give them; warnings go to `warnings`. `every` (each field's candidates) lets several tax
    rows and the charges between the items and the tax enter the sum."""
    sub_c, tax_c, tot_c = chosen.get("subtotal"), chosen.get("tax"), chosen.get("total")
    if sub_c is None and tax_c is not None and tot_c is not None:
        sub_c = _total_before_tax((every or {}).get("total", []), tax_c, tot_c)
    sub_c, tax_c, tot_c = _thousands_read(sub_c, tax_c, tot_c, warnings)
    tot_c = total_before_deposit(pages, sub_c, tax_c, tot_c, warnings) or tot_c
    sub_c, tax_c = reconcile(sub_c, tax_c, tot_c, every or {}, warnings, pages)
    if tax_c is None and sub_c is not None and tot_c is not None \
            and abs(Decimal(sub_c.value) - Decimal(tot_c.value)) <= TOLERANCE:
        tax_c = _no_tax(pages, warnings)
    sub = Decimal(sub_c.value) if sub_c else None
    tax = Decimal(tax_c.value) if tax_c else None
    tot = Decimal(tot_c.value) if tot_c else None
    amounts = [i.amount for i in items if i.amount is not None]
    lines_sum = sum(amounts, Decimal(0)) if items and len(amounts) == len(items) else None
    conf = {"subtotal": _base(sub_c), "tax": _base(tax_c), "total": _base(tot_c)}
    repaired_tax = False
    if sub_c and tot_c and sub is not None and tot is not None and (tax is None or abs(sub + tax - tot) > TOLERANCE):
        # The tax has the subtotal's sign and is smaller: a residual or a payment between them
        # that happens to print |total - subtotal| is no tax.
        plausible = (tot - sub) * sub > 0 and abs(tot - sub) < abs(sub)
        found = _amount_between(pages, sub_c, tot_c, tot - sub) if plausible else None
        if found is not None:
            # "Steuerbetrag in EUR" with its value wrapped to another line: the amount printed
            # between the subtotal and the total that makes the arithmetic hold.
            tax = tot - sub
            tax_c = Candidate("tax", 0, 0.85, plain_decimal(tax), [found], [], found.text)
            conf["tax"] = 0.85
            repaired_tax = True
            warnings.append(
                f"tax {plain_decimal(tax)} taken from the totals block as total - subtotal "
                "(its label and value are not on one line)")
    items_sum = Decimal(sub_c.extra["items_sum"]) if sub_c and "items_sum" in sub_c.extra else sub
    lines_match_sub = lines_sum is not None and items_sum is not None and (
        abs(lines_sum - items_sum) <= TOLERANCE
        # "Zwischensumme" (the lines), then charges, then the net: the lines match the first.
        or any(abs(Decimal(c.value) - lines_sum) <= TOLERANCE and sub_c is not None and c.position < sub_c.position
               for c in (every or {}).get("subtotal", [])))
    conf = _check_sum(conf, sub, tax, tot, tax_c, lines_sum, lines_match_sub, warnings)
    conf = total_without_its_tax(conf, tax, tot, pages, warnings)
    conf = net_plus_tax_unconfirmed(conf, tot_c)
    if sub_c and tax_c and tot_c and sub is not None and tax is not None and tot is not None \
            and abs(sub + tax - tot) > TOLERANCE:
        # The lines' sum confirms the items' sum; a row before the tax that the sum could not
        # place (a charge, or an amount under a label no lexicon knows) leaves open the net.
        if unlabelled_rows(pages, sub_c, tax_c, field_words(every or {}) | {w.id for w in sub_c.words + tax_c.words}):
            conf["subtotal"] = min(conf["subtotal"], 0.85)
    if lines_sum is not None and items_sum is not None and not lines_match_sub:
        warnings.append(
            f"line amounts sum to {plain_decimal(lines_sum)}, but the subtotal reads {plain_decimal(items_sum)}"
        )
        conf["subtotal"] = min(conf["subtotal"], 0.85)
    if tot_c is not None and tot is not None and _larger_below(tot_c, tot, (every or {}).get("total", [])) \
            and _amounts_in_row(pages, tot_c) > 1:
        # Read from a row of several amounts, with a larger total printed below: the row may be
        # one rate's row of a breakdown, for which the arithmetic holds too.
        warnings.append(f"total {plain_decimal(tot)} read from a row of several amounts, and a larger "
                        "total is printed below it")
        conf = {k: min(v, 0.85) for k, v in conf.items()}
    if tax_c is not None and tax is not None and sub is not None and tax_c.extra.get("rate"):
        if not _rate_matches(tax_c, sub, tax):
            warnings.append(
                f"tax {plain_decimal(tax)} is not {tax_c.extra['rate']}% of the subtotal {plain_decimal(sub)}"
            )
            conf["tax"] = min(conf["tax"], WEAK)
    if repaired_tax:
        conf["tax"] = min(conf["tax"], 0.85)
    tot_c = due_after_charges(pages, tot_c, every or {}, warnings) or tot_c  # "Timbre fiscal" after "Total TTC"
    return {name: field_value(cand.value, min(conf[name], cand.extra.get("cap", 1.0)), cand.words,
                              cand.extra.get("evidence_text")) if cand is not None else FieldValue()
            for name, cand in (("subtotal", sub_c), ("tax", tax_c), ("total", tot_c))}


_EXEMPT = re.compile(
    r"§\s*19\s*UStG|kleinunternehmer|steuerschuldnerschaft\s+des\s+leistungsempfängers|reverse[\s-]*charge"
    r"|steuerfrei|steuerbefreit|umsatzsteuerfrei|nicht\s+steuerbar|tva\s+non\s+applicable|293\s*B\b"
    r"|autoliquidation|exonération\s+de\s+tva|btw\s+verlegd|vrijgesteld\s+van\s+btw"
    r"|inversión\s+del\s+sujeto\s+pasivo|exent[oa]\s+de\s+iva|operación\s+exenta|not\s+vat\s+registered"
    r"|vat\s+exempt|exempt\s+from\s+vat|no\s+vat\s+(?:is\s+)?charged|zero[-\s]rated"
    r"|outside\s+the\s+scope\s+of\s+vat", re.IGNORECASE)


def _no_tax(pages: list[PageLayout], warnings: list[str]) -> Candidate | None:
    """Tax 0.00 when no tax is printed, the net equals the total, and the page says why none is
    charged (a small business, a reverse charge, an exemption). Computed: at most 0.9."""
    for page in pages:
        for line in page.lines:
            text = join_words(line.words)
            if _EXEMPT.search(text):
                warnings.append(f"no tax printed; tax 0.00 because the invoice says: {text[:80]}")
                return Candidate("tax", 0, GOOD, "0.00", line.words, [], text,
                                 {"cap": GOOD, "evidence_text": f"{text} (no tax charged)"})
    return None


def _total_before_tax(totals: list[Candidate], tax_c: Candidate, tot_c: Candidate) -> Candidate | None:
    """With no subtotal label: a total printed above the tax row that, with the tax, makes the
    total below it ("Total Value 9,139.38", "IGST @ 0% 0.00", "Grand Total 9,139.38"): the net."""
    tax, tot = Decimal(tax_c.value), Decimal(tot_c.value)
    for c in totals:
        if c.position < tax_c.position < tot_c.position and c.words[0].page == tot_c.words[0].page \
                and abs(Decimal(c.value) + tax - tot) <= TOLERANCE:
            return dataclasses.replace(c, field="subtotal", extra={**c.extra, "evidence_text": f"{c.context} "
                                       f"(+ tax {tax_c.value} = total {tot_c.value})"})
    return None


_GROUPED = re.compile(r"[-−–]?\d{1,3}[.,]\d{3}")  # "3.800": 3800 grouped, or 3.8 to three places


def _thousands_read(sub_c: Candidate | None, tax_c: Candidate | None, tot_c: Candidate | None,
                    warnings: list[str]) -> tuple[Candidate | None, Candidate | None, Candidate | None]:
    """An amount printed like "3.800" reads as 3.8 or as 3800; when only the grouped reading
    of one of them makes subtotal + tax == total hold, that one is taken as grouped."""
    if sub_c is None or tax_c is None or tot_c is None:
        return sub_c, tax_c, tot_c
    cands = [sub_c, tax_c, tot_c]
    values = [Decimal(c.value) for c in cands]
    if abs(values[0] + values[1] - values[2]) <= TOLERANCE:
        return sub_c, tax_c, tot_c
    for i, c in enumerate(cands):
        printed = join_words(c.words)
        if not _GROUPED.fullmatch(sign_pattern().sub("", CURRENCY_CODE_RE.sub("", printed)).strip()):
            continue
        trial = list(values)
        trial[i] = values[i] * 1000
        if abs(trial[0] + trial[1] - trial[2]) <= TOLERANCE:
            cands[i] = dataclasses.replace(c, value=plain_decimal(trial[i].quantize(Decimal("0.01"))))
            warnings.append(f"{c.field} printed as {printed} reads as {cands[i].value} (a thousands "
                            "separator): only then do subtotal + tax make the total")
            break
    return cands[0], cands[1], cands[2]


def reconcile(sub_c: Candidate | None, tax_c: Candidate | None, tot_c: Candidate | None,
              found: dict[str, list[Candidate]], warnings: list[str],
              pages: list[PageLayout] | None = None) -> tuple[Candidate | None, Candidate | None]:
    """(subtotal, tax) such that subtotal + tax == total when the printed rows between the
    subtotal and the total make it hold: several tax rows ("MwSt. 19%", "MwSt. 7%") sum to the
    tax, and charges and discounts (shipping, freight, a discount) belong to the net, so the
    subtotal reported is the items' sum plus them. A row between the subtotal and the first tax
    row under a label no lexicon knows ("Porto und Verpackung", "Remise commerciale") counts as
    such a charge, as printed, only when the sum then holds to the cent. Unchanged when the sum
    already holds or no such rows explain it."""
    if sub_c is None or tot_c is None or tax_c is None:
        return sub_c, tax_c
    sub, tax, tot = Decimal(sub_c.value), Decimal(tax_c.value), Decimal(tot_c.value)
    if abs(sub + tax - tot) <= TOLERANCE:
        return sub_c, tax_c
    if (net := next((c for c in found.get("subtotal", []) if c is not sub_c and abs(Decimal(c.value) + tax - tot)
                     <= TOLERANCE), None)) is not None:  # "Total HT" above "Base taxable TVA 18 %": the net
        warnings.append(f"subtotal {net.value}: the net for which subtotal + tax == total, not {sub_c.value}")
        return net, tax_c
    taxes = _between(found.get("tax", []), sub_c, tot_c) or [tax_c]
    charges = _between(found.get("charge", []), sub_c, tot_c)
    discounts = _between(found.get("discount", []), sub_c, tot_c)
    extra = sum((Decimal(c.value) for c in charges), Decimal(0)) + sum(
        (-abs(Decimal(c.value)) if sub >= 0 else abs(Decimal(c.value)) for c in discounts), Decimal(0))
    tax_sum = sum((Decimal(c.value) for c in taxes), Decimal(0))
    if abs(sub + extra + tax_sum - tot) > TOLERANCE and pages:
        known = {w.id for c in [sub_c, tot_c, *taxes, *charges, *discounts] for w in c.words}
        rows = unlabelled_rows(pages, sub_c, min(taxes, key=lambda c: c.position), known)
        if rows and abs(sub + extra + sum((Decimal(c.value) for c in rows), Decimal(0)) + tax_sum - tot) <= TOLERANCE:
            charges = charges + rows
            extra += sum((Decimal(c.value) for c in rows), Decimal(0))
    if abs(sub + extra + tax_sum - tot) > TOLERANCE:
        return sub_c, tax_c
    if len(taxes) > 1:
        words = [w for c in taxes for w in c.words]
        tax_c = Candidate("tax", 0, HIGH, plain_decimal(tax_sum), words, [], tax_c.context,
                          {"evidence_text": " + ".join(c.value for c in taxes) + f" = {plain_decimal(tax_sum)}"})
        warnings.append(f"tax {plain_decimal(tax_sum)} is the sum of {len(taxes)} tax rows")
    if charges or discounts:
        net = sub + extra
        rows = [sub_c] + charges + discounts
        sub_c = Candidate("subtotal", 0, HIGH, plain_decimal(net), [w for c in rows for w in c.words], [],
                          sub_c.context, {"cap": GOOD, "items_sum": sub_c.value,
                                          "evidence_text": f"{sub_c.value} and charges "
                                          + ", ".join(c.value for c in charges + discounts)
                                          + f" = {plain_decimal(net)} (net of tax)"})
        warnings.append(f"subtotal {plain_decimal(net)} is {plain_decimal(sub)} with the charges and discounts "
                        "printed before the tax")
    return sub_c, tax_c


def _larger_below(tot_c: Candidate, tot: Decimal, totals: list[Candidate]) -> bool:
    """Whether a total candidate printed after the chosen one is larger than it."""
    return any(c.position > tot_c.position and abs(Decimal(c.value)) > abs(tot) + TOLERANCE for c in totals)


def _amounts_in_row(pages: list[PageLayout], cand: Candidate) -> int:
    """How many segments of the candidate's line read as amounts."""
    first = cand.words[0]
    if not 0 < first.page <= len(pages):
        return 0
    line = next((ln for ln in pages[first.page - 1].lines if any(w.id == first.id for w in ln.words)), None)
    return sum(1 for seg in line.segments if parse_amount(seg.text) is not None) if line else 0


def _between(cands: list[Candidate], upper: Candidate, lower: Candidate) -> list[Candidate]:
    """The candidates printed below `upper` and above `lower` (in reading order), once each."""
    out, seen = [], set()
    for c in cands:
        if upper.position < c.position < lower.position and c.words[0].id not in seen:
            seen.add(c.words[0].id)
            out.append(c)
    return out


def _base(c: Candidate | None) -> float:
    """A candidate's confidence before any check: a weaker label (rank 1) reads at most 0.85."""
    if c is None:
        return 0.0
    return c.strength if c.rank == 0 else min(c.strength, 0.85)


def _check_sum(conf: dict[str, float], sub: Decimal | None, tax: Decimal | None,
               tot: Decimal | None, tax_c: Candidate | None, lines_sum: Decimal | None,
               lines_match_sub: bool, warnings: list[str]) -> dict[str, float]:
    """The confidences after subtotal + tax == total (or what confirms a total without them)."""
    if sub is not None and tax is not None and tot is not None:
        if abs(sub + tax - tot) <= TOLERANCE:
            # The arithmetic holds: even "Amount Due" (a weaker label) is the grand total.
            conf = {k: max(v, 0.97) if v >= 0.85 else v for k, v in conf.items()}
        else:
            warnings.append(
                f"subtotal {plain_decimal(sub)} + tax {plain_decimal(tax)} = {plain_decimal(sub + tax)}, "
                f"but the total reads {plain_decimal(tot)}"
            )
            conf["total"] = min(conf["total"], POOR)
            if not (lines_match_sub and tax and _rate_matches(tax_c, sub, tax)):  # ("BTW 0%: 0,00" fits any net)
                conf["tax"] = min(conf["tax"], POOR)
            if not lines_match_sub:
                conf["subtotal"] = min(conf["subtotal"], POOR)
    elif tot is not None:
        # Not all three printed: the total stands only if something else confirms it.
        confirmed = (
            (sub is not None and tax is None and abs(sub - tot) <= TOLERANCE)
            or (lines_sum is not None and abs(lines_sum + (tax or 0) - tot) <= TOLERANCE)
        )
        if not confirmed:
            conf = {k: min(v, 0.8) for k, v in conf.items()}
            missing = [n for n, v in (("subtotal", sub), ("tax", tax)) if v is None]
            warnings.append(
                "could not cross-check the total: " + " and ".join(missing) + " not found"
            )
    else:
        conf = {k: min(v, WEAK) for k, v in conf.items()}
        warnings.append("no total found")
    return conf


def _amount_between(pages: list[PageLayout], upper: Candidate, lower: Candidate,
                    value: Decimal) -> Word | None:
    """A word printing |value| between two totals lines of one page (in reading order)."""
    a, b = upper.words[0], lower.words[0]
    if a.page != b.page or a.y0 >= b.y0 or not value:
        return None
    for page in pages:
        if page.number != a.page:
            continue
        for line in page.lines:
            if line.y0 <= a.y0 + 1 or line.y0 >= b.y0 - 1:
                continue
            for w in line.words:
                if w.x1 < min(a.x0, b.x0) - 40:
                    continue
                parsed = parse_amount(w.text)
                if parsed is not None and abs(parsed[0]) == abs(value):
                    return w
    return None


def _rate_matches(tax_c: Candidate | None, sub: Decimal | None, tax: Decimal | None) -> bool:
    """The tax equals the rate printed in its label ("Tax (8%)") times the subtotal, to the cent."""
    if tax_c is None or sub is None or tax is None or not tax_c.extra.get("rate"):
        return False
    rate = Decimal(tax_c.extra["rate"].replace(",", ".")) / 100
    return abs(sub * rate - tax) <= TOLERANCE


def read_currency(chosen: dict[str, Candidate | None], segments: list[Segment],
                  buyer_words: set[int], warnings: list[str],
                  every: dict[str, list[Candidate]] | None = None) -> FieldValue:
    """The currency: a currency label, the code or sign printed with an amount (or with the
    same amount printed again under another label, in `every`), else the one
    code (or sign) the page prints outside the buyer's block. A sign several currencies share
    ("$", "kr", "¥") is read as the one code the page prints elsewhere that it may stand for
    ("Rate (CAD)"), else the one whose country the page's VAT ids and IBANs name, else as the
    likeliest, less surely."""
    hints = country_hints(segments)
    found, may = _currency_with_values(chosen, hints, every or {})
    elsewhere: dict[str, list[Word]] = {}
    for seg in segments:
        for w in seg.words:
            code = CURRENCY_CODE_RE.fullmatch(w.text.strip(".,:;()"))
            if code and w.id not in buyer_words:
                elsewhere.setdefault(code.group(1), []).append(w)
    if found and len(elsewhere) == 1 and max(f[1] for f in found) < HIGH:
        code, words = next(iter(elsewhere.items()))  # "$6,666.44" with "Rate (CAD)": the dollar is that one
        if code in may and all(c != code for c, _, _ in found):
            found = [(code, 0.85, words[:1])]
    if found and not elsewhere and max(f[1] for f in found) < HIGH and (own := _own_dollar(segments, buyer_words)) \
            and all(c in sign_codes("$") and c != own[0] for c, _, _ in found):
        found = [own]  # "TOTAL $" under "Amount WS$": the bare dollar is the one the page names
    if not found:
        if len(elsewhere) == 1:
            code, words = next(iter(elsewhere.items()))
            found.append((code, 0.8, words[:1]))
        else:
            found = _column_currency(chosen.get("total"), segments, hints) or _one_sign(segments, hints) \
                or local_currency(segments, hints, buyer_words,  # "E 20,565.00" on a page naming Eswatini
                                  lambda text, m: _next_to_a_number(text, m) or _in_brackets(text, m))
    if not found:
        return FieldValue()
    codes = {c for c, _, _ in found} | set(elsewhere)
    code, strength, words = max(found, key=lambda f: f[1])
    if any(c == code and s >= 0.9 for c, s, _ in found):
        strength = max(strength, HIGH)
    if len(codes) > 1:
        warnings.append(
            "several currencies printed (" + ", ".join(sorted(codes)) + f"); took {code}"
        )
        strength = min(strength, POOR)
    return field_value(code, strength, words)


def _own_dollar(segments: list[Segment], buyer_words: set[int]) -> tuple[str, float, list[Word]] | None:
    """The one currency the page's dollar signs with their country's letters stand for ("WS$", "NZ$", "BZ$"),
    outside the buyer's block; None if none or several."""
    codes: dict[str, list[Word]] = {}
    for seg in segments:
        for w in seg.words:
            m = re.search(r"(?<![A-Za-z])[A-Z]{1,3}\$", w.text)
            if m and w.id not in buyer_words and len(named := sign_codes(m.group(0))) == 1:
                codes.setdefault(named[0], [w])
    if len(codes) != 1:
        return None
    code, words = next(iter(codes.items()))
    return code, 0.85, words


def _one_sign(segments: list[Segment], hints: set[str]) -> list[tuple[str, float, list[Word]]]:
    """The one currency the signs printed against numbers or in a label's brackets stand for, unsurely; none if
    several."""
    signs = {_sign_reading(m.group(0), hints)[0] for s in segments for m in sign_pattern().finditer(s.text)
             if _next_to_a_number(s.text, m) or _in_brackets(s.text, m)}
    return [(signs.pop(), 0.6, [])] if len(signs) == 1 else []


def _column_currency(total: Candidate | None, segments: list[Segment],
                     hints: set[str]) -> list[tuple[str, float, list[Word]]]:
    """The currency heading the total's column: a code or sign alone over it ("лв." over one column,
    "EUR (informative)" over the other, when the page prints both codes), the nearest within 80 pt."""
    if total is None:
        return []
    w = total.words[0]
    for seg in sorted(segments, key=lambda s: -s.y1):
        if seg.words[0].page == w.page and w.y0 - 80 < seg.y1 <= w.y0 and seg.x0 < total.words[-1].x1 \
                and seg.x1 > w.x0:
            head = re.sub(r"\s*\(.*\)$", "", seg.text).strip(" ()")
            code = CURRENCY_CODE_RE.fullmatch(head)
            sign = sign_pattern().fullmatch(head)
            if code or sign:
                return [(code.group(1) if code else _sign_reading(head, hints)[0], 0.85, seg.words)]
    return []


def _in_brackets(text: str, m: re.Match[str]) -> bool:
    """A sign in brackets after a label or a column's heading: "Net à payer (DT)", "Amount (€)"."""
    return text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip(" .").startswith(")")


def _next_to_a_number(text: str, m: re.Match[str]) -> bool:
    """A sign printed against an amount ("$12", "12 kr", "R 1 200", "R1 200.00"), not a letter in
    a text or in front of an id ("R0012345678") or a model's code ("R32", "R410A"): a sign of
    letters set against the digits takes an amount with cents."""
    if m.group(0)[-1].isalpha() and re.match(r"-?\d{5,}(?![\d.,'])|\s?0\d", text[m.end():]):
        return False  # "R0012345678", a part's number "KM-33511", a postcode ("VT 05401"): no amount opens with 0
    if m.group(0)[-1].isalpha() and re.match(r"-?\d", text[m.end():m.end() + 2]) and not re.match(
            r"-?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*[.,]\d{2}(?![\w.,])", text[m.end():]):
        return False  # "R-2025-640" is a number's prefix
    return bool(re.match(r"\s?[-(]?\d", text[m.end():m.end() + 3]) or re.search(r"\d[\s\u00a0]?$",
                                                                               text[max(0, m.start() - 2):m.start()]))


def _sign_reading(sign: str, hints: set[str]) -> tuple[str, bool]:
    """(code, sure) for a printed sign: sure when it stands for one currency, or the page names
    the country of exactly one of those it may stand for; else the one whose country the page's
    telephone numbers dial ("Rs." with "+94 76 ..." is Sri Lanka's rupee), else its addresses name, unsurely."""
    codes = sign_codes(sign) or ("USD",)
    if len(codes) == 1:
        return codes[0], True
    named = [c for c in codes if _of_country(c, hints)]
    if len(named) == 1:
        return named[0], True
    dialled = [c for c in codes if _of_country(c, {h[1:] for h in hints if h.startswith("+")})]
    placed = [c for c in codes if _of_country(c, {h[1:] for h in hints if h.startswith("@")})]
    if not named and not dialled and len(placed) == 1:
        return placed[0], False  # "$" on a page whose address says "Guyana": no phone or id says more
    return (dialled[0] if not named and len(dialled) == 1 else codes[0]), False


def _of_country(code: str, countries: set[str]) -> bool:
    """Whether a currency is one of these countries': by its code's first letters ("LKR": LK), or as the
    legal tender of a country whose code it does not carry ("XAF": Cameroon's, "XOF": Benin's)."""
    return code[:2] in countries or any(territory_currency(c) == code for c in countries)


def _currency_with_values(chosen: dict[str, Candidate | None], hints: set[str], every: dict[str, list[Candidate]]
                          ) -> tuple[list[tuple[str, float, list[Word]]], set[str]]:
    """(code, strength, words) from the currency label and from the amounts' own text: a code
    ("EUR 1,200.00") is sure, a sign less so ("$" is not only the US dollar's); and every currency
    the signs printed with the amounts may stand for ("$": USD, CAD, AUD, …). An amount printed
    bare (a summary row's "21 222,21") speaks through the same amount printed with its sign under
    another label ("Celkem k úhradě: 21 222,21 Kč"), else less surely through another amount
    under its label ("BALANCE DUE S$1,312.09" after a payment)."""
    found: list[tuple[str, float, list[Word]]] = []
    may: set[str] = set()
    label = chosen.get("currency")
    if label is not None:
        found.append((label.value, HIGH, label.words))
    for name in ("total", "subtotal", "tax"):
        cand = chosen.get(name)
        if cand is None:
            continue
        value = cand.value
        if not sign_pattern().search(cand.context) and not CURRENCY_CODE_RE.search(cand.context):
            cand = next((c for c in sorted(every.get(name, []), key=lambda c: c.value != value) if (
                sign_pattern().search(c.context) or CURRENCY_CODE_RE.search(c.context))), cand)
        cap = HIGH if cand.value == value else 0.85
        symbol = sign_pattern().search(cand.context)
        if symbol:
            may.update(sign_codes(symbol.group(0)))
        code = CURRENCY_CODE_RE.search(cand.context)
        if code:
            found.append((code.group(1), cap, cand.words))
            continue
        if symbol and _next_to_a_number(cand.context, symbol):
            code, sure = _sign_reading(symbol.group(0), hints)
            found.append((code, min(cap, 0.93 if sure and symbol.group(0) != "$" else 0.8), cand.words))
    return found, may
