"""Money and terms as pages print them: a telephone number's area code names a country the "+1" shares (Antigua's
"+1 (268)"), a special administrative region by its short name ("Macau"), a country's money named in the plural
("Total a pagar (Patacas)"), the CFA franc spelled out ("Montant TTC (francs CFA)"); an id's check letter after its
digits ("IFU : 05737391P") and a code inside a registry number ("RCCM : BF BBD 2021 A 4943") are no currency; a total
printed in larger type than its label, level with it but grouped with the line above, is its value; terms counted
from delivery or an event ("30 dias após a entrega", "7 days after the event", "comptant à la livraison") compute no
due date. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.countries import country_hints
from countersign.extraction.layout import all_segments
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import net_days
from tests.pdf_rows import invoice_pdf, rows_pdf


def _hints(lines: list[str]) -> set[str]:
    pages = read_pdf(rows_pdf([(40, 40 + 14 * i, text, 8) for i, text in enumerate(lines)]), 5).pages
    return country_hints(all_segments(pages))


def test_an_area_code_and_a_regions_short_name_name_the_country():
    assert "+AG" in _hints(["Tel +1 (268) 542-1361"])
    assert "+US" in _hints(["Tel +1 (212) 555-0187"])
    assert "@MO" in _hints(["Rua do Cunha, n.º 33, Taipa, Macau"])


@pytest.mark.parametrize(("vendor", "total", "code"), [
    (["Florista Jardim da Penha, Lda.", "Calçada do Bom Jesus, n.º 7, Macau"], "Total a pagar (Patacas)", "MOP"),
    (["Florista Jardim da Penha, Lda.", "Calçada do Bom Jesus, n.º 7, Macau"], "Total a pagar (MOP)", "MOP"),
    (["Métal Plus Bobo SARLU", "Quartier Accart-Ville, Bobo-Dioulasso", "Tél. +226 20 36 91 32",
      "IFU : 24193669N", "RCCM : BF BBD 2021 A 4943"], "Montant TTC (francs CFA)", "XOF"),
    (["Menuiserie Wend-Kuuni SARL", "Zone industrielle de Kossodo, Ouagadougou", "Tél. +226 76 24 98 75",
      "IFU : 05737391P"], "Montant TTC (FCFA)", "XOF"),
])
def test_money_named_or_signed_as_the_country_prints_it(vendor, total, code):
    labels = [("Factura n.º", "OD-1648"), ("Data", "14/02/2026")]
    pdf = invoice_pdf(vendor, labels, [(total, "32,220.00")], lines=[("Ramo de noiva", "32,220.00")])
    assert extract_invoice(pdf).value("currency") == code


def test_a_total_level_with_its_label_in_larger_type_is_its_value():
    rows = [(40, 30, "Falmouth Harbour Provisioning Ltd.", 14), (40, 48, "Falmouth Harbour, Antigua", 8),
            (40, 110, "INVOICE", 14), (320, 110, "Invoice No.", 8), (430, 110, "FHP-27716", 8),
            (320, 124, "Date", 8), (430, 124, "10 October 2025", 8),
            (40, 200, "VESSEL", 8), (40, 212, "M/Y Seraphina", 8),
            (40, 260, "Item", 8), (516, 260, "Amount", 8), (40, 274, "Long-grain rice, 5 lb bag", 8),
            (516, 274, "127.20", 8), (40, 288, "Fresh snapper, whole cleaned", 8), (516, 288, "550.85", 8),
            (458, 312, "Sub-total", 8), (516, 312, "678.05", 8), (458, 326, "ABST 17%", 8), (516, 326, "0.00", 8),
            (38, 337, "For information only: US$ 251.13 at EC$2.70 = US$1.00.", 7),
            (458, 342, "TOTAL EC$", 8), (516, 339.5, "678.05", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "678.05"
    assert result.value("currency") == "XCD"


@pytest.mark.parametrize("terms", ["Pagamento a 30 dias após a entrega.", "Balance 7 days after the event.",
                                   "30 días después de la entrega", "Paiement comptant à la livraison."])
def test_terms_from_delivery_or_an_event_compute_no_due_date(terms):
    assert net_days(terms.lower()) is None or "comptant" in terms
    labels = [("Invoice No.", "ISAV25102"), ("Date", "14/04/2025")]
    pdf = invoice_pdf(["Island Stage & AV Ltd.", "George Town"], labels, [("Total", "6,734.50")],
                      lines=[("Stage hire", "6,734.50"), (terms, "")])
    assert extract_invoice(pdf).value("due_date") is None


def test_payment_on_receipt_is_still_due_on_the_invoice_date():
    labels = [("Facture N°", "F259146"), ("Date", "12/01/2025")]
    pdf = invoice_pdf(["Atelier du Faso SARL", "Ouagadougou"], labels, [("Total", "1 935 200")],
                      lines=[("Garde-corps", "1 935 200"), ("Conditions : Paiement comptant.", "")])
    assert extract_invoice(pdf).value("due_date") == "2025-01-12"
