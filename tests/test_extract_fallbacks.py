"""Label-free fallbacks (countersign.extraction.fallbacks): amounts chosen by their arithmetic,
the number and date said in one phrase, a due date on receipt. Each PDF is built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.fallbacks import sentence_facts
from countersign.extraction.label_free_amounts import Amount, amount_triple
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


@pytest.mark.parametrize("line", ["Invoice date: 2025-03-03", "Invoice Total 1,190.00", "INVOICE", "Invoice 1 of 2"])
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


# --------------------------------------------------------------------------- sidebar, dates, terms, footer

SIDEBAR = [(20, 40, "Kestrel Systems Ltd"), (20, 56, "7 Riverside Way"), (20, 66, "London EC1A 1BB"),
           (20, 76, "VAT No.: GB123456782"), (20, 110, "INVOICE NO."), (20, 119, "INV-2025-118"), (20, 140, "DATE"),
           (20, 149, "03/03/2025"), (20, 170, "DUE DATE"), (20, 179, "02/04/2025"), (20, 200, "PURCHASE ORDER"),
           (20, 209, "PO-55123"), (200, 40, "INVOICE"), (200, 90, "Bill to"), (200, 101, "Globex Corporation"),
           (200, 112, "12 High Street"), (200, 123, "Manchester M1 2AB"), (200, 190, "Description"),
           (360, 190, "Qty"), (460, 190, "Price"), (540, 190, "Amount"), (200, 205, "Consulting"), (360, 205, "2"),
           (460, 205, "500.00"), (540, 205, "1,000.00"), (400, 260, "Subtotal"), (520, 260, "GBP 1,000.00"),
           (400, 274, "VAT 20%"), (520, 274, "GBP 200.00"), (400, 288, "Total"), (520, 288, "GBP 1,200.00")]


def test_a_sidebar_label_takes_the_value_under_it_not_the_main_column_level_with_it():
    result = extract_invoice(page_pdf(SIDEBAR))
    assert result.value("invoice_number") == "INV-2025-118"  # not "12" of "12 High Street"
    assert result.value("po_number") == "PO-55123"


def test_a_key_value_block_with_far_values_keeps_each_value_on_its_own_row():
    """A statement's right-hand block, labels and values far apart: the date under "Bill date"
    is the next row's value (its own key is just left of it), so the bill date is the one beside it."""
    rows = [(40, 40, "Heron Telecom Inc."), (40, 52, "88 Lake Road, Madison, WI 53703"),
            (440, 40, "Account number"), (545, 40, "7702 1188"), (450, 52, "Bill date"), (545, 52, "Aug 9, 2026"),
            (380, 64, "Service period"), (470, 64, "Jul 1, 2026 - Jul 31, 2026"),
            (40, 120, "Bill to"), (40, 132, "Globex Corporation"),
            (400, 260, "Subtotal"), (520, 260, "$100.00"), (400, 274, "Sales tax"), (520, 274, "$6.50"),
            (400, 288, "Total amount due"), (520, 288, "$106.50")]
    assert extract_invoice(page_pdf(rows)).value("invoice_date") == "2026-08-09"


def test_slash_dates_are_read_day_first_when_month_first_puts_the_due_date_first():
    unnamed = [row for row in SIDEBAR if not row[2].startswith("VAT No.")]  # (its GB number: day first already)
    result = extract_invoice(page_pdf(unnamed))
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-03-03", "2025-04-02")
    assert result.confidence("due_date") < 0.9 and any("day first" in w for w in result.warnings)
    result = extract_invoice(page_pdf(SIDEBAR))
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-03-03", "2025-04-02")


TOT = [(330, 400, "Total HT"), (480, 400, "1.000,00 €"), (330, 414, "TVA 20%"), (480, 414, "200,00 €"),
       (330, 428, "Total TTC"), (480, 428, "1.200,00 €")]


def _letter(vendor: str, buyer: str, terms: str = "Conditions de paiement : 14 jours net") -> list:
    return [(57, 120, buyer), (57, 132, "Markt 3"), (57, 144, "3511 CE Utrecht"), (500, 120, "2025-03-03"),
            (57, 220, "Facture n° 2025-77 du 2025-03-03")] + TOT + [
        (57, 460, terms), (57, 490, vendor),
        (150, 780, f"{vendor} · 12 rue de la Paix, 75002 Paris · TVA intracom.: FR32748603037"),
        (150, 790, "IBAN DE89370400440532013000 · RCS Paris B 92142 · Gérant : Marie Laurent")]


