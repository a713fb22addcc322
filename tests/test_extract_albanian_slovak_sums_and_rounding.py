"""Sums read by their role: Albanian labels ("Vlera pa TVSH", "Totali për pagesë") over whole lekë printed in lower
case ("535.700 lekë"), a title with its tax qualifier ("FATURË TATIMORE", "FAKTÚRA – DAŇOVÝ DOKLAD") that names no
vendor, and a cash total rounded below it ("Zaokrúhlenie 0,02" / "Celkom na úhradu 588,50"). Read from PDFs built
here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_albanian_sums_in_lower_case_leke_and_the_qualified_title():
    data = invoice_pdf(["Hotel Liqeni sh.p.k.", "Rruga e Kavajës 10, Tiranë", "NIPT: K12345678A"],
                       [("Nr. i faturës:", "12/2025"), ("Data e lëshimit:", "28.09.2025"), ("Nr. porosie:", "PO-77")],
                       [("Vlera pa TVSH", "535.700 lekë"), ("TVSH gjithsej", "43.804 lekë"),
                        ("Totali për pagesë", "579.504 lekë")],
                       head=("Përshkrimi", "Vlera pa TVSH"), title="FATURË TATIMORE",
                       lines=[("Akomodim, dhomë teke", "250.000 lekë"), ("Akomodim, dhomë dyshe", "285.700 lekë")])
    result = extract_invoice(data)
    assert result.value("vendor_name") == "Hotel Liqeni sh.p.k."
    assert [Decimal(result.value(f)) for f in ("subtotal", "tax", "total")] == [535700, 43804, 579504]
    assert result.value("currency") == "ALL"
    assert result.value("po_number") == "PO-77"


def _slovak(totals: list[tuple[str, str]]) -> bytes:
    return invoice_pdf(["Dunajská Potraviny s.r.o.", "Vajnorská 98, Bratislava", "DIČ: 2020202030",
                        "IČ DPH: SK2020202030"], [("Dátum vyhotovenia:", "27.10.2025")], totals,
                       title="FAKTÚRA – DAŇOVÝ DOKLAD", lines=[("Mlieko", "505,00")])


def test_a_cash_total_rounded_below_the_total_is_the_amount_due():
    result = extract_invoice(_slovak([("Základ DPH", "505,00"), ("DPH", "83,48"),
                                      ("Celkom s DPH", "588,48"), ("Zaokrúhlenie", "0,02"),
                                      ("Celkom na úhradu", "588,50")]))
    assert result.value("vendor_name") == "Dunajská Potraviny s.r.o."
    assert result.value("vendor_tax_id") == "SK2020202030"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("505.00", "83.48", "588.50")
    assert result.confidence("total") >= 0.9


def test_a_row_that_is_no_rounding_leaves_the_total():
    # 5.00 more is a charge or a balance, not a rounding: the total stays the net plus the tax
    result = extract_invoice(_slovak([("Základ DPH", "505,00"), ("DPH", "83,48"),
                                      ("Celkom s DPH", "588,48"), ("Zaokrúhlenie", "5,02"),
                                      ("Celkom na úhradu", "593,50")]))
    assert result.value("total") != "593.50" or result.confidence("total") < 0.9


def test_albanian_date_of_issue():
    data = invoice_pdf(["Hotel Liqeni sh.p.k.", "Rruga e Kavajës 10, Tiranë"],
                       [("Nr. i faturës:", "12/2025"), ("Afati i pagesës:", "23/06/2025"),
                        ("Data e lëshimit:", "08/06/2025")],
                       [("Vlera pa TVSH", "1.000 lekë"), ("TVSH 20%", "200 lekë"), ("Totali për pagesë", "1.200 lekë")],
                       title="FATURË TATIMORE", lines=[("Darkë grupi", "600 lekë"), ("Pije", "400 lekë")])
    assert extract_invoice(data).value("invoice_date") == "2025-06-08"
