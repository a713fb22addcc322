"""Two ways a question about a sale got "no such thing" although one thing fitted.

"The northshore deal from late november": Northshore's only deal closed on the 18th, three days before what the
planner reads as late November (21st-30th); the deal lookup said no deal. A part of a month has soft edges: when
nothing falls inside it, the one thing within a few days of its edge is meant. A whole month and a week keep theirs.

"the invoice for the sale of 120 boxes of paper to Meridian": the quantity went to the invoice lookup alone, without
the customer's name, so nothing said the question was about a sale. The quantity now travels with its words; a
counted reference that names a customer fails the invoice lookup with why, and the planner asks the CRM. A quantity
no invoice prints names no invoice, whatever the words beside it fit.
"""

from __future__ import annotations

from datetime import date

import pytest

from countersign.agent.chat.descriptions import PERIOD
from countersign.agent.chat.periods import in_period, near_period

SAM = "U0APMGR01"


def _period(token: str):
    m = PERIOD.search(token)
    assert m is not None
    return m


def test_a_part_of_a_month_widens_only_when_nothing_falls_inside():
    late_november = _period("period:date:11:21:31")
    days = [date(2026, 11, 18), date(2026, 10, 2)]
    assert not in_period(date(2026, 11, 18), late_november)
    assert in_period(date(2026, 11, 18), late_november, slack=4)
    assert near_period(days, late_november, lambda d: d) == [date(2026, 11, 18)]
    # one inside wins: the near one is not added
    assert near_period([*days, date(2026, 11, 24)], late_november, lambda d: d) == [date(2026, 11, 24)]
    # two near ones: which is meant is not known
    assert near_period([date(2026, 11, 18), date(2026, 11, 17)], late_november, lambda d: d) == []
    # early December begins a few days before the month does
    assert near_period([date(2026, 11, 28)], _period("period:date:12:1:10"), lambda d: d) == [date(2026, 11, 28)]


@pytest.mark.parametrize("token", ["period:date:11:1:30", "period:date:w47"])
def test_a_whole_month_or_a_week_keeps_its_edges(token):
    assert near_period([date(2026, 10, 29), date(2026, 12, 2)], _period(token), lambda d: d) == []


@pytest.mark.parametrize("question", [
    "what happened with the northshore deal from late november?",
    "has the northshore paper deal from late november been invoiced?",
])
def test_a_deal_a_few_days_off_the_part_of_the_month_said_is_found(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="northshore")
    assert "OPP-3003" in answer and "no deal" not in answer


def test_a_customer_with_several_deals_is_not_widened_into_a_wrong_one(demo_ask):
    answer = demo_ask("has the blue harbor deal from mid-october been invoiced?", user_id=SAM,
                      conversation_id="bh")
    assert "OPP-" not in answer  # Blue Harbor's deals closed on 2 October and in November: none is mid-October


@pytest.mark.parametrize("question", [
    "has the invoice for the sale of 120 boxes of paper to Meridian gone out?",
    "¿ha salido ya la factura de la venta de 120 cajas de papel a Meridian?",
])
def test_a_counted_sale_to_a_customer_is_the_customers_deal(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="meridian-paper")
    assert "OPP-3002" in answer
    assert "NW-5602" not in answer and "INV-" not in answer


def test_a_quantity_no_invoice_prints_names_none(demo_ask):
    answer = demo_ask("what's the status of the invoice for 120 boxes of paper?", user_id=SAM,
                      conversation_id="paper")
    assert "120" in answer and "NW-5602" not in answer


def test_a_quantity_with_the_goods_still_finds_its_invoice(demo_ask):
    answer = demo_ask("what's the status of the invoice for 500 mounting brackets?", user_id=SAM,
                      conversation_id="brackets")
    assert "GX-2026-118" in answer


def test_a_figure_grouped_with_spaces_is_one_figure(demo_ask):
    answer = demo_ask("elle en est où, la facture avec une ligne à 1 280,00 ?", user_id=SAM, conversation_id="line")
    assert "NW-5602" in answer  # "1 280,00" is 1,280.00, not a 1 and the words "280,00"
