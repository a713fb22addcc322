"""Labels read by meaning: wordings no pattern lists are read from their words, labels of no field
block their values, and a label never reaches across a column into its neighbour's."""

from __future__ import annotations

import pymupdf
import pytest

from countersign.extraction.labels import label_matches, validate
from countersign.extraction.layout import Word
from countersign.extraction.lexicon import concepts_of, read_label
from countersign.extraction.reader import extract_invoice


def fields_of(text: str) -> list[tuple[str, int, str]]:
    """(field, rank, what follows the label) for each reading of `text`."""
    return [(name, rank, text[m.end():]) for name, rank, m in read_label(text)]


@pytest.mark.parametrize(("text", "field", "rank", "rest"), [
    ("Rechnungs-Nr.: 2025-0042", "invoice_number", 0, "2025-0042"),
    ("Re.-Nr. 2025-0042", "invoice_number", 0, "2025-0042"),
    ("Réf. facture F-12", "invoice_number", 0, "F-12"),
    ("Beleg-Nr. 12", "invoice_number", 1, "12"),
    ("Datum factuur 12-03-2025", "invoice_date", 0, "12-03-2025"),
    ("Date de facturation : 12/03/2025", "invoice_date", 0, "12/03/2025"),
    ("Dated 12 March 2025", "invoice_date", 1, "12 March 2025"),
    ("Fecha vencimiento 12/04/2025", "due_date", 0, "12/04/2025"),
    ("Uiterste betaaldatum 12-04-2025", "due_date", 0, "12-04-2025"),
    ("Te betalen vóór 12-04-2025", "due_date", 0, "12-04-2025"),
    ("Payment deadline: 12 April 2025", "due_date", 0, "12 April 2025"),
    ("Zahlbar spätestens bis 12.04.2025", "due_date", 0, "12.04.2025"),
    ("Zahlungsfrist: 12.04.2025", "due_date", 1, "12.04.2025"),
    ("Valor total dos produtos 70.693,21", "subtotal", 0, "70.693,21"),  # a Brazilian DANFE's boxes
    ("Valor do IPI 0,00", "tax", 0, "0,00"),
    ("Venc. 05/10/2025", "due_date", 1, "05/10/2025"),
    ("Your Order No. 4711", "po_number", 0, "4711"),
    ("P.O. No. 4711", "po_number", 0, "4711"),
    ("Order Ref. 4711", "po_number", 1, "4711"),
    ("VAT Registration No.: GB123456789", "vendor_tax_id", 0, "GB123456789"),
    ("BTW-identificatienummer NL123456789B01", "vendor_tax_id", 0, "NL123456789B01"),
    ("N.I.F.: B12345678", "vendor_tax_id", 0, "B12345678"),
    ("Warenwert netto 1.234,56", "subtotal", 0, "1.234,56"),
    ("Total excl. VAT 1,234.56", "subtotal", 0, "1,234.56"),
    ("Endbetrag 1.469,13", "total", 0, "1.469,13"),
    ("Total (incl. tax) 1,469.13", "total", 0, "1,469.13"),
    ("Noch zu zahlen 734,57", "total", 1, "734,57"),
    ("Versandkosten 9,90", "charge", 0, "9,90"),
    ("Kortingsbedrag -12,00", "discount", 0, "-12,00"),
    ("INVOICE NO:...........: 210813", "invoice_number", 0, "210813"),
    ("Invoice no:: 2025-2461", "invoice_number", 0, "2025-2461"),
    ("Base 22.942,69", "subtotal", 0, "22.942,69"),
    ("LPO No. LPO/2026/2718", "po_number", 0, "LPO/2026/2718"),  # a local purchase order (the Gulf)
    ("TRN: 100839878394093", "vendor_tax_id", 0, "100839878394093"),  # the Emirates' tax registration number
    ("TPIN 80488598", "vendor_tax_id", 0, "80488598"),  # Malawi's and Zambia's taxpayer number
    ("Total inc GST $2,113.91", "total", 0, "2,113.91"),  # (the sign read as the label's money)
    ("Subtotal (ex GST) 2,030.62", "subtotal", 0, "2,030.62"),
    ("JUMLAH BESAR RM 261.30", "total", 0, "RM 261.30"),  # Malay: the grand total
    ("No. Tempahan TMP5553", "po_number", 0, "TMP5553"),  # Malay: the order's (a booking's) number
    ("Укупна основица 380.071,44", "subtotal", 0, "380.071,44"),  # Serbian: the total tax base
    ("Buyer's Order No. & Date PO-26079 dt. 03-06-2025", "po_number", 0, "PO-26079 dt. 03-06-2025"),
    ("Customer's Order No. 4711", "po_number", 1, "4711"),
    ("Laskun numero 24992", "invoice_number", 0, "24992"),  # Finnish
    ("Laskun päivämäärä 26.8.2025", "invoice_date", 0, "26.8.2025"),
    ("Eräpäivä 9.9.2025", "due_date", 0, "9.9.2025"),
    ("Tilausnumero TIL-3076", "po_number", 0, "TIL-3076"),
    ("Veroton yhteensä 3 270,22", "subtotal", 0, "3 270,22"),
    ("Y-tunnus 1975605-1", "vendor_tax_id", 0, "1975605-1"),
    ("ALV-rek. FI86580076", "vendor_tax_id", 0, "FI86580076"),
    ("Invoice № 2025-185", "invoice_number", 0, "2025-185"),  # the numero sign
    ("Celkem k úhradě: 29 150,94", "total", 1, "29 150,94"),  # Czech: the total to pay
    ("Součet 24 360,94", "total", 0, "24 360,94"),  # Czech: the sum row
    ("Дата на издаване: 02.03.2026", "invoice_date", 0, "02.03.2026"),  # Bulgarian
    ("Срок за плащане: 16.03.2026", "due_date", 0, "16.03.2026"),
    ("ИН по ЗДДС: BG123456789", "vendor_tax_id", 0, "BG123456789"),
    ("Данъчна основа 1 000,00", "subtotal", 0, "1 000,00"),
    ("Към поръчка № ZP-77", "po_number", 0, "ZP-77"),
    ("Apmokėti iki: 2026-04-30", "due_date", 0, "2026-04-30"),  # Lithuanian
    ("Užsakymo Nr. UZ-12", "po_number", 0, "UZ-12"),
    ("Suma be PVM 1 000,00", "subtotal", 0, "1 000,00"),
    ("PVM mokėtojo kodas LT100001234567", "vendor_tax_id", 0, "LT100001234567"),
    ("Jatuh Tempo: 30 April 2026", "due_date", 0, "30 April 2026"),  # Indonesian
    ("NPWP: 01.234.567.8-901.000", "vendor_tax_id", 0, "01.234.567.8-901.000"),
])
def test_unlisted_wordings_are_read_by_their_words(text, field, rank, rest):
    assert fields_of(text)[0] == (field, rank, rest)


