"""Lithuanian "Išrašymo data" (the date of issue) labels the invoice date, beside the day to pay by ("Apmokėti iki").
Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_lithuanian_date_of_issue():
    data = invoice_pdf(["UAB „Antakalnio leidyba“", "Antakalnio g. 38, Vilnius"],
                       [("Apmokėti iki", "2026 m. sausio 25 d."), ("Serija ir Nr.:", "VKS 084262"),
                        ("Išrašymo data:", "2025 m. gruodžio 26 d.")],
                       [("Suma be PVM", "1 000,00"), ("PVM 21 %", "210,00"), ("Mokėtina suma", "1 210,00")],
                       title="PVM SĄSKAITA FAKTŪRA", lines=[("Knygos", "600,00"), ("Žurnalai", "400,00")])
    result = extract_invoice(data)
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-12-26", "2026-01-25")
    assert result.confidence("invoice_date") >= 0.9  # by its label, not a guess
    assert label_matches("Išrašymo data:")[0][0] == "invoice_date"