@pytest.mark.parametrize(("terms", "due"), [
    ("Termini di pagamento: 30 giorni", "2025-04-02"), ("Prazo de pagamento: 30 dias", "2025-04-02"),
    ("Pagamento a 30 dias", "2025-04-02"), ("Termin płatności: 14 dni", "2025-03-17"),
    ("Condiciones: 30 días", "2025-04-02")])
def test_terms_in_italian_portuguese_and_polish_give_the_due_date(terms, due):
    result = extract_invoice(page_pdf(_letter("Rossi Servizi S.r.l.", "Initech Europe B.V.", terms)))
    assert result.value("due_date") == due and result.confidence("due_date") < 0.9


@pytest.mark.parametrize(("vendor", "buyer"), [("Ferreira Comércio", "Initech Europe B.V."),
                                               ("Rossi Servizi S.r.l.", "Wayne Logistik GmbH"),
                                               ("Kowalski Serwis Sp. z o.o.", "Globex Corporation")])
def test_with_no_bill_to_the_name_signing_the_footer_with_the_ids_is_the_vendor(vendor, buyer):
    result = extract_invoice(page_pdf(_letter(vendor, buyer)))
    assert result.value("vendor_name") == vendor and result.confidence("vendor_name") < 0.9


@pytest.mark.parametrize("buyer_id", ["USt-IdNr.: DE136695976", "VAT No.: GB987654321"])
def test_the_tax_id_printed_with_the_vendors_name_beats_the_buyers_printed_first(buyer_id):
    rows = _letter("Ferreira Comércio", "Initech Europe B.V.")
    rows.insert(3, (57, 156, buyer_id))
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "FR32748603037" and result.confidence("vendor_tax_id") < 0.9


def test_receipt_lines_quantity_times_price_are_items():
    rows = [(60, 20, "Café Central GmbH"), (40, 34, "Hauptstr. 1, 10115 Berlin"),
            (12, 60, "Rechnung Nr. 4471 vom 03.03.2025"), (12, 80, "Cappuccino"), (26, 89, "2 x 3,50"),
            (180, 89, "7,00"), (12, 102, "Apfelkuchen"), (26, 111, "1 x 4,20"), (180, 111, "4,20"),
            (12, 124, "Wasser 0,5l 3 x 2,00"), (180, 124, "6,00"), (12, 140, "Netto"), (180, 140, "14,45"),
            (12, 152, "MwSt 19%"), (180, 152, "2,75"), (12, 164, "Summe"), (180, 164, "17,20")]
    result = extract_invoice(page_pdf(rows))
    got = [(li.description, li.quantity, li.amount) for li in result.line_items]
    assert got == [("Cappuccino", 2, Decimal("7.00")), ("Apfelkuchen", 1, Decimal("4.20")),
                   ("Wasser 0,5l", 3, Decimal("6.00"))]
    assert all(li.confidence < 0.9 for li in result.line_items)
    assert result.value("total") == "17.20"


def test_a_times_line_whose_product_fails_is_no_item():
    rows = [(12, 60, "Invoice No. 12 of 2025-03-03"), (12, 80, "Widget"), (26, 89, "2 x 3.50"), (180, 89, "9.00"),
            (12, 164, "Total"), (180, 164, "9.00")]
    assert extract_invoice(page_pdf(rows)).line_items == []


def test_a_national_tax_number_by_the_name_does_not_beat_the_vat_id():
    rows = _letter("Ferreira Comércio", "Initech Europe B.V.")
    rows[-2] = (150, 780, "Ferreira Comércio · 12 rue de la Paix, 75002 Paris · Steuernummer: 201/113/40209")
    rows.append((150, 800, "USt-IdNr.: DE123456789"))
    assert extract_invoice(page_pdf(rows)).value("vendor_tax_id") == "DE123456789"


@pytest.mark.parametrize("sentence", ["Si prega di effettuare il pagamento entro il 02/04/2025.",
                                      "Agradecemos o pagamento até 02/04/2025.",
                                      "Prosimy o zaplate do dnia 02.04.2025."])
def test_a_due_date_in_an_italian_portuguese_or_polish_sentence(sentence):
    from tests.test_extract_prose import HEADER

    result = extract_invoice(page_pdf(HEADER + [(40, 360, sentence)]))
    assert result.value("due_date") == "2025-04-02" and result.confidence("due_date") < 0.95


