"""A Swiss VAT number with its Romansh suffix ("CHE-129.581.179 TPV") is whole, as with MWST, TVA or IVA; Bhutan's
ngultrum sign "Nu." names the currency and lets "Invoice Total (Nu.)" pair with its amount; an order number cut off
after its separator (the Arabic letter of "780/ش" not read) is no sure reading."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

HEAD: list[tuple[float, float, str, int]] = [
    (43, 40, "Lataria Engiadinaisa SA", 14),
    (43, 58, "Via Maistra 12, 7505 Celerina", 9),
    (380, 90, "QUINT", 18),
    (380, 120, "Nr. dal quint: Q-2026-118", 9),
    (380, 134, "Data: 05.02.2026", 9),
]


def test_a_swiss_vat_number_keeps_its_romansh_suffix():
    rows = HEAD + [(43, 72, "UID/Nr. TPV: CHE-129.581.179 TPV", 9),
                   (330, 300, "Total senza TPV", 9), (470, 300, "1'000.00", 9),
                   (330, 314, "TPV 8.1 %", 9), (470, 314, "81.00", 9),
                   (330, 328, "Total CHF", 9), (470, 328, "1'081.00", 9)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "CHE-129.581.179 TPV"


BHUTAN: list[tuple[float, float, str, int]] = [
    (43, 40, "Bumthang General Suppliers", 14),
    (43, 58, "Chamkhar Town, Bumthang, Bhutan", 9),
    (380, 90, "TAX INVOICE", 16),
    (380, 120, "Invoice No. BGS/26/905", 9),
    (380, 134, "Invoice Date 2026-02-05", 9),
    (330, 300, "Taxable value (GST 5%)", 9), (480, 300, "27,553.50", 9),
    (330, 314, "Exempt supplies", 9), (480, 314, "8,988.00", 9),
    (330, 328, "Total value", 9), (480, 328, "36,541.50", 9),
    (330, 342, "GST @ 5%", 9), (480, 342, "1,377.68", 9),
    (330, 356, "Invoice Total (Nu.)", 9), (480, 356, "37,919.18", 9),
]


def test_the_ngultrum_sign_names_the_currency_and_the_total_it_labels():
    result = extract_invoice(rows_pdf(BHUTAN))
    assert result.value("currency") == "BTN"
    assert result.value("total") == "37919.18"


def test_an_order_number_cut_off_after_its_separator_is_not_sure():
    rows = HEAD + [(380, 148, "Purchase order: 780/", 9),
                   (330, 300, "Total", 9), (470, 300, "1'081.00", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("po_number") == "780/" and result.confidence("po_number") < 0.9
