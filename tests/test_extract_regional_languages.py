"""Regional languages' labels read from PDFs built here: Kashubian ("Data wëstawieniô", "Termin płacënkù", "Razã",
"Do zapłacënkù"), Upper Sorbian beside German (the title "ZLIČBOWANKA" over the name's type size, "8. nowembra 2025"),
Sardinian ("Nùmeru" alone over its value, "13 de santandria 2026", "Iscadèntzia") and Tatar beside Russian ("Сатучы /
Продавец:", the company named twice, "ИНН/КПП")."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _kashubian(order: bool) -> bytes:
    rows = [(40, 30, "Môl wëstawieniô: Bëtowò", 8), (340, 30, "Data wëstawieniô", 8), (490, 30, "12.03.2026", 8),
            (340, 44, "Data sprzedôżë", 8), (490, 44, "09.03.2026", 8),
            (340, 58, "Termin płacënkù", 8), (490, 58, "26.03.2026", 8),
            (40, 90, "FAKTURA VAT nr FV/31/03/2026", 15),
            (40, 120, "Przedôwca", 8), (40, 134, "Bëtowskô Mlëczarniô Sp. z o.o.", 9),
            (40, 148, "NIP: 842-166-20-11", 8),
            (300, 120, "Kùpc", 8), (300, 134, "Gòscëniec Pòd Lëpą", 9), (300, 148, "NIP: 8421755213", 8)]
    if order:
        rows += [(40, 170, "Zamówienié nr: ZAM/12/2026", 8)]
    rows += [(40, 200, "Miono towaru", 8), (470, 200, "Wôrtnota netto", 8),
             (40, 214, "Sër kaszëbsczi", 8), (480, 214, "1 500,00", 8),
             (40, 228, "Masło", 8), (480, 228, "900,00", 8),
             (300, 260, "Stawka", 8), (370, 260, "Netto", 8), (430, 260, "VAT", 8), (490, 260, "Brutto", 8),
             (300, 274, "5%", 8), (370, 274, "900,00", 8), (430, 274, "45,00", 8), (490, 274, "945,00", 8),
             (300, 288, "23%", 8), (370, 288, "1 500,00", 8), (430, 288, "345,00", 8), (490, 288, "1 845,00", 8),
             (300, 302, "Razã", 8), (370, 302, "2 400,00", 8), (430, 302, "390,00", 8), (490, 302, "2 790,00", 8),
             (300, 330, "Do zapłacënkù:", 10), (470, 330, "2 790,00 zł", 10)]
    return rows_pdf(rows)


def test_kashubian_dates_order_and_sums_row():
    """The date of issue, not the sale's or the day to pay by; the summary's 'Razã' row and the amount to pay give
    the total, not the first rate's gross."""
    result = extract_invoice(_kashubian(order=True))
    assert result.value("invoice_date") == "2026-03-12"
    assert result.value("due_date") == "2026-03-26"
    assert result.value("po_number") == "ZAM/12/2026"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("2400.00", "390.00", "2790.00")


def _sorbian(date: str) -> bytes:
    rows = [(40, 30, "Ćišćernja Nowak & Syn", 15), (40, 50, "Lessingstraße 5, 02625 Budyšin / Bautzen", 8),
            (40, 62, "USt-IdNr. DE136695976", 7),
            (40, 90, "Přijimar / Empfänger", 7), (40, 102, "Serbski dom / Sorbisches Haus", 9),
            (40, 114, "Postplatz 2, 02625 Budyšin", 9),
            (420, 30, "ZLIČBOWANKA", 17), (500, 50, "RECHNUNG", 7),
            (360, 64, "Čisło / Rechnungs-Nr.", 7), (480, 64, "Z-3108", 7),
            (360, 76, "Datum", 7), (480, 76, date, 7),
            (360, 88, "Waše skazanje / Ihre Bestellung", 7), (480, 88, "77/26", 7),
            (40, 150, "Wopisanje / Bezeichnung", 8), (520, 150, "Netto", 8),
            (40, 164, "Protyka 2027", 8), (510, 164, "1.000,00 €", 8),
            (340, 200, "Netto", 8), (510, 200, "1.000,00 €", 8),
            (340, 214, "Dawk / USt. 7 %", 8), (510, 214, "70,00 €", 8),
            (340, 228, "Cyłkowna suma / Rechnungsbetrag", 8), (510, 228, "1.070,00 €", 8)]
    return rows_pdf(rows)


def test_upper_sorbian_title_is_no_name_and_its_months_read():
    """'ZLIČBOWANKA' (invoice), in larger type than the letterhead's name, is the title; '8. nowembra 2025' is a date
    in Upper Sorbian (CLDR's genitive month); 'Čisło' numbers the invoice beside the German label."""
    result = extract_invoice(_sorbian("8. nowembra 2025"))
    assert result.value("vendor_name") == "Ćišćernja Nowak & Syn"
    assert result.value("invoice_date") == "2025-11-08"
    assert result.value("invoice_number") == "Z-3108"
    assert result.value("po_number") == "77/26"


