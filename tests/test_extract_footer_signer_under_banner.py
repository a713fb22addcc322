"""A page headed by a decorative banner ("✦ SANTOUN DE PROUVÈNÇO ✦", no company) that names its issuer only in the
footer, with the issuer's address and ids: with the buyer's block found, the footer's name is the vendor (below
0.9: the banner disagrees). The share capital opening the footer's last line ("Capital 10 000 € · RCS ...") is a
registration statement, no name."""

from __future__ import annotations

from countersign.extraction.labels import REGISTRATION
from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

ROWS = [(150, 50, "SANTOUN DE PROUVENCO", 18), (150, 68, "Fabriqués à la main en Provence depuis 1973", 8),
        (43, 110, "Destinataire", 8), (43, 124, "Musée du Terroir Marseillais", 10),
        (43, 138, "5 place des Héros, 13013 Marseille", 9),
        (330, 110, "FACTURE", 14), (330, 130, "N° FA2026-762", 9), (330, 144, "Date 16/08/2026", 9),
        (43, 220, "Santon 12 cm", 9), (480, 220, "1 000,00 €", 9),
        (330, 400, "Total HT", 9), (480, 400, "1 000,00 €", 9), (330, 414, "Total TVA", 9), (480, 414, "200,00 €", 9),
        (330, 428, "Net à payer TTC", 9), (480, 428, "1 200,00 €", 9),
        (43, 752, "Atelier Santons Lou Cigaloun SARL · 14 cours Voltaire, 13400 Aubagne · Tél. 04 42 91 39 77", 7),
        (43, 762, "Capital 10 000 € · RCS Marseille 886 036 813 · SIRET 886036813 48944 · N° TVA intracommunautaire "
                  "FR51886036813 · APE 3240Z", 7)]


def test_the_footers_signer_is_the_vendor_under_a_banner():
    result = extract_invoice(page_pdf(ROWS))
    assert result.value("vendor_name") == "Atelier Santons Lou Cigaloun SARL"
    assert result.confidence("vendor_name") < 0.9


def test_a_share_capital_is_a_registration_statement():
    assert REGISTRATION.search("Capital 10 000 €")
    assert REGISTRATION.search("Capital: 10 000 EUR")
    assert not REGISTRATION.search("Capital Office Supplies Ltd")