def test_a_word_of_two_languages_is_read_both_ways():
    # "PVM": Lithuania's VAT, and the Finnish abbreviation of a date.
    assert {name for name, _, _ in read_label("PVM 21 %")} >= {"tax", "invoice_date"}
    assert label_matches("PVM 21 % 210,00")[0][:2] == ("tax", 0)  # the stronger rank first
    assert fields_of("Laskun pvm 26.8.2025")[0] == ("invoice_date", 0, "26.8.2025")


def test_a_label_of_an_unknown_language_is_read_by_its_translation_in_parentheses():
    # Malay, which the lexicon does not know: the English gloss names the field, with all its words
    text = "Mata wang (Currency): MYR"
    assert [(name, text[m.end():]) for name, _, m in label_matches(text)] == [("currency", "MYR")]
    assert label_matches("Kaedah bayaran (Payment method): Tunai") == ()  # "Payment method" names no field
    assert label_matches("Petsa (Date) 5") == ()  # no colon: no label (Filipino; Malay's "Tarikh" is known now)


def test_a_tax_rate_is_read_before_or_after_the_tax_word():
    for text in ("zzgl. 19% USt. 234,57", "USt. 19 % 234,57", "T.V.A. (19 %) 234,57"):
        (name, _, read), *_ = read_label(text)
        assert name == "tax" and read.groupdict()["rate"] == "19", text


@pytest.mark.parametrize("text", ["Kundennr. 61351", "Code client 61351", "Lieferdatum 12.03.2025",
                                  "Order date 12.03.2025", "Amount paid 100.00", "Steuersatz 19", "VAT rate 20"])
