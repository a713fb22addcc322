"""The totals block: subtotal, tax and total, cross-checked, and the currency they are printed in.

subtotal + tax == total (to the cent) raises all three to 0.97, even under a weaker label such as
"Amount Due"; a failed sum lowers the total and whichever of the others nothing else confirms.
The line items must sum to the subtotal, and a rate printed in the tax label ("VAT 20%") must
give the tax. A tax whose value wrapped away from its label is recovered as the amount printed
between the subtotal and the total that makes the sum hold. Several tax rows (one per VAT rate)
sum to the tax (those in the total's column when a VAT analysis table stands beside them; with no net printed, rows
at different rates sum to a tax below 0.9), and charges or discounts printed between the items' sum and the tax
(shipping, freight, a discount) belong to the net, which is then the subtotal reported, and a row after the tax that
its rate gives from the tax is a tax on the tax, added to it (`reconcile`), so
that subtotal + tax == total holds as the policy layer checks it. The currency they are printed in is
currency.py's.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.candidate import Candidate, after_on_its_page
from countersign.extraction.confidence import (
    GOOD,
    HIGH,
    TOLERANCE,
    WEAK,
    check_sum,
    field_value,
    rate_matches,
    total_without_its_tax,
)
from countersign.extraction.deposits import (
    deducted_below,
    due_after_charges,
    field_words,
    net_plus_tax_unconfirmed,
    total_before_deposit,
    unlabelled_rows,
)
from countersign.extraction.included_tax import included_tax
from countersign.extraction.labels import label_matches
from countersign.extraction.layout import PageLayout, Word, join_words, line_of
from countersign.extraction.values import (
    CURRENCY_CODE_RE,
    parse_amount,
    plain_decimal,
    sign_pattern,
)


def read_totals(chosen: dict[str, Candidate | None], items: list[LineItem], pages: list[PageLayout],
                warnings: list[str], every: dict[str, list[Candidate]] | None = None) -> dict[str, FieldValue]:
    """subtotal, tax and total from the chosen candidates, with the confidence the cross-checks
    give them; warnings go to `warnings`. `every` (each field's candidates) lets several tax
    rows and the charges between the items and the tax enter the sum."""
    sub_c, tax_c, tot_c = chosen.get("subtotal"), chosen.get("tax"), chosen.get("total")
    sub_c = sub_c or _lines_over_tax(chosen.get("lines_total"), tot_c, pages)
    sub_c, tax_c, tot_c = _triple_of_the_lines(sub_c, tax_c, tot_c, items, every or {}, warnings)
    if sub_c is None and tax_c is not None and tot_c is not None:
        sub_c = _total_before_tax((every or {}).get("total", []), tax_c, tot_c)
    sub_c, tax_c, tot_c = _thousands_read(sub_c, tax_c, tot_c, warnings)
    tax_c = _sum_of_the_rows(tax_c, (every or {}).get("tax", []))
    tot_c = total_before_deposit(pages, sub_c, tax_c, tot_c, warnings) or tot_c
    sub_c, tax_c = reconcile(sub_c, tax_c, tot_c, every or {}, warnings, pages)
    tax_c = _rated_rows(sub_c, tax_c, tot_c, (every or {}).get("tax", []), warnings)
    tot_c = _total_that_fits(sub_c, tax_c, tot_c, (every or {}).get("total", []), warnings) or tot_c
    tax_c = tax_c or included_tax(tot_c, (every or {}).get("total", []))  # "incl. VAT 18% 11.22" under the total
    if tax_c is None and sub_c is not None and tot_c is not None \
            and abs(Decimal(sub_c.value) - Decimal(tot_c.value)) <= TOLERANCE:
        tax_c = _no_tax(pages, warnings)
    sub = Decimal(sub_c.value) if sub_c else None
    tax = Decimal(tax_c.value) if tax_c else None
    tot = Decimal(tot_c.value) if tot_c else None
    amounts = [i.amount for i in items if i.amount is not None]
    lines_sum = sum(amounts, Decimal(0)) if items and len(amounts) == len(items) else None
    conf = {"subtotal": _base(sub_c), "tax": _base(tax_c), "total": _base(tot_c)}
    repaired_tax = None
    if sub_c and tot_c and sub is not None and tot is not None and (tax is None or abs(sub + tax - tot) > TOLERANCE):
        repaired_tax = _tax_between(pages, sub_c, tot_c, sub, tot, warnings)
        if repaired_tax is not None:
            tax_c, tax, conf["tax"] = repaired_tax, tot - sub, 0.85
    items_sum = Decimal(sub_c.extra["items_sum"]) if sub_c and "items_sum" in sub_c.extra else sub
    lines_match_sub = lines_sum is not None and items_sum is not None and (
        abs(lines_sum - items_sum) <= TOLERANCE
        # "Zwischensumme" (the lines), then charges, then the net: the lines match the first (and the net, with the
        # tax, makes the total; else the lines confirm the other subtotal, not this one), a few rows above it
        or any(abs(Decimal(c.value) - lines_sum) <= TOLERANCE and sub_c is not None and _rows_above(c, sub_c)
               for c in (every or {}).get("subtotal", []))
        and (sub is None or tax is None or tot is None or abs(sub + tax - tot) <= TOLERANCE))
    conf = check_sum(conf, sub, tax, tot, tax_c, lines_sum, lines_match_sub, warnings)
    if tax_c is None and sub is not None and tot is not None and abs(sub - tot) <= TOLERANCE:
        conf["subtotal"] = min(conf["subtotal"], 0.85)  # equal to the total, no tax: a tax-inclusive sum as often a net
    conf = total_without_its_tax(conf, tax, tot, pages, warnings)
    conf = deducted_below(net_plus_tax_unconfirmed(conf, tot_c), pages, tot_c, warnings)
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
        if not rate_matches(tax_c, sub, tax):
            warnings.append(
                f"tax {plain_decimal(tax)} is not {tax_c.extra['rate']}% of the subtotal {plain_decimal(sub)}"
            )
            conf["tax"] = min(conf["tax"], WEAK)
    conf = _repair_capped(conf, repaired_tax, sub_c, tot_c)
    conf = _two_currency_columns(conf, pages, tot_c, {sub, tax, tot}, warnings)
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
    charged (a small business, a reverse charge, an exemption). Computed from a sentence, not printed: below 0.9,
    as a computed due date is (an invoice that prints no tax leaves it unsaid as often as it means 0.00)."""
    for page in pages:
        for line in page.lines:
            text = join_words(line.words)
            if _EXEMPT.search(text):
                warnings.append(f"no tax printed; tax 0.00 because the invoice says: {text[:80]}")
                return Candidate("tax", 0, GOOD, "0.00", line.words, [], text,
                                 {"cap": 0.85, "evidence_text": f"{text} (no tax charged)"})
    return None


def _triple_of_the_lines(sub_c: Candidate | None, tax_c: Candidate | None, tot_c: Candidate | None,
                         items: list[LineItem], every: dict[str, list[Candidate]],
                         warnings: list[str]) -> tuple[Candidate | None, Candidate | None, Candidate | None]:
    """Over a chosen net the line items do not sum to: a net the items sum to, a tax and a total printed below it, one
    after the other on its page, that add up. The chosen rows are another table's (an annual bill's instalments
    already paid, summed as "Summe | netto | USt. | brutto" under the bill's own "Summe netto", "Umsatzsteuer",
    "Rechnungsbetrag brutto"), or the total's label read as a net's ("Sub Total", "VAT 18%", "NET TOTAL": the net
    plus the tax is the total, whatever its label says)."""
    amounts = [i.amount for i in items if i.amount is not None]
    if sub_c is None or not amounts or len(amounts) != len(items):
        return sub_c, tax_c, tot_c
    lines = sum(amounts, Decimal(0))
    if abs(Decimal(sub_c.value) - lines) <= TOLERANCE:
        return sub_c, tax_c, tot_c
    nets = [c for c in every.get("subtotal", []) if abs(Decimal(c.value) - lines) <= TOLERANCE]
    taxes = [(c.position, lines + Decimal(c.value), c) for c in every.get("tax", []) if nets]
    totals = [(c.position, Decimal(c.value), c) for c in every.get("total", []) + every.get("subtotal", []) if taxes]
    for net, (where, gross, tax) in ((n, t) for n in nets for t in taxes if after_on_its_page(n.position, t[0])):
        for _, _, tot in (t for t in totals if after_on_its_page(where, t[0]) and abs(gross - t[1]) <= TOLERANCE):
            warnings.append(f"subtotal {net.value}, tax {tax.value}, total {tot.value}: the rows the line items sum "
                            f"to, not {sub_c.value}")
            return net, tax, dataclasses.replace(tot, field="total")
    return sub_c, tax_c, tot_c


def _sum_of_the_rows(tax_c: Candidate | None, taxes: list[Candidate]) -> Candidate | None:
    """The tax row the other tax rows sum to ("PDV ukupno 133,19" over a rate summary's "PDV 74,75" and "PDV 58,44",
    each under the same word): the tax, whichever of them the labels chose. Unchanged unless there are three rows or
    more on one page, none of them 0, one of them the sum of all the others."""
    rows = list({c.words[0].id: c for c in taxes if c.words}.values())
    if tax_c is None or len(rows) < 3 or len({c.words[0].page for c in rows}) > 1:
        return tax_c
    values = [Decimal(c.value) for c in rows]
    if any(not v for v in values):
        return tax_c
    whole = sum(values, Decimal(0))
    summed = [c for c, v in zip(rows, values, strict=True) if abs(whole - 2 * v) <= TOLERANCE]
    return summed[0] if len(summed) == 1 else tax_c


def _rows_above(upper: Candidate, lower: Candidate) -> bool:
    """Whether `upper` stands a few rows above `lower` in one block (six of its lines at most), not in another table
    further down (an instalments table's "Summe" under the bill's "Summe netto")."""
    a, b = upper.words[0], lower.words[0]
    return a.page == b.page and 0 < b.y0 - a.y0 <= 6 * (a.y1 - a.y0) * 1.6


def _lines_over_tax(lines: Candidate | None, tot_c: Candidate | None, pages: list[PageLayout]) -> Candidate | None:
    """With no subtotal label: the billed lines' sum ("Total charges") over a tax row ("GST | not applicable", "VAT
    20%") and the total below it, on one page: the net. (Over no tax row, a payment and the balance, it is no net.)"""
    if lines is None or tot_c is None or not lines.position < tot_c.position \
            or lines.words[0].page != tot_c.words[0].page:
        return None
    page = pages[tot_c.words[0].page - 1]
    for line in page.lines:
        if lines.words[0].y1 < line.y0 and line.y1 < tot_c.words[0].y0 and any(
                name == "tax" for seg in line.segments[:2] for name, _, _ in label_matches(seg.text)):
            return dataclasses.replace(lines, field="subtotal")
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
    """(subtotal, tax) such that subtotal + tax == total when the printed rows between the subtotal and the total make
    it hold: several tax rows ("MwSt. 19%", "MwSt. 7%") sum to the tax, and charges and discounts (shipping, freight, a
    discount) belong to the net, so the subtotal reported is the items' sum plus them (below 0.9 after a discount: it
    is printed nowhere, and many read the printed subtotal before it). A row between the subtotal and the first tax
    row under a label no lexicon knows ("Porto und Verpackung", "Remise commerciale") counts as
    such a charge, as printed, only when the sum then holds to the cent. Unchanged when the sum
    already holds or no such rows explain it."""
    if sub_c is None or tot_c is None or tax_c is None:
        return sub_c, tax_c
    sub, tax, tot = Decimal(sub_c.value), Decimal(tax_c.value), Decimal(tot_c.value)
    if abs(sub + tax - tot) <= TOLERANCE:
        return sub_c, tax_c
    if (fitting := _another_that_fits(sub_c, tax_c, tot_c, found, warnings)) is not None:
        return fitting
    taxes = _between(found.get("tax", []), sub_c, tot_c) or [tax_c]
    charges = _between(found.get("charge", []), sub_c, tot_c)
    discounts = _between(found.get("discount", []), sub_c, tot_c)
    extra = sum((Decimal(c.value) for c in charges), Decimal(0)) + sum(
        (-abs(Decimal(c.value)) if sub >= 0 else abs(Decimal(c.value)) for c in discounts), Decimal(0))
    tax_sum = sum((Decimal(c.value) for c in taxes), Decimal(0))
    if abs(sub + extra + tax_sum - tot) > TOLERANCE and (aligned := _in_total_column(taxes, tot_c)) and abs(
            sub + extra + sum(Decimal(c.value) for c in aligned) - tot) <= TOLERANCE:
        taxes, tax_sum = aligned, sum((Decimal(c.value) for c in aligned), Decimal(0))
        tax_c = aligned[0]
    if abs(sub + extra + tax_sum - tot) > TOLERANCE and pages:
        known = {w.id for c in [sub_c, tot_c, *taxes, *charges, *discounts] for w in c.words}
        rows = unlabelled_rows(pages, sub_c, min(taxes, key=lambda c: c.position), known)
        if rows and abs(sub + extra + sum((Decimal(c.value) for c in rows), Decimal(0)) + tax_sum - tot) <= TOLERANCE:
            charges = charges + rows
            extra += sum((Decimal(c.value) for c in rows), Decimal(0))
    if abs(sub + extra + tax_sum - tot) > TOLERANCE and pages:
        known = {w.id for c in [sub_c, tot_c, *taxes, *charges, *discounts] for w in c.words}
        rows = _on_the_tax(unlabelled_rows(pages, max(taxes, key=lambda c: c.position), tot_c, known), tax_sum)
        if rows and abs(sub + extra + tax_sum + sum(Decimal(c.value) for c in rows) - tot) <= TOLERANCE:
            taxes = taxes + rows  # "Centimes additionnels 5 % (sur TVA)": a tax on the tax
            tax_sum += sum(Decimal(c.value) for c in rows)
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
                          sub_c.context, {"cap": 0.85 if discounts else GOOD, "items_sum": sub_c.value,
                                          "evidence_text": f"{sub_c.value} and charges "
                                          + ", ".join(c.value for c in charges + discounts)
                                          + f" = {plain_decimal(net)} (net of tax)"})
        warnings.append(f"subtotal {plain_decimal(net)} is {plain_decimal(sub)} with the charges and discounts "
                        "printed before the tax")
    return sub_c, tax_c


