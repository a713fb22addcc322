"""Pure helpers behind `countersign policy check FILE` and `countersign policy explain CASE`.

`check_policy_file(path)` returns every problem as "file:line: key: why" (empty = valid).
`explain_case(facts, policy)` runs each registered rule separately and reports, per rule, what
it checks, whether it ran cleanly and what it found; `render_explanation` makes it text.
Example: for a clean invoice every report has `found == []` and status "passed"; for Acme's
duplicate INV-1001, the `duplicate_invoice` report has status "found" with the DUPLICATE_INVOICE
message naming BILL-0001.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from countersign.domain import CaseFacts, Severity, Violation
from countersign.policies.runner import RULES, Rule, run_rule
from countersign.policies.schema import policy_problems


def check_policy_file(path: str | Path) -> list[str]:
    """Every problem in the policy file at `path` ("file:line: key: why"); an empty list means valid."""
    try:
        text = Path(path).read_text()
    except OSError as exc:
        return [f"{path}: cannot read policy file: {exc.strerror or exc}"]
    _, problems = policy_problems(text, source=str(path))
    return problems


@dataclass
class RuleReport:
    rule: str  # function name, e.g. "po_price"
    module: str  # topic module, e.g. "purchase_orders"
    summary: str  # first line of the rule's docstring: what it checks
    status: Literal["passed", "found", "error"]
    found: list[Violation] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return [v.code for v in self.found]


def _summary(rule: Rule) -> str:
    doc = inspect.getdoc(rule) or ""
    paragraph = doc.split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def explain_case(facts: CaseFacts, policy, *, rules: tuple[Rule, ...] = RULES) -> list[RuleReport]:
    """One report per registered rule, in registry order: which rules ran and what each found."""
    reports: list[RuleReport] = []
    for rule in rules:
        found = run_rule(rule, facts, policy)
        if any(v.code == "RULE_ERROR" for v in found):
            status = "error"
        else:
            status = "found" if found else "passed"
        module = (getattr(rule, "__module__", "") or "").rsplit(".", 1)[-1]
        reports.append(RuleReport(getattr(rule, "__name__", repr(rule)), module, _summary(rule), status, found))
    return reports


_MARK = {Severity.BLOCK: "BLOCK", Severity.REVIEW: "REVIEW", Severity.INFO: "info"}


def render_explanation(reports: list[RuleReport]) -> str:
    """Plain text: one line per rule, then its findings indented."""
    out: list[str] = []
    for report in reports:
        status = {"passed": "ok", "found": f"{len(report.found)} finding(s)", "error": "ERROR"}[report.status]
        out.append(f"{report.module}.{report.rule}: {status}")
        for v in report.found:
            out.append(f"    [{_MARK.get(v.severity, v.severity)}] {v.code}: {v.message}")
    ran = len(reports)
    found = sum(len(r.found) for r in reports)
    out.append(f"{ran} rules ran; {found} finding(s).")
    return "\n".join(out)
