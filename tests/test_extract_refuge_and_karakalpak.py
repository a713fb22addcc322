"""Readings from set 33's development part, each a class, each read from a PDF built here: a measure in the letterhead
("alt. 2232 m") is no amount, a title that ends its line after a dash ("NOTE DE SÉJOUR – FACTURE") numbers the
document under it, an order's letters after a label naming the order open the PO ("Votre bon de commande BC 1745"),
the tax row that the other tax rows sum to is the tax, a discount's day is followed to the net day in the same
sentence, and Uzbek's "so‘m", "To‘lov muddati" and "2025-yil 6-avgust" as printed with a left quote."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf


def _refuge(title: list[tuple[float, float, str, int]]) -> bytes:
    rows = [(40, 30, "Refuge de Loriaz – SAS Alpages de Vallorcine", 12),
            (40, 46, "74660 Vallorcine (Haute-Savoie) · alt. 2232 m · gardien : Manu", 7),
            (40, 56, "N° TVA intracom. FR07819390394", 7),
            (40, 80, "Client", 8), (40, 92, "Bureau des Guides de Chamonix", 8), (40, 104, "190 place de l'Église", 8),
            *title,
            (320, 110, "Date 9 octobre 2025", 8),
            (320, 122, "Votre bon de commande BC 1745", 8),
            (40, 160, "Désignation", 8), (480, 160, "Total HT", 8),
            (40, 174, "Pique-nique du lendemain", 8), (480, 174, "184,80", 8),
            (40, 188, "Vin de Savoie, Mondeuse 75 cl", 8), (480, 188, "90,30", 8),
            (320, 210, "Total HT", 8), (480, 210, "275,10", 8),
            (320, 224, "Total TVA", 8), (480, 224, "36,54", 8),
            (320, 238, "Total TTC", 8), (480, 238, "311,64 €", 8),
            (320, 252, "Arrhes versées", 8), (480, 252, "-70,00", 8),
            (320, 266, "Reste à régler", 8), (480, 266, "241,64 €", 8)]
    return rows_pdf(rows)


def test_a_measure_in_the_letterhead_is_no_total():
    result = extract_invoice(_refuge([(320, 84, "FACTURE", 14), (320, 98, "N° 6732", 8)]))
    assert result.value("total") == "311.64"


def test_a_title_ending_after_a_dash_numbers_the_document_under_it():
    result = extract_invoice(_refuge([(240, 80, "NOTE DE SÉJOUR – FACTURE", 12), (330, 96, "N° 6732", 8)]))
    assert result.value("invoice_number") == "6732"


def test_an_orders_letters_after_a_label_naming_the_order_open_the_po():
    result = extract_invoice(_refuge([(320, 84, "FACTURE", 14), (320, 98, "N° 6732", 8)]))
    assert result.value("po_number") == "BC 1745"


def test_the_tax_row_the_other_tax_rows_sum_to_is_the_tax():
    rows = [(40, 30, "Agroturizam Stancija Vrh d.o.o.", 12), (40, 46, "OIB 35811052832", 7),
            (320, 80, "RAČUN / FATTURA", 12), (320, 96, "Broj računa / Fattura n.", 8), (430, 96, "346-PP1-3", 8),
            (40, 160, "Opis / Descrizione", 8), (480, 160, "Iznos", 8),
            (40, 174, "Smještaj u apartmanu", 8), (480, 174, "449,50", 8),
            (40, 188, "Malvazija istarska", 8), (480, 188, "299,00", 8),
            (300, 214, "Ukupno bez PDV-a / Totale imponibile", 8), (480, 214, "748,50", 8),
            (40, 226, "PDV 25 %", 7), (90, 226, "osnovica 299,00", 7), (180, 226, "PDV 74,75", 7),
            (300, 228, "PDV ukupno / IVA totale", 8), (480, 228, "133,19", 8),
            (40, 238, "PDV 13 %", 7), (90, 238, "osnovica 449,50", 7), (180, 238, "PDV 58,44", 7),
            (300, 242, "Boravišna pristojba", 8), (484, 242, "20,80", 8),
            (300, 258, "UKUPNO / TOTALE EUR", 8), (480, 258, "902,49", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("tax") == "133.19"


def test_a_discounts_day_is_followed_to_the_net_day_of_its_sentence():
    rows = [(40, 30, "Alpsennerei Bregenzerwald GmbH", 12), (40, 44, "Hof 12, 6863 Egg", 8), (40, 100, "RECHNUNG", 14),
            (320, 100, "Rechnungsnummer", 8), (430, 100, "2026-0815", 8),
            (320, 114, "Rechnungsdatum", 8), (430, 114, "08.08.2026", 8),
            (40, 200, "Bergkäse, 4 kg", 8), (480, 200, "1.800,00", 8),
            (40, 220, "Summe netto", 8), (180, 220, "1.800,00", 8), (320, 220, "Zahlungsbedingungen", 8),
            (40, 234, "USt 10 %", 8), (180, 234, "180,00", 8),
            (320, 234, "Zahlbar bis 18.08.2026 mit 2 % Skonto (EUR", 8),
            (320, 246, "39,60) oder bis 07.09.2026 netto ohne Abzug.", 8),
            (40, 262, "Rechnungsbetrag EUR", 8), (180, 262, "1.980,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("due_date") == "2026-09-07" and result.confidence("due_date") < 0.9


def test_uzbek_dates_with_the_year_word():
    assert parse_date("2025-yil 6-avgust")[0].isoformat() == "2025-08-06"
    assert parse_date("2026-yil 11-noyabr.")[0].isoformat() == "2026-11-11"


def test_uzbek_labels_and_the_sum_typed_with_a_left_quote():
    rows = [(120, 30, "ESAP-FAKTURA / HISOB-FAKTURA № 133", 12), (250, 46, "2025-yil 6-avgust", 8),
            (40, 70, "Jetkerip beriwshi / Yetkazib beruvchi", 8), (300, 70, "Satıp alıwshı / Sotib oluvchi", 8),
            (40, 82, "«Xojeli Metall Servis» MChJ", 8), (300, 82, "«Qaraqalpaq Energo Montaj» MChJ", 8),
            (40, 94, "STIR / INN: 378611544", 8), (300, 94, "STIR / INN: 247480043", 8),
            (300, 106, "Tólew múddeti / To‘lov muddati 2025-yil 16-avgust", 8),
            (40, 140, "Tovar / xizmat", 8), (300, 140, "Qiymati", 8), (380, 140, "QQS", 8), (460, 140, "Jami", 8),
            (40, 154, "Profil truba", 8), (300, 154, "1 000 000,00", 8), (380, 154, "120 000,00", 8),
            (460, 154, "1 120 000,00", 8),
            (40, 190, "Tólewge / To‘lovga jami: 1 120 000,00 so‘m (shu jumladan QQS 120 000,00 so‘m)", 8),
            (40, 204, "Ma’lumot uchun: 88,00 AQSh dollari, OB kursı 1 USD = 12 727,27 so‘m.", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("currency") == "UZS"
    assert result.value("due_date") == "2025-08-16"
