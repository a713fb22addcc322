"""Runs every policy rule over one case and decides who must countersign.

`RULES` is the one registry, a tuple in the order rules run. `validate` fails closed: a rule
that raises (or returns something other than a list of violations) becomes a RULE_ERROR block
violation naming the rule and the error, never a silent pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from countersign.domain import ApprovalRequirement, CaseFacts, PolicyResult, Severity, Violation
from countersign.policies import rules as r
from countersign.policies.approval import UnpricedCurrency, required_approval
from countersign.policies.schema import Policy

Rule = Callable[[CaseFacts, Policy], list[Violation]]

RULES: tuple[Rule, ...] = (
    # fields: completeness and arithmetic
    r.required_fields,
    r.readable_fields,
    r.totals_match,
    r.lines_sum,
    r.line_arithmetic,
    r.einvoice_page_mismatch,
    # duplicates
    r.duplicate_invoice,
    r.duplicate_document,
    r.duplicate_likely,
    # vendor
    r.vendor_known,
    r.vendor_active,
    r.bank_details,
    r.iban_valid,
    r.tax_id_valid,
    r.vendor_currency,
    # purchase orders
    r.po_exists,
    r.po_required,
    r.po_vendor,
    r.po_open,
    r.po_currency,
    r.po_price,
    r.po_quantity,
    r.po_lines_matched,
    r.po_overbilled,
    # dates
    r.invoice_date_not_future,
    r.due_after_invoice,
    r.invoice_not_too_old,
    r.early_payment_discount,
    # GL coding
    r.gl_coding,
)

_SEVERITY_ORDER = {Severity.BLOCK: 0, Severity.REVIEW: 1, Severity.INFO: 2}


def _rule_name(rule: Callable) -> str:
    return getattr(rule, "__name__", None) or repr(rule)


def _rule_error(name: str, detail: str) -> Violation:
    return Violation(
        code="RULE_ERROR",
        severity=Severity.BLOCK,
        message=f"Policy rule {name} failed ({detail}); the case is blocked until the rule runs cleanly.",
        evidence={"rule": name, "error": detail},
    )


F = TypeVar("F")  # the facts a rule looks at: CaseFacts (invoices) or OrderFacts (orders)


def run_rule(rule: Callable[[F, Policy], Any], facts: F, policy: Policy) -> list[Violation]:
    """One rule's violations, or a single RULE_ERROR block violation if it raises or misbehaves."""
    name = _rule_name(rule)
    try:
        found = rule(facts, policy)
    except Exception as exc:  # noqa: BLE001 - fail closed on any rule failure
        return [_rule_error(name, f"{type(exc).__name__}: {exc}")]
    if not isinstance(found, list) or not all(isinstance(v, Violation) for v in found):
        return [_rule_error(name, f"returned {type(found).__name__}, not a list of violations")]
    return found


def invoice_requirement(facts: CaseFacts, policy: Policy) -> ApprovalRequirement:
    """Who must approve this invoice under `policy`: its total in the policy's currency, with the
    PO's department and cost center and the lines' GL accounts as band qualifiers. Validation
    asks it when the bill is proposed, and a decision asks it again under the policy of that
    moment. Raises `UnpricedCurrency`, or ValueError when no band covers the total."""
    total = r.invoice_total(facts.invoice)
    if total is None:
        raise ValueError("the invoice total is missing or unreadable")
    po = facts.purchase_order
    return required_approval(
        total, policy,
        currency=facts.invoice.value("currency"),
        department=po.department if po else None,
        cost_center=po.cost_center if po else None,
        gl_accounts=[coded.account for coded in r.line_accounts(facts, policy) if coded.account],
    )


def validate(facts: CaseFacts, policy: Policy, *, rules: Sequence[Rule] = RULES) -> PolicyResult:
    """Run `rules` (the registry by default) and attach the approval requirement.

    Violations are sorted block, review, info, keeping rule order within a severity. The
    approval band comes from the invoice total (with the PO's department and cost center and
    the lines' GL accounts as band qualifiers) when it can be read; otherwise it is None (and
    the missing or unreadable total is itself a block violation).
    """
    violations: list[Violation] = []
    for rule in rules:
        violations.extend(run_rule(rule, facts, policy))

    approval = None
    if r.invoice_total(facts.invoice) is not None:
        try:
            approval = invoice_requirement(facts, policy)
        except UnpricedCurrency as exc:
            violations.append(Violation(code="APPROVAL_CURRENCY_UNPRICED", severity=Severity.BLOCK,
                                        message=f"No approval band applies: {exc}.",
                                        evidence={"currency": facts.invoice.value("currency") or ""}))
        except Exception as exc:  # noqa: BLE001 - an uncovered total must not pass unapproved
            violations.append(_rule_error("required_approval", f"{type(exc).__name__}: {exc}"))

    violations.sort(key=lambda v: _SEVERITY_ORDER.get(v.severity, len(_SEVERITY_ORDER)))
    return PolicyResult(violations=violations, approval=approval)
