"""A date the learned ranker reads with no known label, printed ambiguous ("07/05/2025"), on an English page whose
one named country writes its dates day first (a GB VAT number): read day first, as a labelled date there is."""

from __future__ import annotations

from countersign.tools.extract_invoice import extract_invoice
from tests.pages import page_pdf

ROWS = [(45, 40, "Clo Hearach Sheumais", 13), (45, 58, "Sgir' Uige, Eilean Leodhais HS2 9HB", 8.6),
        (45, 71, "Fon / Tel. 01851 354478 - Aireamh VAT / VAT No. GB 641 1627 21", 8.2),
        (45, 97, "CUNNTAS / INVOICE", 15), (45, 122, "Aireamh / Invoice No.", 8.4), (210, 122, "1843", 8.4),
        (45, 135, "Ceann-latha / Date", 8.4), (210, 135, "07/05/2025", 8.4),
        (45, 187, "Gu / To:", 8), (88, 187, "Highland Home Furnishings Ltd, Inverness IV1 1LN", 9),
        (48, 225, "Description", 8.3), (303, 225, "Qty", 8.3), (417, 225, "Price", 8.3), (478, 225, "Amount", 8.3),
        (48, 242, "Swatch cards", 8.3), (303, 242, "10", 8.3), (417, 242, "104.30", 8.3), (478, 242, "1,043.00", 8.3),
        (380, 300, "Subtotal", 9), (478, 300, "1,043.00", 9), (380, 314, "VAT 20%", 9), (478, 314, "208.60", 9),
        (380, 328, "Total", 9), (478, 328, "GBP 1,251.60", 9)]


def test_unlabelled_ambiguous_date_on_a_gb_page_reads_day_first() -> None:
    result = extract_invoice(page_pdf(ROWS))
    assert result.value("invoice_date") == "2025-05-07"
    assert result.confidence("invoice_date") < 0.9


def test_without_a_country_it_stays_month_first() -> None:
    rows = [r if "VAT No." not in r[2] else (45, 71, "Fon / Tel. 354478", 8.2) for r in ROWS]
    rows = [r if r[2] != "GBP 1,251.60" else (478, 328, "1,251.60", 9) for r in rows]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") in (None, "2025-07-05")
