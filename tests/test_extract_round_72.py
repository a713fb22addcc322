"""Readings met on new blind invoices (sets 72 and 73), each with a PDF built here: a Timorese fatura that prints each
value before its label, a Lithuanian invoice with captions under its values and its series, a bilingual Georgian
invoice in lari with a dollar column, an Armenian letter in drams, a French letter on a justified page, a Sri Lankan
invoice in rupees, an Australian adjustment note, an Indonesian faktur, a Polish invoice paid in cash."""

from __future__ import annotations

import pymupdf
import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf

_VALUE_FIRST = [
    (45, 46, "Pousada Vale de Maliana, Lda.", 15),
    (45, 67, "Rua de Holsa, Maliana, Município de Bobonaro · Timor-Leste", 8),
    (45, 114, "FATURA", 16),
    (45, 148, "Exmos. Senhores", 9), (275, 148, "FT PVM/2025/0146", 9), (428, 148, "Fatura n.º", 9),
    (45, 162, "Cooperativa Café Bobonaro", 9), (275, 162, "22-09-2025", 9), (428, 162, "Data de emissão", 9),
    (275, 176, "REQ-246/2026", 9), (428, 176, "Requisição n.º", 9),
    (48, 241, "Descrição", 8), (480, 241, "Valor (US$)", 8),
    (48, 260, "Alojamento, quarto duplo com pequeno-almoço", 8), (480, 260, "385,00", 8),
    (343, 359, "Subtotal", 9), (480, 359, "385,00", 9),
    (343, 376, "Imposto sobre serviços 5 %", 9), (480, 376, "19,25", 9),
    (343, 393, "Total da fatura (US$)", 9), (480, 393, "404,25", 9),
    (45, 800, "Processado por computador · FT PVM/2025/0146 · Página 1 de 1", 7),
]


def test_a_value_printed_before_its_label_at_the_lines_end():
    """"FT PVM/2025/0146 | Fatura n.º": the label ends the line, its value stands left of it (a series, its year and
    the number), read below 0.9."""
    invoice = extract_invoice(rows_pdf(_VALUE_FIRST))
    assert (invoice.value("invoice_number"), invoice.value("invoice_date"), invoice.value("po_number")) == (
        "FT PVM/2025/0146", "2025-09-22", "REQ-246/2026")
    assert invoice.confidence("invoice_number") < 0.9


def test_a_billing_programs_imprint_in_the_footer_is_no_vendor():
    """"Processado por computador · FT ... · Página 1 de 1": the program that printed the page, not a name."""
    assert extract_invoice(rows_pdf(_VALUE_FIRST)).value("vendor_name") == "Pousada Vale de Maliana, Lda."


_CAPTIONED = [
    (43, 40, "UAB „Luokės statybinės", 14), (335, 40, "Suma be PVM", 9), (470, 40, "1676,03 EUR", 9),
    (43, 56, "medžiagos“", 14), (335, 56, "PVM 21 %", 9), (470, 56, "351,97 EUR", 9),
    (43, 72, "Žemaitės g. 70, LT-87154 Telšiai", 8), (335, 72, "Mokėti iš viso", 9), (470, 72, "2028,00 EUR", 9),
    (43, 92, "PVM SĄSKAITA FAKTŪRA", 13),
    (324, 108, "Mokėjimo paskirtyje nurodykite: LSM 050725", 8),
    (43, 112, "Serija LSM Nr. 050725", 10),
    (43, 126, "2026 m. spalio 23 d.", 9),
    (64, 149, "PARDAVĖJAS", 8), (240, 149, "PIRKĖJAS", 8), (420, 149, "DOKUMENTAI", 8),
    (64, 157, "UAB „Luokės statybinės", 9), (240, 157, "UAB „Plungės statyba“", 9), (420, 157, "PS-9708", 9),
    (96, 168, "medžiagos“", 9), (240, 168, "(pavadinimas)", 7), (420, 168, "(užsakymo Nr.)", 7),
    (96, 182, "464102040", 9), (240, 182, "671199063", 9),
    (90, 193, "(įmonės kodas)", 7), (240, 193, "(įmonės kodas)", 7),
    (96, 207, "LT179517914", 9), (240, 207, "LT151682810", 9),
    (90, 218, "(PVM mokėtojo kodas)", 7), (240, 218, "(PVM mokėtojo kodas)", 7),
]


