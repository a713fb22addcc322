"""Labels the lexicon read short: Paraguay's KuDE total ("TOTAL DE LA OPERACIÓN"), Icelandic numbers compounded with
"-númer" ("Reikningsnúmer", "Pöntunarnúmer") and Tunisia's tax id ("Matricule fiscal", the buyer's "MF client"). The
Tunisian one is also read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _read(text: str) -> list[tuple[str, str]]:
    return [(name, text[found.end():]) for name, _, found in label_matches(text)]


def test_the_transactions_total_of_a_kude():
    assert _read("TOTAL DE LA OPERACIÓN: 1.703.400")[0] == ("total", "1.703.400")


def test_icelandic_numbers_compounded_with_numer():
    assert _read("Reikningsnúmer: 77304") == [("invoice_number", "77304")]
    assert _read("Pöntunarnúmer: P-5645") == [("po_number", "P-5645")]


def test_tunisias_matricule_fiscal_is_the_sellers_tax_id_and_mf_client_the_buyers():
    assert _read("Matricule fiscal : 2618384/S/A/M/000") == [("vendor_tax_id", "2618384/S/A/M/000")]
    assert label_matches("MF client : 9357981/G/A/M/000") == ()
    assert label_matches("Matricule : 4421") == ()  # a staff number, alone


def test_a_tunisian_invoices_tax_id():
    rows = [(40, 40, "Atlas Carton SARL", 14), (400, 40, "FACTURE", 14),
            (40, 58, "Route de Gremda km 4, 3012 Sfax", 8),
            (40, 68, "Tél. +216 74 246 101 · Matricule fiscal : 1452870/K/A/M/000", 8),
            (40, 98, "Facture N° 2026/114", 9), (300, 103, "Client", 8), (40, 108, "Date : 02/03/2026", 9),
            (300, 113, "Hôtel Les Oliviers", 9), (300, 123, "MF client : 9357981/G/A/M/000", 9)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "1452870/K/A/M/000"
