"""A seller's heading with the buyer's beside it on its line, each over its own name ("Preču nosūtītājs /
piegādātājs | Preču saņēmējs / maksātājs", Latvian: the goods' sender / supplier, their receiver / payer): the
buyer's heading is no vendor's name, the name under the seller's heading is. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_name_under_the_seller_heading_not_the_buyer_heading_beside_it():
    rows = [(37, 30, "PREČU PAVADZĪME – RĒĶINS Nr. JDB-084084", 12),
            (44, 76, "Preču nosūtītājs / piegādātājs", 7), (304, 76, "Preču saņēmējs / maksātājs", 7),
            (44, 85, "SIA „Jūrmalas Dārzeņu bāze“", 8), (304, 85, "SIA „Restorāns Jūras Pērle“", 8),
            (44, 95, "Kolkas iela 12, Jūrmala, LV-2011", 7), (304, 95, "Jūras iela 58, Jūrmala", 7),
            (44, 105, "PVN reģ. Nr. LV40000518581", 7), (304, 105, "PVN reģ. Nr. LV40000391337", 7),
            (304, 140, "Izrakstīšanas datums", 7), (408, 140, "23.09.2026", 7),
            (364, 240, "Kopā bez PVN", 8), (527, 240, "519,12", 8), (364, 254, "PVN kopā", 8),
            (532, 254, "72,69", 8), (364, 268, "Summa apmaksai, EUR", 8), (515, 268, "591,81", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "SIA „Jūrmalas Dārzeņu bāze“"
