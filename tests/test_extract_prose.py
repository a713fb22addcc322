"""Dates and terms said in sentences, monospaced ERP prints, and dates with month abbreviations."""

from __future__ import annotations

from datetime import date

import pymupdf
import pytest

from countersign.extraction.layout import Word, group_lines
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date


def page_pdf(rows: list[tuple[float, float, str]], font: str = "helv", size: float = 9) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text in rows:
        page.insert_text((x, y), text, fontsize=size, fontname=font)
    data = doc.tobytes()
    doc.close()
    return data


HEADER = [(40, 40, "Nordlicht Logistik GmbH"), (40, 52, "Hauptstraße 12, 10115 Berlin"),
          (360, 40, "Rechnungsnummer: RE-4711"), (360, 52, "Rechnungsdatum: 03.03.2025"),
          (40, 100, "Rechnungsempfänger:"), (40, 112, "Globex Corporation"),
          (330, 300, "Nettobetrag"), (480, 300, "1.000,00 EUR"), (330, 314, "MwSt. 19%"),
          (480, 314, "190,00 EUR"), (330, 328, "Gesamtbetrag"), (480, 328, "1.190,00 EUR")]


@pytest.mark.parametrize("sentence", [
    "Bitte überweisen Sie den Betrag bis zum 02.04.2025 auf unser Konto.",
    "Zahlbar spätestens am 02.04.2025 ohne Abzug.",
    "Merci de régler cette facture avant le 2 avril 2025.",
    "Bitte überweisen Sie den Betrag von 1.190,00 EUR bis zum 2. April 2025 auf das Konto.",  # an amount between
])
def test_a_due_date_in_a_sentence_is_read(sentence):
    result = extract_invoice(page_pdf(HEADER + [(40, 360, sentence)]))
    assert result.value("due_date") == "2025-04-02"
    assert result.confidence("due_date") == 0.9  # weaker than a labelled one


def test_a_labelled_due_date_wins_and_a_different_sentence_makes_it_doubtful():
    rows = HEADER + [(360, 64, "Fälligkeitsdatum: 02.04.2025")]
    assert extract_invoice(page_pdf(rows)).confidence("due_date") >= 0.95
    doubtful = extract_invoice(page_pdf(rows + [(40, 360, "Zahlbar bis 09.04.2025.")]))
    assert doubtful.value("due_date") == "2025-04-02" and doubtful.confidence("due_date") < 0.9


@pytest.mark.parametrize(("sentence", "due"), [
    ("Zahlbar innerhalb von 14 Tagen ohne Abzug.", "2025-03-17"),
    ("Paiement à 30 jours.", "2025-04-02"),
])
def test_terms_in_a_sentence_give_a_low_confidence_due_date(sentence, due):
    result = extract_invoice(page_pdf(HEADER + [(40, 360, sentence)]))
    assert result.value("due_date") == due
    assert result.confidence("due_date") < 0.9
    assert "computed" in result.fields["due_date"].evidence[0].text


def test_a_terms_label_holding_a_date_gives_the_due_date():
    result = extract_invoice(page_pdf(HEADER + [(360, 64, "Zahlungsziel: 8 April 2025")]))
    assert result.value("due_date") == "2025-04-08"


def test_monospaced_print_with_dot_leaders():
    rows = [(40, 40, "ACME SYSTEMS LIMITED"), (40, 110, "INVOICE"),
            (40, 130, "INV. NO..............: RE247075"), (40, 141, "ISSUE DATE...........: 20 DECEMBER 2024"),
            (40, 152, "PAYMENT DUE..........: 19-JAN-2025"),
            (300, 300, "SUB-TOTAL............"), (480, 300, "1000.00"),
            (300, 311, "TAX (20%)............"), (480, 311, "200.00"),
            (300, 322, "TOTAL................"), (480, 322, "1200.00")]
    result = extract_invoice(page_pdf(rows, font="cour", size=8.5))
    assert result.value("invoice_number") == "RE247075"
    assert result.value("invoice_date") == "2024-12-20"
    assert result.value("due_date") == "2025-01-19"
    assert result.value("total") == "1200.00" and result.confidence("total") >= 0.9


def test_one_space_of_a_monospaced_font_does_not_split_a_segment():
    def word(i: int, x0: float, text: str) -> Word:
        return Word(1, x0, 100, x0 + 5.1 * len(text), 110.6, text, i)

    mono = group_lines(1, [word(0, 40, "ISSUE"), word(1, 70.6, "DATE:"), word(2, 101.2, "20"),
                           word(3, 116.5, "DEC"), word(4, 200, "TOTAL")])[0]
    assert [s.text for s in mono.segments] == ["ISSUE DATE: 20 DEC", "TOTAL"]


@pytest.mark.parametrize(("text", "day"), [("24-Jul-2025", date(2025, 7, 24)), ("24 Jul 25", date(2025, 7, 24)),
                                           ("19-JAN-2025", date(2025, 1, 19))])
