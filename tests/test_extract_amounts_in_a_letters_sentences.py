"""A letter that states its sums in sentences: "Der Nettobetrag von CHF 1'528.65 zuzüglich CHF 25.39 MWST zu 8.1% auf
CHF 313.50 und CHF 31.59 MWST zu 2.6% auf CHF 1'215.15 ergibt einen Rechnungsbetrag von total CHF 1'585.63." The net
and the total are the ones their words name (not the base "auf CHF 1'215.15" and two items' amounts that happen to add
up to it), and the tax is the two rates' sum; "soit un montant de 6,780.00 USD" (an amount of) names no total. Read from
a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTER = ["Der Nettobetrag von CHF 1'528.65 zuzüglich CHF 25.39 MWST zu 8.1% auf CHF 313.50 und",
           "CHF 31.59 MWST zu 2.6% auf CHF 1'215.15 ergibt einen Rechnungsbetrag von total CHF",
           "1'585.63.",
           "Die Rechnung ist zahlbar innert 10 Tagen netto; IBAN CH32 0077 8437 5393 5807 6,",
           "Luzerner Kantonalbank."]


def _letter(sentences: list[str]) -> bytes:
    rows = [(60, 40, "Entlebucher Käserei Stalder GmbH", 13), (60, 57, "Dorfstrasse 12 · 6170 Schüpfheim", 8),
            (343, 120, "Hotel Schweizerhof Luzern AG", 9), (343, 134, "6002 Luzern", 9),
            (60, 198, "Luzern, 09.03.2026", 9),
            (60, 227, "Rechnung Nr. RE-5290", 10), (60, 256, "Sehr geehrte Damen und Herren,", 9),
            (62, 326, "Artikel", 8), (200, 326, "Menge", 8), (250, 326, "Preis", 8), (330, 326, "Betrag", 8),
            (62, 342, "Alpbutter, kg", 8), (200, 342, "7 kg", 8), (250, 342, "22.95", 8), (330, 342, "160.65", 8),
            (62, 358, "Geschenkkorb mit Holzkiste", 8), (200, 358, "10 Stk.", 8), (250, 358, "31.35", 8),
            (330, 358, "313.50", 8), (62, 374, "Entlebucher Bergkäse, kg", 8), (200, 374, "37 kg", 8),
            (250, 374, "28.50", 8), (330, 374, "1'054.50", 8)]
    rows += [(60, 400 + 15 * i, text, 9) for i, text in enumerate(sentences)]
    return rows_pdf(rows)


def test_the_net_and_the_total_a_sentence_names_and_two_rates_tax():
    result = extract_invoice(_letter(_LETTER))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1528.65", "56.98", "1585.63")
    assert all(result.fields[name].confidence < 0.9 for name in ("subtotal", "tax", "total"))  # (said, not labelled)


def test_an_amount_of_names_no_total():
    result = extract_invoice(_letter(["Relevé et diagnostic structurel de l'immeuble, soit un montant de 6,780.00 USD.",
                                      "Rapport final et plans de renforcement, soit un montant de 1,680.00 USD."]))
    assert result.value("total") != "6780.00"


def test_an_american_letters_subject_line_and_sums_with_their_dollar_signs_glued():
    rows = [(74, 51, "Saguaro Desert Nursery, Inc.", 14), (74, 74, "4105 W. Ina Road, Tucson, AZ 85741", 8),
            (74, 125, "January 5, 2026", 9), (74, 182, "Catalina Foothills Unified School District", 9),
            (74, 224, "Re: Invoice No. SDN 21412 — your purchase order PO 25510146 — customer account 4588", 9),
            (74, 250, "Dear Mr. Okafor:", 9),
            (74, 273, "Thank you for your business. This letter is our invoice for the plants delivered", 9),
            (74, 288, "on January 1, 2026, as described in our estimate E-400 of December 2, 2025.", 9),
            (74, 415, "The merchandise comes to $5,313.00; Arizona, Pima County and City of Tucson", 9),
            (74, 430, "transaction privilege (sales) tax at 8.7% adds $462.23, for an invoice total of $5,775.23.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "SDN 21412"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("5313.00", "462.23", "5775.23")
