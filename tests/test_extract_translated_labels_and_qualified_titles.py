"""A label in a language the lexicon does not know, read by its translation after the slash ("Verildiyi gün / Data
eliberării", "Seriya / Seria KB № 4418207"), a title with its qualifier first
("FİSKAL FAKTURA") and Friulian's title and dates ("FATURE", "9 di Fevrâr dal 2026"), from PDFs built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from countersign.extraction.titles import title_or_stamp
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf


def _gagauz() -> bytes:
    rows = [(40, 30, "SRL «Beşalma Süt»", 15), (40, 50, "s. Beşalma, str. Gagarin 7, MD-3812", 8),
            (380, 40, "FİSKAL FAKTURA", 15), (400, 58, "FACTURĂ FISCALĂ", 9),
            (380, 72, "Seriya / Seria KB № 4418207", 9),
            (40, 100, "Satıcı / Furnizor", 8), (40, 112, "SRL «Beşalma Süt»", 9),
            (40, 124, "IDNO / Cod fiscal: 1003600123457", 8), (40, 136, "TVA kodu / Cod TVA: 0204917", 8),
            (320, 100, "Alıcı / Cumpărător", 8), (320, 112, "SRL «Magazin Nord»", 9),
            (320, 124, "IDNO / Cod fiscal: 1002600054321", 8),
            (40, 160, "Verildiyi gün / Data eliberării:", 8), (200, 160, "14.02.2026", 8),
            (40, 172, "Kontrakt / Contract:", 8), (200, 172, "№ 12/3 din 02.01.2026", 8),
            (40, 184, "Ödemä vakıdı / Termen de plată:", 8), (200, 184, "01.03.2026", 8),
            (40, 210, "Malın adı / Denumirea", 8), (480, 210, "Valoarea", 8),
            (40, 224, "Süt / Lapte 2,5 %", 8), (480, 224, "1 000,00", 8),
            (300, 260, "Toplam fără TVA", 8), (480, 260, "1 000,00", 8),
            (300, 274, "TVA 8 %", 8), (480, 274, "80,00", 8),
            (300, 288, "Ödemä için / Spre plată, lei", 8), (480, 288, "1 080,00", 8)]
    return rows_pdf(rows)


def test_a_label_read_by_its_translation_after_the_slash():
    """The Gagauz label is unknown, its Romanian translation names the field; a label of no field before the slash
    ("Müşteri № / Cod client") stays none."""
    assert label_matches("Verildiyi gün / Data eliberării: 14.02.2026")[0][:2] == ("invoice_date", 0)
    assert label_matches("Ödemä vakıdı / Termen de plată: 01.03.2026")[0][:2] == ("due_date", 0)
    assert label_matches("Müşteri № / Cod client: 856") == ()
    assert label_matches("Udin / Udine (UD)") == ()


def test_gagauz_invoice_number_dates_tax_id_and_name():
    """The number after '№' (the series' letters before it are not part of it), the date of issue and the day to
    pay by, and the seller's name, not the title with its qualifier first."""
    result = extract_invoice(_gagauz())
    assert result.value("invoice_number") == "4418207"
    assert result.value("invoice_date") == "2026-02-14"
    assert result.value("due_date") == "2026-03-01"
    assert result.value("vendor_name") == "SRL «Beşalma Süt»"
    assert min(result.confidence("invoice_date"), result.confidence("due_date")) >= 0.9  # by their labels
    assert result.confidence("vendor_name") >= 0.8  # the title is no rival


def test_a_title_with_its_qualifier_first_and_friulian_title():
    assert title_or_stamp("FİSKAL FAKTURA")
    assert title_or_stamp("Electronic Invoice")
    assert title_or_stamp("FATURE")
    assert not title_or_stamp("Fiscal Solutions")


def test_friulian_dates_joined_by_words():
    """Friulian joins the month and the year with 'dal': "9 di Fevrâr dal 2026"."""
    assert parse_date("9 di Fevrâr dal 2026")[0].isoformat() == "2026-02-09"
    assert parse_date("16 di Dicembar dal 2025")[0].isoformat() == "2025-12-16"
    assert parse_date("3 de março de 2025")[0].isoformat() == "2025-03-03"


def test_friulian_page():
    rows = [(40, 30, "Mulin di Codroip S.r.l.", 14), (420, 30, "FATURE", 16),
            (40, 50, "Vie Pordenon 12, 33033 Codroip (UD)", 8), (40, 62, "P. IVA / Partide IVA IT01234560307", 8),
            (40, 90, "Client / Cliente", 8), (40, 102, "Ostarie Al Fogolâr", 9),
            (320, 90, "Numar fature / N. fattura", 8), (460, 90, "27/2026", 8),
            (320, 104, "Date / Data", 8), (460, 104, "9 di Fevrâr dal 2026", 8),
            (320, 118, "Scjadence / Scadenza", 8), (460, 118, "11 di Març dal 2026", 8),
            (40, 150, "Descrizion / Descrizione", 8), (480, 150, "Impuart / Importo", 8),
            (40, 164, "Farine di blave", 8), (480, 164, "500,00", 8),
            (300, 200, "Imponibil / Imponibile", 8), (480, 200, "€ 500,00", 8),
            (300, 214, "IVA / Imposta", 8), (480, 214, "€ 50,00", 8),
            (300, 228, "Totâl fature / Totale fattura", 8), (480, 228, "€ 550,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Mulin di Codroip S.r.l."
    assert result.value("invoice_date") == "2026-02-09"
    assert result.value("due_date") == "2026-03-11"
