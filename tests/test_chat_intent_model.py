"""The planner's intent model: its features, its file, and when the planner follows it."""

from __future__ import annotations

import json
import zlib

import pytest

from countersign.agent.chat import intent_model, planner
from countersign.agent.chat.intent_model import WEIGHTS, feature_names, features, header, load, pack


def test_what_a_question_names_does_not_decide_what_it_asks():
    """References become their kind, so two questions that differ only in the invoice, PO, deal or
    amount they name are one and the same to the model."""
    assert features("why is INV-1043 stuck?") == features("why is NW-5602 stuck?")
    assert features("show me PO-2001") == features("show me po#2004")
    assert features("is OPP-3001 billed?") == features("is opp 2990 billed?")
    assert features("the $1,728.00 invoice?") == features("the $24,000.00 invoice?")
    assert features("why is INV-1043 stuck?") != features("who approves INV-1043?")


def test_features_carry_letter_groups_cue_groups_and_reference_kinds():
    names = feature_names("Warum hängt die Rechnung INV-88120 fest?")
    assert names["w:rechnung"] == 1 and names["c4:echn"] == 1 and names["f:warum"] == 1
    assert names["r:case"] == 1 and names["has:q"] == 1
    assert any(n.startswith("g:") for n in names)  # the lexicon's cue groups
    assert "w:88120" not in names and "w:zzid" in names
    vector = features("Warum hängt die Rechnung INV-88120 fest?")
    assert sum(v * v for v in vector.values()) == pytest.approx(1.0)


def test_a_packed_model_loads_back_with_its_weights_within_one_quantization_step():
    tools = ("case_status", "lookup_po")
    weights = [[0.0, 0.0] for _ in range(intent_model.BUCKETS)]
    weights[5] = [2.54, -1.0]
    weights[7] = [-0.01, 0.5]
    model = load(pack(tools, [0.1, -0.1], weights, {"splits": ["x"], "n": 2, "fingerprint": "f"}))
    step = model.scale
    assert step == pytest.approx(2.54 / 127)
    assert model.weights[5 * 2] * step == pytest.approx(2.54, abs=step)
    assert model.weights[5 * 2 + 1] * step == pytest.approx(-1.0, abs=step)
    assert model.weights[7 * 2 + 1] * step == pytest.approx(0.5, abs=step)
    ranked = model.scores({5: 1.0})
    assert ranked[0][1] == "case_status" and sum(p for p, _ in ranked) == pytest.approx(1.0)
    assert model.scores({7: 1.0})[0][1] == "lookup_po"


def test_weights_hashed_for_another_bucket_count_are_refused():
    data = pack(("a",), [0.0], [[0.0]] * intent_model.BUCKETS, {"splits": [], "n": 0, "fingerprint": ""})
    head, _, body = zlib.decompress(data).partition(b"\n")
    meta = {**json.loads(head), "buckets": intent_model.BUCKETS * 2}
    with pytest.raises(ValueError, match="buckets"):
        load(zlib.compress(json.dumps(meta).encode() + b"\n" + body))


def test_the_shipped_weights_were_trained_on_the_current_seen_banks_and_no_blind_one():
    """A bank edited without retraining (python -m evals.train_intent) fails here; so would training
    on a bank that has not been scored blind yet."""
    from evals import train_intent

    meta = header(WEIGHTS.read_bytes())
    assert meta["splits"] == list(train_intent.TRAIN_SPLITS)
    assert meta["fingerprint"] == train_intent.fingerprint(train_intent.examples(train_intent.TRAIN_SPLITS))
    assert set(meta["tools"]) == {"case_status", "pending_approvals", "list_invoices", "explain_variance",
                                  "lookup_po", "match_vendor", "deal_status", "audit_trail", "refuse", "none"}


def test_the_shipped_model_reads_everyday_questions():
    assert intent_model.classify("anything waiting on my signature?")[0][1] == "pending_approvals"
    assert intent_model.classify("which invoices are overdue?")[0][1] == "list_invoices"
    assert intent_model.classify("who is Acme Tools?")[0][1] == "match_vendor"
    assert intent_model.classify("what's the weather in Paris?")[0][1] == "none"


def _ranked(*pairs):
    return lambda text: tuple(pairs)


def test_the_planner_follows_a_sure_model_where_the_question_names_what_its_tool_needs(monkeypatch):
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "explain_variance"), (0.05, "case_status")))
    assert planner.plan("INV-1043?", None) == [("explain_variance", {"reference": "INV-1043"})]
    # the trail instead of the status only when the words ask for one ("what happened to NW-5602?" is its status)
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "audit_trail"), (0.05, "case_status")))
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]
    # lookup_po needs a PO number: with none named, the rules' call stands
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "lookup_po"), (0.05, "case_status")))
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]


def test_the_planner_keeps_its_rules_when_the_model_is_unsure_or_agrees(monkeypatch):
    monkeypatch.setattr(planner, "classify", _ranked((0.55, "audit_trail"), (0.45, "case_status")))
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]
    monkeypatch.setattr(planner, "classify", _ranked((0.99, "case_status"), (0.01, "audit_trail")))
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]
    # sure of another tool, but the rules' choice is still plausible to it
    monkeypatch.setattr(planner, "classify", _ranked((0.75, "audit_trail"), (0.25, "case_status")))
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]
    # a list asked for by its plural stays a list
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "match_vendor"), (0.05, "list_invoices")))
    assert planner.plan("invoices from Globex please", None)[0][0] == "list_invoices"


def test_the_model_never_replaces_a_tool_it_was_not_trained_on(monkeypatch):
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "case_status"), (0.05, "audit_trail")))
    assert planner.plan("show me the extraction of INV-1043", None)[0][0] == "show_extraction"


def test_the_model_fills_a_gap_the_rules_left_and_refuses_only_when_sure(monkeypatch):
    monkeypatch.setattr(planner, "classify", _ranked((0.7, "pending_approvals"), (0.3, "refuse")))
    assert planner.plan("zzz qqq", None) == [("pending_approvals", {})]
    monkeypatch.setattr(planner, "classify", _ranked((0.4, "pending_approvals"), (0.3, "refuse")))
    assert planner.plan("zzz qqq", None) == []
    monkeypatch.setattr(planner, "classify", _ranked((0.96, "refuse"), (0.04, "case_status")))
    assert planner.model_refuses("bin INV-1043")
    assert planner.plan("INV-1043?", None) == [("case_status", {"case": "INV-1043"})]  # plan itself never refuses
    assert not planner.model_refuses("could another person bin INV-1043")  # who may, not a request to act
    monkeypatch.setattr(planner, "classify", _ranked((0.9, "refuse"), (0.1, "case_status")))
    assert not planner.model_refuses("bin INV-1043")  # below REFUSE_MODEL


def test_the_model_never_refuses_an_order_sync_it_was_not_trained_on(monkeypatch):
    """Syncing an order is a proposal a person approves (sync_order), not a request to refuse."""
    monkeypatch.setattr(planner, "classify", _ranked((0.95, "refuse"), (0.05, "case_status")))
    assert not planner.model_refuses("please sync OPP-3003 to the ERP")
    assert not planner.model_refuses("show me the extraction of INV-1043")
    assert planner.model_refuses("bin INV-1043")
