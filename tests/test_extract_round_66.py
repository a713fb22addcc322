"""Readings met on new blind invoices, each with a PDF built here: Israel's licensed dealer's number ("עוסק מורשה")
and due date ("תאריך פירעון") on a right-to-left page, a letter's paragraph right under its items, and a justified
line whose every word is a cell of its own."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from countersign.extraction.fallbacks import sentence_facts
from countersign.extraction.labels import label_matches
from countersign.extraction.layout import Word
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf
from tests.test_extract_right_to_left_labels import _page


def test_a_licensed_dealers_number_and_a_due_date_above_its_value_beside_a_tables_row_number():
    """A right sidebar of labels above their values ("תאריך פירעון" over "11/03/2025") with the items' table at its
    left, an item's row number level with a label: that number is no value of the label's (it had been read as the
    payment terms, and the due date under the label was lost). The letterhead's "עוסק מורשה / ח.פ. 519359335" (a
    licensed dealer / company no.) is the vendor's tax id."""
    rows = [(420, 30, "מס חשבונית", 14), (40, 30, 'בע"מ מיזוג מערכות אשקלון', 12),
            (40, 50, "519359335 ח.פ. / מורשה עוסק", 8),
            (480, 80, "חשבונית מספר", 8), (480, 92, "25354", 8),
            (480, 110, "הפקה תאריך", 8), (480, 122, "10/01/2025", 8),
            (300, 110, "הפריט תיאור", 8), (40, 110, "סה\"כ", 8),
            (380, 130, "1", 8), (300, 130, "נחושת צנרת", 8), (40, 130, "5,782.00", 8),
            (480, 140, "פירעון תאריך", 8), (380, 140, "2", 8), (300, 140, "מפוח", 8), (40, 140, "57,770.00", 8),
            (480, 152, "11/03/2025", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("vendor_tax_id") == "519359335"
    assert result.confidence("vendor_tax_id") >= 0.8  # under its label (with no label known it was a guess)
    assert result.value("due_date") == "2025-03-11"
    assert result.value("invoice_date") == "2025-01-10"


LETTER = [(57, 40, "Mucuripe Engenharia de Manutenção Ltda.", 12),
          (57, 58, "Rua Frederico Borges, 410, Fortaleza – CE · CNPJ 30.530.302/0001-32", 8),
          (372, 96, "Fortaleza, 9 de setembro de 2025.", 9),
          (57, 120, "Encaminhamos a V. Sa. a nossa Fatura nº FAT-7499, emitida em 09/09/2025, referente aos", 9),
          (57, 134, "serviços prestados no período de 01/08/2025 a 31/08/2025.", 9),
          (59, 160, "Descrição", 9), (318, 160, "Quantidade", 9), (386, 160, "Valor unitário", 9),
          (467, 160, "Valor", 9),
          (59, 176, "termografias de painéis elétricos", 9), (376, 176, "5", 9), (415, 176, "R$ 893,59", 9),
          (481, 176, "R$ 4.467,95", 9),
          (59, 191, "visitas de manutenção preventiva", 9), (376, 191, "5", 9), (407, 191, "R$ 4.025,66", 9),
          (476, 191, "R$ 20.128,30", 9),
          (57, 205, "O valor total da presente fatura é de R$ 24.596,25 (vinte e quatro mil quinhentos e noventa", 9),
          (57, 219, "e seis reais e vinte e cinco centavos), já incluído o ISS à alíquota de 5%, devido ao", 9),
          (57, 233, "Município de Fortaleza.", 9),
          (57, 254, "O pagamento é devido contra a apresentação desta fatura.", 9)]


def test_a_paragraph_right_under_the_items_is_no_items_wrapped_text():
    """A letter's sentence runs across the table's numeric columns right under its last item: the table has ended (it
    had taken the paragraph as the last item's wrapped description, and with it the sentence's total)."""
    result = extract_invoice(rows_pdf(LETTER))
    assert [item.description for item in result.line_items] == [
        "termografias de painéis elétricos", "visitas de manutenção preventiva"]
    assert result.value("total") == "24596.25"


def test_a_wrapped_description_under_an_item_stays_the_items():
    """(An item's description wrapped onto the next line, in its own column, is still the item's.)"""
    rows = LETTER[:-4] + [(59, 203, "em subestação", 9), (57, 240, "Total R$ 24.596,25", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.line_items[-1].description == "visitas de manutenção preventiva em subestação"


def _justified(x: float, y: float, text: str, gap: float = 5.5, size: int = 9) -> list[tuple[float, float, str, int]]:
    """A line's words `gap` apart (twice a space's width), each its own row: a justified paragraph's line."""
    font = pymupdf.Font(fontfile=FONT)
    rows = []
    for word in text.split():
        rows.append((x, y, word, size))
        x += font.text_length(word, size) + gap
    return rows


def test_a_date_after_its_label_on_a_justified_line_whose_words_stand_apart():
    """"emitida em 23 de outubro de 2026," on a justified line, each word set apart from the next: the date after
    the label is the invoice's, not the period's date on the line under it."""
    rows = [(57, 40, "Jangada Consultoria Ambiental Ltda.", 12), (57, 56, "CNPJ 62.758.154/0001-02", 8)]
    rows += _justified(57, 120, "Encaminhamos a nossa Fatura nº 2026/0411, emitida em 23 de outubro de 2026,")
    rows += _justified(57, 134, "referente aos serviços prestados no período 01/09/2026 a 30/09/2026. Os serviços")
    rows += [(57, 160, "O valor total da presente fatura é de R$ 38.774,00 (trinta e oito mil setecentos e", 9),
             (57, 174, "setenta e quatro reais), já incluído o ISS.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2026-10-23"


def test_a_russian_invoices_items_under_the_goods_names_and_the_price_in_roubles():
    """"Наименование товаров, услуг | Кол-во | Цена, руб. | Сумма без НДС | НДС 20% | Всего с НДС": the goods' names,
    the price in roubles and the amount with its VAT head the items' table; its sum row ("Всего по счету:") is no item.
    Unread, the header's "Всего с НДС" had been read as the total's label over the first item's amount (and the tax
    and net at its left, whose sum it is, at 0.97)."""
    head = [(30, 200, "№", 8), (54, 200, "Наименование товаров, услуг", 8), (196, 200, "Ед.", 8),
            (233, 200, "Кол-во", 8), (285, 200, "Цена, руб.", 8), (350, 200, "Сумма без НДС", 8),
            (448, 200, "НДС 20%", 8), (514, 200, "Всего с НДС", 8)]
    items = [("1", "Семена ячменя", "т", "39", "1 797,81", "70 114,59", "14 022,92", "84 137,51"),
             ("2", "Перевозка грузов", "рейс", "3", "741,41", "2 224,23", "444,85", "2 669,08"),
             ("3", "Опора СВ-110", "шт", "25", "532,89", "13 322,25", "2 664,45", "15 986,70")]
    rows = [(25, 20, "ООО «Бобруйский Агроснаб»", 12), (25, 42, "СЧЕТ-ФАКТУРА № 673 от 9 апреля 2025 г.", 10),
            (30, 82, "УНП поставщика", 8), (30, 92, "704872999", 8)] + head
    for i, cells in enumerate(items):
        y = 218 + 16 * i
        rows += [(x, y, text, 8) for x, text in zip((38, 54, 196, 254, 298, 378, 449, 528), cells, strict=True)]
    rows += [(31, 270, "Всего по счету:", 8), (374, 270, "85 661,07", 8), (445, 270, "17 132,22", 8),
             (519, 270, "102 793,29", 8),
             (25, 300, "Всего к оплате: 102 793,29 бел. руб., в том числе НДС 20% — 17 132,22 бел. руб.", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [(item.quantity, item.amount) for item in result.line_items] == [
        (Decimal("39"), Decimal("70114.59")), (Decimal("3"), Decimal("2224.23")), (Decimal("25"), Decimal("13322.25"))]
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("85661.07", "17132.22",
                                                                                       "102793.29")


def test_indonesias_sellers_npwp_above_its_value_and_the_buyers_under_ditagihkan_kepada():
    """"NPWP PENJUAL" (the seller's tax id) over its value in a grid of labels; the block under "DITAGIHKAN KEPADA"
    (billed to) is the buyer's, and its "NPWP: ..." is not the vendor's (it had been read at 0.95)."""
    rows = [(82, 28, "PT Mahakam Teknik Mandiri", 12), (82, 47, "Jl. Ir. H. Juanda No. 88, Samarinda 75124", 8),
            (492, 28, "FAKTUR", 14),
            (41, 83, "NOMOR FAKTUR", 7), (41, 96, "INV/MTM/2025/01/0429", 8), (217, 83, "TANGGAL", 7),
            (217, 96, "8 Januari 2025", 8), (444, 83, "NPWP PENJUAL", 7), (444, 96, "31.143.220.7-882.000", 8),
            (41, 165, "DITAGIHKAN KEPADA", 7), (41, 178, "PT Batubara Kutai Sejahtera", 8),
            (41, 191, "Jl. Poros Samarinda – Tenggarong Km 12", 8), (41, 205, "NPWP: 03.591.733.5-644.000", 8),
            (43, 248, "URAIAN BARANG / JASA", 7), (318, 248, "KUANTITAS", 7), (408, 248, "HARGA SATUAN", 7),
            (512, 248, "JUMLAH", 7), (68, 267, "Hydraulic pump", 8), (352, 267, "1", 8), (438, 267, "58.165.000", 8),
            (514, 267, "58.165.000", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "31.143.220.7-882.000"
    assert label_matches("NPWP Pembeli") == ()  # the buyer's


def test_a_label_inside_a_sentence_takes_no_value_from_the_sentences_next_line():
    """"... en atención a su Orden de Servicio N.°" ends a justified line of a letter; the next line goes on with the
    sentence ("OS-2026-0912, remitirles la Factura ... emitida el 29 de enero de"), and what stands under the label is
    no order number (it had read "el 29" at 0.90)."""
    rows = [(57, 40, "Transportes y Servicios Mantaro S.A.C.", 12), (57, 58, "RUC 20225433969 · Huancayo", 8)]
    rows += _justified(57, 268, "Por medio de la presente nos es grato saludarlos y, en atención a su Orden de "
                                "Servicio N.°")
    rows += [(57, 282, "OS-2026-0912, remitirles la", 9), (190, 282, "Factura Electrónica F001-00049705", 9),
             (352, 282, ", emitida el 29 de enero de", 9)]  # (the invoice's number in bold)
    rows += [(57, 296, "2026, por los servicios de transporte de carga prestados.", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("po_number") in (None, "OS-2026-0912")


def test_a_row_of_labels_in_sentence_case_over_their_values_is_no_sentence():
    """(Labels set apart from one another over their values, "Value excluding sales tax | Sales tax @ 18% | Value
    including sales tax | Balance payable", are read as before.)"""
    rows = [(37, 37, "Khyber Marble & Granite Industries (Pvt.) Ltd", 12), (455, 49, "SALES TAX INVOICE", 12),
            (46, 101, "Value excluding sales tax", 7), (46, 111, "Rs. 824,295.00", 8),
            (150, 101, "Sales tax @ 18%", 7), (150, 111, "Rs. 148,373.10", 8),
            (220, 101, "Value including sales tax", 7), (220, 111, "Rs. 972,668.10", 8),
            (320, 101, "Balance payable", 7), (320, 111, "Rs. 583,600.86", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == (
        "824295.00", "148373.10", "972668.10")


def test_a_tills_salesperson_among_its_keys_is_no_vendor():
    """"Caisse : 03" over "Vendeur : Rachid" on a pharmacy's till roll: the salesperson, a key among the till's, is
    neither the vendor (it had been read at 0.85) nor the heading of a block whose first line (an item) names it."""
    rows = [(68, 11, "Pharmacie Lixus", 11), (47, 41, "12, Avenue Mohammed V, Larache", 8),
            (67, 57, "ICE : 320800644182009", 8), (78, 89, "TICKET DE CAISSE", 9), (11, 97, "Ticket N° :", 8),
            (189, 97, "024762", 8), (11, 105, "Date :", 8), (145, 105, "15/04/2026 18:37", 8), (11, 114, "Caisse :", 8),
            (207, 114, "03", 8), (11, 122, "Vendeur :", 8), (189, 122, "Rachid", 8),
            (11, 137, "VITAMINE C 1000 EFFERV. T/20", 8), (11, 145, "3 x 29,40", 8), (194, 145, "88,20", 8),
            (11, 154, "SMECTA SACHETS B/30", 8), (11, 162, "1 x 53,50", 8), (194, 162, "53,50", 8),
            (11, 180, "TOTAL TTC", 8), (162, 180, "141,70 DH", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Pharmacie Lixus"


def test_a_seller_heading_alone_on_its_line_names_the_text_under_it_not_a_sidebars():
    """"Dodavatel" (the supplier) alone on its line, the name under it, and a right sidebar's label level with the
    line between them: the name is the one under the heading ("VARIABILNÍ SYMBOL" had been read at 0.85)."""
    rows = [(37, 34, "FAKTURA – DAŇOVÝ DOKLAD", 14), (422, 40, "ČÍSLO DOKLADU", 7), (422, 49, "20250460", 9),
            (37, 62, "Dodavatel", 8), (422, 70, "VARIABILNÍ SYMBOL", 7), (37, 74, "ZLÍNSKÁ OBUVNICKÁ s.r.o.", 10),
            (422, 80, "20250460", 9), (37, 89, "třída Tomáše Bati 1970, 760 01 Zlín", 8),
            (37, 102, "IČO: 59159910    DIČ: CZ59159910", 8), (37, 142, "Odběratel", 8),
            (37, 153, "Obuv Morava, s.r.o.", 10), (37, 180, "IČO: 62774034    DIČ: CZ62774034", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "ZLÍNSKÁ OBUVNICKÁ s.r.o."


def test_a_firms_trade_after_its_quoted_name_is_no_part_of_the_name():
    """"Постачальник: ТОВ «Тетерів-Буд», будівельні матеріали": the supplier, then its trade in lower case."""
    rows = [(114, 40, "Рахунок на оплату № 787 від 16 вересня 2026 р.", 12),
            (37, 80, "Постачальник:", 8), (110, 80, "ТОВ «Тетерів-Буд», будівельні матеріали", 8),
            (37, 96, "Покупець:", 8), (110, 96, "ПП «Полісся», вул. Київська, 12, Житомир", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "ТОВ «Тетерів-Буд»"


VICENZA = [(68, 52, "Palladio Restauri S.r.l.", 14), (68, 85, "Viale Margherita 44, 36100 Vicenza", 8),
           (311, 116, "Spett.le", 9), (311, 129, "Fondazione Villa Valmarana", 9),
           (311, 143, "Via dei Nani 8, Vicenza", 9),
           (68, 199, "Vicenza, 18 marzo 2025", 9),
           (68, 259, "con la presente Vi trasmettiamo in copia di cortesia la fattura n. FPR 769/25 del 18 marzo", 9),
           (68, 273, "2025, relativa alle lavorazioni di restauro svolte. Il documento è quello trasmesso (codice", 9),
           (68, 287, "destinatario ZK1083B).", 9),
           (82, 308, "Descrizione", 9), (282, 308, "Quantità", 9), (330, 308, "Prezzo unitario", 9),
           (419, 308, "Importo", 9),
           (82, 324, "Metri quadrati di consolidamento intonaci", 9), (310, 324, "95", 9), (365, 324, "€ 70,00", 9),
           (406, 324, "€ 6.650,00", 9),
           (82, 340, "Giornate di ponteggio mobile", 9), (310, 340, "17", 9), (365, 340, "€ 66,75", 9),
           (406, 340, "€ 1.134,75", 9),
           (68, 362, "L'imponibile ammonta a € 7.784,75; l'IVA al 22% è pari a € 1.712,65, per un totale fattura",
            9),
           (68, 376, "di € 9.497,40.", 9),
           (68, 396, "Il pagamento è previsto a vista, al ricevimento della presente, mediante bonifico bancario.", 9)]


def test_a_letters_sums_a_verb_of_amounting_names_and_a_sentences_wrapped_word_heads_no_block():
    """"L'imponibile ammonta a € 7.784,75": one word of the net, then a verb of amounting to, names the sum; and
    "destinatario" (a recipient: a buyer's heading) opening the line a sentence wrapped onto heads no buyer's block
    (the block had taken the items and the sums under it). "fattura n. FPR 769/25 del 18 marzo 2025": the number,
    its prefix after the number's mark, and the date."""
    result = extract_invoice(rows_pdf(VICENZA))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("7784.75", "1712.65", "9497.40")
    assert (result.value("invoice_number"), result.value("invoice_date")) == ("FPR 769/25", "2025-03-18")


def test_a_reversed_invoices_number_without_a_mark_takes_no_prefix():
    """(A credit note's "Storno la factura: PP 7463 din 07.01.2026" names the invoice it reverses: with no number's
    mark after the document's word, a word without a digit is no number's prefix.)"""
    def words(text: str) -> list[Word]:
        return [Word(1, 10.0 * k, 0.0, 10.0 * k + 8, 9.0, t, k) for k, t in enumerate(text.split())]

    number, day = sentence_facts(words("Storno la factura: PP 7463 din 07.01.2026"))
    assert (number, day) == (None, None)
    number, day = sentence_facts(words("la fattura n. FPR 769/25 del 18 marzo 2025, relativa"))
    assert (number[0], day[0]) == ("FPR 769/25", "2025-03-18")


def _table(rows: list[tuple[float, str, str, str, str]], extra: list = ()) -> bytes:
    """A vendor, an invoice's facts and a table (description, quantity, unit price, amount) with `rows` at their y."""
    lines = [(40, 30, "Lieferant GmbH", 14), (40, 60, "Rechnung Nr. 471", 10), (40, 74, "Datum: 01.03.2018", 9),
             (60, 120, "Description", 9), (300, 120, "Quantity", 9), (380, 120, "Unit price", 9),
             (470, 120, "Amount", 9)]
    for y, desc, qty, price, amount in rows:
        lines += [(60, y, desc, 9), (320, y, qty, 9), (390, y, price, 9), (480, y, amount, 9)]
    return rows_pdf(lines + list(extra))


def test_a_paragraph_across_the_columns_with_priced_items_after_it_ends_no_table():
    """(Text across the numeric columns between items, "Wir erlauben uns Ihnen folgende Positionen aus der Lieferung
    ... in Rechnung zu stellen:", then more priced items: the table goes on.)"""
    data = _table([(138, "Kunstrasen grün 3m", "3", "3,50", "10,50"), (210, "Schweinesteak", "5", "5,50", "27,50")],
                  [(60, 152, "Wir erlauben uns Ihnen folgende Positionen aus der Lieferung Nr. 2018-51112 in", 9),
                   (60, 164, "Rechnung zu stellen:", 9), (60, 178, "300cm x 100 cm", 9), (60, 192, "Nr. 2", 9)])
    assert [item.amount for item in extract_invoice(data).line_items] == [Decimal("10.50"), Decimal("27.50")]


def test_a_groups_subtotal_priced_as_an_item_stays_an_item():
    """("Subtotal hardware | 1 | 1050.00 | 1050.00" over its sub-lines: a group's line, priced as an item, is one; a
    total's row without a quantity and a price that sums the rows above is none.)"""
    data = _table([(138, "Laser printer B/W", "2", "300.00", "600.00"), (152, "Ink printer color", "3", "150.00",
                                                                            "450.00"),
                   (166, "Subtotal hardware", "1", "1050.00", "1050.00"), (180, "Toner", "3", "120.00", "360.00")])
    assert len(extract_invoice(data).line_items) == 4


def test_a_forms_row_of_column_numbers_under_its_header_is_no_item():
    """"1 | 2 | ... | 9" under a Kazakh счёт-фактура's header numbers its columns: no item (and the items' sum under
    them, "Всего по счету:", is none either)."""
    rows = [(40, 30, "ТОО «Шымкент Снаб»", 14), (40, 60, "СЧЕТ-ФАКТУРА № 471 от 01.03.2026", 10),
            (32, 203, "№", 7), (52, 203, "Наименование товаров", 7), (69, 211, "(работ, услуг)", 7),
            (161, 203, "Ед.", 7), (159, 211, "изм.", 7), (188, 203, "Кол-", 7), (192, 211, "во", 7),
            (223, 203, "Цена (тариф) за", 7),
            (225, 211, "единицу, тенге", 7), (302, 203, "Стоимость без НДС,", 7), (329, 211, "тенге", 7),
            (393, 203, "НДС", 7), (388, 211, "ставка", 7), (429, 203, "НДС сумма", 7), (492, 203, "Всего стоимость", 7),
            (501, 211, "реализации", 7)]
    rows += [(x, 223, str(k), 7) for k, x in enumerate((33, 94, 165, 194, 252, 337, 399, 448, 521), start=1)]
    for y, pos, name, qty, price, net, tax, gross in (
            (235, "1", "Цемент ПЦ 400 Д20, 50 кг", "544", "2 400,00", "1 305 600,00", "208 896,00", "1 514 496,00"),
            (247, "2", "Мука пшеничная", "85", "12 438,00", "1 057 230,00", "169 156,80", "1 226 386,80")):
        rows += [(34, y, pos, 7), (44, y, name, 7), (153, y, "мешок", 7), (193, y, qty, 7), (259, y, price, 7),
                 (330, y, net, 7), (403, y, "16%", 7), (435, y, tax, 7), (517, y, gross, 7)]
    rows += [(44, 263, "Всего по счету:", 7), (325, 263, "2 362 830,00", 7), (424, 263, "378 052,80", 7),
             (512, 263, "2 740 882,80", 7)]
    assert [item.amount for item in extract_invoice(rows_pdf(rows)).line_items] == [
        Decimal("1305600.00"), Decimal("1057230.00")]


def test_a_rolls_row_whose_text_runs_over_the_columns_above_its_amount_stays_an_item():
    """(On a till's roll each item's text stands over its numbers; a discount's text that runs across the columns,
    its amount on the next line, is still an item, not the table's end.)"""
    rows = [(11, 20, "Konoba Zadar d.o.o.", 10), (11, 40, "Račun br. 118/1/1", 8), (11, 50, "Datum: 12.05.2025", 8),
            (11, 90, "Artikl", 8), (86, 90, "Kol.", 8), (133, 90, "Cijena", 8), (194, 90, "Iznos", 8),
            (11, 99, "Riblja plata za 2 osobe", 8), (11, 107, "13%", 8), (100, 107, "3", 8), (138, 107, "50,70", 8),
            (189, 107, "152,10", 8), (11, 115, "Crni rižot", 8), (11, 124, "13%", 8), (100, 124, "2", 8),
            (138, 124, "15,60", 8), (194, 124, "31,20", 8),
            (11, 132, "Popust 10% – Riblja plata za 2 osobe", 8), (11, 140, "13%", 8), (189, 140, "-15,21", 8),
            (11, 154, "UKUPNO EUR", 9), (180, 154, "168,09", 9)]
    assert [item.amount for item in extract_invoice(rows_pdf(rows)).line_items][-1] == Decimal("-15.21")