def test_dates_with_month_abbreviations(text, day):
    assert parse_date(text) == (day, False)


def test_ligatures_and_unicode_hyphens_read_as_plain_letters():
    from countersign.extraction.pdf import PLAIN_TEXT

    assert "Identiﬁcation Oﬀener Rechnung‐Nr. RE‐2025‐001".translate(PLAIN_TEXT) == (
        "Identification Offener Rechnung-Nr. RE-2025-001")
    assert "Trenn\u00adung".translate(PLAIN_TEXT) == "Trennung"


LETTER = [(40, 40, "Berg Strategy Consulting GmbH"), (40, 52, "Maximilianstrasse 35, 80539 Munich"),
          (40, 100, "Globex Corporation"), (40, 112, "7 Riverside Way"),
          (360, 140, "Munich, 3 July 2026"), (40, 170, "Invoice No. 2026-018"),
          (40, 200, "For services rendered in June 2026 under our agreement (your PO 64873), we charge you"),
          (40, 212, "48.5 hours at EUR 250.00 per hour, i.e. EUR 12,125.00, plus expenses of EUR 228.82."),
          (40, 224, "This makes a net total of EUR 12,353.82. Plus 19% VAT of EUR 2,347.23, the total"),
          (40, 236, "amount is EUR 14,701.05. Please pay the amount of EUR 14,701.05 by 8 August 2026.")]


def test_a_letter_whose_amounts_and_order_stand_in_its_sentences():
    """No label has a value beside it: the amounts that add up, and the order the letter names."""
    result = extract_invoice(page_pdf(LETTER))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("12353.82", "2347.23", "14701.05")
    assert max(result.confidence(f) for f in ("subtotal", "tax", "total")) < 0.9
    assert result.value("po_number") == "64873" and result.value("due_date") == "2026-08-08"


def test_an_order_number_on_the_line_after_its_words():
    rows = HEADER + [(40, 360, "gemäß unserer Vereinbarung vom 02.08.2025 (Ihr Auftrag Nr."),
                     (40, 372, "4577430) berechnen wir Ihnen die folgenden Leistungen.")]
    assert extract_invoice(page_pdf(rows)).value("po_number") == "4577430"


@pytest.mark.parametrize(("remark", "order"), [
    ("Observaciones: orden de compra OC-4410/2025 del 12.02.2025", "OC-4410/2025"),
    ("Notes: delivered against purchase order 55-7120 as agreed", "55-7120"),
])
def test_a_remark_naming_a_purchase_order_without_your_is_the_buyers_order(remark, order):
    """Nouns that only mean the buyer's order need no "your"; a bare "order" or "Auftrag" still does
    (it may be the vendor's own sales order)."""
    assert extract_invoice(page_pdf(HEADER + [(40, 360, remark)])).value("po_number") == order
    bare = HEADER + [(40, 360, "Notes: shipped with order 55-7120")]
    assert extract_invoice(page_pdf(bare)).value("po_number") is None


@pytest.mark.parametrize(("line", "day"), [("Lyon, le 14/03/2026", "2026-03-14"),
                                           ("Berlin, den 14.03.2026", "2026-03-14")])
def test_a_letters_place_and_date_dates_the_invoice_below_0_9(line, day):
    rows = [(40, 40, "Atelier Rhône SARL"), (380, 40, "FACTURE"), (380, 56, "N° F-2026-88"), (380, 72, line),
            (40, 120, "Client : Maison Dupuis"), (330, 400, "Total TTC"), (480, 400, "1 200,00 EUR")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") == day and result.confidence("invoice_date") < 0.9
    rows[3] = (380, 72, "Lyon, la plus belle ville 14")  # no date: nothing
    assert extract_invoice(page_pdf(rows)).value("invoice_date") is None


def test_a_due_date_before_the_account_it_is_paid_to_on_the_next_line():
    """"Wir bitten Sie, den Betrag bis zum 2. April 2025 auf unser Konto IBAN CH47" / "0077 8667 ... zu überweisen.":
    the day's ordinal point ends no sentence, and the pay words are on the next line."""
    rows = HEADER + [(40, 360, "Wir bitten Sie, den Betrag bis zum 2. April 2025 auf unser Konto IBAN CH47"),
                     (40, 372, "0077 8667 9885 1003 8 bei der Luzerner Kantonalbank zu überweisen.")]
    assert extract_invoice(page_pdf(rows)).value("due_date") == "2025-04-02"


@pytest.mark.parametrize("sentence", ["gestützt auf Ihren Auftrag 7493 erbrachten Leistungen erlauben wir uns,",
                                      "gestützt auf Ihren Best.-Nr. 7493 gelieferte Ware erlauben wir uns,"])
def test_your_order_in_the_accusative_and_abbreviated(sentence):
    assert extract_invoice(page_pdf(HEADER + [(40, 360, sentence)])).value("po_number") == "7493"
