"""A sidebar that opens with the vendor's name wrapped over two lines and prints the vendor's ids far under it
("Kavárna a pražírna" / "U Dómu s.r.o." ... "DIČ" / "CZ60131764"): the block over the tax id may reach only the name's
second line, which ends the name; the tax id is the vendor's, not another company's."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

NAME = [(17, 30, "Kavárna a pražírna", 14), (17, 50, "U Dómu s.r.o.", 14)]
SIDEBAR = [(17, 66, "Václavské náměstí 4, 779 00", 8), (17, 78, "Olomouc", 8), (17, 96, "IČO", 8),
           (17, 106, "60131764", 8), (17, 122, "DIČ", 8), (17, 134, "CZ60131764", 8)]
MAIN = [(182, 30, "FAKTURA – DAŇOVÝ DOKLAD", 12), (182, 50, "č. FV-338/2025", 10),
        (182, 70, "Odběratel", 8), (182, 78, "Hotel Flora Olomouc a.s.", 8),
        (182, 90, "IČO: 67811787 · DIČ: CZ67811787", 8), (182, 100, "Číslo zákazníka: 651478", 8),
        (383, 70, "Datum vystavení", 8), (494, 70, "28. 12. 2025", 8),
        (383, 84, "Datum splatnosti", 8), (494, 84, "11. 1. 2026", 8),
        (383, 98, "Forma úhrady", 8), (494, 98, "převodem", 8), (383, 112, "Variabilní symbol", 8),
        (494, 112, "3382025", 8), (383, 126, "Konstantní symbol", 8), (494, 126, "0308", 8),
        (184, 160, "Označení dodávky", 8), (473, 160, "DPH %", 8), (513, 160, "Bez DPH", 8),
        (184, 174, "Montáž na místě", 8), (498, 174, "21", 8), (518, 174, "10 000,00", 8),
        (342, 200, "Základ", 8), (480, 200, "10 000,00", 8), (342, 212, "DPH 21 %", 8), (480, 212, "2 100,00", 8),
        (342, 224, "Celkem k úhradě", 8), (480, 224, "12 100,00 Kč", 8),
        (430, 38, "www.udomu.cz", 7), (430, 44, "tel. +420 585 224 119", 7), (430, 58, "info@udomu.cz", 7),
        (430, 104, "Strana 1 z 1", 7)]  # lines level with the sidebar's: its ids are lines under the name's first


def test_the_tax_id_under_the_second_line_of_a_wrapped_name_is_the_vendors():
    result = extract_invoice(rows_pdf([*NAME, *SIDEBAR, *MAIN]))
    assert result.value("vendor_name") == "Kavárna a pražírna U Dómu s.r.o."
    assert result.value("vendor_tax_id") == "CZ60131764"


def test_a_tax_id_under_another_companys_name_is_still_not_the_vendors():
    other = [(17, 110, "Hotel Flora Olomouc a.s.", 8)] + [(x, y + 30, t, s) for x, y, t, s in SIDEBAR if y > 90]
    result = extract_invoice(rows_pdf([*NAME, *other, *MAIN]))
    assert result.value("vendor_tax_id") != "CZ60131764"
