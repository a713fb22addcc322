"""A Serbian invoice's ruled table "Р.б. | Опис | Јед. | Кол. | Цена | Рабат % | Основица | ПДВ % | ПДВ | Укупно": the
row's discount in percent, its base after it ("Основица", the tax base), the VAT, and the row in all ("Укупно"). The
item's amount is the base, before the tax that stands between; under the table "Износ без рабата" (before the discount)
is no subtotal and "Укупна основица" (the total base) is. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf

_COLUMNS = (34, 60, 190, 225, 290, 340, 400, 445, 480, 525)
_HEAD = ("Р.б.", "Опис", "Јед.", "Кол.", "Цена", "Рабат %", "Основица", "ПДВ %", "ПДВ", "Укупно")
_ROWS = [("1", "Малтер готови 40 кг", "џак", "10", "742,00", "2", "7.271,60", "20", "1.454,32", "8.725,92"),
         ("2", "Пшеница меркантилна, т", "т", "16", "23.775,50", "2", "372.799,84", "10", "37.279,98", "410.079,82")]
_TOTALS = [("Износ без рабата", "387.872,00"), ("Рабат", "7.800,56"), ("Укупна основица", "380.071,44"),
           ("Укупан ПДВ", "38.734,30"), ("УКУПНО ЗА УПЛАТУ", "418.805,74 RSD")]


def _width(text: str) -> float:
    return pymupdf.Font(fontfile=FONT).text_length(text, 6)


def test_the_items_base_is_its_amount_and_the_total_base_the_subtotal():
    rows = [(42, 34, "Јужна Морава Агро ДОО", 13), (400, 34, "РАЧУН", 13), (42, 62, "ПИБ: 168032311", 8),
            (370, 62, "Број рачуна:", 8), (450, 62, "34410", 8)]
    rows += [(x, 200, text, 6) for x, text in zip(_COLUMNS, _HEAD, strict=True)]
    for i, row in enumerate(_ROWS):  # the numbers right-aligned under their headers' ends
        rows += [(x if k < 3 else x + _width(head) - _width(text), 216 + 16 * i, text, 6)
                 for k, (x, head, text) in enumerate(zip(_COLUMNS, _HEAD, row, strict=True))]
    for i, (label, value) in enumerate(_TOTALS):
        rows += [(300, 270 + 14 * i, label, 8), (460, 270 + 14 * i, value, 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(10), Decimal("742.00"), Decimal("7271.60")), (Decimal(16), Decimal("23775.50"), Decimal("372799.84"))]
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == (
        "380071.44", "38734.30", "418805.74")
    assert result.fields["subtotal"].confidence >= 0.9
