"""The Slavic "with" between a total's word and the tax's names the total with the tax in it ("Skupaj z DDV",
"Celkem s DPH", "Ukupno sa PDV"), not the tax; "s/ IVA" (Spanish, without) stays the net. And Slovenian "št." numbers
a label ("Naročilo št.": the order's number). Read by the lexicon, and from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("label", "field"), [("Skupaj z DDV (EUR)", "total"), ("Celkem s DPH", "total"),
                                              ("Ukupno sa PDV", "total"), ("Razem z VAT", "total"),
                                              ("Итого с НДС", "total"), ("Total s/ IVA", "subtotal"),
                                              ("Skupaj DDV", "tax"), ("Skupaj brez DDV", "subtotal"),
                                              ("Naročilo št.:", "po_number")])
def test_with_the_tax_is_the_total(label: str, field: str):
    assert read_label(label)[0][0] == field


def test_a_slovenian_total_with_the_tax_above_an_advance_paid():
    rows = [(42, 30, "Pohorje Gastro d.o.o.", 12), (42, 50, "ID za DDV: SI49917145", 8),
            (42, 130, "RAČUN št. R26-4886", 12), (42, 156, "Datum izdaje:", 8), (167, 156, "31. 5. 2026", 8),
            (42, 170, "Naročilo št.:", 8), (167, 170, "NAR-112", 8),
            (343, 380, "Skupaj brez DDV", 8), (527, 380, "824,18", 8),
            (343, 396, "DDV skupaj", 8), (527, 396, "105,04", 8),
            (343, 412, "Skupaj z DDV (EUR)", 8), (524, 412, "929,22", 8),
            (343, 428, "Plačani avans (PR-921)", 8), (524, 428, "-371,70", 8),
            (343, 444, "Za plačilo (EUR)", 8), (524, 444, "557,52", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("824.18", "105.04", "929.22")
    assert result.value("po_number") == "NAR-112"
