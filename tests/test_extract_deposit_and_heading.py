"""An amount due after a deposit with no total label above it ("Total HT" / "Acompte versé … - 300,00 €" /
"Reste à payer"): the total is the net plus the tax, below 0.9; and a buyer's heading spaced out over
two segments ("FACTURÉ" | "À") still sets the buyer's block and its tax ids aside."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _micro_entrepreneur(deposit: bool) -> bytes:
    rows = [
        (40, 40, "Julie Marchand EI", 14), (40, 60, "Illustration et graphisme", 8),
        (40, 72, "12 rue des Lilas, 44000 Nantes", 8), (40, 84, "SIRET : 732 829 320 00009", 8),
        (320, 40, "FACTURÉ", 8), (372, 40, "À", 8),
        (320, 54, "Atelier Loire SAS", 9), (320, 66, "3 quai de la Fosse, 44000 Nantes", 8),
        (320, 78, "N° TVA intracom. FR40303265045", 8),
        (40, 130, "Facture n° FA-2207", 10), (40, 144, "Date d'émission : 02/03/2026", 8),
        (40, 200, "Désignation", 8), (330, 200, "Qté", 8), (380, 200, "Prix unitaire HT", 8),
        (480, 200, "Montant HT", 8),
        (40, 214, "Création de logo", 8), (330, 214, "1", 8), (380, 214, "1 000,00", 8), (480, 214, "1 000,00", 8),
        (360, 260, "Total HT", 8), (470, 260, "1 000,00 €", 8),
        (360, 274, "TVA", 8), (470, 274, "non applicable", 8),
    ]
    if deposit:
        rows += [(360, 288, "Acompte versé le 10/02/2026", 8), (470, 288, "- 300,00 €", 8),
                 (360, 302, "Reste à payer", 8), (470, 302, "700,00 €", 8)]
    else:
        rows += [(360, 288, "Net à payer", 8), (470, 288, "1 000,00 €", 8)]
    rows += [(40, 340, "TVA non applicable, art. 293 B du CGI", 7)]
    return rows_pdf(rows)


def test_the_amount_left_after_a_deposit_is_not_the_invoices_total():
    result = extract_invoice(_micro_entrepreneur(deposit=True))
    assert result.value("total") == "1000.00" and result.confidence("total") < 0.9
    assert result.confidence("subtotal") < 0.9  # the sum that made the total confirms nothing


def test_with_no_deposit_the_amount_to_pay_is_the_total():
    assert extract_invoice(_micro_entrepreneur(deposit=False)).value("total") == "1000.00"


def test_a_buyer_heading_spaced_over_two_segments_keeps_the_buyers_vat_number_aside():
    result = extract_invoice(_micro_entrepreneur(deposit=True))
    assert result.value("vendor_tax_id") == "732 829 320 00009"
