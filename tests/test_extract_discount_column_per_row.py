"""A Slovene invoice's table with a discount per row: "Šifra | Naziv | Kol. | EM | Cena brez DDV | Popust %Vrednost brez
DDV | DDV %", the discount's header run into the value's. The run-together header is two columns, "brez DDV" (without
VAT) is no word of a column's, and an amount after its discount ("25 x 18,62 less 5 % = 442,23") checks as an item's
amount. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from countersign.extraction.table import header_role
from tests.pdf_rows import rows_pdf

_HEAD = [(45, "Šifra"), (95, "Naziv"), (250, "Kol."), (285, "EM"), (320, "Cena brez DDV"),
         (390, "Popust %Vrednost brez DDV"), (530, "DDV %")]
_COLUMNS = [45, 95, 255, 285, 330, 395, 460, 535]
_ROWS = [("459-73", "Bučno olje, 1 l", "25", "kos", "18,62", "5", "442,23", "9,5"),
         ("443-29", "Pršut, kraški, kg", "2", "kg", "34,34", "10", "61,81", "9,5"),
         ("346-86", "Vino Šipon, 0,75 l", "9", "kos", "10,35", "", "93,15", "22")]


def test_items_with_a_discount_per_row():
    rows = [(45, 40, "Vinoteka Drava d.o.o.", 13), (400, 40, "RAČUN št. 2025-6502", 11)]
    rows += [(x, 120, text, 7) for x, text in _HEAD]
    for i, row in enumerate(_ROWS):
        rows += [(x, 136 + 16 * i, text, 7) for x, text in zip(_COLUMNS, row, strict=True) if text]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(25), Decimal("18.62"), Decimal("442.23")), (Decimal(2), Decimal("34.34"), Decimal("61.81")),
        (Decimal(9), Decimal("10.35"), Decimal("93.15"))]
    assert all(i.confidence >= 0.9 for i in result.line_items)  # the discount makes the sums hold
    assert not any("but the line amount reads" in w for w in result.warnings)


def test_without_the_tax_is_no_word_of_a_column():
    assert [header_role(h) for h in ("Cena brez DDV", "Vrednost brez DDV", "Popust %")] == [
        "unit_price", "amount", "other"]


_ES_HEAD = [(45, "Código"), (95, "Descripción"), (250, "Cant."), (300, "Precio"), (370, "Dto. %"), (440, "Importe")]
_ES_COLUMNS = [45, 95, 255, 300, 375, 440]
_ES_ROWS = [("AC-11", "Aceite de oliva 5 l", "4", "32,50", "10", "117,00"),
            ("QM-02", "Queso manchego kg", "3", "18,20", "", "54,60"),
            ("VN-07", "Vino tinto crianza", "12", "7,40", "5", "84,36")]


def test_a_spanish_discount_column_is_set_aside_and_kept_off_the_amounts():
    """"Dto. %" (descuento) is a discount column like "Popust %": its percent never reads as a price or amount, and
    an amount after it checks."""
    rows = [(45, 40, "Distribuciones Ebro S.L.", 13), (400, 40, "FACTURA Nº F-2025-0412", 11)]
    rows += [(x, 120, text, 7) for x, text in _ES_HEAD]
    for i, row in enumerate(_ES_ROWS):
        rows += [(x, 136 + 16 * i, text, 7) for x, text in zip(_ES_COLUMNS, row, strict=True) if text]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(4), Decimal("32.50"), Decimal("117.00")), (Decimal(3), Decimal("18.20"), Decimal("54.60")),
        (Decimal(12), Decimal("7.40"), Decimal("84.36"))]
    assert all(i.confidence >= 0.9 for i in result.line_items)
    assert [header_role(h) for h in ("Dto. %", "Descuento", "Dto.")] == ["other"] * 3
