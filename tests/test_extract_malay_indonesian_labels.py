"""Malay and Indonesian labels ("No. Invois", "Nomor Faktur", "Tarikh akhir", "Pesanan Belian", "Jumlah kecil",
"Jumlah Keseluruhan", "Total Tagihan", "Cukai"), and their titles ("INVOIS CUKAI", "FAKTUR PENJUALAN") are no vendor's
name. Read from PDFs built here."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


@pytest.mark.parametrize(("text", "field"), [("No. Invois:", "invoice_number"), ("Nomor Faktur:", "invoice_number"),
                                             ("Tarikh:", "invoice_date"), ("Tarikh akhir:", "due_date"),
                                             ("No. Pesanan Belian:", "po_number"), ("Jumlah kecil", "subtotal"),
                                             ("Jumlah sebelum cukai", "subtotal"), ("Jumlah Keseluruhan", "total"),
                                             ("JUMLAH PERLU DIBAYAR", "total"), ("TOTAL TAGIHAN", "total"),
                                             ("Diskaun 5%", "discount"), ("Cukai Jualan 10%", "tax"),
                                             ("Harga Jual / Penggantian", "subtotal")])
def test_label_words(text, field):
    assert label_matches(text)[0][0] == field


def test_malaysian_legal_forms():
    from countersign.extraction.labels import LEGAL_SUFFIX
    from countersign.extraction.parties import legal_form_only

    assert LEGAL_SUFFIX.search("Komputer Pulau Pinang Sdn. Bhd.") and LEGAL_SUFFIX.search("Maybank Berhad")
    assert legal_form_only("Sdn. Bhd.") and not legal_form_only("Pinang Sdn. Bhd.")


def test_a_unit_price_label_is_no_subtotal():
    assert label_matches("Harga Satuan (Rp)") == ()


def test_a_malaysian_tax_invoice():
    data = invoice_pdf(["Komputer Pulau Pinang Sdn. Bhd.", "No. 12, Lebuh Pantai, 10300 George Town"],
                       [("No. Invois:", "INV-54733"), ("Tarikh:", "01/08/2026"), ("Tarikh akhir:", "30/09/2026"),
                        ("No. Pesanan Belian:", "PO643407")],
                       [("Jumlah kecil", "1,000.00"), ("Cukai Jualan 10%", "100.00"),
                        ("Jumlah Keseluruhan (RM)", "1,100.00")],
                       head=("Perihal", "Jumlah (RM)"), title="INVOIS CUKAI", lines=[("Kertas A4", "1,000.00")])
    result = extract_invoice(data)
    assert (result.value("invoice_number"), result.value("po_number")) == ("INV-54733", "PO643407")
    assert (result.value("invoice_date"), result.value("due_date")) == ("2026-08-01", "2026-09-30")
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "100.00", "1100.00")
    assert result.value("vendor_name") != "INVOIS CUKAI"
