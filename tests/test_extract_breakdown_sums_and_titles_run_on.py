"""Rules read from PDFs built here: a Galician invoice whose net and taxes stand only in a breakdown's sums row
(IVA and the recargo de equivalencia, "TOTAL FACTURA" beside the table's first row), its company name opening with a
label word ("Produtos de ..."); a Greek letterhead whose title runs on after the name in another type size; an Arabic
total less its discount ("%7 خصم") above the net due ("الصافي المستحق")."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf
from tests.test_extract_right_to_left_labels import _page


def _galician(name: str) -> bytes:
    rows = [(40, 30, name, 14), (40, 50, "Rúa do Progreso 44 · 27500 Chantada (Lugo)", 8),
            (40, 62, "NIF B27502657 · Tel. 982 399 787", 8), (400, 30, "FACTURA", 16),
            (360, 60, "Número", 9), (480, 60, "A/2026/633", 9), (360, 73, "Data", 9),
            (480, 73, "22 de xaneiro de 2026", 9), (360, 86, "Vencemento", 9), (480, 86, "23/03/2026", 9),
            (40, 110, "CLIENTE", 8), (40, 122, "Ultramarinos Casa Pardo", 8), (40, 134, "Rúa Real 21, 27880 Burela", 8),
            (40, 170, "Descrición", 8), (300, 170, "Cant.", 8), (480, 170, "Importe", 8),
            (40, 184, "Viño Ribeiro 75 cl", 8), (300, 184, "43", 8), (480, 184, "303,15", 8),
            (40, 198, "Chourizo caseiro", 8), (300, 198, "39", 8), (480, 198, "468,00", 8),
            (40, 230, "Base impoñible", 8), (110, 230, "% IVA", 8), (150, 230, "Cota IVA", 8),
            (200, 230, "% R.E.", 8), (240, 230, "Cota R.E.", 8),
            (400, 244, "TOTAL FACTURA", 9), (480, 244, "903,92 €", 9),
            (40, 244, "468,00", 8), (110, 244, "10", 8), (150, 244, "46,80", 8), (200, 244, "1,4", 8),
            (240, 244, "6,55", 8),
            (40, 258, "303,15", 8), (110, 258, "21", 8), (150, 258, "63,66", 8), (200, 258, "5,2", 8),
            (240, 258, "15,76", 8),
            (40, 272, "771,15", 8), (150, 272, "110,46", 8), (240, 272, "22,31", 8)]
    return rows_pdf(rows)


def test_breakdown_sums_row_gives_the_net_and_both_taxes_summed():
    """771,15 + 110,46 + 22,31 = 903,92: the net, and the tax as the IVA and the recargo together (below 0.9)."""
    result = extract_invoice(_galician("Queixos e Embutidos da Ulloa, S.L."))
    assert result.value("total") == "903.92"
    assert result.value("subtotal") == "771.15"
    assert result.value("tax") == "132.77"
    assert result.fields["tax"].confidence < 0.9
    assert result.value("invoice_date") == "2026-01-22"
    assert result.value("due_date") == "2026-03-23"


def test_a_company_name_opening_with_a_label_word_is_no_label():
    """"Produtos" is a net's word ("Total dos produtos"); the letterhead's "Produtos de Arzúa Cooperativa Galega",
    words and no value after it, names the vendor."""
    result = extract_invoice(_galician("Produtos de Arzúa Cooperativa Galega"))
    assert result.value("vendor_name") == "Produtos de Arzúa Cooperativa Galega"


def _greek(name: str, gap: float) -> bytes:
    width = {"Εργαστήριο Συντήρησης Εικόνων Γ. Μαυρίδης": 300}.get(name, 200)
    rows = [(45, 30, name, 14), (45 + width + gap, 31, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", 12),
            (45, 52, "Καρυές, Άγιον Όρος 63086", 9), (45, 64, "Α.Φ.Μ.: 738974333", 9),
            (386, 62, "Αριθμός:", 9), (500, 62, "2025/0805", 9),
            (386, 75, "Ημερομηνία:", 9), (500, 75, "12/07/2025", 9),
            (45, 102, "ΠΡΟΣ", 8), (45, 114, "Ιερά Μονή Βατοπαιδίου", 10), (45, 128, "Άγιον Όρος", 8),
            (48, 180, "Περιγραφή", 9), (500, 180, "Αξία", 9),
            (48, 196, "Συντήρηση εικόνας", 9), (500, 196, "850,00", 9),
            (48, 230, "Καθαρή αξία", 9), (500, 230, "850,00 €", 9), (48, 244, "ΠΛΗΡΩΤΕΟ", 9), (500, 244, "850,00 €", 9)]
    return rows_pdf(rows)


def test_a_title_run_on_after_the_name_is_cut_and_still_a_title():
    """The title in smaller type right after the name on one line: the name without it, and the bare "Αριθμός:"
    under that title still numbers the invoice."""
    result = extract_invoice(_greek("Εργαστήριο Συντήρησης Εικόνων Γ. Μαυρίδης", 2))
    assert result.value("vendor_name") == "Εργαστήριο Συντήρησης Εικόνων Γ. Μαυρίδης"
    assert result.value("invoice_number") == "2025/0805"


def test_arabic_total_less_its_discount_is_the_net_due():
    """"المجموع 3,680.750", "%7 خصم 257.650", "الصافي المستحق (دينار ليبي) 3,423.100": the amount due is the total."""
    rows = [(380, 30, "الطبية للمستلزمات المدار شركة", 14), (380, 50, "فاتورة", 12),
            (40, 80, "623/2026", 8), (170, 80, "الفاتورة رقم", 8),
            (440, 150, "البيان", 8), (40, 150, "المبلغ", 8), (440, 164, "طبي شاش", 8), (40, 164, "3,680.750", 8),
            (40, 200, "3,680.750", 8), (170, 200, "المجموع", 8), (40, 214, "257.650", 8), (170, 214, "%7 خصم", 8),
            (40, 228, "3,423.100", 8), (120, 228, ") ليبي دينار ( المستحق الصافي", 8)]
    result = extract_invoice(_page(rows))
    assert result.value("total") == "3423.100"
