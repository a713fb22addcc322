"""A labelled national tax number that an EU VAT id printed near it only cuts short ("Adószám: 22753555-2-09" and
"Közösségi adószám: HU22753555", Hungarian: the VAT id drops the VAT code and the tax office) stays the vendor's tax
id; a VAT id that is no such cut (a French one adds a key to the SIREN) still beats the national number. Read from a
PDF built here."""

from __future__ import annotations

from countersign.extraction.fallbacks import _cut_short
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_national_number_in_full_stays():
    rows = [(42, 28, "SZÁMLA", 16), (343, 32, "Sorszám:", 8), (400, 32, "DBR-2025/01110", 10),
            (42, 70, "Eladó", 8), (315, 70, "Vevő", 8), (42, 81, "Hajdú Baromfi Kft.", 9),
            (315, 81, "Aranybika Vendéglátó Kft.", 9), (42, 97, "4031 Debrecen, Köntösgát sor 12.", 8),
            (42, 108, "Adószám: 22753555-2-09", 8), (315, 108, "Adószám: 35945808-2-09", 8),
            (42, 120, "Közösségi adószám: HU22753555", 8),
            (343, 400, "Nettó összesen", 8), (500, 400, "604 284 Ft", 8), (343, 414, "ÁFA összesen", 8),
            (500, 414, "47 130 Ft", 8), (343, 428, "Fizetendő (bruttó)", 8), (500, 428, "651 414 Ft", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "22753555-2-09"


def test_a_vat_id_that_adds_a_key_is_no_cut():
    assert _cut_short("HU22753555", "22753555-2-09")
    assert not _cut_short("FR11607934437", "607 934 437 00049")
    assert not _cut_short("CZ12345678", "12345678")
