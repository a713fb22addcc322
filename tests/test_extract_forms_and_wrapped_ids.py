"""A number wrapped at its dash onto the next line, a company's VAT number beside its national number, a Kazakh
счет-фактура laid out as a form (labels left, values in one column, a series in Cyrillic), Kosovar labels in Albanian,
the Botswana pula's "P": each read from a PDF built here; and the labels of a few more countries."""

from __future__ import annotations

import pytest

from countersign.extraction.candidate import Candidate
from countersign.extraction.layout import Word
from countersign.extraction.lexicon import read_label
from countersign.extraction.pairing import choose
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

MONTENEGRIN: list[tuple[float, float, str, int]] = [
    (38, 36, "Prevodilačka kuća LOVĆEN d.o.o.", 14),
    (389, 36, "RAČUN br. RN-2026-", 14),
    (38, 54, "Njegoševa 3, 81250 Cetinje", 9),
    (516, 54, "0415", 14),
    (38, 68, "PIB: 02811223 · PDV broj: 40/31-55123-7", 8),
    (38, 100, "Datum izdavanja: 12.03.2026.", 9),
    (38, 114, "Valuta plaćanja: 27.03.2026.", 9),
    (38, 140, "Kupac:", 9),
    (38, 152, "Plantaže a.d.", 9),
    (38, 164, "PIB: 02023598 · PDV broj: 20/31-00012-3", 8),
    (38, 210, "Opis usluge", 8),
    (300, 210, "Količina", 8),
    (460, 210, "Iznos bez PDV-a", 8),
    (38, 224, "Prevod ugovora", 8),
    (300, 224, "1", 8),
    (460, 224, "500,00", 8),
    (330, 280, "Ukupno bez PDV-a:", 8),
    (460, 280, "500,00 €", 8),
    (330, 292, "PDV 21%:", 8),
    (460, 292, "105,00 €", 8),
    (330, 304, "UKUPNO ZA PLAĆANJE (EUR):", 8),
    (460, 304, "605,00 €", 8),
]


def test_a_number_wrapped_at_its_dash_and_the_vat_number_beside_the_national_one():
    result = extract_invoice(rows_pdf(MONTENEGRIN))
    assert result.value("invoice_number") == "RN-2026-0415"  # its end under it, right of the address
    assert result.confidence("invoice_number") < 0.95  # joined across lines: sure, not certain
    assert result.value("vendor_tax_id") == "40/31-55123-7"  # "PDV broj", the VAT number, beside the PIB


KAZAKH: list[tuple[float, float, str, int]] = [
    (400, 30, "Приложение 2 к приказу Министра финансов", 7),
    (430, 40, "от 12 января 2018 года № 10", 7),
    (200, 60, "СЧЕТ-ФАКТУРА № ТК-07/26-114 от 31.07.2026", 12),
    (43, 90, "Поставщик:", 8),
    (315, 90, "ТОО «Ертіс Жанармай»", 8),
    (43, 104, "БИН поставщика:", 8),
    (315, 104, "150340012345", 8),
    (43, 118, "Адрес места нахождения поставщика:", 8),
    (315, 118, "г. Павлодар, ул. Ломова, 10", 8),
    (43, 140, "Получатель:", 8),
    (315, 140, "ТОО «Север Транс»", 8),
    (43, 154, "БИН получателя:", 8),
    (315, 154, "120440098765", 8),
    (43, 200, "Наименование", 8),
    (300, 200, "Кол-во", 8),
    (460, 200, "Стоимость без НДС", 8),
    (43, 214, "Дизельное топливо", 8),
    (300, 214, "1 000", 8),
    (460, 214, "300 000,00", 8),
    (330, 260, "Итого без НДС:", 8),
    (460, 260, "300 000,00", 8),
    (330, 272, "НДС 12%:", 8),
    (460, 272, "36 000,00", 8),
    (330, 284, "Всего с НДС:", 8),
    (460, 284, "336 000,00", 8),
]


def test_a_kazakh_schet_faktura_laid_out_as_a_form():
    result = extract_invoice(rows_pdf(KAZAKH))
    assert result.value("invoice_number") == "ТК-07/26-114"  # a series in Cyrillic
    assert result.value("invoice_date") == "2026-07-31"  # its own, not the regulation's 2018 date above it
    assert result.value("vendor_name") == "ТОО «Ертіс Жанармай»"  # the form's value, far right of "Поставщик:"
    assert result.value("vendor_tax_id") == "150340012345"  # "БИН поставщика", not the recipient's


def test_the_pula_sign_reads_the_amounts_and_the_currency():
    rows = [
        (43, 36, "Kgale Motors (Pty) Ltd", 14),
        (43, 54, "Gaborone, Botswana · Tel +267 391 0000", 8),
        (43, 90, "TAX INVOICE", 13),
        (43, 108, "Invoice No. KG-2026-0042", 9),
        (43, 120, "Invoice date 12 May 2026", 9),
        (43, 160, "Description", 8),
        (450, 160, "Amount", 8),
        (43, 174, "Service, 60 000 km", 8),
        (450, 174, "4,500.00", 8),
        (330, 220, "Total excl. VAT", 8),
        (450, 220, "P 4,500.00", 8),
        (330, 232, "VAT @ 14%", 8),
        (450, 232, "P 630.00", 8),
        (330, 244, "TOTAL INVOICE VALUE", 8),
        (450, 244, "P 5,130.00", 8),
    ]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("4500.00", "630.00", "5130.00")
    assert result.value("currency") == "BWP"


