"""A currency label with its name and ISO 4217 numeric code, as a Russian УПД prints it ("Валюта: наименование, код |
Российский рубль, 643"): the numeric code says the money. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.cldr import numeric_currency
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_a_currency_named_with_its_numeric_code():
    data = invoice_pdf(["ООО «Невская Упаковка»", "г. Санкт-Петербург"],
                       [("Счёт-фактура №", "2334"), ("Дата", "23.11.2025"),
                        ("Валюта: наименование, код", "Российский рубль, 643")],
                       [("Итого без НДС", "1 000,00"), ("НДС 20%", "200,00"), ("Всего к оплате", "1 200,00")],
                       lines=[("Коробка картонная", "1 000,00")])
    assert extract_invoice(data).value("currency") == "RUB"


def test_numeric_codes_of_money():
    assert numeric_currency("643") == "RUB"
    assert numeric_currency("051") == "AMD"
    assert numeric_currency("999") is None  # no money's code
    assert numeric_currency("1234") is None
