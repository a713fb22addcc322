"""A Hebrew tax invoice (חשבונית מס) laid out right to left as a browser draws it: each row's words left to right as
shown, its acronyms split at their marks ("מ " מע" for מע"מ, ". פ . ח" for ח.פ.). The labels are read with their
values at their left; the buyer's company number (ח.פ. לקוח) and the supply date (תאריך אספקה) are not the vendor's
or the invoice's; the title is no vendor's name."""

from __future__ import annotations

from countersign.extraction.layout import Word, join_words, reading_order
from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import _page

ROWS = [(40, 40, "מס חשבונית", 12), (40, 58, "מקור", 8), (421, 40, 'מ " בע השרון יהלומי', 12),
        (441, 58, "4240308 נתניה , 41 הרצל ' רח", 8), (414, 68, "513193581 . פ . ח · 09-3232470 ' טל", 8),
        (163, 91, "36791", 8), (203, 91, "' מס מס חשבונית", 8), (415, 91, 'גן רמת , מ " בע פלוס ואלרי : לכבוד', 8),
        (138, 102, "24/02/2026", 8), (242, 102, "תאריך", 8), (453, 102, "519061147 : לקוח . פ . ח", 8),
        (138, 116, "18/02/2026", 8), (210, 116, "אספקה תאריך", 8),
        (138, 128, "10/04/2026", 8), (222, 128, "עד לתשלום", 8),
        (151, 140, "PO-3044", 8), (222, 140, "רכש הזמנת", 8),
        (78, 168, 'כ " סה', 8), (429, 168, "תיאור", 8), (44, 184, "16,752.50", 8), (446, 184, "זהב טבעת", 8),
        (45, 244, "₪ 16,752.50", 8), (130, 244, 'מ " מע לפני כ " סה', 8),
        (45, 264, "₪ 3,015.45", 8), (150, 264, '18% מ " מע', 8),
        (45, 284, "₪ 19,767.95", 8), (127, 284, 'לתשלום כ " סה', 8)]


def test_a_hebrew_tax_invoice():
    result = extract_invoice(_page(ROWS))
    assert "יהלומי" in result.value("vendor_name")  # (the title "חשבונית מס" is no name)
    assert result.value("vendor_tax_id") == "513193581"
    assert (result.value("invoice_number"), result.value("invoice_date")) == ("36791", "2026-02-24")
    assert (result.value("due_date"), result.value("po_number")) == ("2026-04-10", "PO-3044")
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("16752.50", "3015.45", "19767.95")
    assert result.value("currency") == "ILS"


def test_a_hebrew_acronym_split_at_its_mark_is_read_whole():
    words = [Word(1, 10.0 * i, 0, 10.0 * i + 8, 9, text, 10 - i) for i, text in enumerate(['מ', '"', 'בע', 'השרון'])]
    assert reading_order(join_words(words), words) == 'השרון בע"מ'
