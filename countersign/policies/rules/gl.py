"""GL coding: every bill line must be coded to an account, and the account must be open.

Rules: GL_ACCOUNT_MISSING, GL_ACCOUNT_UNKNOWN, GL_ACCOUNT_INACTIVE (all block).
An account comes, in this order, from the PO line the invoice line matched (`match_po_lines`),
from the first of the policy's `gl_coding_rules` whose text the line description contains, or
from the vendor's default account. `line_accounts` is the one place that decides; the bill
draft should use it too, so what is checked is what is posted.
Worked example: Acme (default 6200) bills "Cordless drill 18V" (PO-2001 line 1, account 6200)
and "Freight" (no PO line; rule freight -> 5000): both coded, both active, nothing found. With
the chart marking 6200 inactive, GL_ACCOUNT_INACTIVE blocks line 1; for a vendor without a
default account and no rule, an unmatched line gives GL_ACCOUNT_MISSING.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from countersign.domain import CaseFacts, GLAccount, Severity, Violation, match_po_lines, normalize_description
from countersign.policies.schema import Policy

AccountSource = Literal["po_line", "rule", "vendor_default", "none"]


@dataclass(frozen=True)
class LineAccount:
    """The account one bill line is coded to (`index` 1-based; 0 = the whole invoice, no lines)."""

    index: int
    description: str
    account: str | None
    source: AccountSource
    po_line_no: int | None = None


def _rule_account(description: str, policy: Policy) -> str | None:
    text = normalize_description(description)
    for rule in policy.gl_coding_rules:
        if normalize_description(rule.description_contains) in text:
            return rule.account
    return None


def line_accounts(facts: CaseFacts, policy: Policy) -> list[LineAccount]:
    """The account of every bill line (PO line > coding rule > vendor default).

    An invoice without line items becomes one bill line for its net amount (index 0), coded by
    rule on the vendor name, else the vendor default. Example: see the module docstring.
    """
    vendor = facts.vendor_match.vendor
    default = (vendor.default_account or None) if vendor else None
    po = facts.purchase_order
    lines = facts.invoice.line_items
    out: list[LineAccount] = []
    if not lines:
        account = _rule_account(facts.invoice.value("vendor_name") or "", policy)
        source: AccountSource = "rule" if account else ("vendor_default" if default else "none")
        return [LineAccount(0, "whole invoice (no lines read)", account or default, source)]
    for match in match_po_lines(lines, po.lines if po else []):
        if match.po_line is not None and match.po_line.account:
            out.append(LineAccount(match.index, match.line.description, match.po_line.account, "po_line",
                                   match.po_line.line_no))
            continue
        po_line_no = match.po_line.line_no if match.po_line else None
        rule = _rule_account(match.line.description, policy)
        if rule:
            out.append(LineAccount(match.index, match.line.description, rule, "rule", po_line_no))
        elif default:
            out.append(LineAccount(match.index, match.line.description, default, "vendor_default", po_line_no))
        else:
            out.append(LineAccount(match.index, match.line.description, None, "none", po_line_no))
    return out


def _label(coded: LineAccount) -> str:
    if coded.index == 0:
        return "The invoice (no lines read)"
    return f"Line {coded.index} ({coded.description})" if coded.description.strip() else f"Line {coded.index}"


_SOURCE_TEXT = {"po_line": "from its PO line", "rule": "from a GL coding rule",
                "vendor_default": "the vendor's default"}


def gl_coding(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """GL_ACCOUNT_MISSING (block): a bill line gets no account (no PO line account, no coding
    rule, no vendor default). GL_ACCOUNT_UNKNOWN (block): its account is not in the chart of
    accounts (facts.gl_accounts; an empty chart counts as knowing no account, fail closed).
    GL_ACCOUNT_INACTIVE (block): its account is in the chart but inactive.

    While the vendor is unknown (VENDOR_UNKNOWN blocks already) lines without a PO account are
    not reported: their default account cannot be known yet.
    Example: Soylent Foods (default 6900, "Miscellaneous (retired)", inactive) billing one line
    "Vegan snacks" gives "Line 1 (Vegan snacks) is coded to 6900 Miscellaneous (retired) (the
    vendor's default), which is inactive in the chart of accounts".
    """
    chart: dict[str, GLAccount] = {account.code: account for account in facts.gl_accounts}
    vendor_known = facts.vendor_match.vendor is not None
    out: list[Violation] = []
    for coded in line_accounts(facts, policy):
        evidence = {"line": coded.index, "description": coded.description, "account": coded.account,
                    "source": coded.source, "po_line_no": coded.po_line_no}
        if coded.account is None:
            if not vendor_known:
                continue
            out.append(Violation(
                code="GL_ACCOUNT_MISSING",
                severity=Severity.BLOCK,
                message=f"{_label(coded)} has no GL account: no PO line account, no GL coding rule matches "
                "it and the vendor has no default account. Code it before the bill is drafted.",
                evidence=evidence,
            ))
            continue
        source = _SOURCE_TEXT.get(coded.source, coded.source)
        account = chart.get(coded.account)
        if account is None:
            known = "the chart of accounts is empty" if not chart else "it is not in the chart of accounts"
            out.append(Violation(
                code="GL_ACCOUNT_UNKNOWN",
                severity=Severity.BLOCK,
                message=f"{_label(coded)} is coded to account {coded.account} ({source}), but {known}.",
                evidence=evidence,
            ))
        elif not account.active:
            out.append(Violation(
                code="GL_ACCOUNT_INACTIVE",
                severity=Severity.BLOCK,
                message=f"{_label(coded)} is coded to {account.code} {account.name} ({source}), which is inactive "
                "in the chart of accounts; recode it to an active account.",
                evidence={**evidence, "account_name": account.name},
            ))
    return out

