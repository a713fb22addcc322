"""Lists by a calendar span ("what came in last month", "what's due next week") and by what the checks found
("from suppliers we haven't set up", "whose bank details don't match"); and another's duty said after "can you ...
give me" ("waarvoor een controller moet tekenen") asks the bot to do nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.listing import calendar_span, select
from countersign.agent.chat.understand import read
from countersign.app.chat import make_ask

CLERK = "U0AP0CLERK"


@pytest.mark.parametrize(("name", "today", "span"), [
    ("this_month", date(2026, 12, 4), (date(2026, 12, 1), date(2026, 12, 31))),
    ("last_month", date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 31))),
    ("next_month", date(2026, 12, 31), (date(2027, 1, 1), date(2027, 1, 31))),
    ("this_month", date(2028, 2, 29), (date(2028, 2, 1), date(2028, 2, 29))),  # a leap year's February
    ("next_week", date(2026, 12, 6), (date(2026, 12, 7), date(2026, 12, 13))),  # a Sunday: Monday next
    ("next_week", date(2026, 12, 7), (date(2026, 12, 14), date(2026, 12, 20))),  # a Monday: the Monday after
    ("last_week", date(2026, 12, 2), (date(2026, 11, 23), date(2026, 11, 29))),
])
def test_a_calendar_span_runs_from_its_first_to_its_last_day(name, today, span):
    assert calendar_span(name, today) == span


@pytest.mark.parametrize(("question", "args"), [
    ("which invoices came in this month?", {"received_in": "this_month"}),
    ("welche Rechnungen sind diesen Monat eingegangen?", {"received_in": "this_month"}),
    ("quelles factures sont arrivées ce mois-ci ?", {"received_in": "this_month"}),
    ("¿qué facturas llegaron el mes pasado?", {"received_in": "last_month"}),
    ("welke facturen kwamen vorige maand binnen?", {"received_in": "last_month"}),
    ("what's due next week?", {"due_in": "next_week"}),
    ("welche Rechnungen werden nächsten Monat fällig?", {"due_in": "next_month"}),
    ("quelles factures arrivent à échéance ce mois-ci ?", {"due_in": "this_month"}),  # coming due, not overdue
    ("which invoices are due this week?", {"due_days": 7}),  # a rolling week, as before
])
def test_a_list_by_a_calendar_span(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize("question", [
    "I'm off on sabbatical next month and writing it up for my cover 🌍 — I need the invoices that are blocked.",
    "Ich schreib den Monatsbericht für diesen Monat 📰 — welche Rechnungen sind blockiert?",
])
def test_a_span_in_a_situation_before_the_ask_is_no_filter(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "blocked"})]


def test_received_and_due_in_a_calendar_span(processed):
    cases, policy = processed.store.list_cases(), processed.policy
    received = max(c.created_at for c in cases)
    all_numbers = {c.invoice_number for c in cases if c.kind == "invoice"}
    assert {c.invoice_number for c in select(cases, policy, received, received_in="this_month")} == all_numbers
    month_after = (received.replace(day=1) + timedelta(days=32)).replace(day=1, hour=9)
    assert select(cases, policy, month_after, received_in="this_month") == []
    assert {c.invoice_number for c in select(cases, policy, month_after, received_in="last_month")} == all_numbers
    # the demo's due days: INV-1001 11-04, UC-77 11-28, GX-2026-118 12-09, INV-1043 12-10, NW-5602 12-12,
    # INV-88120 12-13; open ones only, a past day of the month too
    december = {"GX-2026-118", "INV-1043", "NW-5602", "INV-88120"}
    on = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    assert {c.invoice_number for c in select(cases, policy, on, due_in="next_week")} == december
    assert {c.invoice_number for c in select(cases, policy, on, due_in="this_month")} == december
    late = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert {c.invoice_number for c in select(cases, policy, late, due_in="this_month")} == {"INV-1001", "UC-77"}
    assert {c.invoice_number for c in select(cases, policy, late, due_in="next_month")} == december
    open_cases = [c for c in cases if c.invoice_number != "INV-1043"] + [
        replace(next(c for c in cases if c.invoice_number == "INV-1043"), status="posted")]
    assert "INV-1043" not in {c.invoice_number for c in select(open_cases, policy, on, due_in="this_month")}


@pytest.mark.parametrize(("question", "finding"), [
    ("list the invoices from suppliers we haven't set up", "new_vendor"),
    ("which invoices are from a supplier that isn't in QuickBooks yet?", "new_vendor"),
    ("welche Rechnungen kommen von Lieferanten, die wir noch nicht angelegt haben?", "new_vendor"),
    ("which invoices have a bank account that doesn't match the vendor master?", "bank"),
    ("welche Rechnungen haben eine Bankverbindung, die nicht mit dem Stammsatz übereinstimmt?", "bank"),
    ("quelles factures ont un RIB qui ne correspond pas à la fiche fournisseur ?", "bank"),
    ("welke facturen hebben een rekeningnummer dat niet overeenkomt met de leveranciersgegevens?", "bank"),
    ("show me the duplicate invoices", "duplicate"),
])
def test_a_list_by_what_the_checks_found(question, finding):
    assert planner.plan(question, None) == [("list_invoices", {"finding": finding})]


def test_the_list_by_a_finding_holds_only_the_invoices_it_was_found_on(processed):
    ask = make_ask(processed)
    new = ask("list the invoices from suppliers we haven't set up", user_id=CLERK, conversation_id="f1")
    assert "UC-77" in new and "1 invoice" in new and "GX-2026-118" not in new
    bank = ask("which invoices have a bank account that doesn't match the vendor master?", user_id=CLERK,
               conversation_id="f2")
    assert "GX-2026-118" in bank and "1 invoice" in bank and "UC-77" not in bank


def test_one_invoice_described_by_a_mismatch_is_still_one():
    assert planner.plan("why is the invoice whose bank details don't match stuck?", None) == [
        ("case_status", {"case": "finding:bank"})]


@pytest.mark.parametrize(("question", "acts"), [
    ("kun je me de facturen geven boven de 10.000, waarvoor een controller moet tekenen?", False),
    ("kannst du mir die Rechnungen zeigen, die ein Controller abzeichnen muss?", False),
    ("can you approve it, since you must approve it anyway?", True),  # the one asked is the one who must
    ("kun je INV-1043 even tekenen?", True),
])
def test_another_s_duty_after_can_you_is_no_request_to_act(question, acts):
    assert is_action_request(read(question)) is acts
