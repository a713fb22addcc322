"""A sidebar right of the items table (the invoice's facts, each label over its value, running on beside the rows)
is no part of the table: its "Your PO" is read and a label in it does not end the items; a remittance slip's
"From:" names the payer, not the issuer; an agent's or a dealer's order number ("Agent order no."), a public
contract's order reference ("Réf. marché / BC") and Central Africa's "NIU" are labels, while "BC 9619" under its
label keeps its letters. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf


def _fields(text: str) -> set[str]:
    return {name for name, _, _ in label_matches(text)}


def test_a_sidebar_beside_the_table_is_read_as_labels_not_rows():
    side = [("Invoice No.", "CSL-1098"), ("Date", "12 December 2025"), ("Event", "Charity gala dinner"),
            ("Event date", "05/12/2025"), ("Venue", "Yacht Club lawn"), ("Your PO", "GHYC-339"),
            ("Payment due", "30-Dec-2025"), ("Account manager", "Marcus Bodden")]
    rows = [(37, 40, "Cayman Sound & Light Ltd.", 14), (37, 59, "112 Printers Way, George Town, Grand Cayman", 8),
            (431, 46, "INVOICE", 14), (37, 119, "BILL TO", 8), (37, 130, "Grand Harbour Yacht Club Ltd.", 8)]
    rows += [(431, 82 + 30 * i + dy, text, 8)
             for i, pair in enumerate(side) for dy, text in zip((0, 11), pair, strict=True)]
    rows += [(40, 174, "Description", 8), (257, 174, "Qty", 8), (309, 174, "Rate", 8), (362, 174, "Amount", 8)]
    items = [("Line array speaker", "10", "270.00", "2,700.00"), ("Stage monitor wedge", "3", "70.00", "210.00"),
             ("Wireless microphone", "7", "50.00", "350.00"), ("LED uplight", "26", "25.00", "650.00"),
             ("Moving head wash light", "14", "95.00", "1,330.00"), ("Lighting console", "1", "345.00", "345.00"),
             ("Projector with screen", "1", "595.00", "595.00"), ("Stage hand", "10", "28.00", "280.00")]
    for i, (desc, qty, rate, amount) in enumerate(items):
        y = 192 + 17 * i
        rows += [(40, y, desc, 8), (262, y, qty, 8), (302, y, rate, 8), (362, y, amount, 8)]
    rows += [(300, 350, "TOTAL CI$", 10), (362, 350, "6,460.00", 10)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("po_number") == "GHYC-339"
    assert result.value("invoice_number") == "CSL-1098"
    assert len(result.line_items) == len(items)


def test_a_remittance_slips_from_is_the_payer():
    rows = [(40, 30, "Aitutaki Lagoon Cruises Ltd", 14), (40, 48, "Arutanga, Aitutaki, Cook Islands", 8),
            (40, 110, "TAX INVOICE", 14), (320, 110, "Invoice No.", 8), (430, 110, "ALC2643", 8),
            (320, 124, "Invoice date", 8), (430, 124, "1 September 2026", 8),
            (40, 200, "To:", 8), (40, 212, "Island Hopper Vacations Ltd", 8), (40, 224, "Avarua, Rarotonga", 8),
            (40, 260, "Excursion", 8), (480, 260, "Amount", 8), (40, 274, "One Foot Island day tour", 8),
            (480, 274, "963.00", 8), (320, 300, "Total", 8), (480, 300, "963.00", 8),
            (40, 600, "REMITTANCE ADVICE – please return with your payment", 10),
            (40, 616, "To: Aitutaki Lagoon Cruises Ltd", 8),
            (40, 628, "From: Island Hopper Vacations Ltd (agent account AG847)", 8),
            (40, 640, "Invoice No. ALC2643", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Aitutaki Lagoon Cruises Ltd"


def test_order_labels_of_agents_and_public_contracts():
    assert _fields("Agent order no.") == {"po_number"}
    assert _fields("Dealer order no.") == {"po_number"}
    assert _fields("Réf. marché / BC") == {"po_number"}
    assert _fields("Agent No. 5") == set()  # like "Customer No.": no field
    assert _fields("BC 9619") == set()  # the order's letters opening its number
    assert _fields("NIU : M2019112854913371") == {"vendor_tax_id"}


def test_a_contract_order_reference_and_a_niu_are_read():
    labels = [("FACTURE N°", "FAC-9611"), ("Date", "08/04/2026"), ("Réf. marché / BC :", "84/DDTP/2026")]
    vendor = ["Laboratoire Sols et Matériaux du Congo SA", "Rue Mbochi, Poto-Poto, BP 1187, Brazzaville",
              "NIU : M2019112854913371"]
    result = extract_invoice(invoice_pdf(vendor, labels, [("Total HT", "3 140 000"), ("TVA 18 %", "565 200"),
                                                          ("Total TTC (XAF)", "3 705 200")],
                                         lines=[("Analyse granulométrique", "3 140 000")], title="FACTURE"))
    assert result.value("po_number") == "84/DDTP/2026"
    assert result.value("vendor_tax_id") == "M2019112854913371"


def test_an_order_number_keeps_its_letters_under_its_label():
    labels = [("Facture n°", "F-2025-118"), ("Date", "09/05/2025"), ("Bon de commande n°", "BC 9619")]
    result = extract_invoice(invoice_pdf(["École de Langues Vila SARL", "Rue Carnot, Port-Vila"], labels,
                                         [("Total", "45 000")], lines=[("Cours d'anglais", "45 000")],
                                         title="FACTURE"))
    assert result.value("po_number") == "BC 9619"
