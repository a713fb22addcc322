"""A letterhead's short or trade name over the company's legal name in small type: the legal name issues the invoice
("Viajes Cuscatlan" over "VIAJES CUSCATLAN, S.A. DE C.V."; "Andina Distribuciones" over "DISTRIBUIDORA ANDINA
DISANDI S.A." a gap lower)."""

from __future__ import annotations

from countersign.tools.extract_invoice import extract_invoice
from tests.pages import TOTALS, page_pdf

BODY = [(330, 60, "INVOICE", 12), (330, 76, "Invoice No: 4471", 9), (330, 90, "Date: 2025-04-27", 9),
        (40, 200, "Bill to: Cafe Las Nubes", 9), (40, 214, "San Salvador", 9)] + TOTALS


def test_central_american_legal_form_under_the_letterhead_names_the_vendor() -> None:
    rows = [(40, 50, "Viajes Cuscatlan", 16), (40, 64, "VIAJES CUSCATLAN, S.A. DE C.V.", 8),
            (40, 74, "Paseo General Escalon No. 4510, San Salvador", 8)]
    result = extract_invoice(page_pdf(rows + BODY))
    assert result.value("vendor_name") == "VIAJES CUSCATLAN, S.A. DE C.V."


def test_lebanese_sal_is_a_legal_form() -> None:
    rows = [(160, 50, "Achrafieh Encheres", 20), (190, 72, "MAISON DE VENTES ACHRAFIEH SAL", 8.8),
            (160, 84, "Rue Sursock, Achrafieh, Beyrouth", 7.4)]
    body = [(r[0], r[1] + 40, r[2], r[3]) for r in BODY]
    result = extract_invoice(page_pdf(rows + body))
    assert result.value("vendor_name") == "MAISON DE VENTES ACHRAFIEH SAL"


def test_legal_name_next_under_the_letterhead_a_gap_lower_spells_it_out() -> None:
    rows = [(50, 60, "Andina Distribuciones", 20), (40, 118, "DISTRIBUIDORA ANDINA DISANDI S.A.", 8),
            (40, 128, "Andina Distribuciones", 8), (40, 138, "Av. de los Shyris N35-17, Quito", 8)]
    result = extract_invoice(page_pdf(rows + BODY))
    assert result.value("vendor_name") == "DISTRIBUIDORA ANDINA DISANDI S.A."
    assert result.confidence("vendor_name") < 0.9


def test_a_company_under_the_letterhead_sharing_none_of_its_words_is_not_its_legal_name() -> None:
    rows = [(50, 60, "Andina Distribuciones", 20), (40, 118, "TRANSPORTES DEL NORTE S.A.", 8),
            (40, 128, "Av. de los Shyris N35-17, Quito", 8)]
    result = extract_invoice(page_pdf(rows + BODY))
    assert result.value("vendor_name") == "Andina Distribuciones"
