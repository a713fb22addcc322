"""A page whose items stand in several tables, each under its own heading and header ("Professional services",
"Merchandise", "Cash advances"): every table's rows are items. A row set well apart below the last items (the
sections' sums beside a note) ends the table. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

HEAD = [(136, 40, "Basseterre Memorial Chapel Ltd.", 16), (150, 70, "Basseterre, St. Kitts", 8),
        (265, 105, "INVOICE", 14), (45, 150, "Bill To", 9), (45, 162, "Sugar City Credit Union", 9),
        (343, 150, "Invoice No.", 9), (480, 150, "CV23124", 9), (343, 162, "Invoice date", 9),
        (480, 162, "16-May-2026", 9)]
SECTIONS = [("PROFESSIONAL SERVICES", [("Embalming", "1", "765.00", "765.00"),
                                       ("Limousine for the family", "2", "390.00", "780.00")]),
            ("MERCHANDISE", [("Casket, steel", "1", "3,455.00", "3,455.00"),
                             ("Memorial programmes", "221", "7.00", "1,547.00")]),
            ("CASH ADVANCES", [("Radio death announcements", "4", "25.00", "100.00"),
                               ("Church fee and organist", "1", "190.00", "190.00")])]


def _page() -> bytes:
    rows, y = list(HEAD), 220
    for heading, items in SECTIONS:
        rows += [(45, y, heading, 10), (48, y + 16, "Description", 9), (362, y + 16, "Qty", 9),
                 (441, y + 16, "Price", 9), (515, y + 16, "Amount", 9)]
        y += 32
        for desc, qty, price, amount in items:
            rows += [(48, y, desc, 9), (372, y, qty, 9), (433, y, price, 9), (511, y, amount, 9)]
            y += 16
        y += 16
    y += 20
    rows += [(45, y, "Cash advances are charged at cost.", 8), (300, y, "Professional services", 9),
             (511, y, "1,545.00", 9), (300, y + 15, "Merchandise", 9), (511, y + 15, "5,002.00", 9),
             (300, y + 30, "Cash advances", 9), (511, y + 30, "290.00", 9), (300, y + 45, "Subtotal", 9),
             (511, y + 45, "6,837.00", 9), (300, y + 60, "TOTAL", 9), (511, y + 60, "6,837.00", 9)]
    return page_pdf(rows)


def test_every_sections_table_gives_its_items_and_the_sums_below_none():
    items = extract_invoice(_page()).line_items
    assert [item.description for item in items] == [d for _, rows in SECTIONS for d, *_ in rows]
    assert sum(item.amount for item in items) == 6837
