"""Spanish "sin" (without): "SUBTOTAL SIN IMPUESTOS" labels the subtotal, and an Ecuador-style totals block
("SUBTOTAL 15%", "SUBTOTAL 0%", "SUBTOTAL SIN IMPUESTOS", "IVA 15%", "VALOR TOTAL") reads its subtotal as the amount
without taxes (the 15% part plus the 0% part), the tax and the total. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_subtotal_sin_impuestos_is_a_subtotal_label():
    matches = label_matches("SUBTOTAL SIN IMPUESTOS")
    assert matches[0][0] == "subtotal"
    assert matches[0][2].end() == len("SUBTOTAL SIN IMPUESTOS")  # the whole label, "sin impuestos" included


def test_ecuador_totals_block_reads_the_subtotal_without_taxes():
    data = invoice_pdf(["Distribuidora Andina S.A.", "Av. Amazonas N34-120, Quito", "RUC: 1790012345001"],
                       [("No.", "001-002-000012345"), ("Fecha de emisión:", "14/03/2026")],
                       [("SUBTOTAL 15%", "100.00"), ("SUBTOTAL 0%", "20.00"), ("SUBTOTAL SIN IMPUESTOS", "120.00"),
                        ("IVA 15%", "15.00"), ("VALOR TOTAL", "135.00")],
                       head=("Descripción", "Precio Total"), title="FACTURA",
                       lines=[("Aceite de girasol 1 L", "100.00"), ("Arroz 2 kg (tarifa 0%)", "20.00")])
    result = extract_invoice(data)
    subtotal, tax, total = (Decimal(result.value(f)) for f in ("subtotal", "tax", "total"))
    assert (subtotal, tax, total) == (Decimal("120.00"), Decimal("15.00"), Decimal("135.00"))
    assert subtotal + tax == total
