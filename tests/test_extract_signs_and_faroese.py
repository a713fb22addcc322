"""Currency signs of more territories, from CLDR or as their pages print them (Guyana's "G$", Brunei's "B$", Kuwait's
"KD" with its three decimals, Aruba's "Afl.", Vanuatu's "VT") after a total's label; an id's letter ("R-2025-640") no
sign; a bilingual label with its translation after a slash ("Total Amount / Jumlah B$"); a legal form on the line
under a name that ends in one ("... Trading Co." / "W.L.L."); a Faroese invoice's labels ("Rokningarnr.",
"Bílegging nr.", "V-tal", "Samtals at gjalda") and its title "ROKNINGUR", no vendor; a PO number printed behind the
order's own word after a label that names the order ("P.O. # | PO 22758") read as printed, word and all; a bare
"$" read by the country the address names ("Essequibo Coast, Guyana"), unsurely: each
read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.cldr import currency_signs
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

Rows = list[tuple[float, float, str, int]]


_invoice = invoice_pdf


@pytest.mark.parametrize(("sign", "code"), [("G$", "GYD"), ("B$", "BND"), ("KD", "KWD"), ("Afl.", "AWG"),
                                            ("VT", "VUV"), ("FCFP", "XPF")])
def test_more_territories_signs_stand_for_their_currency(sign, code):
    assert currency_signs()[sign] == (code,)


def test_a_guyanese_total_in_g_dollars_reads_gyd():
    data = _invoice(["Essequibo Rice Milling Inc.", "Lot 14 Anna Regina, Essequibo Coast, Guyana"],
                    [("Invoice No.", "ECR-13395"), ("Invoice Date", "October 29, 2026")],
                    [("Sub-Total", "1,000.00"), ("VAT @ 14%", "140.00"), ("TOTAL G$", "1,140.00")],
                    ("Description", "Amount G$"))
    result = extract_invoice(data)
    assert result.value("currency") == "GYD"  # not the US dollar
    assert result.value("total") == "1140.00"
    assert result.fields["total"].confidence >= 0.9


def test_a_kuwaiti_total_in_dinars_with_fils_and_a_legal_form_below_the_name():
    data = _invoice(["Abdali Agri-Tech General Trading Co.", "W.L.L.", "Shuwaikh Industrial Area, Kuwait City"],
                    [("Invoice No.", "INV-59073"), ("Date", "25 November 2025")],
                    [("Total Amount KD", "1,250.500")], ("Description", "Amount KD"), name_lines=2)
    result = extract_invoice(data)
    assert result.value("currency") == "KWD"
    assert result.value("total") == "1250.500"
    assert result.value("vendor_name") == "Abdali Agri-Tech General Trading Co. W.L.L."


def test_a_bilingual_total_label_with_its_translation_after_a_slash():
    data = _invoice(["Kiulap Elevator Services Sdn Bhd", "Jalan Berakas, Bandar Seri Begawan BB3713"],
                    [("Invoice No. / No. Invois", "INV/2025/806"), ("Date / Tarikh", "14/08/2025")],
                    [("Total Amount / Jumlah B$", "9,226.00")], ("Description / Keterangan", "Amount B$"))
    result = extract_invoice(data)
    assert result.value("invoice_number") == "INV/2025/806"
    assert result.value("total") == "9226.00"
    assert result.value("currency") == "BND"


def test_arubas_florin_and_its_three_turnover_taxes():
    data = _invoice(["Aqua Clear Pool Services Aruba N.V.", "Sabana Basora 12, Noord, Aruba"],
                    [("Invoice #", "3644"), ("Invoice date", "July 26, 2026")],
                    [("Subtotal", "1,000.00"), ("BBO 2.5%", "25.00"), ("BAVP 1.5%", "15.00"), ("BAZV 3%", "30.00"),
                     ("TOTAL Afl.", "1,070.00")], ("Description", "Amount Afl."))
    result = extract_invoice(data)
    assert result.value("currency") == "AWG"
    assert result.value("total") == "1070.00"
    assert result.value("tax") == "70.00"


def test_vanuatus_vatu_in_brackets_after_the_total():
    data = _invoice(["Centre de Langues du Pacifique Ltd", "Rue Carnot, Port-Vila, Vanuatu"],
                    [("N° de facture", "CLP-2025-145"), ("Date", "8 mai 2025")],
                    [("Total HT", "155 430"), ("TVA 15 %", "23 315"), ("Total TTC (VT)", "178 745")],
                    ("Désignation", "Montant VT"))
    result = extract_invoice(data)
    assert result.value("currency") == "VUV"
    assert result.value("total") == "178745"


def test_a_faroese_invoice_reads_its_number_order_tax_id_and_total_and_its_title_is_no_vendor():
    rows: Rows = [(40, 30, "Kavarin Sp/f", 12), (40, 46, "Við Sandin 4, FO-100 Tórshavn", 8),
            (40, 58, "V-tal 628296", 8), (40, 90, "ROKNINGUR", 14),
            (320, 110, "Rokningarnr.", 8), (430, 110, "R-2025-640", 8),
            (320, 124, "Dagfesting", 8), (430, 124, "21. august 2025", 8),
            (320, 138, "Bílegging nr.", 8), (430, 138, "B-9473", 8),
            (40, 200, "Lýsing", 8), (480, 200, "Upphædd kr.", 8),
            (40, 214, "Kavaraeftirlit av netum", 8), (480, 214, "1.000,00", 8),
            (320, 250, "Tilsamans uttan MVG", 8), (480, 250, "1.000,00", 8),
            (320, 264, "MVG 25%", 8), (480, 264, "250,00", 8),
            (320, 278, "Samtals at gjalda kr.", 8), (480, 278, "1.250,00", 8),
            (40, 320, "IBAN FO24 6460 1234 5678 90", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "R-2025-640"
    assert result.value("po_number") == "B-9473"
    assert result.value("vendor_name") == "Kavarin Sp/f"  # not the title "ROKNINGUR"
    assert result.value("vendor_tax_id") == "628296"
    assert result.value("total") == "1250.00"
    assert result.value("currency") == "DKK"  # "kr." by the Faroese IBAN; "R-2025-640" is no rand


def test_a_po_number_behind_the_orders_word_after_an_order_label_is_read_as_printed():
    data = _invoice(["Caribbean Pool & Spa Care V.B.A.", "Italiëstraat 44, Oranjestad, Aruba"],
                    [("Invoice #", "INV-2025-689"), ("Invoice date", "27-07-2025"), ("P.O. #", "PO 22758")],
                    [("TOTAL", "1,070.00")])
    result = extract_invoice(data)
    assert result.value("po_number") == "PO 22758"  # the label named the order: its word in the value is the number's


def test_a_bare_dollar_on_a_page_whose_address_names_the_country_reads_that_countrys_dollar():
    data = _invoice(["Essequibo Rice Milling Inc.", "Lot 14 Anna Regina, Essequibo Coast, Guyana"],
                    [("Invoice No.", "ECR-13396"), ("Invoice Date", "October 30, 2026")],
                    [("Sub-Total", "$1,000.00"), ("VAT @ 14%", "$140.00"), ("TOTAL", "$1,140.00")])
    result = extract_invoice(data)
    assert result.value("currency") == "GYD"  # no telephone or id says more: the address's country
    assert result.fields["currency"].confidence < 0.9