def test_labels_of_no_field_read_as_nothing_and_block_their_values(text):
    assert fields_of(text)[0][:2] == ("", 0)
    assert label_matches(text) == ()


@pytest.mark.parametrize("text", ["INV-1043", "PO-2001", "PO445", "Net 30", "Total Logistics GmbH",
                                  "Kundennr. Zahlungsziel Ihre Bestellnummer 61351", "Pos"])
def test_values_and_runs_across_labels_are_no_label_of_a_field(text):
    assert not [f for f in fields_of(text) if f[0] and f[2][:1].isdigit()]


def _words(text: str) -> list[Word]:
    out, x = [], 0.0
    for i, t in enumerate(text.split()):
        out.append(Word(1, x, 0, x + 5 * len(t), 10, t, i))
        x += 5 * len(t) + 3
    return out


def test_a_number_of_days_or_a_percentage_is_no_amount():
    assert validate("total", _words("30 jours")) is None  # "Payable sous | 30 jours" is terms
    assert validate("total", _words("19 %")) is None
    assert validate("total", _words("30,00 EUR"))[0] == "30.00"


def test_an_amount_after_its_moneys_name_in_words():
    assert validate("total", _words("Malawi Kwacha 7,133,295.00"))[0] == "7133295.00"
    assert validate("total", _words("Kwacha 318,500.00"))[0] == "318500.00"
    assert validate("total", _words("Blantyre Office 318,500.00")) is None  # no money's name


def test_compounds_split_at_known_word_ends():
    assert concepts_of("fälligkeitsdatum") == ("DUE", "DATE")
    assert concepts_of("inkoopordernummer") == ("ORDER", "NUM")
    assert concepts_of("kortingsbedrag") == ("DISCOUNT", "TOTAL")
    assert concepts_of("pos") is None  # not "po" + "s"


