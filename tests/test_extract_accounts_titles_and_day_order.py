"""A bank's "Расчётный счёт №" is no invoice's title, a title's date on the line below ("от «12» марта 2026 г.", the
day in quotes), a due date said with "до" (by); a document total ("TOTALE DOCUMENTO") before an advance and the net to
pay, San Marino's "C.O.E." tax code; an invoice number printed with its prefix ("Invoice No. INV 5521"); the order of
an ambiguous 03/04 read from another date that ends a sentence, and from a French page's "Date"; the Haitian gourde's
"Gdes": each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_date
from tests.pdf_rows import rows_pdf

RUSSIAN = [
    (32, 30, "ООО «Северный Ветер»", 12),
    (32, 46, "г. Казань, ул. Баумана, 12", 8),
    (32, 58, "ИНН 1655012345", 8),
    (32, 70, "Расчётный счёт № 40702810400000012345", 8),
    (32, 100, "СЧЁТ-ФАКТУРА № 57", 12),
    (32, 116, "от «12» марта 2026 г.", 10),
    (32, 140, "Покупатель: ООО «Волга Трейд»", 8),
    (32, 156, "Срок оплаты:", 8),
    (140, 156, "до 26 марта 2026 г.", 8),
    (32, 190, "Наименование", 8),
    (300, 190, "Кол-во", 8),
    (460, 190, "Сумма, руб.", 8),
    (32, 204, "Ремонт насоса", 8),
    (300, 204, "2", 8),
    (460, 204, "10 000,00", 8),
    (330, 240, "Итого без НДС:", 8),
    (460, 240, "10 000,00", 8),
    (330, 252, "НДС 20 %:", 8),
    (460, 252, "2 000,00", 8),
    (330, 264, "Всего к оплате:", 8),
    (460, 264, "12 000,00", 8),
]


def test_a_bank_account_is_no_title_and_the_titles_date_and_due_date_are_read_in_russian():
    result = extract_invoice(rows_pdf(RUSSIAN))
    assert result.value("invoice_number") == "57"  # not the 20-digit current account under "Расчётный счёт №"
    assert result.value("invoice_date") == "2026-03-12"  # "от «12» марта 2026 г." on the line below the title
    assert result.value("due_date") == "2026-03-26"  # "до 26 марта": the day to pay by
    assert result.value("total") == "12000.00"


def test_a_day_in_quotes_reads_as_a_date():
    assert parse_date("«06» июня 2025 г.") == parse_date("06 июня 2025 г.")
    assert parse_date("«06» июня 2025 г.") is not None


ITALIAN = [
    (32, 30, "Tipografia Titana S.r.l.", 12),
    (32, 46, "Via del Serrone 4, 47890 San Marino (RSM) · Cod. Operatore Economico (C.O.E.): 21543", 7),
    (360, 80, "FATTURA", 12),
    (360, 96, "Numero", 8),
    (440, 96, "FT 118", 8),
    (360, 108, "Data", 8),
    (440, 108, "14/02/2026", 8),
    (32, 150, "Descrizione", 8),
    (460, 150, "Importo €", 8),
    (32, 164, "Manifesti 70 x 100 cm", 8),
    (460, 164, "800,00", 8),
    (32, 176, "Locandine", 8),
    (460, 176, "420,00", 8),
    (330, 210, "TOTALE DOCUMENTO", 9),
    (460, 210, "€ 1.220,00", 9),
    (330, 224, "Acconto versato all'ordine", 8),
    (460, 224, "€ 244,00", 8),
    (330, 238, "Netto a pagare", 8),
    (460, 238, "€ 976,00", 8),
    (32, 280, "Operazione non soggetta a imposta monofase.", 7),
]


def test_a_document_total_before_an_advance_is_the_total_and_coe_is_a_tax_code():
    result = extract_invoice(rows_pdf(ITALIAN))
    assert result.value("total") == "1220.00"  # not the net to pay after the advance
    assert result.value("vendor_tax_id") == "21543"
    assert read_label("Totale documento")[0][:2] == ("total", 0)


ENGLISH = [
    (32, 30, "Harbourside Piano Care Ltd.", 12),
    (32, 46, "Bay Street, Bridgetown · TIN 1000123456789", 8),
    (360, 80, "INVOICE", 12),
    (360, 96, "Invoice No. INV 5521", 8),
    (360, 108, "Date", 8),
    (440, 108, "03/04/2026", 8),
    (32, 150, "Description", 8),
    (460, 150, "Amount", 8),
    (32, 164, "Tuning and regulation", 8),
    (460, 164, "300.00", 8),
    (330, 200, "Subtotal", 8),
    (460, 200, "300.00", 8),
    (330, 212, "VAT 17.5%", 8),
    (460, 212, "52.50", 8),
    (330, 224, "Total", 8),
    (460, 224, "352.50", 8),
    (32, 260, "Recommended next tuning: 21/07/2026.", 8),
]


def test_a_number_printed_with_its_prefix_and_a_day_first_page_told_by_a_sentences_last_date():
    result = extract_invoice(rows_pdf(ENGLISH))
    assert result.value("invoice_number") == "INV 5521"  # "INV" is the number's, not more of "Invoice No."
    assert result.value("invoice_date") == "2026-04-03"  # 21/07/2026 (ending a sentence) puts the day first


FRENCH = [
    (32, 30, "Laboratoire des Eaux du Nord S.A.", 12),
    (32, 46, "Rue 15, Cap-Haïtien · NIF : 000-111-222-3", 8),
    (360, 80, "FACTURE", 12),
    (360, 96, "Facture n°", 8),
    (440, 96, "LEN/0042", 8),
    (360, 108, "Date", 8),
    (440, 108, "05/02/2026", 8),
    (32, 150, "Description", 8),
    (460, 150, "Montant (Gdes)", 8),
    (32, 164, "Analyse bactériologique", 8),
    (460, 164, "5,000.00", 8),
    (330, 200, "Sous-total", 8),
    (460, 200, "5,000.00", 8),
    (330, 212, "TCA 10 %", 8),
    (460, 212, "500.00", 8),
    (330, 224, "TOTAL TTC (Gdes)", 8),
    (460, 224, "5,500.00", 8),
]


def test_a_french_pages_date_is_day_first_and_gdes_is_the_gourde():
    result = extract_invoice(rows_pdf(FRENCH))
    assert result.value("invoice_date") == "2026-02-05"  # "Date" on a page titled "Facture": the day first
    assert result.value("currency") == "HTG"
    assert result.value("total") == "5500.00"
