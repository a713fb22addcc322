"""An amount's label that goes on, on its segment, with what the amount is of ("Montant HT de la situation n° 5 |
19 912,48 €", "Montant TTC de la situation | 23 894,98 €"): the amount right of it is the label's. A one-word total so
qualified is a section's sum ("Total des travaux exécutés cumulés HT", "Total of disbursements"), not the invoice's."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

HEAD = [(43, 50, "Bâtiment Rénovation Lyonnaise SARL", 16), (43, 70, "12 rue Garibaldi, 69003 Lyon", 9),
        (330, 110, "FACTURE", 14), (330, 130, "Facture n° FA-2025-0712", 9), (330, 144, "Date 19/07/2025", 9),
        (43, 110, "Client", 8), (43, 124, "SCI Les Terrasses du Parc", 10), (43, 138, "8 quai Perrache, 69002 Lyon", 9)]

SITUATION = HEAD + [
    (43, 220, "Gros oeuvre", 9), (480, 220, "94 821,34 €", 9),
    (189, 380, "Total des travaux exécutés cumulés HT", 9), (480, 380, "94 821,34 €", 9),
    (189, 394, "À déduire : situations précédentes", 9), (480, 394, "-74 908,86 €", 9),
    (189, 408, "Montant HT de la situation n° 5", 9), (480, 408, "19 912,48 €", 9),
    (189, 422, "TVA 20 %", 9), (480, 422, "3 982,50 €", 9),
    (189, 436, "Montant TTC de la situation", 9), (480, 436, "23 894,98 €", 9),
    (189, 450, "Retenue de garantie 5 %", 9), (480, 450, "-1 194,75 €", 9),
    (189, 464, "Net à payer", 9), (480, 464, "22 700,23 €", 9)]


def test_a_net_and_a_total_qualified_by_what_they_are_of():
    result = extract_invoice(page_pdf(SITUATION))
    assert result.value("subtotal") == "19912.48"
    assert result.value("tax") == "3982.50"
    assert result.value("total") == "23894.98"


SECTIONS = HEAD[:5] + [
    (43, 110, "Bill to", 8), (43, 124, "Harbour Holdings Ltd", 10), (43, 138, "Road Town, Tortola", 9),
    (43, 220, "Registered agent fee", 9), (480, 220, "1,350.00", 9),
    (43, 234, "Total of services", 9), (480, 234, "1,350.00", 9),
    (43, 260, "Government filing fee", 9), (480, 260, "1,510.00", 9),
    (43, 274, "Total of disbursements", 9), (480, 274, "1,510.00", 9),
    (330, 320, "TOTAL DUE (US$)", 10), (480, 320, "2,860.00", 10)]


def test_a_one_word_total_qualified_is_a_sections_sum():
    result = extract_invoice(page_pdf(SECTIONS))
    assert result.value("total") == "2860.00"
