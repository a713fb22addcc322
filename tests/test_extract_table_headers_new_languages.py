"""Table header cells read by meaning in more languages: Greek, Russian, Czech, Turkish, Finnish and Japanese
("Περιγραφή | Ποσότητα | Τιμή | Αξία", "Наименование | Кол-во | Цена | Сумма", "Popis | Množství | Cena | Celkem",
"Açıklama | Miktar | Birim Fiyat | Tutar", "Kuvaus | Määrä | à-hinta | Yhteensä", "品名 | 数量 | 単価 | 金額"); and a
Greek invoice's table headed "Περιγραφή | Μονάδα | Ποσότητα | Τιμή € | ΦΠΑ | Αξία €" read as line items, a discount
row with only a negative amount among them. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.headers import concept_role
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("cell", "role"), [
    ("Περιγραφή", "description"), ("Ποσότητα", "quantity"), ("Τιμή", "unit_price"), ("Τιμή €", "unit_price"),
    ("Αξία", "amount"), ("Αξία €", "amount"), ("Μονάδα", None), ("ΦΠΑ", None),
    ("Наименование", "description"), ("Кол-во", "quantity"), ("Цена", "unit_price"), ("Сумма", "amount"),
    ("Popis", "description"), ("Množství", "quantity"), ("Cena", "unit_price"), ("Celkem", "amount"),
    ("Açıklama", "description"), ("Miktar", "quantity"), ("Birim Fiyat", "unit_price"), ("Tutar", "amount"),
    ("Kuvaus", "description"), ("Määrä", "quantity"), ("à-hinta", "unit_price"), ("Hinta", "unit_price"),
    ("Yhteensä", "amount"),
    ("品名", "description"), ("数量", "quantity"), ("単価", "unit_price"), ("金額", "amount")])
def test_header_cells_in_new_languages(cell, role):
    assert concept_role(cell) == role


def test_greek_table_rows_are_line_items():
    cols = (40, 220, 280, 350, 420, 490)  # Περιγραφή | Μονάδα | Ποσότητα | Τιμή € | ΦΠΑ | Αξία €
    rows = [(40, 30, "Κυπριακά Γραφικά Λτδ", 12), (40, 46, "Λεωφ. Μακαρίου 12, 1065 Λευκωσία", 8),
            (40, 58, "Αρ. Εγγραφής ΦΠΑ: 10734802O", 8),
            (40, 110, "ΤΙΜΟΛΟΓΙΟ", 14),
            (320, 110, "Αρ. Τιμολογίου:", 8), (430, 110, "ΤΠ-000418", 8),
            (320, 124, "Ημερομηνία:", 8), (430, 124, "03/02/2026", 8),
            (40, 200, "Πελάτης", 8), (40, 212, "Harbour Works Ltd", 8)]
    head = ("Περιγραφή", "Μονάδα", "Ποσότητα", "Τιμή €", "ΦΠΑ", "Αξία €")
    rows += [(x, 260, text, 8) for x, text in zip(cols, head, strict=True)]
    body = [("Χαρτί A4 80g", "κιβ.", "10", "25,00", "19%", "250,00"),
            ("Μελάνι εκτυπωτή", "τεμ.", "4", "37,50", "19%", "150,00"),
            ("Φάκελοι C5", "πακ.", "20", "5,00", "19%", "100,00")]
    for i, cells in enumerate(body):
        rows += [(x, 276 + 14 * i, text, 8) for x, text in zip(cols, cells, strict=True)]
    rows += [(40, 318, "Έκπτωση", 8), (490, 318, "-50,00", 8)]
    rows += [(320, 350, "Καθαρή Αξία", 8), (490, 350, "450,00", 8),
             (320, 364, "ΦΠΑ 19%", 8), (490, 364, "85,50", 8),
             (320, 378, "Σύνολο", 8), (490, 378, "535,50", 8)]
    result = extract_invoice(rows_pdf(rows))
    priced = [(i.quantity, i.unit_price, i.amount) for i in result.line_items if i.quantity is not None]
    assert priced == [(Decimal(10), Decimal("25.00"), Decimal("250.00")),
                      (Decimal(4), Decimal("37.50"), Decimal("150.00")),
                      (Decimal(20), Decimal("5.00"), Decimal("100.00"))]
    assert [i.amount for i in result.line_items if i.quantity is None] == [Decimal("-50.00")]  # the discount row
    assert sum(i.amount for i in result.line_items) == Decimal(result.value("subtotal")) == Decimal("450.00")
    assert Decimal(result.value("total")) == Decimal("535.50")


@pytest.mark.parametrize(("cell", "role"), [
    ("Denumirea produselor / serviciilor", "description"), ("Denumirea produselor sau a serviciilor", "description"),
    ("Preț unitar (fără TVA)", "unit_price"), ("Prix unitaire sans TVA", "unit_price"), ("Valoarea", "amount")])
def test_romanian_header_cells_and_what_a_price_is_without(cell, role):
    """A Romanian invoice's legal header names the goods "of the products / services" and the unit price "without
    VAT" ("fără TVA"): no word of a column's, like "excl. VAT"."""
    assert concept_role(cell) == role