def _sardinian(date: str) -> bytes:
    rows = [(40, 30, "Casèdda de Barbàgia S.r.l.", 14), (40, 48, "Via Deledda 3 · 08100 Nùgoro (NU)", 8),
            (40, 60, "Partida IVA IT02468100912", 8), (470, 30, "FATURA", 16), (480, 50, "Pàgina 1 de 1", 8),
            (40, 90, "Cliente", 8), (40, 102, "Butega Sa Pinnetta", 9),
            (340, 90, "Nùmeru", 8), (490, 90, "118/2026", 8), (340, 104, "Data", 8), (490, 104, date, 8),
            (340, 118, "Iscadèntzia", 8), (490, 118, "30/04/2026", 8),
            (40, 160, "Descritzione", 8), (500, 160, "Importu", 8), (40, 174, "Pecorinu sardu DOP", 8),
            (500, 174, "1.000,00", 8),
            (340, 210, "Totale imponìbile", 8), (490, 210, "1.000,00", 8), (340, 224, "Totale IVA", 8),
            (490, 224, "40,00", 8), (340, 238, "Totale de sa fatura €", 8), (490, 238, "1.040,00", 8)]
    return rows_pdf(rows)


def test_sardinian_bare_number_word_and_month():
    """'Nùmeru' with no colon, alone in its segment under the title, over its value: the invoice's number, below 0.9
    (a bare number word says not whose number it is); '13 de santandria 2026' is a Sardinian date."""
    result = extract_invoice(_sardinian("13 de santandria 2026"))
    assert result.value("invoice_number") == "118/2026"
    assert result.fields["invoice_number"].confidence < 0.9
    assert result.value("invoice_date") == "2026-11-13"
    assert result.value("due_date") == "2026-04-30"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "40.00", "1040.00")


def _tatar() -> bytes:
    rows = [(40, 30, "ХИСАП-ФАКТУРА / СЧЁТ-ФАКТУРА № 57 от 4 марта 2026 г.", 13),
            (40, 60, "Сатучы / Продавец:", 8), (300, 60, "ООО «Болгар Чәй» (ҖЧҖ «Болгар Чәй»)", 8),
            (40, 72, "Адрес:", 8), (300, 72, "420111, Казан ш., Бауман ур., 9", 8),
            (40, 84, "ИНН/КПП продавца:", 8), (300, 84, "1655001234/165501001", 8),
            (40, 108, "Сатып алучы / Покупатель:", 8), (300, 108, "ООО «Тукай Кафе»", 8),
            (40, 120, "ИНН/КПП покупателя:", 8), (300, 120, "1660005678/166001001", 8),
            (40, 150, "Товар / Наименование товара", 8), (480, 150, "Стоимость", 8),
            (40, 164, "Чәй / Чай черный", 8), (480, 164, "10 000,00", 8),
            (40, 190, "Барлыгы түләргә / Всего к оплате", 8), (300, 190, "10 000,00", 8), (380, 190, "2 000,00", 8),
            (480, 190, "12 000,00", 8)]
    return rows_pdf(rows)


def test_tatar_seller_heading_beside_russian_and_the_inn_of_inn_kpp():
    """'Сатучы / Продавец:' heads the seller's block as 'Продавец:' does: its name, said once (the Tatar legal form's
    repetition in parentheses left out), and the ИНН before the КПП of 'ИНН/КПП продавца'."""
    result = extract_invoice(_tatar())
    assert result.value("vendor_name") == "ООО «Болгар Чәй»"
    assert result.value("vendor_tax_id") == "1655001234"


