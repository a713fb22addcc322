"""A till roll's items that open with their quantity ("2 x Raclette à discrétion   70.00 A" / "à 35.00",
"1 BANDEJA PAISA" / "@ $ 40.700   $ 40.700"), and "3 x 50.000   150.000" in a currency printed without cents.
Each read from a PDF built here; none reported as sure."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _items(data: bytes, *, till: bool = True) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
    result = extract_invoice(data)
    assert not till or all(li.confidence < 0.9 for li in result.line_items)
    return [(li.description, li.quantity, li.unit_price, li.amount) for li in result.line_items]


def test_quantity_first_items_with_their_price_under_them():
    rows = [(20, 70, "2 x Raclette à discrétion", 7), (190, 70, "70.00 A", 7), (28, 80, "à", 7), (60, 80, "35.00", 7),
            (20, 90, "1 x Menu du jour", 7), (190, 90, "22.50 A", 7),
            (20, 100, "3 x Eau minérale 5 dl", 7), (190, 100, "15.00 A", 7), (28, 110, "à", 7), (60, 110, "5.00", 7),
            (20, 126, "TOTAL CHF", 9), (190, 126, "107.50", 9), (20, 140, "Espèces CHF", 7), (190, 140, "110.00", 7)]
    data = rows_pdf([(20, 20, "Brasserie du Grand-Pont SA", 10), (20, 34, "Rue du Grand-Pont 18, 1950 Sion", 7),
                     (20, 46, "Ticket n° 84366", 7), *rows])
    assert _items(data) == [("Raclette à discrétion", 2, Decimal("35.00"), Decimal("70.00")),
                            ("Menu du jour", 1, None, Decimal("22.50")),
                            ("Eau minérale 5 dl", 3, Decimal("5.00"), Decimal("15.00"))]


def test_a_quantity_without_x_is_one_when_the_price_under_it_makes_the_amount():
    rows = [(20, 70, "1  BANDEJA PAISA", 7), (26, 80, "@ $ 40.700", 7), (180, 80, "$ 40.700", 7),
            (20, 90, "5  JUGO NATURAL EN AGUA", 7), (26, 100, "@ $ 7.700", 7), (180, 100, "$ 38.500", 7),
            (20, 116, "TOTAL", 9), (180, 116, "$ 79.200", 9), (20, 128, "EFECTIVO", 7), (180, 128, "$ 100.000", 7)]
    data = rows_pdf([(20, 20, "RESTAURANTE EL POBLADO S.A.S.", 10), (20, 34, "NIT 901.132.550-4", 7), *rows])
    assert _items(data) == [("BANDEJA PAISA", 1, Decimal("40700"), Decimal("40700")),
                            ("JUGO NATURAL EN AGUA", 5, Decimal("7700"), Decimal("38500"))]


def test_quantity_times_price_in_a_currency_without_cents():
    rows = [(20, 70, "Gado-Gado", 7), (28, 80, "3 x 50.000", 7), (180, 80, "150.000", 7),
            (20, 90, "Nasi Campur Bali", 7), (28, 100, "4 x 67.000", 7), (180, 100, "268.000", 7),
            (20, 116, "Subtotal", 7), (180, 116, "418.000", 7), (20, 128, "TOTAL Rp", 9), (180, 128, "418.000", 9)]
    data = rows_pdf([(20, 20, "WARUNG SARI UBUD", 10), (20, 34, "Jl. Monkey Forest No. 18, Ubud", 7), *rows])
    got = _items(data)
    assert [(q, a) for _, q, _, a in got] == [(3, Decimal("150000")), (4, Decimal("268000"))]


def test_a_lot_number_opening_each_row_is_no_quantity():
    rows = [(20, 70, "8 Lot: Sèvres vase, pair", 7), (180, 70, "15,240.00", 7),
            (20, 80, "181 Lot: Oil on canvas, harbour", 7), (180, 80, "52,620.00", 7),
            (20, 96, "TOTAL", 9), (180, 96, "67,860.00", 9)]
    data = rows_pdf([(20, 20, "Maison Achkar Enchères", 10), (20, 34, "Rue Gouraud, Beyrouth", 7), *rows])
    assert all(qty not in (8, 181) for _, qty, _, _ in _items(data, till=False))


def test_items_whose_sum_is_printed_nowhere_under_them_are_no_till_items():
    rows = [(20, 70, "2 x Raclette à discrétion", 7), (190, 70, "70.00 A", 7), (28, 80, "à", 7), (60, 80, "35.00", 7),
            (20, 90, "1 x Menu du jour", 7), (190, 90, "22.50 A", 7),
            (20, 106, "TOTAL CHF", 9), (190, 106, "99.00", 9)]
    data = rows_pdf([(20, 20, "Brasserie du Grand-Pont SA", 10), *rows])
    assert [q for _, q, _, _ in _items(data, till=False)] != [2, 1]
