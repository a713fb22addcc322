"""A totals row under a Kazakh invoice's table: "Всего по счету:" and then the sums of the table's columns, the net,
the tax and the gross ("1 416 978,36 | 1 416 978,36 | 170 037,41 | 1 587 015,77", the net twice: before the tax
and as the turnover). The row is no item; the label's first amount is
the net, and the three on the row are the subtotal, the tax and the total. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_HEAD = [(44, "№"), (62, "Наименование товаров"), (190, "Кол-во"), (225, "Цена"), (270, "Стоимость без НДС"),
         (340, "Оборот"), (385, "Ставка"), (420, "Сумма НДС"), (480, "Стоимость с НДС")]
_ITEMS = [("1", "Дизельное топливо ДТ-Л-К5", "2 854,23", "334,00", "953 312,82", "953 312,82", "12%", "114 397,54",
           "1 067 710,36"),
          ("2", "Мойка автомобиля", "30", "3 713,38", "111 401,40", "111 401,40", "12%", "13 368,17", "124 769,57"),
          ("3", "Масло моторное 5W-40", "17", "20 721,42", "352 264,14", "352 264,14", "12%", "42 271,70",
           "394 535,84")]


def test_the_totals_row_is_read_as_net_tax_and_gross():
    rows = [(44, 40, "ТОО «Степной Ойл Трейд»", 12), (44, 58, "БИН 150340012345 · г. Караганда, ул. Ерубаева, 12", 8),
            (44, 90, "Счет-фактура № 0041877 от 30 ноября 2025 г.", 11)]
    rows += [(x, 220, text, 7) for x, text in _HEAD]
    columns = [44, 62, 190, 225, 270, 340, 385, 420, 480]
    for i, item in enumerate(_ITEMS):
        rows += [(x, 236 + 14 * i, text, 7) for x, text in zip(columns, item, strict=True)]
    rows += [(62, 282, "Всего по счету:", 7), (270, 282, "1 416 978,36", 7), (340, 282, "1 416 978,36", 7),
             (420, 282, "170 037,41", 7), (480, 282, "1 587 015,77", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert len(result.line_items) == 3  # the totals row is none of them
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["1416978.36", "170037.41", "1587015.77"]
    assert sum(i.amount for i in result.line_items) == Decimal("1416978.36")
