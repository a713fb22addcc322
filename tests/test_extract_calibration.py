"""Calibration: evidence that is weak or contested is read below 0.9 (or not at all), evidence
that holds stays at 0.9 or more. Each page is built here; none is a shared-set PDF."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import TOTALS, page_pdf


def test_a_seller_heading_with_no_name_under_it_does_not_take_the_buyers_name_beside():
    """The seller's column prints its address but no name (a logo): the name on the line under
    the headings stands in the buyer's column, and is the buyer's."""
    rows = [(40, 40, "Faktura VAT nr FS 12/06/26", 14), (40, 100, "Sprzedawca:", 9), (300, 100, "Nabywca:", 9),
            (300, 112, "Hotel Pod Lipami Sp. z o.o.", 9),
            (40, 124, "ul. Długa 15, 80-831 Gdańsk", 9), (300, 124, "ul. Floriańska 14, 31-021 Kraków", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") != "Hotel Pod Lipami Sp. z o.o."


def test_a_seller_heading_alone_names_the_company_up_to_its_legal_form():
    """The buyer's heading is not on the seller heading's line: the seller's name still ends at its
    legal form, not with the buyer's name printed close beside it."""
    rows = [(40, 40, "FAKTURA 20260504", 14), (40, 100, "Dodavatel:", 9),
            (40, 112, "Novak & Dvorak IT sluzby s.r.o.", 9), (190, 112, "Mesto Kromeriz", 9),
            (40, 124, "Vídeňská 221/27, 602 00 Brno", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Novak & Dvorak IT sluzby s.r.o."


def test_a_legal_form_alone_is_no_vendor_name():
    """A name whose first words were lost (a logo) leaves only its legal form: no name."""
    rows = [(40, 40, "RECHNUNG 4711", 14), (40, 100, "Verkäufer:", 9), (40, 112, "GMBH", 9),
            (40, 124, "Bahnhofstraße 99, 99199 Musterhausen", 9)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") is None


def test_a_partys_heading_over_a_number_label_opens_no_name():
    """"Verkäufer:" over "Nummer : 549910" over the name: the name alone, and sure."""
    rows = [(40, 40, "Rechnung Nr. 181301674 vom 25.04.2018", 14), (40, 100, "Verkäufer:", 9),
            (40, 112, "Nummer", 9), (95, 112, ": 549910", 9), (40, 124, "ELEKTRON Industrieservice GmbH", 9),
            (40, 136, "Erfurter Strasse 13", 9), (40, 148, "DE 74465 Demoort", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "ELEKTRON Industrieservice GmbH"
    assert result.confidence("vendor_name") >= 0.9


def test_a_name_the_page_prints_longer_elsewhere_is_not_sure():
    """The letterhead's first word is a logo: "Components Ltd" is read, but the footer signs
    "Harrow Components Ltd"."""
    rows = [(40, 40, "Components Ltd", 18), (40, 60, "Unit 12, Brent Park, London NW10 0RW", 8),
            (40, 150, "Bill To:", 9), (40, 162, "Globex Corporation", 9), (360, 150, "Invoice No.: SI60599", 9)
            ] + TOTALS + [(40, 800, "Harrow Components Ltd · Invoice SI60599 · Page 1 of 1", 7)]
    result = extract_invoice(page_pdf(rows))
    assert result.confidence("vendor_name") < 0.9


def test_a_name_that_opens_as_a_fragment_is_not_sure():
    rows = [(40, 40, "- Soluções Informáticas, S.A.", 18), (40, 60, "Rua Augusta 12, 1100-053 Lisboa", 8),
            (40, 150, "Cliente:", 9), (40, 162, "Hotel Mirador, Lda.", 9), (360, 150, "Fatura n.º FT 2026/41", 9)
            ] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.confidence("vendor_name") < 0.9


def test_a_buyer_printed_twice_side_by_side_is_not_the_vendor_by_repetition():
    """No "Bill To" heading, and the ship-to block beside it prints the buyer again: twice on one
    line, the buyer's name is printed once as far as the vendor is concerned."""
    rows = [(43, 48, "Greenleaf Electric Corp.", 9), (440, 55, "INVOICE", 22), (43, 59, "12 High Street", 9),
            (43, 70, "San Francisco, CA 94105", 9), (43, 92, "VAT number: 84-0536304", 9),
            (233, 138, "SHIP TO", 9), (447, 138, "INV. NO.", 8.5), (493, 138, "INV-72369", 8.5),
            (43, 149, "Globex Corporation", 9), (233, 149, "Globex Corporation", 9), (416, 151, "DATE OF ISSUE", 8.5),
            (493, 151, "Jul 29, 2026", 8.5), (43, 160, "12 High Street", 9), (233, 160, "12 High Street", 9),
            (446, 162, "P.O. NO.", 8.5), (493, 162, "BE4917", 8.5),
            (43, 171, "Austin, TX 78701", 9), (233, 171, "Austin, TX 78701", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") != "Globex Corporation" or result.confidence("vendor_name") < 0.9


def test_a_tax_id_placed_by_an_unsure_name_under_a_logo_letterhead_is_not_sure():
    """The letterhead is a logo; the vendor's address prints top right; the first named block,
    with no heading, is the buyer's and holds its VAT id: whose it is, the page does not say."""
    rows = [(394, 60, "Avenida da Liberdade 45 · 3000-150 Coimbra", 9),
            (53, 130, "Stark Components Ltd", 11), (53, 143, "Praça do Comércio 3", 9), (53, 156, "4000-322 Porto", 9),
            (53, 169, "NIPC: GB987654321", 9), (385, 130, "Documento n.º 202501768", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") is None or result.confidence("vendor_tax_id") < 0.9


def test_a_tax_id_under_a_receipts_opening_name_stays_sure():
    """No buyer's block and a name in body type, but the name opens the page: its block is the
    issuer's, and so is the VAT id in it."""
    rows = [(40, 40, "Kestrel Consulting Ltd", 9), (40, 52, "7 Riverside Way, London", 9),
            (40, 64, "VAT No.: GB123456789", 9), (360, 40, "Invoice No.: 4711", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_tax_id") == "GB123456789"
    assert result.confidence("vendor_tax_id") >= 0.9


def test_a_registers_folio_is_no_invoice_number():
    """Spain's register entry ("Registro Mercantil ..., Tomo 29576, Folio 107") under the page: its
    folio is the register's, not a second invoice number contesting the labelled one."""
    rows = [(40, 40, "Distribuciones Levante, S.L.", 16), (40, 60, "CIF: B59266064", 9),
            (40, 150, "Factura nº:", 9), (130, 150, "A-2026-968", 9), (300, 150, "CLIENTE", 9),
            (300, 162, "Hotel Mirador del Puerto, S.L.", 9)] + TOTALS + [
            (40, 800, "Distribuciones Levante, S.L. · Inscrita en el Registro Mercantil de Valencia, Tomo 29576, "
                      "Folio 107, Hoja M-80618 · CIF B59266064", 6)]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_number") == "A-2026-968"
    assert result.confidence("invoice_number") >= 0.9


def test_text_far_right_of_a_seller_heading_is_another_columns_not_the_sellers_name():
    """"Exporter:" with a copy mark far to its right on the same line: the name is under the heading."""
    rows = [(236, 40, "EXPORT INVOICE", 14), (37, 90, "Exporter:", 8), (420, 90, "DUPLICATE", 8),
            (37, 102, "Malabar Spice Traders LLP", 10), (37, 114, "Plot 73, Industrial Area, Kochi", 9),
            (306, 102, "Invoice No. EXP/2025-26/0189", 9)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("vendor_name") == "Malabar Spice Traders LLP"


def test_a_seller_name_whose_second_line_is_lost_is_not_sure():
    """Under the seller heading only the first line of a two-line name is read; the page's notes
    print the whole name, ending in a legal form in lower case ("a.G.")."""
    rows = [(65, 52, "Rechnung Nr. 00.123.456.7-2018-1 vom 11.03.2018", 12), (70, 160, "Verkäufer", 10),
            (70, 178, "Nummer:", 10), (261, 178, "549910", 10), (261, 196, "MVM Musterhafter", 10),
            (70, 238, "Anschrift:", 10), (261, 238, "Musterstr. 12", 10), (261, 256, "DE 12345 Musterstadt", 10),
            (175, 526, "MVM Musterhafter", 8), (175, 535, "Versicherungsverein Musterstadt a.G.", 8),
            (175, 544, "Musterstr. 12", 8)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.confidence("vendor_name") < 0.9


def test_a_seller_heading_names_the_text_in_its_own_column_not_the_one_left_of_it():
    """"FROM" heads the middle column; the buyer's block left of it lost its "BILLED TO" heading:
    the name under "FROM" is the seller's, not the line's first text."""
    rows = [(31, 45, "NORTHLIGHT", 26), (482, 45, "Invoice", 14), (216, 108, "FROM", 8), (402, 108, "ISSUED", 8),
            (30, 117, "Oakmere Organic Dairy Ltd", 10), (216, 117, "Northlight Studio Ltd", 10),
            (402, 117, "5 September 2025", 10), (30, 128, "FAO Accounts Payable", 10),
            (216, 128, "7 Stevenson Square", 10), (30, 139, "55 Mill Lane, Cheshire", 10),
            (216, 139, "Manchester M4 1HN", 10)] + TOTALS
    assert extract_invoice(page_pdf(rows)).value("vendor_name") == "Northlight Studio Ltd"


def test_a_printers_date_in_the_footer_is_not_the_invoice_date():
    """A pre-printed booklet's footer ("Printer's Accreditation No. ... Date Issued: 03/15/2017")
    dates the printer's permit: the header's "Date:" dates the invoice; with no other date, the
    footer's is read below 0.9."""
    footer = [(40, 780, "Printer's Accreditation No. 0417AB2017", 7), (260, 780, "Date Issued: 03/15/2017", 7)]
    header = [(40, 40, "Harbor Lights Trading", 14), (40, 70, "SALES INVOICE No. 4471", 10),
              (330, 100, "Date:", 9), (370, 100, "10/02/2026", 9)]
    result = extract_invoice(page_pdf(header + footer + TOTALS))
    assert result.value("invoice_date") == "2026-10-02"
    result = extract_invoice(page_pdf(header[:2] + footer + TOTALS))
    assert result.value("invoice_date") in (None, "2017-03-15") and result.confidence("invoice_date") < 0.9
