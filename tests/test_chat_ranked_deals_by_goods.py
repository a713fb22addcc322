"""A superlative over a customer's deals that sell the goods said: "Blue Harbor's biggest drill order" is the biggest
of its deals selling drills (OPP-3001, 25 drills and their installation), not the one deal whose name says "drills"
(OPP-3004, spare drills), which the name alone had picked before the rank was applied."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from countersign.agent.chat.deals import find_deals
from countersign.domain import Opportunity, SalesLine

SAM = "U0APMGR01"


def _deal(id_: str, name: str, account: str, product: str, quantity: int, price: str) -> Opportunity:
    return Opportunity(id=id_, name=name, account_id=account[:3], account_name=account, stage="Closed Won",
                       close_date=date(2026, 11, 1),
                       lines=[SalesLine(product=product, quantity=Decimal(quantity), unit_price=Decimal(price))])


WON = [
    _deal("OPP-1", "Harbor - store fit-out", "Harbor Retail", "Cordless drill 18V", 25, "180.00"),
    _deal("OPP-2", "Harbor - spare drills", "Harbor Retail", "Cordless drill 18V", 5, "189.00"),
    _deal("OPP-3", "Harbor - support renewal", "Harbor Retail", "Annual support plan", 1, "9000.00"),
    _deal("OPP-4", "Meridian - drills pilot", "Meridian Health", "Cordless drill 18V", 50, "189.00"),
]


@pytest.mark.parametrize(("words", "deal"), [
    ("Harbor's biggest drill rank:max:total", "OPP-1"),
    ("Harbor's smallest drill rank:min:total", "OPP-2"),
    ("Harbor's biggest rank:max:total", "OPP-3"),  # no goods said: all its deals
    ("Harbor's biggest spare drills rank:max:total", "OPP-2"),  # its own name's "spare" picks that deal
])
def test_a_customers_ranked_deal_is_ranked_among_those_selling_the_goods(words, deal):
    assert [o.id for o in find_deals(words, WON, lambda o: None)] == [deal]


def test_blue_harbors_biggest_drill_order_in_the_demo(demo_ask):
    answer = demo_ask("has Blue Harbor's biggest drill order been billed yet?", user_id=SAM, conversation_id="d")
    assert "OPP-3001" in answer and "OPP-3004" not in answer
