"""An English page's ambiguous slash date ("03/12/2025") read in the English date order of the one country its
telephone numbers and ids name (CLDR's en_SZ writes "dd/MM/y": Eswatini's invoice of 3 December), not when they
name several countries (a vendor's VAT number and a bank's IBAN abroad say nothing of whose dates the page writes)
or a country that writes the month first. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.cldr import date_order
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_cldr_english_date_orders():
    assert date_order("SZ", local=False) == date_order("GB", local=False) == "day"
    assert date_order("US", local=False) == "month" and date_order("CA", local=False) == "year"
    assert date_order("BR", local=False) is None  # no English locale


@pytest.mark.parametrize(("contact", "date"), [("Tel +268 2404 1188", "2025-12-03"),
                                               ("VAT Reg. No. GB 123 4567 89", "2025-12-03"),
                                               ("Tel +1 (415) 555-0132", "2025-03-12"),
                                               ("VAT GB 123 4567 89, IBAN NL91ABNA0417164300", "2025-03-12")])
def test_an_ambiguous_date_in_the_english_order_of_the_one_country_named(contact, date):
    vendor = ["Lubombo Security Services (Pty) Ltd", "Plot 212, Mbabane", contact]
    labels = [("Invoice No.", "LSS-2291"), ("Invoice Date", "03/12/2025")]
    result = extract_invoice(invoice_pdf(vendor, labels, [("Total", "E 1,150.00")],
                                         lines=[("Guarding, November", "1,150.00")]))
    assert result.value("invoice_date") == date
    assert result.confidence("invoice_date") < 0.9  # nothing on the page confirms the order
