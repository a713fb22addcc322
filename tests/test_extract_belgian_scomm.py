"""Belgium's "SComm" (société en commandite) is a legal form: the caterer centred at the top ("Au Péket d'Outremeuse –
Traiteur SComm") is a company's name, not passed over for the buyer's "… SRL" under an unknown heading."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_scomm_is_a_legal_form():
    name = "Au Péket d'Outremeuse – Traiteur SComm"
    rows = [(104, 40, name, 17), (116, 62, "Rue Puits-en-Sock 25, 4020 Liège · TVA BE 0555.267.194", 7),
            (45, 83, "Facture adressée à", 7), (45, 92, "Cabinet d'avocats Lemaire & Associés SRL", 8),
            (464, 86, "FACTURE", 14), (45, 102, "Place Saint-Lambert 18, 4000 Liège", 8), (502, 102, "N° 263718", 8),
            (475, 112, "Date 30/01/2026", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == name
