"""French "Facture adressée à" ("invoice addressed to") heads the buyer's block: the company named under it is the
buyer, never the vendor, even when the letterhead's name above prints no legal form."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_company_under_facture_adressee_a_is_the_buyer():
    rows = [(104, 40, "Au Péket d'Outremeuse", 17),
            (116, 62, "Rue Puits-en-Sock 25, 4020 Liège · TVA BE 0555.267.194", 7),
            (45, 83, "Facture adressée à", 7), (45, 92, "Cabinet d'avocats Lemaire & Associés SRL", 8),
            (464, 86, "FACTURE", 14), (45, 102, "Place Saint-Lambert 18, 4000 Liège", 8), (502, 102, "N° 263718", 8),
            (475, 112, "Date 30/01/2026", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Au Péket d'Outremeuse"
