"""Whose name and ids a page prints: the buyer's name is never the vendor, a registration line is
no name, an address that names no one does not vouch for its tax id, a party's number label is no
heading over its address; and two readings of ids and signs ("DE 123456 789", "R32")."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import BILL_TO
from countersign.extraction.reader import extract_invoice
from tests.pages import TOTALS
from tests.pages import page_pdf as _page


def page_pdf(rows: list[tuple[float, float, str, float]], *, logo: bool = True) -> bytes:
    """A page of text rows; by default with a drawn logo and no name at the top."""
    return _page(rows, logo=logo)


FACTS = [(360, 110, "Invoice No.: 4711", 9), (360, 122, "Date: 3 March 2025", 9)]


def test_a_buyer_named_beside_its_heading_is_no_vendor():
    """A logo for a letterhead and "Bill To:" with the name on its own line, to its right."""
    rows = [(360, 50, "INVOICE", 20), (40, 110, "Bill To:", 9), (110, 110, "Globex Corporation Ltd", 9),
            (110, 122, "7 Riverside Way", 9)] + FACTS + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") != "Globex Corporation Ltd"


def test_the_buyer_printed_again_outside_its_block_is_no_vendor():
    """The buyer's name in its Bill To block and again in a remark: the only company name left
    with a legal form is still the buyer's."""
    rows = [(360, 50, "INVOICE", 20), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation Ltd", 9),
            (40, 134, "7 Riverside Way", 9), (40, 600, "Globex Corporation Ltd", 9),
            (40, 612, "Purchase approved by the buyer's office", 9)] + FACTS + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") != "Globex Corporation Ltd"


def test_with_a_logo_letterhead_the_vendor_comes_from_its_footer_not_the_buyer():
    rows = [(360, 50, "INVOICE", 20), (40, 110, "Bill To:", 9), (110, 110, "Globex Corporation Ltd", 9),
            (40, 790, "Acme Supplies Ltd, 12 High Street, London", 7),
            (40, 800, "Registered in England and Wales No. 1234567 | VAT GB123456789", 7)] + FACTS + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Acme Supplies Ltd"
    assert result.confidence("vendor_name") < 0.9  # a footer alone


@pytest.mark.parametrize("footer", ["Registered in England and Wales No. 1234567 | VAT GB123456789",
                                    "Registered office: 12 High Street, London | Company No. 1234567",
                                    "Amtsgericht Köln HRB 12345 | USt-IdNr. DE136695976"])
def test_a_registration_line_in_the_footer_is_no_vendor(footer):
    rows = [(360, 50, "INVOICE", 20), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation", 9),
            (40, 800, footer, 7)] + FACTS + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") is None


def window_letter(*, name_printed: bool) -> bytes:
    """A logo letterhead; the buyer's address in the window with its tax id and no heading; an
    info block beside it whose "Cliente n.º" is the buyer's number, no heading; the vendor named
    once, as the bank account's holder in the footer."""
    rows = [(53, 125, "Praça do Comércio 3", 11), (53, 139, "4000-322 Porto", 11), (53, 152, "NIPC: GB987654321", 11),
            (385, 112, "Documento n.º 202501768", 9), (385, 125, "Data do documento 20 de janeiro de 2025", 9),
            (385, 139, "Cliente n.º 94727", 9), (53, 247, "FATURA", 18),
            (330, 400, "Base tributável", 9), (480, 400, "1.000,00 EUR", 9), (330, 414, "Total IVA", 9),
            (480, 414, "230,00 EUR", 9), (330, 428, "Valor total", 9), (480, 428, "1.230,00 EUR", 9),
            (53, 769, "Dados bancários", 8), (303, 769, "Ferreira Construções", 8),
            (53, 778, "IBAN FR1420041010050500013M02606", 8)]
    if name_printed:
        rows.append((53, 111, "Stark Components Ltd", 11))
    return page_pdf(rows)


def test_an_unheaded_address_block_is_no_sure_vendor():
    result = extract_invoice(window_letter(name_printed=True))
    assert result.value("vendor_name") != "Stark Components Ltd" or result.confidence("vendor_name") < 0.9


def test_a_tax_id_under_an_address_that_names_no_one_is_not_sure():
    result = extract_invoice(window_letter(name_printed=False))
    assert result.value("vendor_tax_id") != "GB987654321" or result.confidence("vendor_tax_id") < 0.9


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


def test_a_part_number_after_a_currency_s_letters_is_no_amount():
    """"KM-33511" is a part's number, no Bosnian convertible mark: a page printing no currency reads none."""
    rows = [(40, 50, "Cool Air Services Ltd", 18), (40, 110, "Bill To:", 9), (40, 122, "Globex Corporation Ltd", 9),
            (360, 110, "Invoice No.: 4711", 9), (40, 200, "Description", 9), (300, 200, "Amount", 9),
            (40, 214, "Gasket kit (P/N", 9), (40, 226, "KM-33511)", 9), (300, 214, "180.00", 9),
            (330, 400, "Subtotal", 9), (480, 400, "180.00", 9), (330, 428, "Total", 9), (480, 428, "180.00", 9)]
    assert extract_invoice(page_pdf(rows, logo=False)).value("currency") is None


@pytest.mark.parametrize("heading", ["UNPAID", "PAID", "BEZAHLT", "SCHET-FAKTURA", "e-Factura"])
def test_a_stamp_or_a_hyphenated_title_at_the_top_is_no_vendor(heading):
    """A customer portal's print: the seller's short name, and beside it a larger stamp or the document's title."""
    rows = [(40, 50, "Harbour Line Hosting", 18), (420, 50, heading, 20), (40, 64, "12 Quay Road, Suva", 8),
            (40, 130, "Bill To:", 9), (40, 142, "Globex Corporation", 9)] + FACTS + TOTALS
    assert extract_invoice(page_pdf(rows, logo=False)).value("vendor_name") == "Harbour Line Hosting"
