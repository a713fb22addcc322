"""The buyer's reference under the labels a finance reader knows: a German letter's "Ihr Zeichen" / "Ihre Referenz"
(your reference), "Best.-Nr." under "Ihre Bestellung", a French public buyer's "Engagement n°"; an invoice number
with its series in Greek capitals ("ΤΠΥ 3546"); and terms counted from the works' acceptance ("à compter de la
réception des travaux") compute no due date. Read from PDFs built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import net_days
from tests.pdf_rows import invoice_pdf, rows_pdf

Row = tuple[float, float, str, int]


def _letter(label: str, value: str) -> bytes:
    """A German letter's invoice: the reference block's labels over their values at the right."""
    rows: list[Row] = [
            (40, 30, "Skischule Bergblick GmbH", 12), (40, 44, "Walserstraße 12 · 6991 Riezlern", 8),
            (40, 100, "Realschule am Park", 8), (40, 112, "Parkstraße 9", 8), (40, 124, "87435 Kempten", 8),
            (420, 90, "Rechnungsdatum", 7), (420, 100, "03.03.2026", 9), (420, 114, "Kundennr.", 7),
            (420, 124, "10788", 9), (420, 138, label, 7), (420, 148, value, 9),
            (420, 162, "Zahlbar bis", 7), (420, 172, "17.03.2026", 9),
            (40, 200, "Rechnung Nr. RE-2026-364", 14),
            (40, 240, "Leistung", 8), (480, 240, "Betrag", 8), (40, 254, "Gruppenkurs Ski alpin", 8),
            (480, 254, "1.000,00", 8), (320, 280, "Gesamt netto", 8), (480, 280, "1.000,00", 8),
            (320, 294, "USt 10 %", 8), (480, 294, "100,00", 8), (320, 308, "Gesamtbetrag", 8),
            (480, 308, "1.100,00", 8)]
    return rows_pdf(rows)


@pytest.mark.parametrize(("label", "value", "po"), [("Ihr Zeichen", "Az. 730/2025", "Az 730/2025"),
                                                     ("Ihre Referenz", "4500123987", "4500123987"),
                                                     ("Ihre Bestellung", "Best.-Nr. 45705736", "45705736")])
def test_a_german_letters_reference_is_the_buyers_order(label, value, po):
    result = extract_invoice(_letter(label, value))
    assert result.value("invoice_number") == "RE-2026-364"
    assert (result.value("po_number") or "").replace(".", "") == po


def test_a_french_public_buyers_commitment_number_is_its_order():
    pdf = invoice_pdf(["Grands-Fonds Loc' BTP SARL", "97139 Les Abymes"],
                      [("N° :", "LOC/2025/698"), ("Date :", "15/03/2025"), ("Engagement n° :", "2025-902"),
                       ("Échéance :", "14/04/2025")],
                      [("Total HT", "1 000,00"), ("TVA 8,5 %", "85,00"), ("Total TTC", "1 085,00")],
                      head=("Désignation", "Montant HT"), title="FACTURE", lines=[("Mini-pelle 2,5 t", "1 000,00")])
    result = extract_invoice(pdf)
    assert result.value("po_number") == "2025-902"
    assert result.value("invoice_number") == "LOC/2025/698"


def test_an_invoice_numbers_series_in_greek_capitals_is_kept():
    rows: list[Row] = [
            (40, 30, "ΑΙΟΛΙΣ ΞΕΝΟΔΟΧΕΙΑΚΗ Ε.Π.Ε.", 12), (40, 44, "Ελ. Βενιζέλου 41, 81100 Μυτιλήνη", 8),
            (40, 80, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", 14), (40, 100, "Σειρά / Αριθμός: ΤΠΥ 3546", 9),
            (320, 130, "Ημερομηνία", 8), (430, 130, "28-11-2025", 8),
            (40, 200, "Περιγραφή", 8), (480, 200, "Αξία", 8), (40, 214, "Διανυκτέρευση", 8), (480, 214, "1.000,00", 8),
            (320, 240, "Καθαρή αξία", 8), (480, 240, "1.000,00", 8), (320, 254, "ΦΠΑ 13%", 8), (480, 254, "130,00", 8),
            (320, 268, "Σύνολο", 8), (480, 268, "1.130,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "ΤΠΥ 3546"


@pytest.mark.parametrize(("terms", "days"), [
    ("Règlement à 30 jours à compter de la réception des travaux", None),
    ("Paiement à 45 jours après achèvement", None), ("Zahlbar 30 Tage nach Abnahme", None),
    ("Règlement à 30 jours à compter de la date de facture", 30)])
def test_terms_counted_from_the_works_acceptance_give_no_days(terms, days):
    assert (net_days(terms) or (None,))[0] == days


def test_a_building_invoice_payable_after_acceptance_has_no_due_date():
    rows: list[Row] = [
            (40, 30, "Balagna Construction SARL", 12), (40, 44, "20260 Calvi – Corse", 8),
            (40, 80, "FACTURE", 14), (320, 80, "N° facture", 8), (430, 80, "2025/553", 8),
            (320, 94, "Date", 8), (430, 94, "11/06/2025", 8),
            (40, 200, "Désignation", 8), (480, 200, "Total HT", 8), (40, 214, "Chape ciment", 8),
            (480, 214, "1 000,00", 8), (320, 240, "Total HT", 8), (480, 240, "1 000,00", 8),
            (320, 254, "Total TVA", 8), (480, 254, "100,00", 8), (320, 268, "Total TTC", 8), (480, 268, "1 100,00", 8),
            (40, 300, "Règlement à 30 jours à compter de la réception des travaux.", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2025-06-11"
    assert result.value("due_date") is None


def _no_tax_bill(id_line: str, remark: str) -> bytes:
    rows: list[Row] = [
            (40, 30, "Harbour Lantern Banqueting Limited", 12), (40, 44, "182 Wai Yip Street, Kwun Tong, Kowloon", 8),
            (40, 56, id_line, 8), (40, 80, "INVOICE", 14),
            (320, 110, "Invoice No.", 8), (430, 110, "HL178837", 8), (320, 124, "Invoice Date", 8),
            (430, 124, "21/03/2026", 8), (40, 150, "Bill to", 8), (40, 162, "Pacific Crest Shipping (HK) Ltd.", 8),
            (40, 200, "Item", 8), (480, 200, "Amount (HK$)", 8), (40, 214, "Western buffet menu, per head", 8),
            (480, 214, "69,894.00", 8), (320, 240, "TOTAL (HK$)", 8), (480, 240, "69,894.00", 8),
            (40, 280, remark, 8)]
    return rows_pdf(rows)


def test_a_page_saying_no_tax_is_levied_gets_no_guessed_tax_id():
    """A business registration number, unlabelled as a tax id, on a bill that says no VAT or sales tax is levied: no
    tax id; a labelled one ("ABN") is still read under "No GST is charged"."""
    remark = "Hong Kong levies no sales tax, VAT or GST; the service charge is the caterer's own."
    registered = "Tel (852) 3514 1826 · Business Registration No. 66956164-000-07-26-7"
    result = extract_invoice(_no_tax_bill(registered, remark))
    assert result.value("vendor_tax_id") is None
    assert result.value("total") == "69894.00"
    labelled = extract_invoice(_no_tax_bill("Phone +672 3 49553 · ABN 75 193 391 366", "No GST is charged."))
    assert (labelled.value("vendor_tax_id") or "").replace(" ", "") == "75193391366"


def test_a_vat_analysis_column_under_its_header_gives_the_rates_sum():
    """A ticket's VAT analysis, "BASE IMP. | %IVA | CUOTA" over a row per rate and an unlabelled row of their sums:
    the net and the tax are the sums, not the first rate's row."""
    rows: list[Row] = [
        (40, 30, "Hostelería Mirador del Turia, S.L.", 12), (40, 44, "NIF B96799697", 8),
        (40, 70, "FACTURA SIMPLIFICADA", 12), (40, 86, "Nº 0128193", 8), (200, 86, "26/10/2026", 8),
        (40, 120, "UDS DESCRIPCIÓN", 8), (200, 120, "IMPORTE", 8), (40, 132, "2 Croissant", 8), (200, 132, "37,60", 8),
        (40, 144, "1 Botella aceite de oliva", 8), (200, 144, "6,60", 8),
        (40, 164, "TOTAL (IVA INCLUIDO)", 9), (200, 164, "44,20 EUR", 9),
        (40, 184, "BASE IMP.", 8), (100, 184, "%IVA", 8), (140, 184, "CUOTA", 8), (200, 184, "TOTAL", 8),
        (40, 196, "34,18", 8), (100, 196, "10%", 8), (140, 196, "3,42", 8), (200, 196, "37,60", 8),
        (40, 208, "5,45", 8), (100, 208, "21%", 8), (140, 208, "1,15", 8), (200, 208, "6,60", 8),
        (40, 220, "39,63", 8), (140, 220, "4,57", 8), (200, 220, "44,20", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "44.20"
    assert result.value("subtotal") == "39.63"
    assert result.value("tax") == "4.57"


def test_an_amount_to_transfer_by_a_day_is_due_then():
    """"Montant à virer : ... au plus tard le 26.09.2025": a transfer asked for by a day is a payment's due date."""
    rows: list[Row] = [
        (40, 30, "Fiduciaire Wagner & Associés S.à r.l.", 12), (40, 44, "L-1724 Luxembourg", 8),
        (40, 80, "FACTURE", 14), (320, 80, "Facture n°", 8), (430, 80, "2025-642", 8),
        (320, 94, "Date de facture", 8), (430, 94, "27.08.2025", 8),
        (40, 200, "Désignation", 8), (480, 200, "Montant", 8), (40, 214, "Tenue de la comptabilité", 8),
        (480, 214, "1.000,00", 8), (320, 240, "Total HTVA", 8), (480, 240, "1.000,00", 8),
        (320, 254, "TVA 17 %", 8), (480, 254, "170,00", 8), (320, 268, "Total TTC", 8), (480, 268, "1.170,00", 8),
        (40, 300, "Montant à virer : 1.170,00 € au plus tard le 26.09.2025 sur notre compte.", 8)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") == "2025-09-26"


def test_the_issuers_tax_id_under_its_role():
    """"RUT EMISOR" over the issuer's RUT; the buyer's is under "RUT RECEPTOR"."""
    rows: list[Row] = [
        (40, 30, "FRIGORÍFICO SAN JACINTO S.R.L.", 12), (40, 44, "Ruta 8 km 42,500 - Canelones", 8),
        (400, 30, "RUT EMISOR", 8), (400, 42, "17-222016-001-9", 9), (400, 60, "e-Factura", 12),
        (400, 80, "Serie y número", 8), (400, 92, "B-410802", 8), (320, 120, "Fecha", 8), (430, 120, "05/03/2026", 8),
        (40, 110, "RUT RECEPTOR", 8), (40, 122, "21-480011-002-7", 8), (40, 134, "Supermercados del Este S.A.", 8),
        (40, 200, "Descripción", 8), (480, 200, "Importe", 8), (40, 214, "Cortes vacunos", 8),
        (480, 214, "1.000,00", 8),
        (320, 240, "Subtotal", 8), (480, 240, "1.000,00", 8), (320, 254, "IVA 22%", 8), (480, 254, "220,00", 8),
        (320, 268, "TOTAL", 8), (480, 268, "1.220,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "17-222016-001-9"


def test_a_macedonian_tax_number_with_cyrillic_country_letters():
    """Macedonian "Даночен број:" (tax number) before a number whose country letters are Cyrillic."""
    pdf = invoice_pdf(["Македонска Трговија ДООЕЛ", "ул. Партизански одреди бр. 72, 1000 Скопје",
                       "Даночен број: МК4080664495722"],
                      [("Фактура бр.", "743/2025"), ("Датум", "12.03.2025")],
                      [("Износ без ДДВ", "1.000,00"), ("ДДВ 18%", "180,00"), ("Вкупно", "1.180,00")],
                      head=("Опис", "Износ"), title="ФАКТУРА", lines=[("Услуга", "1.000,00")])
    assert extract_invoice(pdf).value("vendor_tax_id") == "МК4080664495722"


def test_a_series_and_number_label_over_the_invoice_number():
    """"Serie y Número" over "A-0720204" beside the title: the invoice's number with its series."""
    rows: list[Row] = [
        (40, 30, "DISTRIBUIDORA DEL ESTE S.A.", 12), (40, 44, "Av. Italia 4380 - Montevideo", 8),
        (400, 30, "RUT EMISOR", 8), (400, 42, "155105290010", 9), (400, 60, "e-Factura", 12),
        (400, 80, "Serie y Número", 8), (400, 92, "A-0720204", 8), (320, 120, "Fecha", 8), (430, 120, "05/03/2026", 8),
        (40, 110, "RUT RECEPTOR", 8), (40, 122, "155553030012", 8), (40, 134, "Supermercados El Almacén S.A.", 8),
        (40, 200, "Descripción", 8), (480, 200, "Importe", 8), (40, 214, "Aceite de girasol", 8),
        (480, 214, "1.000,00", 8),
        (320, 240, "Subtotal", 8), (480, 240, "1.000,00", 8), (320, 254, "IVA 22%", 8), (480, 254, "220,00", 8),
        (320, 268, "TOTAL", 8), (480, 268, "1.220,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_number") == "A-0720204"


def test_an_hour_log_under_heures_taux_and_montant_htva():
    """"Date | Prestation | Heures | Taux | TVA | Montant HTVA": the hours are the quantity, the rate the unit price
    and the amount before VAT ("HTVA", Luxembourg's and Belgium's) the line's amount."""
    rows: list[Row] = [
        (40, 30, "Fiduciaire Wagner & Associés S.à r.l.", 12), (40, 44, "L-1724 Luxembourg", 8),
        (40, 80, "FACTURE", 14), (320, 80, "Facture n°", 8), (430, 80, "2025-642", 8),
        (320, 94, "Date de facture", 8), (430, 94, "27.08.2025", 8),
        (40, 200, "Date", 8), (80, 200, "Prestation", 8), (300, 200, "Heures", 8), (350, 200, "Taux", 8),
        (400, 200, "TVA", 8), (480, 200, "Montant HTVA", 8),
        (40, 214, "22.07.", 8), (80, 214, "Déclaration TVA trimestrielle", 8), (300, 214, "7,50", 8),
        (350, 214, "105,00", 8), (400, 214, "17 %", 8), (480, 214, "787,50", 8),
        (40, 228, "24.07.", 8), (80, 228, "Établissement des fiches de salaire", 8), (300, 228, "3,50", 8),
        (350, 228, "86,00", 8), (400, 228, "17 %", 8), (480, 228, "301,00", 8),
        (320, 260, "Total HTVA", 8), (480, 260, "1.088,50", 8), (320, 274, "TVA 17 %", 8), (480, 274, "185,05", 8),
        (320, 288, "Total TTC", 8), (480, 288, "1.273,55", 8)]
    items = extract_invoice(rows_pdf(rows)).line_items
    assert [(str(i.quantity), str(i.unit_price), str(i.amount)) for i in items] == [
        ("7.50", "105.00", "787.50"), ("3.50", "86.00", "301.00")]
    assert items[0].description.startswith("Déclaration TVA")
