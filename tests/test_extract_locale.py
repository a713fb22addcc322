"""Found on blind set4's dev styles (a Greek τιμολόγιο): a bare "Αριθμός:" ("Number:") under an
invoice's title numbers the document (below 0.9: nothing says whose number it is), and a page
written in another script than Latin reads an ambiguous 01/06/2026 day first."""

from __future__ import annotations

import pymupdf

from countersign.extraction.dates import page_order
from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf


def unicode_pdf(rows: list[tuple[float, float, str, float]]) -> bytes:
    """A page of text rows in a font with Greek letters (the base-14 fonts have none)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, fontname="F0")
    data = doc.tobytes()
    doc.close()
    return data


GREEK = [
    (40, 50, "ΑΝΤΩΝΙΟΥ ΓΕΩΡΓΙΟΣ", 14), (40, 66, "Λογιστικές υπηρεσίες", 9), (40, 80, "ΑΦΜ: 094014201", 9),
    (400, 50, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", 12),
    (390, 74, "Σειρά: Β      Αριθμός: 5123", 9), (390, 90, "Ημερομηνία: 01/06/2026", 9),
    (40, 130, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", 9), (40, 144, "ΚΑΦΕΝΕΙΟ ΛΙΜΑΝΙ Ο.Ε.", 9),
    (330, 400, "Σύνολο Καθαρής Αξίας", 9), (480, 400, "100,00", 9), (330, 414, "Σύνολο ΦΠΑ", 9),
    (480, 414, "24,00", 9), (330, 428, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ", 9), (480, 428, "124,00 €", 9),
]


def test_a_bare_number_label_under_the_title_numbers_the_invoice_below_0_9() -> None:
    inv = extract_invoice(unicode_pdf(GREEK))
    assert inv.value("invoice_number") == "5123"
    assert inv.confidence("invoice_number") < 0.9


def test_a_bare_number_label_below_the_title_with_its_value_under_it() -> None:
    rows = [r for r in GREEK if not r[2].startswith("Σειρά")] + [(460, 74, "Αριθμός:", 9), (460, 88, "5123", 9)]
    rows = [r if not r[2].startswith("Ημερομηνία") else (390, 110, r[2], 9) for r in rows]
    assert extract_invoice(unicode_pdf(rows)).value("invoice_number") == "5123"


def test_a_bare_number_label_without_an_invoice_title_numbers_nothing() -> None:
    rows = [(40, 50, "Acme Supplies Ltd", 14), (390, 74, "Number: 5123", 9), (390, 90, "Date: 01/06/2026", 9)]
    assert extract_invoice(page_pdf(rows)).value("invoice_number") is None


def test_a_page_in_another_script_reads_a_slash_date_day_first() -> None:
    inv = extract_invoice(unicode_pdf(GREEK))
    assert inv.value("invoice_date") == "2026-06-01"
    assert inv.confidence("invoice_date") < 0.9
    assert page_order("Date 01/06/2026") is None  # nothing on the page alone says which
