"""Held-out 54's gaps, each general: "what steps has it gone through, and who did each one?" asks for the audit trail
(the intent model's second opinion no longer turns it into a status); a vendor named in a relative clause as the one
who did something to us ("that acme has put in front of us", "que nos ha hecho llegar Acme", "que Northwind ha
extendido a nuestro nombre"), but not our own people's acts ("that sam has approved for us"); putting an invoice "in
eine Zahlung" or "dans le prochain virement" is a request to pay."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.understand import read


@pytest.mark.parametrize(("question", "case"), [
    ("My driving instructor is picking me up at five, so — what steps has the springfield bill INV-1043 with the "
     "drill bit sets gone through, and who did each one?", "INV-1043"),
    ("what steps has globex's invoice against PO-2004 gone through, and who did each one?", "PO-2004"),
    ("par quelles étapes la facture Globex adossée au PO-2004 est-elle passée, et qui s'est chargé de chacune ?",
     "PO-2004"),
])
def test_the_steps_it_went_through_and_who_took_them_are_the_trail(question, case):
    assert planner.plan(question, None) == [("audit_trail", {"case": case})]


def test_the_next_step_and_its_approver_is_no_trail():
    assert planner.plan("what's the next step for INV-1043 and who approves it?", None)[0][0] != "audit_trail"


def _vendor(question: str) -> str | None:
    ((tool, args),) = planner.plan(question, None)
    assert tool == "list_invoices", (tool, args)
    return args.get("vendor")


@pytest.mark.parametrize(("question", "vendor"), [
    ("My pottery class is at half five, so — which invoices do we have that acme has put in front of us?", "acme"),
    ("driving instructor's here at five which invoices have we got that northwind has drawn up for us", "northwind"),
    ("which invoices are there that Acme has put in front of us? People read it over coffee.", "Acme"),
    ("Estoy escribiendo una lista con tiza en la pizarra de la terraza — ¿qué facturas hay que nos ha hecho llegar "
     "Acme? Todos la leen con el café.", "Acme"),
    ("¿qué facturas hay que Northwind ha extendido a nuestro nombre? Todos la leen con el café.", "Northwind"),
])
def test_the_one_who_did_it_to_us_in_a_relative_clause_is_the_vendor(question, vendor):
    assert _vendor(question) == vendor


@pytest.mark.parametrize("question", [
    "which invoices that sam has approved for us are overdue?",
    "which invoices that finance has approved for us are overdue?",
    "¿qué facturas que Sam ha aprobado para nosotros siguen pendientes?",
])
def test_our_own_people_s_acts_name_no_vendor(question):
    assert _vendor(question) is None


@pytest.mark.parametrize(("text", "act"), [
    ("Pack die Rechnung INV-1043 in eine Zahlung an den Lieferanten", True),
    ("mets INV-1043 dans le prochain virement", True),
    ("mets-moi au courant du prochain virement pour INV-1043", False),
    ("is INV-1043 in the payment run?", False),
])
def test_putting_an_invoice_into_a_payment_is_a_request_to_pay(text, act):
    assert is_action_request(read(text)) is act
