"""A Malaysian receipt's "JUMLAH BESAR" (the grand total, "big sum") under "Jumlah Kecil" (the subtotal, "small sum"):
the total, not the first item's amount under the table's "Jumlah (RM)" column. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_jumlah_besar_is_the_grand_total():
    data = invoice_pdf(["Kedai Kopi Api-Api Sdn. Bhd.", "Blok B, Lot 5, Api-Api Centre, 88000 Kota Kinabalu"],
                       [("No. Invois", "AP-36465"), ("Tarikh", "27 Jun 2026")],
                       [("Jumlah Kecil", "246.51"), ("Cukai Perkhidmatan 6%", "14.79"), ("JUMLAH BESAR", "RM 261.30")],
                       head=("Item", "Jumlah (RM)"), title="RESIT RASMI / INVOIS",
                       lines=[("Udang Masak Lemak", "63.68"), ("Laksa Sabah", "182.83")])
    result = extract_invoice(data)
    assert result.value("total") == "261.30"
    assert result.fields["total"].confidence >= 0.9
