"""A date with its day in quotes and no label, under the title ("«13» նոյեմբերի 2026 թ.", "«13» ноября 2026 г.", as
Armenian and Russian forms print it), read as the invoice date by the label-free reading, below 0.9. Read from a PDF
built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize("day", ["«13» նոյեմբերի 2026 թ.", "«13» ноября 2026 г."])
def test_a_quoted_day_under_the_title(day: str):
    rows = [(283, 40, "«Գյումրի Տեքստիլ» ՍՊԸ · ՀՎՀՀ 06665725 · ք. Գյումրի", 8),
            (163, 60, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ № ՀԱ-4303", 14), (245, 80, day, 9),
            (43, 104, "Մատակարար՝", 8), (155, 104, "«Գյումրի Տեքստիլ» ՍՊԸ", 8),
            (62, 242, "Բրդյա սվիտեր", 8), (480, 242, "2 984 740", 8),
            (394, 305, "Ընդամենը", 8), (480, 305, "2 984 740", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2026-11-13"
    assert result.confidence("invoice_date") < 0.9
