"""The rules added for issue 4: pass, fail and the edge for each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from countersign.domain import GLAccount, OpenCaseRef, POLine, Severity
from countersign.policies import rules
from countersign.policies.runner import RULES, validate
from countersign.policies.schema import Policy, load_policy
from tests.test_policy_rules import acme, bill_0001, codes, facts, invoice, line, po_2001


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def test_every_rule_docstring_has_an_example_and_modules_have_worked_examples() -> None:
    for rule in RULES:
        assert rule.__doc__ and "Example" in rule.__doc__, rule.__name__
    import importlib
    for name in ("fields", "duplicates", "vendor", "purchase_orders", "dates", "gl"):
        module = importlib.import_module(f"countersign.policies.rules.{name}")
        assert module.__doc__ and "example" in module.__doc__.lower(), name


# --------------------------------------------------------------------------- duplicates (likely)


def likely_inv(number: str, day: str = "2026-10-12", total: str = "1296.00"):
    return invoice(invoice_number=number, invoice_date=day, total=total, subtotal=None, tax=None, po_number=None,
                   lines=[])


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [("INV-1011", "INV-1001", "one edit"), ("INV-01001", "INV-1001", "leading zeros"),
     ("INV-1010", "INV-1001", "one edit"),
     ("INV-1001", "inv 1001", None), ("INV-2002", "INV-1001", None), ("", "INV-1", None)],
)
def test_near_invoice_numbers(a: str, b: str, why: str | None) -> None:
    assert rules.near_invoice_numbers(a, b) == why


def test_duplicate_likely_against_posted_bill(policy: Policy) -> None:
    found = rules.duplicate_likely(facts(likely_inv("INV-1011"), po=None, posted=[bill_0001()]), policy)
    assert codes(found) == ["DUPLICATE_LIKELY"]
    v = found[0]
    assert v.severity == Severity.REVIEW
    assert "BILL-0001" in v.message and "7 day(s) apart" in v.message and "one edit apart" in v.message
    assert v.evidence["days_apart"] == 7 and v.evidence["why"] == "one edit"


def test_duplicate_likely_window_edge(policy: Policy) -> None:
    # window 14 days: 2026-10-19 is 14 days after 2026-10-05 (flagged), 2026-10-20 is 15 (not)
    at = rules.duplicate_likely(facts(likely_inv("INV-01001", "2026-10-19"), po=None, posted=[bill_0001()]), policy)
    assert codes(at) == ["DUPLICATE_LIKELY"] and "leading zeros" in at[0].message
    past = rules.duplicate_likely(facts(likely_inv("INV-01001", "2026-10-20"), po=None, posted=[bill_0001()]), policy)
    assert past == []


def test_duplicate_likely_needs_same_total_and_vendor(policy: Policy) -> None:
    assert rules.duplicate_likely(facts(likely_inv("INV-1011", total="1296.01"), po=None, posted=[bill_0001()]),
                                  policy) == []
    other = bill_0001(vendor_id="V002")
    assert rules.duplicate_likely(facts(likely_inv("INV-1011"), po=None, posted=[other]), policy) == []


def test_exact_number_is_left_to_duplicate_invoice(policy: Policy) -> None:
    f = facts(likely_inv("INV 1001"), po=None, posted=[bill_0001()])
    assert rules.duplicate_likely(f, policy) == []
    assert codes(rules.duplicate_invoice(f, policy)) == ["DUPLICATE_INVOICE"]


def test_duplicate_likely_against_open_case_with_unknown_date(policy: Policy) -> None:
    case = OpenCaseRef(case_id="C-9", vendor_id="V001", invoice_number="INV-1001", total=Decimal("1296.00"))
    found = rules.duplicate_likely(facts(likely_inv("INV-1011"), po=None, open_cases=[case]), policy)
    assert codes(found) == ["DUPLICATE_LIKELY"] and "case C-9" in found[0].message
    assert "unknown" in found[0].message
    far = case.model_copy(update={"invoice_date": date(2026, 1, 1)})
    assert rules.duplicate_likely(facts(likely_inv("INV-1011"), po=None, open_cases=[far]), policy) == []


# --------------------------------------------------------------------------- vendor


def test_iban_checksum(policy: Policy) -> None:
    assert rules.iban_valid(facts(), policy) == []
    assert rules.iban_valid(facts(invoice(vendor_iban=None)), policy) == []
    found = rules.iban_valid(facts(invoice(vendor_iban="GB82WEST12345698765433")), policy)
    assert codes(found) == ["IBAN_INVALID"] and found[0].severity == Severity.BLOCK
    assert "5433" in found[0].message and "GB82WEST" not in found[0].message  # masked


@pytest.mark.parametrize(
    ("tax_id", "expected"),
    [("12-3456789", []), ("DE811569869", []), ("ACME-TAX-1", []), (None, []), ("123456789", []),
     ("DE811569868", ["TAX_ID_INVALID"]), ("07-1234567", ["TAX_ID_INVALID"]), ("GB980780685", ["TAX_ID_INVALID"])],
)
def test_tax_id_format(policy: Policy, tax_id: str | None, expected: list[str]) -> None:
    found = rules.tax_id_valid(facts(invoice(vendor_tax_id=tax_id)), policy)
    assert codes(found) == expected
    if found:
        assert found[0].severity == Severity.REVIEW and tax_id in found[0].message


def test_vendor_currency(policy: Policy) -> None:
    assert rules.vendor_currency(facts(invoice(currency="usd")), policy) == []
    found = rules.vendor_currency(facts(invoice(currency="EUR")), policy)
    assert codes(found) == ["CURRENCY_MISMATCH"] and found[0].severity == Severity.REVIEW
    assert "EUR" in found[0].message and "USD" in found[0].message
    assert rules.vendor_currency(facts(invoice(currency="EUR"), vendor=None), policy) == []


# --------------------------------------------------------------------------- purchase orders


def no_po_inv(total: str):
    return invoice(po_number=None, subtotal=None, tax=None, total=total, lines=[])


def test_po_missing_threshold_is_inclusive(policy: Policy) -> None:
    assert rules.po_required(facts(no_po_inv("5000.00"), po=None), policy) == []
    found = rules.po_required(facts(no_po_inv("5000.01"), po=None), policy)
    assert codes(found) == ["PO_MISSING"] and found[0].severity == Severity.REVIEW
    assert "5000.01" in found[0].message and "5000.00" in found[0].message
    cited = invoice(po_number="PO-9999", subtotal=None, tax=None, total="9000.00", lines=[])
    assert rules.po_required(facts(cited, po=None), policy) == []  # PO_NOT_FOUND's job
    off = policy.model_copy(update={"checks": policy.checks.model_copy(update={"po_required_above": None})})
    assert rules.po_required(facts(no_po_inv("999999.00"), po=None), off) == []


def test_po_overbilled_cumulative(policy: Policy) -> None:
    earlier = bill_0001(id="BILL-7", invoice_number="INV-900", total=Decimal("1000.00"), po_number="PO-2001")
    found = rules.po_overbilled(facts(posted=[earlier]), policy)
    assert codes(found) == ["PO_OVERBILLED"] and found[0].severity == Severity.REVIEW
    assert ("2535.00" in found[0].message and "1535.00" in found[0].message
            and "BILL-7" in found[0].evidence["earlier_bills"])


def test_po_overbilled_edges(policy: Policy) -> None:
    # nothing billed before: single-invoice overage is the line rules' job
    assert rules.po_overbilled(facts(), policy) == []
    # 5% tolerance on 1535.00 is 76.75 (+ rounding 0.02): a 76.77 earlier bill passes, 76.78 fails
    at = bill_0001(id="BILL-8", invoice_number="INV-901", total=Decimal("76.77"), po_number="po-2001")
    assert rules.po_overbilled(facts(posted=[at]), policy) == []
    over = at.model_copy(update={"total": Decimal("76.78")})
    assert codes(rules.po_overbilled(facts(posted=[over]), policy)) == ["PO_OVERBILLED"]
    # net subtotal is used when the ledger knows it
    net = over.model_copy(update={"total": Decimal("82.00"), "subtotal": Decimal("76.00")})
    assert rules.po_overbilled(facts(posted=[net]), policy) == []
    # bills on another PO do not count
    other = over.model_copy(update={"po_number": "PO-2002", "total": Decimal("5000.00")})
    assert rules.po_overbilled(facts(posted=[other]), policy) == []


# --------------------------------------------------------------------------- dates


def test_invoice_too_old_edge(policy: Policy) -> None:
    assert rules.invoice_not_too_old(facts(invoice(invoice_date="2026-05-24", due_date=None)), policy) == []
    found = rules.invoice_not_too_old(facts(invoice(invoice_date="2026-05-23", due_date=None)), policy)
    assert codes(found) == ["INVOICE_TOO_OLD"] and found[0].severity == Severity.REVIEW
    assert "181 days" in found[0].message and "180 days" in found[0].message


def test_early_payment_discount_is_info(policy: Policy) -> None:
    assert rules.early_payment_discount(facts(), policy) == []
    assert rules.early_payment_discount(facts(invoice(payment_terms="Net 30")), policy) == []
    found = rules.early_payment_discount(facts(invoice(payment_terms="2/10 Net 30")), policy)
    assert codes(found) == ["EARLY_PAYMENT_DISCOUNT"] and found[0].severity == Severity.INFO
    assert "2026-11-20" in found[0].message and "33.16" in found[0].message and "2%" in found[0].message
    result = validate(facts(invoice(terms="2/10 Net 30")), policy)
    assert codes(result.violations) == ["EARLY_PAYMENT_DISCOUNT"] and not result.blocked


# --------------------------------------------------------------------------- GL coding


def test_gl_coding_passes_and_sources(policy: Policy) -> None:
    lines = [line("Cordless drill 18V", "10", "129.00"), line("Drill bit set", "10", "24.50"),
             line("Freight", "1", "25.00")]
    po = po_2001(lines=[POLine(line_no=1, description="Cordless drill 18V", quantity=Decimal("10"),
                               unit_price=Decimal("129.00"), account="6100")])
    coded = rules.line_accounts(facts(invoice(lines=lines), po=po), policy)
    assert [(c.account, c.source) for c in coded] == [("6100", "po_line"), ("6200", "vendor_default"), ("5000", "rule")]
    assert rules.gl_coding(facts(invoice(lines=lines), po=po), policy) == []


def test_gl_account_missing_inactive_unknown(policy: Policy) -> None:
    no_default = acme(default_account=None)
    found = rules.gl_coding(facts(vendor=no_default, po=None), policy)
    assert codes(found) == ["GL_ACCOUNT_MISSING", "GL_ACCOUNT_MISSING"]
    assert all(v.severity == Severity.BLOCK for v in found)
    inactive = rules.gl_coding(facts(vendor=acme(default_account="6900")), policy)
    assert codes(inactive) == ["GL_ACCOUNT_INACTIVE"] * 2 and "Miscellaneous (retired)" in inactive[0].message
    unknown = rules.gl_coding(facts(vendor=acme(default_account="7777")), policy)
    assert codes(unknown) == ["GL_ACCOUNT_UNKNOWN"] * 2
    empty_chart = rules.gl_coding(facts(gl_accounts=[]), policy)
    assert codes(empty_chart) == ["GL_ACCOUNT_UNKNOWN"] * 2 and "empty" in empty_chart[0].message


def test_gl_unknown_vendor_defers_and_no_lines_is_one_line(policy: Policy) -> None:
    assert rules.gl_coding(facts(vendor=None, po=None), policy) == []
    whole = rules.gl_coding(facts(invoice(lines=[]), po=None,
                                  gl_accounts=[GLAccount(code="6200", name="x", active=False)]), policy)
    assert codes(whole) == ["GL_ACCOUNT_INACTIVE"] and whole[0].evidence["line"] == 0


# --------------------------------------------------------------------------- e-invoice


def test_einvoice_page_mismatch(policy: Policy) -> None:
    inv = invoice()
    assert rules.einvoice_page_mismatch(facts(inv), policy) == []
    inv.warnings = ["no total found", "note: EINVOICE_PAGE_MISMATCH: elsewhere",
                    "EINVOICE_PAGE_MISMATCH: total 1296.00 in the XML vs 1269.00 on page 1"]
    found = rules.einvoice_page_mismatch(facts(inv), policy)
    assert codes(found) == ["EINVOICE_PAGE_MISMATCH"] and found[0].severity == Severity.REVIEW
    assert "total 1296.00 in the XML vs 1269.00 on page 1" in found[0].message


# --------------------------------------------------------------------------- runner


def test_new_rule_crash_fails_closed(policy: Policy, monkeypatch) -> None:
    def boom(facts, policy):
        raise RuntimeError("kaput")
    boom.__doc__ = "Example"
    result = validate(facts(), policy, rules=(*RULES, boom))
    assert codes(result.violations) == ["RULE_ERROR"] and result.blocked


def test_approval_band_uses_po_department(policy: Policy) -> None:
    from countersign.policies.schema import ApprovalBand
    bands = [ApprovalBand(name="ops", departments=["operations"], roles=["ops_lead"]), *policy.approval_bands]
    custom = policy.model_copy(update={"approval_bands": bands})
    assert validate(facts(po=po_2001(department="Operations")), custom).approval.band == "ops"
    assert validate(facts(po=po_2001(department="Finance")), custom).approval.band == "standard"