def _another_that_fits(sub_c: Candidate, tax_c: Candidate, tot_c: Candidate, found: dict[str, list[Candidate]],
                       warnings: list[str]) -> tuple[Candidate, Candidate] | None:
    """(subtotal, tax) with another printed net, else another printed tax, for which subtotal + tax == total: "Total
    HT" above "Base taxable TVA 18 %", "Total value" above the tax; "Σύνολο ΦΠΑ | 302,02" over a VAT analysis' row."""
    sub, tax, tot = Decimal(sub_c.value), Decimal(tax_c.value), Decimal(tot_c.value)
    nets = found.get("subtotal", []) + [dataclasses.replace(c, field="subtotal") for c in found.get("total", [])
                                        if c.position < tax_c.position]
    if (net := _of_value(nets, tot - tax, sub_c)) is not None:
        warnings.append(f"subtotal {net.value}: the net for which subtotal + tax == total, not {sub_c.value}")
        return net, tax_c
    if (fit := _of_value(found.get("tax", []), tot - sub, tax_c)) is not None:
        warnings.append(f"tax {fit.value}: the tax for which subtotal + tax == total, not {tax_c.value}")
        return sub_c, fit
    return None


def _of_value(cands: list[Candidate], value: Decimal, other_than: Candidate) -> Candidate | None:
    """The first candidate but `other_than` whose value is `value`, to the cent: the one that makes the sum hold."""
    return next((c for c in cands if c is not other_than and abs(Decimal(c.value) - value) <= TOLERANCE), None)


