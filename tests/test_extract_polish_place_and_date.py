"""A Polish invoice dated in its place-and-date line, the date set apart from the place ("Gdańsk, dnia" |
"25 czerwca 2026"), over a delivery's completion date: the invoice date is the place's. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_place_and_date_across_two_segments():
    rows = [(43, 40, "Motława Gastro Hurt S.A.", 14), (337, 40, "Gdańsk, dnia", 9), (451, 40, "25 czerwca 2026", 9),
            (43, 58, "ul. Elbląska 64, 80-724 Gdańsk", 8), (337, 58, "Data zakończenia dostawy: 23 czerwca 2026", 8),
            (43, 72, "NIP: 5899980886", 8),
            (43, 110, "FAKTURA VAT nr FS 2157/06/26", 14),
            (43, 140, "Sprzedawca", 8), (315, 140, "Nabywca", 8),
            (43, 152, "Motława Gastro Hurt S.A.", 8), (315, 152, "Szkoła Podstawowa nr 45", 8),
            (43, 200, "Nazwa", 8), (480, 200, "Wartość", 8),
            (43, 214, "Mąka pszenna 25 kg", 8), (480, 214, "1 000,00", 8),
            (320, 240, "Razem netto", 8), (480, 240, "1 000,00", 8), (320, 254, "VAT 5%", 8), (480, 254, "50,00", 8),
            (320, 268, "Razem brutto", 8), (480, 268, "1 050,00 PLN", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2026-06-25"
    assert result.value("total") == "1050.00"


def test_place_and_date_with_its_year_wrapped_under_it():
    rows = [(40, 40, "SARL Chartreuse Rénovation", 14), (440, 40, "FACTURE", 14), (440, 58, "N° F2025-761", 9),
            (40, 80, "14 rue Général Mangin, 38100 Grenoble", 8), (440, 80, "Grenoble, le 19 novembre", 9),
            (40, 92, "Assurance décennale : AXA France IARD", 8), (535, 92, "2025", 9),
            (40, 110, "Devis n° D25-457 du 06/09/2025", 8),
            (40, 200, "Désignation", 8), (480, 200, "Montant HT", 8),
            (40, 214, "Main-d'œuvre plomberie", 8), (480, 214, "1 000,00", 8),
            (320, 240, "Total HT", 8), (480, 240, "1 000,00", 8), (320, 254, "TVA 10 %", 8), (480, 254, "100,00", 8),
            (320, 268, "Total TTC", 8), (480, 268, "1 100,00 €", 8)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_date") == "2025-11-19"
