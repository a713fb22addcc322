"""Greek Cyprus registration labels: "Αρ. Εγγραφής ΦΠΑ" (VAT registration number) labels the vendor's tax id
("10734802O", a valid Cypriot VAT number), while "Αρ. Εγγραφής Εταιρείας ΗΕ 206242" (the company's registration
number) on the same line is not taken as the tax id. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from stdnum.cy import vat

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_vat_registration_label_names_the_tax_id():
    assert label_matches("Αρ. Εγγραφής ΦΠΑ:")[0][0] == "vendor_tax_id"
    assert not any(field == "vendor_tax_id" for field, _, _ in label_matches("Αρ. Εγγραφής Εταιρείας ΗΕ 206242"))


def test_cyprus_vat_number_not_the_company_number():
    assert vat.is_valid("10734802O")
    rows = [(40, 30, "Λεμεσός Εμπορική Λτδ", 12), (40, 46, "Οδός Αγίου Ανδρέα 45, 3036 Λεμεσός", 8),
            (40, 58, "Αρ. Εγγραφής Εταιρείας ΗΕ 206242", 8), (260, 58, "Αρ. Εγγραφής ΦΠΑ: 10734802O", 8),
            (40, 110, "ΤΙΜΟΛΟΓΙΟ", 14),
            (320, 110, "Αρ. Τιμολογίου:", 8), (430, 110, "INV-2026-0153", 8),
            (320, 124, "Ημερομηνία:", 8), (430, 124, "15/04/2026", 8),
            (40, 200, "Πελάτης", 8), (40, 212, "Harbour Works Ltd", 8),
            (40, 260, "Περιγραφή", 8), (480, 260, "Αξία €", 8),
            (40, 274, "Υπηρεσίες συντήρησης", 8), (480, 274, "500,00", 8),
            (40, 288, "Ανταλλακτικά", 8), (480, 288, "300,00", 8),
            (320, 318, "Καθαρή Αξία", 8), (480, 318, "800,00", 8),
            (320, 332, "ΦΠΑ 19%", 8), (480, 332, "152,00", 8),
            (320, 346, "Σύνολο", 8), (480, 346, "952,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "10734802O"
    assert result.value("vendor_tax_id") != "206242"
    assert Decimal(result.value("total")) == Decimal("952.00")
