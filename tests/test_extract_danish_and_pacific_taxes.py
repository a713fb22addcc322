"""Danish (Greenland's, Norway's, Sweden's) labels read by meaning ("Fakturadato", "Forfaldsdato", "Rekvisitionsnr.",
"I alt DKK", "CVR-nr.", "Moms", "Förfallodatum"); New Caledonia's "RIDET" tax id, its "TGC 6 %" tax and the CFP
franc printed "F CFP"; Puerto Rico's "IVU" rows with a word naming which tax before or after the rate ("IVU estatal
10.5%", "IVU 4% servicios"), summed, but no withheld tax ("IVA retenido"); terms counted from the month's end
("30 jours fin de mois") computing no due date; a bare "$" total read as the dollar the page names with its country's
letters ("Amount WS$"): each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.cldr import currency_signs
from countersign.extraction.lexicon import read_label
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import net_days
from tests.pdf_rows import invoice_pdf

_invoice = invoice_pdf


def test_a_greenlandic_faktura_in_danish():
    data = _invoice(["Nuuk Maskinstation ApS", "Industrivej 14, 3900 Nuuk", "CVR-nr. 94900956"],
                    [("Fakturanr.", "27769"), ("Fakturadato", "07.04.2025"), ("Forfaldsdato", "07.05.2025"),
                     ("Rekvisitionsnr.", "45010")],
                    [("I alt DKK", "50.610,00")], ("Beskrivelse", "Beløb kr."), "FAKTURA")
    result = extract_invoice(data)
    assert result.value("invoice_date") == "2025-04-07"
    assert result.value("due_date") == "2025-05-07"
    assert result.value("po_number") == "45010"
    assert result.value("total") == "50610.00"
    assert result.value("currency") == "DKK"


@pytest.mark.parametrize(("label", "field"), [("Fakturadato", "invoice_date"), ("Forfallsdato", "due_date"),
                                              ("Förfallodatum", "due_date"), ("Bestillingsnr.", "po_number"),
                                              ("Moms 25%", "tax"), ("MVA 25 %", "tax"), ("Att betala", "total"),
                                              ("CVR-nr.", "vendor_tax_id"), ("N° RIDET", "vendor_tax_id")])
def test_nordic_and_new_caledonian_labels_name_their_field(label, field):
    assert field in {name for name, _, _ in read_label(label)}


def test_a_new_caledonian_facture_in_cfp_francs_with_its_tgc():
    data = _invoice(["Cabinet Géomètre-Expert Calédonien SARL", "12 rue Jean Jaurès, 98845 Nouméa",
                     "N° RIDET : 0481236.001"],
                    [("Facture n°", "2026-0581"), ("Date", "8 septembre 2026")],
                    [("Total HT", "2 116 300"), ("TGC 6 %", "125 100"), ("Total TTC (F CFP)", "2 241 400")],
                    ("Désignation", "Montant HT (F CFP)"), "FACTURE")
    result = extract_invoice(data)
    assert result.value("vendor_tax_id") == "0481236.001"
    assert result.value("tax") == "125100"
    assert result.value("total") == "2241400"
    assert result.value("currency") == "XPF"
    assert currency_signs()["F CFP"] == ("XPF",)


def test_puerto_rican_ivu_rows_named_around_their_rate_are_summed():
    data = _invoice(["Laboratorio de Calibración del Este, Inc.", "Calle Comercio 120, Humacao, PR 00791"],
                    [("Factura núm.", "LCE 18478"), ("Fecha", "10 de octubre de 2025")],
                    [("Subtotal", "8,813.00"), ("IVU 4% servicios", "300.52"), ("IVU estatal 10.5%", "136.50"),
                     ("IVU municipal 1%", "13.00"), ("Total a pagar", "$ 9,263.02")],
                    ("Descripción", "Importe"), "FACTURA")
    result = extract_invoice(data)
    assert result.value("subtotal") == "8813.00"
    assert result.value("tax") == "450.02"
    assert result.value("total") == "9263.02"


def test_a_withheld_tax_is_no_tax_row_and_a_base_is_no_qualifier():
    assert [name for name, _, m in read_label("IVA retenido 10%") if m.end() > 4] == []
    assert [m.end() for name, _, m in read_label("IVU estatal 10.5%") if name == "tax"] == [17]
    assert [m.end() for name, _, m in read_label("btw 9% over € 198,00") if name == "tax"] == [7]


def test_terms_from_the_months_end_compute_no_due_date():
    assert net_days("paiement à 30 jours fin de mois") is None
    assert net_days("60 días fecha factura fin de mes") is None
    assert net_days("30 jours") == (30, False)


def test_a_bare_dollar_total_under_a_samoan_tala_column_reads_wst():
    data = _invoice(["Upolu Blast Freezing Ltd", "Vaitele Industrial Estate, Apia, Samoa"],
                    [("Invoice No.", "UBF/333"), ("Invoice Date", "09/03/2026")],
                    [("Subtotal (excl. VAGST)", "6,860.50"), ("VAGST 15%", "1,029.08"), ("TOTAL $", "7,889.58")],
                    ("Description", "Amount WS$"), "TAX INVOICE")
    result = extract_invoice(data)
    assert result.value("total") == "7889.58"
    assert result.value("currency") == "WST"


def test_an_ethiopian_invoice_dated_in_both_calendars_reads_the_gregorian_date():
    data = _invoice(["Kombolcha Food & Hospitality Services PLC", "Kombolcha Industrial Park, Kombolcha"],
                    [("Invoice No.", "0005870"), ("Date (G.C.)", "01-03-2025"), ("Date (E.C.)", "22/06/2017")],
                    [("Total (excl. VAT)", "1,000.00"), ("VAT 15%", "150.00"), ("Grand Total (ETB)", "1,150.00")],
                    ("Description", "Total Price (Birr)"), "TAX INVOICE")
    result = extract_invoice(data)
    assert result.value("invoice_date") == "2025-03-01"  # not the Ethiopian calendar's 22/06/2017
