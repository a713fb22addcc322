"""A Kazakh or Russian "Счет на оплату": the supplier's line with its ids before its quoted name ("Поставщик: БИН / ИИН
…, ТОО «…», г. Алматы") under a payment order's heading, the title's date with its year wrapped onto the next line,
and the buyer's order ("Заявка покупателя №"). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_supplier_line_with_its_ids_first_and_the_year_wrapped():
    rows = [(40, 30, "Образец платежного поручения", 12),
            (40, 60, "Бенефициар:", 8), (40, 72, "БИН: 200149995416", 8),
            (40, 120, "Счет на оплату № АО-5069 от 8 декабря", 12), (400, 120, "К оплате", 8),
            (40, 136, "2025 г.", 12), (400, 136, "1 388 632,00", 8),
            (40, 160, "Поставщик: БИН / ИИН 200149995416, ТОО «Медеу Канцтовары», г. Алматы", 8),
            (40, 174, "Покупатель: БИН / ИИН 749749469030, АО «Завод», г. Алматы", 8),
            (40, 188, "Договор: № 24/2025 от 17.05.2025 · Заявка покупателя № З-206", 8),
            (40, 230, "Наименование", 8), (480, 230, "Сумма", 8),
            (40, 244, "Бумага офисная A4", 8), (480, 244, "1 239 850,00", 8),
            (350, 280, "Итого без НДС:", 8), (480, 280, "1 239 850,00", 8),
            (350, 294, "НДС 12%:", 8), (480, 294, "148 782,00", 8),
            (350, 308, "Всего к оплате:", 8), (480, 308, "1 388 632,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "ТОО «Медеу Канцтовары»"
    assert result.value("invoice_date") == "2025-12-08"
    assert result.value("po_number") == "З-206"
