"""A tax levied on the tax, printed after it under a label no lexicon knows, whose rate gives its amount from the
tax ("Centimes additionnels 5 % (sur TVA)"), is summed into the tax; a payment sentence whose date wraps onto the
next line ("... avant le dimanche 14" / "décembre 2025") gives the due date. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf


def test_a_surtax_on_the_tax_is_summed_into_the_tax():
    labels = [("FACTURE N°", "FAC-9611"), ("Date", "08/04/2026")]
    totals = [("Total HT", "3 140 000"), ("TVA 18 %", "565 200"), ("Centimes additionnels 5 % (sur TVA)", "28 260"),
              ("Total TTC (XAF)", "3 733 460")]
    pdf = invoice_pdf(["Laboratoire Sols et Matériaux du Congo SA", "BP 1187, Brazzaville"], labels, totals,
                      lines=[("Analyse granulométrique", "3 140 000")], title="FACTURE")
    result = extract_invoice(pdf)
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("3140000", "593460",
                                                                                      "3733460")


def test_a_row_after_the_tax_that_its_rate_does_not_give_is_no_tax():
    labels = [("FACTURE N°", "FAC-9612"), ("Date", "08/04/2026")]
    totals = [("Total HT", "3 140 000"), ("TVA 18 %", "565 200"), ("Frais divers 5 %", "30 000"),
              ("Total TTC (XAF)", "3 735 200")]
    pdf = invoice_pdf(["Laboratoire Sols et Matériaux du Congo SA", "BP 1187, Brazzaville"], labels, totals,
                      lines=[("Analyse granulométrique", "3 140 000")], title="FACTURE")
    assert extract_invoice(pdf).value("tax") == "565200"


def test_a_due_date_wrapped_onto_the_next_line_of_its_sentence():
    rows = [(40, 30, "Paysages Créoles SAS", 14), (40, 48, "8 rue du Général de Gaulle – 97430 Le Tampon", 8),
            (300, 90, "Le Tampon, le vendredi 14 novembre 2025", 8),
            (40, 110, "Objet : Facture n° FA-2511-30 – entretien des espaces verts", 8),
            (40, 150, "Désignation", 8), (480, 150, "Montant HT", 8), (40, 164, "Désherbage manuel", 8),
            (480, 164, "2 369,80 €", 8), (320, 190, "Total HT", 8), (480, 190, "2 369,80 €", 8),
            (320, 204, "TVA 8,5 %", 8), (480, 204, "201,43 €", 8), (320, 218, "Total TTC", 8),
            (480, 218, "2 571,23 €", 8),
            (40, 250, "Nous vous remercions de bien vouloir régler la somme de 2 571,23 € par virement avant le "
                      "dimanche 14", 8),
            (40, 261, "décembre 2025, en rappelant le numéro de facture.", 8)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") == "2025-12-14"
