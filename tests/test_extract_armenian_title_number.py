"""An Armenian invoice's number in its title, "ՀԱՇԻՎ ՎՃԱՐՄԱՆ № 000862" (invoice for payment) or
"ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ № ՀԱ-4303" (invoice and waybill), read as a title's number. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("title", "number"), [("ՀԱՇԻՎ ՎՃԱՐՄԱՆ № 000862", "000862"),
                                               ("ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ № ՀԱ-4303", "ՀԱ-4303")])
def test_the_number_in_an_armenian_title(title: str, number: str):
    rows = [(40, 40, "«Արարատ Ֆուդ» ՍՊԸ · ՀՎՀՀ 06877063 · ք. Երևան", 9), (180, 60, title, 12),
            (260, 80, "26.06.2026 թ.", 9), (60, 140, "Պանիր չանախ", 9), (480, 140, "214,400.00", 9),
            (360, 170, "Ընդամենը վճարման", 9), (480, 170, "214,400.00", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == number