def test_a_caption_under_its_value_labels_the_value_above_it():
    """"PS-9708" over "(užsakymo Nr.)", the seller's and the buyer's "(PVM mokėtojo kodas)" under their VAT ids: the
    value is the one above the caption, and the buyer's column's is the buyer's."""
    invoice = extract_invoice(rows_pdf(_CAPTIONED))
    assert (invoice.value("po_number"), invoice.value("vendor_tax_id")) == ("PS-9708", "LT179517914")


def test_a_series_the_page_quotes_with_the_number_is_part_of_it():
    """"Serija LSM Nr. 050725" and "Mokėjimo paskirtyje nurodykite: LSM 050725" (quote it in the payment): the
    invoice is known by its series and number together."""
    assert extract_invoice(rows_pdf(_CAPTIONED)).value("invoice_number") == "LSM 050725"


def test_a_quoted_name_wrapped_under_a_seller_heading_is_read_to_its_closing_quote():
    """"UAB „Luokės statybinės" / "medžiagos“" under "PARDAVĖJAS": the quotes close the name on the next line."""
    assert extract_invoice(rows_pdf(_CAPTIONED)).value("vendor_name") == "UAB „Luokės statybinės medžiagos“"


def test_a_series_printed_alone_stays_out_of_the_number():
    """"Serija BSS Nr. 015694" with the number quoted nowhere else: the number alone, as before."""
    rows = [(40, 30, "Alpina Trade d.o.o.", 13), (40, 50, "Zagrebačka 5, Ljubljana", 8),
            (40, 90, "RAČUN", 14), (40, 108, "Serija BSS Nr. 015694", 10),
            (320, 150, "Skupaj", 9), (450, 150, "120,00 EUR", 9)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "015694"


_BILINGUAL = [
    (40, 34, "შპს „ბორჯომის წყაროები“", 12), (560, 34, "ინვოისი / INVOICE", 14),
    (40, 50, "Borjomi Valley Springs LLC", 9),
    (40, 62, "Rustaveli St. 48, Borjomi 1200, Georgia · Tel. +995 367 294 920", 8),
    (40, 82, "ინვოისის № / Invoice No.", 8), (170, 82, "BVS-2025-794", 8),
    (40, 96, "თარიღი / Date", 8), (170, 96, "Jun-28-2025", 8),
    (40, 110, "გადახდის ვადა / Payment due", 8), (170, 110, "Jul-13-2025", 8),
    (40, 124, "შეკვეთის № / Order No.", 8), (170, 124, "PO 88230", 8),
    (43, 160, "Description", 8), (420, 160, "Amount GEL", 8), (520, 160, "USD equiv.", 8),
    (43, 175, "Mineral water 0.5 l glass, case of 12", 8), (420, 175, "9,533.54", 8), (520, 175, "3,596.07", 8),
    (40, 250, "ჯამი დღგ-ს გარეშე / Total excl. VAT", 8), (250, 250, "GEL 9,533.54", 8), (360, 250, "USD 3,596.07", 8),
    (40, 265, "დღგ 18% / VAT 18%", 8), (250, 265, "GEL 1,716.04", 8), (360, 265, "USD 647.29", 8),
    (40, 279, "სულ გადასახდელი / Total payable", 8), (250, 279, "GEL 11,249.58", 8), (360, 279, "USD 4,243.36", 8),
    (40, 295, "USD amounts for information only, at the National Bank of Georgia rate: 1 USD = 2.6511 GEL.", 8),
]


def test_a_label_in_an_unknown_script_is_read_by_its_translation_after_the_slash():
    """"თარიღი / Date", "შეკვეთის № / Order No.": the English after the slash is the whole label; dates printed
    "Jun-28-2025"."""
    invoice = extract_invoice(rows_pdf(_BILINGUAL, landscape=True))
    assert (invoice.value("invoice_number"), invoice.value("invoice_date"), invoice.value("due_date"),
            invoice.value("po_number")) == ("BVS-2025-794", "2025-06-28", "2025-07-13", "PO 88230")


def test_a_code_that_is_a_word_is_the_currency_printed_with_the_total():
    """"Total payable | GEL 11,249.58 | USD 4,243.36": "GEL" is a word too, but printed with the total it is the
    currency, and the dollars a counter-value."""
    assert extract_invoice(rows_pdf(_BILINGUAL, landscape=True)).value("currency") == "GEL"


_LETTER_AM = [
    (65, 45, "Goris Stone Houses Guesthouse LLC", 15),
    (65, 65, "14 Mashtots Street, Goris 3201, Syunik Province, Armenia", 8),
    (65, 77, "TIN 03500241 · VAT payer · Tel. +374 284 25918 · goris@mail.am", 8),
    (406, 108, "Goris, 1 December 2025", 10),
    (65, 130, "Caucasus Discovery Tours GmbH", 10), (65, 144, "Neuer Wall 54, 20354 Hamburg, Germany", 10),
    (65, 158, "VAT / tax id: DE304903813", 10),
    (65, 186, "Subject: Invoice No. GSH-2025/064", 10),
    (65, 250, "Please find below our invoice No. GSH-2025/064 dated 1 December 2025 for the", 10),
    (65, 265, "accommodation and meals provided to your group under your order No. CDT-7038.", 10),
    (65, 287, "The invoice covers 20 dinners with local wine at AMD 8,500 each, AMD 170,000; 40", 10),
    (65, 302, "packed lunches for the Tatev hike at AMD 3,000 each, AMD 120,000 and 19 cooking", 10),
    (65, 317, "classes with the host family at AMD 8,500 each, AMD 161,500.", 10),
    (65, 339, "The total amount of this invoice is AMD 541,800 (five hundred and forty-one thousand", 10),
    (65, 354, "eight hundred Armenian drams), comprising AMD 451,500 net of VAT and VAT at 20 % of", 10),
    (65, 369, "AMD 90,300. For your information, this is about EUR 1,332.35 at the Central Bank rate.", 10),
    (65, 391, "Kindly transfer the amount by 15 December 2025 to our account No. 2865407174068333", 10),
    (65, 406, "with Ardshinbank CJSC, quoting the invoice number. Thank you for your trust.", 10),
]


def test_a_letters_sums_in_drams_with_the_net_named_after_its_amount():
    """"is AMD 541,800", "comprising AMD 451,500 net of VAT": the code before the whole amounts ("AMD" is a word too),
    the net's words after its amount; the currency is the drams, not the euro counter-value."""
    invoice = extract_invoice(rows_pdf(_LETTER_AM))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total"), invoice.value("currency")) == (
        "451500", "90300", "541800", "AMD")


