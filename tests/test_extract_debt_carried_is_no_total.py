"""A Russian-language account's debt carried from past invoices ("Задолженность на начало месяца", "Итого
задолженность с учётом настоящего счёта-фактуры": the debt including this invoice) is no total of this invoice."""

from __future__ import annotations

from countersign.tools.extract_invoice import extract_invoice
from tests.pdf_rows import rows_pdf


def test_total_debt_with_this_invoice_is_not_its_total() -> None:
    rows = [(34, 30, "ООО «Худжанд Шина Сервис»", 12), (34, 50, "ИНН 032624796", 8),
            (300, 30, "СЧЁТ-ФАКТУРА № 1185", 12), (300, 50, "от 09.07.2025", 8),
            (52, 424, "Итого без НДС", 8), (362, 424, "16 886,00", 8),
            (52, 438, "НДС 14 %", 8), (465, 438, "2 364,04", 8),
            (52, 461, "Всего к оплате с НДС, сомони", 8), (512, 461, "19 250,04", 8),
            (292, 481, "Задолженность на начало месяца", 7), (522, 481, "10 971,44", 7),
            (292, 492, "Итого задолженность с учётом настоящего счёта-фактуры", 7), (522, 492, "30 221,48", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "19250.04"
