""""£" on a page that names the Falklands and prints "Falkland Islands pounds" is their own pound (unsurely), and
on St Helena with "St Helena pounds" however the saint is spelt; "£" in Gibraltar with no such words stays sterling.
A total labelled with the sign and its country's letters ("TOTAL DUE FK£") is read. Each read from a PDF built
here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_a_pound_named_by_its_territory_is_theirs_unsurely():
    vendor = ["Camp Shearing Contractors Ltd", "Ross Road West, Stanley, Falkland Islands", "Tel +500 98932"]
    totals = [("Total due", "£8,449.88"), ("All amounts in Falkland Islands pounds.", "")]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "1394")], totals, lines=[("Shearing", "£8,449.88")]))
    assert result.value("currency") == "FKP"
    assert result.fields["currency"].confidence < 0.9


def test_a_pound_named_without_cldrs_dot_after_saint():
    # CLDR spells it "St. Helena pounds"; pages print "St Helena pounds" or "Saint Helena pounds"
    vendor = ["Jamestown Building Supplies Ltd", "Market Street, Jamestown, St Helena Island", "Tel +290 52882"]
    for words in ("All prices in St Helena pounds.", "Amounts in Saint Helena pounds"):
        result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "23022")], [("TOTAL £", "9,522.70"), (words, "")],
                                             lines=[("Rebar 12 mm", "9,522.70")]))
        assert result.value("currency") == "SHP", words
        assert result.fields["currency"].confidence < 0.9


def test_a_pound_in_gibraltar_not_named_stays_sterling():
    vendor = ["Rosia Bay Marina Ltd", "Rosia Road, Gibraltar GX11 1AA", "Tel +350 200 72702"]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "RBM-9155")], [("Invoice total", "£2,665.60")],
                                         lines=[("Berthing", "£2,665.60")]))
    assert result.value("currency") == "GBP"


def test_a_total_labelled_with_a_sign_and_its_country_letters():
    vendor = ["Goose Green Shearing Services", "Goose Green, East Falkland, Falkland Islands", "Tel +500 39692"]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "GG/105")], [("TOTAL DUE FK£", "12,057.10")],
                                         lines=[("Shearing", "FK£10,401.60"), ("Rams", "FK£1,655.50")]))
    assert result.value("total") == "12057.10"
