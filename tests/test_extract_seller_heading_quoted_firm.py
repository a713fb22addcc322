"""A seller heading with the firm's name right of it. Armenian's colon ends the heading as a colon does
("Մատակարար՝ | «Արարատ Ֆուդ» ՍՊԸ"); a heading beside another column's text with its value right of it is a
salesperson's label ("Vendedor: | L. Vargas") unless the value is a name in quotes, a firm's ("Продавец: | ООО
«Уральский Металлопрокат»" beside a Russian УПД's title column). Read from PDFs built here."""

from __future__ import annotations

from countersign.extraction.parties import QUOTED_NAME, SELLER
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

TOTALS = [(330, 400, "Subtotal", 9), (480, 400, "1 000,00", 9), (330, 414, "VAT 20%", 9), (480, 414, "200,00", 9),
          (330, 428, "Total", 9), (480, 428, "1 200,00", 9)]


def test_an_armenian_seller_heading_and_its_firm():
    rows = [(200, 40, "«Արարատ Ֆուդ» ՍՊԸ · ք. Երևան, Արշակունյաց պող. 34", 8),
            (184, 60, "ՀԱՇԻՎ ՎՃԱՐՄԱՆ № 000862", 17), (268, 82, "26.06.2026 թ.", 10),
            (43, 104, "Մատակարար՝", 10), (155, 104, "«Արարատ Ֆուդ» ՍՊԸ", 10),
            (155, 116, "Հասցե՝ ք. Երևան, Արշակունյաց պող. 34", 10),
            (43, 170, "Գնորդ՝", 10), (155, 170, "«Երևան Սիթի» ՍՊԸ", 10),
            (155, 182, "Հասցե՝ ք. Երևան, Տիգրան Մեծի պող. 67", 10)] + TOTALS
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "«Արարատ Ֆուդ» ՍՊԸ"


def test_a_seller_label_beside_a_title_column_with_a_quoted_firm():
    rows = [(150, 24, "Счёт-фактура № 2334", 11), (280, 24, "от 23 ноября 2025 г.", 11), (560, 24, "(1)", 7),
            (30, 27, "Универсальный", 10), (30, 38, "передаточный", 10),
            (150, 38, "Исправление № --", 9), (560, 38, "(1а)", 7),
            (30, 50, "документ", 10), (150, 50, "Продавец:", 8), (260, 50, "ООО «Уральский Металлопрокат»", 8),
            (560, 50, "(2)", 7),
            (150, 62, "Адрес:", 8), (260, 62, "620102, г. Екатеринбург, ул. Посадская, д. 23", 8), (560, 62, "(2а)", 7),
            (150, 134, "Покупатель:", 8), (260, 134, "ООО «ЗаводМаш»", 8), (560, 134, "(6)", 7)] + TOTALS
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "ООО «Уральский Металлопрокат»"


def test_the_heading_and_the_quoted_name():
    assert SELLER.fullmatch("Մատակարար՝")
    assert QUOTED_NAME.search("ООО «Уральский Металлопрокат»")
    assert QUOTED_NAME.search("„Alpenblick“ GmbH")
    assert not QUOTED_NAME.search("L. Vargas")
