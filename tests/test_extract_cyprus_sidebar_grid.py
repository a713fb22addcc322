"""A Cypriot invoice: its vendor's name wrapped in a narrow sidebar and ending in the Greek "Λτδ" (Ltd), read whole;
and a grid of labels over their values ("ΗΜΕΡΟΜΗΝΊΑ / DATE | ΛΉΞΗ / DUE DATE" over "11/05/2026 | 10/06/2026"), each
label read over its own value, not the two run together as one. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page() -> bytes:
    rows = [(20, 40, "Κυπριακή", 12), (187, 40, "ΤΙΜΟΛΟΓΙΟ / INVOICE", 16), (20, 55, "Ξυλουργική Λτδ", 12),
            (187, 73, "ΑΡ. ΤΙΜΟΛΟΓΊΟΥ / INVOICE NO.", 6), (311, 73, "ΗΜΕΡΟΜΗΝΊΑ / DATE", 6),
            (386, 73, "ΛΉΞΗ / DUE DATE", 6), (20, 78, "Kypriaki Xylourgiki Ltd", 7),
            (187, 81, "INV-2026-511", 8), (311, 81, "11/05/2026", 8), (386, 81, "10/06/2026", 8),
            (20, 95, "Λεωφ. Αρχ. Μακαρίου Γ' 142", 7), (187, 105, "ΠΡΟΣ / BILL TO", 6),
            (187, 113, "Limassol Marina Residences Ltd", 9),
            (330, 300, "Υποσύνολο / Subtotal", 8), (500, 300, "2,259.10", 8),
            (330, 314, "ΦΠΑ / VAT 19%", 8), (500, 314, "429.23", 8),
            (330, 328, "Σύνολο / Total", 8), (500, 328, "2,688.33", 8)]
    return rows_pdf(rows)


def test_a_name_wrapped_in_a_sidebar_ending_in_greek_ltd():
    assert extract_invoice(_page()).value("vendor_name") == "Κυπριακή Ξυλουργική Λτδ"


def test_each_label_of_a_grid_over_its_own_value():
    result = extract_invoice(_page())
    assert result.value("invoice_date") == "2026-05-11"
    assert result.value("due_date") == "2026-06-10"