@pytest.mark.parametrize(("label", "field"), [
    ("Nr. i faturës:", "invoice_number"),  # Albanian (Kosovo)
    ("Nr. TVSH: 330098935", "vendor_tax_id"),
    ("NUI: 816767129", "vendor_tax_id"),
    ("Afati i pagesës:", "due_date"),
    ("Nr. i porosisë:", "po_number"),
    ("Po Vašoj narudžbenici br. 483/2026-NAB.", "po_number"),  # Montenegrin: "after your order no."
    ("NUIT: 409167683", "vendor_tax_id"),  # Mozambique
    ("Total mercadorias / serviços", "subtotal"),
    ("Impuesto al Valor Agregado 13%:", "tax"),  # El Salvador
    ("Total impuesto", "tax"),  # Costa Rica
    ("Cédula Jurídica:", "vendor_tax_id"),
    ("N° CONSECUTIVO", "invoice_number"),
    ("STIR:", "vendor_tax_id"),  # Uzbek
    ("БИН поставщика:", "vendor_tax_id"),  # Kazakh
    ("NIT: 53944084-1", "vendor_tax_id"),  # Guatemala, Bolivia, Colombia
    ("УНП 279767726", "vendor_tax_id"),  # Belarus
    ("NINEA 7108386 2G2", "vendor_tax_id"),  # Senegal
])
def test_labels_of_more_countries(label, field):
    assert read_label(label)[0][0] == field


def test_a_label_glued_to_its_number_keeps_the_number_whole():
    [(name, _, read)] = read_label("Invoice #CCC-2025-0207")
    assert name == "invoice_number" and "Invoice #CCC-2025-0207"[read.stop:].startswith("CCC")


def test_of_two_tax_ids_the_one_holding_the_other_and_a_short_one_alone():
    def cand(value: str, label: str, x: float) -> Candidate:
        return Candidate("vendor_tax_id", 0, 0.95, value, [Word(1, x + 40, 10, x + 90, 20, value, int(x))],
                         [Word(1, x, 10, x + 35, 20, label, int(x) + 1)])

    # "Tax No. 4554788 · VAT No. 4554788-601": the VAT number, which holds the other, and no doubt for it
    warnings: list[str] = []
    chosen = choose("vendor_tax_id", [cand("4554788", "Tax", 10), cand("4554788-601", "VAT", 200)], warnings)
    assert chosen is not None and chosen.value == "4554788-601" and not warnings
    # a tax id of few digits (no other number can hold it) is chosen as it is
    assert choose("vendor_tax_id", [cand("12345", "VAT", 10)], []).value == "12345"


def test_an_id_that_opens_with_a_label_word_is_a_value_not_a_label():
    assert read_label("PO-BEJV-37356") == ()  # a purchase order's number, not "PO-" labelling "BEJV-37356"
    assert read_label("INV-ABC123") == ()
    assert read_label("Rechnungs-Nr. 4711")[0][0] == "invoice_number"  # a label word after the dash: one label
    assert read_label("PO-Nr. 4711")[0][0] == "po_number"


MOLDOVAN: list[tuple[float, float, str, int]] = [
    (200, 30, "FACTURĂ FISCALĂ", 14),
    (43, 60, "Seria și numărul: EAB1234567", 9),
    (43, 72, "Data eliberării: 14.05.2026", 9),
    (43, 96, "Furnizor:", 8),
    (200, 96, '"Livada Nord" S.R.L.', 9),
    (43, 108, "Cod fiscal (IDNO):", 8),
    (200, 108, "1003600012345", 8),
    (43, 120, "Cont bancar:", 8),
    (200, 120, "MD24 AG00 0225 1000 1310 4168", 8),
    (43, 150, "Denumirea", 8),
    (250, 150, "Valoarea fără TVA, lei", 8),
    (350, 150, "Cota TVA, %", 8),
    (420, 150, "Suma TVA, lei", 8),
    (490, 150, "Valoarea cu TVA, lei", 8),
    (43, 164, "Mere Golden, kg", 8),
    (250, 164, "10 000,00", 8),
    (350, 164, "20", 8),
    (420, 164, "2 000,00", 8),
    (490, 164, "12 000,00", 8),
    (43, 178, "Pere, kg", 8),
    (250, 178, "5 000,00", 8),
    (350, 178, "20", 8),
    (420, 178, "1 000,00", 8),
    (490, 178, "6 000,00", 8),
    (43, 192, "TOTAL", 8),
    (250, 192, "15 000,00", 8),
    (350, 192, "x", 8),
    (420, 192, "3 000,00", 8),
    (490, 192, "18 000,00", 8),
]


