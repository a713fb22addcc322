"""Readings met on new blind invoices, each with a PDF built here: a Hebrew header band whose labels stand over
values set off to their left, a telephone number shaped like a US employer number, a Hebrew number word with its
mark, a Hebrew credit note's title, a fiscal printer's starred amounts, the date order of a country with no English
locale, a licence number shaped like a Mexican RFC."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf
from tests.test_extract_right_to_left_labels import _page

# Each row's words as a browser shows them, left to right (a right-to-left text's words in reverse reading order).
_HEAD = [(386, 44, 'מ " בע יהלומים אורלי', 14),
         (210, 65, "512943028 . פ . ח / . מ . ע · 03-7988539 ' טל · 5252101 גן רמת", 8)]
_BAND = [(505, 84, "מסמך מספר", 7), (427, 84, "הפקה תאריך", 7), (307, 84, "עד לתשלום", 7),
         (175, 84, "הקצאה מספר", 7),
         (472, 92, "23793", 10), (348, 92, "25/11/2025", 10), (224, 92, "25/12/2025", 10), (101, 92, "426710299", 10)]
_BUYER = [(401, 145, 'עילית נצרת , מ " בע הגליל צורף : לכבוד', 8), (453, 156, "511181786 : לקוח . פ . ח", 8)]
_TOTALS = [(45, 280, "₪ 36,643.00", 8), (130, 280, 'מ " מע לפני כ " סה', 8),
           (45, 298, "₪ 6,595.74", 8), (150, 298, '18% מ " מע', 8),
           (45, 316, "₪ 43,238.74", 8), (127, 316, 'לתשלום כ " סה', 8)]


def _invoice(title: str = "מס חשבונית", extra: list[tuple[float, float, str, int]] = ()) -> bytes:
    return _page(_HEAD + _BAND + [(478, 121, title, 12)] + _BUYER + list(extra) + _TOTALS)


def test_a_header_bands_labels_over_values_set_off_to_their_left():
    """A band of right-to-left labels, each over its value, the value drawn a little left of its label's start
    ("מספר מסמך" the document's number over "23793", "תאריך הפקה" the date of issue over its date, "לתשלום עד" due
    by over the due date): each label takes the value nearest its own side, not the next column's."""
    result = extract_invoice(_invoice())
    assert result.value("invoice_number") == "23793"
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-11-25", "2025-12-25")


def test_a_telephone_shaped_like_an_employer_number_is_no_tax_id():
    """"טל׳ 03-7988539" (Tel Aviv's dialling code, then the number) has a US employer number's shape and check; after
    a telephone's word it is a telephone, and the company number "ע.מ. / ח.פ. 512943028" beside it is the vendor's."""
    assert extract_invoice(_invoice()).value("vendor_tax_id") == "512943028"


def test_a_telephone_after_its_word_on_a_left_to_right_page_is_no_tax_id():
    """The same on an English letterhead with no tax id at all: "Tel. 03-7988539" is read as no vendor tax id."""
    data = invoice_pdf(["Harbour Lights Trading Ltd", "4 Dock Street, Haifa", "Tel. 04-8022000"],
                       [("Invoice No.", "HL-2201"), ("Date", "12/03/2026")],
                       [("Subtotal", "1,000.00"), ("VAT 18%", "180.00"), ("Total", "1,180.00")],
                       lines=[("Crane hire", "1,000.00")])
    assert extract_invoice(data).value("vendor_tax_id") is None


def test_an_employer_number_under_its_own_label_is_still_read():
    """A guard: an EIN after its own label is the vendor's tax id."""
    data = invoice_pdf(["Harbour Lights Trading Inc", "4 Dock Street, Baltimore MD 21230", "EIN 04-8022000"],
                       [("Invoice No.", "HL-2201"), ("Date", "03/12/2026")],
                       [("Subtotal", "1,000.00"), ("Total", "1,000.00")], lines=[("Crane hire", "1,000.00")])
    assert extract_invoice(data).value("vendor_tax_id") == "04-8022000"


def test_a_hebrew_number_word_with_its_mark_ends_the_label():
    """"הזמנת רכש מס׳ PO-44253": the purchase order's number, "מס׳" (with its geresh) the number word, no tax."""
    result = extract_invoice(_invoice(extra=[(440, 166, "PO-44253 מס׳ רכש הזמנת", 8)]))
    assert result.value("po_number") == "PO-44253"