def _total_that_fits(sub_c: Candidate | None, tax_c: Candidate | None, tot_c: Candidate | None,
                     totals: list[Candidate], warnings: list[str]) -> Candidate | None:
    """Another printed total, beside its label, for which subtotal + tax == total when the chosen one, read under its
    label, fails the sum: the column heading "Ընդամենը" (total) over the first item's gross gives way to "Վճարման
    ենթակա | 684 456.00" (payable). So too, below the tax, when the chosen one is printed above the net and the tax
    it would hold: "Gross Amount" before "Less Trade Discount", "Sub-Total", "GCT @ 15%" and "TOTAL DUE"."""
    if sub_c is None or tax_c is None or tot_c is None:
        return None
    above = after_on_its_page(tot_c.position, sub_c.position) and after_on_its_page(tot_c.position, tax_c.position)
    if tot_c.strength >= HIGH and not above:
        return None
    net_and_tax = Decimal(sub_c.value) + Decimal(tax_c.value)
    if abs(net_and_tax - Decimal(tot_c.value)) <= TOLERANCE:
        return None
    fit = _of_value([c for c in totals if c.strength >= HIGH and (
        not above or after_on_its_page(tax_c.position, c.position))], net_and_tax, tot_c)
    if fit is not None:
        warnings.append(f"total {fit.value}: the total for which subtotal + tax == total, not {tot_c.value}")
    return fit


