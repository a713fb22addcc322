"""A ticket's trade name in large type over the company's legal name and tax id ("ASADOR EL FOGÓN" /
"Grupo Brasa Norte, S.L." / "CIF B…"): the legal name is the vendor; "TOTAL (IVA INCLUIDO)" labels the
total; "Invoice Date / Tax Point" labels the invoice date."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice


def _ticket(legal_name_gap: float) -> bytes:
    pdf = FPDF(unit="pt", format=(227, 500))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    rows = [(20, 20, "ASADOR EL FOGON", 14), (20, 20 + legal_name_gap, "Grupo Brasa Norte, S.L.", 8),
            (20, 32 + legal_name_gap, "CIF B12345674", 8), (20, 44 + legal_name_gap, "C/ Mayor 3, 50001 Zaragoza", 8),
            (20, 110, "FACTURA SIMPLIFICADA", 9), (20, 122, "N: 0045121", 8), (20, 134, "Fecha: 14/03/2026", 8),
            (20, 160, "2 Cafe con leche", 8), (170, 160, "4,40", 8),
            (20, 172, "1 Tostada", 8), (170, 172, "2,60", 8),
            (20, 196, "TOTAL (IVA INCLUIDO)", 8), (150, 196, "7,00 EUR", 8),
            (20, 212, "BASE IMP. 6,36  IVA 10%  0,64", 7)]
    for x, y, text, size in rows:
        pdf.set_font("Courier", "", size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(text) + 2, size + 2, text)
    return bytes(pdf.output())


def test_a_trade_name_over_the_legal_name_gives_the_legal_name():
    result = extract_invoice(_ticket(legal_name_gap=17))
    assert result.value("vendor_name") == "Grupo Brasa Norte, S.L."
    assert result.value("total") == "7.00"


@pytest.mark.parametrize(("text", "field", "value"), [
    ("TOTAL (IVA INCLUIDO) 44,20 EUR", "total", "44,20 EUR"),
    ("Invoice Date / Tax Point: 02/01/2026", "invoice_date", "02/01/2026"),
])
def test_a_whole_label_before_its_value(text, field, value):
    name, _, read = label_matches(text)[0]
    assert (name, text[read.end():]) == (field, value)


def test_a_sole_traders_business_named_after_them_in_the_letterhead():
    """A DIN 5008 letter: the letterhead "Fahrradwerkstatt Krause" over the owner's "Tim Krause" and the
    return-address line "Tim Krause · …": the business is the vendor, below 0.9."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    rows = [(60, 40, "Fahrradwerkstatt Krause", 18), (60, 64, "Tim Krause", 9), (60, 76, "Hafenstraße 4", 9),
            (60, 88, "24103 Kiel", 9),
            (60, 140, "Tim Krause · Hafenstraße 4 · 24103 Kiel", 7), (60, 154, "Segelclub Kiel e.V.", 10),
            (60, 168, "Düsternbrooker Weg 2", 10), (60, 182, "24105 Kiel", 10),
            (360, 154, "Rechnungsnummer: 2026-11", 9), (360, 168, "Rechnungsdatum: 03.03.2026", 9),
            (60, 260, "Inspektion Vereinsräder", 9), (460, 260, "480,00 EUR", 9),
            (360, 300, "Gesamtbetrag", 9), (460, 300, "480,00 EUR", 9),
            (60, 330, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", 8)]
    for x, y, text, size in rows:
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(text) + 2, size + 2, text)
    result = extract_invoice(bytes(pdf.output()))
    assert result.value("vendor_name") == "Fahrradwerkstatt Krause" and result.confidence("vendor_name") < 0.9