def test_an_id_with_a_letter_in_front_is_no_amount_in_rand():
    from countersign.extraction.values import parse_amount, parse_date

    assert parse_amount("R0012345678") is None
    assert parse_amount("R 1 200,00") is not None
    assert parse_date("March 3 , 2025") is not None and parse_date("March 3 , 2025")[0].isoformat() == "2025-03-03"
    rows = [(40, 40, "Wolkenwerk GmbH"), (380, 100, "Rechnungsnummer:"), (480, 100, "R0012345678"),
            (380, 124, "Rechnungsdatum:"), (480, 124, "03.03.2025"), (40, 180, "Rechnung R0012345678"),
            (300, 260, "Summe (netto)"), (480, 260, "4,79 EUR"), (300, 272, "USt. 19 %"), (480, 272, "0,91 EUR"),
            (300, 284, "Summe (brutto)"), (480, 284, "5,70 EUR")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("currency") == "EUR" and result.confidence("currency") >= 0.9


def test_an_indian_gst_invoice_sums_cgst_and_sgst_under_a_taxable_value():
    rows = [(40, 40, "Sharma Traders Pvt. Ltd."), (40, 52, "GSTIN: 27AAPFU0939F1ZV"),
            (360, 40, "Tax Invoice No: ST/24-25/118"), (360, 52, "Invoice Date: 03/03/2025"), (40, 100, "Bill To:"),
            (40, 112, "Globex India Pvt Ltd"), (330, 300, "Taxable Value"), (480, 300, "1,23,456.00"),
            (330, 314, "CGST 9%"), (480, 314, "11,111.04"), (330, 328, "SGST 9%"), (480, 328, "11,111.04"),
            (330, 342, "Total (INR)"), (480, 342, "1,45,678.08")]
    result = extract_invoice(page_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == \
        ("123456.00", "22222.08", "145678.08")
    assert result.value("currency") == "INR" and result.value("vendor_tax_id") == "27AAPFU0939F1ZV"


@pytest.mark.parametrize(("label", "field"), [("Zu zahlender Betrag", "total"), ("IGST 18%", "tax"),
                                              ("Taxable amount", "subtotal")])
def test_more_amount_labels(label, field):
    from countersign.extraction.labels import label_matches

    assert field in [name for name, _, _ in label_matches(label)]


@pytest.mark.parametrize(("text", "iso"), [("2025/03/04", "2025-03-04"), ("2025.03.04", "2025-03-04"),
                                           ("Tuesday, March 4, 2025", "2025-03-04"),
                                           ("Dienstag, 4. März 2025", "2025-03-04"),
                                           ("mardi 4 mars 2025", "2025-03-04"),
                                           ("Mar 4, 2025", "2025-03-04")])
def test_dates_year_first_with_slashes_or_dots_and_after_a_weekday(text, iso):
    from countersign.extraction.values import parse_date

    parsed = parse_date(text)
    assert parsed is not None and parsed[0].isoformat() == iso


UNLABELED = [(40, 40, "Nordlicht Logistik GmbH"), (40, 52, "Hauptstraße 12, 10115 Berlin"),
             (40, 100, "Rechnungsempfänger:"), (40, 112, "Globex Corporation"), (40, 180, "Rechnung RE-4711"),
             (330, 300, "Nettobetrag"), (480, 300, "1.000,00 EUR"), (330, 314, "MwSt. 19%"), (480, 314, "190,00 EUR"),
             (330, 328, "Gesamtbetrag"), (480, 328, "1.190,00 EUR")]


def test_a_date_printed_with_no_label_is_the_invoice_date_at_low_confidence():
    rows = UNLABELED + [(400, 40, "Berlin, 3. März 2025"), (40, 196, "Lieferdatum: 01.03.2025")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") == "2025-03-03" and result.confidence("invoice_date") == 0.7


def test_a_delivery_date_alone_is_not_taken_for_the_invoice_date():
    result = extract_invoice(page_pdf(UNLABELED + [(40, 196, "Lieferdatum: 01.03.2025")]))
    assert result.value("invoice_date") is None


def test_two_tax_rows_under_unknown_labels_sum_to_the_tax():
    amounts = _amounts(("100.00", 100), ("50.00", 110), ("150.00", 120), ("19.00", 130), ("3.50", 140),
                       ("172.50", 150))
    sub, tax, tot = amount_triple(amounts)
    assert (sub.value, tax.value, tot.value) == (Decimal("150.00"), Decimal("22.50"), Decimal("172.50"))
    assert len(tax.words) == 2


def _sized_pdf(rows: list[tuple[float, float, str, float]]) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, fontname="helv")
    return doc.tobytes()


@pytest.mark.parametrize("x", [40, 420])
def test_a_letterhead_beats_a_company_name_printed_once_lower_down_without_a_heading(x):
    rows = [(x, 50, "Acme Systems", 18), (x, 66, "7 Riverside Way · San Francisco, CA 94105", 8),
            (50, 150, "Initech Europe B.V.", 10), (50, 162, "Markt 3", 10), (50, 174, "3511 CE Utrecht", 10),
            (380, 140, "Invoice No.", 8.5), (450, 140, "2026-3611", 8.5), (330, 400, "Total excl. VAT", 9),
            (480, 400, "EUR 3,309.50", 9), (330, 414, "VAT @ 7%", 9), (480, 414, "EUR 231.67", 9),
            (330, 428, "TOTAL", 9),
            (480, 428, "EUR 3,541.17", 9)]
    result = extract_invoice(_sized_pdf(rows))
    assert result.value("vendor_name") == "Acme Systems" and result.confidence("vendor_name") < 0.9


@pytest.mark.parametrize("label", ["Receipt No.", "Quittung Nr.", "Ricevuta n.", "Recibo n.º"])
def test_a_receipt_number_is_the_documents_number_below_an_invoice_number(label):
    from countersign.extraction.labels import label_matches

    assert ("invoice_number", 1) in [(n, r) for n, r, _ in label_matches(f"{label} 12345")]
    assert [n for n, _, _ in label_matches("Bon de commande 12345")] == ["po_number", "po_number"]


def test_a_full_width_totals_row_and_a_vat_label_before_an_id():
    rows = [(40, 50, "Invoice", 20), (40, 90, "Bill to", 9), (40, 102, "Globex GmbH", 9),
            (330, 102, "Invoice number", 9), (450, 102, "5012345678", 9), (330, 170, "Nimbus Cloud EMEA Limited", 8),
            (330, 200, "VAT: IE9825613N", 8), (40, 280, "Subtotal in EUR", 9), (450, 280, "EUR 10.00", 9),
            (40, 292, "VAT (19%)", 9), (450, 292, "EUR 1.90", 9), (40, 304, "Total in EUR", 9),
            (450, 304, "EUR 11.90", 9)]
    result = extract_invoice(_sized_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("10.00", "1.90", "11.90")
    assert result.confidence("total") >= 0.9  # labelled, and the sum holds
    assert result.value("vendor_tax_id") == "IE9825613N" and result.confidence("vendor_tax_id") < 0.9


def test_a_net_row_the_items_table_took_in_still_completes_the_sum():
    rows = [(40, 40, "Datenhaus AG", 14), (360, 84, "Rechnungsnummer", 8), (460, 84, "201234567890", 8),
            (40, 200, "Pos.", 8), (70, 200, "Bezeichnung", 8), (300, 200, "Menge", 8), (370, 200, "Einzelpreis", 8),
            (470, 200, "Betrag", 8), (40, 214, "1", 8), (70, 214, "Webhosting Business", 8), (300, 214, "1", 8),
            (370, 214, "8,00 EUR", 8), (470, 214, "8,00 EUR", 8), (300, 250, "Summe Positionen (netto)", 8),
            (470, 250, "8,00 EUR", 8), (300, 262, "zzgl. Umsatzsteuer 19 %", 8), (470, 262, "1,52 EUR", 8),
            (300, 274, "Rechnungsbetrag", 8), (470, 274, "9,52 EUR", 8)]
    result = extract_invoice(_sized_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("8.00", "1.52", "9.52")


@pytest.mark.parametrize("sentence", ["Der Rechnungsbetrag wird am 10.03.2025 von Ihrem Konto abgebucht.",
                                      "The amount will be charged on March 10, 2025 to your card.",
                                      "Ce montant sera prélevé le 10/03/2025."])
def test_the_date_of_a_direct_debit_is_the_due_date(sentence):
    from tests.test_extract_prose import HEADER

    result = extract_invoice(page_pdf(HEADER + [(40, 360, sentence)]))
    assert result.value("due_date") == "2025-03-10" and result.confidence("due_date") < 0.9


def test_a_till_receipts_vat_summary_does_not_take_the_grand_total():
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=226, height=400)
    for x, y, text in [(50, 20, "Bäckerei Müller GmbH"), (10, 70, "Bon-Nr. 0815"), (120, 70, "03.03.2025 08:12"),
                       (10, 86, "Brötchen"), (180, 86, "2,70 A"), (10, 96, "Kaffee"), (180, 96, "2,90 B"),
                       (10, 112, "SUMME EUR"), (180, 112, "5,60"), (10, 152, "MwSt     Netto    Steuer   Brutto"),
                       (10, 162, "A 7%     2,52     0,18     2,70"), (10, 172, "B 19%    2,44     0,46     2,90")]:
        page.insert_text((x, y), text, fontsize=7.5, fontname="cour")
    assert extract_invoice(doc.tobytes()).value("total") == "5.60"


@pytest.mark.parametrize(("label", "field"), [("Total s/ IVA", "subtotal"), ("Total c/ IVA", "total"),
                                              ("Numero documento", "invoice_number"), ("Płatne do", "due_date")])
def test_portuguese_italian_and_polish_labels(label, field):
    from countersign.extraction.labels import label_matches

    assert [n for n, _, _ in label_matches(f"{label} 12")][0] == field
    assert label_matches("c/o 12 High Street") == ()


def test_lines_above_the_subtotal_that_sum_to_it_are_the_items():
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=226, height=400)
    for x, y, text in [(60, 20, "BLUE BOTTLE CAFE"), (10, 64, "Order #4471"), (10, 80, "Cappuccino"), (180, 80, "4.50"),
                       (10, 90, "Croissant"), (180, 90, "3.75"), (10, 100, "Water large"), (170, 100, "2.50 USD"),
                       (10, 116, "SUBTOTAL"), (180, 116, "10.75"), (10, 126, "TAX 8.25%"), (180, 126, "0.89"),
                       (10, 136, "TOTAL"), (180, 136, "11.64")]:
        page.insert_text((x, y), text, fontsize=7.5, fontname="cour")
    items = extract_invoice(doc.tobytes()).line_items
    assert [(li.description, li.amount) for li in items] == [
        ("Cappuccino", Decimal("4.50")), ("Croissant", Decimal("3.75")), ("Water large", Decimal("2.50"))]
    assert all(li.quantity is None and li.confidence < 0.9 for li in items)


def test_a_remit_to_block_beside_the_bill_to_names_the_vendor_below_0_9():
    rows = [(40, 40, "INVOICE"), (40, 80, "Bill To:"), (40, 92, "Globex Corporation"), (40, 104, "12 High Street"),
            (300, 80, "Remit To:"), (300, 92, "Kestrel Systems Inc."), (300, 104, "PO Box 4411"),
            (300, 116, "Austin, TX 78701"), (40, 160, "Invoice No: 4471"), (330, 300, "Total"), (480, 300, "1,190.00")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Kestrel Systems Inc." and result.confidence("vendor_name") < 0.9


def test_a_tax_id_in_another_companys_unheaded_block_is_not_the_vendors():
    rows = [(420, 50, "Acme Systems", 18), (420, 66, "7 Riverside Way · San Francisco, CA 94105", 8),
            (50, 150, "Initech Europe B.V.", 10), (50, 162, "Markt 3", 10), (50, 174, "3511 CE Utrecht", 10),
            (50, 186, "VAT No.: NL001234567B01", 10), (380, 140, "Invoice No.", 8.5), (450, 140, "2026-3611", 8.5),
            (330, 400, "Total", 9), (480, 400, "EUR 3,541.17", 9)]
    result = extract_invoice(_sized_pdf(rows))
    assert result.value("vendor_name") == "Acme Systems"
    assert result.value("vendor_tax_id") is None
    with_own = extract_invoice(_sized_pdf(rows + [(300, 780, "Acme Systems · VAT: GB593271291", 7)]))
    assert with_own.value("vendor_tax_id") == "GB593271291"


def test_a_date_with_a_comma_in_a_run_together_header_and_terms_after_an_unlabelled_date():
    rows = [(40, 40, "Redwood Supplies LLC"), (40, 100, "INVOICE"),
            (40, 120, "Document No.: 354999 | Invoice Date: March 8, 2026 | Customer No.: 14324"),
            (330, 300, "Total"), (480, 300, "3,258.00"), (40, 330, "USD · Terms: Net 10")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") == "2026-03-08" and result.value("due_date") == "2026-03-18"
    unlabelled = [r for r in rows if "Document" not in r[2]] + [(40, 120, "Invoice INV-77"), (400, 40, "8 March 2026")]
    result = extract_invoice(page_pdf(unlabelled))
    assert result.value("invoice_date") == "2026-03-08" and result.value("due_date") == "2026-03-18"
    assert result.confidence("due_date") < 0.9


def test_issued_on_in_portuguese_italian_and_polish_labels_the_invoice_date():
    from countersign.extraction.labels import label_matches

    for label in ("Emitida em", "Emessa il", "Wystawiono dnia"):
        assert [n for n, _, _ in label_matches(f"{label} 03.03.2025")][0] == "invoice_date", label


@pytest.mark.parametrize(("sentence", "due"), [("Gelieve het bedrag vóór 02-04-2025 over te maken.", "2025-04-02"),
                                               ("Bitte den Betrag bis zum 02.04.2025 zu überweisen.", "2025-04-02"),
                                               ("Wir liefern bis 02.04.2025.", None)])
def test_a_due_date_before_the_verb_to_pay(sentence, due):
    from tests.test_extract_prose import HEADER

    assert extract_invoice(page_pdf(HEADER + [(40, 360, sentence)])).value("due_date") == due


def test_a_date_takes_only_its_own_words_so_the_next_label_on_the_line_is_read():
    rows = [(40, 40, "Nordlicht Logistik GmbH"), (40, 120, "Rechnungsnummer: RE-4711 | Datum: 01.11.2024"),
            (40, 132, "Zahlbar bis: 30.11.2024 | Bestellung: ORD-673-46"), (330, 300, "Gesamtbetrag"),
            (480, 300, "1.190,00 EUR")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("due_date") == "2024-11-30" and result.value("po_number") == "ORD-673-46"


def test_a_checked_vat_id_in_the_footer_without_its_label_is_the_vendors():
    """The footer's "VAT reg. no." wrapped away from its value: the one checked VAT id down there."""
    rows = HEAD + [(360, 40, "Rechnungsnummer: RE-4711"), (360, 52, "Rechnungsdatum: 03.03.2025"),
                   (330, 300, "Nettobetrag"), (480, 300, "1.000,00"), (330, 314, "MwSt. 19%"), (480, 314, "190,00"),
                   (330, 328, "Gesamtbetrag"), (480, 328, "1.190,00"),
                   (40, 780, "Org.nr 556703-7485 · VAT reg. no."), (40, 790, "SE556703748501 · Registered office")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "SE556703748501"
    assert result.confidence("vendor_tax_id") < 0.9
    # a number of the right shape whose check digits fail is no tax id without its label
    failing = [r if "SE55" not in r[2] else (40, 790, "SE556703748599 · Registered office") for r in rows]
    assert extract_invoice(page_pdf(failing)).value("vendor_tax_id") is None


@pytest.mark.parametrize("footer", [
    [(430, 780, "Foretaksregisteret · Org.nr. NO 995"), (430, 789, "525 828 MVA")],  # wrapped in a narrow column
    [(40, 780, "Foretaksregisteret · NO 995 525 828 MVA · Bergen")],  # on one line: its own tail is no second id
])
def test_a_checked_norwegian_org_number_in_the_footer_is_read_whole(footer):
    rows = HEAD + [(360, 40, "Fakturanummer: 10233"), (360, 52, "Fakturadato: 03.03.2025"),
                   (330, 300, "Netto"), (480, 300, "1 000,00"), (330, 314, "MVA 25%"), (480, 314, "250,00"),
                   (330, 328, "Totalt"), (480, 328, "1 250,00")] + footer
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "NO 995 525 828 MVA" and result.confidence("vendor_tax_id") < 0.9


def test_a_value_under_the_label_chosen_over_a_different_one_beside_it_is_not_sure():
    """A key-value row ("Bill date  Jul 5, 2026") over another row ("Service period  Jun 1, 2026 - ...")
    with its value far right: the one below may be the other row's, so neither reads as sure."""
    rows = [(40, 40, "Pinnacle Wireless Communications, Inc."), (300, 60, "Invoice number"), (470, 60, "4639515351"),
            (300, 74, "Bill date"), (470, 74, "Jul 5, 2026"), (300, 88, "Jun 1, 2026 - Jun 30, 2026"),
            (380, 270, "Subtotal"), (490, 270, "250.00"), (380, 284, "Tax"), (490, 284, "21.51"),
            (380, 298, "Total amount due"), (490, 298, "$271.51")]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") is not None and result.confidence("invoice_date") < 0.9
