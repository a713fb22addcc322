"""An invoice written as a letter whose line happens to open with "invoice to" ("invoice to GH₵ 50,027.76. We note
...") : running text, not the buyer's "Invoice To" heading, so the amounts under it stay the page's and the total
the sentences state is read. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_BODY = [
    "The fees for the above amount to GH₵ 41,040.00, on which the National Health Insurance Levy",
    "(NHIL) of 2.5% is GH₵ 1,026.00, the GETFund Levy of 2.5% is GH₵ 1,026.00 and the COVID-19",
    "Health Recovery Levy of 1% is GH₵ 410.40. VAT at 15% on the levy-inclusive value of GH₵",
    "43,502.40 is GH₵ 6,525.36, bringing the total taxes to GH₵ 8,987.76 and the total amount of this",
    "invoice to GH₵ 50,027.76. We note that withholding tax of 7.5% on the fees (GH₵ 3,078.00) will",
    "be deducted at source, so that the net amount payable to us is GH₵ 46,949.76. Kindly arrange",
    "payment on or before 7th July, 2025 to our account with GCB Bank PLC, Adum Branch.",
]


def test_a_line_of_running_text_opening_with_invoice_to_is_no_buyers_block():
    rows = [(60, 40, "ASHANTI GEOTECHNICAL CONSULT LTD", 12), (60, 60, "Plot 14, Harper Road, Adum, Kumasi", 8),
            (60, 102, "Our Ref: AGC/INV/2025/59", 9), (400, 102, "23rd June, 2025", 9),
            (60, 126, "The Director, Kumasi Metropolitan Assembly", 9), (60, 176, "Dear Sir/Madam,", 9),
            (60, 196, "INVOICE AGC/INV/2025/59 FOR PROFESSIONAL SERVICES", 9)]
    rows += [(60, 287 + 14.2 * i, text, 9) for i, text in enumerate(_BODY)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "50027.76"
    assert result.confidence("total") < 0.9  # read without a label
