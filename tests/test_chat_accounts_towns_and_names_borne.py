"""Held-out 55's gaps, each general: an invoice by the start of the account it prints ("the invoice with the NL91 bank
account on it", "mit dem NL91-Konto", "avec le compte bancaire NL91") is that invoice, and the follow-up "who needs to
approve it?" leans on it; a town's adjective opening a reference ("die Münchner Winkelrechnung") names the town;
"I'll type it up later" ranks nothing; "was the invoice for the six toner cartridges paid?" asks where it stands, not
for a variance; a vendor by where its name stands ("with acme in the supplier field", "that bear northwind's name",
"die de naam van Northwind dragen")."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.ranks import rank_said

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "Salsa class at half six, so — did the invoice with the NL91 bank account on it get paid?",
    "wurde die Rechnung mit dem NL91-Bankkonto darauf bezahlt?",
    "la facture avec le compte bancaire NL91 a-t-elle été payée ?",
    "¿se pagó la factura con la cuenta bancaria NL91?",
    "is de factuur met de NL91-bankrekening erop al voldaan?",
])
def test_an_invoice_by_the_start_of_its_account(question):
    assert planner.plan(question, None) == [("case_status", {"case": "IBAN NL91*"})]


def test_a_vendor_by_the_start_of_its_account_stays_a_vendor():
    assert planner.plan("which vendor has the NL91 bank account?", None) == [("match_vendor", {"iban": "NL91*"})]


def test_the_invoice_by_its_account_and_who_approves_it(demo_ask):
    """INV-88120 (Initech, paid into NL91ABNA...) waits for the controller, Priya Shah."""
    first = demo_ask("did the invoice with the NL91 bank account on it get paid?", user_id=SAM,
                     conversation_id="nl91")
    assert "INV-88120" in first
    assert "Priya Shah" in demo_ask("ok — before I head off to salsa: who needs to approve it?", user_id=SAM,
                                    conversation_id="nl91")


def test_a_town_s_adjective_opening_a_reference_names_the_town(demo_ask):
    answer = demo_ask("wer hat die Münchner Winkelrechnung bisher bearbeitet?", user_id=SAM, conversation_id="muc")
    assert "GX-2026-118" in answer or "05-globex" in answer


@pytest.mark.parametrize(("text", "rank"), [
    ("i ll type it up later", None),
    ("uittypen doe ik later welke facturen hebben we", None),
    ("the later one", "rank:max:date"),
    ("the earlier invoice", "rank:min:date"),
])
def test_later_and_earlier_rank_only_before_their_noun(text, rank):
    assert rank_said(text) == rank


@pytest.mark.parametrize("question", [
    "was the northwind invoice for the six toner cartridges paid?",
    "¿se pagó la factura de Northwind por los seis cartuchos de tóner?",
    "is de factuur van Northwind voor de zes tonercartridges al voldaan?",
])
def test_paid_asks_where_it_stands_not_for_a_variance(question):
    assert planner.plan(question, None)[0][0] == "case_status"


@pytest.mark.parametrize(("question", "vendor"), [
    ("washing machine's nearly done which invoices do we have with acme in the supplier field", "acme"),
    ("welche rechnungen haben wir, die Acme im Lieferantenfeld haben", "Acme"),
    ("qué facturas tenemos con Acme en el campo de proveedor", "Acme"),
    ("welke facturen hebben we met Acme in het leveranciersveld", "Acme"),
    ("which invoices do we have that bear northwind's name? I'll type it up later.", "northwind"),
    ("welke facturen hebben we die de naam van Northwind dragen?", "Northwind"),
    ("quelles factures portent le nom de Northwind ?", "Northwind"),
])
def test_a_vendor_by_where_its_name_stands(question, vendor):
    ((tool, args),) = planner.plan(question, None)
    assert tool == "list_invoices" and args.get("vendor") == vendor
