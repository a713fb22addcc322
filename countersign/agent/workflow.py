"""The invoice workflow as a LangGraph graph, one thread per case (thread_id = case id).

    invoice: extract → match_vendor → lookup_po → validate → draft ─┐
             (vendor unknown: validate → propose_vendor → approval → post → match_vendor …)
    order:   check_order ─────────────────────────────→ draft_order ─┤
                                                                     ▼
                                                   approval → post → notify
    (blocked, unreadable, rejected and expired cases go straight to notify; a later run, after a
     correction or a re-run, starts at match_vendor from the stored, corrected reading)

This file is the topology, read top to bottom; what each step does is in agent/nodes.py. The
approval node does nothing but `interrupt()`: LangGraph re-runs a node from its start on resume,
so no side effect may sit before the interrupt. Posting is its own node and safe to re-run: the
ERP adapter checks the idempotency key before it writes.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from langgraph.graph import END, START, StateGraph

from countersign.agent import nodes
from countersign.agent.nodes import NEW_VENDOR, VENDOR_CREATED, CaseState, WorkflowDeps
from countersign.domain import CaseStatus, ProposalStatus


def build_workflow(deps: WorkflowDeps, checkpointer: Any) -> Any:
    """The compiled case graph; `deps` are bound into every node."""
    store = deps.store

    def start(state: CaseState) -> str:
        case = store.case_progress(state["case_id"])  # a few columns: a first run needs no stored JSON
        if case is not None and case.kind == "order":
            return "check_order"
        if case is None or not case.run:
            return "extract"
        # A later run (a correction, a re-run) goes on from the stored, corrected reading.
        full = store.get_case(case.id)
        return "match_vendor" if full is not None and full.extracted else "extract"

    def after_check_order(state: CaseState) -> str:
        return "notify" if state.get("outcome") == CaseStatus.BLOCKED else "draft_order"

    def after_extract(state: CaseState) -> str:
        return "notify" if state.get("outcome") == CaseStatus.FAILED_INTAKE else "match_vendor"

    def after_validate(state: CaseState) -> str:
        return {CaseStatus.BLOCKED: "notify", NEW_VENDOR: "propose_vendor"}.get(state.get("outcome", ""), "draft")

    def after_draft(state: CaseState) -> str:
        return "notify" if state.get("outcome") == CaseStatus.BLOCKED else "approval"

    def after_approval(state: CaseState) -> str:
        proposal = store.get_proposal(state.get("proposal_id") or "")
        posting = proposal is not None and proposal.status in (ProposalStatus.APPROVED, ProposalStatus.POSTED)
        return "post" if posting else "notify"

    def after_post(state: CaseState) -> str:
        return "match_vendor" if state.get("outcome") == VENDOR_CREATED else "notify"

    graph = StateGraph(CaseState)
    for name in ("extract", "match_vendor", "lookup_po", "validate", "draft", "propose_vendor", "check_order",
                 "draft_order", "approval", "post", "notify"):
        graph.add_node(name, partial(getattr(nodes, name), deps))

    graph.add_conditional_edges(START, start, ["extract", "match_vendor", "check_order"])
    # invoice
    graph.add_conditional_edges("extract", after_extract, ["match_vendor", "notify"])
    graph.add_edge("match_vendor", "lookup_po")
    graph.add_edge("lookup_po", "validate")
    graph.add_conditional_edges("validate", after_validate, ["draft", "propose_vendor", "notify"])
    graph.add_conditional_edges("draft", after_draft, ["approval", "notify"])
    graph.add_conditional_edges("propose_vendor", after_draft, ["approval", "notify"])
    # order
    graph.add_conditional_edges("check_order", after_check_order, ["draft_order", "notify"])
    graph.add_conditional_edges("draft_order", after_draft, ["approval", "notify"])
    # a person decides; an approved proposal posts (a created vendor sends the invoice round again)
    graph.add_conditional_edges("approval", after_approval, ["post", "notify"])
    graph.add_conditional_edges("post", after_post, ["match_vendor", "notify"])
    graph.add_edge("notify", END)
    return graph.compile(checkpointer=checkpointer)
