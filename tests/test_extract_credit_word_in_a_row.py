"""The document's type comes from its title: a credit word opening a priced row of the items' table ("5 | Avoir :
pénalité de retard | -15 000", a credit granted on an invoice) is no title, so the invoice stays an invoice with
positive totals, while a page titled "AVOIR" is still a credit note. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

HEAD = [(40, 50, "Sahel Informatique SARL", 16), (40, 66, "NIF : 8169915M", 9), (400, 84, "N° FAC-2026-944", 9),
        (400, 98, "Date 26/07/2026", 9), (40, 130, "DOIT :", 9), (40, 144, "ONG Santé pour Tous", 9),
        (40, 200, "N°", 9), (60, 200, "Désignation", 9), (470, 200, "Montant HT", 9),
        (40, 216, "1", 9), (60, 216, "Supervision réseau local", 9), (480, 216, "418 500", 9)]
CREDIT_ROW = [(40, 232, "2", 9), (60, 232, "Avoir : pénalité de retard d'intervention (ticket n° 9654)", 9),
              (480, 232, "-15 000", 9)]
TOTALS = [(330, 260, "Montant HT", 9), (480, 260, "403 500", 9), (330, 274, "TVA 18 %", 9), (480, 274, "72 630", 9),
          (330, 288, "Montant TTC (FCFA)", 9), (480, 288, "476 130", 9)]


def test_a_credit_row_in_the_table_leaves_an_invoice() -> None:
    inv = extract_invoice(page_pdf(HEAD + CREDIT_ROW + TOTALS + [(400, 66, "FACTURE", 14)]))
    assert inv.value("document_type") == "invoice"
    assert (inv.value("subtotal"), inv.value("total")) == ("403500", "476130")


def test_a_page_titled_avoir_is_a_credit_note() -> None:
    inv = extract_invoice(page_pdf(HEAD + TOTALS + [(400, 66, "AVOIR", 14)]))
    assert inv.value("document_type") == "credit_note"
    assert inv.value("total") == "-476130"
