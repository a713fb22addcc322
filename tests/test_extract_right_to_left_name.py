"""A right-to-left vendor name is read in its own order: a browser writes its words from the right, each left of the
one before, and the words the reader lines up left to right are the name backwards. An order's label keeps the
order's word opening its value. Each read from a PDF built here."""

from __future__ import annotations

import pymupdf

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf

NAME = ["شركة", "ساحل", "البحر", "للتخليص", "المحدودة"]  # read right to left, first word first


def _rows() -> list[tuple[float, float, str, int]]:
    return [(420, 70, "فاتورة ضريبية", 12), (300, 100, "Invoice No. 8885", 9),
                        (300, 114, "Date 01/12/2025", 9), (40, 160, "Clearing", 8), (480, 160, "1,000.00", 8),
                        (300, 200, "Total", 8), (480, 200, "1,000.00", 8)]


def _with_name(words: list[str]) -> bytes:
    """The page with the name's words drawn one by one in reading order from the right, each left of the one before,
    as a browser lays out a right-to-left line; each word's letters drawn as its glyphs are, last letter leftmost."""
    doc = pymupdf.open(stream=rows_pdf(_rows()), filetype="pdf")
    font = pymupdf.Font(fontfile=FONT)
    x = 540.0
    for word in words:
        x -= font.text_length(word, 14)
        doc[0].insert_text((x, 44), word[::-1], fontfile=FONT, fontname="dv", fontsize=14)
        x -= 4
    return doc.tobytes()


def test_a_name_written_from_the_right_is_read_from_the_right():
    pdf = _with_name(NAME)
    assert extract_invoice(pdf).value("vendor_name") == " ".join(NAME)


def test_an_order_label_keeps_the_order_word_of_its_value():
    rows = [(40, 30, "Fongafale Hardware Ltd", 14), (300, 70, "TAX INVOICE", 12), (40, 100, "Invoice no.", 9),
            (130, 100, "260", 9), (40, 114, "Order", 9), (130, 114, "LPO 9127", 9), (40, 160, "Timber", 8),
            (480, 160, "100.00", 8), (300, 200, "Total", 8), (480, 200, "100.00", 8)]
    po = extract_invoice(rows_pdf(rows)).fields["po_number"]
    assert po.value == "LPO 9127"

