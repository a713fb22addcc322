""""Исполнитель:" (the performer of a service: Russian and Belarusian invoices' seller) heads the seller's name, and
on a justified line (a word a segment) the name runs to the comma before its ids ("Общество с ограниченной
ответственностью «БелТестЛаб», УНП 279767726, …"). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_performer_named_on_a_justified_line():
    words = ["Общество", "с", "ограниченной", "ответственностью", "«БелТестЛаб»,", "УНП", "279767726,", "220089,",
             "г.", "Минск"]
    rows = [(40, 30, "Получатель: ООО «БелТестЛаб»", 9), (40, 44, "УНП 279767726", 9),
            (170, 80, "СЧЁТ № 235 от 15 января 2025 г.", 15), (40, 120, "Исполнитель:", 9)]
    x = 125.0
    for word in words:  # each word placed on its own, spaced wide, as a justified line prints
        rows.append((x, 120, word, 9))
        x += 6.2 * len(word) + 14
    rows += [(40, 134, "Заказчик:", 9), (125, 134, "ОАО «Минский молочный завод № 1», УНП 665794914", 9),
             (40, 180, "Наименование услуги", 8), (480, 180, "Сумма", 8),
             (40, 194, "Испытания молока", 8), (480, 194, "1 200,00", 8),
             (320, 220, "Итого без НДС", 8), (480, 220, "1 200,00", 8),
             (320, 234, "НДС 20%", 8), (480, 234, "240,00", 8),
             (320, 248, "Всего к оплате", 8), (480, 248, "1 440,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Общество с ограниченной ответственностью «БелТестЛаб»"
