"""Albanian and Danish invoices whose facts stand in a strip of labels over their values: "Numri i faturës" (the
invoice's number), "Referenca e blerësit" (the buyer's reference, its order), "Jeres ref./rekv." (your requisition),
and Albanian seller and buyer headings ("Shitësi:", "Blerësi:") that keep the buyer's NIPT off the vendor's."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_TABLE = [(48, 217, "Nr.", 7), (74, 217, "Përshkrimi", 7), (481, 217, "Vlera pa TVSH", 7),
          (48, 234, "1", 7), (74, 234, "Mollë Starking, kategoria I", 7), (500, 234, "546 084,00", 7),
          (357, 283, "Vlera pa TVSH:", 8), (357, 294, "546 084,00 lekë", 8), (357, 310, "TVSH 20%:", 8),
          (357, 320, "109 216,80 lekë", 8), (357, 336, "Vlera totale me TVSH:", 8), (357, 347, "655 300,80 lekë", 8)]


def test_albanian_strip_of_labels_over_values():
    rows = [(45, 48, "FATURË TATIMORE", 14), (45, 77, "Shitësi:", 8), (315, 77, "Blerësi:", 8),
            (45, 87, "Mollë Korça Agro sh.p.k.", 9), (315, 87, "Supermarketet Big Market sh.a.", 9),
            (45, 130, "NIPT i shitësit:", 8), (315, 130, "NIPT i blerësit:", 8),
            (45, 141, "L98315784C", 9), (315, 141, "J39849000U", 9),
            (45, 171, "Numri i faturës:", 7), (147, 171, "Data e lëshimit:", 7), (352, 171, "Afati i pagesës:", 7),
            (454, 171, "Referenca e blerësit:", 7), (45, 182, "86/2026", 8), (147, 182, "01/03/2026", 8),
            (352, 182, "16/03/2026", 8), (454, 182, "PO-5781", 8), *_TABLE]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("invoice_number"), result.value("po_number")) == ("86/2026", "PO-5781")
    assert result.value("vendor_tax_id") == "L98315784C"


def test_danish_requisition_is_the_buyers_order():
    rows = [(45, 31, "Offshore Værktøj Danmark ApS", 12), (480, 31, "FAKTURA", 14),
            (250, 77, "Fakturanr.", 7), (320, 77, "Fakturadato", 7), (400, 77, "Jeres ref./rekv.", 7),
            (250, 95, "197825", 8), (320, 95, "18. juli 2026", 8), (400, 95, "4506804514", 8),
            (48, 152, "Beskrivelse", 8), (500, 152, "Beløb", 8), (48, 169, "Fragt offshore-base", 8),
            (500, 169, "2.210,00", 8), (380, 236, "Subtotal ekskl. moms", 8), (500, 236, "2.210,00", 8),
            (380, 252, "Moms 25 %", 8), (505, 252, "552,50", 8), (380, 268, "I alt DKK", 8), (500, 268, "2.762,50", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("po_number") == "4506804514"
