"""A table with two amount columns, before and including the tax ("Qty | Rate (Nu.) | Value (Nu.) | GST | Amount incl.
GST (Nu.)"): each item's amount is the one before the tax (quantity x rate), and the totals under the table, their
amounts under the column set aside ("Total taxable value | 2,950.00"), end it and are read. Header cells with the
money's sign in brackets ("Harga (Rp)") and Indonesia's NPWP as a tax id. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.ids import tax_id_valid
from countersign.extraction.labels import line_has_label
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from countersign.extraction.table import header_role
from tests.pdf_rows import rows_pdf
from tests.test_extract_right_to_left_labels import _page

_COLUMNS = (40, 70, 220, 250, 290, 350, 400, 440, 490)
_HEAD = ("Sl.", "Description of goods", "Unit", "Qty", "Rate (Nu.)", "Value (Nu.)", "GST rate", "GST (Nu.)",
         "Amount incl. GST (Nu.)")
_ROWS = [("1", "Tea leaves (CTC), 1 kg", "pkt", "6", "413.00", "2,478.00", "5%", "123.90", "2,601.90"),
         ("2", "Mustard oil, 15 L tin", "tin", "1", "472.00", "472.00", "Exempt", "0.00", "472.00")]


def test_the_items_amount_is_before_the_tax_and_the_totals_end_the_table():
    rows = [(40, 30, "Druk Provisions Pvt Ltd", 13), (40, 48, "Norzin Lam, Thimphu", 8),
            (40, 90, "TAX INVOICE", 14), (320, 90, "Invoice No.", 8), (430, 90, "DP-2026-118", 8),
            (320, 104, "Date", 8), (430, 104, "05/04/2026", 8), (40, 130, "Bill to: Royal Thimphu College", 8)]
    rows += [(x, 170, text, 7) for x, text in zip(_COLUMNS, _HEAD, strict=True)]
    for i, row in enumerate(_ROWS):
        rows += [(x, 186 + 16 * i, text, 7) for x, text in zip(_COLUMNS, row, strict=True)]
    rows += [(250, 240, "Total taxable value", 8), (480, 240, "2,950.00", 8), (250, 254, "GST @ 5%", 8),
             (480, 254, "123.90", 8), (250, 268, "Invoice Total (Nu.)", 8), (480, 268, "3,073.90", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(6), Decimal("413.00"), Decimal("2478.00")), (Decimal(1), Decimal("472.00"), Decimal("472.00"))]
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("2950.00", "123.90", "3073.90")


@pytest.mark.parametrize(("cell", "role"), [("Harga (Rp)", "unit_price"), ("Jumlah (Rp)", "amount"),
                                            ("Amount (₹)", "amount"), ("Value (Tk)", "amount"),
                                            ("Uraian barang/jasa", "description")])
def test_a_header_cell_with_its_moneys_sign_in_brackets(cell, role):
    assert header_role(cell) == role


def test_indonesias_npwp_is_a_tax_id_checked_by_its_digits():
    assert tax_id_valid("01.201.618.2-367.2817")  # 16 digits, as since 2024
    assert not tax_id_valid("01.201.618.3-367.2817")  # its check digit is the ninth


def test_a_bilingual_totals_label_with_its_value_after_its_translation_is_a_label():
    """"Total taxable amount / المبلغ الخاضع للضريبة | 1,205.200": the translation after the slash (its first word
    read as more of the label: "للضريبة", for the tax) stands between the label and its value, which ends a table."""
    data = _page([(40, 40, "Total taxable amount / للضريبة الخاضع المبلغ", 8), (300, 40, "1,205.200", 8),
                  (40, 60, "Total taxable amount / للضريبة الخاضع المبلغ", 8)])
    first, alone = read_pdf(data, 5)[0][0].lines
    assert line_has_label(first)
    assert not line_has_label(alone)  # (a label read by its meaning, with no value: not surely one)
