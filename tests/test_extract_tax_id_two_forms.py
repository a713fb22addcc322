"""A vendor that prints one registration in two forms ("Y-tunnus 1877794-2 · ALV-rek. FI18777942") leaves which of
them is its tax id to a convention the page does not settle: the VAT form is still read, below 0.9."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import TOTALS, page_pdf

HEAD = [(43, 50, "Napapiirin Husky Safarit Oy", 16), (43, 70, "Saarenkyläntie 41, 96400 Rovaniemi", 9),
        (43, 110, "LASKU / INVOICE", 14), (330, 140, "Laskun nro / Invoice no.", 9), (470, 140, "82848", 9),
        (330, 154, "Laskun pvm / Invoice date", 9), (470, 154, "21.1.2026", 9),
        (43, 240, "Safari", 9), (480, 240, "1,000.00", 9), *TOTALS]


def test_a_vat_number_printed_beside_its_business_id_is_unsure():
    footer = "Napapiirin Husky Safarit Oy · Y-tunnus 1877794-2 · ALV-rek. / VAT reg. FI18777942 · Kotipaikka Rovaniemi"
    result = extract_invoice(page_pdf([*HEAD, (43, 760, footer, 7)]))
    assert result.value("vendor_tax_id") == "FI18777942"
    assert result.confidence("vendor_tax_id") < 0.9


def test_a_vat_number_alone_stays_sure():
    footer = "Napapiirin Husky Safarit Oy · ALV-rek. / VAT reg. FI18777942 · Kotipaikka Rovaniemi"
    result = extract_invoice(page_pdf([*HEAD, (43, 760, footer, 7)]))
    assert result.value("vendor_tax_id") == "FI18777942"
    assert result.confidence("vendor_tax_id") >= 0.9
