"""The list model: which invoices a list question asks for when the list rules read no filter."""

from __future__ import annotations

import pytest

from countersign.agent.chat import intent_model, list_questions, planner
from countersign.agent.chat.intent_model import LIST_WEIGHTS, header
from countersign.agent.chat.list_questions import learned_filters, list_filters
from countersign.agent.chat.understand import read, references


def _sure(kind: str, p: float = 0.9):
    return lambda text: (p, kind)


def test_the_shipped_list_weights_match_the_scored_banks_and_no_blind_one():
    """A bank edited without retraining (python -m evals.train_intent) fails here; so would a bank
    that has not been scored blind yet among the training splits."""
    from evals import train_intent

    meta = header(LIST_WEIGHTS.read_bytes())
    assert meta["splits"] == list(train_intent.LIST_SPLITS)
    assert "fresh43" not in meta["splits"]
    assert meta["fingerprint"] == train_intent.fingerprint(train_intent.list_examples(train_intent.LIST_SPLITS))
    assert set(meta["tools"]) == {"blocked", "waiting", "overdue", "over_budget", "over", "vendor", "week", "none"}


def test_list_examples_label_each_reference_by_its_kind_and_add_unfiltered_lists():
    from evals import train_intent

    rows = train_intent.list_examples(("in",))
    kinds = {kind for _, _, kind in rows}
    assert {"blocked", "over", "vendor", "week", "none"} <= kinds
    assert ("in", "which invoices are blocked?", "blocked") in rows
    assert ("in", "which invoices are over 20000?", "over") in rows
    assert all("{ref}" not in text and "  " not in text for _, text, _ in rows)


@pytest.mark.parametrize("kind", ["blocked", "waiting", "overdue", "over_budget"])
def test_a_sure_state_is_the_filter(monkeypatch, kind):
    monkeypatch.setattr(list_questions, "list_kind", _sure(kind))
    t = "which invoices are in whatever state?"
    assert learned_filters(t, references(t), {}) == {"which": kind}


def test_an_unsure_model_reads_nothing(monkeypatch):
    monkeypatch.setattr(list_questions, "list_kind", _sure("blocked", list_questions.LEARNED - 0.01))
    t = "which invoices are in whatever state?"
    assert learned_filters(t, references(t), {}) == {}


def test_an_amount_filter_needs_an_amount_the_question_says(monkeypatch):
    monkeypatch.setattr(list_questions, "list_kind", _sure("over"))
    t = "welche Rechnungen gehen über die Zehntausend-Dollar-Marke?"
    assert learned_filters(t, references(t), {}) == {"over": "10000"}  # the compound's words apart, its capital dropped
    t = "which invoices are way too much?"
    assert learned_filters(t, references(t), {}) == {}


def test_a_vendor_filter_takes_the_name_of_the_asked_part_not_an_aside_or_a_known_word(monkeypatch):
    monkeypatch.setattr(list_questions, "list_kind", _sure("vendor"))
    t = "My Manager wants it before the Meeting — which invoices has Initech raised against us?"
    assert learned_filters(t, references(t), {}) == {"vendor": "Initech"}
    t = "which invoices has the supplier raised against us?"
    assert learned_filters(t, references(t), {}) == {}


def test_this_week_is_received_or_due_by_the_words(monkeypatch):
    monkeypatch.setattr(list_questions, "list_kind", _sure("week"))
    t = "which invoices land in the next few days?"
    assert learned_filters(t, references(t), {}) == {"days": 7}
    t = "which invoices fall due in the coming days?"
    assert learned_filters(t, references(t), {}) == {"due_days": 7}


def test_the_planner_asks_the_model_only_where_the_rules_read_no_filter(monkeypatch):
    monkeypatch.setattr(list_questions, "list_kind", _sure("waiting"))
    assert planner.plan("which invoices are blocked?", None) == [("list_invoices", {"which": "blocked"})]
    t = "which invoices got derailed along the way?"
    assert list_filters(t, read(t), references(t)) == {}
    assert planner.plan(t, None) == [("list_invoices", {"which": "waiting"})]


@pytest.mark.parametrize(("question", "expected"), [
    ("which invoices slipped past the day we promised to pay?", {"which": "overdue"}),
    ("quelles factures ont dépassé le jour où on devait régler ?", {"which": "overdue"}),
    ("welche Rechnungen sind irgendwo hängengeblieben und kommen nicht weiter?", {"which": "blocked"}),
    ("which invoices cost us more per unit than we agreed on the PO?", {"which": "over_budget"}),
    ("which invoices top the five-grand line?", {"over": "5000"}),
])
def test_the_shipped_model_reads_list_idioms_no_rule_knows(question, expected):
    """Phrasings written for this test, in no bank: the rules read no filter in them, the model does."""
    assert list_filters(question, read(question), references(question)) == {}
    assert planner.plan(question, None) == [("list_invoices", expected)]


def test_the_shipped_model_reads_a_plain_list_as_unfiltered():
    assert intent_model.list_kind("can you list every invoice please")[1] == "none"
    assert planner.plan("can you list every invoice please", None) == [("list_invoices", {})]
