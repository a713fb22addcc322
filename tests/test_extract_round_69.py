"""Readings met on new blind invoices, each with a PDF built here: a Serbian business letter in Cyrillic with the
facts in its sentences, a denar page that states its euro counter-value beside the exchange rate, a Czech "Měna"
(currency) label, an Estonian credit note's title over the seller's name, a Hungarian order number in one word."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

_LETTER = [
    (74, 45, "Семберија Пројект д.о.о. Бијељина", 16),
    (74, 66, "Улица Николе Тесле 14, 76300 Бијељина · пројектовање и стручни надзор", 8),
    (74, 78, "ЈИБ 4402300523142 · ПДВ број 402300523142 · жиро-рачун 555-489-54453273-57, Нова банка", 8),
    (74, 120, "Општина Угљевик", 10), (74, 134, "Трг ослобођења 1, 76330 Угљевик", 10),
    (460, 119, "Број: 907/25", 10),
    (343, 136, "Бијељина, 2. марта 2026. године", 10),
    (74, 185, "Предмет: Фактура број 2025-0122 – пројектовање и стручни надзор", 10),
    (74, 209, "Поштовани, на основу уговора број 79-335/25 од 18.12.2025 и ваше наруџбенице", 10),
    (74, 225, "број 218-4/26, достављамо вам фактуру број 2025-0122 од 02.03.2026 године.", 10),
    (74, 334, "Укупан износ без ПДВ-а износи 7.923,50 КМ. На тај износ обрачунат је порез на", 10),
    (74, 350, "додату вриједност по стопи од 17 %, у износу од 1.347,00 КМ, тако да укупан износ", 10),
    (74, 365, "фактуре са ПДВ-ом износи 9.270,50 КМ.", 10),
    (74, 389, "Молимо вас да наведени износ уплатите најкасније до 17.03.2026 године на наш", 10),
    (74, 404, "жиро-рачун 555-489-54453273-57, уз позив на број фактуре.", 10),
    (74, 481, "С поштовањем,", 10),
]


def test_a_serbian_letters_subject_names_the_invoice_and_its_number():
    """"Предмет: Фактура број 2025-0122 – ..." (subject: invoice number ...) gives the invoice number; the giro
    account after "жиро-рачун" ("рачун" alone is an invoice too) is none."""
    assert extract_invoice(rows_pdf(_LETTER)).value("invoice_number") == "2025-0122"


def test_a_serbian_letters_place_and_date_with_its_year_word():
    """"Бијељина, 2. марта 2026. године" (of the year) dates the letter, not the contract's date in its first
    sentence."""
    assert extract_invoice(rows_pdf(_LETTER)).value("invoice_date") == "2026-03-02"


def test_a_serbian_letter_asks_to_be_paid_by_a_day():
    """"уплатите најкасније до 17.03.2026" (pay at the latest by) is the due date."""
    assert extract_invoice(rows_pdf(_LETTER)).value("due_date") == "2026-03-17"


def test_your_order_in_a_serbian_sentence_its_number_on_the_next_line():
    """"... и ваше наруџбенице" (and your order) / "број 218-4/26, ...": the number's mark opens the next line."""
    assert extract_invoice(rows_pdf(_LETTER)).value("po_number") == "218-4/26"


_FOLIO = [
    (34, 40, "Хотел Шар Тетово ДООЕЛ", 15),
    (34, 62, "ул. Илинденска бр. 88, 1200 Тетово · ЕДБ МК4028019512345 · тел. +389 44 339 100", 8),
    (34, 110, "ФАКТУРА бр. 2025-0415", 12),
    (34, 130, "Датум: 14.10.2025", 9),
    (34, 180, "Опис", 9), (450, 180, "Износ", 9),
    (34, 196, "Ноќевање, 2 ноќи", 9), (380, 196, "6.000,00", 9),
    (34, 212, "Појадок", 9), (380, 212, "1.940,00", 9),
    (470, 196, "Салдо", 8), (470, 208, "1.940,00 ден.", 10),
    (244, 250, "Вкупно без ДДВ", 9), (450, 250, "6.729,00", 9),
    (244, 266, "Вкупно ДДВ", 9), (450, 266, "1.211,00", 9),
    (244, 282, "ВКУПНО", 10), (450, 282, "7.940,00", 10),
    (244, 320, "Информативно во EUR (курс", 8), (244, 329, "НБРМ 61,49)", 8), (450, 320, "129,13 EUR", 8),
    (34, 350, "Сите цени се во денари и со вклучен ДДВ.", 8),
]