def test_a_letters_items_listed_clause_by_clause_in_one_sentence():
    """"20 dinners with local wine at AMD 8,500 each, AMD 170,000; 40 packed lunches ... and 19 cooking classes ...":
    an item a clause, where quantity times price makes the amount."""
    items = extract_invoice(rows_pdf(_LETTER_AM)).line_items
    assert [(str(i.quantity), str(i.amount)) for i in items] == [("20", "170000"), ("40", "120000"), ("19", "161500")]
    assert items[0].description == "dinners with local wine"


def test_a_transfer_asked_by_a_day_is_the_due_date():
    """"Kindly transfer the amount by 15 December 2025": the due date."""
    assert extract_invoice(rows_pdf(_LETTER_AM)).value("due_date") == "2025-12-15"


def test_a_national_tax_id_in_the_letterhead_beats_the_addressees_vat_id():
    """"TIN 03500241" under the letterhead's name, the addressee's "DE304903813" the only VAT-shaped id: the vendor's
    is the national one, not none."""
    invoice = extract_invoice(rows_pdf(_LETTER_AM))
    assert invoice.value("vendor_tax_id") == "03500241"
    assert invoice.confidence("vendor_tax_id") < 0.9


def _justified(text: str, y: float, x0: float = 57.0, x1: float = 539.0, size: int = 10
               ) -> list[tuple[float, float, str, int]]:
    """A line of running text set justified, as word processors print it: its words spread to both margins at one
    width of space, each drawn apart."""
    try:
        font = pymupdf.Font(fontfile=FONT)
    except (FileNotFoundError, OSError, RuntimeError):
        pytest.skip(f"no Unicode TrueType font at {FONT}")
    words = text.split()
    widths = [font.text_length(w, fontsize=size) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    rows, x = [], x0
    for word, width in zip(words, widths, strict=True):
        rows.append((x, y, word, size))
        x += width + gap
    return rows


def test_a_number_the_next_word_calls_a_rate_is_no_tax():
    """A justified line, each word its own segment: "la | TVA | au | taux | de | 11 | % | pour | 251,31 | USD": 11 is
    the rate; the sums are read from the sentence."""
    rows = _justified("Le montant hors taxes s'élève à 2 284,60 USD, auquel s'ajoute la TVA au taux de 11 % pour", 376)
    rows = [(57, 45, "Laiterie Mont-Sannine SARL", 15), (57, 64, "Route de Damas, Chtaura – Liban", 8),
            (57, 195, "Objet : Facture n° LMS-2025-293", 10),
            (57, 238, "Suite à la livraison effectuée le 9 février 2025, nous avons l'honneur de vous adresser", 10),
            (57, 252, "notre facture n° LMS-2025-293 datée du 15 février 2025, relative à la fourniture de lait.", 10),
            *rows,
            (57, 390, "251,31 USD, soit un montant total toutes taxes comprises de 2 535,91 USD (deux mille cinq", 10),
            (57, 405, "cent trente-cinq dollars américains et quatre-vingt-onze cents).", 10),
            (57, 426, "La contre-valeur de la TVA en livres libanaises est de 22 492 245 LBP au taux de 89 500", 10),
            (57, 440, "LBP pour un dollar.", 10)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total"), invoice.value("currency")) == (
        "2284.60", "251.31", "2535.91", "USD")


def test_a_banks_bic_names_the_country_of_a_shared_sign():
    """"Rs." is the Indian, Sri Lankan, Pakistani ... rupee; "SWIFT CCEYLKLX" is a bank in Sri Lanka (LK)."""
    rows = [(37, 14, "Hill Country Tea Machinery Engineers (Pvt) Ltd", 12), (600, 14, "TAX INVOICE", 14),
            (37, 36, "No. 42, Badulla Road, Nuwara Eliya · Tel 052 2273783", 8),
            (41, 75, "Invoice No.", 8), (140, 75, "HCT/INV/2173", 8),
            (41, 166, "Description", 8), (600, 166, "Value (Rs.)", 8),
            (41, 183, "Bearing 6310 ZZ supplied and fitted", 8), (600, 183, "66,400.00", 8),
            (42, 291, "Total value of supply (Rs.)", 8), (600, 291, "66,400.00", 8),
            (42, 309, "VAT amount @ 18% (Rs.)", 8), (600, 309, "11,952.00", 8),
            (42, 331, "Total amount including VAT (Rs.)", 8), (600, 331, "78,352.00", 8),
            (371, 360, "Transfer to Commercial Bank of Ceylon PLC, A/C 4710598166 (SWIFT CCEYLKLX).", 8)]
    assert extract_invoice(rows_pdf(rows, landscape=True)).value("currency") == "LKR"


def test_an_adjustment_note_is_a_credit_note_and_includes_its_gst():
    """Australia's "ADJUSTMENT NOTE" (a GST credit) with "ADJUSTMENT NOTE NO." and "GST included in credit" under
    "Total credit inc GST"; a tax invoice's "Total includes GST of" is its tax too."""
    rows = [(37, 37, "Green Triangle Timber & Hardware Pty Ltd", 12), (400, 37, "ADJUSTMENT NOTE", 14),
            (37, 58, "6 Pick Avenue, Mount Gambier SA 5290 · ABN 72 378 860 450", 8),
            (46, 125, "ADJUSTMENT NOTE NO.", 7), (160, 125, "DATE", 7),
            (46, 133, "AN-1981", 9), (160, 133, "14 Oct 2026", 9),
            (40, 228, "DESCRIPTION", 7), (480, 228, "AMOUNT", 7),
            (40, 252, "Marine plywood 2400x1200 12 mm", 8), (480, 252, "-$3,324.00", 8),
            (417, 295, "Total credit inc GST", 9), (500, 295, "-$3,324.00", 9),
            (417, 308, "Total includes GST of", 9), (500, 308, "-$302.18", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("document_type"), invoice.value("invoice_number"), invoice.value("tax"),
            invoice.value("total")) == ("credit_note", "AN-1981", "-302.18", "-3324.00")


def test_an_indonesian_tax_base_and_its_ppn_on_the_other_value():
    """"Dasar Pengenaan Pajak" (the tax base, after the discount) is the net; "PPN 12% x DPP Nilai Lain" the tax, on
    the base's 11/12 ("DPP Nilai Lain (11/12)", no net)."""
    rows = [(200, 30, "CV Batik Tulis Sekar Jagad", 14), (200, 50, "Jl. Hayam Wuruk 12, Pekalongan", 8),
            (200, 80, "FAKTUR PENJUALAN", 14), (200, 100, "No. Faktur", 8), (300, 100, "FJ-2026-0481", 8),
            (200, 150, "Uraian", 8), (480, 150, "Jumlah", 8),
            (200, 166, "Batik tulis katun primissima", 8), (480, 166, "25.498.500,00", 8),
            (371, 300, "Jumlah Harga Jual", 9), (480, 300, "25.498.500,00", 9),
            (371, 316, "Potongan Harga", 9), (480, 316, "1.274.925,00", 9),
            (371, 332, "Dasar Pengenaan Pajak", 9), (480, 332, "24.223.575,00", 9),
            (371, 348, "DPP Nilai Lain (11/12)", 9), (480, 348, "22.204.944,00", 9),
            (371, 364, "PPN 12% x DPP Nilai Lain", 9), (480, 364, "2.664.593,00", 9),
            (371, 380, "TOTAL", 9), (480, 380, "26.888.168,00", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == (
        "24223575.00", "2664593.00", "26888168.00")


def test_an_invoice_paid_in_cash_has_no_due_date():
    """"Sposób płatności: gotówka" with "Termin płatności: zapłacono gotówką przy odbiorze" (paid in cash on
    collection): no day is left to pay by, so no due date is derived from the issue date."""
    rows = [(42, 30, "Kaszubskie Meble Sp. z o.o.", 13), (42, 50, "ul. Mieszka I 31, 75-124 Koszalin", 8),
            (330, 50, "Data wystawienia:", 8), (450, 50, "31.12.2025", 8),
            (42, 90, "FAKTURA VAT nr FV/2025/12/311", 13),
            (42, 150, "Nazwa", 8), (480, 150, "Wartość", 8), (42, 166, "Stół dębowy", 8), (480, 166, "2 000,00", 8),
            (300, 300, "Do zapłaty:", 9), (450, 300, "2 460,00 PLN", 9),
            (42, 418, "Sposób płatności:", 8), (150, 418, "gotówka", 8),
            (42, 431, "Termin płatności:", 8), (150, 431, "zapłacono gotówką przy odbiorze", 8)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") is None


def test_a_tills_transaction_number_is_its_number():
    """A US co-op's till roll: "Trans # 160475" beside the cashier is the receipt's own number."""
    rows = [(32, 11, "Whetstone Valley Food Co-op", 9), (31, 23, "112 Elliot St, Brattleboro VT 05301", 7),
            (11, 56, "Oct-11-2025 11:52", 7), (120, 56, "Reg 1", 7),
            (11, 65, "Trans # 160475", 7), (120, 65, "Cashier DEV", 7),
            (11, 81, "OAT MILK HALF GAL", 7), (20, 90, "3 @ 5.29", 7), (140, 90, "15.87", 7),
            (11, 196, "SUBTOTAL", 7), (140, 196, "15.87", 7), (11, 214, "VT SALES TAX 6%", 7), (140, 214, "0.00", 7),
            (11, 222, "TOTAL", 8), (140, 222, "$15.87", 8)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("invoice_number"), invoice.value("invoice_date")) == ("160475", "2025-10-11")


def test_the_tax_contained_in_a_gross_total():
    """"Gesamtbetrag (brutto)" over "darin enthaltene MwSt. 19 %" (the tax contained in it) and "Nettobetrag"."""
    invoice = _invoice_rows([("Gesamtbetrag (brutto)", "7.772,30 €"), ("darin enthaltene MwSt. 19 %", "1.240,96 €"),
                            ("Nettobetrag", "6.531,34 €")])
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == (
        "6531.34", "1240.96", "7772.30")


def _invoice_rows(totals: list[tuple[str, str]]):
    """A German invoice with these rows under its table."""
    rows = [(40, 30, "Granitwerk Kösseine GmbH", 13), (40, 48, "Luisenburgstraße 12, 95632 Wunsiedel", 8),
            (40, 100, "RECHNUNG", 14), (320, 100, "Rechnungsnummer", 8), (430, 100, "RE-2026-0418", 8),
            (40, 160, "Bezeichnung", 8), (480, 160, "Betrag", 8),
            (40, 176, "Granit-Bordstein 15x30, lfm", 8), (480, 176, "7.772,30", 8)]
    rows += [row for i, (label, value) in enumerate(totals)
             for row in ((252, 220 + 15 * i, label, 9), (470, 220 + 15 * i, value, 9))]
    return extract_invoice(rows_pdf(rows))


def test_a_swedish_your_reference_and_a_danish_credit_notes_number():
    """"Er referens | KF-3989" (your reference: the buyer's order) in a band of labels over their values, and
    "KREDITNOTANR." over "79427" on a credit note that credits "faktura nr. 79292"."""
    rows = [(42, 26, "Mösseberg Trä & Bygg AB", 13), (420, 26, "FAKTURA", 14),
            (47, 80, "Fakturanummer", 7), (130, 80, "Fakturadatum", 7), (210, 80, "Er referens", 7),
            (47, 92, "85424", 8), (130, 92, "2026-09-14", 8), (210, 92, "KF-3989", 8),
            (45, 170, "Benämning", 7), (480, 170, "Belopp", 7),
            (45, 186, "Gipsskiva 13 mm", 8), (480, 186, "3 115,00", 8),
            (300, 230, "Att betala", 9), (470, 230, "3 115,00 SEK", 9)]
    assert extract_invoice(rows_pdf(rows)).value("po_number") == "KF-3989"
    rows = [(42, 46, "Hee Maskinstation I/S", 13), (420, 46, "KREDITNOTA", 14),
            (439, 85, "KREDITNOTANR.", 7), (439, 96, "79427", 9), (439, 116, "DATO", 7), (439, 127, "9. maj 2026", 9),
            (42, 177, "Vi krediterer hermed faktura nr. 79292 vedrørende returnerede ydelser.", 8),
            (45, 220, "Beskrivelse", 7), (480, 220, "Beløb", 7),
            (45, 239, "Gyllekørsel, time", 8), (480, 239, "-1.891,00", 8),
            (224, 300, "Total DKK", 9), (470, 300, "-1.891,00", 9)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "79427"


_LETTER_MG = [
    (57, 45, "Atelier de Marqueterie Zafimaniry SARL", 14), (57, 64, "Lot II A 12, Ambositra · NIF 2123680736", 8),
    (340, 100, "Ambositra, le 3 mars 2025", 10),
    (57, 181, "Objet : facture n° FA-2025-117", 10),
    (57, 238, "Suite à votre bon de commande n° BC-131, nous avons l'honneur de vous adresser notre facture", 10),
    (57, 252, "n° FA-2025-117 relative à la fourniture d'objets d'art en bois. Cette facture porte sur 11", 10),
    (57, 266, "pièces de coffrets à bijoux au prix unitaire de 61 500 Ar hors taxes, soit 676 500 Ar ; 7 pièces", 10),
    (57, 280, "de statuettes en bois d'ébène au prix unitaire de 160 500 Ar hors taxes, soit 1 123 500 Ar.", 10),
    (57, 302, "Le montant hors taxes s'élève à 1 800 000 Ar ; la TVA au taux de 20 % représente 360 000 Ar, ce", 10),
    (57, 316, "qui porte le montant total toutes taxes comprises de la présente facture à 2 160 000 Ar (deux", 10),
    (57, 330, "millions cent soixante mille ariary). Déduction faite de l'acompte de 1 080 000 Ar que vous nous", 10),
    (57, 344, "avez versé le 4 janvier 2025, le solde restant à nous régler s'élève à 1 080 000 Ar.", 10),
]


def test_a_letters_sums_in_ariary_and_the_total_of_the_present_invoice():
    """"2 160 000 Ar": the ariary's sign after whole amounts; "le montant total toutes taxes comprises de la présente
    facture à" names the total over small words, not the balance after the deposit; a unit price "hors taxes" is no
    net."""
    invoice = extract_invoice(rows_pdf(_LETTER_MG))
    assert (invoice.value("currency"), invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == (
        "MGA", "1800000", "360000", "2160000")
    assert [(str(i.quantity), str(i.amount)) for i in invoice.line_items] == [("11", "676500"), ("7", "1123500")]


def test_a_pakistani_ntn_names_the_rupee_and_its_dates_read_day_first():
    """"NTN: 9671515-4" is Pakistan's national tax number: "Rs." is the Pakistani rupee, and "08/07/2025" the 8th of
    July, as Pakistan writes its dates."""
    rows = [(37, 28, "Sahiwal Dairy Equipment (Pvt.) Ltd.", 13),
            (37, 48, "14-Industrial Estate, Pakpattan Road, Sahiwal · Ph: 040-4200239", 8),
            (37, 61, "NTN: 9671515-4", 8), (231, 84, "SALES TAX INVOICE", 14),
            (40, 117, "Invoice No.", 8), (150, 117, "SDE/2025/482", 8),
            (40, 131, "Invoice Date", 8), (150, 131, "08/07/2025", 8),
            (43, 235, "Description of Goods", 8), (480, 235, "Value (Rs.)", 8),
            (43, 260, "Milk chiller 1000 L", 8), (480, 260, "460,880.00", 8),
            (300, 300, "Value excl. sales tax", 8), (480, 300, "460,880.00", 8),
            (300, 314, "Sales tax 18%", 8), (480, 314, "82,958.40", 8),
            (300, 328, "Total (Rs.)", 8), (480, 328, "543,838.40", 8)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("currency"), invoice.value("invoice_date")) == ("PKR", "2025-07-08")


def test_a_number_with_its_cyrillic_letter_glued_on():
    """"Счет на оплату № Б52/03 от 12 марта 2026 г.": a series' letter glued to the number is part of it."""
    rows = [(40, 30, "ТОО «Лисаковск Горснаб»", 12), (40, 48, "Костанайская обл., г. Лисаковск", 8),
            (40, 165, "Счет на оплату № Б52/03 от 12 марта 2026 г.", 13),
            (40, 220, "Товары (работы, услуги)", 8), (480, 220, "Сумма", 8),
            (40, 236, "Цемент М400, мешок 50 кг", 8), (480, 236, "120 000,00", 8),
            (330, 280, "Итого:", 9), (480, 280, "120 000,00", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("invoice_number"), invoice.value("invoice_date")) == ("Б52/03", "2026-03-12")


def test_an_uzbek_sum_carried_to_the_next_page_is_no_item():
    """"Keyingi sahifaga o'tkazildi:" (carried to the next page) under the rows: the running sum, not an item."""
    rows = [(205, 28, "HISOB-FAKTURA № 687", 13), (31, 84, "Yetkazib beruvchi:", 8),
            (120, 84, '"SHAHRISABZ QURILISH SAVDO" MChJ', 8),
            (34, 195, "№", 7), (56, 195, "Tovar (xizmat) nomi", 7), (250, 195, "Miqdori", 7), (300, 195, "Narxi", 7),
            (380, 195, "Qiymati", 7),
            (34, 224, "1", 8), (56, 224, "Profnastil S-8 0,45 mm", 8), (250, 224, "113", 8), (300, 224, "54 300,00", 8),
            (380, 224, "6 135 900,00", 8),
            (34, 255, "2", 8), (56, 255, "Shpaklyovka 25 kg", 8), (250, 255, "60", 8), (300, 255, "94 700,00", 8),
            (380, 255, "5 682 000,00", 8),
            (34, 290, "Keyingi sahifaga o'tkazildi:", 8), (380, 290, "11 817 900,00", 8)]
    items = extract_invoice(rows_pdf(rows)).line_items
    assert [str(i.amount) for i in items] == ["6135900.00", "5682000.00"]


def test_a_facture_davoir_is_a_credit_note():
    """"FACTURE D'AVOIR" (a French credit note) with negative amounts: a credit note."""
    rows = [(42, 34, "Bananes & Fruits de la Côte-Sous-le-Vent SAS", 13), (560, 34, "FACTURE D'AVOIR", 14),
            (42, 54, "Habitation Bisdary, 97113 Gourbeyre · Guadeloupe", 8),
            (600, 60, "N°", 8), (630, 60, "AV-2025-157", 8),
            (45, 203, "Désignation", 8), (700, 203, "Montant HT €", 8),
            (45, 219, "Ananas Bouteille, caisse 10 kg", 8), (700, 219, "-1 607,40", 8),
            (600, 287, "TOTAL HT", 9), (700, 287, "-1 607,40", 9),
            (600, 304, "TVA 8,5 %", 9), (700, 304, "-136,63", 9),
            (600, 321, "TOTAL TTC", 9), (700, 321, "-1 744,03", 9)]
    invoice = extract_invoice(rows_pdf(rows, landscape=True))
    assert (invoice.value("document_type"), invoice.value("total")) == ("credit_note", "-1744.03")


def test_a_brazilian_e_documents_name_ends_its_label():
    """"Número da NFS-e" (the electronic service invoice's number): "NFS-e" is one word of the label, not a label
    "Número da NFS" with a value "e"."""
    rows = [(34, 36, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e", 12),
            (34, 60, "Pousada Vale Imperial Hotelaria Ltda.", 10),
            (330, 90, "Número da NFS-e", 8), (450, 90, "202501203", 9),
            (330, 104, "Data de emissão", 8), (450, 104, "05/11/2025", 9),
            (34, 236, "Discriminação dos serviços", 8), (480, 236, "Valor", 8),
            (34, 250, "Hospedagem corporativa", 8), (480, 250, "R$ 4.414,50", 8),
            (330, 300, "Valor total", 9), (480, 300, "R$ 4.414,50", 9)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "202501203"


def test_the_tax_a_receipts_total_includes():
    """A till's "TOTAL GEL 73.55" over "incl. VAT 18% 11.22": the second is no total but the tax 18 % makes inside
    73.55 (73.55 x 18 / 118 = 11.22); "Total incl. VAT" stays a total."""
    rows = [(52, 14, "Zgvispira Market LLC", 10), (57, 30, "Kobuleti, Rustaveli St. 112", 7),
            (14, 80, "Receipt No. 55703", 8), (14, 92, "2025-01-28 20:18:06", 8),
            (14, 110, "Sun cream SPF50", 8), (25, 121, "1 x 24.25", 8), (150, 121, "24.25", 8),
            (14, 133, "Churchkhela", 8), (25, 144, "5 x 9.86", 8), (150, 144, "49.30", 8),
            (14, 231, "TOTAL GEL", 9), (150, 231, "73.55", 9),
            (14, 248, "incl. VAT 18%", 8), (150, 248, "11.22", 8)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("tax"), invoice.value("total")) == ("11.22", "73.55")


def test_a_title_that_says_what_it_bills_or_follows_a_translation_is_no_vendor():
    """"FACTURE DE TRANSIT" (an invoice for transit) and "ԻՆՔՆԱՀԱՇՎԱՐԿ / SELF-BILLING INVOICE" are the document's
    titles, never a company's name."""
    from countersign.extraction.titles import title_or_stamp

    assert title_or_stamp("FACTURE DE TRANSIT") and title_or_stamp("ԻՆՔՆԱՀԱՇՎԱՐԿ / SELF-BILLING INVOICE")
    assert not title_or_stamp("Facture de Paris SARL")
    rows = [(200, 30, "FACTURE DE TRANSIT", 16),
            (40, 60, "MEDJERDA DOUANE SERVICES SUARL", 10), (40, 74, "Port de Tabarka, 8110 Tabarka", 8),
            (330, 110, "Facture n°", 8), (430, 110, "FT-2025-0311", 8),
            (40, 200, "Désignation", 8), (480, 200, "Montant", 8),
            (40, 214, "Fret maritime", 8), (480, 214, "1 250,000", 8),
            (330, 260, "Total TTC", 9), (480, 260, "1 250,000", 9)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "MEDJERDA DOUANE SERVICES SUARL"


def test_a_subtotal_equal_to_the_total_with_no_tax_printed_stays_unsure():
    """"SUBTOTAL Bs 84.070,00" and "TOTAL Bs 84.070,00" with no tax printed: a sum with its tax included (Bolivia's IVA
    inside the prices) as often as a net with no tax, so it is read below 0.9."""
    rows = [(40, 30, "Castañera Amazónica SRL", 12), (40, 48, "Cobija, Pando", 8),
            (330, 80, "FACTURA N°", 8), (430, 80, "1428", 8),
            (40, 150, "Descripción", 8), (480, 150, "Subtotal", 8),
            (40, 166, "Castaña beneficiada, caja 20 kg", 8), (480, 166, "84.070,00", 8),
            (40, 220, "SUBTOTAL Bs", 9), (150, 220, "84.070,00", 9),
            (40, 234, "TOTAL Bs", 9), (150, 234, "84.070,00", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("subtotal"), invoice.value("total")) == ("84070.00", "84070.00")
    assert invoice.confidence("subtotal") < 0.9
