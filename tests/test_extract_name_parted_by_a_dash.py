"""A company name parted by a dash from its trade is read to its legal form ("Armazém de Gaia – Vinhos e Petiscos,
Lda.", on one line or wrapped onto the next), not as the title beside it nor as its last line alone; and a footer
signing with the name's short form ("SOMACAJU") names no other issuer."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _porto(name: list[str]) -> bytes:
    rows = [(38, 30 + 16 * i, text, 14) for i, text in enumerate(name)]
    top = 30 + 16 * len(name)
    return rows_pdf(rows + [(38, top, "Av. Diogo Leite 80, 4400-111 Vila Nova de Gaia", 8),
                            (38, top + 10, "NIF 519583647 · Capital social 50.000,00 € · C.R.C. Porto", 8),
                            (425, 30, "FATURA-RECIBO", 14), (516, 48, "FR/3866", 8),
                            (42, 120, "Exmo.(s) Sr.(s)", 8), (42, 132, "Associação Recreativa de Matosinhos", 8),
                            (316, 120, "Data", 8), (415, 120, "2026-10-13", 8)])


def test_a_name_parted_by_a_dash_from_its_trade_is_read_to_its_legal_form():
    name = "Armazém de Gaia – Vinhos e Petiscos, Lda."
    assert extract_invoice(_porto([name])).value("vendor_name") == name
    wrapped = extract_invoice(_porto(["Casa Oriental – Comércio de Produtos", "Alimentares, Lda."]))
    assert wrapped.value("vendor_name") == "Casa Oriental – Comércio de Produtos Alimentares, Lda."


def test_a_footer_signing_with_the_names_short_form_agrees():
    rows = [(45, 34, "SOMACAJU - Manuseamento de Caju, SA", 14), (469, 34, "FATURA", 14),
            (45, 56, "Estiva · armazenagem · fumigação", 8), (45, 66, "Estrada de Safim, Bissau", 8),
            (51, 110, "Exmo.(s) Senhor(es)", 8), (51, 122, "Gabú Trading Company, SA", 8),
            (317, 110, "Fatura n.º", 8), (505, 110, "FT A/2434", 8), (317, 122, "Data", 8), (500, 122, "15/07/2025", 8),
            (150, 800, "SOMACAJU · Estrada de Safim, Bissau · NIF: 178578104 · Tel. +245 95 272 9496", 7)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "SOMACAJU - Manuseamento de Caju, SA"