def test_total_this_invoice():
    """'TOTAL THIS INVOICE' (a progress invoice's amount billed now) labels the total."""
    rows = [(40, 30, "Coral Bay Surveyors, LLC", 14), (40, 50, "Cruz Bay, St. John, VI 00830", 8),
            (40, 80, "INVOICE", 14), (340, 80, "Invoice No.", 8), (460, 80, "4471", 8),
            (340, 94, "Invoice Date", 8), (460, 94, "03/12/2026", 8),
            (40, 130, "Description", 8), (480, 130, "Amount", 8), (40, 144, "Boundary survey", 8),
            (480, 144, "$2,400.00", 8), (40, 158, "Recording fees", 8), (480, 158, "$150.00", 8),
            (340, 190, "Professional fees", 8), (470, 190, "$2,400.00", 8),
            (340, 204, "Reimbursable expenses", 8), (470, 204, "$150.00", 8),
            (340, 218, "TOTAL THIS INVOICE", 8), (470, 218, "$2,550.00", 8),
            (340, 232, "Less retainer applied", 8), (470, 232, "-$500.00", 8),
            (340, 246, "Balance Due", 8), (470, 246, "$2,050.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "2550.00"


def _gaelic(slip: bool) -> bytes:
    rows = [(40, 30, "Breabadair Bharabhais", 13), (40, 48, "Barabhas, Eilean Leòdhais HS2 0QX", 8),
            (40, 60, "Àireamh VAT / VAT No. GB 641 1627 21", 8), (40, 90, "CUNNTAS / INVOICE", 15),
            (40, 114, "Àireamh / Invoice No.", 8), (200, 114, "2207", 8),
            (40, 128, "Ceann-latha / Date", 8), (200, 128, "07/05/2026", 8),
            (40, 160, "Gu / To:", 8), (90, 160, "Harris Tweed Outlet Ltd, 3 Pier Road, Tarbert HS3 3DG", 8),
            (40, 200, "Tuairisgeul / Description", 8), (480, 200, "Suim / Amount", 8),
            (40, 214, "Clò-mòr, 10 m", 8), (480, 214, "500.00", 8),
            (330, 250, "Iomlan gun VAT / Net", 8), (470, 250, "£500.00", 8),
            (330, 264, "VAT 20%", 8), (470, 264, "£100.00", 8),
            (330, 278, "Iomlan / Total", 8), (470, 278, "£600.00", 8)]
    if slip:
        rows += [(40, 600, "DUILLEAG-PHÀIGHIDH / REMITTANCE SLIP", 10),
                 (40, 616, "Bho / From: Harris Tweed Outlet Ltd", 8), (40, 630, "Àireamh / Invoice No. 2207", 8)]
    return rows_pdf(rows)


def test_a_title_after_its_word_in_another_language_is_no_name_and_so_is_a_slips_payer():
    """'CUNNTAS / INVOICE' is the title, not the issuer's name; under 'DUILLEAG-PHÀIGHIDH / REMITTANCE SLIP',
    'Bho / From:' names the payer (as a seller heading after another language's word and a slash would the seller)."""
    for slip in (False, True):
        result = extract_invoice(_gaelic(slip))
        assert result.value("vendor_name") == "Breabadair Bharabhais"


def test_an_unsure_tax_gives_way_to_a_net_and_tax_that_make_the_labelled_total():
    """A solicitor's bill: 'VAT £' over a column of each row's VAT (its first value read as the tax, unsurely), the net
    and the VAT summed on lines whose labels are not read; with 'TOTAL OF THIS INVOICE' labelled, the amounts that add
    up to it are the net and the tax (below 0.9)."""
    rows = [(40, 30, "Harbour & Reed LLP", 14), (40, 48, "2 Quay Street, Whitby YO21 3AB", 8),
            (40, 80, "INVOICE No. 5120", 12), (40, 96, "Date: 12 March 2026", 8),
            (330, 130, "Net £", 8), (450, 130, "VAT £", 8),
            (40, 144, "Professional charges", 8), (330, 144, "800.00", 8), (450, 144, "160.00", 8),
            (40, 158, "Search fee", 8), (330, 158, "50.00", 8), (450, 158, "10.00", 8),
            (40, 172, "Land Registry fee", 8), (330, 172, "150.00", 8), (450, 172, "-", 8),
            (40, 200, "Total charges and disbursements (excluding VAT)", 8), (450, 200, "1,000.00", 8),
            (40, 214, "VAT at 20% on charges and VAT-able disbursements", 8), (450, 214, "170.00", 8),
            (40, 228, "TOTAL OF THIS INVOICE", 9), (450, 228, "£1,170.00", 9),
            (40, 242, "Less: money held on account", 8), (450, 242, "(500.00)", 8),
            (40, 256, "BALANCE NOW DUE", 9), (450, 256, "£670.00", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "170.00", "1170.00")
    assert result.fields["tax"].confidence < 0.9


def test_two_item_rows_that_make_the_total_do_not_replace_an_unsure_tax():
    """Two rows' amounts add up to the labelled total, the net unread: they are no net and tax, the tax read stays."""
    rows = [(40, 30, "Batangas Aircon Services", 14), (40, 60, "SALES INVOICE", 12), (40, 76, "No. 01841", 10),
            (40, 100, "QTY", 8), (90, 100, "ARTICLES", 8), (400, 100, "AMOUNT", 8),
            (40, 114, "2", 8), (90, 114, "Freon recharge", 8), (400, 114, "3,470.00", 8),
            (40, 128, "1", 8), (90, 128, "Aircon cleaning", 8), (400, 128, "665.00", 8),
            (40, 170, "Total Sales (VAT Inclusive)", 8), (400, 170, "4,135.00", 8),
            (40, 200, "VAT", 8), (40, 214, "443.04", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "4135.00"
    assert result.value("subtotal") != "3470.00"
    assert result.value("tax") != "665.00"
