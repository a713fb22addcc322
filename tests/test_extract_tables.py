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
    ("Megnevezés", "description"), ("Menny.", "quantity"), ("Nettó érték", "amount"), ("Nettó egységár", "unit_price"),
    ("Net price", "unit_price"), ("Net amount", "amount"), ("Bruttó érték", None),
    ("Sq ft", "quantity"), ("Price/sq ft", "unit_price"), ("Sq. m", "quantity"), ("Medición", "quantity"),
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


def _two_pages(carry: str, bring: str, extra: list[str] | None = None, header_again: bool = True) -> bytes:
    """28 items on page 1 under a header, the running sum carried to page 2, 6 more items there (under the header and
    the invoice's number again, or not)."""
    doc = pymupdf.open()
    xs = [40, 300, 400, 520]
    items = [[f"Part {i:02d}", "2", "5.00", "10.00"] for i in range(34)] + ([extra] if extra else [])
    for number, chunk in enumerate((items[:28], items[28:]), start=1):
        page = doc.new_page()
        page.insert_text((40, 40), "Harrow Components Ltd", fontsize=14, fontname="hebo")
        page.insert_text((360, 40), f"Invoice No.: SI-60599   Page {number} of 2" if number == 1 or header_again
                         else "Page 2 of 2", fontsize=9)
        for x, text in zip(xs, ["Description", "Qty", "Unit price", "Line total"], strict=True):
            if number == 1 or header_again:
                page.insert_text((x, 120), text, fontsize=9, fontname="hebo")
        y = 120
        if number == 2:
            y += 14
            page.insert_text((40, y), bring, fontsize=9)
            page.insert_text((520, y), "280.00", fontsize=9)
        for row in chunk:
            y += 14
            for x, text in zip(xs, row, strict=True):
                page.insert_text((x, y), text, fontsize=9)
        if number == 1:
            page.insert_text((40, y + 14), carry, fontsize=9)
            page.insert_text((520, y + 14), "280.00", fontsize=9)
        else:
            total = "340.00" if not extra else f"{340 + float(extra[3]):.2f}"
            page.insert_text((330, y + 30), "Total", fontsize=9)
            page.insert_text((480, y + 30), f"GBP {total}", fontsize=9)
    data = doc.tobytes()
    doc.close()
    return data


@pytest.mark.parametrize(("carry", "bring"), [("Carried forward", "Brought forward"), ("Übertrag", "Übertrag"),
                                              ("A reporter", "Report de la page")])
def test_a_running_sum_carried_over_a_page_break_is_no_item(carry, bring):
    result = extract_invoice(_two_pages(carry, bring))
    assert len(result.line_items) == 34
    assert all(item.amount == Decimal("10.00") for item in result.line_items)


def test_a_transport_charge_row_stays_an_item():
    result = extract_invoice(_two_pages("Carried forward", "Brought forward", ["Transport", "1", "25.00", "25.00"]))
    assert len(result.line_items) == 35 and result.line_items[-1].amount == Decimal("25.00")


def test_a_delivery_charge_priced_like_an_item_in_the_table_is_an_item():
    data = table_pdf(["Désignation", "Qté", "P.U. HT", "Montant HT"],
                     [["Affiches A2 couleur", "33", "5,30", "174,90"], ["Frais de livraison", "1", "28,05", "28,05"]])
    result = extract_invoice(data)
    assert [item.amount for item in result.line_items] == [Decimal("174.90"), Decimal("28.05")]


def test_short_numbers_right_aligned_under_left_aligned_headers_keep_their_column():
    # "RATE" and "AMOUNT" printed at the left of their cells, the numbers at the right: "55.00"
    # stands nearer the AMOUNT header than its own, beside the row's amount.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Northgate Studio Ltd", fontsize=14, fontname="hebo")
    page.insert_text((360, 40), "Invoice No: 2025-77", fontsize=9)
    for x, text in ((40, "DESCRIPTION"), (392, "QTY"), (422, "RATE"), (495, "AMOUNT")):
        page.insert_text((x, 200), text, fontsize=8, fontname="hebo")

    def right(edge: float, y: float, text: str) -> None:
        page.insert_text((edge - pymupdf.get_text_length(text, fontsize=9), y), text, fontsize=9)

    y = 200
    for desc, qty, rate, amount in (("Photography day", "1", "1,230.00", "1,230.00"),
                                    ("Project management", "30", "55.00", "1,650.00"),
                                    ("UX design sprint", "7", "835.00", "5,845.00")):
        y += 20
        page.insert_text((40, y), desc, fontsize=9)
        right(416, y, qty)
        right(489, y, rate)
        right(562, y, amount)
    page.insert_text((330, y + 30), "Subtotal", fontsize=9)
    right(562, y + 30, "8,725.00")
    data = doc.tobytes()
    doc.close()
    result = extract_invoice(data)
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(1), Decimal("1230.00"), Decimal("1230.00")), (Decimal(30), Decimal("55.00"), Decimal("1650.00")),
        (Decimal(7), Decimal("835.00"), Decimal("5845.00"))]


def test_a_pages_sum_at_its_foot_is_no_end_of_the_items():
    """"Total page 1 | 280.00" under items that each print a quantity and a price, at the foot of the page: the items
    go on over the page (higher up the page, such a sum ends the table)."""
    result = extract_invoice(_two_pages("Total page 1", "Brought forward", header_again=False))
    assert len(result.line_items) == 34
