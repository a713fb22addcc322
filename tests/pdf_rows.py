"""A one-page PDF of text rows placed where a layout puts them, for the extraction tests: a Unicode font (Debian's
DejaVu) so accented and non-Latin labels print as themselves; the test is skipped where the font is missing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def rows_pdf(rows: list[tuple[float, float, str, int]], *, landscape: bool = False) -> bytes:
    """(x, y, text, size) rows on one A4 page (a footer's row stays on it: no automatic page break)."""
    pdf = FPDF(unit="pt", format="A4", orientation="L" if landscape else "P")
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


def invoice_pdf(vendor: list[str], labels: list[tuple[str, str]], totals: list[tuple[str, str]],
                head: tuple[str, str] = ("Description", "Amount"), title: str = "INVOICE", name_lines: int = 1,
                lines: Sequence[tuple[str, str]] = ()) -> bytes:
    """One invoice in the usual layout: the vendor's lines (its name's in large type), the title, label-value pairs
    at the right, a bill-to block, a table head with `lines`, and the totals' label-value pairs under it."""
    rows: list[tuple[float, float, str, int]] = [(40, 30 + 14 * i, text, 12 if i < name_lines else 8)
                                                 for i, text in enumerate(vendor)]
    rows += [(40, 110, title, 14)]
    for i, (label, value) in enumerate(labels):
        rows += [(320, 110 + 14 * i, label, 8), (430, 110 + 14 * i, value, 8)]
    rows += [(40, 200, "Bill To", 8), (40, 212, "Harbour Works Ltd", 8), (40, 224, "12 Quay Road", 8)]
    rows += [(40, 260, head[0], 8), (480, 260, head[1], 8)]
    for i, (text, amount) in enumerate(lines):
        rows += [(40, 274 + 14 * i, text, 8), (480, 274 + 14 * i, amount, 8)]
    for i, (label, value) in enumerate(totals):
        rows += [(320, 290 + 14 * (i + max(len(lines) - 1, 0)), label, 8),
                 (480, 290 + 14 * (i + max(len(lines) - 1, 0)), value, 8)]
    return rows_pdf(rows)
