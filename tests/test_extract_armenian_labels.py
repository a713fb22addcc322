"""Armenian label words as its invoices print them: "ՀՎՀՀ՝" the taxpayer's number, "Ընդամենը առանց ԱԱՀ" the sum
without VAT (the net), "ԱԱՀ 20%" the VAT, "Ընդամենը" the sum. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_an_armenian_invoices_tax_id_and_totals():
    rows = [(43, 40, "«Արարատ Ֆուդ» ՍՊԸ", 16), (43, 62, "ք. Երևան, Արշակունյաց պող. 34", 9),
            (43, 74, "ՀՎՀՀ՝ 06877063", 9), (330, 40, "ՀԱՇԻՎ", 16),
            (43, 260, "Ապրանք", 9), (480, 260, "344,880", 9),
            (300, 400, "Ընդամենը առանց ԱԱՀ", 9), (480, 400, "344,880", 9),
            (300, 414, "ԱԱՀ 20%", 9), (480, 414, "68,976", 9),
            (300, 428, "Ընդամենը", 9), (480, 428, "413,856", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "06877063"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("344880", "68976",
                                                                                      "413856")


def test_the_armenian_net_is_the_sum_without_vat():
    assert [name for name, _, _ in label_matches("Ընդամենը առանց ԱԱՀ")][0] == "subtotal"
    assert [name for name, _, _ in label_matches("Ընդամենը")][0] == "total"
