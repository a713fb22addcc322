"""Amounts grouped by spaces inside running text ("30 402,00 DH", each group a word of its own) are read whole, not
as their last group: a Moroccan fee note written as a letter whose net, VAT and total are said in sentences (402,00 +
80,40 = 482,40 holds for the last groups too, so the sums alone cannot tell). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTER = ["Nos honoraires comprennent une étude d'impact environnemental pour un montant de 30 402,00",
           "DH hors taxes, soit un total hors taxes de 30 402,00 DH, auquel s'ajoute la TVA au taux de 20",
           "%, soit 6 080,40 DH, pour un montant toutes taxes comprises de 36 482,40 DH.",
           "Le montant de 36 482,40 DH est payable au plus tard le 30 mai 2025."]


def test_space_grouped_amounts_in_sentences():
    rows = [(40, 40, "Atlas Ingénierie Conseil SARL", 14), (40, 58, "45, boulevard Zerktouni, 20040 Casablanca", 8),
            (300, 100, "Société Immobilière Al Boughaz SA", 9), (300, 112, "Avenue Mohammed VI, Tanger", 9),
            (40, 150, "Casablanca, le 1 mars 2025", 9), (40, 170, "Objet : Note d'honoraires n° NH-2025-493", 9)]
    rows += [(40, 210 + 14 * i, text, 9) for i, text in enumerate(_LETTER)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("30402.00", "6080.40", "36482.40")
    assert result.value("invoice_number") == "NH-2025-493"  # "Note d'honoraires n°": a fee note's title and number


def test_a_lone_small_amount_is_not_joined_to_a_number_before_it():
    rows = [(40, 40, "Atlas Ingénierie Conseil SARL", 14), (40, 100, "Casablanca, le 1 mars 2025", 9),
            (40, 130, "Nous facturons pour la mission 2025 un montant de 402,00 DH hors taxes, soit avec la TVA", 9),
            (40, 144, "de 80,40 DH un montant toutes taxes comprises de 482,40 DH, payable sous trente jours.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("402.00", "80.40", "482.40")


_WHOLE_FRANCS = ["Suite à notre échange du 31 mars 2026, nous avons l'honneur de vous adresser notre facture",
                 "n° 92/ACC/2026, datée du 15 avril 2026, relative aux prestations de conseil.",
                 "Le montant hors taxes s'élève à 1 805 100 FCFA, auquel s'ajoute la TVA au taux de 18 %, soit",
                 "324 918 FCFA, ce qui porte le montant total toutes taxes comprises à 2 130 018 FCFA."]


def test_whole_francs_grouped_by_spaces_with_their_money_after_them():
    rows = [(77, 34, "CABINET AHOUANDJINOU CONSEIL SARL", 12), (77, 52, "Rue 12.086, Haie Vive, Cotonou", 8),
            (329, 120, "ONG SANTÉ POUR TOUS BÉNIN", 9), (60, 204, "Cotonou, le 15 avril 2026", 9)]
    rows += [(60, 285 + 15 * i, text, 9) for i, text in enumerate(_WHOLE_FRANCS)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1805100", "324918", "2130018")
    assert result.value("currency") == "XOF"


def test_numbers_grouped_by_spaces_without_money_are_no_amount():
    lines = [text.replace(" FCFA", "") for text in _WHOLE_FRANCS]
    rows = [(77, 34, "CABINET AHOUANDJINOU CONSEIL SARL", 12), (60, 204, "Cotonou, le 15 avril 2026", 9)]
    rows += [(60, 285 + 15 * i, text, 9) for i, text in enumerate(lines)]
    assert extract_invoice(rows_pdf(rows)).value("total") is None


def test_a_number_before_an_amount_with_its_own_groups_is_not_joined_to_it():
    rows = [(40, 40, "Acme Treuhand AG", 12),
            (40, 100, "Wir stellen Ihnen für die Beratung gemäss Vertrag den Nettobetrag von 12 1'528.65 in Rechnung.",
             8)]
    assert extract_invoice(rows_pdf(rows)).value("subtotal") != "121528.65"
