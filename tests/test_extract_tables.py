"""Line-item tables whose header the patterns do not know: read from the header's words."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from countersign.extraction.headers import concept_role
from countersign.extraction.reader import extract_invoice


@pytest.mark.parametrize(("text", "role"), [
    ("E-Preis", "unit_price"), ("G-Preis", "amount"), ("Stückpreis", "unit_price"), ("Eenheidsprijs", "unit_price"),
    ("Prijs per stuk", "unit_price"), ("P.U. HT", "unit_price"), ("Regeltotaal", "amount"),
    ("Subtotal línea", "amount"), ("Amount (net)", "amount"), ("Anz.", "quantity"), ("Uds.", "quantity"),
    ("Hours", "quantity"), ("Artikelbezeichnung", "description"), ("Item & Description", "description"),
    ("Particulars", "description"), ("Einheit", None), ("VAT %", None), ("Kundennummer", None),
])
def test_header_cells_name_their_column(text, role):
    assert concept_role(text) == role


def table_pdf(header: list[str], rows: list[list[str]]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Van Dijk Installatietechniek B.V.", fontsize=14, fontname="hebo")
    page.insert_text((360, 40), "Factuurnummer: F-2025-12", fontsize=9)
    xs = [40, 300, 400, 520]
    for x, text in zip(xs, header, strict=True):
        page.insert_text((x, 200), text, fontsize=9, fontname="hebo")
    y = 200
    for row in rows:
        y += 14
        for x, text in zip(xs, row, strict=True):
            page.insert_text((x if x == 40 else x, y), text, fontsize=9)
    page.insert_text((330, y + 30), "Totaal excl. btw", fontsize=9)
    page.insert_text((480, y + 30), "1.330,00", fontsize=9)
    data = doc.tobytes()
    doc.close()
    return data


def test_a_table_with_an_unlisted_header_is_read():
    result = extract_invoice(table_pdf(["Omschrijving", "Aant.", "Stukprijs", "Regeltotaal"],
                                       [["Vervangingsfilter", "3", "110,00", "330,00"],
                                        ["Trainingsdag", "2", "500,00", "1.000,00"]]))
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        ("Vervangingsfilter", Decimal(3), Decimal("110.00"), Decimal("330.00")),
        ("Trainingsdag", Decimal(2), Decimal("500.00"), Decimal("1000.00"))]
    assert all(i.confidence >= 0.9 for i in result.line_items)


def test_a_table_whose_header_words_are_unknown_is_found_by_its_arithmetic():
    result = extract_invoice(table_pdf(["Leistungsart", "Ansatz", "Einh.", "Wert"],
                                       [["Montage vor Ort", "110,00", "3", "330,00"],
                                        ["Anfahrt", "500,00", "2", "1.000,00"]]))
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        ("Montage vor Ort", Decimal(3), Decimal("110.00"), Decimal("330.00")),
        ("Anfahrt", Decimal(2), Decimal("500.00"), Decimal("1000.00"))]


def test_rows_without_arithmetic_make_no_table():
    result = extract_invoice(table_pdf(["Leistungsart", "Ansatz", "Einh.", "Wert"],
                                       [["Montage vor Ort", "110,00", "3", "331,00"],
                                        ["Anfahrt", "500,00", "2", "1.001,00"]]))
    assert result.line_items == []


def test_a_named_price_column_stays_the_price_when_the_quantity_column_is_unnamed():
    """'Nettopreis | Menge Einheit | Nettobetrag': 205 x 1 and 1 x 205 both make 205; the header
    said which column is the price."""
    result = extract_invoice(table_pdf(["Beschreibung", "Nettopreis", "Menge Einheit", "Nettobetrag"],
                                       [["Solarziegel", "205,0000", "1 Stk", "205,00"],
                                        ["Montage", "59,0000", "52 Stk", "3.068,00"]]))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(1), Decimal("205.0000"), Decimal("205.00")), (Decimal(52), Decimal("59.0000"), Decimal("3068.00"))]
    assert all(i.confidence >= 0.9 for i in result.line_items)


def test_factors_that_cannot_be_told_apart_keep_a_line_below_09():
    result = extract_invoice(table_pdf(["Leistungsart", "Ansatz", "Einh.", "Wert"],
                                       [["Montage vor Ort", "110", "3", "330,00"],
                                        ["Anfahrt", "500", "2", "1.000,00"]]))
    assert [i.amount for i in result.line_items] == [Decimal("330.00"), Decimal("1000.00")]
    assert all(i.confidence <= 0.85 for i in result.line_items)
