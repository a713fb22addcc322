"""A table whose header's first cell is its section's title ("Prestations soumises à la TGCA | Unité | Qté | P.U. |
Montant"), its section's sum ("Total prestations") and a second section of amounts alone under a heading
("Débours ..."); French "taxe" and Saint-Martin's "TGCA 4 %"; a total's money in brackets as a sign ("Total à payer
(US$)"); a VAT analysis table's header row ("Moms % | Netto | Moms | Brutto") over two rates' rows, whose first row is
no total; Nordic labels ("Er beställning", "Inköpsorder", "Deres ref.", "Sum eks. mva.", "Merverdiavgift 0 %"):
each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.headers import concept_role
from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _head(rows: list) -> None:
    rows += [(40, 30, "Conciergerie des Salines SARL", 14), (40, 48, "Route de Cul-de-Sac, 97150 Saint-Martin", 8),
             (40, 60, "SIRET 552 100 554 00011", 8), (40, 100, "Facture n° CS-2026-118", 14),
             (360, 102, "Date : 03/03/2026", 8), (460, 102, "Échéance : 18/03/2026", 8)]


def _table(rows: list, y: float) -> float:
    rows += [(44, y, "Prestations soumises à la TGCA", 8), (340, y, "Unité", 8), (400, y, "Qté", 8),
             (440, y, "P.U. (€)", 8), (500, y, "Montant (€)", 8)]
    items = [("Jardinage et arrosage", "heure", "4", "30,00 €", "120,00 €"),
             ("Entretien de la piscine", "passage", "5", "45,00 €", "225,00 €"),
             ("Ménage complet de la villa", "passage", "2", "160,00 €", "320,00 €")]
    for text, unit, qty, price, amount in items:
        y += 17
        rows += [(44, y, text, 8), (342, y, unit, 8), (408, y, qty, 8), (444, y, price, 8), (508, y, amount, 8)]
    y += 17
    rows += [(396, y, "Total prestations", 8), (500, y, "665,00 €", 8)]
    y += 17
    rows += [(44, y, "Débours – refacturés au coût réel (justificatifs joints)", 8)]
    for text, amount in (("Produits d'entretien piscine", "80,00 €"), ("Ampoules et piles", "20,00 €")):
        y += 17
        rows += [(44, y, text, 8), (512, y, amount, 8)]
    y += 17
    rows += [(410, y, "Total débours", 8), (506, y, "100,00 €", 8)]
    return y


def test_a_section_titled_table_with_disbursements_and_a_tgca():
    rows: list = []
    _head(rows)
    y = _table(rows, 150) + 30
    rows += [(320, y, "Total hors taxe (prestations + débours)", 8), (508, y, "765,00 €", 8),
             (320, y + 14, "dont prestations", 8), (508, y + 14, "665,00 €", 8),
             (320, y + 28, "TGCA 4 % sur prestations", 8), (516, y + 28, "26,60 €", 8),
             (320, y + 42, "Net à payer", 8), (500, y + 42, "791,60 €", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [str(item.amount) for item in result.line_items] == ["120.00", "225.00", "320.00", "80.00", "20.00"]
    assert result.value("subtotal") == "765.00"
    assert result.value("tax") == "26.60"
    assert result.value("total") == "791.60"
    assert result.fields["total"].confidence >= 0.9
    assert result.fields["tax"].confidence < 0.9  # 4 % of the services only: not of the subtotal


def test_a_total_in_brackets_of_its_sign_with_the_sections_summed_below():
    rows: list = []
    _head(rows)
    y = _table(rows, 150) + 30
    rows += [(380, y, "Total prestations", 8), (508, y, "665,00 €", 8), (380, y + 14, "TGCA 4 %", 8),
             (516, y + 14, "26,60 €", 8), (380, y + 28, "Total débours", 8), (508, y + 28, "100,00 €", 8),
             (380, y + 42, "Total à payer (US$)", 8), (500, y + 42, "791,60 €", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert len(result.line_items) == 5
    assert result.value("tax") == "26.60"
    assert result.value("total") == "791.60"
    assert result.value("subtotal") is None


def test_a_vat_analysis_header_row_over_two_rates_gives_no_total():
    rows = [(40, 30, "Ålands Saft Ab", 14), (40, 48, "Industrigatan 2, 22100 Mariehamn", 8),
            (300, 80, "Fakturanummer", 8), (430, 80, "4711", 8), (300, 94, "Fakturadatum", 8),
            (430, 94, "4.9.2026", 8), (300, 108, "Er beställning", 8), (430, 108, "ABC-123", 8),
            (44, 150, "Beskrivning", 8), (310, 150, "Antal", 8), (400, 150, "À-pris", 8), (520, 150, "Belopp", 8),
            (44, 167, "Pressning av äpplen", 8), (320, 167, "1000", 8), (408, 167, "0,50", 8),
            (520, 167, "500,00", 8),
            (44, 184, "Äppelmust 3 l", 8), (324, 184, "100", 8), (408, 184, "5,00", 8), (520, 184, "500,00", 8),
            (40, 220, "Momsspecifikation", 8), (405, 220, "Summa exkl. moms", 8), (516, 220, "1.000,00", 8),
            (47, 232, "Moms %", 8), (106, 232, "Netto", 8), (144, 232, "Moms", 8), (188, 232, "Brutto", 8),
            (405, 232, "Moms 25,5 %", 8), (524, 232, "127,50", 8),
            (57, 243, "25,5", 8), (100, 243, "500,00", 8), (142, 243, "127,50", 8), (182, 243, "627,50", 8),
            (405, 248, "Moms 14 %", 8), (528, 248, "70,00", 8),
            (60, 254, "14", 8), (100, 254, "500,00", 8), (146, 254, "70,00", 8), (186, 254, "570,00", 8),
            (405, 262, "Att betala EUR", 8), (508, 262, "1.197,50", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("subtotal") == "1000.00"
    assert result.value("tax") == "197.50"
    assert result.value("total") == "1197.50"
    assert result.value("po_number") == "ABC-123"


@pytest.mark.parametrize(("label", "field"), [("Er beställning", "po_number"), ("Inköpsorder", "po_number"),
                                              ("Deres ref.", "po_number"), ("Sum eks. mva.", "subtotal"),
                                              ("Merverdiavgift 0 %", "tax"), ("TGCA 4 %", "tax"),
                                              ("Total hors taxe", "subtotal")])
def test_nordic_and_french_labels_name_their_field(label, field):
    assert field in {name for name, _, _ in read_label(label)}


def _bill_with_instalments() -> list[tuple[float, float, str, int]]:
    """A utility bill whose lines sum to "Summe netto 100,00", with an instalments table (net, VAT, gross per due
    day) below its totals; each test adds that table's own "Summe" row."""
    rows = [(40, 30, "Stadtwerke Beispiel GmbH", 14), (40, 48, "Am Gaswerk 3, 04177 Leipzig", 8),
            (320, 80, "Rechnungsnummer", 8), (430, 80, "391592153", 8), (320, 94, "Rechnungsdatum", 8),
            (430, 94, "03.02.2026", 8),
            (44, 150, "Zeitraum", 8), (200, 150, "Beschreibung", 8), (320, 150, "Menge", 8), (400, 150, "Preis", 8),
            (500, 150, "Betrag", 8)]
    for y in (165, 180):
        rows += [(44, y, "Halbjahr", 8), (200, y, "Arbeitspreis", 8), (320, y, "100", 8), (400, y, "0,50", 8),
                 (500, y, "50,00", 8)]
    rows += [(44, 200, "Summe netto", 8), (500, 200, "100,00", 8), (44, 214, "Umsatzsteuer 19 %", 8),
             (500, 214, "19,00", 8), (44, 228, "Rechnungsbetrag brutto", 8), (500, 228, "119,00", 8),
             (44, 270, "Fälligkeit", 8), (180, 270, "netto", 8), (300, 270, "USt.", 8), (420, 270, "brutto", 8)]
    for y, day in ((284, "15.02.2026"), (298, "15.03.2026")):
        rows += [(44, y, day, 8), (180, y, "40,00", 8), (300, y, "7,60", 8), (420, y, "47,60", 8)]
    return rows


