"""Serbian (Cyrillic), Slovenian and Latvian labels, money printed with three decimals (the Tunisian dinar's
millimes), the forms of Eastern Europe that number their columns: each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import dot_grouping, parse_number
from tests.pdf_rows import rows_pdf

SERBIAN: list[tuple[float, float, str, int]] = [
    (43, 40, "ПРОДАВАЦ", 8),
    (43, 52, "Београдска Штампарија д.о.о.", 11),
    (43, 66, "ПИБ: 102938477   Матични број: 21345678", 9),
    (43, 80, "Текући рачун: 160-0000000123456-78", 9),
    (330, 40, "КУПАЦ", 8),
    (330, 52, "Пекара Дунав а.д.", 11),
    (330, 66, "ПИБ: 100000024", 9),
    (43, 120, "РАЧУН бр. 311/2026", 16),
    (43, 146, "Место и датум издавања: Београд, 12.03.2026.", 9),
    (43, 160, "Датум промета добара и услуга: 10.03.2026.", 9),
    (43, 174, "Валута плаћања: 27.03.2026.", 9),
    (43, 220, "Назив добра / услуге", 9),
    (300, 220, "Количина", 9),
    (460, 220, "Износ без ПДВ", 9),
    (43, 236, "Плакати А2", 9),
    (300, 236, "200", 9),
    (460, 236, "48.000,00", 9),
    (330, 300, "Укупно без ПДВ", 9),
    (460, 300, "48.000,00", 9),
    (330, 314, "Укупан износ ПДВ", 9),
    (460, 314, "9.600,00", 9),
    (330, 328, "УКУПНО ЗА ПЛАЋАЊЕ (RSD)", 9),
    (460, 328, "57.600,00", 9),
]


def test_a_serbian_cyrillic_invoice_is_read_by_its_own_labels():
    result = extract_invoice(rows_pdf(SERBIAN))
    assert result.value("invoice_number") == "311/2026"  # "РАЧУН бр.", not the bank account's "Текући рачун"
    assert result.value("vendor_name") == "Београдска Штампарија д.о.о."
    assert result.value("vendor_tax_id") == "102938477"  # the seller's ПИБ, not the buyer's
    assert result.value("invoice_date") == "2026-03-12"  # the issue date, not the date of supply
    assert result.value("due_date") == "2026-03-27"  # "Валута плаћања": the day to pay by
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("48000.00", "9600.00",
                                                                                      "57600.00")


def test_slovenian_and_latvian_labels_name_their_fields():
    def fields(text: str) -> list[str]:
        return [name for name, _, _ in read_label(text)]

    assert fields("ID za DDV: SI50812629")[0] == "vendor_tax_id"
    assert fields("Rok plačila: 15.04.2026")[0] == "due_date"
    assert fields("Skupaj za plačilo")[0] == "total"
    assert fields("Znesek brez DDV")[0] == "subtotal"
    assert fields("PVN reģ. Nr. LV40003087129")[0] == "vendor_tax_id"
    assert fields("Apmaksas termiņš: 15.04.2026")[0] == "due_date"
    assert fields("Summa bez PVN")[0] == "subtotal"
    assert fields("Žiro račun: SI56 0201 0001 2345 678") == [""]  # a bank account, no invoice number
    assert fields("Payment currency: EUR") != ["currency"]  # no date after it: no due date either (validated)


TUNISIAN: list[tuple[float, float, str, int]] = [
    (43, 40, "Société Carthage Services SARL", 11),
    (380, 90, "FACTURE", 18),
    (380, 120, "Facture N° : FV-2026/0311", 9),
    (380, 134, "Date : 02/03/2026", 9),
    (43, 220, "Désignation", 9),
    (300, 220, "Qté", 9),
    (360, 220, "P.U. HT", 9),
    (460, 220, "Total HT", 9),
    (43, 236, "Étude technique", 9),
    (300, 236, "1", 9),
    (360, 236, "2 150,500", 9),
    (460, 236, "2 150,500", 9),
    (43, 250, "Déplacement", 9),
    (300, 250, "2", 9),
    (360, 250, "120,250", 9),
    (460, 250, "240,500", 9),
    (330, 300, "Total HT", 9),
    (460, 300, "2 391,000", 9),
    (330, 314, "TVA 19 %", 9),
    (460, 314, "454,290", 9),
    (330, 328, "Timbre fiscal", 9),
    (460, 328, "1,000", 9),
    (330, 342, "Net à payer TTC (DT)", 9),
    (460, 342, "2 846,290", 9),
]


def test_three_decimals_are_read_as_millimes_and_a_stamp_duty_as_a_charge():
    result = extract_invoice(rows_pdf(TUNISIAN))
    assert result.value("subtotal") == "2391.000" and result.value("tax") == "454.290"
    assert result.value("total") == "2846.290"  # 2 391,000 + 454,290 + the 1,000 stamp
    assert result.value("currency") == "TND"  # "(DT)" after the total's label: CLDR's fr_TN sign


def test_a_comma_before_three_digits_is_a_decimal_one_only_where_the_page_says_so():
    assert parse_number("6 682,000") == parse_number("6682.000")  # spaces group: the comma is the decimal one
    assert parse_number("894,000") == 894000  # alone, a thousands comma, as before
    with dot_grouping(["Total 6 682,000", "TVA 1 269,580"]):
        assert str(parse_number("894,000")) == "894.000"
    with dot_grouping(["Total 6 682,000"]):  # one such amount is no pattern yet
        assert parse_number("894,000") == 894000


LUXEMBOURG: list[tuple[float, float, str, int]] = [
    (43, 40, "Ateliers Kirchberg S.à r.l.", 11),
    (43, 54, "N° TVA LU26375245", 9),
    (380, 90, "FACTURE", 18),
    (380, 120, "Facture n° F26-118", 9),
    (380, 134, "Date de facture 09.03.2026", 9),
    (330, 300, "Total HTVA", 9),
    (460, 300, "2 300,00 EUR", 9),
    (330, 314, "TVA 17 % sur 1 300,00", 9),
    (460, 314, "221,00 EUR", 9),
    (330, 328, "TVA 3 % sur 1 000,00", 9),
    (460, 328, "30,00 EUR", 9),
    (330, 342, "Total TTC", 9),
    (460, 342, "2 551,00 EUR", 9),
]


def test_tax_rows_with_their_base_grouped_by_spaces_and_a_total_hors_tva():
    result = extract_invoice(rows_pdf(LUXEMBOURG))
    assert result.value("subtotal") == "2300.00"  # "Total HTVA": before the tax
    assert result.value("tax") == "251.00"  # two rates, each after its base ("sur 1 300,00"), summed
    assert result.value("total") == "2551.00"


NUMBERED_COLUMNS: list[tuple[float, float, str, int]] = [
    (43, 40, "SRL Codru Lactate", 11),
    (380, 90, "FACTURA FISCALĂ", 14),
    (380, 120, "Nr. MD-4471", 9),
    (380, 134, "Data: 12.03.2026", 9),
    (43, 200, "Denumirea", 9), (250, 200, "Cant.", 9), (330, 200, "Preț", 9), (440, 200, "Suma", 9),
    (43, 214, "1", 8), (250, 214, "2", 8), (330, 214, "3", 8), (440, 214, "4", 8),  # the columns numbered
    (43, 230, "Lapte 2,5% 1 l", 9), (250, 230, "930", 9), (330, 230, "15,97", 9), (440, 230, "14852,10", 9),
    (43, 244, "Brânză de vaci 400 g", 9), (250, 244, "103", 9), (330, 244, "32,26", 9), (440, 244, "3322,78", 9),
    (43, 270, "Итого", 9), (440, 270, "18174,88", 9),
]


def test_a_row_numbering_the_columns_and_a_total_row_are_no_items():
    items = extract_invoice(rows_pdf(NUMBERED_COLUMNS)).line_items
    assert [str(item.amount) for item in items] == ["14852.10", "3322.78"]
