"""An Armenian invoice whose title, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ" (invoice and waybill), stands alone with its number under it
("№ 57778522"), read as the title's number; and its buyer's order, "Պատվեր №" (order no.), read as the PO. Each read
from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page(number: str) -> bytes:
    return rows_pdf([(38, 30, "«Արարատ Շինանյութ» ՍՊԸ", 12), (410, 30, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ", 12),
                     (498, 46, f"№ {number}", 9), (38, 50, "Արշակունյաց պող. 34, Երևան 0023", 7),
                     (38, 58, "ՀՎՀՀ 48428074", 7), (38, 76, "Գնորդ", 8), (300, 76, "Դուրսգրման ամսաթիվ", 7),
                     (415, 76, "27.03.2026", 7), (38, 84, "«Նոր Նորք Դեվելոփմենթ» ՍՊԸ", 8),
                     (300, 94, "Պատվեր №", 7), (415, 94, "Պ-787", 7),
                     (60, 130, "Սալիկ կերամիկական 60x60", 8), (500, 130, "360 360", 8),
                     (280, 160, "Ընդամենը առանց ԱԱՀ", 8), (490, 160, "300 300 դր.", 8),
                     (280, 174, "ԱԱՀ 20%", 8), (490, 174, "60 060 դր.", 8),
                     (280, 188, "Ընդամենը վճարման ենթակա", 8), (490, 188, "360 360 դր.", 8)])


def test_the_number_under_an_armenian_title():
    for number in ("57778522", "ԱՇ-9792", "2026/542"):
        assert extract_invoice(_page(number)).value("invoice_number") == number


def test_the_armenian_order_label():
    assert extract_invoice(_page("57778522")).value("po_number") == "Պ-787"
