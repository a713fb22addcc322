"""An Uzbek hisob-faktura (its title, "STIR", the seller's name wrapped before its legal form, "so'm" typed with a
plain apostrophe), a Costa Rican factura electrónica ("Cédula Jurídica", "N° Consecutivo" over its number, "Total
impuesto"), a Sri Lankan agency's TIN beside its VAT number and "Rs." said by the telephone's country, and CLDR's
month names of more languages: each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.cldr import month_numbers
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf

UZBEK: list[tuple[float, float, str, int]] = [
    (230, 40, "HISOB-FAKTURA", 14),
    (240, 60, "№ 41/26 / 14.05.2026", 10),
    (214, 74, "02.02.2026 yildagi 12/26-son shartnomaga", 8),
    (29, 92, "Yetkazib beruvchi:", 8),
    (136, 92, '"SAMARQAND QOG\'OZ SAVDO"', 8),
    (136, 101, "MChJ", 8),
    (29, 114, "STIR:", 8),
    (136, 114, "305112877", 8),
    (29, 128, "Sotib oluvchi:", 8),
    (136, 128, '"ANDIJON TEKSTIL" AJ', 8),
    (29, 142, "STIR:", 8),
    (136, 142, "207331904", 8),
    (29, 180, "Tovar nomi", 8),
    (300, 180, "Miqdori", 8),
    (480, 180, "Summa", 8),
    (29, 194, "A4 qog'oz", 8),
    (300, 194, "100", 8),
    (480, 194, "4 000 000,00", 8),
    (29, 240, "Jami to'lanadigan summa: 4 480 000,00 so'm, shu jumladan QQS: 480 000,00 so'm", 8),
    (29, 256, "To'lov muddati: 13.06.2026 gacha", 8),
    (29, 270, "Buyurtma № ZK-1188", 8),
]


def test_an_uzbek_hisob_faktura_is_read_by_its_own_labels():
    result = extract_invoice(rows_pdf(UZBEK))
    assert result.value("invoice_number") == "41/26"  # the number under the title, not the contract's
    assert result.value("vendor_name") == '"SAMARQAND QOG\'OZ SAVDO" MChJ'  # its legal form on the next line
    assert result.value("vendor_tax_id") == "305112877"  # the seller's STIR, not the buyer's
    assert result.value("currency") == "UZS"  # "so'm" as typed, CLDR's "soʻm"
    assert result.value("due_date") == "2026-06-13"
    assert result.value("po_number") == "ZK-1188"


COSTA_RICAN: list[tuple[float, float, str, int]] = [
    (32, 30, "FERRETERÍA EL GUARCO S.A.", 13),
    (32, 46, "Cédula Jurídica: 3-101-555123", 9),
    (32, 58, "Cartago, El Guarco · Tel: +506 2551-0000", 8),
    (330, 34, "FACTURA ELECTRÓNICA", 12),
    (330, 52, "N° CONSECUTIVO", 8),
    (330, 62, "00100001010000004321", 9),
    (330, 78, "FECHA DE EMISIÓN", 8),
    (330, 88, "14/05/2026", 9),
    (32, 120, "RECEPTOR", 8),
    (32, 130, "CONSTRUCTORA ALAJUELA S.A.", 9),
    (32, 140, "Identificación: 3-101-777888", 8),
    (32, 200, "Descripción", 8),
    (250, 200, "Cant.", 8),
    (320, 200, "Precio unit.", 8),
    (400, 200, "Total línea", 8),
    (32, 214, "Cemento gris 50 kg", 8),
    (250, 214, "10", 8),
    (320, 214, "6 000,00", 8),
    (400, 214, "60 000,00", 8),
    (32, 228, "Varilla corrugada #4", 8),
    (250, 228, "20", 8),
    (320, 228, "2 000,00", 8),
    (400, 228, "40 000,00", 8),
    (330, 300, "Total venta neta", 8),
    (480, 300, "₡100 000,00", 8),
    (330, 312, "Total impuesto", 8),
    (480, 312, "₡13 000,00", 8),
    (330, 324, "Total comprobante", 8),
    (480, 324, "₡113 000,00", 8),
]


def test_a_costa_rican_factura_electronica():
    result = extract_invoice(rows_pdf(COSTA_RICAN))
    assert result.value("vendor_tax_id") == "3-101-555123"  # "Cédula Jurídica", not the buyer's identification
    assert result.value("invoice_number") == "00100001010000004321"  # "N° Consecutivo" over it
    assert (result.value("tax"), result.value("total")) == ("13000.00", "113000.00")  # "Total impuesto" is the tax
    assert result.value("currency") == "CRC"


SRI_LANKAN: list[tuple[float, float, str, int]] = [
    (43, 36, "Kandy Print Works (Pvt) Ltd", 14),
    (43, 54, "No. 12, Peradeniya Road, Kandy · Tel: +94 81 222 3344", 8),
    (43, 66, "TIN: 114477880  ·  VAT Reg. No.: 114477880-7000", 8),
    (43, 100, "TAX INVOICE", 13),
    (43, 118, "Tax Invoice No.: KPW/2026/118", 9),
    (43, 130, "Date of Invoice: 21/04/2026", 9),
    (43, 170, "Description", 8),
    (450, 170, "Amount (Rs.)", 8),
    (43, 184, "Brochures, 5,000 copies", 8),
    (450, 184, "250,000.00", 8),
    (330, 240, "Value of supply", 8),
    (450, 240, "250,000.00", 8),
    (330, 252, "VAT @ 18%", 8),
    (450, 252, "45,000.00", 8),
    (330, 264, "Total amount payable (Rs.)", 8),
    (450, 264, "295,000.00", 8),
]


def test_a_tin_inside_the_vat_number_gives_way_to_it_and_the_telephone_says_whose_rupee():
    result = extract_invoice(rows_pdf(SRI_LANKAN))
    assert result.value("vendor_tax_id") == "114477880-7000"  # the VAT registration, which holds the TIN
    assert result.value("currency") == "LKR"  # "Rs." with a Sri Lankan telephone number, not India's rupee
    assert result.confidence("currency") < 0.9  # a telephone is a hint, not proof


def test_month_names_of_more_languages_and_none_lost():
    assert parse_date("12 oktabr 2026")[0].isoformat() == "2026-10-12"  # Uzbek
    assert parse_date("3 Nisan 2026")[0].isoformat() == "2026-04-03"  # Turkish
    assert parse_date("5 martie 2026")[0].isoformat() == "2026-03-05"  # Romanian
    assert month_numbers()["listopad"] == 11  # Czech November; Croatian (October) is left out for it
