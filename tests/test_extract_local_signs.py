"""A currency printed in its country's own short sign, read on a page that names that country: Eswatini's lilangeni
"E 20,565.00", the Gambian dalasi "Invoice total (D)", the Djibouti franc "Net à payer TTC (FDJ)", Tonga's pa'anga as
its code "TOTAL TOP" beside the amount, money by its name ("Invoice total (Dalasi)", "TOTAL Pa'anga"), and Sierra
Leone's new leone "Total (NLe)"; a page naming no such country reads none of those signs. Each read from a PDF built
here."""

from __future__ import annotations

import pytest

from countersign.extraction.cldr import local_signs
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def _invoice(vendor: list[str], totals: list[tuple[str, str]]) -> bytes:
    labels = [("Invoice No.", "KPS-1133"), ("Invoice Date", "04/08/2026")]
    return invoice_pdf(vendor, labels, totals, lines=[("Feed supply", totals[0][1].split()[-1])])


def test_cldr_gives_each_country_its_own_signs():
    assert local_signs("SZ") == ("E",)
    assert local_signs("GM") == ("D",)
    assert local_signs("DJ") == ("Fdj",)


@pytest.mark.parametrize(("vendor", "totals", "code"), [
    (["Lubombo Security Services (Pty) Ltd", "Plot 412, Mhlakuvane Street, Manzini, Eswatini", "Tel +268 2539 5089"],
     [("Total Excl. VAT", "E 20,565.00"), ("VAT @ 15%", "E 3,084.75"), ("Total Incl. VAT", "E 23,649.75")], "SZL"),
    (["Kombo Poultry Supplies Ltd", "Brikama Highway, Yundum, The Gambia", "Tel (+220) 584 0392"],
     [("Total before VAT", "217,960.00"), ("VAT 15%", "5,828.25"), ("Invoice total (D)", "223,788.25")], "GMD"),
    (["Corne Logistique SA", "Zone franche, BP 1980, Djibouti", "Tél. +253 21 34 42 33"],
     [("Total HT", "535 000"), ("TVA 10 %", "53 500"), ("Net à payer TTC (FDJ)", "588 500")], "DJF"),
    (["Vava'u Coastal Freight Ltd", "Halaevalu Wharf, Neiafu, Kingdom of Tonga", "Ph (+676) 64716"],
     [("Sub-total", "4,708.50"), ("Consumption Tax 15%", "706.28"), ("TOTAL TOP", "5,414.78")], "TOP"),
    (["Banjul Livestock Services Ltd", "Liberation Avenue, Banjul, The Gambia", "Tel (+220) 321 1927"],
     [("Total before VAT", "284,190.00"), ("VAT 15%", "6,086.25"), ("Invoice total (Dalasi)", "290,276.25")], "GMD"),
    (["Tofua Freight & Lighterage Ltd", "Vuna Road, Nuku'alofa, Kingdom of Tonga", "Ph (+676) 71277"],
     [("Sub-total", "9,333.00"), ("Consumption Tax 15%", "1,399.95"), ("TOTAL Pa'anga", "10,732.95")], "TOP"),
    (["Freetown Power Solutions (SL) Ltd", "14 Wilkinson Road, Freetown, Sierra Leone", "Tel +232 78 353215"],
     [("Sub-Total", "10,924.00"), ("GST 15%", "1,638.60"), ("Total (NLe)", "12,562.60")], "SLE"),
])
def test_a_country_own_sign_reads_as_its_money(vendor, totals, code):
    result = extract_invoice(_invoice(vendor, totals))
    assert result.value("currency") == code
    assert result.fields["currency"].confidence < 0.9


def test_a_one_letter_sign_of_a_country_the_page_does_not_name_is_no_currency():
    data = _invoice(["Harbour Supplies Ltd", "14 Quay Road, Springfield"],
                    [("Total before VAT", "217,960.00"), ("VAT 15%", "5,828.25"), ("Invoice total (D)", "223,788.25")])
    assert extract_invoice(data).value("currency") is None


@pytest.mark.parametrize(("phone", "code"), [("Tél. +241 06 32 74 27", "XAF"), ("Tél. +225 27 22 40 15 00", "XOF")])
def test_a_cfa_franc_printed_f_cfa_is_the_one_of_the_page_country(phone, code):
    totals = [("Total HT", "4 410 000 F CFA"), ("TVA 18 %", "793 800 F CFA"), ("Montant TTC", "5 203 800 F CFA")]
    data = _invoice(["Clim Service Ogooué SA", "Boulevard Triomphal, BP 1187", phone], totals)
    assert extract_invoice(data).value("currency") == code