def test_a_buyers_purchasing_department_is_no_order_label():
    """A guard: the buyer's "מחלקת רכש" (purchasing department) over its company number gives no PO number."""
    rows = [(401, 145, "רכש מחלקת – חקלאי למחקר מכון", 8), (453, 156, "529319550 . פ . ח", 8)]
    result = extract_invoice(_page(_HEAD + _BAND + [(478, 121, "מס חשבונית", 12)] + rows + _TOTALS))
    assert result.value("po_number") is None


def test_a_hebrew_credit_notes_title():
    """"חשבונית מס זיכוי" (a tax invoice, credit) titles a credit note: its amounts are reported negative."""
    result = extract_invoice(_invoice(title="זיכוי מס חשבונית"))
    assert result.value("document_type") == "credit_note"
    assert result.value("total") == "-43238.74"


_RECEIPT = [(54, 20, "ADAMA FANA PHARMACY PLC", 9), (13, 30, "Kebele 04, near Franko Square, Adama", 7),
            (79, 38, "TIN: 0071547859", 7), (68, 54, "Tel: +251 22 1144364", 7),
            (11, 76, "DATE", 7), (170, 76, "10/02/2025", 7),
            (11, 106, "ORS sachet", 7), (11, 114, "4 x 10.00", 7), (188, 114, "*40.00", 7),
            (11, 123, "Digital thermometer", 7), (11, 131, "2 x 404.00", 7), (183, 131, "*808.00", 7),
            (11, 186, "TXBL1", 7), (174, 186, "*848.00", 7), (11, 194, "TAX1 15.00%", 7), (183, 194, "*127.20", 7),
            (11, 210, "SUBTOTAL", 7), (174, 210, "*848.00", 7), (11, 224, "TOTAL", 7), (166, 224, "*975.20", 7)]


def test_a_fiscal_printers_starred_amounts():
    """A fiscal receipt prints each amount after a star ("TOTAL *975.20"): the star is no part of the number."""
    result = extract_invoice(rows_pdf(_RECEIPT))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("848.00", "127.20", "975.20")


def test_an_english_page_of_a_country_with_no_english_locale_reads_its_dates_day_first():
    """Ethiopia (dialled "+251") has no English locale in CLDR; its own (am_ET) writes "dd/MM/y": "10/02/2025" is 10
    February, as an English page printed there writes it."""
    assert extract_invoice(rows_pdf(_RECEIPT)).value("invoice_date") == "2025-02-10"


def test_a_licence_number_shaped_like_a_mexican_rfc_names_no_country():
    """A Californian repair dealer's "BAR No. CAL000830393" has a Mexican RFC's shape, not its check digit: the page
    names no Mexico, so its "$" stays dollars and its dates month first."""
    data = invoice_pdf(["Golden State Auto Care", "1200 Alameda St, Fresno CA 93721", "BAR No. CAL000830393"],
                       [("Invoice No.", "RO-5521"), ("Date", "01/07/2026")],
                       [("Subtotal", "$410.00"), ("Sales tax", "$32.80"), ("Total", "$442.80")],
                       lines=[("Brake pads", "$410.00")])
    result = extract_invoice(data)
    assert (result.value("currency"), result.value("invoice_date")) == ("USD", "2026-01-07")


def test_a_mexican_rfc_under_its_label_still_names_mexico():
    """A guard: "RFC: LNR230712OCQ" under its label names Mexico even without its check digit right; the "$" of the
    page is the peso."""
    data = invoice_pdf(["Logística del Norte SA de CV", "Blvd. Agua Caliente 4558, Tijuana, B.C.", "RFC: LNR230712OCQ"],
                       [("Factura", "A-5521"), ("Fecha", "01/07/2026")],
                       [("Subtotal", "$410.00"), ("IVA 8%", "$32.80"), ("Total", "$442.80")],
                       lines=[("Flete", "$410.00")])
    assert extract_invoice(data).value("currency") == "MXN"


