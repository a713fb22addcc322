"""Invoice pages built in the tests: text rows placed where a layout puts them, so each reading rule is tried on a
page written for it (no PDF of the shared sets goes into the repository)."""

from __future__ import annotations

import pymupdf

# a totals block that adds up: 1,000.00 + 200.00 VAT = 1,200.00
TOTALS = [(330, 400, "Subtotal", 9), (480, 400, "1,000.00", 9), (330, 414, "VAT 20%", 9), (480, 414, "200.00", 9),
          (330, 428, "Total", 9), (480, 428, "GBP 1,200.00", 9)]


def page_pdf(rows: list[tuple[float, float, str, float]], *, logo: bool = False) -> bytes:
    """A page of text rows (x, y, text, size), bold above 12 pt; with `logo`, a drawn logo and no name at the top."""
    doc = pymupdf.open()
    page = doc.new_page()
    if logo:
        page.draw_rect(pymupdf.Rect(40, 30, 120, 70), color=(0, 0, 1), fill=(0.2, 0.3, 0.8))
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, fontname="hebo" if size > 12 else "helv")
    data = doc.tobytes()
    doc.close()
    return data
