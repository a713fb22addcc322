"""A French credit note ("AVOIR") that names the invoice it credits: "Avoir sur notre facture n° F2026-0806 du
26/12/2025" gives that invoice's number and date, not the credit note's own (the date is the letter's, "Nantes, le 17
janvier 2026"); and its footer's VAT number, cut at the line's end ("N° TVA intracommunautaire FR68" / "887 075 042
..."), is read whole since its check digits hold, not the SIRET before it. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_FOOTER = ("Maraîchers du Pays Nantais SCA — capital 8 000 € — RCS Nantes 887 075 042 — SIRET 88707504243933 — "
           "N° TVA intracommunautaire FR68")


def _avoir(reference: str) -> bytes:
    rows = [(40, 40, "Maraîchers du Pays Nantais SCA", 13), (40, 58, "35 route de Clisson, 44200 Nantes", 8),
            (40, 100, "AVOIR", 14), (40, 120, "N° AV2026-932", 9), (40, 134, "Nantes, le 17 janvier 2026", 9),
            (320, 160, "Restaurant L'Île de Nantes SAS", 9),
            (40, 220, "DÉSIGNATION", 8), (420, 220, "MONTANT HT", 8),
            (40, 236, "Muscadet Sèvre-et-Maine sur lie 75 cl", 8), (420, 236, "-167,96", 8),
            (40, 270, reference, 8),
            (320, 320, "Total HT", 8), (420, 320, "-167,96 €", 8), (320, 334, "TVA 20 %", 8),
            (420, 334, "-33,59 €", 8), (320, 348, "Total TTC", 8), (420, 348, "-201,55 €", 8),
            (40, 780, _FOOTER, 6), (40, 788, "887 075 042 — APE 4761Z", 6)]
    return rows_pdf(rows)


def test_the_credited_invoices_number_and_date_are_not_the_credit_notes():
    result = extract_invoice(_avoir("Avoir sur notre facture n° F2026-0806 du 26/12/2025 (retour de marchandise)."))
    assert result.value("invoice_number") == "AV2026-932"
    assert result.value("invoice_date") == "2026-01-17"


def test_a_vat_number_cut_at_its_lines_end_is_read_whole():
    result = extract_invoice(_avoir("Retour de marchandise non conforme."))
    assert result.value("vendor_tax_id") == "FR68 887 075 042"
    assert result.fields["vendor_tax_id"].confidence >= 0.9  # by its label (found by its shape alone, it is unsure)