def test_a_moldovan_factura_fiscala():
    result = extract_invoice(rows_pdf(MOLDOVAN))
    # the summary row's three amounts, past the rate column's "x": the net, the tax and the total
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("15000.00", "3000.00",
                                                                                      "18000.00")
    assert result.value("vendor_name") == '"Livada Nord" S.R.L.'  # the title "FACTURĂ FISCALĂ" names no party
    assert result.value("currency") == "MDL"  # "lei" with a Moldovan IBAN is the leu, not Romania's


def test_romanian_labels_of_the_amount_to_pay():
    assert read_label("Suma totală spre plată (cu TVA):")[0][0] == "total"
    assert read_label("Total de plată")[0][0] == "total"


SELF_BILLED: list[tuple[float, float, str, int]] = [
    (43, 30, "Etosha Meat Processors (Pty) Ltd · Private Bag 11, Windhoek", 9),
    (43, 42, "VAT Reg. No. 5292448-01-5", 8),
    (43, 66, "SELF-BILLING TAX INVOICE", 13),
    (43, 96, "SUPPLIER (seller of the livestock)", 8),
    (315, 96, "INVOICE DETAILS", 8),
    (43, 108, "Omatjete Farming CC", 9),
    (315, 108, "Self-billing invoice no. SB2026001", 8),
    (43, 120, "Farm Omatjete No. 12, Omaruru", 8),
    (315, 120, "Invoice date 21 January 2026", 8),
    (43, 170, "Description", 8),
    (450, 170, "Amount excl. VAT N$", 8),
    (43, 184, "Grade A2 - 10 carcasses", 8),
    (450, 184, "100,000.00", 8),
    (43, 198, "Hides and offal", 8),
    (450, 198, "2,000.00", 8),
    (330, 240, "Total excl. VAT", 8),
    (450, 240, "N$ 102,000.00", 8),
    (330, 252, "VAT 15%", 8),
    (450, 252, "N$ 15,300.00", 8),
    (330, 264, "Total incl. VAT", 8),
    (450, 264, "N$ 117,300.00", 8),
]


def test_a_supplier_heading_with_a_long_aside_and_a_section_heading_beside_it():
    result = extract_invoice(rows_pdf(SELF_BILLED))
    assert result.value("vendor_name") == "Omatjete Farming CC"  # under the supplier's heading, not "INVOICE DETAILS"
    assert result.value("currency") == "NAD"  # "N$": the Namibian dollar


def test_of_two_nets_the_one_for_which_the_sum_holds():
    rows = [
        (43, 36, "Boulangerie du Plateau SARL", 14),
        (43, 54, "Abidjan, Plateau · NCC 1234567A", 8),
        (43, 90, "FACTURE N° FB-2026-0612", 12),
        (43, 108, "Date : 08/06/2026", 9),
        (43, 150, "Article", 8),
        (300, 150, "TVA", 8),
        (450, 150, "Montant HT", 8),
        (43, 164, "Baguette 250 g", 8),
        (300, 164, "Exo.", 8),
        (450, 164, "80 000", 8),
        (43, 178, "Croissant", 8),
        (300, 178, "18 %", 8),
        (450, 178, "100 000", 8),
        (330, 220, "Total HT", 8),
        (450, 220, "180 000", 8),
        (330, 232, "Base taxable TVA 18 %", 8),
        (450, 232, "100 000", 8),
        (330, 244, "TVA 18 %", 8),
        (450, 244, "18 000", 8),
        (330, 256, "TOTAL TTC (F CFA)", 8),
        (450, 256, "198 000", 8),
    ]
    result = extract_invoice(rows_pdf(rows))
    # "Total HT" + the tax is the total; "Base taxable" is the taxed part of it
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("180000", "18000", "198000")


def test_a_tax_id_with_its_check_letter():
    rows = [
        (43, 36, "Boulangerie de Cocody SARL", 14),
        (43, 54, "Abidjan · RCCM CI-ABJ-2016-B-14522 · NCC 6311373 K · Régime du réel simplifié", 8),
        (43, 90, "FACTURE N° FB-2026-0613", 12),
        (43, 108, "Date : 08/06/2026", 9),
        (330, 220, "Total HT", 8),
        (450, 220, "100 000", 8),
        (330, 232, "TVA 18 %", 8),
        (450, 232, "18 000", 8),
        (330, 244, "TOTAL TTC", 8),
        (450, 244, "118 000", 8),
    ]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "6311373 K"  # the NCC with its letter


def test_the_west_african_franc_as_typed():
    rows = [
        (43, 36, "Imprimerie du Lagon SARL", 14),
        (43, 54, "Abidjan, Treichville", 8),
        (43, 90, "FACTURE N° IL-2026-0071", 12),
        (43, 108, "Date : 08/06/2026", 9),
        (330, 220, "Total HT", 8),
        (450, 220, "100 000 F CFA", 8),
        (330, 232, "TVA 18 %", 8),
        (450, 232, "18 000 F CFA", 8),
        (330, 244, "TOTAL TTC", 8),
        (450, 244, "118 000 F CFA", 8),
    ]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "XOF"  # CLDR's "F\u202fCFA" typed with a space
