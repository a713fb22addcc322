"""A Russian счёт-фактура (the Decree 1137 form) prints each field's number after its value: "ООО «Дальморсервис» (2)",
"2540123547/254001001 (2б)", "Российский рубль, 643 (7)". That number is not part of the value, so the seller's name
reads without it and the currency is still read as RUB. `without_field_number` is checked on its own, and with a PDF
built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.layout import Word, without_field_number
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _words(*texts: str) -> list[Word]:
    return [Word(page=1, x0=10.0 * i, y0=0.0, x1=10.0 * i + 8, y1=8.0, text=t, id=i) for i, t in enumerate(texts)]


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_a_trailing_field_number_is_dropped():
    assert _texts(without_field_number(_words("ООО", "«Дальморсервис»", "(2)"))) == ["ООО", "«Дальморсервис»"]
    assert _texts(without_field_number(_words("690091,", "г.", "Владивосток", "(2а)"))) == [
        "690091,", "г.", "Владивосток"]  # a Cyrillic letter after the number
    assert _texts(without_field_number(_words("Российский", "рубль,", "643", "(7)"))) == [
        "Российский", "рубль,", "643"]


def test_other_words_are_kept():
    for texts in (["ООО", "«Флот»"],  # no field number
                  ["Acme", "Holdings", "(Pty)"],  # a word in brackets, not a number
                  ["Order", "(123)"],  # three digits: no form's field number
                  ["(2)", "ООО", "«Флот»"],  # not the last word
                  ["(2)"]):  # the only word stays
        assert _texts(without_field_number(_words(*texts))) == texts


def test_schet_faktura_seller_name_and_currency_without_field_numbers():
    rows = [(40, 30, "ООО «Дальморсервис»", 12), (40, 46, "690091, г. Владивосток, ул. Светланская, д. 29", 8),
            (40, 90, "СЧЕТ-ФАКТУРА № 18 от 13 декабря 2025 г. (1)", 12),
            (40, 106, "ИСПРАВЛЕНИЕ № -- от -- (1а)", 8),
            (40, 124, "Продавец:", 8), (200, 124, "ООО «Дальморсервис» (2)", 8),
            (40, 136, "Адрес:", 8), (200, 136, "690091, г. Владивосток, ул. Светланская, д. 29 (2а)", 8),
            (40, 148, "ИНН/КПП продавца:", 8), (200, 148, "2540123547/254001001 (2б)", 8),
            (40, 160, "Покупатель:", 8), (200, 160, "ООО «Флот» (6)", 8),
            (40, 172, "Адрес:", 8), (200, 172, "690003, г. Владивосток, ул. Верхнепортовая, д. 1 (6а)", 8),
            (40, 184, "Валюта: наименование, код", 8), (200, 184, "Российский рубль, 643 (7)", 8),
            (40, 230, "Наименование товара", 8), (260, 230, "Кол-во", 8), (320, 230, "Цена", 8),
            (460, 230, "Стоимость", 8),
            (40, 244, "Ремонт судового двигателя", 8), (260, 244, "1", 8), (320, 244, "50 000,00", 8),
            (460, 244, "50 000,00", 8),
            (40, 258, "Запасные части", 8), (260, 258, "2", 8), (320, 258, "12 500,00", 8),
            (460, 258, "25 000,00", 8),
            (320, 290, "Всего без НДС", 8), (460, 290, "75 000,00", 8),
            (320, 304, "НДС 20%", 8), (460, 304, "15 000,00", 8),
            (320, 318, "Всего к оплате", 8), (460, 318, "90 000,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "ООО «Дальморсервис»"
    assert result.value("currency") == "RUB"
    assert result.value("invoice_number") == "18"
    assert result.value("invoice_date") == "2025-12-13"
    assert Decimal(result.value("total")) == Decimal("90000.00")
    assert [item.amount for item in result.line_items] == [Decimal("50000.00"), Decimal("25000.00")]
