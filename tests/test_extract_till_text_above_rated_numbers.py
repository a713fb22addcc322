"""A till roll that prints each item's text on a line of its own and under it the item's numbers opening with its tax
rate ("Riblja plata za 2 osobe" / "13% | 3 | 50,70 | 152,10"): the rate is no text, so each item's text is the line
above its numbers, not the next item's."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

ITEMS = [("Riblja plata za 2 osobe", "13%", "3", "50,70", "152,10"), ("Crni rižot", "13%", "2", "15,60", "31,20"),
         ("Mineralna voda 0,75", "13%", "4", "3,80", "15,20"), ("Vino Debit 1 l", "25%", "3", "24,60", "73,80")]


def test_each_items_text_is_the_line_above_its_rated_numbers():
    rows = [(56, 22, "BURA UGOSTITELJSTVO d.o.o.", 8), (31, 31, "Ulica Jurja Barakovića 7, 23000 Zadar", 7),
            (78, 39, "OIB: 88124945117", 7), (11, 52, "RAČUN br: 5814/POS2/1", 7),
            (11, 61, "Datum i vrijeme: 26.09.2026. 12:29:06", 7),
            (11, 90, "Artikl", 7), (86, 90, "Kol.", 7), (133, 90, "Cijena", 7), (194, 90, "Iznos", 7)]
    for i, (text, rate, qty, price, amount) in enumerate(ITEMS):
        y = 99 + 16.5 * i
        rows += [(11, y, text, 7), (11, y + 8.2, rate, 7), (100, y + 8.2, qty, 7), (138, y + 8.2, price, 7),
                 (189, y + 8.2, amount, 7)]
    rows += [(11, 175, "UKUPNO EUR", 8), (180, 175, "272,30", 8)]
    result = extract_invoice(rows_pdf(rows))
    got = [(item.description.removesuffix(rate).strip(), item.amount) for item, (_, rate, *_) in
           zip(result.line_items, ITEMS, strict=False)]
    assert got == [(text, Decimal(amount.replace(",", "."))) for text, _, _, _, amount in ITEMS]