def _header_row_pdf() -> bytes:
    """A boxed header: five labels on one row, each value under its own label."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Servicios Iberia S.L.", fontsize=14, fontname="hebo")
    cells = [("Nº Factura", "RE263807"), ("Fecha factura", "06/02/2026"), ("Cliente nº", "44958"),
             ("Nº Pedido", "BE8096"), ("Condiciones", "30 días")]
    for i, (label, value) in enumerate(cells):
        page.insert_text((47 + 103 * i, 210), label, fontsize=7)
        page.insert_text((47 + 103 * i, 224), value, fontsize=8.5)
    page.insert_text((330, 300), "Base imponible", fontsize=9)
    page.insert_text((500, 300), "1.000,00 EUR", fontsize=9)
    page.insert_text((330, 314), "IVA 21%", fontsize=9)
    page.insert_text((500, 314), "210,00 EUR", fontsize=9)
    page.insert_text((330, 328), "Total factura", fontsize=9)
    page.insert_text((500, 328), "1.210,00 EUR", fontsize=9)
    data = doc.tobytes()
    doc.close()
    return data


def _boxed_pdf(cells: list[tuple[str, str]]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Hoffmann Elektrotechnik GmbH", fontsize=14, fontname="hebo")
    for i, (label, value) in enumerate(cells):
        page.insert_text((47 + 103 * i, 210), label, fontsize=7)
        page.insert_text((47 + 103 * i, 224), value, fontsize=8.5)
    data = doc.tobytes()
    doc.close()
    return data


def test_a_label_ending_in_a_filler_word_takes_the_value_under_it():
    result = extract_invoice(_boxed_pdf([("Número de factura", "2025-0407"), ("Fecha", "27-06-2025"),
                                         ("Pagar antes de", "27-07-2025")]))
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-06-27", "2025-07-27")


def test_a_terms_label_never_takes_its_neighbours_label_as_its_value():
    result = extract_invoice(_boxed_pdf([("Re.-Nr.", "398304"), ("Datum", "23 Juni 2025"),
                                         ("Zahlungsziel", "3 Juli 2025"), ("Ihre Bestellnummer", "ORD-981-69")]))
    assert (result.value("due_date"), result.value("po_number")) == ("2025-07-03", "ORD-981-69")


def test_an_ambiguous_date_after_a_separator_is_read_day_first_outside_english():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Atelier Moreau SARL", fontsize=14, fontname="hebo")
    page.insert_text((40, 120), "Facture n° F-12  |  Date de facture: 03/08/2024  |  N° client: 4711", fontsize=9)
    data = doc.tobytes()
    doc.close()
    result = extract_invoice(data)
    assert result.value("invoice_date") == "2024-08-03"
    assert result.confidence("invoice_date") < 0.9


def test_a_label_row_pairs_each_label_with_the_value_under_it():
    result = extract_invoice(_header_row_pdf())
    assert result.value("invoice_number") == "RE263807"
    assert result.value("invoice_date") == "2026-02-06"
    assert result.value("po_number") == "BE8096"  # not the customer number under "Cliente nº"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "210.00", "1210.00")
    assert result.confidence("total") >= 0.9


def _footer_pdf(footer: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Weber Haustechnik GmbH", fontsize=15, fontname="hebo")
    page.insert_text((360, 40), "Rechnungsnummer: RE-4711", fontsize=9)
    page.insert_text((40, 100), "Rechnungsempfänger:", fontsize=9)
    page.insert_text((40, 112), "Globex Corporation", fontsize=9)
    page.insert_text((40, 124), "Lindenallee 7a · 50667 Köln · USt-IdNr.: FR19787878784", fontsize=9)
    page.insert_text((40, 800), footer, fontsize=7)
    data = doc.tobytes()
    doc.close()
    return data


@pytest.mark.parametrize("footer", [
    "Weber Haustechnik GmbH · Hauptstraße 12 · 10115 Berlin · USt-IdNr.: DE123456789",
    "Hauptstraße 12, 10115 Berlin - VAT No.: DE123456789 - IBAN DE89370400440532013000",
])
def test_a_label_inside_a_run_together_footer_is_read(footer):
    result = extract_invoice(_footer_pdf(footer))
    # The buyer's id, run together in the buyer's block the same way, is never the vendor's.
    assert result.value("vendor_tax_id") == "DE123456789"
    assert result.confidence("vendor_tax_id") >= 0.9


@pytest.mark.parametrize(("text", "value"), [
    ("VAT Reg. No. GB 503 3387 37", "GB 503 3387 37"),  # four groups that make a UK VAT number
    ("Tax ID 12 345 678 90", "12 345 678"),  # four groups in no VAT number's shape: three, as before
])
def test_a_tax_id_in_four_groups_is_read_whole_when_they_make_a_vat_number_only(text, value):
    name, _, m = read_label(text)[0]
    assert name == "vendor_tax_id"
    words = [Word(1, 10.0 * i, 0, 10.0 * i + 8, 8, t, i) for i, t in enumerate(text[m.end():].split())]
    assert validate(name, words)[0] == value



@pytest.mark.parametrize(("value", "po"), [("P/O 83239", "83239"), ("PO 4500295360", "4500295360"),
                                           ("PO63104", "PO63104"), ("PO-2025-117", "PO-2025-117")])
def test_a_po_number_printed_behind_the_orders_own_word_is_the_number_alone(value, po):
    # "P.O. NUMBER" over "P/O 83239", "Your reference: PO 4500295360": "PO" spaced off is no part of the number.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 40), "Lion City Aircon Engineering Pte. Ltd.", fontsize=12, fontname="hebo")
    page.insert_text((400, 40), "Invoice No: 7402", fontsize=9)
    page.insert_text((45, 200), "P.O. NUMBER", fontsize=8)
    page.insert_text((45, 213), value, fontsize=9)
    page.insert_text((400, 300), "Total", fontsize=9)
    page.insert_text((480, 300), "1,200.00", fontsize=9)
    data = doc.tobytes()
    doc.close()
    assert extract_invoice(data).value("po_number") == po
    words = [Word(1, 60.0 * i, 0, 60.0 * i + 50, 8, t, i) for i, t in enumerate(value.split())]
    assert validate("po_number", words)[0] == po


def test_a_number_sign_opening_a_references_cell_is_no_part_of_it():
    """"Заказ покупателя: | № З-259": the value's cell repeats the number sign."""
    assert validate("po_number", _words("№ З-259"))[0] == "З-259"
    assert validate("invoice_number", _words("# 4514401638"))[0] == "4514401638"
    assert validate("po_number", _words("№")) is None
