"""Hedged labels: the number of another invoice (a credit note's "към фактура № …", a Gutschrift's "zu Rechnung
Nr. …") is not the document's own number at 0.9 or more; a counter-value in another currency ("Total EUR (cours
0.9510)") is not the total; and a Bulgarian date of the taxable event ("Дата на данъчното събитие") is not the date
of issue printed beside the number. Read from PDFs built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_BILL_TO = [(40, 200, "Получател", 8), (40, 212, "Harbour Works Ltd", 8), (40, 224, "12 Quay Road", 8)]


def _bulgarian(title: str, under_title: list[str], totals: list[tuple[str, str]],
               lines: list[tuple[str, str]]) -> bytes:
    rows = [(40, 30, "Тракия Трейд ЕООД", 12), (40, 46, "ул. Витоша 15, 1000 София", 8),
            (40, 58, "ЕИК: 204567891", 8), (40, 70, "ДДС №: BG204567891", 8),
            (220, 110, title, 14)]
    rows += [(220, 130 + 12 * i, text, 9) for i, text in enumerate(under_title)]
    rows += _BILL_TO
    rows += [(40, 260, "Наименование", 8), (480, 260, "Сума", 8)]
    rows += [row for i, (text, amount) in enumerate(lines)
             for row in ((40, 274 + 14 * i, text, 8), (480, 274 + 14 * i, amount, 8))]
    top = 290 + 14 * len(lines)
    rows += [row for i, (label, value) in enumerate(totals)
             for row in ((320, top + 14 * i, label, 8), (480, top + 14 * i, value, 8))]
    return rows_pdf(rows)


def test_bulgarian_credit_note_reads_its_own_number_not_the_credited_invoice():
    data = _bulgarian("КРЕДИТНО ИЗВЕСТИЕ",
                      ["№ 0000092457 / 13.08.2025 г.", "към фактура № 0000092406 от 06.08.2025 г."],
                      [("Данъчна основа", "-100,00"), ("ДДС 20%", "-20,00"), ("Общо", "-120,00")],
                      [("Върната стока", "-100,00")])
    result = extract_invoice(data)
    assert result.value("document_type") == "credit_note"
    assert result.value("invoice_number") == "0000092457"
    assert result.value("invoice_date") == "2025-08-13"
    assert result.confidence("invoice_number") >= 0.9
    for name, field in result.fields.items():  # the credited invoice's number: nowhere at 0.9 or more
        if field.value == "0000092406":
            assert field.confidence < 0.9, name


def test_bulgarian_date_of_the_taxable_event_is_not_the_invoice_date():
    data = _bulgarian("ФАКТУРА", ["№ 0000019136 / 09.12.2025", "Дата на данъчното събитие: 05.12.2025"],
                      [("Данъчна основа", "250,00"), ("ДДС 20%", "50,00"), ("Общо", "300,00")],
                      [("Консултантски услуги", "250,00")])
    result = extract_invoice(data)
    assert result.value("invoice_number") == "0000019136"
    assert result.value("invoice_date") == "2025-12-09"
    assert result.confidence("invoice_date") >= 0.9


def _gutschrift(own_number: bool) -> bytes:
    rows = [(40, 30, "Müller Bürotechnik GmbH", 12), (40, 46, "Hauptstraße 12, 10115 Berlin", 8),
            (40, 58, "USt-IdNr.: DE136695976", 8),
            (40, 110, "Gutschrift", 14),
            (320, 124, "Datum:", 8), (430, 124, "16.03.2026", 8),
            (40, 140, "zu Rechnung Nr. 4711 vom 02.03.2026", 8),
            (40, 200, "Kunde", 8), (40, 212, "Harbour Works Ltd", 8),
            (40, 260, "Beschreibung", 8), (480, 260, "Betrag", 8),
            (40, 274, "Rücknahme Toner, 2 Stück", 8), (480, 274, "80,00", 8),
            (320, 304, "Nettobetrag", 8), (480, 304, "80,00", 8),
            (320, 318, "USt. 19%", 8), (480, 318, "15,20", 8),
            (320, 332, "Gutschriftsbetrag", 8), (480, 332, "95,20", 8)]
    if own_number:
        rows += [(320, 110, "Gutschrift Nr.", 8), (430, 110, "G-88", 8)]
    return rows_pdf(rows)


def _referenced_number_is_hedged(result) -> None:
    for name, field in result.fields.items():  # the credited invoice's number: nowhere at 0.9 or more
        if field.value == "4711":
            assert field.confidence < 0.9, name


def test_gutschrift_reads_its_own_number_not_the_invoice_it_credits():
    result = extract_invoice(_gutschrift(own_number=True))
    assert result.value("invoice_number") == "G-88"
    assert result.value("document_type") == "credit_note"
    assert Decimal(result.value("total")) == Decimal("-95.20")
    _referenced_number_is_hedged(result)


def test_gutschrift_whose_only_number_is_the_credited_invoice_s():
    result = extract_invoice(_gutschrift(own_number=False))
    assert result.value("document_type") == "credit_note"
    _referenced_number_is_hedged(result)


def test_a_counter_value_in_euro_is_not_the_swiss_total():
    rows = [(40, 30, "Bergbahnen Lauterbrunnen AG", 12), (40, 46, "Bahnhofstrasse 4, 3822 Lauterbrunnen", 8),
            (40, 58, "MWST: CHE-116.281.710 MWST", 8),
            (40, 110, "QUITTUNG / FACTURE", 14),
            (320, 110, "Beleg Nr.", 8), (430, 110, "2026-0815", 8),
            (320, 124, "Datum:", 8), (430, 124, "21.02.2026", 8),
            (40, 200, "Kunde", 8), (40, 212, "Harbour Works Ltd", 8),
            (40, 260, "Beschreibung", 8), (480, 260, "Betrag", 8),
            (40, 274, "Tageskarte Erwachsene 4x", 8), (480, 274, "403.33", 8),
            (320, 304, "Zwischensumme", 8), (480, 304, "403.33", 8),
            (320, 318, "MWST 8.1%", 8), (480, 318, "32.67", 8),  # 403.33 + 32.67 = 436.00
            (320, 332, "TOTAL CHF", 8), (480, 332, "436.00", 8),
            (320, 346, "Total EUR (cours 0.9510)", 8), (480, 346, "458.46", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("currency") == "CHF"
    assert Decimal(result.value("total")) == Decimal("436.00")
    assert result.confidence("total") >= 0.9  # the euro line neither replaces nor doubts it
