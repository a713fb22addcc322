"""Readings met on new blind invoices, each with a PDF built here: a tax "included in total", tax ids under "KRA PIN"
and "Our VAT No." (and an acronym's letters only in capitals), a letter's addressee block, items in a letter's bulleted
sentences, labels that end a line of text with the value under it, the rupee of the page's country and the kina glued
to its amounts."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _fields(pdf: bytes, *names: str) -> tuple:
    result = extract_invoice(pdf)
    return tuple(result.value(name) for name in names)


def test_a_tax_included_in_the_total_is_the_tax_and_the_items_confirm_the_total():
    """A till's "GST INCLUDED IN TOTAL $19.69" under "TOTAL $216.60": the tax is in the total, and the items at their
    prices with the tax sum to the total ("Total incl. GST" and Turkish "Vergiler Dahil Toplam" stay the total's)."""
    assert label_matches("GST INCLUDED IN TOTAL")[0][0] == "tax"
    assert label_matches("VAT included in the total")[0][0] == "tax"
    assert label_matches("Total incl. GST")[0][0] == "total"
    assert label_matches("Vergiler Dahil Toplam Tutar")[0][0] == "total"
    rows = [(20, 20, "Illawarra Hardware & Timber Pty Ltd", 11), (20, 40, "ABN 15 493 639 834", 8),
            (20, 60, "TAX INVOICE", 10), (20, 76, "Invoice No", 8), (200, 76, "108785", 8),
            (20, 88, "Date", 8), (200, 88, "17/08/2025", 8),
            (20, 110, "DECK SCREWS 10G 50MM 500PK", 8), (20, 120, "2 @ 43.20", 8), (200, 120, "86.40", 8),
            (20, 132, "PAINT BRUSH 63MM", 8), (20, 142, "1 @ 21.55", 8), (200, 142, "21.55", 8),
            (20, 170, "TOTAL", 8), (190, 170, "$107.95", 8), (20, 184, "GST INCLUDED IN TOTAL", 8),
            (195, 184, "$9.81", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("tax"), result.value("total")) == ("9.81", "107.95")
    assert result.confidence("total") >= 0.9  # the items sum to it
    assert result.confidence("tax") < 0.9  # (the tax itself is checked by nothing)


def test_tax_ids_under_their_countries_labels_and_acronyms_only_in_capitals():
    assert label_matches("Our KRA PIN")[0][0] == "vendor_tax_id"
    assert label_matches("Our VAT No.")[0][0] == "vendor_tax_id"
    assert label_matches("VAT Account No.")[0][0] == "vendor_tax_id"  # Bahrain's VAT registration
    assert label_matches("Account No.") == ()  # (the customer's account)
    assert label_matches("Customer PIN") == ()
    assert label_matches("Our order no.") == ()
    assert label_matches("BIN No.")[0][0] == "vendor_tax_id"
    assert label_matches("Bin rental, apple bins") == ()  # a bin's, no tax id's


LETTER = [(60, 40, "SOCIÉTÉ MFOUNDI CONSEIL SARL", 12), (60, 58, "Rue 1.750 Bastos, BP 14 532 Yaoundé", 8),
          (330, 96, "Yaoundé, le 27 octobre 2025", 9), (330, 124, "Monsieur le Directeur Général", 9),
          (330, 138, "Cameroon Development Bank Holding", 9), (330, 152, "Boulevard du 20 Mai, Yaoundé", 9),
          (330, 166, "NIU : M983070289059W", 9), (60, 222, "Objet : Facture n° 271/MC/2025", 9),
          (60, 254, "Monsieur le Directeur Général,", 9),
          (60, 278, "Nous avons l'honneur de vous adresser notre facture n° 271/MC/2025, en exécution de la", 9),
          (60, 292, "lettre-commande n° 794/HCY, pour les prestations suivantes :", 9),
          (76, 316, "– mission de diagnostic organisationnel : 13 jour à 328 106 FCFA HT, soit 4 265 378", 9),
          (76, 330, "FCFA ;", 9),
          (76, 348, "– atelier de restitution : 1 séance à 270 976 FCFA HT, soit 270 976 FCFA.", 9),
          (60, 372, "Le montant hors taxes s'élève à 4 536 354 FCFA, auquel s'ajoute la TVA au taux de", 9),
          (60, 386, "19,25 %, soit 873 248 FCFA, ce qui porte le montant total toutes taxes comprises à", 9),
          (60, 400, "5 409 602 FCFA.", 9),
          (60, 780, "SARL au capital de 1 000 000 FCFA · RCCM RC/YAO/2020/B/4112 · NIU M144931535957T", 7)]


def test_a_letters_addressee_block_is_the_buyers_and_its_tax_id_not_the_vendors():
    """The block under "Monsieur le Directeur Général" (no comma: not the salutation) is the addressee's: its NIU is
    the buyer's, and the vendor's is the one in the footer."""
    assert _fields(rows_pdf(LETTER), "vendor_tax_id") == ("M144931535957T",)


def test_a_letters_place_and_date_under_the_addressee_stays_the_letters_date():
    """"Monsieur le Président, Comité d'entreprise" over its address, then "Papeete, le 23 octobre 2026" close under
    it: the date line is the letter's, not the addressee's."""
    rows = [(60, 40, "Moorea Évasion Voyages SAS", 12), (60, 62, "Quai de Papeete, BP 1190, 98713 Papeete", 8),
            (320, 120, "Monsieur le Président, Comité d'entreprise", 9), (320, 133, "de l'OPT", 9),
            (320, 146, "8 rue de la Reine Pomare IV, 98714 Papeete", 9), (320, 160, "Papeete, le 23 octobre 2026", 9),
            (60, 200, "Objet : facture n° 1139", 9), (60, 230, "Madame, Monsieur,", 9)]
    assert _fields(rows_pdf(rows), "invoice_date", "invoice_number") == ("2026-10-23", "1139")


def test_a_letters_items_in_bulleted_sentences_and_its_order_letter():
    result = extract_invoice(rows_pdf(LETTER))
    got = [(li.description, li.quantity, li.unit_price, li.amount) for li in result.line_items]
    assert got == [("mission de diagnostic organisationnel", Decimal(13), Decimal(328106), Decimal(4265378)),
                   ("atelier de restitution", Decimal(1), Decimal(270976), Decimal(270976))]
    assert all(li.confidence < 0.9 for li in result.line_items)  # (read without a table: never sure)
    assert result.value("po_number") == "794/HCY"  # "lettre-commande n°": the buyer's order


def test_a_bulleted_sentence_whose_arithmetic_fails_is_no_item():
    rows = LETTER[:11] + [(76, 316, "– mission de diagnostic : 13 jour à 328 106 FCFA HT, soit 4 265 377 FCFA ;", 9)]
    assert extract_invoice(rows_pdf(rows)).line_items == []


def test_labels_ending_lines_of_text_with_their_values_under_the_lines_start():
    """"This sales tax invoice is issued under serial number ... Invoice No." with "KMG/2025/220" on the next line
    under the sentence, another column's lines level with them; the rupee is Pakistan's by the page's telephone."""
    rows = [(38, 37, "Khyber Marble & Granite Industries (Pvt.) Ltd", 12),
            (38, 60, "Plot 27, Small Industrial Estate, Kohat Road, Peshawar · Tel +92 91 3848337", 8),
            (38, 141, "BUYER", 8), (38, 150, "Al-Haram Builders & Developers", 8), (38, 159, "University Town", 8),
            (298, 145, "This sales tax invoice is issued under serial number", 7), (514, 145, "Invoice No.", 7),
            (298, 155, "KMG/2025/220", 8), (298, 170, "Issued at Peshawar on", 7), (509, 170, "Invoice Date", 7),
            (298, 180, "23-09-2025", 8), (298, 195, "Supplier registered for sales tax", 7), (537, 195, "STRN", 7),
            (298, 205, "21-24-1887-412-90", 8),
            (300, 300, "Value excluding sales tax", 8), (480, 300, "Rs. 824,295.00", 8),
            (300, 314, "Sales tax @ 18%", 8), (480, 314, "Rs. 148,373.10", 8),
            (300, 328, "Value including sales tax", 8), (480, 328, "Rs. 972,668.10", 8)]
    got = _fields(rows_pdf(rows), "invoice_number", "invoice_date", "vendor_tax_id", "currency")
    assert got == ("KMG/2025/220", "2025-09-23", "21-24-1887-412-90", "PKR")


def test_the_kina_glued_to_a_letters_amounts():
    rows = [(60, 40, "Madang Coastal Shipping Limited", 12), (60, 60, "Telephone +675 422 1160 · TIN 505780279", 8),
            (60, 100, "RE: TAX INVOICE No. MCS-1334", 9),
            (60, 130, "The charges amount to K47,925.50 exclusive of GST. Goods and Services Tax at 10% adds", 9),
            (60, 144, "K4,792.55, bringing the total payable to K52,718.05 (Fifty-two Thousand Seven Hundred and", 9),
            (60, 158, "Eighteen Kina and Five Toea).", 9)]
    got = _fields(rows_pdf(rows), "subtotal", "tax", "total", "currency")
    assert got == ("47925.50", "4792.55", "52718.05", "PGK")


def test_a_right_to_left_tables_sidebar_at_its_left_is_no_column():
    """A Hebrew invoice's facts in a sidebar at the left, each label over its value, level with the items' table at
    the right: the table opens at its right ("#", "תיאור") and its amount's column stands first at the left, so the
    sidebar's label beside it ("לתשלום עד", due by) and the date under it are the sidebar's, not the table's."""
    from tests.test_extract_right_to_left_labels import _page

    rows = [(360, 34, 'מ " בע והסעדה אירועים הדר', 12), (414, 63, "511457848 . פ . ח", 8),
            (72, 34, "מס חשבונית", 12), (110, 68, "מספר חשבונית", 8), (110, 77, "2025625", 8),
            (137, 95, "תאריך", 8), (97, 103, "30.10.2025", 8),
            (120, 146, "עד לתשלום", 8), (229, 146, 'כ " סה', 8), (269, 146, "ליחידה מחיר", 8), (359, 146, "כמות", 8),
            (520, 146, "תיאור", 8),
            (97, 156, "30.12.2025", 8), (190, 156, "20,772.00", 8), (270, 156, "115.40", 8), (360, 156, "180", 8),
            (430, 156, "עיקרית מנה", 8),
            (190, 172, "6,804.00", 8), (270, 172, "6,804.00", 8), (360, 172, "1", 8), (430, 172, "אוהל השכרת", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("due_date") == "2025-12-30"
    assert [li.amount for li in result.line_items] == [Decimal("20772.00"), Decimal("6804.00")]


TIMARU = [(48, 40, "Caroline Bay Engineering Limited", 12), (48, 60, "21 Hilton Highway, Washdyke, Timaru 7910", 8),
          (48, 100, "To", 8), (48, 111, "Timaru District Council", 8), (48, 124, "Account PPD105", 8),
          (298, 100, "This tax invoice is issued under the Goods and Services Tax Act", 8),
          (298, 111, "1985 by the supplier above, whose GST No. is", 8), (298, 122, "116-926-474", 8),
          (298, 139, "Please quote our reference when you pay or write to us about", 8),
          (298, 150, "this account. Invoice No.", 8), (298, 161, "CBE-7621", 8),
          (298, 178, "The goods and services were supplied in the period ending on", 8),
          (298, 189, "the date of this invoice. Invoice date", 8), (298, 200, "24 July 2025", 8),
          (298, 217, "Your order reference as supplied with the request for the work", 8), (298, 228, "was", 8),
          (298, 239, "TDC-PO-29091", 8),
          (298, 256, "Payment is due by the 20th of the month following, that is on or", 8), (298, 267, "before", 8),
          (298, 278, "20 August 2025", 8)]


def test_labels_inside_running_text_with_their_values_on_the_lines_under_it():
    """A label ending a line of text ("... this account. Invoice No.", "... whose GST No. is") has its value alone on
    the next line; a label opening a sentence ("Your order reference as supplied ...", "Payment is due by ...") has
    its value alone under the sentence's last short line ("was", "before")."""
    got = _fields(rows_pdf(TIMARU), "invoice_number", "invoice_date", "vendor_tax_id", "po_number", "due_date")
    assert got == ("CBE-7621", "2025-07-24", "116-926-474", "TDC-PO-29091", "2025-08-20")


def test_a_label_word_ending_a_line_of_text_takes_no_value_from_another_block_under_it():
    """"Inc." ends "Stratus Web Services, Inc." (it is "including" in "Total inc GST"), and the street under it starts
    with a number: that is no total."""
    rows = [(40, 36, "stratus web services", 12), (460, 36, "Stratus Web Services, Inc.", 8),
            (470, 47, "410 Terry Avenue North", 8), (455, 58, "Seattle, WA 98109-5210, US", 8),
            (40, 100, "Tax Invoice", 12), (40, 130, "Invoice Number:", 8), (160, 130, "1234567", 8)]
    assert _fields(rows_pdf(rows), "total") == (None,)


def test_a_letters_sums_and_items_in_a_money_of_two_words():
    """"F CFA" (two words) after whole amounts grouped by spaces, and items priced "au prix unitaire de"."""
    rows = [(60, 40, "IMPRIMERIE DE LA LAGUNE SA", 12), (60, 60, "Avenue Victor Ballot, Porto-Novo", 8),
            (60, 228, "Objet : facture n° ILG-1625 – travaux d'impression", 9),
            (76, 312, "• Impression d'affiches A2 : 100 unité au prix unitaire de 905 F CFA, soit 90 500 F", 9),
            (76, 326, "CFA hors taxes ;", 9),
            (76, 346, "• Reliure de documents : 216 unité au prix unitaire de 2 288 F CFA, soit 494 208 F", 9),
            (76, 360, "CFA hors taxes ;", 9),
            (60, 422, "Le total hors taxes est de 584 708 F CFA. La taxe sur la valeur ajoutée au taux de 18 %", 9),
            (60, 436, "s'élève à 105 247 F CFA. Le montant toutes taxes comprises de la présente facture est", 9),
            (60, 450, "donc de 689 955 F CFA.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("584708", "105247", "689955")
    assert [(li.quantity, li.unit_price, li.amount) for li in result.line_items] == [
        (Decimal(100), Decimal(905), Decimal(90500)), (Decimal(216), Decimal(2288), Decimal(494208))]


def test_a_letters_quantity_first_items_and_its_total_set_apart_in_its_sentence():
    """"– 20 horas de consultoria ... a R$ 266,29 cada, somando R$ 5.325,80;" (the quantity first), and the total in
    bold inside its sentence, the document named between its label and the sum ("O valor total da presente fatura é
    de | R$ 38.774,00 | (trinta e oito mil ...")."""
    rows = [(57, 40, "Jangada Consultoria Ambiental Ltda.", 12), (57, 60, "Rua Tibúrcio Cavalcante 100, Fortaleza", 8),
            (57, 250, "Encaminhamos a V. Sa. a nossa Fatura nº 2026/0411, emitida em 23 de outubro de 2026, pelos", 9),
            (57, 264, "serviços prestados no período de 01/09/2026 a 30/09/2026, conforme descrito abaixo:", 9),
            (57, 314, "– 20 horas de consultoria técnica em licenciamento ambiental a R$ 266,29 cada, somando R$", 9),
            (57, 328, "5.325,80;", 9),
            (57, 348, "– 6 campanhas de monitoramento da qualidade da água a R$ 5.574,70 cada, somando R$", 9),
            (57, 362, "33.448,20;", 9),
            (57, 383, "O valor total da presente fatura é de", 9), (232, 383, "R$ 38.774,00", 9),
            (296, 383, "(trinta e oito mil setecentos e setenta e quatro", 9),
            (57, 397, "reais), já incluído o ISS à alíquota de 5%, no valor de R$ 1.938,70, devido ao Município.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert [(li.description, li.quantity, li.amount) for li in result.line_items] == [
        ("horas de consultoria técnica em licenciamento ambiental", Decimal(20), Decimal("5325.80")),
        ("campanhas de monitoramento da qualidade da água", Decimal(6), Decimal("33448.20"))]
    assert result.value("total") == "38774.00"


def test_mexicos_serie_y_folio_is_the_invoices_number_and_not_its_folio_fiscal():
    """A CFDI's "Serie y folio: A-27659" is the invoice's number ("folio" is Mexico's word for it); the "Folio fiscal
    (UUID)" under it is the stamp's id."""
    rows = [(32, 32, "Maquiladora Norteña de Chihuahua, S.A. de C.V.", 12), (32, 80, "RFC: MNC141027H77", 8),
            (482, 32, "FACTURA", 12), (412, 51, "CFDI 4.0 · Tipo de comprobante: I – Ingreso", 8),
            (470, 62, "Serie y folio:", 8), (530, 62, "A-27659", 8),
            (384, 72, "Fecha de emisión:", 8), (470, 72, "2025-11-26", 8),
            (325, 118, "Folio fiscal (UUID): 95FD334E-786F-FF4E-2030-", 8), (325, 128, "11A786CEDBB5", 8)]
    assert _fields(rows_pdf(rows), "invoice_number") == ("A-27659",)
