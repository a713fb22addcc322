"""Readings met on new blind invoices, each with a PDF built here: a Jamaican invoice whose gross stands above its
discount and tax, business letters in Spanish and Albanian that state their sums in whole amounts grouped in one word,
a Turkish till roll, a Bulgarian utility bill with a bank's paying-in slip, a Brazilian bill's ICMS, a counter-value
in dollars beside an exchange rate on a page of meticais, a sidebar's label in small capitals."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_gross_above_the_discount_and_the_tax_is_no_total():
    """"Gross Amount" (the lines' sum) over "Less Trade Discount", "Sub-Total", "GCT @ 15%" (Jamaica's tax) and "TOTAL
    DUE J$": the total is the last, for which net + tax == total."""
    rows = [(40, 30, "Clarendon Farm & Hardware Supplies Ltd", 13),
            (40, 50, "Main Street, May Pen · TRN 351-350-157", 8),
            (40, 100, "INVOICE", 14), (330, 100, "Invoice No.", 8), (420, 100, "INV135601", 8),
            (40, 150, "Description", 8), (480, 150, "Amount", 8),
            (40, 166, "Machete 18 in", 8), (480, 166, "12,050.00", 8),
            (40, 180, "Steel bar 3/8 in", 8), (480, 180, "117,600.00", 8),
            (40, 220, "Gross Amount", 9), (225, 220, "129,650.00", 9),
            (40, 236, "Less Trade Discount 5%", 9), (227, 236, "-6,482.50", 9),
            (40, 252, "Sub-Total", 9), (225, 252, "123,167.50", 9),
            (40, 268, "GCT @ 15%", 9), (229, 268, "18,475.13", 9),
            (40, 284, "TOTAL DUE J$", 9), (225, 284, "141,642.63", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == (
        "123167.50", "18475.13", "141642.63")
    assert invoice.confidence("total") >= 0.9


_LETTER_PY = [
    (57, 45, "Yerbatera Guaireña S.A.", 15), (57, 65, "Ruta PY08 km 171, Villarrica · RUC 80021486-2", 8),
    (360, 95, "Villarrica, 30 de septiembre de 2025", 10),
    (57, 115, "Señores", 10), (57, 127, "Supermercados La Guaireña S.A.", 10), (57, 139, "Asunción", 10),
    (57, 221, "Por medio de la presente nos dirigimos a ustedes a fin de remitirles la factura N° 001-002-", 10),
    (57, 236, "4207051, de fecha 30 de septiembre de 2025, emitida a crédito conforme a su orden de compra", 10),
    (57, 250, "N° 4044, correspondiente a los bienes y servicios entregados en fecha 28 de septiembre de 2025.", 10),
    (57, 350, "El importe total de la factura asciende a Gs. 25.068.500 (guaraníes veinticinco millones sesenta", 10),
    (57, 364, "y ocho mil quinientos), que corresponde a un monto neto de Gs. 23.825.238 sin impuestos más la", 10),
    (57, 378, "liquidación del IVA por Gs. 1.243.262, de los cuales Gs. 1.139.262 corresponden al IVA 5 % y Gs.", 10),
    (57, 392, "104.000 al IVA 10 %.", 10),
    (57, 414, "Les solicitamos cancelar el importe a más tardar el 14 de noviembre de 2025, mediante", 10),
    (57, 428, "transferencia a nuestra cuenta corriente N° 265-754060/2 del Banco Nacional de Fomento.", 10),
]


def test_a_letters_sums_in_whole_guaranies_after_their_sign():
    """"asciende a Gs. 25.068.500", "un monto neto de Gs. 23.825.238": whole amounts grouped by dots in one word,
    their money's sign before them; the tax is the amount the paragraph states that makes the sum hold."""
    invoice = extract_invoice(rows_pdf(_LETTER_PY))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == (
        "23825238", "1243262", "25068500")


def test_a_spanish_letter_asks_to_settle_the_sum_at_the_latest_by_a_day():
    """"cancelar el importe a más tardar el 14 de noviembre de 2025": the due date."""
    assert extract_invoice(rows_pdf(_LETTER_PY)).value("due_date") == "2025-11-14"


def test_a_sentences_order_its_mark_and_number_on_the_next_line():
    """"... conforme a su orden de compra" / "N° 4044, ...": the number's mark opens the next line."""
    assert extract_invoice(rows_pdf(_LETTER_PY)).value("po_number") == "4044"


def test_a_number_cut_at_a_paragraphs_line_end_goes_on_at_the_next_lines_start():
    """"la factura N° 001-002-" / "4207051, de fecha ...": in running text the number goes on at the next line's
    start, not with the word under it."""
    assert extract_invoice(rows_pdf(_LETTER_PY)).value("invoice_number") == "001-002-4207051"


def test_a_number_cut_in_a_right_hand_box_goes_on_under_it():
    """"RAČUN br. RN-2025-" over "0138" at the right, level with the letterhead's lines: not a paragraph's line."""
    rows = [(37, 35, "Prevodilački centar ADRIA d.o.o.", 13), (388, 35, "RAČUN br. RN-2025-", 12),
            (37, 53, "Njegoševa 14, 85330 Kotor", 8), (516, 53, "0138", 12),
            (37, 73, "PIB: 02629909 · PDV broj: 30/31-91548-4", 8),
            (360, 74, "Datum izdavanja: 26.05.2025.", 9)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "RN-2025-0138"


def test_an_albanian_letters_sums_and_its_day_to_pay_by():
    """"Vlera e shërbimeve pa TVSH arrin në 676.200 lekë" (the services' value without VAT amounts to), "vlera totale
    e faturës me TVSH është 811.440 lekë" (is), the tax stated between them; "ta paguani shumën jo më vonë se më 15
    korrik 2026" (pay not later than)."""
    rows = [(65, 45, "Liqeni Konsulting sh.p.k.", 15), (65, 65, "Rruga Rinia, Pallati 4, Pogradec 7301", 8),
            (65, 78, "NIPT M21860441P · Tel. +355 83 102 248", 8), (380, 108, "Pogradec, më 15 qershor 2026", 10),
            (65, 196, "Lënda: Faturë tatimore nr. 381/2026", 10),
            (65, 393, "Vlera e shërbimeve pa TVSH arrin në 676.200 lekë. Mbi këtë vlerë llogaritet TVSH me", 10),
            (65, 407, "normën 20 %, në shumën 135.240 lekë, dhe vlera totale e faturës me TVSH është 811.440", 10),
            (65, 421, "lekë (tetëqind e njëmbëdhjetë mijë e katërqind e dyzet lekë).", 10),
            (65, 444, "Ju lutemi ta paguani shumën jo më vonë se më 15 korrik 2026, në llogarinë tonë në", 10),
            (65, 458, "Credins Bank, duke cituar numrin e faturës.", 10)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("subtotal"), invoice.value("tax"), invoice.value("total")) == ("676200", "135240", "811440")
    assert invoice.value("due_date") == "2026-07-15"


def test_a_turkish_till_rolls_labels_in_capitals_and_its_tax_id_after_the_tax_office():
    """"TARİH" and "FİŞ NO" (Turkish capital İ lowers to i and a combining dot), and "Tınaztepe V.D. VKN: 6430666032"
    (the tax office's name, then the tax id's label inside the segment)."""
    rows = [(38, 19, "KOCATEPE ŞARKÜTERİ GIDA LTD. ŞTİ.", 8), (15, 27, "Dumlupınar Mah. Kurtuluş Cad. No:41", 7),
            (45, 52, "Tınaztepe V.D. VKN: 6430666032", 7), (52, 60, "MERSİS NO: 0643066603200044", 7),
            (11, 75, "TARİH : 14/09/2026", 7), (161, 75, "SAAT : 15:07", 7),
            (11, 84, "FİŞ NO : 0147", 7), (166, 84, "Z NO : 1287", 7),
            (11, 110, "KOLA 1 LT", 7), (161, 110, "*256,25", 7),
            (11, 130, "TOPLAM", 8), (150, 130, "*256,25", 8)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("vendor_tax_id"), invoice.value("invoice_number"), invoice.value("invoice_date")) == (
        "6430666032", "0147", "2026-09-14")


def test_a_bulgarian_bills_seller_and_its_paying_in_slips_payee():
    """"Сливен Нет ЕООД" (a Bulgarian legal form) over "ФАКТУРА – ОРИГИНАЛ" (the title and its copy's word); the
    bank's paying-in slip ("ТАЛОН ЗА ПЛАЩАНЕ") names it again as "Получател" (the recipient): the payee, not the buyer
    the invoice's own "Получател" names."""
    rows = [(37, 26, "Сливен Нет ЕООД", 16), (37, 44, "гр. Сливен 8800, бул. „Хаджи Димитър“ № 27 · интернет", 8),
            (37, 55, "ЕИК 118894046 · ИН по ДДС BG118894046 · тел. 044 958 563", 8),
            (385, 28, "СУМА ЗА ПЛАЩАНЕ", 9), (476, 43, "153,16 €", 13),
            (37, 80, "ФАКТУРА – ОРИГИНАЛ", 13),
            (37, 120, "Фактура №: 0002348803", 9), (37, 135, "Дата на издаване: 17.01.2026", 9),
            (42, 252, "Получател", 8), (42, 264, "Хотел „Национал“ ООД", 9),
            (42, 278, "гр. Сливен, пл. „Хаджи Димитър“ № 1 · ЕИК 205768899", 8),
            (286, 390, "Данъчна основа", 9), (520, 390, "127,63 €", 9),
            (286, 404, "ДДС 20 %", 9), (525, 404, "25,53 €", 9),
            (286, 418, "Общо по фактурата", 9), (516, 418, "153,16 €", 9),
            (45, 641, "ТАЛОН ЗА ПЛАЩАНЕ / ВНОСНА БЕЛЕЖКА", 10),
            (45, 661, "Получател", 9), (167, 661, "Сливен Нет ЕООД", 9),
            (45, 680, "IBAN на получателя", 9), (167, 680, "BG04 BPBI 7670 1021 2448 62", 9)]
    invoice = extract_invoice(rows_pdf(rows))
    assert invoice.value("vendor_name") == "Сливен Нет ЕООД"
    assert invoice.confidence("vendor_name") >= 0.9


def test_a_brazilian_bills_icms_is_its_tax():
    """"Valor do ICMS | 36,89" beside "Base de cálculo do ICMS" (the ICMS included in the prices): the tax."""
    rows = [(37, 30, "MantiqueiraNet", 16),
            (37, 52, "Mantiqueira Fibra Telecomunicações Ltda. · CNPJ 67.054.185/0001-98", 8),
            (45, 83, "Total a pagar", 9), (45, 91, "R$ 204,92", 12), (219, 83, "Vencimento", 9),
            (219, 91, "10/10/2026", 12), (37, 270, "Demonstrativo de serviços", 9),
            (40, 286, "Descrição", 8), (343, 286, "Qtd.", 8), (381, 286, "Valor unit. (R$)", 8),
            (488, 286, "Valor (R$)", 8)]
    for i, (text, qty, unit, amount) in enumerate([("Plano Fibra 500 Mega", "1", "139,82", "139,82"),
                                                   ("Aluguel de roteador Wi-Fi 6", "1", "10,19", "10,19"),
                                                   ("IP fixo", "1", "27,90", "27,90"),
                                                   ("Ponto adicional Wi-Fi mesh", "2", "18,90", "37,80")]):
        rows += [(40, 298 + 14 * i, text, 8), (370, 298 + 14 * i, qty, 8), (455, 298 + 14 * i, unit, 8),
                 (529, 298 + 14 * i, amount, 8)]
    rows += [(40, 355, "Desconto por pagamento até o vencimento", 8), (531, 355, "-10,79", 8),
             (40, 370, "Valor total da fatura", 8), (527, 370, "204,92", 8),
             (37, 391, "Base de cálculo do ICMS", 7), (128, 391, "204,92", 7), (160, 391, "Alíquota", 7),
             (222, 391, "18%", 7), (248, 391, "Valor do ICMS", 7), (312, 391, "36,89", 7),
             (37, 403, "PIS (incluso)", 7), (132, 403, "1,33", 7), (160, 403, "COFINS (incluso)", 7),
             (232, 403, "6,15", 7)]
    invoice = extract_invoice(rows_pdf(rows))
    assert (invoice.value("tax"), invoice.value("total")) == ("36.89", "204.92")


def test_dollars_beside_an_exchange_rate_are_a_counter_value():
    """"Contravalor: USD 769.76 (câmbio BM 63,91)" on a page whose meticais print as "MT", a sign no code names:
    the dollars are no money of the invoice's."""
    rows = [(40, 30, "Lodge Tofo Mar, Lda.", 14), (40, 48, "Avenida Marginal, Inhambane · NUIT 400123456", 8),
            (40, 90, "FACTURA N.º FT 2026/118", 12), (40, 108, "Data: 12/03/2026", 9),
            (350, 51, "Subtotal", 9), (496, 51, "42.410,00 MT", 9),
            (350, 68, "IVA 16%", 9), (500, 68, "6.785,60 MT", 9),
            (350, 85, "Total", 9), (490, 85, "49.195,60 MT", 9),
            (354, 142, "Contravalor: USD 769.76 (câmbio BM 63,91)", 8)]
    assert extract_invoice(rows_pdf(rows)).value("currency") != "USD"


def test_a_sidebars_small_capital_label_beside_a_taller_line():
    """"S" (a small capital) "ua requisição" set lower than the table's line beside it: one label, the sidebar's value
    under it; over a dash ("—") it has none, not the item code far to its right."""
    def page(value: str) -> bytes:
        return rows_pdf([(175, 32, "Agro-Ribatejo Máquinas Agrícolas, Lda.", 14), (14, 31, "FATURA", 14),
                         (14, 65, "Fatura n.º", 8), (14, 74, "FT 2025A/938", 9),
                         (178, 138, "Artigo", 8), (228, 138, "Descrição", 8), (531, 138, "Valor", 8),
                         (178, 152, "P1430", 8), (228, 152, "Sementes de milho híbrido, saco de 50", 8),
                         (515, 152, "1.949,52", 8), (228, 161, "000 sementes, tratadas", 8),
                         (178, 168, "M3358", 8), (228, 168, "Vinho branco, caixa de 6", 8), (515, 168, "288,19", 8),
                         (14, 164, "S", 8), (19.8, 166.5, "UA REQUISIÇÃO", 5),
                         (14, 176, value, 9)])
    assert extract_invoice(page("REQ 681/2025")).value("po_number") == "REQ 681/2025"
    assert extract_invoice(page("—")).value("po_number") is None
