"""A Lebanese architect's invoice written as a letter: every amount in US dollars ("USD 5,700.00", "18,650.00 USD"),
and the VAT also stated in Lebanese pounds, as the law asks ("89 500 LBP pour 1 USD : 183 609 250 LBP"). No label
names the money; the code printed three times as often as any other is the invoice's, not the country's own. Read
from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTER = [
    "Veuillez trouver ci-dessous notre facture n° HK-211 du 4 mars 2026 relative à la rénovation de votre",
    "appartement à Jbeil, conformément au contrat signé le 12 janvier 2026.",
]
_ROWS = [("Relevé et diagnostic", "USD 1,800.00"), ("Plans d'exécution", "USD 3,400.00"),
         ("Suivi de chantier", "USD 2,300.00")]
_AFTER = [
    "Le montant hors taxes s'élève à 7,500.00 USD, auquel s'ajoute la TVA au taux de 11 %, soit 825.00 USD ;",
    "le montant total de la facture est donc de 8,325.00 USD toutes taxes comprises.",
    "Conformément à la réglementation, la TVA est également exprimée en livres libanaises au taux de",
    "89 500 LBP pour 1 USD : 73 837 500 LBP.",
]


def test_the_code_printed_most_is_the_invoices_money():
    rows = [(57, 53, "Atelier Hanna Karam", 13), (57, 75, "Rue du Port, Jbeil, Liban · Tél. +961 9 540 221", 8),
            (326, 150, "M. Georges Haddad", 9), (420, 200, "Jbeil, le 4 mars 2026", 9),
            (57, 230, "Objet : facture n° HK-211", 9), (57, 255, "Madame, Monsieur,", 9)]
    rows += [(57, 280 + 15 * i, text, 9) for i, text in enumerate(_LETTER)]
    for i, (what, amount) in enumerate(_ROWS):
        rows += [(62, 320 + 20 * i, what, 9), (400, 320 + 20 * i, amount, 9)]
    rows += [(57, 390 + 15 * i, text, 9) for i, text in enumerate(_AFTER)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("currency") == "USD"
    assert result.value("total") == "8325.00"
