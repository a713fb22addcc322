"""Persian labels as Iran's and Afghanistan's invoices print them (set 25's and 26's development parts): "شماره اقتصادی"
(the economic code, the seller's tax id) with its value at its left, as a right-to-left page reads, from a PDF built
here (its words placed in the order they are seen)."""

from __future__ import annotations

import re

import pymupdf

from countersign.extraction.lexicon import concepts_of
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf

_RTL = re.compile(r"[\u0590-\u08ff]")


def _page(rows: list[tuple[float, float, str, int]]) -> bytes:
    """The rows' words drawn one by one left to right as a browser shows them, a right-to-left word's letters as its
    glyphs are, last letter leftmost (as tests/test_extract_right_to_left_labels.py draws them)."""
    doc = pymupdf.open(stream=rows_pdf([]), filetype="pdf")
    font = pymupdf.Font(fontfile=FONT)
    for x, y, text, size in rows:
        for word in text.split():
            doc[0].insert_text((x, y + size), word[::-1] if _RTL.search(word) else word, fontfile=FONT,
                               fontname="dv", fontsize=size)
            x += font.text_length(word, size) + 0.3 * size
    return doc.tobytes()


def test_persian_label_words():
    assert concepts_of("شماره") == ("NUM",) and concepts_of("تاریخ") == ("DATE",)
    assert concepts_of("اقتصادی") == ("TAXID",)


def test_the_economic_code_is_the_sellers_tax_id():
    rows = [(300, 34, "خدمات و کالا فروش صورتحساب", 12), (420, 60, "فروشنده مشخصات", 9),
            (200, 80, "866395639945 : اقتصادی شماره", 8), (380, 80, "پمپ سپاهان صنعتی تعمیرات شرکت : نام", 8),
            (40, 160, "1,108,650,000", 8), (200, 160, "تخفیف از پس مبلغ جمع", 8),
            (40, 174, "110,865,000", 8), (200, 174, "افزوده ارزش مالیات", 8),
            (40, 188, "1,219,515,000", 8), (200, 188, "پرداخت قابل مبلغ", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("vendor_tax_id") == "866395639945"
