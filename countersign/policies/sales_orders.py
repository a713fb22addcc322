"""Ready for ERP: the checks a closed-won opportunity must pass before it becomes an ERP invoice.

Each rule is a pure function over `OrderFacts`; a missing item blocks the order with a named
reason, and nothing is created in the ERP. Worked example: OPP-3003 for Northshore Logistics has
no billing contact and sells A4 paper at 39.00 against a list price of 45.00 with no approved
discount, so it is blocked by ORDER_BILLING_CONTACT_MISSING and ORDER_PRICE_BELOW_BOOK
("A4 copy paper, box: 39.00 is 13.33% below the list price 45.00; approved discount 0%").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable

from countersign.domain import ApprovalRequirement, OrderFacts, PolicyResult, Severity, Violation
from countersign.policies.approval import UnpricedCurrency, required_approval
from countersign.policies.runner import run_rule
from countersign.policies.schema import Policy

OrderRule = Callable[[OrderFacts, Policy], list[Violation]]


def _block(code: str, message: str, **evidence) -> Violation:
    return Violation(code=code, severity=Severity.BLOCK, message=message, evidence=evidence)


def closed_won(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """Only closed-won opportunities are invoiced. Example: stage "Negotiation" → blocked."""
    opp = facts.opportunity
    if opp.stage.lower() != "closed won":
        return [_block("ORDER_NOT_CLOSED_WON", f"{opp.id} is at stage {opp.stage!r}, not Closed Won.", stage=opp.stage)]
    return []


def not_invoiced_yet(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """One opportunity, one invoice. Example: OPP-2990 already invoiced as SI-00001 → blocked."""
    ref = facts.existing_invoice or facts.opportunity.invoice_number
    if ref:
        return [_block("ORDER_ALREADY_INVOICED", f"{facts.opportunity.id} was already invoiced as {ref}.", invoice=ref)]
    return []


def has_lines(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """An order without products has nothing to invoice."""
    if not facts.opportunity.lines:
        return [_block("ORDER_NO_LINES", f"{facts.opportunity.id} has no products.")]
    return []


def po_reference(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """Accounts that require a PO get none invoiced without one. Example: Blue Harbor requires a PO;
    OPP-3004 carries none → blocked."""
    opp = facts.opportunity
    if opp.account_requires_po and not (opp.po_reference or "").strip():
        return [_block("ORDER_PO_MISSING", f"{opp.account_name} requires a PO reference on invoices; "
                                           f"{opp.id} has none.", account=opp.account_id)]
    return []


def billing_details(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """An invoice needs someone and somewhere to send it: billing contact, email and address."""
    opp = facts.opportunity
    missing = [label for label, value in (("billing contact", opp.billing_contact),
                                          ("billing email", opp.billing_email),
                                          ("billing address", opp.billing_address)) if not (value or "").strip()]
    if missing:
        return [_block("ORDER_BILLING_DETAILS_MISSING",
                       f"{opp.account_name} ({opp.account_id}) has no {', no '.join(missing)} in the CRM.",
                       missing=missing, account=opp.account_id)]
    return []


def tax_exemption(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """A tax-exempt account needs its exemption certificate on file before it is invoiced without tax."""
    opp = facts.opportunity
    if opp.tax_exempt and not (opp.tax_exemption_certificate or "").strip():
        return [_block("ORDER_TAX_CERTIFICATE_MISSING",
                       f"{opp.account_name} is marked tax-exempt but no exemption certificate is on file.")]
    return []


def price_book(facts: OrderFacts, policy: Policy) -> list[Violation]:
    """Contracted prices match the price book, or are within an approved discount.
    Example: 179.55 vs list 189.00 is 5.00% off; with 5% approved it passes, with none it blocks."""
    opp = facts.opportunity
    allowed = opp.approved_discount_pct or Decimal(0)
    found = []
    for line in opp.lines:
        listed = facts.price_book.get(line.product)
        if listed is None:
            found.append(_block("ORDER_PRODUCT_NOT_IN_PRICE_BOOK",
                                f"{line.product} is not in the {opp.currency} price book.", product=line.product))
            continue
        if listed and line.unit_price < listed:
            off = (listed - line.unit_price) / listed * 100
            if off > allowed + Decimal("0.005"):
                found.append(_block(
                    "ORDER_PRICE_BELOW_BOOK",
                    f"{line.product}: {line.unit_price} is {off:.2f}% below the list price {listed}; "
                    f"approved discount {allowed}%.",
                    product=line.product, price=str(line.unit_price), list_price=str(listed),
                    discount_pct=f"{off:.2f}", approved_pct=str(allowed)))
    return found


ORDER_RULES: tuple[OrderRule, ...] = (
    closed_won, not_invoiced_yet, has_lines, po_reference, billing_details, tax_exemption, price_book,
)


def order_requirement(facts: OrderFacts, policy: Policy) -> ApprovalRequirement:
    """Who must approve invoicing this order: its total, in the policy's currency, banded."""
    return required_approval(facts.opportunity.total, policy, currency=facts.opportunity.currency)


def validate_order(facts: OrderFacts, policy: Policy, *, rules=ORDER_RULES) -> PolicyResult:
    violations = [v for rule in rules for v in run_rule(rule, facts, policy)]
    approval = None
    try:
        approval = order_requirement(facts, policy)
    except UnpricedCurrency as exc:
        violations.append(_block("APPROVAL_CURRENCY_UNPRICED", f"No approval band applies: {exc}.",
                                 currency=facts.opportunity.currency))
    except Exception as exc:  # noqa: BLE001 - an uncovered total must not pass unapproved
        violations.append(_block("RULE_ERROR", f"Policy rule required_approval failed ({exc}).",
                                 rule="required_approval"))
    violations.sort(key=lambda v: {Severity.BLOCK: 0, Severity.REVIEW: 1, Severity.INFO: 2}[v.severity])
    return PolicyResult(violations=violations, approval=approval)
