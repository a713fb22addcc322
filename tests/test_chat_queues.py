"""Everyday AP questions about other people's queues, what falls due, what a list adds up to, and
who approved a posted bill: "what's waiting on Priya?", "what is due this week?", "what do the
blocked invoices add up to?", "who approved INV-1043?"."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from countersign.agent.approvals import decide
from countersign.agent.chat import planner
from countersign.agent.chat.listing import select
from countersign.app.chat import make_ask
from countersign.domain import Verdict

CLERK, AP = "U0AP0CLERK", "U0APMGR01"


@pytest.fixture
def worked(processed):
    return processed


@pytest.mark.parametrize(("question", "person"), [
    ("what's waiting on Priya?", "Priya"),
    ("anything stuck with Alex right now?", "Alex"),
    ("what is Priya sitting on?", "Priya"),
    ("was liegt bei Priya Shah?", "Priya Shah"),
    ("qu'est-ce qui attend chez Alex ?", "Alex"),
    ("¿qué tiene pendiente Priya?", "Priya"),
    ("wat ligt er bij Alex?", "Alex"),
])
def test_a_question_about_someone_elses_queue_names_them(question, person):
    assert planner.plan(question, None) == [("pending_approvals", {"person": person})]


@pytest.mark.parametrize("question", ["what is waiting for me?", "is INV-1043 waiting on approval?",
                                      "which invoices are waiting for approval?", "is it waiting on Sam?"])
def test_the_askers_own_queue_or_an_invoice_is_no_one_elses(question):
    assert all(args.get("person") is None for _, args in planner.plan(question, None))


def test_someone_elses_queue_holds_only_what_the_policy_would_accept_from_them(worked):
    ask = make_ask(worked)
    priya = ask("what's waiting on Priya?", user_id=CLERK, conversation_id="q1")
    assert "Priya Shah" in priya and "INV-88120" in priya  # the senior band's controller
    alex = ask("was liegt bei Alex Chen?", user_id=CLERK, conversation_id="q2")
    assert "Alex Chen" in alex and "UC-77" in alex  # the new vendor's approval
    # the CFO holds a role for INV-88120 but the policy refuses him: said as his, not as the asker's
    assert "Alex Chen hat die Rolle" in alex
    assert "names no one" in ask("what's waiting on Bob?", user_id=CLERK, conversation_id="q3")


@pytest.mark.parametrize(("question", "args"), [
    ("which invoices are due this week?", {"due_days": 7}),
    ("welche Rechnungen sind diese Woche fällig?", {"due_days": 7}),
    ("quelles factures arrivent à échéance cette semaine ?", {"due_days": 7}),  # coming due, not overdue
    ("¿qué vence esta semana?", {"due_days": 7}),
    ("what is due today?", {"due_days": 0}),
    ("which invoices came in today?", {"days": 1}),
    ("show me everything from Globex", {"vendor": "Globex"}),
    ("zeig mir alles von Acme", {"vendor": "Acme"}),
])
def test_lists_by_due_date_arrival_and_vendor(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


def _approve(services, invoice_number: str) -> None:
    case = next(c for c in services.store.list_cases() if c.invoice_number == invoice_number)
    [proposal] = services.store.proposals_for_case(case.id)
    assert decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE).case_status == "posted"


def test_invoices_falling_due_are_open_and_due_from_today_on(worked):
    _approve(worked, "INV-1043")  # due 12-10, but posted now
    cases, policy = worked.store.list_cases(), worked.policy
    on = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    # GX-2026-118 (due 12-09, blocked), NW-5602 (12-12) and INV-88120 (12-13) fall due within a week;
    # UC-77 (11-28) and INV-1001 (11-04) are already past due
    week = {c.invoice_number for c in select(cases, policy, on, due_days=7)}
    assert week == {"GX-2026-118", "NW-5602", "INV-88120"}
    assert {c.invoice_number for c in select(cases, policy, on, due_days=1)} == {"GX-2026-118"}
    assert select(cases, policy, on, due_days=0) == []


def test_a_list_says_what_it_adds_up_to(worked):
    answer = make_ask(worked)("which invoices are blocked?", user_id=AP, conversation_id="sum")
    blocked = [c for c in worked.store.list_cases() if c.invoice_number in ("INV-1001", "GX-2026-118", "UC-77")]
    total = sum((c.total for c in blocked), Decimal(0))
    assert f"Together: {total:.2f} USD" in answer


def test_who_approved_a_posted_bill_and_when(worked):
    _approve(worked, "INV-1043")
    answer = make_ask(worked)("who approved INV-1043?", user_id=CLERK, conversation_id="who")
    assert "Approved by Sam Rivera (U0APMGR01" in answer and "posted 20" in answer
    german = make_ask(worked)("Wo steht INV-1043?", user_id=CLERK, conversation_id="wer")
    assert "Freigegeben von Sam Rivera" in german
