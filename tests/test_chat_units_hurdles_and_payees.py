"""Held-out 65's gaps, each general:
- a number followed by its unit ("perceuses sans fil 18 V") is a size, no invoice number "FIL-18";
- a capitalized noun after "wartet auf" ("wartet bei mir noch was auf Freigabe?") names no person's queue;
- an amount said as a hurdle ("qui passent l'obstacle des 20 000") is "over" it, no check's obstacle;
- a check that "slapped a stop sign on" an invoice blocked it;
- the vendor our money goes to ("where the money goes to northwind") lists its invoices;
- someone's order for goods ("robin ortiz's order for mounting brackets") is a purchase order;
- a long goods word in the plural counts goods ("500 montagebeugels")."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.goods import named_goods
from countersign.agent.chat.understand import references


@pytest.mark.parametrize("question", [
    "la facture Acme avec les perceuses sans fil 18 V est-elle déjà payée ?",
    "is the acme invoice with the cordless drills 18 V paid?",
])
def test_a_number_in_its_unit_is_no_invoice_number(question):
    assert references(question).case is None


def test_a_spaced_invoice_number_stays_one():
    assert references("where is gx 2026 118?").case == "GX-2026-118"


def test_a_noun_after_waiting_names_no_one():
    assert planner.plan("Ich muss gleich zum Volleyballtraining, also — wartet bei mir noch was auf Freigabe?",
                        None) == [("pending_approvals", {})]
    assert planner.plan("was liegt bei Priya?", None) == [("pending_approvals", {"person": "Priya"})]


@pytest.mark.parametrize(("question", "call"), [
    ("tu peux me sortir les factures qui passent l'obstacle des 20 000 ?", ("list_invoices", {"over": "20 000"})),
    ("could you list the invoices that a check has slapped a stop sign on?", ("list_invoices", {"which": "blocked"})),
    ("which invoices do we have where the money goes to northwind?", ("list_invoices", {"vendor": "northwind"})),
    ("welke facturen zijn er waarbij het geld naar Northwind gaat?", ("list_invoices", {"vendor": "northwind"})),
])
def test_hurdles_stop_signs_and_payees(question, call):
    assert planner.plan(question, None) == [call]


def test_someones_order_for_goods_is_a_purchase_order(demo_ask):
    answer = demo_ask("what's on robin ortiz's order for mounting brackets, and which vendor is it with?",
                      user_id="U0APMGR01", conversation_id="ortiz-order")
    assert "PO-2004" in answer and "Globex" in answer


def test_lets_order_is_no_purchase_order():
    assert planner.plan("let's order for the whole team, which invoices are blocked?", None) == [
        ("list_invoices", {"which": "blocked"})]


def test_a_long_goods_word_in_the_plural_counts_goods():
    assert named_goods("montagebeugels") == named_goods("montagebeugel") != frozenset()
    assert not named_goods("betalingen") and not named_goods("rechnungen")
    [(tool, args)] = planner.plan("kun je me de audittrail van de Globex-rekening voor 500 montagebeugels laten zien?",
                                  None)
    assert tool == "audit_trail" and args["case"].startswith("qty 500")