def _rated_rows(sub_c: Candidate | None, tax_c: Candidate | None, tot_c: Candidate | None, taxes: list[Candidate],
                warnings: list[str]) -> Candidate | None:
    """With no net printed: two tax rows or more at different rates above the total, in its column ("IPSI 4 % s/ obra",
    "IPSI 3 % s/ servicios", "TOTAL FACTURA"), sum to the tax; nothing checks the sum, so it stays below 0.9."""
    if sub_c is not None or tax_c is None or tot_c is None:
        return tax_c
    rows, rates = [], set()
    for c in _in_total_column(taxes, tot_c, every=True):
        rate = re.search(r"(\d{1,2}(?:[.,]\d{1,3})?)\s?%", c.extra.get("label", ""))
        if c.position < tot_c.position and rate and rate.group(1) not in rates:
            rows.append(c)
            rates.add(rate.group(1))
    if len(rows) < 2:
        return tax_c
    total = sum((Decimal(c.value) for c in rows), Decimal(0))
    warnings.append(f"tax {plain_decimal(total)} is the sum of {len(rows)} tax rows at different rates (no net printed "
                    "to check it)")
    return Candidate("tax", 0, GOOD, plain_decimal(total), [w for c in rows for w in c.words], [], rows[0].context,
                     {"cap": 0.85, "evidence_text": " + ".join(c.value for c in rows) + f" = {plain_decimal(total)}"})