def test_a_code_beside_an_exchange_rate_is_a_counter_value():
    """"Информативно во EUR (курс НБРМ 61,49)" and "129,13 EUR" on a page whose amounts are printed in denars
    ("1.940,00 ден." in a sidebar): the euro is an informative counter-value, the invoice's money is the denar."""
    assert extract_invoice(rows_pdf(_FOLIO)).value("currency") == "MKD"


def test_a_czech_currency_label_beats_a_recapitulation_in_crowns():
    """"Měna" (currency) over "EUR" in a grid of facts, the VAT recapitulated in crowns at the national bank's rate
    under a "Celkem CZK" column: the invoice is in euros."""
    rows = [(40, 30, "Budějovická doprava s.r.o.", 14), (40, 48, "Lannova 12, 370 01 České Budějovice", 8),
            (40, 60, "DIČ: CZ27384015", 8),
            (40, 90, "FAKTURA – DAŇOVÝ DOKLAD č. 2025-0311", 12),
            (40, 120, "Datum vystavení", 7), (40, 130, "26.03.2025", 9),
            (200, 120, "Datum splatnosti", 7), (200, 130, "25.04.2025", 9),
            (360, 120, "Měna", 7), (360, 130, "EUR", 9),
            (40, 170, "Přeprava Praha – Linz", 9), (300, 170, "1 544,53", 9),
            (40, 220, "Základ DPH 21 %", 9), (200, 220, "1 544,53", 9),
            (40, 236, "DPH 21 %", 9), (200, 236, "324,35", 9),
            (40, 256, "Celkem k úhradě", 10), (200, 256, "1 868,88", 10),
            (300, 210, "Rekapitulace DPH v CZK – kurz ČNB 24,330 CZK/EUR", 8),
            (300, 224, "Základ CZK", 8), (380, 224, "DPH CZK", 8), (450, 224, "Celkem CZK", 8),
            (300, 238, "37 578,41", 8), (380, 238, "7 891,44", 8), (450, 238, "45 469,85", 8)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "EUR"


def test_an_estonian_credit_notes_title_is_no_seller():
    """"KREEDITARVE" (credit note) printed largest at the top right is the document's title; the seller is the name
    at the left."""
    rows = [(378, 34, "KREEDITARVE", 22), (45, 37, "Haapsalu Purjespordi Keskus MTÜ", 13),
            (45, 56, "Ranna tee 2, 90502 Haapsalu · KMKR EE102345670", 8),
            (330, 110, "Arve nr", 8), (430, 110, "KA-2025-014", 8),
            (330, 124, "Kuupäev", 8), (430, 124, "12.09.2025", 8),
            (40, 200, "Maksja", 8), (40, 212, "Läänemaa Spordikool", 8),
            (40, 260, "Kirjeldus", 8), (480, 260, "Summa", 8),
            (40, 274, "Purjekoolitus, tühistatud", 8), (480, 274, "-400,00", 8),
            (320, 300, "Summa km-ta", 8), (480, 300, "-400,00", 8),
            (320, 314, "Käibemaks 24%", 8), (480, 314, "-96,00", 8),
            (320, 328, "Kokku", 8), (480, 328, "-496,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Haapsalu Purjespordi Keskus MTÜ"


def test_a_hungarian_order_number_in_one_word():
    """"Rendelésszám" (the order's number, "rendelés" and "szám" in one word) labels the buyer's order."""
    data = invoice_pdf(["Nyírségi Élelmiszer Kft.", "4400 Nyíregyháza, Debreceni út 155.", "Adószám: 68245029-2-15"],
                       [("Sorszám:", "NYE-2026/70648"), ("Számla kelte:", "2026.04.11."),
                        ("Rendelésszám:", "R-7490/2026")],
                       [("Nettó összesen:", "10 000 Ft"), ("ÁFA összesen:", "2 700 Ft"),
                        ("Bruttó végösszeg:", "12 700 Ft")],
                       title="SZÁMLA", lines=[("Paprikás kolbász", "10 000 Ft")])
    assert extract_invoice(data).value("po_number") == "R-7490/2026"


def test_macedonian_sums_are_read_by_their_labels():
    """"Вкупно без ДДВ" (the sum without VAT), "Вкупно ДДВ" and "ВКУПНО" label the net, the tax and the total, which
    then check each other (read only by their arithmetic before, less surely)."""
    result = extract_invoice(rows_pdf(_FOLIO))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("6729.00", "1211.00", "7940.00")
    assert min(result.confidence(name) for name in ("subtotal", "tax", "total")) >= 0.9


def test_a_label_ending_a_columns_sentence_takes_the_value_under_it():
    """A utility bill's facts in sentences whose label ends the line ("... el periodo facturado. Factura N°:" /
    "531654"), another column's sentence and value level with it at the right ("Número de cuenta ...:" /
    "98-61775-7"): the number under the label's own column is the invoice's, not the account's."""
    rows = [(34, 35, "Servicios Eléctricos Cerro Rico S.A.", 14), (34, 52, "Calle Bolívar N° 1011, Potosí", 8),
            (34, 62, "NIT 6961258160012", 8),
            (34, 106, "FACTURA", 12),
            (34, 126, "Este documento se emite por el servicio prestado durante", 8),
            (34, 136, "el periodo facturado. Factura N°:", 8), (34, 146, "531654", 8),
            (298, 126, "Número de cuenta o código de cliente del suministro:", 8), (298, 136, "98-61775-7", 8),
            (34, 161, "Fecha de emisión: 31/01/2026", 8),
            (36, 277, "Concepto", 8), (475, 277, "Importe Bs", 8),
            (36, 292, "Energía consumida", 8), (540, 292, "867,41", 8),
            (36, 306, "Cargo fijo", 8), (540, 306, "8,10", 8),
            (400, 330, "Total factura Bs", 9), (540, 330, "875,51", 9)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "531654"


def test_pay_by_in_the_spanish_imperative():
    """"Pague hasta el 25/02/2026 para evitar el corte" (pay by ..., to avoid the cut-off) asks for a due date, as
    "pagar hasta el" did."""
    rows = [(34, 35, "Servicios Eléctricos Cerro Rico S.A.", 14), (34, 52, "NIT 6961258160012", 8),
            (358, 41, "TOTAL A PAGAR", 9), (358, 51, "Bs 875,51", 12),
            (358, 72, "Pague hasta el 25/02/2026 para evitar el corte", 8),
            (34, 106, "FACTURA", 12), (34, 126, "Factura N°: 531654", 8), (34, 138, "Fecha de emisión: 31/01/2026", 8),
            (36, 277, "Concepto", 8), (475, 277, "Importe Bs", 8),
            (36, 292, "Energía consumida", 8), (540, 292, "875,51", 8),
            (400, 330, "Total factura Bs", 9), (540, 330, "875,51", 9)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") == "2026-02-25"


def _rectificativa(amounts: tuple[str, str, str]) -> bytes:
    net, tax, total = amounts
    return rows_pdf([(40, 32, "Vins i Caves Devesa", 14), (40, 52, "Distribució, S.L.", 14),
                     (40, 72, "Carretera de Barcelona, 210, 17003 Girona · NIF B17345674", 8),
                     (461, 36, "FACTURA", 18), (400, 58, "RECTIFICATIVA", 18),
                     (48, 96, "Núm. rectificativa", 7), (48, 106, "R-2025-0031", 9),
                     (200, 96, "Data d'expedició", 7), (200, 106, "14/10/2025", 9),
                     (48, 200, "Concepte", 8), (480, 200, "Import", 8),
                     (48, 214, "Devolució 12 caixes Empordà negre", 8), (480, 214, net, 8),
                     (320, 260, "Base imposable", 8), (480, 260, net, 8),
                     (320, 274, "IVA 21 %", 8), (480, 274, tax, 8),
                     (320, 288, "TOTAL FACTURA", 9), (480, 288, total, 9)])


def test_a_corrective_invoice_that_reduces_is_a_credit_note():
    """"FACTURA" over "RECTIFICATIVA" (a corrective invoice, the title on two lines) with its amounts printed
    negative: a credit note, its amounts as printed."""
    result = extract_invoice(_rectificativa(("-1.910,89", "-401,29", "-2.312,18")))
    assert (result.value("document_type"), result.value("total")) == ("credit_note", "-2312.18")


def test_a_corrective_invoice_that_adds_stays_an_invoice():
    """A guard: the same title with positive amounts bills what was left off: an invoice, its amounts unsure."""
    result = extract_invoice(_rectificativa(("1.910,89", "401,29", "2.312,18")))
    assert (result.value("document_type"), result.value("total")) == ("invoice", "2312.18")
    assert result.confidence("total") <= 0.8


def test_the_egyptian_pounds_arabic_sign():
    """"ج.م" (جنيه مصري, the Egyptian pound) after the amounts names the currency; a line of text shows its letters
    apart ("ج . م"), or in the reverse order on a right-to-left page ("م . ج")."""
    rows = [(40, 40, "Nile Delta Trading Co.", 16), (40, 62, "Damanhur, Beheira · Tax Reg. No. 301-161-892", 9),
            (40, 100, "TAX INVOICE", 14), (320, 124, "Invoice No.", 9), (430, 124, "2025/118", 9),
            (320, 138, "Date", 9), (430, 138, "14/10/2025", 9),
            (40, 240, "Fertiliser, 50 kg bags", 9), (480, 240, "15,000.00 ج.م", 9),
            (320, 280, "Subtotal", 9), (480, 280, "15,000.00 ج.م", 9),
            (320, 296, "VAT 14%", 9), (480, 296, "2,100.00 ج.م", 9),
            (320, 312, "Amount due", 10), (480, 312, "17,100.00 ج.م", 10)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "EGP"


def test_a_bands_labels_spaced_apart_stay_in_their_columns():
    """A header band's small labels letter-spaced so that their words stand apart ("ACCOUNT | NUMBER", "INVOICE |
    NUMBER", "INVOICE | DATE") over their values: each column's label is its own, not "NUMBER INVOICE NUMBER
    INVOICE" run across the columns' gaps over the account's number."""
    rows = [(43, 40, "Signal Mountain Propane Co.", 14), (43, 60, "2418 Rossville Blvd · Chattanooga, TN 37408", 8)]
    for words, at in ((("ACCOUNT", "NUMBER"), 266.0), (("INVOICE", "NUMBER"), 385.0), (("INVOICE", "DATE"), 457.0)):
        x = at
        for word in words:
            rows.append((x, 41, word, 6))
            x += len(word) * 4.6 + 4.2
    rows += [(266, 49, "34749-12", 9), (385, 49, "776018", 9), (457, 49, "01/25/2025", 9),
             (40, 200, "Description", 8), (480, 200, "Amount", 8), (40, 214, "Propane delivery", 8),
             (480, 214, "1,132.76", 8), (320, 240, "Charges subtotal", 8), (480, 240, "1,132.76", 8),
             (320, 254, "Sales tax 9.25%", 8), (480, 254, "104.78", 8), (320, 268, "Amount due", 8),
             (480, 268, "1,237.54", 8)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "776018"


def test_a_paid_periods_end_is_no_due_date():
    """A guard: "Оплата услуг за период с 01.12.2025 до 31.12.2025" (payment for the period from ... to ...) names
    the period's end after "до", not a day to pay by."""
    rows = [(40, 30, "ООО «Северный Ветер»", 14), (40, 50, "ИНН 7707083893", 8),
            (40, 90, "Счёт № 145 от 02.12.2025", 12),
            (40, 120, "Оплата услуг за период с 01.12.2025 до 31.12.2025 по договору № 12.", 9),
            (40, 200, "Наименование", 8), (480, 200, "Сумма", 8), (40, 214, "Аренда помещения", 8),
            (480, 214, "50 000,00", 8), (320, 240, "Итого", 8), (480, 240, "50 000,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") != "2025-12-31"
