"""A Dutch till receipt's "Bonnr" is the receipt's number: read, below 0.9 as a receipt's number is ("bon" alone
stays a filler word, as in "bon de commande")."""

from __future__ import annotations

import pymupdf

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice

ROLL = ["Kaas & Zo Grunnegers", "Vismarkt 40, 9712 CC Groningen", "KASSABON / BON", "Bonnr          560485",
        "Datum      16-01-2025", "Poffert", "3 x 7,40        22,20", "Krentenwegge", "4 x 6,90        27,60",
        "TOTAAL EUR      49,80", "PIN             49,80", "BTW-nr NL933291577B01"]


def _roll() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=227, height=420)
    for row, text in enumerate(ROLL):
        page.insert_text((14, 30 + 16 * row), text, fontsize=13 if row == 0 else 9,
                         fontname="cobo" if row == 0 else "cour")
    data = doc.tobytes()
    doc.close()
    return data


def test_a_receipts_bonnr_is_its_number():
    result = extract_invoice(_roll())
    assert result.value("invoice_number") == "560485"
    assert result.confidence("invoice_number") < 0.9


def test_bon_de_commande_stays_an_order():
    assert [name for name, _, _ in label_matches("Bon de commande n°")][0] == "po_number"
