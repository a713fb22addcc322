"""Label-free fallbacks (countersign.extraction.fallbacks): amounts chosen by their arithmetic,
the number and date said in one phrase, a due date on receipt. Each PDF is built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.fallbacks import Amount, amount_triple, sentence_facts
from countersign.extraction.layout import Word
from countersign.extraction.reader import extract_invoice
from tests.test_extract_prose import page_pdf

HEAD = [(40, 40, "Nordlicht Logistik GmbH"), (40, 52, "Hauptstraße 12, 10115 Berlin"),
        (40, 100, "Rechnungsempfänger:"), (40, 112, "Globex Corporation"), (40, 124, "Marktplatz 3")]


def test_totals_under_unknown_labels_are_chosen_by_their_arithmetic():
    rows = HEAD + [(360, 40, "Rechnungsnummer: RE-4711"), (360, 52, "Rechnungsdatum: 03.03.2025"),
                   (40, 200, "Lieferung vom 01.03.2025: 12 Paletten"), (480, 200, "999,99"),
                   (330, 300, "Warenwert"), (480, 300, "1.000,00"), (330, 314, "Abgabe"), (480, 314, "190,00"),
                   (330, 328, "Zu überweisen"), (480, 328, "1.190,00"), (40, 360, "Kontoauszug: 17,50")]
    result = extract_invoice(page_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "190.00", "1190.00")
    assert max(result.confidence(f) for f in ("subtotal", "tax", "total")) < 0.9
    assert any("subtotal + tax == total" in w for w in result.warnings)


def _amounts(*rows: tuple[str, float]) -> list[Amount]:
    return [Amount(Decimal(v), (Word(1, 400, y, 450, y + 9, v, i),)) for i, (v, y) in enumerate(rows)]


def test_the_triple_takes_the_largest_lowest_total_and_keeps_a_known_net():
    amounts = _amounts(("10.00", 100), ("2.00", 110), ("12.00", 120), ("100.00", 200), ("20.00", 210),
                       ("120.00", 220), ("60.00", 300))
    sub, tax, tot = amount_triple(amounts)
    assert (sub.value, tax.value, tot.value) == (Decimal("100.00"), Decimal("20.00"), Decimal("120.00"))
    assert amount_triple(amounts, subtotal=Decimal("10.00"))[2].value == Decimal("12.00")
    assert amount_triple(amounts, total=Decimal("999.00")) is None
    # the tax is no more than 30% of the net; a total printed above its parts is no total
    assert amount_triple(_amounts(("10.00", 100), ("5.00", 110), ("15.00", 120))) is None
    assert amount_triple(_amounts(("12.00", 90), ("10.00", 100), ("2.00", 110))) is None


def test_a_credit_note_triple_is_negative():
    sub, tax, tot = amount_triple(_amounts(("-100.00", 100), ("-19.00", 110), ("-119.00", 120)))
    assert tot.value == Decimal("-119.00") and tax.value == Decimal("-19.00")


@pytest.mark.parametrize(("phrase", "number", "day"), [
    ("Fattura n. 2025/118 del 03/03/2025", "2025/118", "2025-03-03"),
    ("Invoice # A-77 dated March 3, 2025", "A-77", "2025-03-03"),
    ("Facture n° F-2025-9 du 3 mars 2025", "F-2025-9", "2025-03-03"),
    ("Fatura n.º FT-12 de 3 de março de 2025", "FT-12", "2025-03-03"),
    ("Invoice #A-77 of 2025-03-03", "A-77", "2025-03-03"),
])
def test_the_number_and_date_said_in_one_phrase(phrase, number, day):
    words = [Word(1, 40 + 30 * i, 200, 60 + 30 * i, 210, t, i) for i, t in enumerate(phrase.split())]
    got_number, got_day = sentence_facts(words)
    assert got_number is not None and got_number[0] == number
    assert got_day is not None and got_day[0] == day


@pytest.mark.parametrize("line", ["Invoice date: 2025-03-03", "Invoice Total 1,190.00", "INVOICE"])
def test_a_title_without_a_number_phrase_gives_nothing(line):
    words = [Word(1, 40 + 30 * i, 200, 60 + 30 * i, 210, t, i) for i, t in enumerate(line.split())]
    assert sentence_facts(words)[0] is None


def test_a_phrase_fills_the_number_and_date_of_a_letter_without_labels():
    rows = HEAD + [(57, 220, "Fattura n. 2025/118 del 03/03/2025"), (330, 300, "Imponibile"),
                   (480, 300, "1.000,00"), (330, 314, "IVA 22%"), (480, 314, "220,00"), (330, 328, "Totale"),
                   (480, 328, "1.220,00")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_number") == "2025/118" and result.value("invoice_date") == "2025-03-03"


@pytest.mark.parametrize("sentence", ["Payable on receipt.", "Zahlbar sofort ohne Abzug.", "Payable à réception.",
                                      "Pagamento a vista.", "Betaalbaar bij ontvangst."])
def test_payable_on_receipt_is_due_on_the_invoice_date(sentence):
    rows = HEAD + [(360, 40, "Invoice No: RE-4711"), (360, 52, "Invoice date: 03.03.2025"),
                   (330, 300, "Net"), (480, 300, "1.000,00"), (330, 314, "VAT 19%"), (480, 314, "190,00"),
                   (330, 328, "Total"), (480, 328, "1.190,00"), (40, 360, sentence)]
    result = extract_invoice(page_pdf(rows))
    assert result.value("due_date") == "2025-03-03" and result.confidence("due_date") < 0.9


def test_no_sentence_no_due_date():
    rows = HEAD + [(360, 40, "Invoice No: RE-4711"), (360, 52, "Invoice date: 03.03.2025"),
                   (330, 328, "Total"), (480, 328, "1.190,00")]
    assert extract_invoice(page_pdf(rows)).value("due_date") is None
