"""A money's name ending a total's label printed level with a total in larger type ("TOTAL EC Dollars" on a page
dialling Antigua), a money's initials in the country's own language in a total label's brackets ("Net à payer TTC
(FD)": the "franc djiboutien"), a total label with a short sign in brackets that the reader does not know ("Invoice
total (D)") still labels its total, and "Total before VAT" is the net: the invoice total, not the balance left after
a deposit, is the total. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.cldr import local_initials
from countersign.extraction.home_currency import GUESS
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf


def test_a_moneys_name_ending_a_total_label_level_with_its_larger_total():
    rows = [(40, 30, "Falmouth Harbour Provisioning Ltd.", 14), (40, 48, "Falmouth Harbour, Antigua", 8),
            (40, 60, "Tel +1 (268) 460-1511", 8),
            (40, 110, "INVOICE", 14), (320, 110, "Invoice No.", 8), (430, 110, "FHP-27716", 8),
            (320, 124, "Date", 8), (430, 124, "10 October 2025", 8),
            (40, 260, "Item", 8), (516, 260, "Amount", 8), (40, 274, "Long-grain rice, 5 lb bag", 8),
            (516, 274, "127.20", 8), (40, 288, "Fresh snapper, whole cleaned", 8), (516, 288, "550.85", 8),
            (458, 312, "Sub-total", 8), (516, 312, "678.05", 8), (458, 326, "ABST 17%", 8), (516, 326, "0.00", 8),
            (38, 337, "For information only: US$ 251.13 at EC$2.70 = US$1.00.", 7),
            (420, 342, "TOTAL EC Dollars", 8), (516, 339.5, "678.05", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "678.05"
    assert result.value("currency") == "XCD"


def test_a_moneys_initials_in_a_total_labels_brackets():
    assert "FD" in local_initials("DJ") and "FG" in local_initials("GN")
    vendor = ["Corne Logistique SA", "Zone franche, BP 1980, Djibouti", "Tél. +253 21 34 42 33"]
    labels = [("Facture N°", "1314/26"), ("Date", "22/03/2026")]
    totals = [("Total HT", "826 000"), ("TVA 10 %", "82 600"), ("Net à payer TTC (FD)", "908 600")]
    result = extract_invoice(invoice_pdf(vendor, labels, totals, head=("Désignation", "Montant HT"),
                                         title="FACTURE", lines=[("Manutention", "826 000")]))
    assert result.value("total") == "908600"
    assert result.value("currency") == "DJF"


def test_initials_against_a_number_are_no_sign():
    vendor = ["Corne Logistique SA", "Zone franche, Djibouti", "Tél. +253 21 34 42 33"]
    labels = [("Facture N°", "1314/26"), ("Date", "22/03/2026")]
    result = extract_invoice(invoice_pdf(vendor, labels, [("Total", "908 600")], title="FACTURE",
                                         lines=[("Dossier FD 4471", "908 600")]))
    # ("FD" is no sign: the currency is at most the guess from the country the page names, below 0.9)
    assert result.value("currency") is None or result.confidence("currency") == GUESS < 0.9
    assert not any("FD" in ev.text for ev in result.fields["currency"].evidence)


def test_the_invoice_total_before_a_deposit_not_the_balance():
    vendor = ["Gambia Feed & Farm Inputs Ltd", "Kanifing Industrial Estate, The Gambia", "Tel (+220) 754 5926"]
    labels = [("Invoice No.", "INV72963"), ("Invoice Date", "06.05.2025")]
    totals = [("Total before VAT", "197,830.00"), ("VAT 15%", "6,805.50"), ("Invoice total (D)", "204,635.50"),
              ("Less deposit paid", "18,000.00"), ("Balance to pay", "186,635.50")]
    result = extract_invoice(invoice_pdf(vendor, labels, totals, lines=[("Broiler pellets", "197,830.00")]))
    assert result.value("subtotal") == "197830.00"
    assert result.value("tax") == "6805.50"
    assert result.value("total") == "204635.50"
    assert result.value("currency") == "GMD"
