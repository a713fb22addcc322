"""A vendor's name in large type wrapped onto a second line ("Mizarstvo Kovač" / "d.o.o."), with a line of the
column beside it (the buyer's, in smaller type) printed between its two lines: the name goes on past that line.
Read from PDFs built here."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import LEGAL_SUFFIX
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _sidebar(first: str, second: str) -> bytes:
    rows = [(20, 40, first, 15), (181, 38, "Kupec", 9), (181, 49, "Gostilna Pri Lipi", 10),
            (20, 56, second, 15), (181, 60, "Celovška cesta 211", 10), (181, 70, "1000 Ljubljana", 10),
            (20, 100, "Tržaška cesta 120", 9), (20, 112, "1000 Ljubljana", 9),
            (181, 120, "RAČUN", 21), (181, 150, "Številka računa:", 10), (300, 150, "2025-00192", 10),
            (181, 164, "Datum izdaje:", 10), (300, 164, "10.07.2025", 10),
            (181, 200, "Opis", 8), (480, 200, "Znesek", 8), (181, 214, "Mizarska dela", 8), (480, 214, "1.000,00", 8),
            (320, 240, "Skupaj brez DDV", 8), (480, 240, "1.000,00", 8),
            (320, 254, "DDV 22 %", 8), (480, 254, "220,00", 8),
            (320, 268, "Za plačilo", 8), (480, 268, "1.220,00", 8)]
    return rows_pdf(rows)


@pytest.mark.parametrize(("first", "second"), [("Alpenholz Tischlerei", "GmbH"), ("Mizarstvo Kovač", "d.o.o.")])
def test_name_wrapped_past_another_columns_line(first, second):
    assert extract_invoice(_sidebar(first, second)).value("vendor_name") == f"{first} {second}"


@pytest.mark.parametrize("name", ["Mizarstvo Kovač d.o.o.", "Goriška Vina z.o.o.", "Matej Novak s.p.",
                                  "Banka Koper d.d.", "Млекара Војводина а.д.", "Нови Сад Пластика д.о.о."])
def test_the_former_yugoslavias_legal_forms(name):
    assert LEGAL_SUFFIX.search(name) is not None
