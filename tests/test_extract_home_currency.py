"""A page that prints no currency: the vendor's country's (its own IBAN's or checked VAT number's, else the one
country its addresses end with, its telephone numbers dial or its ids name), unsurely."""

from __future__ import annotations

from countersign.extraction.home_currency import GUESS
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page(*vendor_lines: str) -> bytes:
    rows = [(43, 40, "Nordwerk Maschinenbau GmbH", 11)]
    rows += [(43, 56 + 12 * i, line, 9) for i, line in enumerate(vendor_lines)]
    rows += [(380, 90, "INVOICE", 18), (380, 120, "Invoice No. NW-2291", 9), (380, 134, "Date: 4 March 2026", 9),
             (330, 300, "Subtotal", 9), (460, 300, "1,000.00", 9), (330, 314, "VAT 19%", 9), (460, 314, "190.00", 9),
             (330, 328, "Total", 9), (460, 328, "1,190.00", 9)]
    return rows_pdf(rows)


def test_no_currency_printed_takes_the_vendors_countrys_below_0_9():
    result = extract_invoice(_page("IBAN: DE89 3704 0044 0532 0130 00"))
    assert result.value("currency") == "EUR" and result.confidence("currency") == GUESS < 0.9
    assert any("no currency printed" in w and "DE" in w for w in result.warnings)


def test_two_countries_for_the_vendor_give_no_currency():
    result = extract_invoice(_page("IBAN: DE89 3704 0044 0532 0130 00", "VAT No. GB980780684"))
    assert result.value("vendor_tax_id") == "GB980780684"  # the GBP's country beside the euro's IBAN
    assert result.value("currency") is None


def test_a_printed_currency_is_never_replaced():
    result = extract_invoice(_page("IBAN: DE89 3704 0044 0532 0130 00", "All amounts in USD"))
    assert result.value("currency") == "USD"


def test_no_id_takes_the_currency_of_the_country_the_address_ends_with_below_0_9():
    """No IBAN or VAT number: the country an address ends with ("Tamuning, Guam 96913": USD), unsurely."""
    result = extract_invoice(_page("162 Marine Corps Drive, Tamuning, Guam 96913", "Tax ID No. 66-1332774"))
    assert result.value("currency") == "USD" and result.confidence("currency") == GUESS < 0.9


def test_a_street_named_after_a_country_names_no_currency():
    result = extract_invoice(_page("Av. de los Shyris N35-17 y Portugal, Quito"))
    assert result.value("currency") is None


def test_countries_of_two_currencies_give_none():
    result = extract_invoice(_page("Vaiala, Apia, Samoa", "Branch: Suva, Fiji"))
    assert result.value("currency") is None
