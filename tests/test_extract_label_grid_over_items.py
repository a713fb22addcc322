"""A grid of the invoice's labels, each over its value on the one line under it, just above the items' own header
("INVOICE NO. | INVOICE DATE | ... | DUE DATE" over "151509341 | 06/11/2026 | ... | 06/18/2026", then "ITEM # |
DESCRIPTION | ..."): its labels are read as labels, not taken for the items' header. Each read from a PDF built
here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf


def _page() -> bytes:
    rows = [(30, 40, "Heartland Foodservice Distributors, Inc.", 14), (500, 40, "INVOICE", 14),
            (340, 70, "Merchandise", 8), (540, 70, "290.80", 8), (340, 84, "Sales tax 9.475%", 8),
            (550, 84, "3.51", 8), (340, 98, "INVOICE TOTAL", 8), (530, 98, "$294.31", 8)]
    grid = (("INVOICE NO.", "151509341", 32), ("INVOICE DATE", "06/11/2026", 86), ("ORDER DATE", "06/10/2026", 147),
            ("DELIVERY DATE", "06/11/2026", 203), ("CUSTOMER NO.", "194758", 270), ("CUST PO NO.", "", 336),
            ("ROUTE / STOP", "414 / 9", 393), ("SALES REP", "M. ORTEGA", 453), ("DUE DATE", "06/18/2026", 508),
            ("PAGE", "1 of 1", 558))
    for label, value, x in grid:
        rows += [(x, 137, label, 6)] + ([(x, 146, value, 7)] if value else [])
    rows += [(x, 162, text, 7) for x, text in ((43, "ITEM #"), (88, "ORD"), (113, "SHP"), (134, "UNIT"),
                                                (169, "PACK/SIZE"), (240, "BRAND"), (288, "DESCRIPTION"), (461, "T"),
                                                (488, "UNIT PRICE"), (546, "EXTENDED"))]
    y = 177
    for section, code, qty, size, brand, text, price, amount in (
            ("** DISPOSABLES **", "7505078", "1", "200 CT", "Dart", "TO-GO CONTAINER 9X9 HINGED", "37.07", "37.07"),
            ("** DRY GROCERY **", "3516451", "1", "25 LB", "Riviana", "RICE LONG GRAIN", "25.79", "25.79"),
            ("", "6662993", "6", "6/#10", "Red Gold", "TOMATOES DICED", "37.99", "227.94")):
        if section:
            rows += [(31, y, section, 7)]
            y += 10
        rows += [(31, y, code, 7), (98, y, qty, 7), (122, y, qty + " CS", 7), (157, y, size, 7), (220, y, brand, 7),
                 (289, y, text, 7), (503, y, price, 7), (555, y, amount, 7)]
        y += 12
    return page_pdf(rows)


def test_the_grid_labels_over_their_values():
    result = extract_invoice(_page())
    assert result.value("invoice_number") == "151509341"
    assert result.value("invoice_date") == "2026-06-11"
    assert result.value("due_date") == "2026-06-18"
