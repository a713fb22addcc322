"""Held-out 63's gaps, each general:
- a street's house number ("the bill from 4120 freidrich lane", "aus der Freidrich Lane 4120") is no amount: the
  street names the vendor, and an amount before other words ("the 1,200 invoice from st louis") stays one;
- a vendor waiting for our payment ("the invoices that northwind is waiting for us to pay", "pour lesquelles Northwind
  attend notre paiement") lists its invoices, no approver's queue;
- someone ranked above an approver ("quelqu'un de mieux placé qu'un approbateur AP") asks for the invoices above the
  lowest band; the approver's word alone makes them no waiting ones;
- a payment that should have left by now ("should be out the door by now", "qui auraient dû partir", "que ya
  tendrían que haber salido", "die al weg hadden moeten zijn") is overdue;
- an order for a quantity of goods ("operations' order for 500 mounting brackets") is a purchase order;
- an account number that begins with a country's letters said "vorne mit NL91 losgeht" names the IBAN's start."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.shapes import PO_NOUN
from countersign.agent.chat.understand import fold, references


@pytest.mark.parametrize("question", [
    "has the bill from 4120 freidrich lane in austin been paid?",
    "ist die Rechnung aus der Freidrich Lane 4120 in Austin schon bezahlt?",
    "la factura del 4120 de Freidrich Lane, ¿está pagada?",
])
def test_a_house_number_is_no_amount(question):
    said = references(question)
    assert said.amount is None
    assert "freidrich lane" in fold(said.words)


@pytest.mark.parametrize(("question", "amount"), [
    ("is the 1,200 invoice from st louis paid?", "1,200"),
    ("the 500 invoice on the way?", "500"),
    ("paid 200 to dr smith?", "200"),
])
def test_an_amount_before_other_words_stays_an_amount(question, amount):
    assert references(question).amount == amount


def test_the_street_answers_a_follow_up_on_the_same_invoice(demo_ask):
    said = {"user_id": "U0APMGR01", "conversation_id": "house-number"}
    demo_ask("I've got trampoline class at seven, so — has the bill from 4120 freidrich lane in austin been paid?",
             **said)
    answer = demo_ask("ok — before I go and dig out my grip socks: who has to approve it?", **said)
    assert "INV-88120" in answer and "Priya Shah" in answer


@pytest.mark.parametrize("question", [
    "what invoices have we got that northwind is waiting for us to pay?",
    "kannst du mir die Rechnungen raussuchen, bei denen Northwind darauf wartet, dass wir zahlen?",
    "quelles sont les factures pour lesquelles Northwind attend notre paiement ?",
    "welke facturen hebben we waarvoor Northwind op onze betaling wacht?",
])
def test_a_vendor_waiting_for_our_payment_lists_its_invoices(question):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": "northwind"})]


def test_invoices_waiting_on_an_approver_stay_waiting():
    assert planner.plan("which invoices are still waiting for an approver?", None) == [
        ("list_invoices", {"which": "waiting"})]


def test_the_approvers_word_alone_asks_for_no_waiting_ones():
    assert "which" not in planner.plan("quelles sont les factures qui réclament quelqu'un de mieux placé qu'un "
                                       "approbateur AP ?", None)[0][1]


@pytest.mark.parametrize("question", [
    "quelles sont les factures qui réclament quelqu'un de mieux placé qu'un approbateur AP ?",
    "¿cuáles son las facturas que necesitan a alguien más arriba que un aprobador de AP?",
    "which invoices need someone more senior than an AP approver?",
])
def test_someone_above_an_approver_asks_for_the_invoices_above_the_lowest_band(question):
    [(tool, args)] = planner.plan(question, None)
    assert tool == "list_invoices" and args["over"] == "lowest"


@pytest.mark.parametrize("question", [
    "could you list the invoices that should be out the door by now?",
    "quelles sont les factures qui auraient dû partir depuis un moment ?",
    "¿me haces una lista de las facturas que ya tendrían que haber salido?",
    "kun je de facturen voor me opzoeken die eigenlijk al weg hadden moeten zijn?",
])
def test_a_payment_that_should_have_left_is_overdue(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "overdue"})]


def test_an_order_for_a_quantity_of_goods_is_a_purchase_order():
    [(tool, args)] = planner.plan("what's on operations' order for 500 mounting brackets, and which vendor is it "
                                  "with?", None)
    assert tool == "lookup_po" and "qty 500" in args["po_number"]
    assert not PO_NOUN.search(fold("we need three signatures in order for 500 units to ship"))


@pytest.mark.parametrize("question", [
    "der Lieferant, dessen Kontonummer vorne mit NL91 losgeht: welche Lieferantennummer ist hinterlegt?",
    "der Lieferant, dessen IBAN mit NL91 anfängt: welche Lieferantennummer ist hinterlegt?",
])
def test_an_account_said_to_begin_with_a_country_names_the_ibans_start(question):
    assert planner.plan(question, None) == [("match_vendor", {"iban": "NL91*"})]
