"""A totals block whose labels end their lines and whose amounts stand alone on the next line, right-aligned past the
label ("Sub-total" / "6,363,850"), Myanmar's "Commercial Tax", and a net and tax said in a Portuguese letter's
sentence whose amounts' boxes sit a tenth of a point apart on one line."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.label_free_amounts import Amount, amount_triple
from countersign.extraction.labels import label_matches
from countersign.extraction.layout import Word
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_amounts_alone_on_the_line_under_their_labels():
    rows = [(45, 40, "Golden Yadanarbon Tea Co., Ltd.", 12), (45, 60, "Chanayethazan Township, Mandalay", 8),
            (45, 136, "INVOICE", 14), (45, 170, "Invoice No.", 7), (45, 183, "GY-7312", 8),
            (48, 277, "Description", 8), (512, 277, "Amount", 8), (77, 293, "Roasted beans mix, 1 kg", 8),
            (506, 293, "1,410,000", 8), (77, 311, "Green tea, 500 g", 8), (506, 311, "4,953,850", 8),
            (386, 358, "Sub-total", 8), (504, 370, "6,363,850", 8), (386, 388, "Commercial Tax 5%", 8),
            (513, 400, "318,193", 8), (386, 418, "Total (MMK)", 8), (494, 430, "6,682,043", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("6363850", "318193", "6682043")


def test_commercial_tax_and_commercial_invoice_are_labels():
    assert {n for n, _, _ in label_matches("Commercial Tax 5%")} >= {"tax"}
    assert {n for n, _, _ in label_matches("Commercial Invoice No.")} == {"invoice_number"}


def _amount(value: str, y: float, x: float) -> Amount:
    return Amount(Decimal(value), (Word(1, x, y, x + 30, y + 9, value, int(x)),))


def test_a_tax_a_tenth_of_a_point_below_its_total_on_one_line_makes_the_sum():
    net, tax, total = _amount("5358.00", 380.3, 300), _amount("267.90", 395.34, 57), _amount("5625.90", 395.24, 250)
    assert amount_triple([net, tax, total], subtotal=Decimal("5358.00"), total=Decimal("5625.90")) == (net, tax, total)


def test_a_portuguese_letters_value_of_the_services():
    rows = [(57, 40, "Norte Pioneiro Consultoria Contábil Ltda.", 12), (57, 200, "Ref.: Fatura nº 2026/228", 9),
            (57, 380, "O valor dos serviços soma R$ 5.358,00, sobre o qual incide o ISS à alíquota de 5%, no valor", 9),
            (57, 395, "de R$ 267,90, perfazendo o total de R$ 5.625,90, a ser pago até 22 de julho de 2026.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("5358.00", "267.90", "5625.90")
