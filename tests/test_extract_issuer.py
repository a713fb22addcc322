"""Whose name and ids a page prints: a party's number label ("CLIENT PO", "Cliente n.º") is no
heading over its address; a VAT number in groups of any length ("DE 123456 789"); a model's code
("R32") is no currency sign."""

from __future__ import annotations

import pymupdf
import pytest

from countersign.extraction.labels import BILL_TO
from countersign.extraction.reader import extract_invoice


def page_pdf(rows: list[tuple[float, float, str, float]], *, logo: bool = True) -> bytes:
    """A page of text rows (x, y, text, size); with `logo`, a drawn logo and no name at the top."""
    doc = pymupdf.open()
    page = doc.new_page()
    if logo:
        page.draw_rect(pymupdf.Rect(40, 30, 120, 70), color=(0, 0, 1), fill=(0.2, 0.3, 0.8))
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, fontname="hebo" if size > 12 else "helv")
    data = doc.tobytes()
    doc.close()
    return data


FACTS = [(360, 110, "Invoice No.: 4711", 9), (360, 122, "Date: 3 March 2025", 9)]
TOTALS = [(330, 400, "Subtotal", 9), (480, 400, "1,000.00", 9), (330, 414, "VAT 20%", 9), (480, 414, "200.00", 9),
          (330, 428, "Total", 9), (480, 428, "GBP 1,200.00", 9)]


@pytest.mark.parametrize("label", ["CLIENT PO", "Customer Ref:", "Client VAT", "Cliente n.º", "Kunde Nr.",
                                   "Klant nummer", "Customer account"])
def test_a_party_s_number_label_is_no_heading(label):
    assert BILL_TO.match(label) is None


@pytest.mark.parametrize("heading", ["Bill To:", "Customer:", "Client", "Cliente", "Kunde:", "To"])
def test_a_party_s_heading_still_is(heading):
    assert BILL_TO.match(heading) is not None


def test_a_client_po_label_is_read_as_the_po_not_a_buyer_block():
    rows = [(40, 50, "Acme Supplies Ltd", 18), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation", 9),
            (360, 134, "CLIENT PO: 4500012345", 9)] + FACTS + TOTALS
    result = extract_invoice(page_pdf(rows, logo=False))
    assert result.value("po_number") == "4500012345"
    assert result.value("vendor_name") == "Acme Supplies Ltd"


@pytest.mark.parametrize("printed", ["DE 123456 789", "DE 123 456 789", "DE123456789"])
def test_a_vat_number_in_groups_of_any_length(printed):
    rows = [(40, 50, "Acme Supplies GmbH", 18), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation", 9),
            (360, 134, f"USt-IdNr.: {printed}", 9)] + FACTS + TOTALS
    result = extract_invoice(page_pdf(rows, logo=False))
    assert result.value("vendor_tax_id") == printed


def test_groups_past_a_vat_number_s_length_are_not_taken():
    rows = [(40, 50, "Acme Supplies GmbH", 18), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation", 9),
            (360, 134, "USt-IdNr.: DE 123456 789 2024", 9)] + FACTS + TOTALS
    assert extract_invoice(page_pdf(rows, logo=False)).value("vendor_tax_id") != "DE 123456 789 2024"


def _r32_page(extra: list[tuple[float, float, str, float]]) -> bytes:
    rows = [(40, 50, "Cool Air Services Ltd", 18), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation Ltd", 9),
            (360, 110, "Invoice No.: 4711", 9), (40, 200, "Description", 9), (300, 200, "Amount", 9),
            (40, 214, "Regas with R32 refrigerant, 2 kg", 9), (300, 214, "180.00", 9),
            (330, 400, "Subtotal", 9), (480, 400, "180.00", 9), (330, 414, "VAT 20%", 9), (480, 414, "36.00", 9),
            (330, 428, "Total", 9), (480, 428, "216.00", 9)] + extra
    return page_pdf(rows, logo=False)


def test_a_refrigerant_s_code_is_no_rand():
    assert extract_invoice(_r32_page([])).value("currency") is None


def test_a_rand_amount_with_cents_still_names_the_rand():
    assert extract_invoice(_r32_page([(40, 500, "Balance: R1 250.00", 9)])).value("currency") == "ZAR"
