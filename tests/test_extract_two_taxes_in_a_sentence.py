"""A Quebec invoice written as a letter: the net, the TPS and the TVQ and the total said in two sentences, the two
taxes on the same lines as the net and the total ("... est de 8 237,34 $. S'y ajoutent la TPS de 5 % (411,87 $)" /
"et la TVQ de 9,975 % (821,67 $), soit un montant total de 9 470,88 $"): the tax is the two taxes' sum. Read from a
PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTER = [
    "Pour faire suite au mandat que vous nous avez confié, nous vous transmettons notre facture",
    "n° 26409 pour les services rendus. Pour plans et devis pour permis (1 forfait à 8 237,34 $),",
    "le montant s'élève à 8 237,34 $.",
    "Le total des honoraires avant taxes est de 8 237,34 $. S'y ajoutent la TPS de 5 % (411,87 $)",
    "et la TVQ de 9,975 % (821,67 $), soit un montant total de 9 470,88 $, taxes incluses.",
    "Nous avons bien reçu votre acompte de 1 894,18 $ le 26 juin 2026; il reste donc un solde de",
    "7 576,70 $ à payer.",
]


def test_two_taxes_said_beside_the_net_and_the_total_sum_to_the_tax():
    rows = [(62, 51, "Atelier d'architecture Lac-des-Nations", 13),
            (62, 69, "150, rue Wellington Nord, Sherbrooke (Québec) J1H 5C5", 8),
            (357, 102, "Sherbrooke, le 12 septembre 2026", 9), (62, 121, "Monsieur Luc Lapointe", 9),
            (62, 166, "Objet : facture n° 26409", 9), (62, 185, "Monsieur,", 9)]
    rows += [(62, 204 + 15 * i, text, 9) for i, text in enumerate(_LETTER)]
    result = extract_invoice(rows_pdf(rows))
    assert [result.value(k) for k in ("subtotal", "tax", "total")] == ["8237.34", "1233.54", "9470.88"]
    assert result.confidence("total") < 0.9  # said in a sentence, with no label
