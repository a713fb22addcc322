"""Labels printed in two languages side by side, each half of a row the reader must take as one: a table head whose
cells print both ("Ед. / Üh. Кол-во / Kogus"), a net "without" a tax the lexicon does not know, then its translation
("Итого без НСО / Summa km-ta"), a one-letter first word ("К оплате / Tasuda kokku"), a bare "Nr." beside its value
under a title in two languages ("RĒKYNS / RĒĶINS"); dates in a case CLDR does not list ("2026. gada 19. septembrī"),
and a date its narrow cell wrapped ("16 de junh de" / "2025"). From PDFs built here."""

from __future__ import annotations

from datetime import date

from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf


def _narva() -> bytes:
    rows = [(40, 30, "ООО «Нарвский Клининг» / Narva Klining OÜ", 12),
            (40, 48, "Tallinna mnt 41, 20304 Narva · KMKR EE950030382", 8),
            (40, 80, "СЧЁТ / ARVE", 14), (360, 80, "Счёт № / Arve nr", 8), (500, 80, "7513", 8),
            (360, 94, "Дата / Kuupäev", 8), (500, 94, "08.10.2025", 8),
            (40, 150, "Услуга / Teenus", 8), (300, 150, "Ед. / Üh. Кол-во / Kogus", 8), (420, 150, "Цена / Hind", 8),
            (500, 150, "Сумма / Summa", 8)]
    for i, (text, qty, price, amount) in enumerate([("Вывоз отходов / Jäätmete äravedu", "3", "104,16", "312,48"),
                                                   ("Мойка окон / Akende pesu", "478", "1,67", "798,26"),
                                                   ("Уборка цехов / Tootmisruumide koristus", "1057", "0,76",
                                                    "803,32")]):
        y = 166 + 16 * i
        rows += [(40, y, text, 8), (330, y, qty, 8), (420, y, price, 8), (500, y, amount, 8)]
    rows += [(300, 240, "Итого без НСО / Summa km-ta", 8), (500, 240, "1 914,06", 8),
             (300, 254, "Käibemaks / НСО 24%", 8), (500, 254, "459,37", 8),
             (300, 268, "К оплате / Tasuda kokku EUR", 8), (500, 268, "2 373,43", 8)]
    return rows_pdf(rows)


def test_a_head_of_two_languages_and_the_totals_beside_their_translations():
    result = extract_invoice(_narva())
    assert len(result.line_items) == 3
    assert result.value("subtotal") == "1914.06"
    assert result.value("total") == "2373.43"
    assert result.confidence("total") >= 0.9


def _rezekne(number_label: str) -> bytes:
    rows = [(40, 30, "SIA «Latgolys dōrzs» / SIA «Latgales dārzs»", 11), (400, 30, "RĒKYNS / RĒĶINS", 14),
            (40, 50, "Atbreivuošonys al. 98, Rēzekne", 8), (400, 50, number_label, 8), (440, 50, "DZ-421", 8),
            (40, 62, "Reg. nr. / PVN maksātāja nr. LV40604258841", 8),
            (40, 76, "Datums", 8), (140, 76, "2026. gada 19. septembrī", 8),
            (40, 90, "Pasyutejums / Pasūtījums", 8), (180, 90, "14/2026/1", 8),
            (40, 104, "Pavadzeime / Pavadzīme", 8), (180, 104, "PPZ 526", 8),
            (300, 200, "Kūpā bez PVN / Kopā bez PVN", 8), (480, 200, "100,00", 8),
            (300, 214, "PVN kūpā / PVN kopā", 8), (480, 214, "21,00", 8),
            (300, 228, "Kūpā samoksai / Kopā apmaksai EUR", 8), (480, 228, "121,00", 8)]
    return rows_pdf(rows)


def test_a_bare_number_beside_its_value_under_a_title_in_two_languages():
    result = extract_invoice(_rezekne("Nr."))
    assert result.value("invoice_number") == "DZ-421"
    assert result.confidence("invoice_number") < 0.9
    assert result.value("invoice_date") == "2026-09-19"


def test_a_word_that_is_no_number_word_is_no_bare_label():
    assert extract_invoice(_rezekne("Nrx.")).value("invoice_number") != "DZ-421"


def test_months_in_a_case_cldr_does_not_list():
    assert parse_date("2026. gada 4. oktobrī") == (date(2026, 10, 4), False)
    assert parse_date("2025. gada 16. maijā") == (date(2025, 5, 16), False)
    assert parse_date("12 Marketing 2026") is None  # no month's stem
    assert parse_date("2. маја 2025. године") == (date(2025, 5, 2), False)  # Serbian: a short name's case ("мај")
    assert parse_date("2 Mabc 2025") is None


def _aran() -> bytes:
    rows = [(40, 30, "Guides dera Val d'Aran S.L.", 14), (40, 50, "Carrèr Major 14, 25530 Vielha · NIF B09362948", 8),
            (420, 90, "FACTURA", 14),
            (330, 110, "Num. factura / N.º factura", 8), (470, 110, "A-2025/711", 8),
            (330, 124, "Data / Fecha", 8), (470, 124, "16 de junh de", 8), (470, 134, "2025", 8),
            (300, 220, "Basa imposabla / Base imponible", 8), (480, 220, "100,00", 8),
            (300, 234, "Total IVA", 8), (480, 234, "21,00", 8),
            (300, 248, "TOTAL FACTURA €", 8), (480, 248, "121,00", 8)]
    return rows_pdf(rows)


def test_a_date_whose_year_wrapped_under_it():
    assert extract_invoice(_aran()).value("invoice_date") == "2025-06-16"