def test_lines_matching_another_subtotal_do_not_confirm_one_the_sum_refutes():
    """The lines sum to "Summe netto"; a later "Summe" (an instalments' table's) read as the subtotal fails
    subtotal + tax == total: the lines confirm the other one, so this one is not reported at 0.9."""
    rows = _bill_with_instalments()
    rows += [(44, 312, "Summe", 8), (180, 312, "80,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("subtotal") == "100.00" or result.fields["subtotal"].confidence < 0.9


def test_a_norwegian_table_by_its_header_words_with_a_credit_row():
    """"Dato | Avgang | Gruppe | Beskrivelse | Antall | Enhet | Pris | Beløp": the description is "Beskrivelse"'s column
    (not the departure's time), so a credit row of a description and a negative amount is an item too."""
    rows = [(40, 30, "Polar Hundesenter AS", 14), (40, 48, "Postboks 1, 9171 Longyearbyen", 8),
            (320, 80, "Fakturanr.", 8), (430, 80, "2025-17", 8), (320, 94, "Fakturadato", 8),
            (430, 94, "01.12.2025", 8),
            (44, 150, "Dato", 8), (76, 150, "Avgang", 8), (121, 150, "Gruppe", 8), (165, 150, "Beskrivelse", 8),
            (385, 150, "Antall", 8),
            (421, 150, "Enhet", 8), (478, 150, "Pris", 8), (525, 150, "Beløp", 8)]
    for y, (day, time, text, qty, price, amount) in zip((167, 184, 201, 218), (
            ("03.11", "10:00", "Hundesledetur 4 timer", "10", "2 000,00", "20 000,00"),
            ("05.11", "19:00", "Kveldstur med nordlys", "5", "1 500,00", "7 500,00"),
            ("06.11", "10:00", "Hundesledetur 4 timer", "2", "2 000,00", "4 000,00"),
            ("08.11", "19:00", "Kveldstur med nordlys", "4", "1 500,00", "6 000,00")), strict=True):
        rows += [(44, y, day, 8), (76, y, time, 8), (121, y, "POL-75", 8), (165, y, text, 8), (405, y, qty, 8),
                 (424, y, "gjest", 8),
                 (460, y, price, 8), (510, y, amount, 8)]
    rows += [(165, 235, "Kreditering 50 %: avlyst avgang 03.11 (storm)", 8), (506, 235, "-2 000,00", 8),
             (363, 264, "Sum å betale (NOK)", 8), (490, 264, "35 500,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [str(item.amount) for item in result.line_items] == ["20000.00", "7500.00", "4000.00", "6000.00",
                                                                "-2000.00"]
    assert result.line_items[0].description == "Hundesledetur 4 timer"
    assert result.value("total") == "35500.00"


@pytest.mark.parametrize(("header", "role"), [("Beskrivelse", "description"), ("Beskrivning", "description"),
                                              ("Antall", "quantity"), ("Antal", "quantity"), ("Pris", "unit_price"),
                                              ("À-pris", "unit_price"), ("Enhetspris", "unit_price"),
                                              ("Beløp", "amount"), ("Belopp", "amount")])
def test_scandinavian_table_headers_name_their_column(header, role):
    assert concept_role(header) == role


def _charges_invoice(rows_below: list[tuple[str, str]]) -> bytes:
    rows = [(40, 30, "Cascade Lighterage Pty Ltd", 14), (40, 48, "Cascade Road, Norfolk Island 2899", 8),
            (320, 80, "Invoice number", 8), (460, 80, "8657", 8), (320, 94, "Invoice date", 8),
            (460, 94, "5 January 2026", 8),
            (44, 150, "Charge", 8), (380, 150, "Qty", 8), (430, 150, "Rate", 8), (510, 150, "Amount", 8),
            (44, 167, "Sea freight", 8), (384, 167, "2", 8), (430, 167, "100.00", 8), (510, 167, "200.00", 8),
            (44, 184, "Wharfage", 8), (384, 184, "2", 8), (434, 184, "25.00", 8), (514, 184, "50.00", 8),
            (340, 220, "Total charges", 8), (510, 220, "250.00", 8)]
    for i, (label, value) in enumerate(rows_below):
        rows += [(340, 236 + 16 * i, label, 8), (490, 236 + 16 * i, value, 8)]
    return rows_pdf(rows)


def test_total_charges_over_a_tax_row_is_the_net_and_over_a_payment_none():
    over_tax = extract_invoice(_charges_invoice([("GST", "not applicable"), ("TOTAL AUD", "250.00")]))
    assert over_tax.value("subtotal") == "250.00"
    assert over_tax.value("total") == "250.00"
    assert over_tax.value("tax") is None
    over_payment = extract_invoice(_charges_invoice([("Amount paid today", "50.00"), ("Balance due", "200.00")]))
    assert over_payment.value("subtotal") is None
    assert {name for name, _, _ in read_label("Shipping charges")} == {"charge"}


def test_a_subtotal_far_below_the_one_the_lines_match_is_not_confirmed_by_them():
    """An instalments table's "Summe | 80,00 | 15,20 | 95,20" (net + tax = gross) far below the bill's "Summe netto
    100,00", which the lines match: the lines confirm a subtotal a few rows below their own sum (charges between),
    not one in another table, so a subtotal of 80,00 is not reported at 0.9."""
    rows = _bill_with_instalments()
    rows += [(44, 312, "Summe", 8), (180, 312, "80,00", 8), (300, 312, "15,20", 8), (420, 312, "95,20", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("subtotal") == "100.00" or result.fields["subtotal"].confidence < 0.9
