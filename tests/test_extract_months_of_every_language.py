"""Month names of the languages no label table knows, from CLDR's base locales (Breton "Here" is October, Northern
Sami "borgemánnu" August), read only in a date with its four-digit year: such a name may be a word elsewhere ("2 lamb
10" is a quantity, not a date). The names of the known languages keep their own reading. Read from PDFs built here."""

from __future__ import annotations

from datetime import date

import pytest

from countersign.extraction.cldr import month_numbers, more_month_numbers
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import invoice_pdf


@pytest.mark.parametrize(("text", "day"), [
    ("15 Here 2026", date(2026, 10, 15)),  # Breton
    ("3 Gwengolo 2025", date(2025, 9, 3)),  # Breton: September
    ("21 borgemánnu 2026", date(2026, 8, 21)),  # Northern Sami
    ("2026 borgemánnu 21", date(2026, 8, 21)),
])
def test_a_month_named_in_any_language_cldr_has_is_read_with_its_four_digit_year(text, day):
    assert parse_date(text) == (day, False)


@pytest.mark.parametrize("text", ["2 lamb 10", "15 Here 26"])
def test_without_its_four_digit_year_such_a_name_is_no_date(text):
    assert parse_date(text) is None


def test_the_known_languages_names_keep_their_reading():
    assert not set(more_month_numbers()) & set(month_numbers())
    assert parse_date("3 listopad 2025") == (date(2025, 11, 3), False)  # Czech and Polish November, as before


@pytest.mark.parametrize(("label", "value", "day"), [
    ("Invoice date", "15 Here 2026", "2026-10-15"),
    ("Date", "21 borgemánnu 2026", "2026-08-21"),
])
def test_an_invoice_dated_in_breton_or_sami(label, value, day):
    result = extract_invoice(invoice_pdf(["Kemper Stal SARL", "Straed Keréon 4, 29000 Kemper"],
                                         [("Invoice no.", "KS-2026-118"), (label, value)], [("Total", "120.00 EUR")],
                                         lines=[("Kafe", "120.00")]))
    assert result.value("invoice_date") == day
