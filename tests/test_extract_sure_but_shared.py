"""Values the reader was sure of on evidence another reading fits as well: a PO read without the letters that open
it ("LPO 18923", its "LPO" taken for the label), a PO under a bare "Pedido" (the seller's sales order as often as
the buyer's order), a US employer number on a bill that charges a VAT or GST (charged under another registration),
and "£" on St Helena read as sterling when "St Helena Island" was taken for Iceland's German name. Each read from a
PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

VENDOR = ["Harbourside Trading Ltd", "4 Quay Street, Port Louis"]
LINES = [("Service", "1,000.00")]
TOTALS = [("Subtotal", "1,000.00"), ("Tax", "100.00"), ("Total", "1,100.00")]


def _sure(result, name: str) -> bool:
    return result.value(name) is not None and result.confidence(name) >= 0.9


def test_an_order_number_read_without_its_own_letters_is_not_sure():
    labels = [("Invoice no.", "23022"), ("Date", "20 March 2025"), ("Official order", "LPO 18923")]
    result = extract_invoice(invoice_pdf(VENDOR, labels, TOTALS, lines=LINES))
    assert result.value("po_number") == "LPO 18923" or not _sure(result, "po_number")


def test_a_po_under_a_bare_pedido_is_not_sure():
    labels = [("Factura No.:", "B0100066297"), ("Fecha:", "04/11/2026"), ("Vendedor:", "A. Peña"),
              ("Pedido No.:", "PV-83125")]
    result = extract_invoice(invoice_pdf(["Distribuidora Caribe Alimentos, S.R.L.", "Santo Domingo"], labels,
                                         TOTALS, lines=LINES))
    assert result.value("po_number") == "PV-83125"
    assert result.confidence("po_number") < 0.9


def _saas(tax_row: str) -> bytes:
    rows = [(40, 30, "Invoice", 16), (40, 60, "Invoice number", 8), (160, 60, "BWA9850-0032", 8),
            (40, 74, "Date of issue", 8), (160, 74, "November 3, 2026", 8),
            (40, 110, "Brightwave Analytics, Inc.", 8), (40, 122, "500 W 2nd St, Floor 19", 8),
            (40, 134, "Austin, TX 78701", 8), (40, 146, "ARN 3000 7633 5198 (simplified GST)", 8),
            (300, 110, "Bill to", 8), (300, 122, "Harbourline Health Pty Ltd", 8),
            (40, 200, "Description", 8), (480, 200, "Amount", 8), (40, 214, "Business plan (annual)", 8),
            (480, 214, "48,900.00", 8), (330, 240, "Subtotal", 8), (480, 240, "48,900.00", 8),
            (330, 254, tax_row, 8), (480, 254, "4,890.00", 8), (330, 268, "Total", 8), (480, 268, "53,790.00", 8),
            (40, 500, "Brightwave Analytics, Inc. · 500 W 2nd St, Austin, TX 78701 · EIN 46-1022094", 7)]
    return rows_pdf(rows)


def test_an_employer_number_on_a_bill_charging_gst_is_not_sure():
    result = extract_invoice(_saas("GST (10% on A$48,900.00)"))
    assert not (result.value("vendor_tax_id") == "46-1022094" and _sure(result, "vendor_tax_id"))


def test_an_employer_number_on_a_bill_charging_sales_tax_stays():
    result = extract_invoice(_saas("Sales tax - Austin, TX (10% on $48,900.00)"))
    assert result.value("vendor_tax_id") == "46-1022094"
    assert result.confidence("vendor_tax_id") >= 0.9


def test_st_helena_island_is_no_iceland():
    # no telephone number the page dials: only the address names St Helena
    vendor = ["Jamestown Building Supplies Ltd", "Market Street, Jamestown, St Helena Island, South Atlantic Ocean"]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "23022")],
                                         [("TOTAL £", "9,522.70"), ("All prices in St Helena pounds.", "")],
                                         lines=[("Rebar 12 mm", "9,522.70")]))
    assert result.value("currency") == "SHP"
    assert result.confidence("currency") < 0.9


def test_a_sign_read_sure_is_not_when_the_page_names_another_money_of_its_kind():
    # no address, telephone number or id names Egypt: only the words say whose pounds "£" stands for
    vendor = ["Nile Delta Cotton Traders", "14 Corniche Road, Alexandria"]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "1394")],
                                         [("Total due", "£8,449.88"), ("All amounts in Egyptian pounds.", "")],
                                         lines=[("Cotton bales", "£8,449.88")]))
    assert not (result.value("currency") == "GBP" and _sure(result, "currency"))


def test_a_sign_read_sure_stays_when_the_page_names_its_own_money():
    vendor = ["Camp Shearing Contractors Ltd", "Ross Road West, Stanley"]
    result = extract_invoice(invoice_pdf(vendor, [("Invoice no.", "1394")],
                                         [("Total due", "£8,449.88"), ("All amounts in British pounds.", "")],
                                         lines=[("Shearing", "£8,449.88")]))
    assert result.value("currency") == "GBP"
    assert result.confidence("currency") >= 0.9
