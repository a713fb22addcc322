"""The issuer's name on layouts the reader had not met: a bare "To:" over the buyer, a big amount
headline, a letter-spaced title, a vendor named only in its footer."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pages import TOTALS, page_pdf


@pytest.mark.parametrize("heading", ["To", "To:", "An", "Aan:"])
def test_a_bare_to_heading_keeps_the_buyer_out_of_the_vendor(heading):
    rows = [(40, 40, "Brightline Studio", 16), (40, 60, "12 High Street, London EC1A 1BB", 8),
            (40, 150, heading, 9), (40, 162, "Globex Corporation", 9), (40, 174, "7 Riverside Way", 9),
            (360, 150, "Invoice No.: 4711", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Brightline Studio"


def test_an_amount_headline_and_a_letter_spaced_title_are_no_vendor():
    rows = [(40, 40, "I N V O I C E", 24), (40, 90, "£1,200.00 due March 15, 2025", 18),
            (40, 150, "Bill To:", 9), (40, 162, "Globex Corporation", 9), (360, 150, "Invoice No.: 4711", 9),
            (40, 800, "Kestrel Consulting Ltd | 7 Riverside Way | London", 7)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Kestrel Consulting Ltd"


def test_a_vendor_named_only_in_its_footer():
    rows = [(40, 40, "I N V O I C E", 24), (40, 150, "Billed To:", 9), (40, 162, "Initech Europe B.V.", 9),
            (360, 150, "Invoice No.: A-1675-X", 9),
            (40, 800, "Acme Systems  |  12 High Street  |  London EC1A 1BB", 7),
            (40, 810, "VAT Registration No.: GB123456789  |  IBAN GB82WEST12345698765432", 7)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Acme Systems"
    assert result.confidence("vendor_name") < 0.9  # one weak cue


def test_a_footer_of_words_only_names_no_vendor():
    rows = [(40, 40, "I N V O I C E", 24), (40, 150, "Billed To:", 9), (40, 162, "Initech Europe B.V.", 9),
            (40, 800, "Thank you  |  Merci  |  Danke", 7)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") is None


def din_letter(*, vendor_vat: bool) -> bytes:
    """A DIN 5008 letter: a small return-address line over the window's address (no heading,
    the buyer's VAT id in it) and an info block on the same lines, to the right."""
    rows = [(40, 40, "Alpen Druckerei", 13), (43, 128, "Alpen Druckerei - Lindenallee 7a - 80331 München", 6.5),
            (43, 145, "Wayne Logistik GmbH", 10), (43, 157, "Hauptstraße 12", 10), (43, 169, "10115 Berlin", 10),
            (43, 181, "Umsatzsteuer-ID: DE298765432", 10),
            (343, 128, "Rechnung Nr.:", 8.5), (513, 128, "RE245136", 8.5), (343, 140, "Datum:", 8.5),
            (513, 140, "16.11.2024", 8.5), (343, 152, "Kundennummer:", 8.5), (532, 152, "96633", 8.5),
            (330, 400, "Nettobetrag", 9), (480, 400, "1.000,00", 9), (330, 414, "MwSt. 19%", 9),
            (480, 414, "190,00", 9), (330, 428, "Gesamtbetrag", 9), (480, 428, "1.190,00 EUR", 9)]
    if vendor_vat:
        rows.append((43, 790, "Alpen Druckerei · Amtsgericht München HRB 1234 · USt-IdNr.: DE562483271", 7))
    return page_pdf(rows)


@pytest.mark.parametrize("vendor_vat", [True, False])
def test_the_address_under_a_return_address_line_is_the_buyer(vendor_vat):
    result = extract_invoice(din_letter(vendor_vat=vendor_vat))
    assert result.value("vendor_name") == "Alpen Druckerei"
    assert result.confidence("vendor_name") >= 0.9  # the return address and the letterhead agree
    assert result.value("vendor_tax_id") == ("DE562483271" if vendor_vat else None)


