"""A Cypriot credit note's facts in a narrow box: "Αρ.: ΠΣ-280 · Ημερομηνία: 7" with the date's month and year
wrapped under the box's first word ("Φεβρουαρίου 2025"), the invoice it credits after "Αφορά" (concerns), and the
title "ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ" (credit note). Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _note(date_rows: list[tuple[float, float, str, int]]) -> bytes:
    return rows_pdf([(40, 34, "ΜΑΚΕΝΖΥ ΧΟΡΕΚΑ ΠΡΟΜΗΘΕΙΕΣ ΛΤΔ", 12), (380, 34, "ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ", 14),
                     (40, 51, "Πιαλέ Πασά 21, 6028 Λάρνακα · Τηλ. 24 731149", 8),
                     (40, 56, "Αρ. Μητρώου ΦΠΑ: CY16650245R", 8), *date_rows,
                     (380, 79, "Ποσό πίστωσης: € -994,01", 8),
                     (40, 108, "Πελάτης", 8), (300, 108, "Αφορά τιμολόγιο: 2832/2025 της 30 Δεκεμβρίου 2024", 8),
                     (40, 118, "ΞΕΝΟΔΟΧΕΙΟ ΜΕΝΕΟΥ ΜΠΙΤΣ", 8),
                     (330, 300, "Γενικό σύνολο", 9), (480, 300, "€ -994,01", 9)])


def test_a_date_wrapped_under_its_box_and_the_credited_invoice_is_not_the_number():
    result = extract_invoice(_note([(380, 56, "Αρ.: ΠΣ-280 · Ημερομηνία: 7", 8), (380, 66, "Φεβρουαρίου 2025", 8)]))
    assert result.value("invoice_date") == "2025-02-07"
    assert result.value("invoice_number") == "ΠΣ-280"
    assert result.value("document_type") == "credit_note"


def test_a_date_alone_under_its_label_ending_the_box():
    result = extract_invoice(_note([(380, 56, "Αρ.: ΠΣ-280 · Ημερομηνία:", 8), (380, 66, "07/02/2025", 8)]))
    assert result.value("invoice_date") == "2025-02-07"