def test_the_pages_own_money_beats_a_counter_value_in_another():
    """A page naming Madagascar prints its amounts in ariary ("Ar") and their euro counter-value once ("Contre-valeur
    : 2 400,00 EUR"): the code printed only against an amount that is no total is no money of the invoice's."""
    rows = [(40, 40, "Transports Betsileo SARL", 13), (40, 58, "Route d'Ambalavao, Fianarantsoa, Madagascar", 8),
            (400, 40, "FACTURE N° TB-2291", 11), (400, 56, "Date : 14/05/2026", 8),
            (40, 120, "Désignation", 8), (420, 120, "Montant", 8),
            (40, 134, "Fret Fianarantsoa - Toamasina", 8), (420, 134, "10 400 000 Ar", 8),
            (330, 200, "Total HT", 8), (420, 200, "10 400 000 Ar", 8), (330, 214, "TVA 20 %", 8),
            (420, 214, "2 080 000 Ar", 8), (330, 228, "Total TTC", 8), (420, 228, "12 480 000 Ar", 8),
            (40, 260, "Contre-valeur indicative : 2 400,00 EUR", 8)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "MGA"


def test_a_trinidad_dollar_sign():
    """"TT$" is the Trinidad and Tobago dollar, as its invoices print it ("Invoice Total TT$")."""
    data = invoice_pdf(["Arima Hardware Ltd", "Eastern Main Road, Arima"], [("Invoice No.", "AH-1188")],
                       [("Subtotal TT$", "1,000.00"), ("VAT 12.5% TT$", "125.00"), ("Invoice Total TT$", "1,125.00")],
                       lines=[("Cement, 20 bags", "1,000.00")])
    assert extract_invoice(data).value("currency") == "TTD"


def test_a_macedonian_folio_with_a_cyrillic_suffix_and_its_due_date():
    """A hotel's sidebar, labels over values: "Фактура број" over "108/2025-А" (its series a Cyrillic letter after
    the number) is the invoice's number, not the folio's "50056" under "Фолио / Folio"; "Рок на плаќање" (the term
    of payment) over a date is the due date."""
    rows = [(34, 45, "Хотел Шар Тетово ДООЕЛ", 14), (34, 77, "ул. Илинденска бр. 88, 1200 Тетово", 8),
            (447, 29, "ФАКТУРА", 14), (447, 63, "Фактура број / Fatura nr.", 7), (447, 71, "108/2025-А", 8),
            (447, 86, "Датум на фактура / Data e faturës", 7), (447, 94, "22.08.2025", 8),
            (447, 109, "Рок на плаќање / Afati i pagesës", 7), (447, 117, "30.08.2025", 8),
            (447, 133, "Фолио / Folio", 7), (447, 140, "50056", 8),
            (243, 290, "Вкупно ДДВ", 8), (376, 290, "250,00", 8), (243, 306, "ВКУПНО", 8), (376, 306, "5.250,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "108/2025-А"
    assert result.value("due_date") == "2025-08-30"


def test_the_sales_sum_in_arabic_is_the_net():
    """"إجمالي المبيعات" (the sales' sum) is the net before the tax, not the total: the total is the amount due
    under it."""
    rows = [(380, 30, "للأقطان الدلتا شركة", 14), (380, 50, "ضريبية فاتورة", 12),
            (40, 80, "INV-2025-4806", 8), (170, 80, "الفاتورة رقم", 8),
            (440, 150, "البيان", 8), (40, 150, "القيمة", 8), (440, 164, "قطن شعر", 8), (40, 164, "456,241.00", 8),
            (40, 200, "456,241.00", 8), (170, 200, "المبيعات إجمالي", 8),
            (40, 214, "63,873.74", 8), (170, 214, "المضافة القيمة ضريبة", 8),
            (40, 228, "520,114.74", 8), (170, 228, "المستحق الإجمالي", 8)]
    result = extract_invoice(_page(rows))
    assert (result.value("subtotal"), result.value("total")) == ("456241.00", "520114.74")


def test_a_title_phrase_takes_no_number_from_another_column():
    """"… el periodo facturado. Factura N°:" ends a column's line; the number level with it far right is another
    column's (the customer's account), not the invoice's: no invoice number is read from that phrase."""
    rows = [(34, 35, "Servicios Eléctricos Cerro Rico S.A.", 12), (34, 106, "FACTURA", 11),
            (34, 126, "Este documento se emite por el servicio prestado durante", 8),
            (34, 136, "el periodo facturado. Factura N°:", 8), (34, 146, "531654", 8),
            (298, 126, "Número de cuenta o código de cliente del suministro:", 8), (298, 136, "98-61775-7", 8),
            (330, 300, "TOTAL A PAGAR", 8), (450, 300, "875,51", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert not any("read from the phrase" in w for w in result.warnings)
