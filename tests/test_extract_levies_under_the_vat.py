"""Ghana's levies on the net under its VAT: the fees, then the NHIL, the GETFund levy and the COVID-19 levy of a few
percent each, then the VAT on the levy-inclusive value. That value and the VAT add up to the total, but the invoice's
net is the fees and its tax is the levies and the VAT together. Read from PDFs built here, a letter and a table."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTER = [
    "Further to our engagement under your order KMA/PR/211/2026, we write to submit our invoice for the survey",
    "work completed in March. The fees for the work amount to GH₵ 18,400.00, on which the National Health",
    "Insurance Levy (NHIL) of 2.5% is GH₵ 460.00, the GETFund Levy of 2.5% is GH₵ 460.00 and the COVID-19",
    "Health Recovery Levy of 1% is GH₵ 184.00. VAT at 15% on the levy-inclusive value of GH₵ 19,504.00 is",
    "GH₵ 2,925.60, bringing the total amount of this invoice to GH₵ 22,429.60. Kindly arrange payment",
    "within fourteen days to our account with Ecobank Ghana, Adum Branch.",
]


def test_a_letter_says_the_levies_before_the_vat():
    rows = [(60, 40, "OFORI LAND SURVEYS LTD", 13),
            (60, 60, "Plot 7, Bantama High Street, Kumasi · Tel. +233 32 202 1187", 8),
            (60, 100, "Our Ref: OLS/INV/2026/31 | 2nd April, 2026", 9),
            (60, 125, "The Director, Ejisu Municipal Assembly", 9),
            (60, 150, "Dear Sir/Madam,", 9), (60, 170, "INVOICE OLS/INV/2026/31 FOR SURVEY SERVICES", 9)]
    rows += [(60, 190 + 14 * i, text, 9) for i, text in enumerate(_LETTER)]
    result = extract_invoice(rows_pdf(rows))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["18400.00", "4029.60", "22429.60"]
    assert any("levies" in w for w in result.warnings)


def test_a_shipping_charge_between_the_net_and_the_vat_stays_in_the_net():
    """A charge is no levy: the subtotal is the amount the VAT is on, as before."""
    rows = [(60, 40, "HARBOUR TOOLS LTD", 13), (60, 60, "12 Quay Road, Tema", 8), (60, 100, "INVOICE", 14),
            (320, 100, "Invoice No.", 8), (430, 100, "HT-5521", 8), (320, 114, "Date", 8), (430, 114, "02/04/2026", 8)]
    totals = [("Goods", "18,400.00"), ("Shipping and handling", "460.00"), ("Amount before VAT", "18,860.00"),
              ("VAT 15%", "2,829.00"), ("Total", "21,689.00")]
    rows += [(320, 200 + 14 * i, label, 8) for i, (label, _) in enumerate(totals)]
    rows += [(470, 200 + 14 * i, value, 8) for i, (_, value) in enumerate(totals)]
    result = extract_invoice(rows_pdf(rows))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["18860.00", "2829.00", "21689.00"]


def test_a_totals_block_lists_the_levies_before_the_vat():
    rows = [(60, 40, "ASANTE PRINT WORKS LTD", 13), (60, 60, "45 Prempeh II Street, Kumasi", 8),
            (60, 100, "TAX INVOICE", 14), (320, 100, "Invoice No.", 8), (430, 100, "APW-0981", 8),
            (320, 114, "Date", 8), (430, 114, "02/04/2026", 8)]
    totals = [("Subtotal", "18,400.00"), ("NHIL 2.5%", "460.00"), ("GETFund Levy 2.5%", "460.00"),
              ("COVID-19 Levy 1%", "184.00"), ("Total before VAT", "19,504.00"), ("VAT 15%", "2,925.60"),
              ("Total", "22,429.60")]
    rows += [(320, 200 + 14 * i, label, 8) for i, (label, _) in enumerate(totals)]
    rows += [(470, 200 + 14 * i, value, 8) for i, (_, value) in enumerate(totals)]
    result = extract_invoice(rows_pdf(rows))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["18400.00", "4029.60", "22429.60"]
