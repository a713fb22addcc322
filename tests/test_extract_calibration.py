"""Calibration: evidence that is weak or contested is read below 0.9 (or not at all), evidence
that holds stays at 0.9 or more. Each page is built here; none is a shared-set PDF."""

from __future__ import annotations

import pymupdf

from countersign.extraction.reader import extract_invoice


def page_pdf(rows: list[tuple[float, float, str, float]]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, fontname="hebo" if size > 12 else "helv")
    data = doc.tobytes()
    doc.close()
    return data


TOTALS = [(330, 400, "Subtotal", 9), (480, 400, "1,000.00", 9), (330, 414, "VAT 20%", 9), (480, 414, "200.00", 9),
          (330, 428, "Total", 9), (480, 428, "GBP 1,200.00", 9)]


def test_a_registers_folio_is_no_invoice_number():
    """Spain's register entry ("Registro Mercantil ..., Tomo 29576, Folio 107") under the page: its
    folio is the register's, not a second invoice number contesting the labelled one."""
    rows = [(40, 40, "Distribuciones Levante, S.L.", 16), (40, 60, "CIF: B59266064", 9),
            (40, 150, "Factura nº:", 9), (130, 150, "A-2026-968", 9), (300, 150, "CLIENTE", 9),
            (300, 162, "Hotel Mirador del Puerto, S.L.", 9)] + TOTALS + [
            (40, 800, "Distribuciones Levante, S.L. · Inscrita en el Registro Mercantil de Valencia, Tomo 29576, "
                      "Folio 107, Hoja M-80618 · CIF B59266064", 6)]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_number") == "A-2026-968"
    assert result.confidence("invoice_number") >= 0.9
