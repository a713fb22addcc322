"""Readings from the weakest development parts (sets 29 and 15), each a class, each read from a PDF built here: a label
ending in a tax's name that could be a currency's three capitals ("Total PDV", "Total TPV") reads as the tax, a total
printed above the tax row that makes the sum hold is the net ("Total value" under "Taxable value (GST 5%)"), a title in
a language the lexicon does not know that a label names ("SONRASC" / "Uimhir sonraisc") is no vendor, and Romansh's
labels ("Vossa empustaziun nr.", "TPV 8,1 % sin 408.70", "Pajabel enfin ils 18.01.2026", "ils 19 da december
2025")."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf


def test_a_label_ending_in_a_taxs_name_reads_as_the_tax_first():
    for text in ("Total PDV", "Total KDV", "Total TPV"):
        assert label_matches(text)[0][0] == "tax", text
    assert label_matches("Total EUR")[0][0] == "total"


def test_a_total_above_the_tax_that_makes_the_sum_is_the_net():
    rows = [(40, 30, "Phuentsholing Trading House", 12), (300, 34, "TAX INVOICE", 12),
            (400, 60, "Invoice No.", 8), (480, 60, "4661", 8),
            (40, 60, "Bill to: Royal Thimphu College, Thimphu", 8),
            (40, 100, "Description of goods", 8), (480, 100, "Value (Nu.)", 8),
            (40, 114, "Tea leaves (CTC), 1 kg", 8), (480, 114, "2,478.00", 8),
            (40, 128, "Sunflower oil, 5 L", 8), (480, 128, "10,430.00", 8),
            (40, 142, "Processed cheese (datshi), 1 kg", 8), (480, 142, "6,699.00", 8),
            (40, 156, "Mustard oil, 15 L tin", 8), (480, 156, "36,510.00", 8),
            (330, 180, "Taxable value (GST 5%)", 8), (480, 180, "9,177.00", 8),
            (330, 194, "Exempt supplies", 8), (480, 194, "46,940.00", 8),
            (330, 208, "Total value", 8), (480, 208, "56,117.00", 8),
            (330, 222, "GST @ 5%", 8), (490, 222, "458.85", 8),
            (330, 236, "Invoice Total (Nu.)", 8), (480, 236, "56,575.85", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("56117.00", "458.85", "56575.85")


def test_a_title_a_label_names_is_no_vendor():
    rows = [(40, 40, "Tógáil Ó Flatharta Teoranta", 11), (400, 36, "SONRASC", 18),
            (40, 58, "An Cheathrú Rua, Co. na Gaillimhe", 8), (40, 70, "Uimhir CBL: IE1043748K", 8),
            (40, 90, "Chuig:", 8), (40, 102, "Máire Ní Fhlatharta", 8),
            (380, 90, "Uimhir sonraisc", 8), (500, 90, "S-1950", 8),
            (380, 102, "Dáta", 8), (500, 102, "15/04/2026", 8),
            (40, 170, "Cur síos", 8), (480, 170, "Glan", 8),
            (40, 184, "Deisiú dín", 8), (480, 184, "€1,000.00", 8),
            (40, 230, "Glanmhéid iomlán", 8), (200, 230, "€1,000.00", 8),
            (40, 244, "CBL iomlán", 8), (200, 244, "€135.00", 8),
            (40, 258, "IOMLÁN LE hÍOC", 8), (200, 258, "€1,135.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") != "SONRASC"


def test_romansh_labels_and_dates():
    assert parse_date("19 da december 2025")[0].isoformat() == "2025-12-19"
    rows = [(57, 40, "Pasternaria Bezzola SA", 14), (57, 58, "Stradun 312 · 7550 Scuol · UID CHE-129.581.179 TPV", 8),
            (326, 120, "Hotel Piz Linard", 8), (326, 132, "Via da Lavin 14, 7543 Lavin", 8),
            (326, 200, "Scuol, ils 19 da december 2025", 8), (57, 230, "Quint nr. 2025-140", 11),
            (57, 248, "Vossa empustaziun nr.", 8), (148, 248, "597", 8),
            (61, 290, "Artitgel", 8), (474, 290, "Import CHF", 8),
            (61, 304, "Vin Valtellina 75 cl", 8), (514, 304, "277.50", 8),
            (61, 318, "Paun da painch (1 kg)", 8), (514, 318, "234.00", 8),
            (326, 340, "Total net", 8), (514, 340, "511.50", 8),
            (326, 354, "TPV 2,6 % sin 234.00", 8), (520, 354, "6.08", 8),
            (326, 368, "TPV 8,1 % sin 277.50", 8), (520, 368, "22.48", 8),
            (326, 382, "Total TPV", 8), (520, 382, "28.56", 8),
            (326, 396, "Rundaziun", 8), (526, 396, "-0.01", 8),
            (326, 410, "Total CHF", 8), (514, 410, "540.05", 8),
            (57, 440, "Pajabel enfin ils 18.01.2026.", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("tax") == "28.56"
    assert result.value("due_date") == "2026-01-18"
    assert result.value("po_number") == "597"
