"""A right-to-left page's table of items: its header read by meaning in Arabic ("البيان | الكمية | سعر الوحدة |
المبلغ", the description at the right, the amount at the left) and Dari ("شرح خدمات | تعداد | قیمت فی واحد | مبلغ
(افغانی)"), each row by its column. Read from PDFs built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.headers import concept_role
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("cell", "role"), [("البيان", "description"), ("الوصف", "description"),
                                            ("الكمية", "quantity"), ("الوحدة سعر", "unit_price"),
                                            ("المبلغ", "amount"), (")USD( المجموع", "amount"),
                                            ("الضريبة قبل المجموع", "amount"), ("خدمات شرح", "description"),
                                            ("تعداد", "quantity"), ("واحد فی قیمت", "unit_price"),
                                            (") افغانی ( مبلغ", "amount"), ("الضريبة نسبة", None)])
def test_arabic_and_dari_header_cells(cell, role):
    assert concept_role(cell) == role


def _drawn(text: str) -> str:
    """Each word's letters in the order a right-to-left page draws them, so the PDF reads back as the page does."""
    return " ".join(word[::-1] if not word.isascii() else word for word in text.split())


def test_an_arabic_table_read_by_its_columns():
    rows = [(330, 40, "شركة سبأ نت لخدمات الشبكات", 12), (40, 70, "2026-00351", 9), (140, 70, "رقم الفاتورة", 9),
            (60, 160, "المبلغ", 9), (200, 160, "الوحدة سعر", 9), (300, 160, "الكمية", 9), (480, 160, "البيان", 9)]
    for i, (desc, qty, price, amount) in enumerate([("كابل شبكة", "83", "600", "49,800"),
                                                    ("مفتاح شبكة", "2", "91,550", "183,100"),
                                                    ("راوتر جهاز", "3", "52,050", "156,150")]):
        y = 178 + 16 * i
        rows += [(60, y, amount, 9), (200, y, price, 9), (300, y, qty, 9), (480, y, desc, 9)]
    items = extract_invoice(rows_pdf([(x, y, _drawn(text), size) for x, y, text, size in rows])).line_items
    assert [(i.quantity, i.amount) for i in items] == [(Decimal(83), Decimal(49800)), (Decimal(2), Decimal(183100)),
                                                       (Decimal(3), Decimal(156150))]
