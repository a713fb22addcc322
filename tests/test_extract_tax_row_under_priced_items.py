"""A tax row right under priced items, in the items' amount column ("Moms 12 % på 2 769,00 kr: 332,28 kr | 3 173,00"):
it prints no quantity and no price, under items that each print both, and opens with a tax's word, so it is no item.
Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_HEAD = [(60, "Beskrivning"), (300, "Antal"), (370, "À-pris"), (460, "Belopp")]
_ITEMS = [("Kanelbullar", "154", "9,00", "1 386,00"), ("Limpa, rågsikt 800 g", "14", "37,00", "518,00"),
          ("Servetter och muggar", "8", "50,50", "404,00")]


def test_a_tax_row_under_priced_items_is_no_item():
    rows = [(60, 40, "Tornedalens Bageri AB", 13), (380, 40, "FAKTURA", 13), (380, 60, "Fakturanr: 4471", 9)]
    rows += [(x, 120, text, 8) for x, text in _HEAD]
    for i, item in enumerate(_ITEMS):
        rows += [(x, 134 + 13 * i, text, 8) for (x, _), text in zip(_HEAD, item, strict=True)]
    rows += [(60, 178, "Moms 12 % på 2 308,00 kr: 276,96 kr", 8), (460, 178, "2 584,96", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [i.description for i in result.line_items] == [item[0] for item in _ITEMS]
