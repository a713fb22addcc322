"""A construction pay application (the AIA G702 form's layout) read from a PDF built here: the contractor
under "From Contractor" is the vendor, "Owner Contract/PO No." the order, and the numbered line "8. Current
Payment Due" the total, above the contract sums, the retainage and a continuation sheet's grand total."""

from __future__ import annotations

from fpdf import FPDF

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice


def _pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_font("Helvetica", "", 9)
    for rows in pages:
        pdf.add_page()
        for x, y, text in rows:
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(text) + 2, 11, text)
    return bytes(pdf.output())


def test_a_pay_application_reads_the_current_payment_due_as_its_total():
    page1 = [
        (40, 30, "APPLICATION AND CERTIFICATE FOR PAYMENT"),
        (40, 60, "TO OWNER:"), (140, 60, "Harbor Point Holdings LLC"), (380, 60, "INVOICE NO:"), (470, 60, "88-07"),
        (40, 74, "FROM CONTRACTOR:"), (140, 74, "Bayline Framing, Inc."), (380, 74, "INVOICE DATE:"),
        (470, 74, "05/04/2026"),
        (140, 88, "12 Dock St, Portland, ME 04101"), (380, 88, "APPLICATION NO:"), (470, 88, "7"),
        (380, 102, "CONTRACT DATE:"), (470, 102, "01/15/2025"),
        (380, 116, "OWNER CONTRACT/PO NO:"), (490, 116, "HPH-3301"),
        (40, 150, "1. ORIGINAL CONTRACT SUM"), (460, 150, "$900,000.00"),
        (40, 164, "2. Net change by Change Orders"), (460, 164, "$20,000.00"),
        (40, 178, "3. CONTRACT SUM TO DATE (Line 1 + 2)"), (460, 178, "$920,000.00"),
        (40, 192, "4. TOTAL COMPLETED & STORED TO DATE"), (460, 192, "$400,000.00"),
        (40, 206, "5. RETAINAGE: 10% of Completed Work"), (460, 206, "$40,000.00"),
        (40, 220, "6. TOTAL EARNED LESS RETAINAGE"), (460, 220, "$360,000.00"),
        (40, 234, "7. LESS PREVIOUS CERTIFICATES FOR PAYMENT"), (460, 234, "$250,000.00"),
        (40, 248, "8. CURRENT PAYMENT DUE"), (460, 248, "$110,000.00"),
        (40, 262, "9. BALANCE TO FINISH, INCLUDING RETAINAGE"), (460, 262, "$560,000.00"),
    ]
    page2 = [(40, 30, "CONTINUATION SHEET"), (40, 300, "GRAND TOTAL"), (460, 300, "920,000.00")]
    result = extract_invoice(_pdf([page1, page2]))
    assert result.value("total") == "110000.00"
    assert result.value("subtotal") is None and result.value("tax") is None
    assert result.value("vendor_name") == "Bayline Framing, Inc."
    assert result.value("po_number") == "HPH-3301"
    assert result.value("invoice_number") == "88-07"


def test_contract_words_alone_name_no_field():
    assert label_matches("CONTRACT DATE: 01/15/2025") == ()
    assert label_matches("Contract No. 12") == ()
    assert label_matches("3. CONTRACT SUM TO DATE 920,000.00") == ()
    assert label_matches("8. CURRENT PAYMENT DUE $110,000.00")[0][:2] == ("total", -1)
