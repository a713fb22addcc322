"""Who the seller is and which of its numbers is its VAT id, on pages built here: a salesperson after
"Vendedor:" is no vendor; a national registry number gives way to the VAT id that holds it; an EU country prefix
alone makes no sure VAT id (a Mexican RFC "CZC211028Y2S" is none)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

ECUADOR: list[tuple[float, float, str, int]] = [
    (43, 40, "DISTRIBUIDORA ANDINA DISANDI S.A.", 12),
    (43, 56, "R.U.C.: 1792619525001", 9),
    (380, 90, "FACTURA", 18),
    (380, 120, "No. 003-100-000095225", 9),
    (380, 134, "Fecha Emisión: 14/03/2025", 9),
    (43, 400, "Vendedor: M. Zambrano", 9),
    (330, 440, "SUBTOTAL SIN IMPUESTOS", 9), (470, 440, "1357.28", 9),
    (330, 454, "IVA 15%", 9), (470, 454, "203.59", 9),
    (330, 468, "VALOR TOTAL", 9), (470, 468, "1560.87", 9),
]


def test_a_salesperson_after_vendedor_is_not_the_vendor():
    assert extract_invoice(rows_pdf(ECUADOR)).value("vendor_name") == "DISTRIBUIDORA ANDINA DISANDI S.A."


FRENCH: list[tuple[float, float, str, int]] = [
    (43, 40, "Charpentes du Rhône SARL", 12),
    (43, 56, "SIRET 607 934 437 00049", 9),
    (380, 90, "FACTURE", 18),
    (380, 120, "Facture n° F-2025-118", 9),
    (380, 134, "Date : 19/07/2025", 9),
    (330, 300, "Total HT", 9), (470, 300, "1 000,00 €", 9),
    (330, 314, "TVA 20 %", 9), (470, 314, "200,00 €", 9),
    (330, 328, "Total TTC", 9), (470, 328, "1 200,00 €", 9),
    (43, 520, "SARL au capital de 10 000 € · RCS Lyon 607 934 437 · APE 4334Z · N° TVA", 7),
    (43, 530, "intracommunautaire FR11607934437", 7),
]


def test_a_siret_gives_way_to_the_vat_id_that_holds_its_siren():
    result = extract_invoice(rows_pdf(FRENCH))
    assert result.value("vendor_tax_id") == "FR11607934437"
    assert result.confidence("vendor_tax_id") < 0.9


MEXICO: list[tuple[float, float, str, int]] = [  # a CFDI's printed page: the issuer's block, then the "RECEPTOR"'s
    (43, 40, "Herramientas y Empaques Otay, S. de R.L. de C.V.", 12),
    (43, 56, "RFC: LNR230712OCQ", 9),
    (43, 68, "Régimen fiscal: 601 - General de Ley Personas Morales", 9),
    (43, 80, "Calz. Tecnológico 14418, Mesa de Otay, Tijuana, B.C.", 9),
    (380, 90, "FACTURA", 18),
    (380, 120, "Serie y folio:", 9), (380, 132, "F-27130", 9),
    (380, 146, "Fecha de emisión:", 9), (380, 158, "2025-05-10T11:14:33", 9),
    (43, 170, "RECEPTOR", 9),
    (43, 184, "Dispositivos Médicos Otay, S. de R.L. de C.V.", 9),
    (43, 198, "RFC: CZC211028Y2S   ·   Domicilio fiscal (C.P.): 22425   ·   Régimen fiscal: 601", 9),
    (330, 400, "Subtotal", 9), (470, 400, "$24,526.79", 9),
    (330, 414, "IVA Trasladado 8.00%", 9), (470, 414, "$1,962.14", 9),
    (330, 428, "Total", 9), (470, 428, "$26,488.93", 9),
]


def test_a_mexican_rfc_that_starts_with_an_eu_prefix_is_no_sure_vat_id():
    """The buyer's RFC "CZC211028Y2S" starts with "CZ" but has no Czech VAT number's format: it is never read surely
    (it was, at 0.95, on a blind page)."""
    result = extract_invoice(rows_pdf(MEXICO))
    assert result.value("vendor_tax_id") != "CZC211028Y2S" or result.confidence("vendor_tax_id") < 0.9


def test_an_eu_vat_id_keeps_its_shape_whatever_its_check_digits():
    from countersign.extraction.ids import vat_shaped

    assert not vat_shaped("CZC211028Y2S") and not vat_shaped("HRQ040812TTT")
    assert all(vat_shaped(v) for v in ("CZ12345678", "DE123456789", "IT12345678901", "HR12345678901", "ATU12345678"))
