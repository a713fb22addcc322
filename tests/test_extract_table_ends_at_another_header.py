"""A numbered table's items end where another table's header stands over its numeric columns ("Według stawki VAT |
Wartość netto | Kwota VAT | Wartość brutto", a Polish VAT summary): the summary's rate rows are no items."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT

HEAD = [(47, 156, "Lp.", 8), (74, 156, "Nazwa towaru", 8), (417, 156, "J.m.", 8), (479, 156, "Ilość", 8),
        (531, 156, "Cena netto", 8), (596, 156, "VAT %", 8), (648, 156, "Wartość netto", 8),
        (732, 156, "Wartość brutto", 8)]
ITEMS = [("1", "Kiełbasa śląska", "kg", "26", "25,80", "5", "670,80", "704,34"),
         ("2", "Piwo jasne pełne, skrzynka 20 x 0,5 l", "skrz.", "10", "50,00", "23", "500,00", "615,00")]
XS = (51, 74, 421, 489, 557, 619, 682, 770)


def _page() -> bytes:
    rows = [(43, 30, "Hurtownia Śląska Sp. z o.o.", 14), (43, 50, "NIP: 6342571903", 8),
            (43, 90, "Faktura VAT nr FV/112/03/2025", 12), (43, 105, "Data wystawienia: 23.03.2025", 8)] + HEAD
    for i, item in enumerate(ITEMS):
        rows += [(x, 186 + 15 * i, text, 8) for x, text in zip(XS, item, strict=True)]
    rows += [(43, 225, "Forma płatności: przelew, termin 06.04.2025", 8), (417, 225, "Według stawki VAT", 8),
             (532, 225, "Wartość netto", 8), (625, 225, "Kwota VAT", 8), (692, 225, "Wartość brutto", 8),
             (417, 242, "5%", 8), (559, 242, "670,80", 8), (645, 242, "33,54", 8), (723, 242, "704,34", 8),
             (417, 257, "23%", 8), (559, 257, "500,00", 8), (645, 257, "115,00", 8), (723, 257, "615,00", 8),
             (417, 271, "Razem", 8), (559, 271, "1 170,80", 8), (645, 271, "148,54", 8), (723, 271, "1 319,34", 8),
             (422, 300, "Do zapłaty:", 12), (683, 300, "1 319,34 zł", 12)]
    pdf = FPDF(orientation="L", unit="pt", format="A4")  # a landscape page, as the invoices print it
    pdf.set_auto_page_break(False)
    pdf.add_page()
    try:
        pdf.add_font("dv", "", FONT)
    except (FileNotFoundError, OSError, RuntimeError):
        pytest.skip(f"no Unicode TrueType font at {FONT}")
    for x, y, text, size in rows:
        pdf.set_font("dv", "", size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(text) + 2, size + 2, text)
    return bytes(pdf.output())


def test_the_vat_summary_under_the_items_is_no_item():
    items = extract_invoice(_page()).line_items
    assert [str(item.amount) for item in items] == ["670.80", "500.00"]