def test_a_letterheads_small_print_is_no_return_address():
    rows = [(111, 38, "Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène - France", 8),
            (111, 48, "+33 4 50 44 68 99 - http://www.aubonmoulin.fr", 8),
            (111, 58, "TVA : FR11999999998 - SIRET : 99999999800010", 8),
            (31, 110, "Facture FA-2017-0010", 18), (37, 140, "Ma jolie boutique", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_tax_id") == "FR11999999998"


def test_a_letterheads_short_form_yields_to_the_legal_name_it_begins():
    """A logo word ("NORRSKEN") over a footer that signs with the full legal name: the legal name."""
    rows = [(40, 50, "NORRSKEN", 22), (360, 60, "Invoice no. 5512", 9), (360, 74, "Invoice date 2026-03-02", 9),
            (40, 120, "Tallbacka Bygg AB", 9), (40, 132, "Box 12, 171 23 Solna", 9)] + TOTALS + [
            (40, 760, "Norrsken Belysning AB", 8), (40, 770, "Storgatan 1, 411 06 Göteborg", 8)]
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Norrsken Belysning AB"


def test_a_company_name_wrapped_before_its_legal_form():
    rows = [(40, 40, "Drukkerij & Kantoorartikelen Van", 12), (40, 54, "Dijk B.V.", 12),
            (40, 70, "Kade 33, 4703 GA Roosendaal", 8), (40, 150, "Factuur aan:", 9), (40, 162, "Stichting Oost", 9),
            (360, 150, "Factuurnummer: 2026-986", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Drukkerij & Kantoorartikelen Van Dijk B.V."


def test_a_seller_heading_beside_the_buyer_heading_names_the_seller_below_it():
    rows = [(40, 40, "Faktura VAT nr FS 12/06/26", 14), (40, 100, "Sprzedawca:", 9), (300, 100, "Nabywca:", 9),
            (40, 112, "Piekarnia Zielona Sp. z o.o.", 9), (300, 112, "Hotel Pod Lipami Sp. z o.o.", 9),
            (40, 124, "ul. Długa 15, 80-831 Gdańsk", 9), (300, 124, "ul. Floriańska 14, 31-021 Kraków", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Piekarnia Zielona Sp. z o.o."


def test_a_swiss_vat_number_keeps_its_mwst_suffix_and_a_sarl_is_a_company():
    rows = [(40, 40, "Atelier Lumière Sàrl", 14), (40, 56, "UID CHE-116.281.710 MWST", 8),
            (40, 150, "Rechnung an:", 9), (40, 162, "Hotel Seeblick AG", 9),
            (360, 150, "Rechnung Nr. RE25277", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "CHE-116.281.710 MWST"
    assert result.value("vendor_name") == "Atelier Lumière Sàrl"


def test_a_letter_spaced_logo_yields_to_the_footers_legal_name_and_a_vat_id_to_the_national_number():
    rows = [(40, 40, "R O T H", 22), (40, 150, "Globex Corporation", 9), (40, 162, "7 Riverside Way", 9),
            (360, 150, "Rechnung Nr. R-2025-77", 9)] + TOTALS + [
            (40, 770, "Kanzlei Dr. Roth & Weber Rechtsanwälte PartG mbB · Königsallee 60 · 40212 Düsseldorf", 7),
            (40, 780, "Steuernummer 135/875/32209 · USt-IdNr.", 7), (40, 790, "DE136695976", 7)]
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Kanzlei Dr. Roth & Weber Rechtsanwälte PartG mbB"
    assert result.value("vendor_tax_id") == "DE136695976"


def test_a_japanese_addressee_with_its_honorific_is_the_buyer_and_the_t_number_the_sellers_tax_id():
    """Japanese invoices name the buyer first, at the top left and in large type, with an honorific
    after it; the issuer's qualified-invoice number is T + a corporate number (check digit first)."""
    rows = [(230, 50, "INVOICE", 18), (400, 95, "Invoice No. 2031", 8), (400, 108, "Date of issue 2026/05/20", 8),
            (400, 121, "Registration No. T8700150012345", 8),
            (45, 140, "Asahi Kogyo Co., Ltd.", 12), (200, 140, "Messrs.", 12),
            (357, 150, "Kawasemi Systems K.K.", 10), (357, 164, "2-3-4 Nishiki, Naka-ku, Nagoya", 8)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Kawasemi Systems K.K."
    assert result.value("vendor_tax_id") == "T8700150012345"
    rows[3] = (400, 121, "Registration No. T8700150012346", 8)  # a failed check digit: no tax id by its shape
    assert extract_invoice(page_pdf(rows)).value("vendor_tax_id") is None


def test_a_buyers_abn_in_its_unheaded_block_gives_way_to_the_abn_in_the_info_column():
    """A Xero-like page: the customer's block has no "Bill to" but a company name over it, so its
    ABN is the buyer's; the only other ABN, under its label in the info column, is the vendor's
    (below 0.9)."""
    rows = [(40, 40, "TAX INVOICE", 16), (380, 40, "WATTLE", 14), (380, 56, "PLUMBING", 14),
            (230, 40, "Invoice Date", 8), (230, 50, "3 Mar 2025", 8),
            (230, 66, "Invoice Number", 8), (230, 76, "INV-7781", 8),
            (230, 94, "ABN", 8), (230, 104, "18 123 456 789", 8),
            (380, 84, "Wattle Plumbing Pty Ltd", 8), (380, 94, "12 George Street", 8),
            (380, 104, "Sydney NSW 2000", 8), (380, 114, "(02) 5550 1234", 8),
            (40, 84, "Coral Reef Hotels Ltd", 8), (40, 94, "Level 3, 9 Queen Street", 8),
            (40, 104, "Brisbane QLD 4000", 8), (40, 116, "ABN: 53 004 085 616", 8)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Wattle Plumbing Pty Ltd"
    assert result.value("vendor_tax_id") == "18 123 456 789" and result.confidence("vendor_tax_id") < 0.9


def test_an_export_invoice_title_is_no_vendor_and_the_exporter_heading_names_it():
    rows = [(240, 40, "EXPORT INVOICE", 16), (40, 90, "Exporter:", 8), (40, 102, "Malabar Spice Traders", 10),
            (40, 116, "Kochi, Kerala - 682001, India", 9), (310, 90, "Invoice No.: EXP/0294", 9),
            (40, 200, "Consignee / Buyer:", 8), (40, 212, "Heimwerk Interior GmbH", 10)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Malabar Spice Traders"


@pytest.mark.parametrize("name", ["Al Noor Facilities Management L.L.C.", "Desert Rose IT Solutions DMCC",
                                  "Gulf Star Trading FZE", "Falcon Media FZ-LLC", "Pohjolan Siivouspalvelu Ky"])
def test_the_emirates_and_finnish_legal_forms_make_a_company_name(name):
    rows = [(40, 40, name, 9), (40, 52, "Office 191, Al Quoz Industrial Area 3, Dubai", 8),
            (400, 40, "TAX INVOICE", 16), (360, 80, "Invoice No.: TI-2612", 9),
            (40, 150, "Marina Pearl Residences", 12), (40, 166, "P.O. Box 52332, Dubai", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == name


def test_a_from_block_beside_the_billed_to_block_is_the_vendors_and_its_vat_number_is_read_whole():
    # "BILLED TO" | "FROM" | "ISSUED" side by side: the buyer's block ends where the FROM column starts.
    rows = [(40, 40, "Northgate Studio", 16), (480, 40, "Invoice", 16),
            (30, 110, "BILLED TO", 7), (216, 110, "FROM", 7), (402, 110, "ISSUED", 7),
            (30, 122, "Oakmere Organic Dairy Ltd", 9), (216, 122, "Northgate Studio Ltd", 9),
            (402, 122, "5 September 2025", 9), (30, 134, "55 Mill Lane, Cheshire", 9),
            (216, 134, "7 Stevenson Square", 9), (216, 146, "VAT Reg. No. GB 503 3387 37", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "GB 503 3387 37"
    assert result.value("vendor_name") == "Northgate Studio Ltd"


def test_a_tax_id_placed_by_a_doubtful_name_with_another_one_printed_stays_below_0_9():
    # No letterhead text (a logo): the buyer's block, with no heading, is the nearest thing to a vendor,
    # and its VAT number follows it; the footer prints another VAT number in no company's block.
    rows = [(40, 40, "Europaweg 149, 3199 LC Rotterdam, The Netherlands", 8), (450, 40, "INVOICE", 16),
            (40, 90, "Hollandse Fietsenfabriek B.V.", 9), (40, 102, "Attn. Accounts Payable, Apeldoorn", 9),
            (40, 114, "VAT no.: NL944419734B01", 9), (360, 90, "Invoice no.: SPL2627174", 9),
            (360, 102, "Invoice date: 13-04-2026", 9), (40, 780, "Please remit quoting SPL2627174.", 8),
            (40, 800, "KvK 60904282 · BTW NL805780919B01", 7)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") is None or result.confidence("vendor_tax_id") < 0.9


def test_a_vendors_own_national_number_is_no_rival_to_its_vat_number():
    # "SIRET 470 252 594 00085" and "TVA FR76470252594": one company's numbers, the VAT one kept as sure.
    rows = [(40, 40, "Cabinet Moreau Conseil SARL", 16), (40, 150, "Facturé à :", 9), (40, 162, "Globex SAS", 9),
            (360, 150, "Facture N° : F-2026-12", 9), (360, 162, "Date : 03/03/2026", 9),
            (40, 790, "Cabinet Moreau Conseil SARL · SIRET 470 252 594 00085", 7),
            (40, 800, "N° TVA intracommunautaire : FR76470252594", 7)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    if result.value("vendor_tax_id") == "FR76470252594":
        assert result.confidence("vendor_tax_id") >= 0.9
