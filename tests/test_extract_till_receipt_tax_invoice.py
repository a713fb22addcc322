"""A tax invoice printed as a till's receipt in a monospaced font: its "NET TOTAL" is the net plus the tax, so the
total whatever its label says (the "Balance" after the cash tendered is the change); its slash date is read day
first when it is priced in a money only one country pays in that writes no English date month first ("LKR": Sri
Lanka's). Each read from a PDF built here."""

from __future__ import annotations

import pymupdf

from countersign.extraction.reader import extract_invoice


def _receipt(currency: str = "LKR") -> bytes:
    rows = [(23, "Pettah Hardware Stores (Pvt) Ltd"), (33, "No. 112, 2nd Cross Street, Colombo 11"),
            (57, "VAT Reg No: 290843407-7000"), (77, "TAX INVOICE"), (14, ""),
            (14, "Invoice No:     0018690"), (14, "Date:           06/10/2026 16:21"),
            (14, "Cashier:        Dilani"), (14, ""),
            (14, "Copper wire 1.5mm 100m"), (25, "4 x 14,595.00         58,380.00"),
            (14, "LED bulb 12W B22"), (25, "14 x 760.00           10,640.00"), (14, ""),
            (14, "Sub Total                69,020.00"), (14, "VAT 18%                  12,423.60"),
            (14, f"NET TOTAL {currency}            81,443.60"), (14, "Cash                     82,000.00"),
            (14, "Balance                     556.40")]
    doc = pymupdf.open()
    page = doc.new_page(width=227, height=520)
    for i, (x, text) in enumerate(rows):
        if text:
            page.insert_text((x, 20 + 11 * i), text, fontsize=7.2, fontname="cour")
    data = doc.tobytes()
    doc.close()
    return data


def test_the_net_total_that_is_the_net_plus_the_tax_is_the_total():
    result = extract_invoice(_receipt())
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) \
        == ("69020.00", "12423.60", "81443.60")


def test_a_slash_date_priced_in_one_countrys_money_reads_day_first():
    result = extract_invoice(_receipt())
    assert result.value("invoice_date") == "2026-10-06"
    assert result.confidence("invoice_date") < 0.9
    assert extract_invoice(_receipt("USD")).value("invoice_date") == "2026-06-10"  # dollars: many countries'

