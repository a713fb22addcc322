"""A street typed with a letter missing ("harbor stret") still names the supplier there; an inbox is no approval
tray; invoices that didn't make it past a check are blocked; the intent model reads the ask after a situation's
dash when it reads it more surely; and a count in the situation ("twenty tabs open") is no amount a list is over."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.places import in_named_place
from countersign.agent.chat.understand import references

SAM = "U0APMGR01"
ADDRESSES = {"Northwind": "42 Harbor Street, Seattle, WA 98101", "Acme": "100 Industrial Way, Springfield, IL 62701"}


@pytest.mark.parametrize(("said", "found"), [
    ("the supplier on harbor street", ["Northwind"]),
    ("the supplier on harbor stret", ["Northwind"]),  # a letter missing in a street's long word
    ("the supplier on industrail way", ["Acme"]),  # two letters swapped
    ("the supplier on harbour", []),  # a street's word alone names no street
    ("the supplier in seatle", []),  # a one-word place is matched exactly (the table knows its spellings)
])
def test_a_street_typed_with_a_letter_wrong_still_names_the_supplier_there(said, found):
    assert in_named_place(said, list(ADDRESSES), ADDRESSES.get) == found


def test_the_variance_of_the_invoice_from_the_supplier_on_a_mistyped_street(demo_ask):
    answer = demo_ask("on the invoice from the supplier on harbor stret, which line is above the PO price, and by how "
                      "much?", user_id=SAM, conversation_id="street")
    assert "NW-5602" in answer and "Toner cartridge" in answer and "11.24" in answer


@pytest.mark.parametrize("question", [
    "¿qué facturas hay que han llegado a la bandeja de entrada esta semana?",
    "lo apunto en mi libreta qué facturas tenemos que han llegado a la bandeja de entrada esta semana",
])
def test_an_inbox_is_no_approval_tray(question):
    assert planner.plan(question, None) == [("list_invoices", {"days": 7})]


def test_an_approver_s_tray_still_waits():
    assert planner.plan("¿qué facturas esperan en la bandeja de un aprobador?", None) == [
        ("list_invoices", {"which": "waiting"})]


@pytest.mark.parametrize("question", [
    "which invoices do we have that didn't make it past a check",
    "could you list the invoices that didn't get past our checks?",
])
def test_invoices_that_did_not_make_it_past_a_check_are_blocked(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "blocked"})]


def test_invoices_that_got_past_their_due_date_are_overdue_not_blocked():
    assert planner.plan("can you check which invoices got past their due date?", None) == [
        ("list_invoices", {"which": "overdue"})]


def test_a_situation_before_the_dash_does_not_sway_what_the_ask_after_it_is():
    question = "La grêle tambourine sur la verrière comme pas possible ⛈️ — qu'est-ce qui attend encore ma signature ?"
    assert planner.plan(question, None) == [("pending_approvals", {})]


@pytest.mark.parametrize(("question", "args"), [
    ("Ik heb zo'n twintig tabbladen open en vind het niet — kun je me de facturen geven met een totaal voorbij de "
     "20.000?", {"over": "20.000"}),
    ("Ik heb zo'n twintig tabbladen open en vind het niet — kun je me de facturen geven waarbij de stukprijs boven de "
     "inkooporder is geslopen?", {"which": "over_budget"}),
])
def test_a_count_in_the_situation_is_no_amount_of_the_ask(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize(("question", "amount"), [
    ("As AP manager I owe the CFO a one-liner on the invoice with a quantity of 500 by noon — what state is it in?",
     "qty 500"),  # a count before the dash that names the invoice stays
    ("the PO for 500 units at 3.20", "qty 500"),
])
def test_a_count_that_names_the_invoice_stays_its_reference(question, amount):
    assert references(question).amount == amount
