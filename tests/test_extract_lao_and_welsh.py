"""Two label languages read from PDFs built here: Lao, its words unspaced and its vowels combining marks ("ເລກທີ" alone
over the invoice's number, "8 ຕຸລາ 2026", "ລວມທັງໝົດ", the company "ບໍລິສັດ ... ຈຳກັດ" over its English name), and Welsh
beside English ("Rhif anfoneb / Invoice No.", "16 Mehefin 2026", "Cyfanswm / Total", a name ending in "Cyf.")."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _lao(date: str) -> bytes:
    rows = [(40, 30, "ບໍລິສັດ ພູພຽງ ກາເຟ ຈຳກັດ", 14), (40, 50, "Phouphieng Coffee Co., Ltd", 9),
            (40, 64, "ບ້ານ ໂພນສີນວນ, ເມືອງ ສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ", 8),
            (40, 76, "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ: 772615958000", 8), (40, 100, "ໃບເກັບເງິນ", 16),
            (40, 124, "ເລກທີ", 8), (40, 136, "602/25", 9), (160, 124, "ວັນທີ", 8), (160, 136, date, 9),
            (280, 124, "ໃບສັ່ງຊື້ ເລກທີ", 8), (280, 136, "PO-7855", 9),
            (400, 124, "ໃບສົ່ງເຄື່ອງ ເລກທີ", 8), (400, 136, "DN-1752", 9),
            (40, 170, "ລາຍການ", 8), (480, 170, "ເປັນເງິນ", 8), (40, 184, "ກາເຟຄົ່ວ ໂຣບັສຕາ", 8), (480, 184, "5.437.000", 8),
            (300, 220, "ລວມເງິນກ່ອນອາກອນ", 8), (460, 220, "5.437.000 ກີບ", 8),
            (300, 234, "ອາກອນມູນຄ່າເພີ່ມ 10%", 8), (460, 234, "543.700 ກີບ", 8),
            (300, 248, "ລວມທັງໝົດ", 8), (460, 248, "5.980.700 ກີບ", 8)]
    return rows_pdf(rows)


def test_lao_labels_read_as_words_with_their_vowel_marks():
    result = extract_invoice(_lao("22/01/2025"))
    assert result.value("vendor_tax_id") == "772615958000"
    assert result.value("po_number") == "PO-7855"
    assert result.value("invoice_date") == "2025-01-22"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("5437000", "543700", "5980700")


def test_lao_bare_number_word_under_the_title_numbers_the_invoice_below_sure():
    """"ເລກທີ" (No.) with no colon, alone over its value, under the title "ໃບເກັບເງິນ": the invoice's number, not
    the delivery note's ("ໃບສົ່ງເຄື່ອງ ເລກທີ") nor the order's."""
    result = extract_invoice(_lao("22/01/2025"))
    assert result.value("invoice_number") == "602/25"
    assert result.fields["invoice_number"].confidence < 0.9
    assert not any("several different values" in w for w in result.warnings)


def test_lao_month_name_and_company_name_over_its_english_one():
    result = extract_invoice(_lao("8 ຕຸລາ 2026"))
    assert result.value("invoice_date") == "2026-10-08"
    assert result.value("vendor_name") == "ບໍລິສັດ ພູພຽງ ກາເຟ ຈຳກັດ"


def _welsh(due: str, order: bool) -> bytes:
    rows = [(40, 30, "Chwarel Llechi Moelwyn Cyf.", 14), (40, 50, "Ffordd y Chwarel, Blaenau Ffestiniog LL41 3NB", 8),
            (40, 62, "Rhif TAW / VAT No. GB 895 8034 35 · Rhif cwmni / Company No. 68735303", 8),
            (40, 90, "ANFONEB", 16), (40, 108, "INVOICE", 10),
            (40, 130, "Anfoneb i / Invoice to", 8), (40, 142, "Adeiladwyr Gwynedd Cyf.", 8),
            (40, 154, "Uned 4, Caernarfon LL55 2BD", 8), (40, 166, "Rhif cyfrif / Account No. ADE35", 8),
            (330, 130, "Rhif anfoneb / Invoice No.", 8), (470, 130, "17193", 8),
            (330, 142, "Dyddiad / Date", 8), (470, 142, "17 Mawrth 2026", 8),
            (330, 154, "Dyddiad dyledus / Due date", 8), (470, 154, due, 8)]
    if order:
        rows += [(330, 166, "Rhif archeb / Order No.", 8), (470, 166, "PO23288", 8)]
    rows += [(40, 200, "Disgrifiad / Description", 8), (480, 200, "Swm (£)", 8),
             (40, 214, "Llechi to / Roofing slates", 8), (480, 214, "29,465.00", 8),
             (330, 250, "Cyfanswm net / Net total", 8), (470, 250, "£29,465.00", 8),
             (330, 264, "TAW / VAT 20%", 8), (470, 264, "£5,893.00", 8),
             (330, 278, "Cyfanswm / Total", 8), (470, 278, "£35,358.00", 8)]
    return rows_pdf(rows)


def test_welsh_labels_beside_english_and_a_welsh_month():
    result = extract_invoice(_welsh("16 Mehefin 2026", order=True))
    assert result.value("vendor_name") == "Chwarel Llechi Moelwyn Cyf."
    assert result.value("invoice_number") == "17193"
    assert result.value("invoice_date") == "2026-03-17"
    assert result.value("due_date") == "2026-06-16"
    assert result.value("po_number") == "PO23288"
    assert result.value("vendor_tax_id") == "GB 895 8034 35"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("29465.00", "5893.00",
                                                                                       "35358.00")