def _in_total_column(taxes: list[Candidate], tot_c: Candidate, every: bool = False) -> list[Candidate]:
    """The tax rows whose amount ends where the total's does, when only some do (or `every`): the totals block's own
    rows, not a VAT analysis table's column beside it ("Code | Rate | Net | VAT" over "A | 15% | 1,686.00 | 252.90")."""
    edge = tot_c.words[-1].x1
    aligned = [c for c in taxes if c.words[-1].page == tot_c.words[-1].page and abs(c.words[-1].x1 - edge) <= 2]
    return aligned if every or len(aligned) < len(taxes) else []


def _on_the_tax(rows: list[Candidate], tax: Decimal) -> list[Candidate]:
    """The rows after the tax whose label prints a rate that gives their amount from the tax, to the unit: a tax
    levied on the tax ("Centimes additionnels 5 % (sur TVA)", a surcharge on the VAT)."""
    out = []
    for row in rows:
        rates = [Decimal(m.group(1).replace(",", "."))
                 for m in re.finditer(r"(\d{1,2}(?:[.,]\d{1,3})?)\s*%", row.context)]
        if any(abs(tax * rate / 100 - Decimal(row.value)) <= 1 for rate in rates):
            out.append(row)
    return out


def _larger_below(tot_c: Candidate, tot: Decimal, totals: list[Candidate]) -> bool:
    """Whether a total candidate printed after the chosen one is larger than it."""
    return any(c.position > tot_c.position and abs(Decimal(c.value)) > abs(tot) + TOLERANCE for c in totals)


def _amounts_in_row(pages: list[PageLayout], cand: Candidate) -> int:
    """How many segments of the candidate's line read as amounts."""
    first = cand.words[0]
    if not 0 < first.page <= len(pages):
        return 0
    line = line_of(pages[first.page - 1], first)
    return sum(1 for seg in line.segments if parse_amount(seg.text) is not None) if line else 0


