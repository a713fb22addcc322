"""A Philippine sales invoice: "SALES INVOICE" is the title, never the vendor, and its "No." block gives the number;
the printer's accreditation run in the footer ("OCN ... · Date issued 01/16/2025 · Series ...") gives no invoice date
over the "Date" by the title. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _invoice(name_on_top: bool) -> bytes:
    rows = [(400, 34, "SALES INVOICE", 14),
            (45, 52, "Km. 7 McArthur Highway, Bangkal, Davao City 8000", 8),
            (45, 60, "VAT Reg. TIN: 519-775-879-00001", 8), (400, 60, "No.", 8), (470, 60, "006482", 8),
            (45, 72, "Tel. (082) 278-6842", 8), (400, 72, "Date", 8), (470, 72, "09/02/2025", 8),
            (45, 125, "SOLD TO", 8), (45, 137, "Calinan Banana Growers Cooperative", 8),
            (66, 186, "Qty", 8), (120, 186, "Articles", 8), (400, 186, "Unit Price", 8), (480, 186, "Amount", 8),
            (72, 202, "17", 8), (120, 202, "PE water hose 1 in x 50 m", 8), (400, 202, "2,769.25", 8),
            (480, 202, "47,077.25", 8),
            (330, 300, "TOTAL AMOUNT DUE", 9), (470, 300, "PHP 47,077.25", 9),
            (45, 772, "OCN 084AU20247590803757 · Date issued 01/16/2025 · Series 000001-009999 · BIR Permit 1016", 7)]
    if name_on_top:
        rows.append((45, 34, "Mindanao Agri-Inputs Trading Corp.", 12))
    return rows_pdf(rows)


def test_the_title_is_no_vendor_and_its_no_block_gives_the_number():
    result = extract_invoice(_invoice(name_on_top=True))
    assert result.value("vendor_name") == "Mindanao Agri-Inputs Trading Corp."
    assert result.value("invoice_number") == "006482"


def test_a_footers_date_issued_is_not_the_invoice_date():
    result = extract_invoice(_invoice(name_on_top=True))
    assert result.value("invoice_date") == "2025-09-02"


def test_with_no_name_above_it_the_title_is_still_no_vendor():
    assert extract_invoice(_invoice(name_on_top=False)).value("vendor_name") != "SALES INVOICE"
