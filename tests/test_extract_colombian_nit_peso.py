"""A Colombian NIT printed with its dots and check digit ("NIT 901.132.550-4") says the country is Colombia, so a bare
"$" on a till receipt is the peso (COP), not the US dollar. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from stdnum.co import nit

from countersign.extraction.countries import country_hints
from countersign.extraction.layout import all_segments
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_NIT = "901.132.550-4"


def _receipt() -> bytes:
    return rows_pdf([(150, 30, "RESTAURANTE EL POBLADO GOURMET S.A.S.", 10), (200, 44, f"NIT {_NIT}", 8),
                     (170, 56, "Cra 43A # 7-50, Medellín", 8),
                     (170, 90, "FACTURA ELECTRÓNICA DE VENTA", 9),
                     (150, 104, "No.", 8), (300, 104, "FE-20931", 8),
                     (150, 116, "Fecha:", 8), (300, 116, "14/11/2025", 8),
                     (150, 140, "Bandeja paisa x2", 8), (330, 140, "$ 56.000", 8),
                     (150, 152, "Limonada de coco x2", 8), (330, 152, "$ 17.333", 8),
                     (150, 176, "SUBTOTAL", 8), (330, 176, "$ 73.333", 8),
                     (150, 188, "IMPOCONSUMO 8%", 8), (330, 188, "$ 5.867", 8),
                     (150, 200, "TOTAL", 9), (330, 200, "$ 79.200", 9)])


def test_dotted_nit_is_a_colombian_country_hint():
    assert nit.is_valid(_NIT)
    pages = read_pdf(_receipt(), 5)[0]
    assert "CO" in country_hints(all_segments(pages))


def test_dollar_sign_on_a_colombian_receipt_is_the_peso():
    result = extract_invoice(_receipt())
    assert result.value("currency") == "COP"
    assert Decimal(result.value("subtotal")) == Decimal("73333")
    assert Decimal(result.value("total")) == Decimal("79200")  # dots are thousands: 73.333 + 5.867 = 79.200
    assert result.value("vendor_name") == "RESTAURANTE EL POBLADO GOURMET S.A.S."
