"""Three readings from held-out 67 (scored blind after held-out 66's fixes: 0.988; fr 0.958, nl 0.983).

- What crossed a person's desk was received, not posted: "les factures qui sont passées sur mon radar cette semaine"
  had listed the posted ones.
- A Dutch compound with "order" as its head names the goods in its stem ("de beugelorder die Robin Ortiz heeft
  aangemaakt"), as "beugelbestelling" did: no PO had matched.
- An approval word said only in the aside before the question ("l'accordeur est là pour accorder notre vieux piano,
  donc : ... qui est le fournisseur ?") asks for no approver: the PO question had been answered with an invoice.
"""

from __future__ import annotations

import pytest

from countersign.agent.chat.planner import plan

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "tu peux me donner les factures qui sont passées sur mon radar cette semaine ?",
    "which invoices went through my inbox this week?",
])
def test_what_crossed_a_desk_this_week_was_received(question):
    assert plan(question, None) == [("list_invoices", {"days": 7})]


@pytest.mark.parametrize("question", [
    "which invoices went through this week?",  # through the ledger: posted
    "quelles factures sont passées cette semaine ?",
])
def test_what_went_through_is_still_posted(question):
    assert plan(question, None) == [("list_invoices", {"which": "posted", "days": 7})]


@pytest.mark.parametrize("question", [
    "wat staat er op de beugelorder die Robin Ortiz heeft aangemaakt, en bij welke leverancier loopt die?",
    "J'ai le nez qui coule — et l'accordeur est là pour accorder notre vieux piano, donc : que comprend le bon de "
    "commande pour les équerres demandé par Robin Ortiz, et qui est le fournisseur ?",
])
def test_the_brackets_order_is_found(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="brackets")
    assert "PO-2004" in answer and "Globex Industrial GmbH" in answer


def test_who_may_approve_is_still_asked_beside_an_aside(demo_ask):
    answer = demo_ask("l'accordeur est là pour accorder notre vieux piano, donc : qui peut approuver la facture "
                      "INV-88120 ?", user_id=SAM, conversation_id="who")
    assert "INV-88120" in answer and "Priya Shah" in answer  # the controller who may approve it


def test_an_invoices_number_is_no_ones_queue():
    # the intent model reads "approvals" as someone's queue; the number said is the invoice asked about
    assert plan("what's the order of approvals for INV-1001?", None) == [("case_status", {"case": "INV-1001"})]
    assert plan("is anything waiting for me?", None) == [("pending_approvals", {})]
