"""Greek "πριν" (before): "Σύνολο πριν ΦΠΑ" is the total before VAT, the subtotal, read from its own row, not the
total (which would leave the subtotal to be worked out as total minus VAT). Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_total_before_vat_label_names_the_subtotal():
    assert label_matches("Σύνολο πριν ΦΠΑ")[0][0] == "subtotal"
    assert label_matches("Σύνολο")[0][0] == "total"


def test_greek_invoice_reads_the_total_before_vat_as_subtotal():
    rows = [(40, 30, "Αιγαίο Τεχνική Μ.Ι.Κ.Ε.", 12), (40, 46, "Λεωφ. Συγγρού 120, 11741 Αθήνα", 8),
            (40, 58, "ΑΦΜ: 094014201", 8),
            (40, 100, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", 14),
            (320, 100, "Αριθμός:", 8), (430, 100, "Α-1527", 8),
            (320, 114, "Ημερομηνία:", 8), (430, 114, "18/11/2025", 8),
            (40, 160, "Πελάτης", 8), (40, 172, "Harbour Works Ltd", 8),
            (40, 230, "Περιγραφή", 8), (300, 230, "Ποσότητα", 8), (380, 230, "Τιμή", 8), (480, 230, "Αξία", 8),
            (40, 244, "Συντήρηση κλιματισμού", 8), (300, 244, "2", 8), (380, 244, "250,00", 8),
            (480, 244, "500,00", 8),
            (40, 258, "Ανταλλακτικά", 8), (300, 258, "1", 8), (380, 258, "300,00", 8), (480, 258, "300,00", 8),
            (320, 290, "Σύνολο πριν ΦΠΑ:", 8), (480, 290, "800,00 €", 8),
            (320, 304, "ΦΠΑ 24%:", 8), (480, 304, "192,00 €", 8),
            (320, 318, "Σύνολο:", 8), (480, 318, "992,00 €", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert Decimal(result.value("subtotal")) == Decimal("800.00")
    assert Decimal(result.value("tax")) == Decimal("192.00")
    assert Decimal(result.value("total")) == Decimal("992.00")
    assert result.value("currency") == "EUR"
    (evidence,) = result.fields["subtotal"].evidence  # the printed amount on the "Σύνολο πριν ΦΠΑ" row
    assert evidence.text == "800,00 €"
    assert 288 <= evidence.bbox[1] <= 300
