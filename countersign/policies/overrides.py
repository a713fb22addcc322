"""Overridden findings: where the policy gives a role the right, a person overrides one finding of a
case, with a reason. The override is kept as a correction of the case (`Correction.field` is
`finding:<CODE>`, the old value the finding's wording, so who overrode is kept from the final
approval like any corrector), and each validation applies it here: the finding stays, as
information, saying who overrode it and why. It holds only for the finding as it was worded (its
numbers): once the values change, the finding is judged afresh. And only while the policy still
gives that person the right.
"""

from __future__ import annotations

from collections.abc import Iterable

from countersign.domain import Correction, PolicyResult, Severity, Violation
from countersign.policies.schema import Policy

PREFIX = "finding:"
OVERRIDDEN = "overridden"


def override_field(code: str) -> str:
    return PREFIX + code


def is_override(correction: Correction) -> bool:
    return correction.field.startswith(PREFIX)


def apply_overrides(result: PolicyResult, corrections: Iterable[Correction], policy: Policy) -> PolicyResult:
    """The result with each overridden finding (same code, same wording, an override the policy
    still allows) turned into information naming who overrode it and why; the rest unchanged."""
    latest = {}
    for c in corrections:
        if is_override(c) and c.new_value == OVERRIDDEN:
            latest[(c.field[len(PREFIX):], c.old_value)] = c
    if not latest:
        return result
    violations = []
    for v in result.violations:
        c = latest.get((v.code, v.message))
        if c is None or v.severity == Severity.INFO or not policy.may_override(c.who, v.code):
            violations.append(v)
            continue
        violations.append(Violation(
            code=v.code, severity=Severity.INFO,
            message=f"{v.message} — overridden by {policy.name_of(c.who)}: {c.why}",
            evidence={**v.evidence, "overridden": {"by": c.who, "why": c.why, "at": c.at.isoformat(),
                                                   "severity": str(v.severity)}}))
    return result.model_copy(update={"violations": violations})
