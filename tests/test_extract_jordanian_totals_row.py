"""A Jordanian tax invoice read right to left: each total's row holds its label at the right and, across the whole
table, its amount at the far left with the dinar's sign spaced ("1,156.400 أ . د"); and on a page of a country whose
money has three decimals a lone dot is a decimal point ("250.550" is 250.55 dinars, not 250,550). Built here, the
right-to-left words drawn as a browser shows them (the helper of test_extract_right_to_left_labels)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import _page


def _irbid(net: str, tax: str, total: str, rows: list[tuple[str, str]]) -> bytes:
    lines = [(220, 35, "المكتبية واللوازم للقرطاسية اليرموك مؤسسة", 12),
             (400, 61, "78100 رقم تجاري سجل · 02 7289146 : هاتف", 8), (450, 70, "40435216 : الضريبي الرقم", 8),
             (240, 127, "ضريبية فاتورة", 14), (420, 156, "2433 : الفاتورة رقم", 8),
             (420, 167, "22/03/2026 : الفاتورة تاريخ", 8),
             (63, 221, "المجموع", 8), (300, 221, "الكمية", 8), (480, 221, "البيان", 8)]
    for k, (amount, text) in enumerate(rows):
        lines += [(43, 237 + 16 * k, amount, 8), (300, 237 + 16 * k, "1", 8), (480, 237 + 16 * k, text, 8)]
    y = 237 + 16 * len(rows) + 6
    lines += [(40, y, f"{net} أ . د", 8), (400, y, "الضريبة قبل المجموع", 8),
              (40, y + 15, f"{tax} أ . د", 8), (400, y + 15, "%16 العامة المبيعات ضريبة", 8),
              (40, y + 30, f"{total} أ . د", 8), (400, y + 30, "الضريبة شامل الكلي المجموع", 8),
              (260, y + 60, "JO80 ARAB 0590 4610 6688 6359 0466 33 – اإلسكان بنك : البنكي الحساب", 8)]
    return _page(lines)


def test_the_totals_rows_across_the_table_are_read():
    result = extract_invoice(_irbid("1,156.400", "185.020", "1,341.420",
                                     [("350.600", "ملونة بالستيكية ملفات"), ("805.800", "أصلي HP 85A طابعة حبر")]))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["1156.400", "185.020", "1341.420"]


def test_three_decimals_after_a_lone_dot_on_a_page_in_dinars():
    result = extract_invoice(_irbid("250.550", "40.090", "290.640",
                                     [("150.300", "ملونة بالستيكية ملفات"), ("100.250", "أصلي HP 85A طابعة حبر")]))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["250.550", "40.090", "290.640"]
