"""Correcting a case's values and running a case again: checked, recorded once, then re-run.

A correction records the old value, the new value, who and why (domain `Correction`); like a
re-run, it supersedes every proposal of the case that is not posted (their approvals no longer
count: `Store.approvals_on_record`, `decide`, the post step and `audit verify` all hold to it)
and starts the case's next run, which validates the corrected values and drafts a new proposal
that needs its own approval. Nothing approved for one set of values can post with another: an
approved proposal (being posted exactly as approved) or a posted one refuses any correction.

Both happen under the case's claim, and the new run goes through the runner (`advance`), never
around it. Who acts is proven by the caller's channel (OS account, signed console session, Slack),
and must be a person the policy maps; whoever corrects may not give the final approval
(segregation of duties, `authority.conflicts_of_interest`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from countersign.agent.runner import CLAIM_WAIT_SECONDS, advance
from countersign.agent.runtime import Runtime
from countersign.domain import (
    CaseStatus,
    CaseView,
    Correction,
    CorrectionError,
    ProposalStatus,
    Severity,
    apply_corrections,
    normalize_correction,
)
from countersign.domain.corrections import MAX_REASON
from countersign.policies.overrides import OVERRIDDEN, override_field

# A re-run without a correction is for a case that stopped: a person's rejection or a waiting
# request is replaced only by correcting a value.
RERUNNABLE = frozenset({CaseStatus.BLOCKED, CaseStatus.EXPIRED, CaseStatus.FAILED, CaseStatus.FAILED_INTAKE})
_NOT_RERUNNABLE = {
    CaseStatus.AWAITING_APPROVAL.value: "it waits for approval; correct a value to replace the request",
    CaseStatus.REJECTED.value: "a person rejected it; correct a value to submit it again",
    CaseStatus.POSTED.value: "it is posted",
}
CASE_COLUMNS = {"vendor_name": "vendor_name", "invoice_number": "invoice_number", "currency": "currency",
                "total": "total", "po_number": "po_number"}


@dataclass(frozen=True)
class RerunOutcome:
    applied: bool
    case_id: str
    status: str = ""  # the case's status afterwards
    refusals: list[str] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)
    proposal_id: str | None = None  # the case's proposal awaiting approval afterwards, if any
    run: int = 0


def correct(services: Runtime, case_id: str, changes: Mapping[str, str | None], *, who: str, reason: str,
            channel: str, evidence: Mapping[str, list[dict[str, Any]]] | None = None) -> RerunOutcome:
    """Set the given fields of the case's reading (`changes`: field -> value as typed; empty clears),
    then validate again and propose afresh. `evidence`: where each new value stands on the page,
    when the caller found it there. Refused, audited, when anything does not hold."""
    refusals = _person_refusals(services, who, reason)
    normalized: dict[str, str | None] = {}
    for name, raw in changes.items():
        try:
            normalized[name] = normalize_correction(name, raw)
        except CorrectionError as exc:
            refusals.append(str(exc))
    if not changes:
        refusals.append("name at least one field to correct (FIELD=VALUE)")
    if refusals:
        return _refused(services, case_id, who, "correction_refused", refusals, channel)
    with services.claims.hold(case_id, wait=CLAIM_WAIT_SECONDS) as ours:
        if not ours:
            return _refused(services, case_id, who, "correction_refused", [_busy(case_id)], channel)
        case = services.store.get_case(case_id)
        refusals = _correctable(case, case_id)
        if case is None or refusals:
            return _refused(services, case_id, who, "correction_refused", refusals, channel)
        now = services.clock()
        corrections = [Correction(case_id=case.id, field=name, old_value=_value(case, name), new_value=value,
                                  who=who, why=reason.strip(), at=now, channel=channel)  # type: ignore[arg-type]
                       for name, value in normalized.items() if value != _value(case, name)]
        if not corrections:
            return _refused(services, case_id, who, "correction_refused",
                            ["nothing to change: every field already holds the value given"], channel)
        reading = apply_corrections(case.extracted or {}, corrections, dict(evidence or {}))
        columns = {CASE_COLUMNS[c.field]: (Decimal(c.new_value) if c.field == "total" and c.new_value else c.new_value)
                   for c in corrections if c.field in CASE_COLUMNS}
        return _restart(services, case, who=who, reason=reason.strip(), channel=channel, corrections=corrections,
                        reading=reading, columns=columns)


def override(services: Runtime, case_id: str, code: str, *, who: str, reason: str, channel: str) -> RerunOutcome:
    """Override one finding of the case, where the policy gives one of `who`'s roles that right
    (`policy.overrides`), with a reason: kept like a correction (old value: the finding's wording),
    then validated again (`policies/overrides.py` turns the finding into information) and proposed
    afresh; earlier approvals no longer count, and whoever overrides may not give the final one."""
    refusals = _person_refusals(services, who, reason)
    allowed = services.policy.override_roles(code)
    if not allowed:
        refusals.append(f"the policy lets nobody override {code or '(no finding)'}")
    elif who in services.policy.people and not services.policy.may_override(who, code):
        refusals.append(f"the policy gives the right to override {code} to {' or '.join(allowed)};"
                        f" {who} holds {', '.join(sorted(services.policy.roles_of(who))) or 'no role'}")
    if refusals:
        return _refused(services, case_id, who, "override_refused", refusals, channel)
    with services.claims.hold(case_id, wait=CLAIM_WAIT_SECONDS) as ours:
        if not ours:
            return _refused(services, case_id, who, "override_refused", [_busy(case_id)], channel)
        case = services.store.get_case(case_id)
        refusals = _correctable(case, case_id)
        findings = [v for v in ((case.policy_result.violations if case and case.policy_result else []))
                    if v.code == code and v.severity != Severity.INFO]
        if case is not None and not refusals and not findings:
            refusals = [f"case {case_id} has no {code} finding to override"]
        if case is None or refusals:
            return _refused(services, case_id, who, "override_refused", refusals, channel)
        corrections = [Correction(case_id=case.id, field=override_field(code), old_value=v.message,
                                  new_value=OVERRIDDEN, who=who, why=reason.strip(), at=services.clock(),
                                  channel=channel) for v in findings]  # type: ignore[arg-type]
        return _restart(services, case, who=who, reason=reason.strip(), channel=channel, corrections=corrections)


def rerun(services: Runtime, case_id: str, *, who: str, reason: str = "", channel: str) -> RerunOutcome:
    """Run a case that stopped (blocked, expired, failed, unreadable) again from its stored reading
    (an unreadable one is read again): validated under today's master data and policy, proposed
    afresh. Refused, audited, for a case that waits for a person, was rejected, or posted."""
    refusals = _person_refusals(services, who, reason or "re-run")
    if refusals:
        return _refused(services, case_id, who, "rerun_refused", refusals, channel)
    with services.claims.hold(case_id, wait=CLAIM_WAIT_SECONDS) as ours:
        if not ours:
            return _refused(services, case_id, who, "rerun_refused", [_busy(case_id)], channel)
        case = services.store.get_case(case_id)
        refusals = _rerunnable(case, case_id)
        if case is None or refusals:
            return _refused(services, case_id, who, "rerun_refused", refusals, channel)
        return _restart(services, case, who=who, reason=reason.strip() or "re-run", channel=channel)


def _restart(services: Runtime, case: CaseView, *, who: str, reason: str, channel: str,
             corrections: list[Correction] | None = None, reading: dict[str, Any] | None = None,
             columns: dict[str, Any] | None = None) -> RerunOutcome:
    """Under the case's claim (held by the caller): the store's one transaction, then the new run."""
    store = services.store
    restart = store.restart_case(case.id, who=who, reason=reason, channel=channel, corrections=corrections,
                                 reading=reading, columns=columns)
    if restart.refusal:
        return _refused(services, case.id, who, "correction_refused" if corrections else "rerun_refused",
                        [restart.refusal], channel)
    advance(services, case.id)  # the claim is re-entrant: the new run goes through the runner
    after = store.get_case(case.id)
    waiting = [p.id for p in store.proposals_for_case(case.id) if p.status == ProposalStatus.AWAITING_APPROVAL]
    return RerunOutcome(True, case.id, after.status if after else "", [], list(corrections or []),
                        list(restart.superseded), waiting[-1] if waiting else None, restart.run)


def _person_refusals(services: Runtime, who: str, reason: str) -> list[str]:
    refusals = []
    if who not in services.policy.people:
        refusals.append(f"{who or '(nobody)'} is not mapped to a person in the policy; unmapped identities can "
                        "change nothing")
    if not reason.strip():
        refusals.append("say why (the reason is kept with the correction in the audit log)")
    elif len(reason) > MAX_REASON:
        refusals.append(f"the reason is longer than {MAX_REASON} characters")
    return refusals


def _correctable(case: CaseView | None, case_id: str) -> list[str]:
    if case is None:
        return [f"no case {case_id}"]
    if case.kind != "invoice":
        return [f"case {case.id} is a sales order: its values come from the CRM; correct them there and re-run"]
    if not case.extracted:
        return [f"case {case.id} was never read ({case.reason or case.status}); re-run it first"]
    if case.status == CaseStatus.POSTED:
        return [f"case {case.id} is posted; a posted bill is corrected in the ERP, not here"]
    if case.status in (CaseStatus.RECEIVED,):
        return [f"case {case.id} is still being read"]
    return []


def _rerunnable(case: CaseView | None, case_id: str) -> list[str]:
    if case is None:
        return [f"no case {case_id}"]
    if case.status == CaseStatus.FAILED_INTAKE and case.document_sha256 is None:
        return [f"case {case.id} has no stored document ({case.reason}); upload the file again"]
    if case.status not in RERUNNABLE:
        hint = _NOT_RERUNNABLE.get(str(case.status), "it is running (`countersign recover` continues one that stopped)")
        return [f"case {case.id} is {case.status}: only blocked, expired, failed or unreadable cases are re-run; "
                + hint]
    return []


def _refused(services: Runtime, case_id: str, who: str, action: str, refusals: list[str],
             channel: str) -> RerunOutcome:
    services.store.record(actor=who or "unknown", action=action, subject=case_id[:64] or "unknown",
                          payload={"refusals": refusals, "channel": channel})
    case = services.store.get_case(case_id)
    return RerunOutcome(False, case_id, case.status if case else "", refusals)


def _busy(case_id: str) -> str:
    return f"case {case_id} is being worked on right now; try again in a moment"


def _value(case: CaseView, name: str) -> str | None:
    return ((case.extracted or {}).get("fields", {}).get(name) or {}).get("value")
