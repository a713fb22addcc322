"""A right-to-left page's labels with their values at their left (`extraction.leftward`): Arabic labels laid out as a
browser lays them out ("INV-2045 ‖ الفاتورة رقم"), a bilingual English and Sorani label whose trailing dot the layout
put in front (".No / ژمارە"), the money of the country the page dials before the dollars it is worth; and a
left-to-right page's bilingual label keeps its value at its right. Each read from a PDF built here (the right-to-left
words are written in the order they show on the page, left to right)."""

from __future__ import annotations

import re

import pymupdf

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf

Row = tuple[float, float, str, int]
_RTL = re.compile(r"[\u0590-\u08ff]")


def _page(rows: list[Row]) -> bytes:
    """The rows on one page, each row's words drawn one by one left to right as a browser shows them (a row is
    written in that order); a right-to-left word's letters drawn as its glyphs are, last letter leftmost."""
    doc = pymupdf.open(stream=rows_pdf([]), filetype="pdf")
    font = pymupdf.Font(fontfile=FONT)
    for x, y, text, size in rows:
        for word in text.split():
            rtl = bool(_RTL.search(word))
            doc[0].insert_text((x, y + size), word[::-1] if rtl else word, fontfile=FONT, fontname="dv",
                               fontsize=size)
            x += font.text_length(word, size) + 0.3 * size
    return doc.tobytes()


def _arabic(labels: list[tuple[str, str]], totals: list[tuple[str, str]], extra: list[Row] = ()) -> bytes:
    rows: list[Row] = [(380, 30, "للتجارة سبأ شركة", 14), (380, 50, "ضريبية فاتورة", 12)]
    for i, (value, label) in enumerate(labels):
        rows += [(40, 80 + 14 * i, value, 8), (170, 80 + 14 * i, label, 8)]
    rows += [(440, 150, "البيان", 8), (40, 150, "المبلغ", 8), (440, 164, "خدمات شبكة", 8), (40, 164, "100,000", 8)]
    for i, (value, label) in enumerate(totals):
        rows += [(40, 200 + 14 * i, value, 8), (170, 200 + 14 * i, label, 8)]
    return _page(rows + list(extra))


def test_arabic_labels_with_their_values_at_their_left():
    data = _arabic([("INV-2045", "الفاتورة رقم"), ("14/05/2026", "التاريخ"), ("123456789", "الضريبي الرقم"),
                    ("PO-77", "الشراء أمر رقم")],
                   [("100,000", "الضريبة قبل الإجمالي"), ("5,000", "الضريبة إجمالي"),
                    ("105,000", "الضريبة شامل الإجمالي")])
    result = extract_invoice(data)
    assert result.value("invoice_number") == "INV-2045"
    assert result.fields["invoice_number"].confidence >= 0.9
    assert result.value("invoice_date") == "2026-05-14"
    assert result.value("vendor_tax_id") == "123456789"
    assert result.value("po_number") == "PO-77"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("100000", "5000", "105000")


def test_a_tax_id_after_its_label_in_reading_order_beside_a_register_number():
    """"الرقم الضريبي : 657138620 · السجل التجاري : 86197" on one segment, shown from the right."""
    data = _arabic([("INV-2045", "الفاتورة رقم")], [("105,000", "الضريبة شامل الإجمالي")],
                   [(250, 300, "86197 : التجاري السجل · 657138620 : الضريبي الرقم", 8)])
    assert extract_invoice(data).value("vendor_tax_id") == "657138620"


def test_the_money_the_page_names_beats_the_dollars_it_is_worth():
    """A Yemeni page (+967) prints its rials by name ("532 ريال للدوالر", the rate) and what they are worth in dollars
    ("$ 197.37"): YER."""
    data = _arabic([("INV-2045", "الفاتورة رقم")], [("105,000", ") يمني ريال ( الضريبة شامل الإجمالي")],
                   [(40, 20, "Tel +967 1 234567", 8),
                    (200, 260, "للدوالر ريال 532 الصرف سعر ( $ 197.37 : الأمريكي بالدوالر يعادل", 8)])
    assert extract_invoice(data).value("currency") == "YER"