def _two_currency_columns(conf: dict[str, float], pages: list[PageLayout], tot_c: Candidate | None,
                          read: set[Decimal | None], warnings: list[str]) -> dict[str, float]:
    """Below 0.9 when the total's row prints another amount beside it, none of the amounts `read` (a summary row's
    net and tax), on a page that prints two currencies' codes (a freight bill's "USD" and "TTD" columns, a
    changeover's "лв." and "EUR"): each column adds up, so the arithmetic does not say which is the invoice's."""
    if tot_c is None or not 0 < (first := tot_c.words[0]).page <= len(pages):
        return conf
    page = pages[first.page - 1]
    line = line_of(page, first)
    amounts = [parsed[0] for seg in line.segments if (parsed := parse_amount(seg.text))] if line else []
    codes = {m.group(1) for ln in page.lines for w in ln.words
             if (m := CURRENCY_CODE_RE.fullmatch(w.text.strip(".,:;()")))}
    if not any(a not in read for a in amounts) or len(codes) < 2:
        return conf
    warnings.append(f"total {tot_c.value} read from a row of several amounts on a page of two currencies: which "
                    "column is the invoice's is the currency's question")
    return {k: min(v, 0.85) for k, v in conf.items()}


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


def _repair_capped(conf: dict[str, float], repaired: Candidate | None, sub_c: Candidate | None,
                   tot_c: Candidate | None) -> dict[str, float]:
    """A tax taken for making the sum hold stays below 0.9; in a letter's sums so do the net and the total: the sum
    confirms nothing there (in a totals block, the rows' labels confirm the net and the total)."""
    if repaired is None:
        return conf
    if sub_c is not None and tot_c is not None and _in_sentences(sub_c, tot_c):
        return {k: min(v, 0.85) for k, v in conf.items()}
    return {**conf, "tax": min(conf["tax"], 0.85)}


def _in_sentences(*cands: Candidate) -> bool:
    """Whether every one of these amounts was read from a letter's sentences (`prose_amounts`)."""
    return all(c.extra.get("label") == "prose" for c in cands)


def _tax_between(pages: list[PageLayout], sub_c: Candidate, tot_c: Candidate, sub: Decimal, tot: Decimal,
                 warnings: list[str]) -> Candidate | None:
    """"Steuerbetrag in EUR" with its value wrapped to another line: the amount printed between the subtotal and the
    total that makes the arithmetic hold, as the tax. It has the subtotal's sign and is smaller: a residual or a payment
    between them that happens to print |total - subtotal| is no tax."""
    plausible = (tot - sub) * sub > 0 and abs(tot - sub) < abs(sub)
    found = _amount_between(pages, sub_c, tot_c, tot - sub) if plausible else None
    if found is None:
        return None
    warnings.append(f"tax {plain_decimal(tot - sub)} taken from the totals block as total - subtotal "
                    "(its label and value are not on one line)")
    return Candidate("tax", 0, 0.85, plain_decimal(tot - sub), [found], [], found.text)


def _amount_between(pages: list[PageLayout], upper: Candidate, lower: Candidate,
                    value: Decimal) -> Word | None:
    """A word printing |value| between two totals lines of one page (in reading order). A letter states the net, the
    tax and the total in its sentences in any order: there, a word on their lines or the three lines under them."""
    a, b = upper.words[0], lower.words[0]
    prose = _in_sentences(upper, lower)
    if prose:
        a, b = sorted((a, b), key=lambda w: w.y0)
    if a.page != b.page or (a.y0 >= b.y0 and not prose) or not value:
        return None
    top, bottom = (a.y0 - 1, b.y1 + 3 * 1.5 * (b.y1 - b.y0)) if prose else (a.y0 + 1, b.y0 - 1)
    said = {w.id for w in upper.words + lower.words}
    for page in pages:
        if page.number != a.page:
            continue
        for line in page.lines:
            if line.y0 <= top or line.y0 >= bottom:
                continue
            for w in line.words:
                if w.id in said or w.x1 < min(a.x0, b.x0) - 40 and not prose:
                    continue
                parsed = parse_amount(w.text.rstrip(".,;:)") if prose else w.text)  # "por Gs. 1.243.262, de"
                if parsed is not None and abs(parsed[0]) == abs(value):
                    return w
    return None
