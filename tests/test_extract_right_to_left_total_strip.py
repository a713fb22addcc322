"""A right-to-left page's strip of amounts' labels above the items, each label over its value and none at its left
("المجموع قبل الضريبة" over "1,462.600", "ضريبة المبيعات %16" over "116.440"): the value under the label is its own,
a rate or the money's sign after the label is more of it. Each read from a PDF built here (the words in the order
they show on the page, left to right, as `test_extract_right_to_left_labels` draws them)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import Row, _page


def _strip(tax_label: str) -> bytes:
    rows: list[Row] = [(380, 30, "العامة للتجارة النخيل شركة", 12), (400, 60, "ضريبية فاتورة", 10),
                       (380, 80, "89056161 : الضريبي الرقم", 8)]
    strip = (("األصناف عدد", "2", 480), ("الضريبة قبل المجموع", "1,462.600", 360),
             (tax_label, "116.440", 240), (") د.أ ( الضريبة شامل اإلجمالي", "1,579.040", 80))
    for label, value, x in strip:
        rows += [(x, 120, label, 8), (x + 10, 131, value, 9)]
    rows += [(480, 170, "الوصف", 8), (60, 170, "المجموع", 8), (480, 184, "ورقية مناديل", 8), (60, 184, "482.800", 8),
             (480, 198, "بسمتي أرز", 8), (60, 198, "979.800", 8)]
    return _page(rows)


def test_a_strip_of_labels_each_over_its_amount():
    result = extract_invoice(_strip("المبيعات ضريبة"))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1462.600", "116.440",
                                                                                      "1579.040")


def test_a_rate_after_the_tax_label_is_more_of_it():
    result = extract_invoice(_strip("%16 المبيعات ضريبة"))
    assert (result.value("subtotal"), result.value("tax")) == ("1462.600", "116.440")
