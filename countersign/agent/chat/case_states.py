"""Where an invoice stands as people ask of it (posted, rejected, waiting, blocked, clean) and the codes of what the
checks found on it. Pure over a case as the store shows it; the chat's resolvers and its list tool read them."""

from __future__ import annotations

from countersign.domain import CaseView, Severity

FINAL = ("posted", "rejected", "expired")


def in_state(case: CaseView, state: str) -> bool:
    """Whether an invoice stands where a question says: posted, rejected, waiting for approval, blocked (held by a
    blocking finding while still open), or clean (the checks found nothing to hold or review)."""
    if state == "blocked":
        return case.status not in FINAL and (case.status == "blocked" or bool(blocking_codes(case)))
    if state == "clean":  # "the clean Acme one": nothing the checks found to hold or review, not rejected
        result = case.policy_result
        return case.status != "rejected" and not (result and any(v.severity != Severity.INFO
                                                                  for v in result.violations))
    return case.status == {"waiting": "awaiting_approval", "paid": "posted"}.get(state, state)


def finding_codes(case: CaseView) -> list[str]:
    """Every finding's code on the case, blocking or not."""
    return [v.code for v in case.policy_result.violations] if case.policy_result else []


def blocking_codes(case: CaseView) -> list[str]:
    result = case.policy_result
    return [v.code for v in result.violations if v.severity == Severity.BLOCK] if result else []
