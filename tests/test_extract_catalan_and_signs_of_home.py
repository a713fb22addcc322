"""A Catalan factura rectificativa that bills what the original left off (its own labels, a corrective invoice that
is no credit note), signs as their countries print them ("Tk", "RO", "FCFA" decided by the telephone's country,
CLDR's "сом"), "BIN" and "IFU" tax ids, a tax row marked with its tax group ("TVA 18 % (B)", "VAT 18% on B") and a
month's total ("TOTAL MAY 2026", whose year is no amount), a seller's name that ends before its ", ИНН", and
Suriname's "FIN": each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

CATALAN: list[tuple[float, float, str, int]] = [
    (32, 30, "Forns Valira, SL", 13),
    (32, 46, "Av. Carlemany 12, AD700 Escaldes-Engordany", 8),
    (32, 58, "NRT: L-812345-K", 8),
    (330, 34, "FACTURA RECTIFICATIVA", 12),
    (330, 52, "Núm. factura:", 8),
    (430, 52, "R-2026-0101", 8),
    (330, 64, "Data d'emissió:", 8),
    (430, 64, "12/03/2026", 8),
    (330, 76, "Comanda client:", 8),
    (430, 76, "CC-5521", 8),
    (330, 88, "Venciment:", 8),
    (430, 88, "11/04/2026", 8),
    (330, 100, "Factura rectificada:", 8),
    (430, 100, "F-2026-0077", 8),
    (32, 120, "Client", 8),
    (32, 130, "Hotel Coma Bella, SA", 9),
    (32, 140, "NRT client: A-700111-B", 8),
    (32, 200, "Concepte", 8),
    (300, 200, "Quantitat", 8),
    (480, 200, "Import (€)", 8),
    (32, 214, "Unitats lliurades no facturades – farina", 8),
    (300, 214, "40", 8),
    (480, 214, "600,00", 8),
    (330, 260, "Base de tributació (diferència)", 8),
    (480, 260, "600,00", 8),
    (330, 272, "IGI 4,5 %", 8),
    (480, 272, "27,00", 8),
    (330, 284, "TOTAL FACTURA RECTIFICATIVA", 8),
    (480, 284, "627,00 €", 8),
    (32, 320, "Resum (informatiu)", 8),
    (32, 332, "Base", 8),
    (200, 332, "IGI 4,5 %", 8),
    (300, 332, "Total", 8),
    (32, 344, "4.000,00", 8),
    (200, 344, "180,00", 8),
    (300, 344, "4.180,00", 8),
]


def test_a_catalan_corrective_invoice_that_bills_more_is_an_invoice_read_by_its_labels():
    result = extract_invoice(rows_pdf(CATALAN))
    assert result.value("document_type") == "invoice"  # a rectificativa corrects either way: no credit note
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("600.00", "27.00", "627.00")
    assert result.confidence("total") <= 0.8  # the sign of a corrective invoice is not certain
    assert any("corrective invoice" in w for w in result.warnings)
    assert result.value("vendor_tax_id") == "L-812345-K"  # "NRT", not the client's
    assert result.value("po_number") == "CC-5521"  # "Comanda client"
    assert result.value("invoice_number") == "R-2026-0101"  # not the corrected invoice's
    assert result.value("invoice_date") == "2026-03-12"
    assert result.value("due_date") == "2026-04-11"  # "Venciment"


def test_the_invoice_a_rectificativa_corrects_names_no_field():
    assert read_label("Factura rectificada: F-2026-0077") == ()
    assert read_label("Factura rectificativa núm. 45")[0][0] == "invoice_number"


BANGLADESHI: list[tuple[float, float, str, int]] = [
    (32, 30, "Meghna Offset Printers Ltd.", 13),
    (32, 46, "Tejgaon Industrial Area, Dhaka-1208 · Phone +880 1711 000111", 8),
    (32, 58, "BIN: 004512377-0102", 8),
    (330, 34, "TAX INVOICE", 12),
    (330, 52, "Invoice No.", 8),
    (430, 52, "MOP/2026/0412", 8),
    (330, 64, "Date of issue", 8),
    (430, 64, "06/04/2026", 8),
    (32, 120, "Buyer", 8),
    (32, 130, "Sonali Foods Ltd.", 9),
    (32, 140, "Buyer BIN: 009988776-0101", 8),
    (32, 200, "Description", 8),
    (300, 200, "Quantity", 8),
    (480, 200, "Value (Tk)", 8),
    (32, 214, "Printing of cartons", 8),
    (300, 214, "2,000", 8),
    (480, 214, "40,000.00", 8),
    (330, 260, "Total value (excl. VAT)", 8),
    (480, 260, "40,000.00", 8),
    (330, 272, "VAT @ 15%", 8),
    (480, 272, "6,000.00", 8),
    (330, 284, "Total amount including VAT (Tk)", 8),
    (480, 284, "46,000.00", 8),
]


def test_a_bangladeshi_tax_invoice_is_in_taka_with_its_bin():
    result = extract_invoice(rows_pdf(BANGLADESHI))
    assert result.value("currency") == "BDT"  # "Tk", as Bangladesh prints the taka
    assert result.value("vendor_tax_id") == "004512377-0102"  # the seller's BIN, not the buyer's
    assert result.value("total") == "46000.00"


def _franc_invoice(telephone: str) -> list[tuple[float, float, str, int]]:
    return [
        (32, 30, "Semences du Zou SARL", 13),
        (32, 46, f"Bohicon · Tél. {telephone}", 8),
        (32, 58, "IFU : 3201272814193", 8),
        (330, 34, "FACTURE", 12),
        (330, 52, "N° facture :", 8),
        (430, 52, "FV-2026-118", 8),
        (330, 64, "Date :", 8),
        (430, 64, "11/04/2026", 8),
        (32, 120, "CLIENT", 8),
        (32, 130, "Coopérative de Grand-Popo", 9),
        (32, 140, "IFU client : 3201411702369", 8),
        (32, 200, "Désignation", 8),
        (300, 200, "Qté", 8),
        (480, 200, "Montant HT", 8),
        (32, 214, "Semences de maïs, sac 25 kg", 8),
        (300, 214, "40", 8),
        (480, 214, "200 000", 8),
        (330, 260, "Total HT", 8),
        (480, 260, "200 000", 8),
        (330, 272, "TVA 18 % (B)", 8),
        (480, 272, "36 000", 8),
        (330, 284, "TOTAL TTC (FCFA)", 8),
        (480, 284, "236 000", 8),
    ]


def test_fcfa_is_the_franc_of_the_country_the_telephone_dials():
    benin = extract_invoice(rows_pdf(_franc_invoice("+229 01 09 45 05 93")))
    assert benin.value("currency") == "XOF"
    assert benin.value("vendor_tax_id") == "3201272814193"  # "IFU", not the client's
    assert benin.value("tax") == "36000"  # the tax row marked with its group "(B)"
    cameroon = extract_invoice(rows_pdf(_franc_invoice("+237 6 71 23 45 67")))
    assert cameroon.value("currency") == "XAF"


OMANI_MONTH: list[tuple[float, float, str, int]] = [
    (32, 30, "Al Batinah Access Solutions LLC", 13),
    (32, 46, "Sohar, Sultanate of Oman · Tel +968 2666 4934", 8),
    (32, 58, "VATIN: OM1100045119", 8),
    (330, 34, "TAX INVOICE", 12),
    (330, 52, "Invoice No.", 8),
    (430, 52, "INV-2026-5826", 8),
    (330, 64, "Invoice Date", 8),
    (430, 64, "31/05/2026", 8),
    (32, 200, "Description", 8),
    (480, 200, "Amount (RO)", 8),
    (32, 214, "Scaffold hire – May 2026", 8),
    (480, 214, "1,200.000", 8),
    (330, 260, "Sub-total", 8),
    (480, 260, "RO 1,200.000", 8),
    (330, 272, "VAT 5% on B", 8),
    (480, 272, "RO 60.000", 8),
    (330, 284, "TOTAL MAY 2026", 8),
    (330, 296, "RO 1,260.000", 8),
]


def test_a_months_total_is_not_its_year_and_ro_is_the_omani_rial():
    result = extract_invoice(rows_pdf(OMANI_MONTH))
    assert result.value("total") == "1260.000"  # under "TOTAL MAY 2026", not the year 2026 beside the label
    assert result.value("tax") == "60.000"  # "VAT 5% on B": the tax of group B
    assert result.value("currency") == "OMR"


def test_a_months_name_and_year_end_an_amount_label_only():
    assert read_label("TOTAL OCTOBER 2025")[0][2].end() == len("TOTAL OCTOBER 2025")
    text = "Total for May 2026: 1,200.00"
    assert text[read_label(text)[0][2].end():] == "1,200.00"
    assert read_label("Total 2025")[0][2].end() == len("Total ")  # a total of 2025, no month
    assert read_label("Invoice date May 2026")[0][2].end() == len("Invoice date ")  # the date is the value


TAJIK: list[tuple[float, float, str, int]] = [
    (200, 30, "СЧЁТ-ФАКТУРА № ШС-471 от 12 мая 2025 г.", 12),
    (29, 60, "Поставщик:", 8),
    (130, 60, "ООО «Худжанд Шина Сервис», ИНН 032624796, 735700, г. Худжанд, ул. Ленина, 12", 8),
    (29, 74, "Покупатель:", 8),
    (130, 74, "ООО «Тоҷиктранс Логистика», ИНН 039522292, г. Душанбе", 8),
    (29, 120, "Наименование", 8),
    (400, 120, "Сумма, смн", 8),
    (29, 134, "Шиномонтаж колеса R22.5", 8),
    (400, 134, "1 000,00", 8),
    (300, 170, "Итого без НДС:", 8),
    (400, 170, "1 000,00", 8),
    (300, 182, "НДС 14 %:", 8),
    (400, 182, "140,00", 8),
    (300, 194, "Всего к оплате:", 8),
    (400, 194, "1 140,00 смн", 8),
]


def test_a_sellers_name_ends_before_its_tax_id_and_address():
    result = extract_invoice(rows_pdf(TAJIK))
    assert result.value("vendor_name") == "ООО «Худжанд Шина Сервис»"  # not ", ИНН 032624796, 735700, г. Худжанд"
    assert result.value("currency") == "TJS"  # "смн", the somoni
    assert result.value("total") == "1140.00"


def test_surinames_fin_is_the_sellers_tax_id():
    suriname = [(32, 30, "Tropica N.V.", 13), (32, 46, "FIN 4113733283 · KKF-nr. 74330", 8), (330, 34, "FACTUUR", 12),
                (330, 52, "Factuurnummer", 8), (430, 52, "F2025-250", 8), (32, 120, "FIN klant: 1231165971", 8),
                (330, 260, "Totaal SRD", 8), (480, 260, "5.120,00", 8)]
    assert extract_invoice(rows_pdf(suriname)).value("vendor_tax_id") == "4113733283"  # the seller's, not the client's