def test_a_bilingual_label_shown_from_the_right():
    rows: list[Row] = [(380, 30, "Zagros Power Solutions", 14), (300, 60, "Sales Invoice / فرۆشتن پسوولەی", 10),
                       (330, 80, "ZPS-218", 8), (470, 80, ".No / ژمارە", 8),
                       (330, 94, "31/08/2026", 8), (470, 94, "Date / بەروار", 8),
                       (330, 108, "2026-09-26", 8), (430, 108, "Due date / پارەدان بەرواری دوا", 8),
                       (400, 150, "Description / وردەکاری", 8), (40, 150, "Amount / کۆ", 8),
                       (400, 164, "Solar panel / خۆر پانێڵی", 8), (40, 164, "18,329,000", 8),
                       (40, 200, "18,329,000 ع.د", 8), (150, 200, "Grand Total (IQD) / گشتی کۆی", 8),
                       (40, 214, "5,499,000", 8), (150, 214, "Paid / دراو پارەی", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("invoice_number") == "ZPS-218"
    assert result.fields["invoice_number"].confidence < 0.9  # a bare "No." under the title: a weaker label
    assert result.value("invoice_date") == "2026-08-31"
    assert result.value("due_date") == "2026-09-26"
    assert result.value("total") == "18329000"
    assert result.value("currency") == "IQD"


def test_a_left_to_right_bilingual_label_keeps_its_value_at_its_right():
    rows: list[Row] = [(40, 30, "Gulf Trading LLC", 14), (40, 60, "TAX INVOICE", 12),
                       (40, 80, "Invoice No. / رقم الفاتورة", 8), (300, 80, "INV-9", 8),
                       (40, 94, "Date / التاريخ", 8), (300, 94, "2026-03-04", 8),
                       (40, 150, "Description", 8), (480, 150, "Amount", 8), (40, 164, "Service", 8),
                       (480, 164, "100.00", 8), (320, 200, "Total / الإجمالي", 8), (480, 200, "100.00", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("invoice_number") == "INV-9"
    assert result.value("invoice_date") == "2026-03-04"
    assert result.value("total") == "100.00"


def test_a_word_with_its_article_reads_as_the_word_and_a_label_split_by_a_gap_goes_on():
    """"رقم المشتغل المرخص" (the licensed dealer's number) is "مشتغل مرخص" with Arabic's article, and "تاريخ ‖
    الاستحقاق : 05/03/2025" (the due date) is one label that a wide lam-alef split in two segments, not the invoice
    date "تاريخ" with a value."""
    data = _arabic([("INV-2045", "الفاتورة رقم"), ("03/02/2025", "التاريخ"), ("561663802", "المرخص المشتغل رقم")],
                   [("105,000", "الضريبة شامل الإجمالي")],
                   [(40, 136, "05/03/2025 : الاستحقاق", 8), (170, 136, "تاريخ", 8)])
    result = extract_invoice(data)
    assert result.value("vendor_tax_id") == "561663802"
    assert result.value("invoice_date") == "2025-02-03"
    assert result.value("due_date") == "2025-03-05"


def test_the_sellers_name_is_not_a_totals_box_wrapped_money_or_an_original_tax_invoices_title():
    """A box at the top left prints the amount due in large type, its money's name wrapped under it ("58,296.38 شيقل"
    over "جديد", the new shekel), and the title reads "فاتورة ضريبية أصلية" (original tax invoice) larger than the
    seller's name: neither is the seller."""
    rows: list[Row] = [(380, 30, "للتجارة سبأ شركة", 12), (40, 26, "58,296.38 شيقل", 16), (60, 46, "جديد", 16),
                       (300, 80, "أصلية ضريبية فاتورة", 14), (40, 110, "INV-2045", 8), (170, 110, "الفاتورة رقم", 8),
                       (40, 124, "14/05/2026", 8), (170, 124, "التاريخ", 8), (440, 150, "البيان", 8),
                       (40, 150, "المبلغ", 8), (440, 164, "خدمات شبكة", 8), (40, 164, "58,296.38", 8),
                       (40, 200, "58,296.38", 8), (170, 200, "الضريبة شامل الإجمالي", 8)]
    assert extract_invoice(_page(rows)).value("vendor_name") == "شركة سبأ للتجارة"
