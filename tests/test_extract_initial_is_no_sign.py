"""A one-letter currency sign in a name is none: a street's or a proprietor's initial ("145 P. Burgos St.",
"ROSALINDA R. REYES"), a name set against a digit ("3R HARDWARE"); the pula's "P" and the rand's "R" stay signs
against an amount."""

from __future__ import annotations

from countersign.tools.extract_invoice import extract_invoice
from tests.pages import page_pdf

TOTALS = [(330, 400, "Subtotal", 9), (480, 400, "1,000.00", 9), (330, 414, "VAT 12%", 9), (480, 414, "120.00", 9),
          (330, 428, "Total", 9), (480, 428, "1,120.00", 9)]


def _page(name: str, address: str) -> bytes:
    return page_pdf([(40, 40, name, 14), (40, 58, address, 8), (40, 70, "VAT Reg. TIN: 195-795-564-000", 8),
                     (330, 100, "SALES INVOICE", 12), (330, 116, "No. 4471", 9), (330, 130, "Date: 2025-06-02", 9)]
                    + TOTALS)


def test_a_street_named_after_an_initial_prices_nothing() -> None:
    assert extract_invoice(_page("SAN JOSE HARDWARE", "145 P. Burgos St., Batangas City 4200")).value("currency") \
        != "BWP"


def test_a_proprietors_initial_and_a_digit_led_name_price_nothing() -> None:
    result = extract_invoice(_page("3R HARDWARE & CONSTRUCTION SUPPLY", "ROSALINDA R. REYES - Prop."))
    assert result.value("currency") != "ZAR"


def test_a_rand_sign_against_an_amount_still_counts() -> None:
    rows = [(40, 40, "Karoo Supplies", 14), (40, 58, "12 Long Street, Cape Town", 8),
            (330, 100, "TAX INVOICE", 12), (330, 116, "No. 4471", 9), (330, 130, "Date: 2025-06-02", 9),
            (330, 400, "Total", 9), (480, 400, "R 1 120.00", 9)]
    assert extract_invoice(page_pdf(rows)).value("currency") == "ZAR"
