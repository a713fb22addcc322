"""Readings generalised after the fourth blind set: a document's own thousands grouping ("$ 79.240"
in pesos), the dollar a national tax id names, labels in Estonian, Greek and Latin-American
Spanish, a number under its title past the other column's line, and a references table's row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import dot_grouping, groups_with_dots, parse_amount
from tests.pages import page_pdf


@pytest.mark.parametrize(("texts", "dots"), [
    (["$ 79.240", "$ 15.056", "Placa 11,1 mm", "08-11-2025"], True),  # pesos: no cents anywhere
    (["1.234,56", "12.500"], True),  # a comma decimal: the dot groups
    (["12.50", "1.500"], False),  # a dot decimal somewhere: a lone dot may be one
    (["1,234", "1.500", "2.500"], False),  # a comma groups thousands
    (["Datum 15.11.2025", "1.500", "3.000"], True),  # a date is no number
    (["1.500"], False),  # one number says too little
])
def test_a_documents_numbers_say_whether_a_dot_groups_thousands(texts: list[str], dots: bool) -> None:
    assert groups_with_dots(texts) is dots


def test_a_lone_dot_before_three_digits_is_read_as_grouping_only_in_such_a_document() -> None:
    assert parse_amount("$ 15.056") == (Decimal("15.056"), "USD")
    with dot_grouping(["$ 79.240", "$ 94.296"]):
        assert parse_amount("$ 15.056") == (Decimal("15056"), "USD")
        assert parse_amount("0.125") == (Decimal("0.125"), None)  # no thousands start with 0
    assert parse_amount("$ 15.056") == (Decimal("15.056"), "USD")


CHILE = [
    (40, 50, "Ferreteria Pacifico Ltda.", 12), (40, 66, "R.U.T.: 76.394.037-3", 9),
    (40, 82, "Av. Pedro Montt 2150, Valparaiso", 9), (400, 84, "FACTURA ELECTRONICA", 11),
    (40, 98, "Telefono: +56 2 2716 8350", 9), (180, 98, "facturacion@pacifico.cl", 9),
    (440, 112, "N\u00ba 42712", 11),
    (40, 150, "SE\u00d1OR(ES): MINERA ALTIPLANO SCM", 9), (330, 150, "Fecha Emision: 15-11-2025", 9),
    (40, 164, "R.U.T.: 87.743.163-0", 9),
    (40, 200, "Tipo Documento", 8), (200, 200, "Folio", 8), (300, 200, "Fecha", 8),
    (40, 214, "801 Orden de Compra", 8), (200, 214, "4579384654", 8), (300, 214, "08-11-2025", 8),
    (330, 400, "MONTO NETO", 9), (480, 400, "$ 79.240", 9), (330, 414, "I.V.A. 19%", 9),
    (480, 414, "$ 15.056", 9), (330, 428, "TOTAL", 9), (480, 428, "$ 94.296", 9),
]


def test_a_chilean_factura_reads_pesos_its_rut_its_number_and_the_order_it_refers_to() -> None:
    inv = extract_invoice(page_pdf(CHILE))
    assert inv.value("total") == "94296"
    assert inv.value("tax") == "15056"
    assert inv.value("subtotal") == "79240"
    assert inv.value("currency") == "CLP"  # "$" with a Chilean RUT on the page
    assert inv.value("vendor_tax_id") == "76.394.037-3"  # not the buyer's, after "SEÑOR(ES)"
    assert inv.value("invoice_number") == "42712"  # under the title, past the other column's line
    assert inv.value("po_number") == "4579384654"  # the references row naming the order
    assert inv.confidence("po_number") < 0.9
    assert inv.value("invoice_date") == "2025-11-15"  # not the order's date


def test_a_dollar_with_a_canadian_business_number_is_the_canadian_dollar() -> None:
    rows = [(40, 50, "Plomberie Gagnon inc.", 12), (40, 66, "1280, rue Saint-Paul, Montreal", 9),
            (40, 100, "Facture no / Invoice No. 2025-0916", 9), (40, 114, "Date 2025-10-29", 9),
            (40, 300, "TPS / GST : 275485761 RT0001", 9),
            (330, 400, "Sous-total / Subtotal", 9), (480, 400, "1 843,30 $", 9),
            (330, 414, "TPS / GST (5 %)", 9), (480, 414, "92,17 $", 9),
            (330, 428, "TOTAL", 9), (480, 428, "1 935,47 $", 9)]
    inv = extract_invoice(page_pdf(rows))
    assert inv.value("currency") == "CAD"
    assert inv.value("total") == "1935.47"


def test_an_estonian_arve_reads_its_labels_and_not_the_payers_vat_number() -> None:
    rows = [(40, 50, "Kalamaja Veebistuudio O\u00dc", 12), (40, 66, "KMKR nr EE103805199", 9),
            (40, 100, "Arve nr: KW-2025-382", 9), (40, 114, "Kuup\u00e4ev: 28.12.2025", 9),
            (40, 128, "Makset\u00e4htaeg: 11.01.2026", 9), (40, 142, "Tellimuse nr: TEL-9378", 9),
            (40, 180, "MAKSJA", 9), (40, 194, "Viru Hotellid AS", 9), (40, 208, "KMKR EE106426879", 9),
            (330, 400, "Summa k\u00e4ibemaksuta", 9), (480, 400, "892,71", 9),
            (330, 414, "K\u00e4ibemaks 24%", 9), (480, 414, "214,25", 9),
            (330, 428, "Arve summa kokku", 9), (480, 428, "1 106,96 \u20ac", 9)]
    inv = extract_invoice(page_pdf(rows))
    assert inv.value("invoice_number") == "KW-2025-382"
    assert inv.value("invoice_date") == "2025-12-28"
    assert inv.value("due_date") == "2026-01-11"
    assert inv.value("po_number") == "TEL-9378"
    assert inv.value("vendor_tax_id") == "EE103805199"
    assert (inv.value("subtotal"), inv.value("tax"), inv.value("total")) == ("892.71", "214.25", "1106.96")


@pytest.mark.parametrize(("text", "field"), [
    ("Ημ/νία Λήξης: 16/02/2025", "due_date"),
    ("Αρ. Παραγγελίας: 2245/2025", "po_number"),
    ("ΑΦΜ: 061917815", "vendor_tax_id"),
    ("Σύνολο Καθαρής Αξίας 558,55", "subtotal"),
    ("Σύνολο ΦΠΑ 134,06", "tax"),
    ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ 692,61 €", "total"),
    ("Αριθμός Τιμολογίου: 4845", "invoice_number"),
    ("MONTO NETO $ 79.240", "subtotal"),
])
def test_greek_and_latin_american_labels_name_their_fields(text: str, field: str) -> None:
    assert read_label(text)[0][0] == field
