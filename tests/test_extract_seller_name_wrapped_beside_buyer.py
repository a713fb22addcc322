"""A Czech invoice's seller block in a narrow left column: "DODAVATEL", then the name in large type wrapped over two
lines ("Beskydská pekárna" / "a cukrárna s.r.o."), its second line level with the buyer's heading and the invoice's
date in the columns beside it. The name runs to its legal form. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_seller_name_runs_to_its_legal_form_on_the_next_line():
    rows = [(176, 20, "FAKTURA – DAŇOVÝ DOKLAD č. 202610044", 12), (14, 34, "DODAVATEL", 7),
            (14, 43, "Beskydská pekárna", 11), (14, 56, "a cukrárna s.r.o.", 11), (180, 57, "ODBĚRATEL", 7),
            (386, 55, "Datum vystavení: 12.03.2026", 8), (14, 69, "Horní 112, 739 11 Frýdlant", 8),
            (180, 68, "Hotel Radegast s.r.o.", 8), (386, 68, "Datum splatnosti: 26.03.2026", 8),
            (180, 80, "IČO: 27082440 · DIČ: CZ27082440", 8), (14, 96, "IČO / DIČ", 7), (14, 106, "CZ25596641", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Beskydská pekárna a cukrárna s.r.o."
