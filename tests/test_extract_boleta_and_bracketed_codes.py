"""Two readings from set 10's and set 9's development parts, each a class: a Chilean or Peruvian "BOLETA" (de
honorarios, de venta, electrónica) is the document's title, so the number under it is the document's; and a currency
code that is a word too ("AMD", "PEN", "ALL") names the money when printed in capitals in brackets ("ՀՀ դրամ (AMD)").
Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from countersign.extraction.titles import TITLE
from tests.pdf_rows import rows_pdf


def test_a_boleta_is_a_title_and_numbers_the_document_under_it():
    for title in ("BOLETA DE HONORARIOS", "Boleta de Venta Electrónica", "BOLETA"):
        assert TITLE.fullmatch(title), title
    rows = [(46, 40, "CAROLINA ANDREA MUÑOZ REYES", 10), (46, 52, "PSICÓLOGA", 8), (405, 52, "R.U.T.: 16.406.165-5", 8),
            (46, 66, "Av. Providencia 1208, Providencia, Santiago", 8), (389, 66, "BOLETA DE HONORARIOS", 10),
            (414, 80, "ELECTRÓNICA", 10), (433, 96, "N° 202", 10),
            (447, 140, "Fecha: 9 de Abril de 2026", 8),
            (45, 160, "Señor(es):", 8), (93, 160, "CENTRO MÉDICO INTEGRAL LOS ANDES SPA", 8),
            (48, 228, "Atención psicológica individual, 7 sesiones", 8), (514, 228, "329.000", 8),
            (48, 244, "Taller de autocuidado para funcionarios", 8), (514, 244, "204.000", 8),
            (398, 268, "Total Honorarios $:", 8), (511, 268, "533.000", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "202"


def test_a_word_code_in_brackets_names_the_currency():
    rows = [(40, 40, "«Արարատ Ֆուդ» ՍՊԸ", 12), (40, 56, "ՀՎՀՀ 02345678", 8),
            (184, 80, "ՀԱՇԻՎ № 862", 12),
            (40, 120, "Ապրանք", 8), (480, 120, "Գումար", 8),
            (40, 134, "Ալյուր", 8), (480, 134, "344,880.00", 8),
            (350, 170, "Ընդամենը առանց ԱԱՀ", 8), (480, 170, "344,880.00", 8),
            (350, 184, "ԱԱՀ 20%", 8), (480, 184, "68,976.00", 8),
            (350, 198, "Ընդամենը վճարման", 8), (480, 198, "413,856.00", 8),
            (40, 230, "Արժույթ՝ ՀՀ դրամ (AMD)", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("currency") == "AMD"
