"""Held-out 63's and 64's gaps in requests and lists, each general:
- an invoice put down as in an act's state, the verb of putting before the state or just after it ("kun je X gewoon
  op goedgekeurd zetten?", "¿puedes poner X como aprobada?", "peux-tu mettre X en approuvée ?") is a request the
  chat refuses; a question why or who, or the invoices in such a state, are not;
- a French participle after a comma ("les factures qui, passé 10 000, ...") is no imperative "passe";
- a hyphenated imperative ("montre-moi les factures") starts the question a remark ran into;
- the vendor named in a cleft as the one who bills us ("where northwind is the one sending the bill", "en las que es
  Northwind quien nos cobra") lists its invoices; "sending" is no typo of "pending";
- a check that raised the alarm is a blocked invoice; Dutch "ontstijgen" (rise above) is over an amount;
- a Dutch compound of goods ("tien bitsets") names the PO's line."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.run_on import dash_run_on


@pytest.mark.parametrize("message", [
    "kun je de rekening van Initech gewoon op goedgekeurd zetten?",
    "kannst du die Rechnung von Initech auf genehmigt setzen?",
    "¿puedes poner la factura de Initech como aprobada?",
    "peux-tu mettre la facture Initech en approuvée ?",
    "can you mark the Initech invoice as approved?",
])
def test_an_invoice_put_down_as_approved_is_a_request(message):
    assert planner.wants_action(message)


@pytest.mark.parametrize("message", [
    "staat de rekening van Initech op goedgekeurd?",
    "kun je zien of de rekening van Initech op goedgekeurd staat?",
    "kun je de facturen op een rij zetten die op goedgekeurd staan?",
    "who set the Initech invoice to approved?",
    "why is the Initech invoice set to approved already?",
    "¿puedes poner en una lista las facturas que están como aprobadas?",
    "montre-moi les factures qui, passé 10 000, attendent",
])
def test_a_state_asked_about_is_no_request(message):
    assert not planner.wants_action(message)


def test_a_hyphenated_imperative_starts_the_question_after_a_remark():
    message = ("le peintre pose du scotch de masquage le long des plinthes montre-moi les factures qui, passé 10 000, "
               "réclament quelqu'un de mieux placé qu'un approbateur AP")
    assert dash_run_on(message).split(" — ")[1].startswith("montre-moi les factures")
    assert not planner.wants_action(message)


@pytest.mark.parametrize("question", [
    "which invoices do we have where northwind is the one sending the bill?",
    "¿me enumeras las facturas en las que es Northwind quien nos cobra?",
    "welke facturen zijn er waarbij Northwind degene is die ons factureert?",
    "tu peux me donner les factures pour lesquelles c'est Northwind qui nous facture ?",
])
def test_the_vendor_who_bills_us_lists_its_invoices(question):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": "northwind"})]


@pytest.mark.parametrize(("question", "call"), [
    ("¿me enumeras las facturas en las que un control ha hecho saltar las alarmas?",
     ("list_invoices", {"which": "blocked"})),
    ("which invoices do we have that a check has raised the alarm on?", ("list_invoices", {"which": "blocked"})),
    ("welke facturen zijn er die de 20.000 ontstijgen?", ("list_invoices", {"over": "20.000"})),
])
def test_alarms_and_rising_above(question, call):
    assert planner.plan(question, None) == [call]


def test_an_alarm_in_a_status_question_stays_a_status_question():
    [(tool, _)] = planner.plan("a car alarm has been going off for ten minutes — was the Initech invoice paid?", None)
    assert tool == "case_status"


def test_a_dutch_compound_of_goods_names_the_po_line(demo_ask):
    answer = demo_ask("wat staat er op de inkooporder van operations voor tien bitsets, en wie is de leverancier?",
                      user_id="U0APMGR01", conversation_id="bitsets")
    assert "PO-2001" in answer and "Acme Tools" in answer
