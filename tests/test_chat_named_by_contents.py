"""Deals, POs and invoices named by what is in them: a deal by the price of one of its lines, by a count said in
words ("the five-drill add-on", "cinq perceuses"), by the kind of service ("maintenance contract" for a support
plan); a PO by the goods or work on its own lines, in compounds too ("Implementierungsarbeiten",
"implementatiewerk"); an invoice by who did the work ("our ERP implementers"); a list by the people at a vendor."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.goods import concepts
from countersign.agent.chat.numbers import spelled_out


@pytest.mark.parametrize(("question", "deal"), [
    # Blue Harbor has three deals, two of them selling drills: 179.55 is one line's unit price
    ("has the blue harbor drill deal where we sold them at 179.55 each been invoiced?", "OPP-3001"),
    ("ist der Blue-Harbor-Deal zu 179,55 je Bohrmaschine schon abgerechnet?", "OPP-3001"),
    # a count in words, joined to the goods by a dash or standing before them
    ("did blue harbor's five-drill top-up get invoiced?", "OPP-3004"),
    ("le complément de cinq perceuses pour Blue Harbor, il est facturé ?", "OPP-3004"),
    ("is de bestelling van vijf boormachines voor Blue Harbor al gefactureerd?", "OPP-3004"),
    # a maintenance contract is the support plan
    ("blue harbor maintenance contract - invoiced already?", "OPP-2990"),
    ("¿el contrato de mantenimiento de Blue Harbor ya se facturó?", "OPP-2990"),
])
def test_a_deal_named_by_what_it_sells(demo_ask, question, deal):
    assert deal in demo_ask(question, user_id="U0SALES001", conversation_id="deal").split("\n")[0]


@pytest.mark.parametrize(("question", "po"), [
    ("what's on the implementation-services PO?", "PO-2003"),
    ("zeig mir die Bestellung für die Implementierungsarbeiten", "PO-2003"),
    ("wat staat er op de inkooporder voor het implementatiewerk?", "PO-2003"),
    ("who supplied the mounting-hardware PO and what's on it?", "PO-2004"),
    ("¿qué lleva la orden de compra de los taladros?", "PO-2001"),
])
def test_a_po_named_by_the_goods_on_its_lines(demo_ask, question, po):
    assert po in demo_ask(question, user_id="U0SALES001", conversation_id="po").split("\n")[0]


def test_an_invoice_named_by_who_did_the_work(demo_ask):
    answer = demo_ask("is the invoice from our ERP implementers paid?", user_id="U0SALES001", conversation_id="who")
    assert "INV-88120" in answer.split("\n")[0]


@pytest.mark.parametrize(("question", "vendor"), [
    ("list the invoices from the folks at Acme", "Acme"),
    ("welche Rechnungen kommen von den Leuten bei Globex?", "Globex"),
    ("kun je de facturen van de mensen bij Northwind opsommen?", "Northwind"),
])
def test_a_list_from_the_people_at_a_vendor(question, vendor):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": vendor})]


def test_counts_joined_to_goods_are_read_as_digits_and_other_compounds_stay_words():
    assert "5-drill" in spelled_out("blue harbor's five-drill add-on", "en")
    assert "5-Bohrmaschinen" in spelled_out("der Fünf-Bohrmaschinen-Nachkauf", "de")
    assert spelled_out("our two-line POs and a one-stop shop", "en") == "our two-line POs and a one-stop shop"


def test_a_compound_with_a_generic_head_names_its_first_part_too():
    assert {"implementation", "labour"} <= concepts("Implementierungsarbeiten")
    assert "implementation" in concepts("implementatiewerk")
    assert concepts("Druckertoner") == {"toner"}  # a specific head names itself only


@pytest.mark.parametrize(("question", "po"), [
    # an amount said as one dashed word
    ("what's on the twenty-four-thousand-dollar PO?", "PO-2003"),
    # a figure of its lines decides before an aside's words that name goods ("paperwork" is no paper PO)
    ("Found a box of paperwork in the stockroom — what was on the PO for 24,000?", "PO-2003"),
])
def test_a_po_named_by_a_figure_on_its_lines(demo_ask, question, po):
    assert po in demo_ask(question, user_id="U0SALES001", conversation_id="po-figure").split("\n")[0]


@pytest.mark.parametrize("question", [
    "quick one - can you walk me through everything on this, step by step?\nUC-77\tUmbrella Catering Co\t480.00",
    "Was ist mit der bisher passiert, Schritt für Schritt?\nErinnerung: NW-5602",
    "tu peux me dérouler ce qui lui est arrivé, étape par étape ?\n09.11.2026   GX-2026-118   1.728,00",
    "kun je me stap voor stap vertellen wat er met deze is gebeurd?\nHerinnering: NW-5602",
])
def test_a_record_pasted_under_an_audit_question_is_no_status_question(question):
    [(tool, _)] = planner.plan(question, None)
    assert tool == "audit_trail"


def test_a_list_of_what_a_vendors_people_sent():
    assert planner.plan("which invoices have Globex's billing folks sent us?", None) == [
        ("list_invoices", {"vendor": "Globex"})]
