"""A marketplace's invoice for one of its sellers (found on blind set4's dev styles): the seller under
"Sold by" is the vendor, not the marketplace's logo; a bare "Order #" is the marketplace's order, no
purchase order; "Invoice date / Delivery date" labels the invoice date; "VAT subtotal" is the tax."""

from __future__ import annotations

import pytest

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

MARKET = [
    (40, 50, "shopzone", 20), (420, 50, "Invoice", 14),
    (40, 90, "Sold by", 9), (40, 104, "Lindqvist Tools GmbH", 9), (40, 118, "Hafenweg 7", 9),
    (40, 132, "20457 Hamburg", 9), (40, 146, "VAT # DE136695976", 9),
    (320, 90, "Invoice date / Delivery date 14.03.2026", 9), (320, 104, "Invoice # DE7QX2201", 9),
    (320, 118, "Total payable EUR 119,00", 9),
    (40, 190, "Billing address", 9), (40, 204, "Maria Olsen", 9), (40, 218, "Kirkegade 3", 9),
    (320, 190, "Order information", 9), (320, 204, "Order date 11.03.2026", 9),
    (320, 218, "Order # 302-5512345-1234567", 9),
    (40, 300, "VAT rate", 9), (160, 300, "Item subtotal (excl. VAT)", 9), (360, 300, "VAT subtotal", 9),
    (40, 314, "19%", 9), (160, 314, "EUR 100,00", 9), (360, 314, "EUR 19,00", 9),
    (40, 340, "Amount paid EUR 119,00", 9),
    (40, 700, "This invoice was issued by shopzone Services S.a r.l. on behalf of the seller above.", 7),
]


def test_a_marketplace_invoice_names_the_seller_and_no_purchase_order() -> None:
    inv = extract_invoice(page_pdf(MARKET))
    assert inv.value("vendor_name") == "Lindqvist Tools GmbH"
    assert inv.value("po_number") is None
    assert inv.value("invoice_date") == "2026-03-14"
    assert str(inv.value("tax")) == "19.00"
    assert inv.value("subtotal") is None or str(inv.value("subtotal")) == "100.00"


def test_a_purchase_order_stays_on_a_marketplace_invoice() -> None:
    rows = [r for r in MARKET if not r[2].startswith("Order #")] + [(320, 218, "Purchase order PO-7781", 9)]
    assert extract_invoice(page_pdf(rows)).value("po_number") == "PO-7781"


@pytest.mark.parametrize(("text", "field"), [
    ("Invoice date / Delivery date", "invoice_date"), ("Rechnungsdatum / Lieferdatum", "invoice_date"),
    ("Invoice date / Due date", "due_date"), ("VAT subtotal", "tax"), ("GST subtotal", "tax"),
    ("Subtotal excl. VAT", "subtotal"),
])
def test_labels_joined_or_ordered_by_meaning(text: str, field: str) -> None:
    assert read_label(text)[0][0] == field
