"""Two things an items table prints that its columns did not take: an Estonian row whose unit price and amount run
together as one segment ("680,26 680,26", "21,24 1 423,08": the amount grouped by a space), and an Armenian header
("Ապրանքի (ծառայության) անվանում | Քանակ | Միավորի գին | Արժեք (առանց ԱԱՀ) | ԱԱՀ 20% | Ընդամենը"). Read from PDFs
built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from countersign.extraction.table import header_role
from tests.pdf_rows import rows_pdf


def test_a_unit_price_and_an_amount_run_together_are_two_cells():
    rows = [(45, 44, "kalamaja/web", 14), (408, 44, "ARVE", 14), (408, 80, "ARVE NR KW-2025-382", 8),
            (47, 184, "Nimetus", 8), (203, 184, "Kogus", 8), (234, 184, "Ühik", 8), (261, 184, "Ühiku hind", 8),
            (312, 184, "Summa", 8),
            (47, 200, "SEO audit", 8), (222, 200, "1", 8), (234, 200, "tk", 8), (276, 200, "680,26 680,26", 8),
            (47, 216, "Räimefilee, külmutatud", 8), (222, 216, "67", 8), (234, 216, "kst", 8),
            (281, 216, "21,24 1 423,08", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal("680.26"), Decimal("680.26")), (Decimal("21.24"), Decimal("1423.08"))]


def test_armenian_headers_name_their_columns():
    heads = ("Ապրանքի (ծառայության) անվանում", "Քանակ", "Միավորի գին", "Արժեք (առանց ԱԱՀ)", "ԱԱՀ 20%", "Ընդամենը")
    assert [header_role(h) for h in heads] == ["description", "quantity", "unit_price", "amount", None, "amount"]
