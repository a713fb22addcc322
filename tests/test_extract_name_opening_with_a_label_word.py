"""The issuer's name when its first word is a label word ("Grand" of "Grand total", Indonesian "tempo" of "Jatuh
tempo") and its legal form ends it: no field's value is a company's name, so it is a name, not a label. And a bank
named on a footer line that carries on the sentence above ("... or by transfer to" / "Republic Bank Ltd., account
...") is the payee's bank, not a name heading the footer. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pages import TOTALS, page_pdf


@pytest.mark.parametrize("name", ["Grand Anse Fire & Safety Services Ltd.", "Tempo & Tecnica S.r.l.s."])
def test_a_name_opening_with_a_label_word(name):
    rows = [(75, 40, name, 12), (40, 60, "Morne Rouge Road, Grand Anse, Grenada", 8), (400, 40, "TAX INVOICE", 12),
            (40, 113, "CUSTOMER", 9), (40, 125, "Lagoon Road Supermarket", 9), (320, 113, "Invoice No.", 9),
            (400, 113, "6821", 9), (320, 125, "Invoice Date", 9), (400, 125, "07/06/2025", 9),
            (320, 137, "Account", 9), (400, 137, "C1249", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == name


def test_a_bank_carrying_on_the_sentence_above_is_no_footer_name():
    rows = [(136, 40, "Cayon Valley Funeral Parlour Ltd.", 16), (150, 70, "Cayon Village, St. Kitts", 8),
            (265, 105, "INVOICE", 14), (45, 150, "Account of", 9), (45, 162, "Sugar City Credit Union", 9),
            (343, 150, "Invoice No.", 9), (480, 150, "CV23124", 9), (343, 162, "Invoice date", 9),
            (480, 162, "16-May-2026", 9)] + TOTALS + [
            (45, 700, "Payable on receipt. Payment by cheque to Cayon Valley Funeral Parlour Ltd., or by transfer"
                      " to", 8),
            (45, 711, "Republic Bank (St. Kitts) Ltd., account 3642270962.", 8)]
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Cayon Valley Funeral Parlour Ltd."
