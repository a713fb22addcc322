"""A Vietnamese VAT invoice with English glosses: the title in capitals ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG") is no vendor,
"Số (No.): 29176367" is the invoice's number, the tax code behind "Mã số thuế" says Vietnam so "đồng" is the dong,
and an exchange rate "25.430 VND/USD" names both monies, so the dollars it converts to are not the invoice's.
Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _invoice(counter_value: bool) -> bytes:
    rows = [(34, 32, "CÔNG TY TNHH CUNG ỨNG TÀU BIỂN HẢI AN", 9), (330, 32, "Ký hiệu (Serial): 1C25TAA", 8),
            (34, 44, "Mã số thuế (Tax code): 0259923887", 8), (330, 44, "Số (No.): 29176367", 8),
            (34, 56, "Địa chỉ (Address): Số 45 Lê Thánh Tông, quận Ngô Quyền, TP. Hải Phòng", 8),
            (180, 92, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 14), (250, 110, "(VAT INVOICE)", 9),
            (230, 122, "Ngày 29 tháng 04 năm 2025", 8),
            (34, 150, "Tên đơn vị (Company): CÔNG TY CỔ PHẦN VẬN TẢI BIỂN VINASHIP", 8),
            (34, 162, "Mã số thuế (Tax code): 0250622476", 8),
            (60, 300, "Tổng cộng tiền thanh toán (Total payment)", 8), (420, 300, "295.457.760", 8),
            (34, 316, "Tiền thuế GTGT (VAT amount): 21.885.760 đồng", 8)]
    if counter_value:
        rows.append((300, 316, "Quy đổi tham khảo: 11,618.47 USD (tỷ giá 25.430 VND/USD)", 8))
    return rows_pdf(rows)


def test_the_title_is_no_vendor_and_the_glossed_number_is_the_invoices():
    result = extract_invoice(_invoice(counter_value=False))
    assert result.value("vendor_name") == "CÔNG TY TNHH CUNG ỨNG TÀU BIỂN HẢI AN"
    assert result.value("invoice_number") == "29176367"
    assert result.confidence("invoice_number") < 0.9  # a bare "No." names no field for sure


def test_the_dong_of_a_page_with_a_vietnamese_tax_code():
    result = extract_invoice(_invoice(counter_value=False))
    assert result.value("currency") == "VND"


def test_an_exchange_rate_names_both_monies_so_the_counter_value_is_not_taken_alone():
    result = extract_invoice(_invoice(counter_value=True))
    assert result.value("currency") == "VND"
    assert result.confidence("currency") < 0.9
    assert any("USD" in w and "VND" in w for w in result.warnings)
