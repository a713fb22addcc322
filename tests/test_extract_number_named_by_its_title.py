"""An invoice in a language the lexicon does not know names its number by its title: "SONRASC" over "Uimhir
sonraisc" (Irish: the invoice's number), "QAANSHEEG" over "Lambarka qaansheegta" (Somali). The label's word opening as
the title does names the document's number, read below 0.9. From PDFs built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page(title: str, label: str) -> bytes:
    rows = [(40, 30, "Tógáil Ó Flatharta Teoranta", 16), (430, 28, title, 20),
            (40, 52, "An Cheathrú Rua, Co. na Gaillimhe", 8),
            (330, 90, label, 8), (460, 90, "S-1950", 8), (330, 104, "Dáta", 8), (460, 104, "15/04/2026", 8),
            (40, 150, "Cur síos", 8), (480, 150, "Glan", 8), (40, 164, "Deisiú dín", 8), (480, 164, "€1,000.00", 8),
            (300, 220, "Glanmhéid", 8), (480, 220, "€1,000.00", 8), (300, 234, "CBL 13.5%", 8),
            (480, 234, "€135.00", 8), (300, 248, "Iomlán", 8), (480, 248, "€1,135.00", 8)]
    return rows_pdf(rows)


@pytest.mark.parametrize(("title", "label"), [("SONRASC", "Uimhir sonraisc"), ("QAANSHEEG", "Lambarka qaansheegta")])
def test_a_label_naming_the_title_numbers_the_document(title, label):
    result = extract_invoice(_page(title, label))
    assert result.value("invoice_number") == "S-1950"
    assert result.confidence("invoice_number") < 0.9


def test_a_label_naming_another_word_numbers_nothing():
    assert extract_invoice(_page("SONRASC", "Uimhir custaiméara")).value("invoice_number") != "S-1950"


def _letter(heading: str) -> bytes:
    rows = [(40, 30, "Pasternaria Bezzola SA", 16), (40, 52, "Stradun 312 · 7550 Scuol · UID CHE-129.581.179 TPV", 8),
            (40, 110, "Hotel Piz Linard", 10), (40, 124, "Via da Lavin 14", 10), (40, 138, "7543 Lavin", 10),
            (40, 170, "Scuol, ils 19 da december 2025", 10), (40, 200, heading, 14),
            (40, 224, "Client nr.", 8), (160, 224, "1491", 8),
            (40, 260, "Artitgel", 8), (480, 260, "Import CHF", 8), (40, 274, "Paun da segal", 8),
            (480, 274, "100.00", 8), (300, 320, "Total netto", 8), (480, 320, "100.00", 8),
            (300, 334, "TPV 2,6 %", 8), (480, 334, "2.60", 8), (300, 348, "Total CHF", 8), (480, 348, "102.60", 8)]
    return rows_pdf(rows)


def test_a_heading_of_an_unknown_word_and_a_number_word_numbers_the_document():
    result = extract_invoice(_letter("Quint nr. 2025-140"))  # Romansh: the invoice no.
    assert result.value("invoice_number") == "2025-140"
    assert result.confidence("invoice_number") < 0.9


def test_a_heading_opening_with_a_known_word_is_not_the_documents():
    assert extract_invoice(_letter("Client nr. 2025-140")).value("invoice_number") != "2025-140"
