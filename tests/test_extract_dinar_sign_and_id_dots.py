"""Two readings from sets 13 and 32's development parts, each a class, each read from a PDF built here: Bahrain's dinar
printed "BD" before its amounts ("BD 719.900") is an amount's sign, and an id's dots ("NPWP 46.514.769.2-505.596",
"NPWPD 29.514756") say nothing about how the page's amounts group their thousands ("1.013.000", "111.430")."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import groups_with_dots
from tests.pdf_rows import rows_pdf


def test_the_bahraini_dinar_printed_bd():
    rows = [(38, 34, "Seef Towers Owners Association Management W.L.L.", 11), (38, 50, "Seef, Kingdom of Bahrain", 8),
            (38, 90, "TAX INVOICE", 12), (42, 110, "Demand No.", 8), (118, 110, "SCD/2025/Q2/966", 8),
            (42, 122, "Date of issue", 8), (118, 122, "25/04/2025", 8),
            (314, 122, "Area", 8), (389, 122, "131.7 sq m", 8),
            (40, 160, "Description", 8), (480, 160, "Total (BD)", 8),
            (40, 174, "Service charge Q2 2025", 8), (480, 174, "719.900", 8),
            (280, 210, "Total excl. VAT", 8), (430, 210, "الضريبة قبل المجموع", 8), (505, 210, "BD 719.900", 8),
            (280, 224, "VAT 10%", 8), (505, 224, "BD 71.990", 8),
            (280, 238, "Total incl. VAT", 8), (430, 238, "الضريبة شامل", 8), (500, 238, "BD 791.890", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("total")) == ("719.900", "791.890")
    assert result.value("currency") == "BHD"


def test_an_ids_dots_say_nothing_of_the_thousands():
    assert groups_with_dots(["NPWP 46.514.769.2-505.596", "NPWPD 29.514756", "1.013.000", "1.124.430"])
    assert not groups_with_dots(["12.50", "1.013.000", "1.124.430"])
    rows = [(61, 30, "WARUNG DAPUR PENESTANAN", 12), (61, 44, "Jl. Raya Penestanan, Ubud", 8),
            (14, 56, "NPWP", 8), (82, 56, "46.514.769.2-505.596", 8), (14, 68, "NPWPD", 8), (107, 68, "29.514756", 8),
            (14, 100, "No. Bill", 8), (82, 100, "B-1187", 8),
            (14, 130, "Nasi campur", 8), (166, 130, "1.013.000", 8),
            (14, 160, "Subtotal", 8), (166, 160, "1.013.000", 8),
            (14, 172, "PPN 11%", 8), (176, 172, "111.430", 8),
            (14, 184, "TOTAL", 8), (45, 184, "Rp", 8), (166, 184, "1.124.430", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("tax") == "111430"
