"""policy explain: which rules ran and what each found."""

from __future__ import annotations

from countersign.policies.explain import explain_case, render_explanation
from countersign.policies.runner import RULES
from countersign.policies.schema import load_policy
from tests.test_policy_rules import bill_0001, facts, invoice


def test_explain_clean_case_lists_every_rule_passed() -> None:
    reports = explain_case(facts(), load_policy())
    assert [r.rule for r in reports] == [rule.__name__ for rule in RULES]
    assert all(r.status == "passed" and r.summary for r in reports)
    assert {r.module for r in reports} == {"fields", "duplicates", "vendor", "purchase_orders", "dates", "gl"}
    assert render_explanation(reports).endswith(f"{len(RULES)} rules ran; 0 finding(s).")


def test_explain_duplicate_and_error() -> None:
    def broken(facts, policy):
        raise KeyError("x")

    f = facts(invoice(invoice_number="INV-1001"), posted=[bill_0001()])
    reports = explain_case(f, load_policy(), rules=(*RULES, broken))
    dup = next(r for r in reports if r.rule == "duplicate_invoice")
    assert dup.status == "found" and dup.codes == ["DUPLICATE_INVOICE"] and "BILL-0001" in dup.found[0].message
    assert reports[-1].status == "error" and reports[-1].codes == ["RULE_ERROR"]
    text = render_explanation(reports)
    assert "duplicates.duplicate_invoice: 1 finding(s)" in text and "[BLOCK] DUPLICATE_INVOICE" in text
