"""Romanian "Comanda dvs.:" is the buyer's order ("your order", dumneavoastră abbreviated), not a series "dvs" before
its number: a value read wrong at 0.95 before."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _romanian(order: str) -> bytes:
    return rows_pdf([(40, 30, "Banat Gustos Distribuție S.R.L.", 14), (40, 50, "CIF: RO11719770", 8),
                     (40, 100, "FACTURĂ", 14), (300, 100, "Seria și nr.: TM 0006768", 8),
                     (300, 114, "Data emiterii: 28.05.2026", 8),
                     (40, 140, "Cota TVA: 21% / 11%  ·  Aviz de însoțire nr. 6474 din 28.05.2026  ·  "
                               f"Comanda dvs.: {order}", 8)])


def test_romanian_your_order_is_the_po():
    assert extract_invoice(_romanian("CMD 4806")).value("po_number") == "CMD 4806"
    result = extract_invoice(_romanian("760/2026"))
    assert result.value("po_number") == "760/2026"  # not "dvs 760/2026", a series and its number
