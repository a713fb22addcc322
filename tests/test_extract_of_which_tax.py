"""'Of which VAT' under a total that holds the tax names the tax: Russian "в том числе НДС (20%)", Armenian "այդ թվում
ԱԱՀ (20%)" (the words for "of which" join no label, like "of" and "the")."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.tools.extract_invoice import extract_invoice
from tests.pdf_rows import rows_pdf


def test_of_which_vat_labels_the_tax() -> None:
    for text in ("այդ թվում ԱԱՀ (20%)", "в том числе НДС (20%)"):
        assert label_matches(text)[0][0] == "tax"


def test_armenian_of_which_vat_under_the_total() -> None:
    rows = [(40, 30, "«Արարատ Շին» ՍՊԸ", 12), (320, 30, "ՀԱՇԻՎ № 000862", 12), (320, 48, "13.11.2026", 8),
            (340, 300, "Ընդհանուր գումար", 8), (500, 300, "2,984,742", 8),
            (340, 321, "այդ թվում ԱԱՀ (20%)", 8), (500, 321, "497,457", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("tax") == "497457"
