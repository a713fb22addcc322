"""An Armenian invoice and waybill: the title "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ" is a title whole (no vendor), "Համար՝",
"Ամսաթիվ՝", "Վճարման ժամկետ՝" and "Վճարման ենթակա" (the number, the date, the payment's deadline, the amount
payable) are labels, and the table's "Ընդամենը" column heading over the first item's gross gives way to the payable
amount for which net + tax == total. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_an_armenian_invoice_and_waybill():
    rows = [(42, 26, "«Գյումրու Կերամիկա» ՍՊԸ", 12), (520, 26, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ", 14),
            (42, 46, "ք. Գյումրի, Վարդանանց հրապարակ 8", 8), (507, 51, "Համար՝", 8), (600, 51, "Ա5330440", 8),
            (42, 57, "ՀՎՀՀ՝ 08665133 · Հեռ.՝ +374 312 36 826", 8),
            (507, 64, "Ամսաթիվ՝", 8), (600, 64, "6 հունիսի 2026 թ.", 8),
            (507, 77, "Վճարման ժամկետ՝", 8), (600, 77, "16 հունիսի 2026 թ.", 8),
            (42, 108, "Գնորդ", 8), (42, 119, "«Երևան Դիզայն Սթուդիո» ՍՊԸ", 8),
            (45, 163, "N", 7), (70, 163, "Ապրանքի անվանում", 7), (300, 163, "Քանակ", 7), (360, 163, "Միավորի գին", 7),
            (440, 163, "Արժեք (առանց ԱԱՀ)", 7), (560, 163, "ԱԱՀ 20%", 7), (640, 163, "Ընդամենը", 7),
            (45, 180, "1", 7), (70, 180, "Ցեմենտ M400, 50 կգ", 7), (300, 180, "154", 7), (360, 180, "3 470.00", 7),
            (440, 180, "534 380.00", 7), (560, 180, "106 876.00", 7), (640, 180, "641 256.00", 7),
            (45, 197, "2", 7), (70, 197, "Սոսինձ սալիկի 25 կգ", 7), (300, 197, "10", 7), (360, 197, "3 600.00", 7),
            (440, 197, "36 000.00", 7), (560, 197, "7 200.00", 7), (640, 197, "43 200.00", 7),
            (500, 246, "Արժեքն առանց ԱԱՀ", 8), (640, 246, "570 380.00 դրամ", 8),
            (500, 259, "ԱԱՀ 20%", 8), (640, 259, "114 076.00 դրամ", 8),
            (530, 276, "Վճարման ենթակա", 8), (640, 276, "684 456.00 դրամ", 8)]
    result = extract_invoice(rows_pdf([(x * 0.75, y, text, size) for x, y, text, size in rows]))  # a landscape page
    assert result.value("vendor_name") == "«Գյումրու Կերամիկա» ՍՊԸ"
    assert (result.value("invoice_date"), result.value("due_date")) == ("2026-06-06", "2026-06-16")
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["570380.00", "114076.00", "684456.00"]
