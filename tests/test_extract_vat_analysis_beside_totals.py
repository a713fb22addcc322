"""A Cypriot invoice whose VAT analysis stands beside its totals: the rate rows' first amount is their net
("ΦΠΑ 19% | 1.462,05 | 277,79"), so the tax is the printed tax for which net + tax == total ("Σύνολο ΦΠΑ | 302,02"),
and "Γενικό σύνολο" (the grand total) is the total's label. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_tax_that_makes_the_sum_hold_over_a_rate_rows_net():
    rows = [(40, 34, "ΦΟΙΝΙΚΟΥΔΕΣ ΞΕΝΟΔΟΧΕΙΑΚΑ ΕΙΔΗ ΛΤΔ", 12), (420, 34, "ΤΙΜΟΛΟΓΙΟ", 14),
            (40, 55, "Αρ. Μητρώου ΦΠΑ: CY15962334Z", 8), (380, 55, "Αρ.: ΤΙΜ-81025", 8),
            (42, 168, "Περιγραφή", 8), (480, 168, "Αξία χωρίς ΦΠΑ", 8),
            (42, 183, "Καφές espresso 1 kg", 8), (480, 183, "484,65", 8),
            (42, 198, "Απορρυπαντικό πλυντηρίου 20 L", 8), (480, 198, "1.462,05", 8),
            (45, 280, "Ανάλυση ΦΠΑ", 8), (130, 280, "Καθαρή αξία", 8), (200, 280, "ΦΠΑ", 8),
            (330, 280, "Σύνολο καθαρής αξίας", 8), (480, 280, "1.946,70", 8),
            (45, 292, "ΦΠΑ 5%", 8), (130, 292, "484,65", 8), (200, 292, "24,23", 8),
            (330, 292, "Σύνολο ΦΠΑ", 8), (480, 292, "302,02", 8),
            (45, 304, "ΦΠΑ 19%", 8), (130, 304, "1.462,05", 8), (200, 304, "277,79", 8),
            (330, 304, "Γενικό σύνολο", 8), (480, 304, "€ 2.248,72", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["1946.70", "302.02", "2248.72"]
    assert result.confidence("tax") >= 0.9  # the sum holds
