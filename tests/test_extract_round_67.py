"""Readings met on new blind invoices, each with a PDF built here: a salesperson named under "Vendedor" in a list of
labels each over its value, a number word heading a grid of labels, a code printed only against a counter-value."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.bare import bare_number
from countersign.extraction.labels import label_matches
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTERHEAD = [(37, 35, "Viveros y Frutales del Maule SpA", 14), (37, 54, "Casa matriz: 1 Sur 1340, Talca", 8),
               (405, 37, "R.U.T.: 77.375.150-1", 10), (405, 57, "FACTURA ELECTRÓNICA N° 36185", 11),
               (42, 108, "Señor(es):", 8), (99, 108, "Agrícola Santa Elena Ltda.", 8)]
_SIDEBAR = [(405, 148, "Fecha de emisión", 8), (405, 159, "15-07-2025", 8), (405, 176, "Cotización de origen", 8),
            (405, 187, "COT-2025-178", 8)]
_TOTALS = [(405, 306, "MONTO NETO", 8), (513, 306, "$ 4.910.270", 8), (405, 324, "I.V.A. 19%", 8),
           (520, 324, "$ 932.951", 8), (405, 342, "TOTAL", 8), (508, 342, "$ 5.843.221", 8)]


def test_a_salesperson_under_vendedor_in_a_list_of_keys_is_no_vendor():
    """A sidebar lists its keys each over one line of value ("Cotización de origen" / "COT-2025-178" / "Vendedor" /
    "Javiera Sepúlveda"): "Vendedor" there is the salesperson, a key like the others, not a seller block's heading;
    the issuer is the letterhead's firm (the person's name had been read as the vendor)."""
    rows = _LETTERHEAD + _SIDEBAR + [(405, 204, "Vendedor", 8), (405, 215, "Javiera Sepúlveda", 8)] + _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Viveros y Frutales del Maule SpA"


def test_a_salesperson_under_vendedor_level_with_a_tables_row_is_no_vendor():
    """The same key beside the items' rows, each on a row's line: still the salesperson."""
    items = [(39, 190, "Código", 8), (85, 190, "Descripción", 8), (247, 190, "Cant.", 8), (304, 190, "Precio", 8),
             (360, 190, "Valor", 8)]
    for i, (code, desc, qty, price, amount) in enumerate([("VF273", "Etiquetado", "248", "3.340", "828.320"),
                                                         ("VF419", "Movimiento de pallets", "620", "1.500", "930.000"),
                                                         ("SA981", "Preenfriado de fruta", "276", "3.620", "999.120")]):
        y = 205 + 14.5 * i
        items += [(39, y, code, 8), (85, y, desc, 8), (251, y, qty, 8), (320, y, price, 8), (353, y, amount, 8)]
    rows = _LETTERHEAD + _SIDEBAR + items + [(405, 205, "Vendedor", 8), (405, 219.5, "Carolina Muñoz", 8)] + _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Viveros y Frutales del Maule SpA"


def test_a_seller_heading_over_a_firms_block_in_a_list_of_keys_still_names_the_vendor():
    """A key list may hold the seller's own block: "Vendedor" over a firm's name with its legal form names it."""
    rows = [(37, 35, "FACTURA", 14)] + _SIDEBAR + [(405, 204, "Vendedor", 8), (405, 215, "Riego Pencahue SpA", 8)]
    rows += _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Riego Pencahue SpA"


_GRID = [(43, 40, "Suministros del Altiplano S.A.S.", 12), (43, 60, "NIT 800.423.695-6 · Tunja, Boyacá", 8),
         (400, 40, "FACTURA ELECTRÓNICA DE VENTA", 11),
         (43, 89, "Número", 7), (129, 89, "Fecha de expedición", 7), (215, 89, "Fecha de vencimiento", 7),
         (302, 89, "Forma de pago", 7), (302, 98, "Crédito", 9), (474, 89, "Orden de compra", 7),
         (43, 98, "FETU 6583", 9), (129, 98, "2025-10-31", 9), (215, 98, "2025-12-30", 9), (474, 98, "OC-5563", 9),
         (40, 203, "Pos.", 8), (117, 203, "Descripción", 8), (353, 203, "Cant.", 8), (393, 203, "Valor unitario", 8),
         (514, 203, "Valor total", 8),
         (44, 220, "10", 8), (117, 220, "Fertilizante 15-15-15, bulto 50 kg", 8), (364, 220, "29", 8),
         (400, 220, "149.600,00", 8), (504, 220, "4.338.400,00", 8),
         (44, 236, "20", 8), (117, 236, "Semilla de papa pastusa, bulto", 8), (364, 236, "53", 8),
         (400, 236, "97.381,13", 8), (504, 236, "5.161.200,00", 8),
         (318, 295, "Subtotal", 8), (489, 295, "$ 9.499.600,00", 8), (318, 311, "IVA 19 %", 8),
         (497, 311, "$ 1.804.924,00", 8), (318, 328, "Total a pagar", 8), (489, 328, "$ 11.304.524,00", 8)]


def _bare_numbers(rows: list[tuple[float, float, str, int]]) -> list[str]:
    return [c.value for c in bare_number(read_pdf(rows_pdf(rows), 5).pages, set())]


def test_a_number_word_heading_a_cell_in_a_grid_of_labels_numbers_the_invoice():
    """"Número" alone over "FETU 6583", the first cell of a grid of labels each over its value: the invoice's number,
    below 0.9 as a bare number word's (it had been read only beside its value: on set 61's Tunja page, whose ranker
    took nothing, the number was lost)."""
    assert _bare_numbers(_GRID) == ["FETU 6583"]
    result = extract_invoice(rows_pdf(_GRID))
    assert result.value("invoice_number") == "FETU 6583"
    assert result.confidence("invoice_number") < 0.9
    assert result.value("invoice_date") == "2025-10-31"


def test_a_number_word_over_a_value_with_no_grid_around_it_is_no_bare_label():
    """The same word over a value with no labels of fields beside it says nothing of whose number it is."""
    rows = [row for row in _GRID if row[2] not in ("Fecha de expedición", "Fecha de vencimiento", "Orden de compra")]
    assert _bare_numbers(rows) == []


def test_a_code_printed_only_against_a_counter_value_is_not_the_pages_dollar():
    """"$" on a page whose NIT is Colombia's is the peso; "USD 2,444.42", a reference value in dollars that none of
    the totals is, does not make the "$" the US dollar (it had)."""
    rows = _GRID + [(38, 295, "Valor de referencia en dólares (informativo):", 7), (200, 295, "USD 2,625.02", 7),
                    (38, 304, "TRM del 2025-10-31: $ 4.306,43", 7)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "COP"


def test_a_code_printed_against_the_total_names_the_dollar():
    """The code printed against the total itself is the page's money, whatever its id's country."""
    rows = _GRID + [(400, 345, "USD 11.304.524,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == "USD"


_HEAD = [(37, 40, "ООО «Кузбасс ТрансЛогистик»", 12), (37, 60, "ИНН 4219366331, г. Кемерово", 8),
         (37, 150, "Счёт на оплату № 785 от 5 марта 2025 г.", 11),
         (42, 240, "№", 7), (298, 240, "Гос. номер ТС", 7), (398, 240, "Наименование услуги", 7),
         (530, 240, "Вес, т", 7),
         (577, 235, "Тариф,", 7), (579, 244, "руб./т", 7), (631, 235, "Сумма без", 7), (632, 244, "НДС, руб.", 7),
         (727, 235, "Сумма", 7), (727, 244, "НДС, руб.", 7), (786, 235, "Всего с", 7), (786, 244, "НДС, руб.", 7)]
_FREIGHT = [("О 839 ВЕ 42", "уголь марки ДГ", "29,680", "430,00", "12 762,40", "2 552,48", "15 314,88"),
            ("А 526 СМ 42", "уголь марки Д", "22,350", "580,00", "12 963,00", "2 592,60", "15 555,60"),
            ("С 111 РМ 42", "сера техническая", "29,440", "1 100,00", "32 384,00", "6 476,80", "38 860,80")]


def test_a_carriers_rows_by_weight_and_rate_with_a_plate_opening_with_a_preposition():
    """A carrier's bill: "Вес, т" (weight, the quantity) at "Тариф, руб./т" (the rate per tonne), under "№" (the
    position's column); a lorry's plate "С 111 РМ 42" opens with "с" ("with", in "Итого с НДС"), which alone is no
    label, so its row is an item, not the table's end. The weight "29,680" in a table whose cents follow a comma is
    29.68 tonnes (it had been 29680), so quantity x rate == the amount before VAT."""
    rows = list(_HEAD)
    for i, (plate, cargo, weight, rate, net, vat, gross) in enumerate(_FREIGHT):
        y = 260 + 17 * i
        rows += [(43, y, str(i + 1), 8), (298, y, plate, 8), (362, y, f"Перевозка груза: {cargo}", 8),
                 (536, y, weight, 8), (581, y, rate, 8), (645, y, net, 8), (737, y, vat, 8), (798, y, gross, 8)]
    items = extract_invoice(rows_pdf(rows, landscape=True)).line_items
    assert [(item.quantity, item.unit_price, item.amount) for item in items] == [
        (Decimal("29.680"), Decimal("430.00"), Decimal("12762.40")),
        (Decimal("22.350"), Decimal("580.00"), Decimal("12963.00")),
        (Decimal("29.440"), Decimal("1100.00"), Decimal("32384.00"))]
    assert items[2].description == "Перевозка груза: сера техническая"
    assert all(item.confidence >= 0.9 for item in items)


def test_a_one_letter_preposition_alone_is_no_label():
    """"С 111 РМ 42" names no field; "Итого с НДС" is still the total."""
    assert label_matches("С 111 РМ 42") == ()
    assert [name for name, _, _ in label_matches("Итого с НДС")] == ["total"]


_DOMINICAN = [(31, 32, "Ámbar Tours & Excursiones, S.R.L.", 14), (31, 50, "Calle Separación No. 27, Puerto Plata", 8),
              (31, 59, "RNC 197745064", 8), (31, 97, "FACTURA DE CRÉDITO FISCAL ELECTRÓNICA", 12),
              (31, 130, "cliente", 6), (31, 137, "Hotel Playa Dorada Resort, S.A.", 8),
              (31, 158, "RNC cliente: 185462499", 8),
              (34, 180, "Cant.", 7), (62, 180, "Descripción", 7), (174, 180, "Unidad", 7), (207, 180, "Precio RD$", 7),
              (259, 180, "ITBIS RD$", 7), (309, 180, "Valor RD$", 7),
              (34, 195, "2", 8), (62, 195, "Guía bilingüe, jornada", 8), (174, 195, "día", 8),
              (215, 195, "5,964.00", 8),
              (265, 195, "2,147.04", 8), (305, 195, "11,928.00", 8),
              (34, 211, "7", 8), (62, 211, "Excursión Damajagua", 8), (174, 211, "pax", 8), (215, 211, "3,900.00", 8),
              (265, 211, "4,914.00", 8), (305, 211, "27,300.00", 8),
              (165, 250, "Subtotal gravado", 8), (287, 250, "RD$ 39,228.00", 8), (165, 264, "ITBIS 18%", 8),
              (287, 264, "RD$ 7,061.04", 8), (165, 280, "Total a pagar", 9), (280, 280, "RD$ 46,289.04", 9),
              (392, 54, "e-ncf", 6), (392, 62, "E310000070952", 10), (392, 78, "fecha de emisión", 6),
              (392, 86, "26-04-2026", 10), (392, 126, "condición de pago", 6), (392, 134, "Crédito 30 días", 10),
              (392, 150, "código de cliente", 6), (392, 158, "CL-442", 10), (392, 176, "vendedor", 6),
              (392, 182, "Carolina Reyes", 10), (392, 198, "válida hasta (secuencia)", 6), (392, 206, "31-12-2027", 10)]


def test_a_dominican_e_cf_its_ids_its_tax_and_a_salesperson_among_keys_in_small_capitals():
    """The Dominican Republic's e-CF: "RNC" is the seller's tax id ("RNC cliente", the buyer's), "e-NCF" the invoice's
    number, "ITBIS 18%" the tax; a column priced "Precio RD$" is the unit price (the dollar sign with the country's
    letters is no word of the header); "vendedor" over "Carolina Reyes", one key of a sidebar of keys in small
    capitals each over its value, is the salesperson, not the vendor."""
    result = extract_invoice(rows_pdf(_DOMINICAN))
    assert result.value("vendor_name") == "Ámbar Tours & Excursiones, S.R.L."
    assert result.value("vendor_tax_id") == "197745064"
    assert result.value("invoice_number") == "E310000070952"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("39228.00", "7061.04", "46289.04")
    assert [(item.quantity, item.unit_price, item.amount) for item in result.line_items] == [
        (Decimal(2), Decimal("5964.00"), Decimal("11928.00")), (Decimal(7), Decimal("3900.00"), Decimal("27300.00"))]


_FOLIO = [(42, 28, "Alazani Valley Wine Hotel LLC", 14), (42, 52, "12 Tsinandali Road, Telavi 2200, Georgia", 8),
          (448, 28, "GUEST FOLIO", 12), (501, 51, "Tax invoice", 8),
          (42, 99, "Guest:", 8), (127, 99, "Ms. Anna Kowalska", 8), (371, 99, "Invoice No.:", 8),
          (450, 99, "INV-2026-194", 8), (42, 113, "Company PO:", 8), (127, 113, "CIT-3797", 8),
          (371, 113, "Invoice date:", 8), (450, 113, "25.02.2026", 8),
          (42, 198, "Date", 8), (110, 198, "Description", 8), (372, 198, "Qty", 8), (418, 198, "Unit price", 8),
          (497, 198, "Amount GEL", 8),
          (42, 215, "23.02", 8), (110, 215, "Room Deluxe Double – night", 8), (383, 215, "2", 8),
          (433, 215, "540.00", 8),
          (519, 215, "1,080.00", 8),
          (42, 230, "23.02", 8), (110, 230, "Qvevri workshop", 8), (383, 230, "2", 8), (433, 230, "117.00", 8),
          (524, 230, "234.00", 8),
          (343, 306, "Total charges", 8), (510, 306, "1,314.00", 8), (343, 321, "of which VAT 18%", 8),
          (522, 321, "200.44", 8), (343, 337, "Amount excluding VAT", 8), (514, 337, "1,113.56", 8),
          (343, 352, "Less advance deposit received", 8), (515, 352, "-657.00", 8),
          (343, 367, "Paid by card (Visa ****0902)", 8), (515, 367, "657.00", 8), (343, 383, "Balance", 8),
          (533, 383, "0.00", 8), (343, 400, "USD equivalent at NBG rate 2.8179: USD 466.31", 8),
          (42, 577, "All prices are in Georgian lari and include VAT 18%.", 8)]


def test_a_folio_settled_by_a_deposit_and_a_card_its_tax_of_which_and_a_foreign_counter_value():
    """A hotel's folio: "of which VAT 18%" is the tax; "Company PO" the buyer's order; the deposit and the card
    payment together make the gross over "Balance 0.00" (the gross is the total, not the balance); "USD 466.31", a
    counter-value at the national bank's rate on a page whose prices "are in Georgian lari", is no currency of the
    invoice's."""
    result = extract_invoice(rows_pdf(_FOLIO))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1113.56", "200.44", "1314.00")
    assert result.value("po_number") == "CIT-3797"
    assert result.value("currency") == "GEL"


def test_a_suppliers_ids_before_its_quoted_name_beside_its_heading_and_a_date_not_later_than():
    """A Kazakh счёт на оплату: "Поставщик:" beside "БИН / ИИН 210540012679, ТОО «Каспий Бурсервис», г. Актау" (its
    ids first, then its quoted name: the vendor, not the table's header under it); "Оплатить не позднее:" (to pay not
    later than) is the due date."""
    rows = [(37, 60, "Образец платежного поручения", 9), (37, 156, "Счет на оплату № 33 от 19 апреля 2025 г.", 12),
            (37, 187, "Поставщик:", 8), (133, 186, "БИН / ИИН 210540012679, ТОО «Каспий Бурсервис», г. Актау", 8),
            (37, 212, "Покупатель:", 8), (133, 211, "БИН / ИИН 130740935843, ТОО «Жетыбай Ойл Оперейтинг»", 8),
            (37, 226, "Оплатить не позднее:", 8), (133, 226, "31.05.2025", 8),
            (42, 252, "№", 8), (65, 252, "Код", 8), (116, 252, "Наименование", 8), (352, 252, "Кол-во", 8),
            (461, 252, "Цена", 8), (530, 252, "Сумма", 8),
            (44, 268, "1", 8), (65, 268, "094798", 8), (116, 268, "Услуги супервайзера бурения, сутки", 8),
            (371, 268, "22", 8), (446, 268, "91 280,00", 8), (509, 268, "2 008 160,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "ТОО «Каспий Бурсервис»"
    assert result.value("due_date") == "2025-05-31"


def test_a_letters_total_restated_in_words_and_figures_and_a_date_to_pay_by_on_the_next_line():
    """A French letter: "Arrêtée la présente facture à la somme de ... gourdes (885 379,00 HTG)" closes the invoice at
    its total, in words then in figures (the figures were read as "379.00"); "effectuer le règlement au plus tard le"
    ends its line, the date opening the next ("22 mai 2025") is the due date."""
    lines = ["Nous avons l'honneur de vous adresser notre facture n° BET/385/25 en date du",
             "7 mai 2025, relative aux prestations énumérées ci-dessous, pour un montant hors",
             "taxes de 804 890,00 gourdes, auquel s'ajoute la taxe sur le chiffre d'affaires.",
             "Arrêtée la présente facture à la somme de huit cent quatre-vingt-cinq mille trois",
             "cent soixante-dix-neuf gourdes (885 379,00 HTG), TCA comprise.",
             "Nous vous saurions gré de bien vouloir effectuer le règlement au plus tard le",
             "22 mai 2025, par virement au compte no 214-7388600 ouvert à la Banque Nationale."]
    rows = [(74, 45, "Bureau d'Études Techniques Bassin Bleu S.A.", 13), (74, 68, "Avenue Barranquilla, Jacmel", 8),
            (74, 198, "Jacmel, le 7 mai 2025", 10)]
    rows += [(74, 280 + 15 * k, text, 10) for k, text in enumerate(lines)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "885379.00"
    assert result.value("due_date") == "2025-05-22"


def test_a_suppliers_name_after_its_key_wrapped_under_a_heading_beside_the_buyers_and_a_stamp():
    """Bulgarian blocks side by side: "Доставчик" (the supplier) right of "Получател" (the recipient), its "Име:" (name)
    key with the name at its right, wrapped ("Шуменски машиностроителен" / "завод АД"); "ОРИГИНАЛ" (the original's
    stamp) is no vendor."""
    rows = [(297, 37, "ФАКТУРА", 14), (494, 37, "ОРИГИНАЛ", 10), (320, 63, "№ 0000000971", 10),
            (37, 80, "Дата на издаване: 24.06.2025 г.", 8),
            (43, 102, "Получател", 9), (43, 115, "Име:", 8), (142, 115, "Варна Шипярд Сървис ЕАД", 8),
            (43, 127, "ИН по ЗДДС:", 8), (142, 127, "BG688633431", 8),
            (303, 102, "Доставчик", 9), (303, 115, "Име:", 8), (403, 115, "Шуменски машиностроителен", 8),
            (403, 125, "завод АД", 8), (303, 136, "ИН по ЗДДС:", 8), (403, 136, "BG204783706", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Шуменски машиностроителен завод АД"


def test_a_sellers_name_key_level_with_the_buyers_and_a_lithuanian_credit_note():
    """"Pardavėjas" over "Pavadinimas: | UAB „Dzūkijos baldai“" with the buyer's "Pavadinimas: | UAB „Baltijos
    interjeras“" level with it at the right: the seller's name is its own column's (the buyer's had been joined to
    it); "KREDITINĖ PVM SĄSKAITA FAKTŪRA" is a credit note."""
    rows = [(135, 62, "KREDITINĖ PVM SĄSKAITA FAKTŪRA", 14), (236, 82, "Serija ir Nr.: ASK 065073", 9),
            (40, 120, "Pardavėjas", 9), (40, 133, "Pavadinimas:", 8), (133, 133, "UAB „Dzūkijos baldai“", 8),
            (40, 144, "PVM mokėtojo kodas:", 8), (133, 144, "LT144578311", 8),
            (298, 120, "Pirkėjas", 9), (298, 133, "Pavadinimas:", 8), (391, 133, "UAB „Baltijos interjeras“", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "UAB „Dzūkijos baldai“"
    assert result.value("document_type") == "credit_note"


def test_a_utility_bills_current_charges_before_vat_are_the_net():
    """An account summary: "Current charges excl. VAT" is the net, under a balance brought forward (the charges with
    the VAT, "Total current charges", had been read as the net)."""
    rows = [(34, 35, "Chepkoiben Fibre Networks Ltd", 14), (34, 104, "TAX INVOICE", 12),
            (295, 53, "Previous balance", 8), (514, 53, "8,214.42", 8), (295, 68, "Payments received, thank you", 8),
            (511, 68, "-6,968.42", 8), (295, 83, "Balance brought forward", 8), (514, 83, "1,246.00", 8),
            (295, 98, "Current charges excl. VAT", 8), (509, 98, "11,666.00", 8), (295, 113, "VAT @ 16%", 8),
            (514, 113, "1,866.56", 8), (295, 128, "Total current charges", 8), (504, 128, "13,532.56", 8),
            (295, 143, "TOTAL AMOUNT DUE", 9), (464, 143, "KES 14,778.56", 10)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax")) == ("11666.00", "1866.56")


def test_a_till_receipts_order_ticket_receipt_number_and_a_phone_shaped_like_an_ein():
    """A Malaysian till receipt: "No. Resit" numbers it; "Pesanan #822" (an order, the till's ticket) is no purchase
    order at 0.95; "No. Pendaftaran SST" is the tax id, and "Tel: 06-383 6426", two words that read as an EIN
    ("06-3836426"), is no id (an EIN prints whole)."""
    rows = [(55, 25, "Restoran Nyonya Jonker Sdn. Bhd.", 9), (46, 42, "No. 48, Jalan Hang Jebat, 75200 Melaka", 7),
            (85, 50, "Tel: 06-383 6426", 7), (41, 58, "No. Pendaftaran SST: M11-1809-32149096", 7),
            (83, 73, "RESIT / INVOIS", 9), (12, 84, "No. Resit", 8), (170, 84, "A01-011845", 8),
            (12, 94, "Tarikh", 8), (150, 94, "28/10/2026 20:43", 8), (12, 126, "Terminal", 8),
            (136, 126, "POS2 · Pesanan #822", 8), (12, 143, "Nasi Putih", 8), (12, 154, "6 x 2.80", 8),
            (195, 154, "16.80", 8), (12, 175, "Jumlah", 9), (192, 175, "16.80", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "A01-011845"
    assert result.value("vendor_tax_id") == "M11-1809-32149096"
    assert result.confidence("po_number") < 0.9


def test_a_credit_notes_sentence_naming_the_invoice_it_credits_and_a_zero_rate_box_beside_the_tax():
    """On a credit note, "creditering van factuur nr. 2025/0324 van 18/05/2025" names the credited invoice, not this
    note's number and date; a box "IVA 0% $0.00" beside "IVA 16% -$1,174.88" is not the tax (the zero, the last box
    on the row, had been, and the net recomputed from it)."""
    rows = [(25, 40, "Drukkerij Groeninge BV", 14), (201, 46, "CREDITNOTA", 16), (25, 145, "CREDITNOTANUMMER", 7),
            (25, 155, "CN2025-097", 9), (25, 176, "DATUM", 7), (25, 186, "4 juni 2025", 9),
            (201, 205, "Betreft: creditering van factuur nr. 2025/0324 van 18/05/2025 – drukfout op", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("invoice_number"), result.value("invoice_date")) == ("CN2025-097", "2025-06-04")
    boxes = [(34, 29, "Agroinsumos del Semidesierto, S.A. de C.V.", 14),
             (346, 32, "NOTA DE CRÉDITO (CFDI DE EGRESO)", 7), (346, 42, "Serie y folio", 8), (429, 42, "NC-606", 8),
             (77, 132, "Subtotal", 7), (62, 140, "-$11,157.00", 10), (174, 132, "IVA trasladado 16%", 7),
             (178, 140, "-$1,174.88", 10), (289, 132, "IVA trasladado 0%", 7), (304, 140, "$0.00", 10),
             (429, 132, "Total", 7), (403, 139, "-$12,331.88", 12), (519, 132, "Moneda", 7)]
    result = extract_invoice(rows_pdf(boxes))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == (
        "-11157.00", "-1174.88", "-12331.88")


def test_a_remittance_stubs_post_office_box_under_remit_to_is_no_vendor():
    """"REMIT TO:" over "P.O. Box 4462" on a utility bill's stub: a post box is an address, not the payee's name; the
    vendor is the letterhead's."""
    rows = [(88, 31, "Zenith City Waste & Recycling, Inc.", 14), (88, 50, "4120 W Michigan St", 8),
            (88, 62, "Duluth, MN 55807", 8), (397, 34, "TOTAL AMOUNT DUE", 8), (397, 47, "$832.61", 12),
            (42, 137, "SERVICE ADDRESS / BILL TO", 8), (42, 150, "Canal Park Brewing Company", 8),
            (42, 611, "Please detach and return this portion with your payment.", 7),
            (42, 646, "REMIT TO:", 8), (42, 658, "P.O. Box 4462", 8), (42, 670, "Duluth, MN 55808-8263", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Zenith City Waste & Recycling, Inc."


def test_a_vietnamese_services_amount_before_the_tax_is_the_net():
    """"Cộng tiền dịch vụ (Sub-total)": the services' amount, before the tax, as "Cộng tiền hàng" is the goods' (it had
    been read as the total, and the tax under it misread as 383.36)."""
    rows = [(196, 60, "CÔNG TY TNHH KHÁCH SẠN BIỂN XANH NHA TRANG", 10), (206, 94, "HÓA ĐƠN THANH TOÁN", 12),
            (318, 368, "Cộng tiền dịch vụ (Sub-total):", 8), (508, 368, "4.792.000", 8),
            (318, 382, "Thuế GTGT (VAT) 8%:", 8), (516, 382, "383.360", 8),
            (318, 396, "Tổng cộng thanh toán (Total):", 8), (478, 396, "5.175.360 VND", 8),
            (37, 394, "Tỷ giá (Exchange rate): 1 USD = 25,628 VND", 7),
            (37, 403, "Quy đổi (Equivalent): USD 201.94", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("4792000", "383360.00", "5175360")


def test_a_name_wrapped_above_its_key_under_a_heading_alone_on_its_line():
    """"Verkäufer" alone on its line, its "Name:" key level with the name's second line ("MVM Musterhafter" /
    "Name: | Versicherungsverein Musterstadt a.G."): the whole name, its value's column far right of the heading (the
    guard that keeps a buyer's column out must not cut it)."""
    rows = [(65, 52, "Rechnung des Versicherers Nr. 00.123.456.7-2018-1 vom 11.03.2018", 10),
            (70, 162, "Verkäufer", 10), (70, 180, "Nummer:", 9), (261, 180, "549910", 9),
            (261, 198, "MVM Musterhafter", 9), (70, 210, "Name:", 9),
            (261, 210, "Versicherungsverein Musterstadt a.G.", 9),
            (70, 240, "Anschrift:", 9), (261, 240, "Musterstr. 12", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "MVM Musterhafter Versicherungsverein Musterstadt a.G."
