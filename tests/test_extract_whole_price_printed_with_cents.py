"""A table found by its rows' arithmetic (header words no lexicon reads: "Sayı / Cantitatea", "Fiat / Preț"): of the
two factors, the one printed with cents is the unit price even when its value is whole ("107 | 11,00 | 1 177,00"),
so the quantity is 107, not 11. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_factor_printed_with_cents_is_the_price():
    rows = [(40, 30, "Komrat Gıda SRL", 12), (40, 46, "str. Lenin 12, Comrat", 8),
            (40, 80, "FATURA / FACTURA № 9900925", 12),
            (40, 200, "Malın adı / Denumirea", 8), (200, 200, "Sayı / Cantitatea", 8),
            (300, 200, "Fiat / Preț", 8), (400, 200, "Deer / Valoarea", 8)]
    for i, (desc, qty, price, amount) in enumerate([("Ekmek / Pâine albă", "107", "11,00", "1 177,00"),
                                                    ("Şarap / Vin", "219", "123,00", "26 937,00"),
                                                    ("Peynir / Brânză", "12", "85,50", "1 026,00")]):
        y = 216 + 16 * i
        rows += [(40, y, desc, 8), (230, y, qty, 8), (300, y, price, 8), (400, y, amount, 8)]
    rows += [(300, 280, "Toplam / Total", 8), (400, 280, "29 140,00", 8)]
    items = extract_invoice(rows_pdf(rows)).line_items
    assert [(i.quantity, i.unit_price) for i in items] == [(Decimal(107), Decimal(11)), (Decimal(219), Decimal(123)),
                                                           (Decimal(12), Decimal("85.50"))]
