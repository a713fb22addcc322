"""Icelandic and Peruvian invoices read from PDFs built here: Icelandic labels ("Gjalddagi" the due date,
"Eindagi" the later last day, no field), whole-krona amounts with dot grouping and "kr" read as the krona
when a kennitala names Iceland; a tax row that prints its base ("VSK 24% af 759.923"); Peru's RUC, "S/"
for the sol, a bare series number under the title and installments ("Cuota 001") that are no tax."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_an_icelandic_invoice_with_its_vendor_in_a_sidebar():
    data = rows_pdf([
        (20, 40, "Jöklasmíði ehf.", 14), (20, 80, "Bæjarhrauni 2", 8), (20, 92, "220 Hafnarfirði", 8),
        (20, 120, "KENNITALA", 7), (20, 130, "680582-5720", 8),
        (20, 156, "VSK-NÚMER", 7), (20, 166, "40213", 8),
        (200, 40, "REIKNINGUR", 18),
        (200, 86, "KAUPANDI", 7), (200, 96, "Gistihúsið Vík ehf.", 8), (200, 108, "Kt. 671240-9289", 8),
        (390, 86, "Reikningur nr.", 8), (470, 86, "2207", 8),
        (390, 98, "Dagsetning", 8), (470, 98, "02.03.2026", 8),
        (390, 110, "Gjalddagi", 8), (470, 110, "02.04.2026", 8),
        (390, 122, "Eindagi", 8), (470, 122, "16.04.2026", 8),
        (390, 134, "Pöntun nr.", 8), (470, 134, "B-77", 8),
        (380, 300, "Samtals án VSK", 8), (500, 300, "120.000", 8),
        (380, 312, "VSK 24% af 120.000", 8), (500, 312, "28.800", 8),
        (380, 326, "Til greiðslu kr.", 9), (500, 326, "148.800", 9),
    ])
    result = extract_invoice(data)
    assert (result.value("invoice_number"), result.value("invoice_date"), result.value("due_date"),
            result.value("po_number")) == ("2207", "2026-03-02", "2026-04-02", "B-77")
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("120000", "28800", "148800")
    assert result.value("currency") == "ISK" and result.confidence("currency") >= 0.9
    assert result.value("vendor_name") == "Jöklasmíði ehf."
    assert result.value("vendor_tax_id") == "40213"


@pytest.mark.parametrize(("text", "rest"), [
    ("VAT 20% of £1,000.00 200.00", "200.00"),
    ("MwSt 19% auf 1.000,00 190,00", "190,00"),
    ("VSK 11% af 639.110 70.302", "70.302"),
])
def test_a_tax_row_that_prints_its_base_labels_the_amount_after_the_base(text, rest):
    name, _, read = label_matches(text)[0]
    assert name == "tax" and text[read.end():] == rest


def test_a_peruvian_factura_electronica():
    data = rows_pdf([
        (30, 30, "INGENIERÍA DEL PACÍFICO S.A.C.", 14), (30, 50, "Av. Arequipa 1200, Lima", 8),
        (390, 30, "R.U.C. N° 20100070970", 10), (390, 46, "FACTURA ELECTRÓNICA", 10), (410, 62, "F002-00004512", 10),
        (30, 110, "Fecha de Emisión : 05/03/2026", 8), (300, 110, "Tipo de Moneda : SOLES", 8),
        (30, 124, "Señor(es) : COMERCIAL NORTE S.A.", 8), (30, 136, "RUC : 20131312955", 8),
        (30, 170, "Cant.", 8), (80, 170, "Descripción", 8), (380, 170, "Valor Unitario", 8),
        (470, 170, "Valor de Venta", 8),
        (30, 184, "2", 8), (80, 184, "Estudio de suelos", 8), (380, 184, "2,500.00", 8), (470, 184, "5,000.00", 8),
        (360, 230, "Op. Gravada", 8), (470, 230, "S/ 5,000.00", 8),
        (360, 244, "IGV 18%", 8), (470, 244, "S/ 900.00", 8),
        (360, 258, "Importe Total", 8), (470, 258, "S/ 5,900.00", 8),
        (30, 300, "Total de cuotas: 1 · Cuota 001 · Fecha de vencimiento: 04/04/2026", 8),
    ])
    result = extract_invoice(data)
    assert result.value("invoice_number") == "F002-00004512" and result.confidence("invoice_number") < 0.9
    assert result.value("vendor_tax_id") == "20100070970"
    assert (result.value("subtotal"), result.value("tax"), result.value("total"), result.value("currency")) == (
        "5000.00", "900.00", "5900.00", "PEN")


def test_a_label_wrapped_after_a_joining_word_with_its_value_after_a_colon_cell():
    data = rows_pdf([
        (30, 30, "SERVICIOS DEL SUR S.A.", 14),
        (38, 106, "Fecha de Emisión", 8), (126, 106, ": 03/02/2026", 8),
        (38, 117, "Fecha de", 8), (126, 117, ": 05/03/2026", 8),
        (38, 126, "Vencimiento", 8),
        (360, 258, "Importe Total", 8), (470, 258, "S/ 5,900.00", 8),
    ])
    result = extract_invoice(data)
    assert (result.value("invoice_date"), result.value("due_date")) == ("2026-02-03", "2026-03-05")


def test_a_sidebar_beside_an_icelandic_items_table_is_no_row_and_keeps_its_tax_id():
    data = rows_pdf([
        (20, 40, "Fjallaleiðir hf.", 14), (20, 70, "Hafnarstræti 5", 8), (20, 82, "600 Akureyri", 8),
        (200, 40, "REIKNINGUR", 18), (390, 86, "Reikningur nr.", 8), (470, 86, "FL-301", 8),
        (390, 98, "Dagsetning", 8), (470, 98, "02.03.2026", 8),
        (200, 186, "Vörunr.", 8), (242, 186, "Lýsing", 8), (380, 186, "Magn", 8), (440, 186, "Ein.verð", 8),
        (524, 186, "Upphæð", 8),
        (20, 192, "VSK-NÚMER", 7),
        (200, 200, "GIST", 8), (242, 200, "Gisting, tveggja manna", 8), (390, 200, "2", 8), (444, 200, "30.000", 8),
        (524, 200, "60.000", 8),
        (20, 212, "40213", 8), (242, 212, "herbergi", 8),
        (200, 224, "MAT", 8), (242, 224, "Kvöldverður", 8), (390, 224, "2", 8), (444, 224, "10.000", 8),
        (524, 224, "20.000", 8),
        (20, 236, "BANKI", 7),
        (200, 248, "JEPP", 8), (242, 248, "Jeppaferð", 8), (390, 248, "1", 8), (444, 248, "20.000", 8),
        (524, 248, "20.000", 8),
        (380, 300, "Samtals án VSK", 8), (500, 300, "100.000", 8),
        (380, 312, "VSK 11% af 100.000", 8), (500, 312, "11.000", 8),
        (380, 326, "Til greiðslu kr.", 9), (500, 326, "111.000", 9),
    ])
    result = extract_invoice(data)
    assert [str(i.amount) for i in result.line_items] == ["60000", "20000", "20000"]
    assert result.value("vendor_tax_id") == "40213"
