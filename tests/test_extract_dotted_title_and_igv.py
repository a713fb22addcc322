"""A title and its translation joined by a middle dot ("FAKTURA · LASKU") is the title, not the vendor's name; Peru's
"I.G.V. 18%" labels the tax (so its "US$" tells the money beside a "S/" counter-value). From PDFs built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_title_and_its_translation_after_a_middle_dot_are_no_name():
    rows = [(40, 40, "Kristinestads Rökeri Kb", 15), (380, 40, "FAKTURA · LASKU", 16),
            (40, 60, "Strandgatan 31, 64100 Kristinestad", 8),
            (330, 100, "Fakturanr / Laskun nro", 8), (470, 100, "5283", 8),
            (330, 114, "Fakturadatum / Laskun pvm", 8), (470, 114, "23.07.2025", 8),
            (300, 220, "Netto / Veroton", 8), (480, 220, "100,00", 8),
            (300, 234, "Moms / ALV 14 %", 8), (480, 234, "14,00", 8),
            (300, 248, "Att betala / Maksettava", 8), (480, 248, "114,00 €", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Kristinestads Rökeri Kb"


def test_the_igv_labels_the_tax_and_its_sign_the_money():
    rows = [(40, 40, "APU AUSANGATE EXPEDICIONES S.A.C.", 12), (400, 40, "R.U.C. N.º 20311039378", 8),
            (400, 60, "FACTURA ELECTRÓNICA", 10), (400, 74, "F002-00006105", 10),
            (40, 110, "Fecha de emisión: 06/09/2026", 8),
            (40, 150, "Cant.", 8), (90, 150, "Descripción", 8), (400, 150, "V. Unitario", 8),
            (480, 150, "Valor de venta", 8), (40, 164, "2", 8), (90, 164, "Arriero y mulas, por día", 8),
            (400, 164, "50.00", 8), (480, 164, "100.00", 8),
            (40, 200, "SON: CIENTO DIECIOCHO Y 00/100 DÓLARES AMERICANOS", 8),
            (360, 200, "Op. Gravada", 8), (480, 200, "US$ 100.00", 8),
            (40, 214, "Tipo de cambio 3.494: equivalente S/ 412.29", 8),
            (360, 214, "I.G.V. 18%", 8), (480, 214, "US$ 18.00", 8),
            (360, 228, "LLAPAN", 8), (480, 228, "US$ 118.00", 8)]  # (Quechua "all": no label it knows)
    result = extract_invoice(rows_pdf(rows))
    assert result.value("tax") == "18.00"
    assert result.value("currency") == "USD"
