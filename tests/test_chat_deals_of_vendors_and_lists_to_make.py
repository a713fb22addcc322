"""Two misreadings a person meets in one conversation.

A deal named by one of our vendors ("der erste Deal von Initech") names no deal: the CRM's deals are sales to
customers, and Initech sells to us. The deal lookup used to drop the name it could not place and answer with the
first deal of all (Blue Harbor's, OPP-2990); it now says no deal fits and that the name is a vendor's.

A list to make is a list to see: "can you set up a list of invoices approved last week?" was refused as a request
to set something, and "the approved invoices" listed those still waiting for approval. Approved invoices post at
once, so they are the posted ones.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from countersign.agent.chat.customers import vendor_named
from countersign.agent.chat.planner import plan, wants_action
from countersign.domain import Opportunity, SalesLine

SAM = "U0APMGR01"


@pytest.mark.parametrize(("question", "said"), [
    ("der erste Deal von Initech, warum ist der noch nicht fakturiert?", "Initech Consulting LLC ist ein Lieferant"),
    ("el último deal de Globex ya está facturado?", "Globex Industrial GmbH es un proveedor"),
    ("has the newest Initech deal been invoiced?", "Initech Consulting LLC is a vendor"),
])
def test_a_deal_named_by_a_vendor_is_no_customers_deal(demo_ask, question, said):
    answer = demo_ask(question, user_id=SAM, conversation_id="vendor-deal")
    assert said in answer
    assert "OPP-" not in answer  # no customer's deal picked by "first" or "newest" alone


@pytest.mark.parametrize(("question", "deal"), [
    ("has Blue Harbor's biggest deal been invoiced?", "OPP-3001"),  # a customer's deal is still found by its rank
    ("is the meridian paper deal invoiced", "OPP-3002"),
])
def test_a_customers_deal_is_still_found(demo_ask, question, deal):
    assert deal in demo_ask(question, user_id=SAM, conversation_id="customer-deal")


def _won(name: str, account: str, product: str) -> Opportunity:
    return Opportunity(id="OPP-1", name=name, account_id="ACC-1", account_name=account, stage="Closed Won",
                       close_date=date(2026, 10, 2),
                       lines=[SalesLine(product=product, quantity=Decimal(1), unit_price=Decimal(10))])


@pytest.mark.parametrize(("words", "vendor"), [
    ("Initech rank:min:date", "Initech Consulting LLC"),
    ("Inetech latest", "Initech Consulting LLC"),  # a typo in the name is forgiven
    ("Meridian paper", None),  # a customer's name is no vendor's
    ("the acme drills", None),  # a short first word names a vendor only with its second ("Acme Tools")
    ("Northwind toner resale", None),  # the CRM sells what the vendor's head names: the words may name that deal
])
def test_vendor_named_by_its_head_unless_the_crm_sells_it(words, vendor):
    won = [_won("Meridian - annual supplies", "Meridian Health Partners", "A4 copy paper"),
           _won("Reseller - Northwind toner", "Blue Harbor Retail", "Northwind toner")]
    vendors = ["Initech Consulting LLC", "Acme Tools Ltd", "Northwind Office Supplies Inc"]
    assert vendor_named(words, won, vendors) == vendor


@pytest.mark.parametrize(("question", "which"), [
    ("can you set up a list of invoices approved last week?", "posted"),
    ("could you create a report of the rejected invoices", "rejected"),
    ("set up an overview of the overdue invoices please", "overdue"),
    ("list the approved invoices", "posted"),
    ("welche freigegebenen Rechnungen gibt es?", "posted"),
    ("muéstrame las facturas aprobadas", "posted"),
    ("toon de goedgekeurde facturen", "posted"),
    ("which invoices still need to be approved", "waiting"),  # a wait said with the participle stays a wait
])
def test_a_list_to_make_or_of_approved_invoices_is_shown(question, which):
    assert not wants_action(question)
    assert plan(question, None) == [("list_invoices", {"which": which})]


@pytest.mark.parametrize("question", [
    "make a list of the blocked invoices and approve them all",  # the act after the list is still refused
    "can you set up a new vendor",
    "can you create a bill for the acme invoice",
])
def test_an_act_beside_a_list_is_still_refused(question):
    assert wants_action(question)
