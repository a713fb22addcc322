"""What we owe a vendor: "how much do we owe Acme?" lists that vendor's invoices still owed (posted, or still in
review) and what they add up to; a rejected invoice, an expired one and a copy of one already posted are no debt.
Asked in any of the five languages; "devons"/"debemos" (also "must") count only after a how-much word. "anything
(new) from globex this week?" is a list of that vendor's invoices, not the asker's approval queue, in French, Spanish
and Dutch too, with a lower-case name after "de"/"van", and when asked whether it arrived."""

from __future__ import annotations

import re

import pytest

from countersign.agent.chat import planner

SAM = "U0APMGR01"


@pytest.mark.parametrize(("question", "vendor"), [
    ("how much do we owe Acme?", "Acme"),
    ("what do we still owe northwind", "northwind"),
    ("wie viel schulden wir Acme noch?", "Acme"),
    ("combien doit-on encore à Initech ?", "Initech"),
    ("¿cuánto le debemos a Globex?", "Globex"),
    ("hoeveel zijn we Umbrella nog schuldig?", "Umbrella"),
    ("how much do we owe in total?", None),
])
def test_what_is_owed_is_a_list_of_the_vendor_s_invoices_owed(question, vendor):
    args = {"which": "owed", **({"vendor": vendor} if vendor else {})}
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize("question", [
    "debemos aprobar INV-1043 hoy?",  # must, not owe: an invoice named
    "nous devons relancer Globex",  # must, no how-much word
    "do we still owe anything on INV-1043?",  # one invoice: where it stands
])
def test_must_is_no_debt_and_a_named_invoice_keeps_its_status(question):
    assert ("list_invoices", {"which": "owed"}) not in planner.plan(question, None)
    assert not any(args.get("which") == "owed" for _, args in planner.plan(question, None))


@pytest.mark.parametrize(("question", "vendor"), [
    ("anything from globex this week?", "globex"),
    ("anything new from globex?", "globex"),
    ("anything from globex arrived?", "globex"),
    ("quelque chose de nouveau de globex ?", "globex"),
    ("algo nuevo de globex?", "globex"),
    ("nog iets nieuws van northwind binnengekomen?", "northwind"),
])
def test_anything_from_a_vendor_lists_its_invoices(question, vendor):
    ((tool, args),) = planner.plan(question, None)
    assert tool == "list_invoices" and args["vendor"] == vendor


def test_a_word_after_anything_new_of_is_no_vendor():
    """"algo nuevo de hoy" (of today): the day, no vendor called "hoy"."""
    assert not any(args.get("vendor") for _, args in planner.plan("¿algo nuevo de hoy?", None))


def _listed(answer: str) -> set[str]:
    return set(re.findall(r"^- (\S+) from", answer, re.M))


def test_the_debt_leaves_out_a_duplicate_and_a_rejected_invoice(demo_ask):
    """The demo: Acme's INV-1043 is posted (owed), INV-1001 is blocked as a copy of a bill already posted (not owed);
    Northwind's NW-5602 was rejected (nothing owed)."""
    acme = demo_ask("how much do we owe Acme?", user_id=SAM, conversation_id="owe-acme")
    assert _listed(acme) == {"INV-1043"} and "1657.80" in acme
    assert "INV-1001" not in acme
    northwind = demo_ask("what do we owe Northwind?", user_id=SAM, conversation_id="owe-nw")
    assert not _listed(northwind) and "NW-5602" not in northwind
    everything = demo_ask("show me everything from acme", user_id=SAM, conversation_id="all-acme")
    assert _listed(everything) == {"INV-1043", "INV-1001"}  # the listing of all is unchanged


def test_the_owed_state_is_pure_over_the_cases():
    """`select(which="owed")` keeps posted and open invoices and drops rejected, expired and duplicate ones."""
    from datetime import UTC, datetime

    from countersign.agent.chat.listing import _is

    class Case:
        def __init__(self, status, codes=()):
            self.status = status
            self.policy_result = type("R", (), {"violations": [type("V", (), {"code": c})() for c in codes]})()

    today = datetime(2026, 12, 5, tzinfo=UTC).date()
    kept = [Case("posted"), Case("awaiting_approval"), Case("blocked", ["PO_PRICE_VARIANCE"])]
    dropped = [Case("rejected"), Case("expired"), Case("blocked", ["DUPLICATE_INVOICE"])]
    assert all(_is("owed", c, today) for c in kept)  # type: ignore[arg-type]
    assert not any(_is("owed", c, today) for c in dropped)  # type: ignore[arg-type]
