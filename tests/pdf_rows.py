"""A one-page PDF of text rows placed where a layout puts them, for the extraction tests: a Unicode font (Debian's
DejaVu) so accented and non-Latin labels print as themselves; the test is skipped where the font is missing."""

from __future__ import annotations

import pytest
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def rows_pdf(rows: list[tuple[float, float, str, int]]) -> bytes:
    """(x, y, text, size) rows on one A4 page (a footer's row stays on it: no automatic page break)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    try:
        pdf.add_font("dv", "", FONT)
        font = "dv"
    except (FileNotFoundError, OSError, RuntimeError):
        pytest.skip(f"no Unicode TrueType font at {FONT}")
    for x, y, text, size in rows:
        pdf.set_font(font, "", size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(text) + 2, size + 2, text)
    return bytes(pdf.output())
