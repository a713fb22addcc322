"""An annual bill's own net, tax and gross ("Summe netto", "Umsatzsteuer 19 %", "Rechnungsbetrag brutto"), which the
line items sum to, over the summary row of the instalments already paid printed below them ("Summe | netto | USt. |
brutto"), which adds up too: the bill's rows are the subtotal, tax and total. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_rows_the_lines_sum_to_over_an_instalments_summary_row():
    rows = [(40, 30, "Nordlicht Energie GmbH", 12), (40, 46, "Hafenstraße 9, 25813 Husum", 8),
            (40, 80, "Jahresverbrauchsabrechnung", 14),
            (320, 110, "Rechnungsnummer", 8), (450, 110, "93697630", 8),
            (320, 124, "Rechnungsdatum", 8), (450, 124, "01.05.2026", 8),
            (40, 170, "Preisbestandteil", 8), (250, 170, "Menge", 8), (480, 170, "Betrag netto", 8),
            (40, 184, "Arbeitspreis", 8), (250, 184, "33.546 kWh", 8), (480, 184, "9.023,87 €", 8),
            (40, 198, "Arbeitspreis", 8), (250, 198, "33.363 kWh", 8), (480, 198, "8.574,29 €", 8),
            (40, 212, "Grundpreis", 8), (250, 212, "365 Tage", 8), (480, 212, "202,28 €", 8),
            (320, 236, "Summe netto", 8), (480, 236, "17.800,44 €", 8),
            (320, 250, "Umsatzsteuer 19 %", 8), (480, 250, "3.382,08 €", 8),
            (320, 264, "Rechnungsbetrag brutto", 8), (480, 264, "21.182,52 €", 8),
            (40, 300, "Geleistete Abschlagszahlungen", 10),
            (40, 316, "Fälligkeit", 8), (250, 316, "netto", 8), (370, 316, "USt.", 8), (480, 316, "brutto", 8)]
    for i in range(12):
        rows += [(40, 330 + 14 * i, f"15.{i + 1:02d}.2025", 8), (250, 330 + 14 * i, "1.502,52 €", 8),
                 (370, 330 + 14 * i, "285,48 €", 8), (480, 330 + 14 * i, "1.788,00 €", 8)]
    rows += [(40, 500, "Summe", 8), (250, 500, "18.030,24 €", 8), (370, 500, "3.425,76 €", 8),
             (480, 500, "21.456,00 €", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == (
        "17800.44", "3382.08", "21182.52")
