"""A table right of a sidebar whose lines stand level with the table's header and rows ("Account: 3829901061586819 |
# | Description | Unit | Qty | Unit price | Taxable amount | VAT 5% | Total incl. VAT", then "IBAN: | 1 | Coverall
..."): the sidebar's text is no header cell and no row's, and a column named with what it includes ("Total incl.
VAT") or as the net ("Taxable amount") is an amount's. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from countersign.extraction.table import header_role
from tests.pdf_rows import rows_pdf

_HEAD = [(184, "#"), (198, "Description"), (330, "Unit"), (360, "Qty"), (385, "Unit price"), (429, "Taxable amount"),
         (490, "VAT 5%"), (525, "Total incl. VAT")]
_ROWS = [("1", "Coverall, flame retardant", "pc", "61", "16.200", "988.200", "49.410", "1,037.610"),
         ("2", "Safety helmet, EN397", "pc", "18", "3.400", "61.200", "3.060", "64.260"),
         ("3", "Forklift hire, day", "day", "6", "58.600", "351.600", "17.580", "369.180")]
_SIDEBAR = ["Account: 3829901061586819", "IBAN:", "OM356563829901061586819", "SWIFT: BMUSOMRX"]


def test_the_items_right_of_a_sidebar_level_with_the_header():
    rows = [(17, 20, "AMOUNT DUE", 8), (17, 34, "OMR 1,471.050", 12), (181, 20, "Sohar Marine Services SAOC", 12),
            (181, 40, "TAX INVOICE", 12), (181, 60, "Invoice No.: SPMS/3807", 8),
            (181, 72, "Invoice Date: 18-May-2026", 8)]
    rows += [(x, 138, text, 7) for x, text in _HEAD]
    for i, text in enumerate(_SIDEBAR):
        rows.append((17, 138 + 15 * i, text, 7))
    for i, row in enumerate(_ROWS):
        rows += [(x, 153 + 15 * i, text, 7) for (x, _), text in zip(_HEAD, row, strict=True)]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.description, i.quantity, i.amount) for i in result.line_items] == [
        ("Coverall, flame retardant", Decimal(61), Decimal("988.200")),
        ("Safety helmet, EN397", Decimal(18), Decimal("61.200")),
        ("Forklift hire, day", Decimal(6), Decimal("351.600"))]


def test_what_an_amount_column_includes_is_no_word_of_its_header():
    assert [header_role(h) for h in ("Total incl. VAT", "Taxable amount", "Amount excl. GST", "VAT 5%")] == [
        "amount", "amount", "amount", None]


_CZ_HEAD = [(178, "Označení dodávky"), (302, "Množství"), (342, "MJ"), (365, "Cena za MJ"), (413, "DPH %"),
            (443, "Bez DPH"), (487, "DPH"), (526, "Celkem")]
_CZ_ROWS = [("Alobal 30 cm x 100 m", "19", "ks", "266,00", "21", "5 054,00", "1 061,34", "6 115,34"),
            ("Mouka hladká 25 kg", "9", "pytel", "426,70", "12", "3 840,30", "460,84", "4 301,14"),
            ("Minerální voda 1,5 l", "20", "bal", "76,40", "12", "1 528,00", "183,36", "1 711,36"),
            ("Olej slunečnicový 10 l", "13", "ks", "444,90", "12", "5 783,70", "694,04", "6 477,74")]
_CZ_SIDEBAR = ["BANKOVNÍ SPOJENÍ", "Česká spořitelna, a.s.", "IBAN CZ79 0300 0000 0005 9814 6935", "K ÚHRADĚ",
               "19 605,58 Kč"]


def test_a_sidebar_heading_level_with_the_header_names_no_column():
    """"BANKOVNÍ SPOJENÍ | Označení dodávky | Množství | ...": the sidebar's heading is no description's, and its lines
    between the rows ("K ÚHRADĚ", the amount to pay) end no table."""
    rows = [(14, 20, "Slezská gastro s.r.o.", 12), (176, 24, "FAKTURA – DAŇOVÝ DOKLAD č. 202660551", 11)]
    rows += [(x, 120, text, 7) for x, text in _CZ_HEAD]
    for i, text in enumerate(_CZ_SIDEBAR):
        rows.append((14, 120 + 14 * i, text, 7))
    for i, row in enumerate(_CZ_ROWS):
        rows += [(x, 134 + 14 * i, text, 7) for (x, _), text in zip(_CZ_HEAD, row, strict=True)]
    result = extract_invoice(rows_pdf(rows))
    assert [i.description for i in result.line_items] == [row[0] for row in _CZ_ROWS]


def test_tajik_and_czech_headers_name_their_columns():
    assert [header_role(h) for h in ("Номгӯи мол (кор, хизмат)", "Миқдор", "Нарх", "Арзиш бе ААИ", "ААИ 14%",
                                     "Označení dodávky")] == [
        "description", "quantity", "unit_price", "amount", None, "description"]


_AU_HEAD = [(230, "Description"), (390, "Qty"), (420, "Unit"), (450, "Price"), (500, "Amount")]
_AU_ROWS = [("Apples Pink Lady 18kg carton *", "22", "ctn", "54.44", "1,197.68"),
            ("Delivery - Huon Valley", "1", "run", "65.06", "65.06"),
            ("Chocolate blocks 200g (20)", "9", "ctn", "85.32", "767.88")]
_AU_TOTALS = [("Subtotal (ex GST)", "2,030.62"), ("GST-free items", "1,197.68"), ("GST 10%", "83.29"),
              ("Total inc GST", "$2,113.91")]


def test_a_totals_column_at_the_left_level_with_the_header_and_the_rows():
    """"Subtotal (ex GST) | 2,030.62 | Description | Qty | Unit | Price | Amount", then "GST-free items | 1,197.68 |
    Apples ...": the totals' column is a sidebar, its rows no item's and none ending the table, and "Total inc GST"
    is the total."""
    rows = [(42, 40, "Cambridge Catering Supplies", 13), (400, 40, "TAX INVOICE", 13),
            (51, 100, "Invoice no.", 8), (120, 100, "CCS-26-606", 8), (51, 114, "Date", 8), (120, 114, "06/08/2026", 8)]
    rows += [(x, 174, text, 7) for x, text in _AU_HEAD]
    for i, (label, value) in enumerate(_AU_TOTALS):
        rows += [(51, 174 + 15 * i, label, 7), (150, 174 + 15 * i, value, 7)]
    for i, row in enumerate(_AU_ROWS):
        rows += [(x, 189 + 15 * i, text, 7) for (x, _), text in zip(_AU_HEAD, row, strict=True)]
    result = extract_invoice(rows_pdf(rows))
    assert [(i.quantity, i.amount) for i in result.line_items] == [
        (Decimal(22), Decimal("1197.68")), (Decimal(1), Decimal("65.06")), (Decimal(9), Decimal("767.88"))]
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("2030.62", "83.29", "2113.91")


def test_total_inc_gst_is_the_totals_label_when_no_sum_tells():
    """All the items GST-free: the subtotal is the total, so only the label "Total inc GST" says which is which."""
    rows = [(42, 40, "Cambridge Catering Supplies", 13), (400, 40, "TAX INVOICE", 13),
            (51, 100, "Invoice no.", 8), (120, 100, "CCS-26-607", 8)]
    rows += [(x, 174, text, 7) for x, text in _AU_HEAD]
    rows += [(x, 189, text, 7) for (x, _), text in zip(_AU_HEAD, _AU_ROWS[0], strict=True)]
    rows += [(51, 230, "Subtotal (ex GST)", 7), (150, 230, "1,197.68", 7), (51, 245, "GST 10%", 7),
             (150, 245, "0.00", 7), (51, 260, "Total inc GST", 7), (150, 260, "$1,197.68", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "1197.68"
    assert result.fields["total"].confidence >= 0.9
