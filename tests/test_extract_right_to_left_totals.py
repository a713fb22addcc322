"""A right-to-left totals block in whole rials: each label at the right, its amount at the left end of the line
("جمع مبلغ پس از تخفیف ... 1,108,650,000"), read as the amounts for which subtotal + tax == total, unsurely; a
left-to-right page's whole numbers stay unread. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

Row = tuple[float, float, str, int]


def _page(labels: tuple[str, str, str]) -> bytes:
    rows: list[Row] = [(420, 30, "شرکت تعمیرات صنعتی سپاهان پمپ", 12),
                       (420, 60, "صورتحساب فروش کالا و خدمات", 10),
            (420, 120, "شرح کالا یا خدمات", 8), (40, 120, "مبلغ", 8),
            (420, 134, "تعمیر اساسی پمپ", 8), (40, 134, "1,108,650,000", 8)]
    for i, (label, amount) in enumerate(zip(labels, ("1,108,650,000", "110,865,000", "1,219,515,000"),
                                            strict=True)):
        rows += [(300, 170 + 14 * i, label, 8), (40, 170 + 14 * i, amount, 8)]
    return rows_pdf(rows)


def test_a_right_to_left_totals_block_in_whole_rials():
    result = extract_invoice(_page(("جمع مبلغ پس از تخفیف", "مالیات و عوارض ارزش افزوده", "مبلغ قابل پرداخت")))
    assert result.value("subtotal") == "1108650000"
    assert result.value("tax") == "110865000"
    assert result.value("total") == "1219515000"
    assert result.fields["total"].confidence < 0.9


def test_whole_numbers_on_a_left_to_right_page_are_no_label_free_amounts():
    rows: list[Row] = [(40, 30, "Harbour Works Ltd", 12), (40, 120, "Pump overhaul", 8),
                       (480, 120, "1,108,650,000", 8),
            (300, 170, "Alpha", 8), (480, 170, "1,108,650,000", 8), (300, 184, "Beta", 8), (480, 184, "110,865,000", 8),
            (300, 198, "Gamma", 8), (480, 198, "1,219,515,000", 8)]
    assert extract_invoice(rows_pdf(rows)).value("total") is None


def test_whole_afghanis_in_one_thousands_group_on_a_right_to_left_page():
    """'132,030' afghanis (one thousands' group, no cents) at a right-to-left line's left end is an amount too."""
    rows: list[Row] = [(420, 30, "مهمانخانه شهرنو کابل", 12), (420, 60, "صورتحساب", 10),
                       (420, 120, "شرح خدمات", 8), (40, 120, "مبلغ", 8), (420, 134, "اتاق یک نفره", 8),
                       (40, 134, "132,030", 8)]
    for i, (label, amount) in enumerate((("جمع مبلغ خدمات", "132,030"), ("مالیات انتفاعی", "6,602"),
                                         ("مبلغ قابل پرداخت", "138,632"))):
        rows += [(300, 170 + 14 * i, label, 8), (40, 170 + 14 * i, amount, 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("132030", "6602", "138632")
    assert result.fields["total"].confidence < 0.9
