"""Slovak, Romanian and Croatian pages: their buyers' headings ("Odberateľ", "Cumpărător") keep the buyer's tax id off
the vendor's, "Spolu bez DPH" / "DPH spolu" are the sums without and of the tax, "Ukupno osnovica" the total tax
base."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _fields(text: str) -> set[str]:
    return {name for name, _, _ in label_matches(text)}


def test_slovak_sums_and_buyer_heading():
    rows = [(34, 30, "Šarišská strojárenská spoločnosť, s.r.o.", 12), (460, 30, "FAKTÚRA", 14),
            (34, 48, "Budovateľská 38, 080 01 Prešov", 8),
            (39, 78, "Číslo dokladu", 7), (171, 78, "Dátum vyhotovenia", 7), (303, 78, "IČ DPH", 7),
            (39, 88, "20250065", 9), (171, 88, "11.04.2025", 9), (303, 88, "SK2525829515", 9),
            (39, 130, "Odberateľ", 7), (39, 140, "Košická oceľová a.s.", 9),
            (39, 150, "IČO 12227465 · IČ DPH SK4923882909", 8),
            (37, 200, "Popis položky", 8), (470, 200, "Spolu bez DPH", 8),
            (37, 214, "Frézovanie dielca", 8), (500, 214, "1.000,00", 8),
            (304, 294, "Spolu bez DPH", 7), (452, 294, "DPH spolu", 7),
            (304, 304, "1.000,00 €", 9), (452, 304, "230,00 €", 9),
            (304, 330, "Suma na úhradu", 7), (304, 340, "1.230,00 €", 11)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "SK2525829515"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "230.00", "1230.00")


def test_romanian_buyer_heading():
    rows = [(40, 40, "FACTURĂ", 14), (40, 67, "Seria și numărul: TMV 00324", 8),
            (200, 67, "Data emiterii: 21 august 2026", 8),
            (40, 88, "Furnizor", 7), (298, 88, "Cumpărător", 7),
            (40, 97, "Tipografia Mihai Viteazul S.R.L.", 9), (298, 97, "Universitatea din Craiova", 9),
            (40, 107, "Str. Alexandru Ioan Cuza nr. 9, Craiova", 8), (298, 107, "CIF: RO28689097", 8),
            (40, 117, "CIF: RO3685561", 8), (298, 117, "Comanda nr. 252/01.10.2026", 8),
            (44, 178, "Denumirea produselor sau a serviciilor", 8), (401, 178, "Valoarea", 8),
            (79, 192, "Cărți broșate", 8), (402, 192, "1.000,00", 8),
            (363, 247, "Total fără TVA", 8), (496, 247, "1.000,00 lei", 8),
            (363, 259, "Total TVA", 8), (496, 259, "210,00 lei", 8),
            (363, 271, "Total de plată", 8), (496, 271, "1.210,00 lei", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "RO3685561"


def test_croatian_total_tax_base_is_the_subtotal():
    assert _fields("Ukupno osnovica") == {"subtotal"}
    assert "subtotal" not in _fields("Osnovica")  # a rate's row's base alone labels no sum
    assert _fields("Ukupno PDV") == {"tax"}
