"""An Australian ABN or an Indian GSTIN that passes its check digits names the country, so a bare "$" on a Brisbane
invoice is the Australian dollar; Brazil's electronic notes number themselves "NF-e nº", "NFC-e nº", "NFS-e nº".
Read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.countries import country_hints
from countersign.extraction.labels import label_matches
from countersign.extraction.layout import all_segments
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def _brisbane(abn: str) -> bytes:
    return invoice_pdf(["Moreton Plumbing Supplies Pty Ltd", f"12 Ipswich Road, Woolloongabba · ABN {abn}"],
                       [("Invoice No.", "MPS-2291"), ("Date", "14/03/2026")],
                       [("Subtotal", "$1,000.00"), ("GST 10%", "$100.00"), ("Total", "$1,100.00")],
                       lines=[("Copper pipe 15 mm", "$1,000.00")])


def test_a_valid_abn_names_australia_and_its_dollar():
    data = _brisbane("13 823 396 533")
    assert "AU" in country_hints(all_segments(read_pdf(data, 5)[0]))
    assert extract_invoice(data).value("currency") == "AUD"


def test_an_abn_failing_its_check_names_no_country():
    data = _brisbane("13 823 396 534")
    assert "AU" not in country_hints(all_segments(read_pdf(data, 5)[0]))


@pytest.mark.parametrize("text", ["NFC-e nº 000008851 Série 001", "NF-e Nº 123.456", "NFS-e nº 2026/77"])
def test_brazilian_notes_number_the_document(text):
    assert label_matches(text)[0][0] == "invoice_number"


def test_a_valid_gstin_names_india():
    data = invoice_pdf(["Deccan Auto Parts Pvt Ltd", "Bhosari MIDC, Pune · GSTIN 27AAPFU0939F1ZV"],
                       [("Invoice No.", "DAP/26/118"), ("Date", "14/03/2026")],
                       [("Taxable value", "1,000.00"), ("IGST 18%", "180.00"), ("Total", "1,180.00")],
                       lines=[("Brake pads", "1,000.00")])
    assert "IN" in country_hints(all_segments(read_pdf(data, 5)[0]))
