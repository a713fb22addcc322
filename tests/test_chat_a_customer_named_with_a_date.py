"""A reference that names a customer of the CRM, no vendor, and a date or a description ("the blue harbor support
renewal from early october", "Blue Harbor's biggest drill order") asks about a sale. The invoice lookup used to drop
the name it could not place and answer with whichever supplier invoice the date or the rank fitted (INV-1001,
INV-88120), and the PO lookup with whichever PO was received then (PO-2003); both now say the name is a customer's and
the planner asks the CRM for the deal. A PO described by its goods and a date must carry those goods."""

from __future__ import annotations

from datetime import date

import pytest

from countersign.agent.chat.customers import customer_named
from countersign.domain import Opportunity

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "has the blue harbor support plan renewal from early october been billed yet, and what's the invoice number?",
    "ist der Verlängerungsauftrag für den Supportplan von Blue Harbor von Anfang Oktober schon abgerechnet?",
    # a long message keeps the customer's name: the month said in the date token and "Rechnungsnummer" go first
    "ist der Verlängerungsauftrag für den Supportplan von Blue Harbor von Anfang Oktober schon in Rechnung gestellt, "
    "und mit welcher Rechnungsnummer?",
    "la vente de renouvellement du support conclue avec Blue Harbor début octobre a-t-elle été facturée ?",
    "¿se ha facturado ya la renovación del soporte de Blue Harbor de principios de octubre?",
    "is de verlenging van het supportplan van Blue Harbor van begin oktober al gefactureerd?",
])
def test_a_customers_sale_named_by_its_date_is_the_deal(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="renewal")
    assert "OPP-2990" in answer and "SI-00001" in answer
    assert "INV-1001" not in answer  # the supplier invoice of early October is not what was asked


def test_a_customers_ranked_order_is_one_of_its_deals(demo_ask):
    answer = demo_ask("has Blue Harbor's biggest drill order been invoiced?", user_id=SAM, conversation_id="drills")
    assert "Blue Harbor" in answer and "OPP-" in answer
    assert "INV-88120" not in answer and "Initech" not in answer


def test_an_invoice_named_by_its_date_alone_is_still_found(demo_ask):
    answer = demo_ask("what's the status of the invoice from early october?", user_id=SAM, conversation_id="inv")
    assert "INV-1001" in answer


def test_when_no_deal_fits_either_both_say_why_in_the_askers_language(demo_ask):
    answer = demo_ask("ist der Widget-Auftrag von Blue Harbor von Anfang März schon abgerechnet?", user_id=SAM,
                      conversation_id="none")
    assert "Blue Harbor Retail ist ein Kunde" in answer
    assert "INV-" not in answer


def _won(account: str) -> Opportunity:
    return Opportunity(id="OPP-1", name=f"{account} - order", account_id="ACC-1", account_name=account,
                       stage="Closed Won", close_date=date(2026, 10, 2))


@pytest.mark.parametrize(("words", "customer"), [
    ("blue harbor renewal october", "Blue Harbor Retail"),
    ("Meridan paper", "Meridian Health Partners"),  # a typo in a long head is forgiven
    ("blue folder october", None),  # a short first word alone names no one
    ("harbor street toner", None),  # nor the second word alone
    ("meridian acme tools", None),  # a vendor named wins: the invoice is that vendor's
])
def test_a_customer_is_named_by_the_head_of_its_account(words, customer):
    won = [_won("Blue Harbor Retail"), _won("Meridian Health Partners")]
    assert customer_named(words, won, ["Acme Tools Ltd", "Northwind Office Supplies Inc"]) == customer


@pytest.mark.parametrize("question", [
    "la commande de papier de Meridian de mi-novembre a-t-elle été facturée ?",
    "is de papierbestelling van Meridian van half november al gefactureerd?",
])
def test_a_customers_order_named_by_its_date_is_the_deal_not_a_po_of_that_date(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="order")
    assert "OPP-3002" in answer
    assert "PO-2003" not in answer  # the PO received in mid-November is Initech's ERP services, not paper


def test_a_po_named_by_its_goods_and_date_must_carry_those_goods(demo_ask):
    answer = demo_ask("what's on the paper PO from mid november?", user_id=SAM, conversation_id="paper")
    assert "PO-2003" not in answer and "no purchase order 'paper november'" in answer  # said as typed, no token
    answer = demo_ask("what's on the consulting PO from mid november?", user_id=SAM, conversation_id="consulting")
    assert "PO-2003" in answer  # its vendor's name says it: Initech Consulting LLC
