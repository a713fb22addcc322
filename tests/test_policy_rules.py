"""Policy rules and the runner: for each rule a pass, a fail and the edge at the tolerance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from countersign.domain import (
    CaseFacts,
    DocumentInfo,
    ExtractedInvoice,
    FieldValue,
    GLAccount,
    LineItem,
    OpenCaseRef,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    Severity,
    Vendor,
    VendorMatch,
    VendorStatus,
    Violation,
    match_po_lines,
)
from countersign.policies import rules
from countersign.policies.runner import RULES, validate
from countersign.policies.schema import Policy, Tolerances, load_policy

TODAY = date(2026, 11, 20)
CHART = [
    GLAccount(code="5000", name="Cost of goods - materials"),
    GLAccount(code="6100", name="Office supplies"),
    GLAccount(code="6200", name="Tools and equipment"),
    GLAccount(code="6900", name="Miscellaneous (retired)", active=False),
]
SHA = "a" * 64

# --------------------------------------------------------------------------- builders


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def acme(**overrides: Any) -> Vendor:
    data: dict[str, Any] = dict(
        id="V001",
        name="Acme Tools Ltd",
        tax_id="12-3456789",
        iban="GB82WEST12345698765432",
        currency="USD",
        default_account="6200",
        created_by="U0AP0CLERK",
    )
    data.update(overrides)
    return Vendor(**data)


def po_2001(**overrides: Any) -> PurchaseOrder:
    data: dict[str, Any] = dict(
        number="PO-2001",
        vendor_id="V001",
        currency="USD",
        requester="U0OPS0001",
        lines=[
            POLine(line_no=1, description="Cordless drill 18V", quantity=Decimal("10"), unit_price=Decimal("129.00")),
            POLine(line_no=2, description="Drill bit set", quantity=Decimal("10"), unit_price=Decimal("24.50")),
        ],
        receipts=[
            Receipt(line_no=1, quantity=Decimal("10"), received_at=date(2026, 11, 3)),
            Receipt(line_no=2, quantity=Decimal("10"), received_at=date(2026, 11, 3)),
        ],
    )
    data.update(overrides)
    return PurchaseOrder(**data)


def line(description: str, quantity: str | None, unit_price: str | None, amount: str | None = "auto") -> LineItem:
    if amount == "auto":
        amount = str(Decimal(quantity) * Decimal(unit_price)) if quantity and unit_price else None
    return LineItem(description=description, quantity=quantity, unit_price=unit_price, amount=amount)


DEFAULT_LINES = (("Cordless drill 18V", "10", "129.00"), ("Drill bit set", "10", "24.50"))

DEFAULT_FIELDS: dict[str, str | None] = {
    "vendor_name": "Acme Tools Ltd",
    "vendor_tax_id": "12-3456789",
    "invoice_number": "INV-1043",
    "po_number": "PO-2001",
    "invoice_date": "2026-11-10",
    "due_date": "2026-12-10",
    "currency": "USD",
    "subtotal": "1535.00",
    "tax": "122.80",
    "total": "1657.80",
    "vendor_iban": "GB82WEST12345698765432",
}


def invoice(lines: list[LineItem] | None = None, sha256: str = SHA, **fields: str | None) -> ExtractedInvoice:
    """The clean Acme INV-1043 invoice against PO-2001; keyword fields override (None removes)."""
    values = dict(DEFAULT_FIELDS)
    values.update(fields)
    if lines is None:
        lines = [line(*spec) for spec in DEFAULT_LINES]
    return ExtractedInvoice(
        document=DocumentInfo(sha256=sha256, pages=1),
        fields={k: FieldValue(value=v, confidence=0.99) for k, v in values.items() if v is not None},
        line_items=lines,
    )


_UNSET: Any = object()


def facts(
    inv: ExtractedInvoice | None = None,
    *,
    vendor: Vendor | None = _UNSET,
    po: PurchaseOrder | None = _UNSET,
    posted: list[PostedBill] | None = None,
    open_cases: list[OpenCaseRef] | None = None,
    today: date = TODAY,
    case_id: str = "C-100",
    gl_accounts: list[GLAccount] | None = None,
) -> CaseFacts:
    vendor = acme() if vendor is _UNSET else vendor
    return CaseFacts(
        case_id=case_id,
        invoice=inv or invoice(),
        vendor_match=VendorMatch(vendor=vendor, method="tax_id" if vendor else "none", score=1.0 if vendor else 0.0),
        purchase_order=po_2001() if po is _UNSET else po,
        posted_bills=posted or [],
        open_cases=open_cases or [],
        gl_accounts=CHART if gl_accounts is None else gl_accounts,
        today=today,
    )


def bill_0001(**overrides: Any) -> PostedBill:
    data: dict[str, Any] = dict(
        id="BILL-0001",
        vendor_id="V001",
        invoice_number="INV-1001",
        invoice_date=date(2026, 10, 5),
        total=Decimal("1296.00"),
        currency="USD",
    )
    data.update(overrides)
    return PostedBill(**data)


def codes(violations: list[Violation]) -> list[str]:
    return [v.code for v in violations]


# --------------------------------------------------------------------------- clean case


def test_clean_invoice_passes_every_rule(policy: Policy) -> None:
    result = validate(facts(), policy)
    assert result.violations == []
    assert not result.blocked
    assert result.approval is not None and result.approval.band == "standard"


def test_every_registered_rule_has_a_docstring_with_an_example() -> None:
    for rule in RULES:
        assert rule.__doc__ and "Example" in rule.__doc__, rule.__name__


# --------------------------------------------------------------------------- required / readable


def test_required_fields_present_passes(policy: Policy) -> None:
    assert rules.required_fields(facts(), policy) == []


@pytest.mark.parametrize("name", ["vendor_name", "invoice_number", "invoice_date", "currency", "total"])
def test_required_field_missing_blocks(policy: Policy, name: str) -> None:
    found = rules.required_fields(facts(invoice(**{name: None})), policy)
    assert codes(found) == ["REQUIRED_FIELD_MISSING"]
    assert found[0].severity == Severity.BLOCK
    assert found[0].evidence["field"] == name
    assert name in found[0].message


def test_required_field_blank_counts_as_missing(policy: Policy) -> None:
    found = rules.required_fields(facts(invoice(invoice_number="   ", currency="")), policy)
    assert sorted(v.evidence["field"] for v in found) == ["currency", "invoice_number"]


def test_optional_fields_may_be_missing(policy: Policy) -> None:
    inv = invoice(po_number=None, due_date=None, subtotal=None, tax=None, vendor_tax_id=None)
    assert rules.required_fields(facts(inv), policy) == []


def test_unreadable_money_and_date_block(policy: Policy) -> None:
    found = rules.readable_fields(facts(invoice(total="1,657.8O", due_date="10/12/2026")), policy)
    assert codes(found) == ["FIELD_UNREADABLE", "FIELD_UNREADABLE"]
    assert {v.evidence["field"] for v in found} == {"total", "due_date"}
    assert all(v.severity == Severity.BLOCK for v in found)
    assert "'1,657.8O'" in " ".join(v.message for v in found)


def test_non_finite_amounts_are_unreadable(policy: Policy) -> None:
    found = rules.readable_fields(facts(invoice(total="NaN", tax="Infinity")), policy)
    assert [v.evidence["field"] for v in found] == ["tax", "total"]


def test_readable_fields_pass(policy: Policy) -> None:
    assert rules.readable_fields(facts(), policy) == []


# --------------------------------------------------------------------------- totals


def test_totals_match_passes(policy: Policy) -> None:
    assert rules.totals_match(facts(), policy) == []


def test_totals_exactly_at_rounding_tolerance_passes(policy: Policy) -> None:
    assert rules.totals_match(facts(invoice(total="1657.82")), policy) == []
    assert rules.totals_match(facts(invoice(total="1657.78")), policy) == []


def test_totals_one_cent_over_tolerance_blocks(policy: Policy) -> None:
    found = rules.totals_match(facts(invoice(total="1657.83")), policy)
    assert codes(found) == ["TOTALS_MISMATCH"]
    assert found[0].severity == Severity.BLOCK
    assert found[0].message == (
        "Subtotal 1535.00 + tax 122.80 = 1657.80, but the invoice total is 1657.83 "
        "(off by 0.03, tolerance 0.02)."
    )
    assert found[0].evidence["difference"] == "0.03"


def test_totals_missing_tax_counts_as_zero(policy: Policy) -> None:
    assert rules.totals_match(facts(invoice(tax=None, total="1535.00")), policy) == []
    found = rules.totals_match(facts(invoice(tax=None)), policy)
    assert codes(found) == ["TOTALS_MISMATCH"]
    assert "no tax" in found[0].message


def test_totals_without_subtotal_is_not_checked(policy: Policy) -> None:
    assert rules.totals_match(facts(invoice(subtotal=None, total="9.99")), policy) == []


def test_totals_unreadable_total_is_left_to_readable_fields(policy: Policy) -> None:
    assert rules.totals_match(facts(invoice(total="abc")), policy) == []


# --------------------------------------------------------------------------- lines sum


def test_lines_sum_passes(policy: Policy) -> None:
    assert rules.lines_sum(facts(), policy) == []


def test_lines_sum_at_tolerance_passes_and_one_cent_over_is_review(policy: Policy) -> None:
    at = invoice(subtotal="1535.02", total="1657.82")
    assert rules.lines_sum(facts(at), policy) == []
    over = invoice(subtotal="1535.03", total="1657.83")
    found = rules.lines_sum(facts(over), policy)
    assert codes(found) == ["LINES_SUM_MISMATCH"]
    assert found[0].severity == Severity.REVIEW
    assert "1535.00" in found[0].message and "1535.03" in found[0].message and "0.03" in found[0].message


def test_lines_sum_falls_back_to_total_less_tax(policy: Policy) -> None:
    assert rules.lines_sum(facts(invoice(subtotal=None)), policy) == []
    found = rules.lines_sum(facts(invoice(subtotal=None, total="1700.00")), policy)
    assert codes(found) == ["LINES_SUM_MISMATCH"]
    assert "total less tax" in found[0].message


def test_lines_sum_uses_quantity_times_price_when_amount_missing(policy: Policy) -> None:
    lines = [line("Cordless drill 18V", "10", "129.00", None), line("Drill bit set", "10", "24.50")]
    assert rules.lines_sum(facts(invoice(lines=lines)), policy) == []


def test_lines_sum_without_lines_is_not_checked(policy: Policy) -> None:
    assert rules.lines_sum(facts(invoice(lines=[])), policy) == []


# --------------------------------------------------------------------------- line arithmetic


def test_line_arithmetic_passes(policy: Policy) -> None:
    assert rules.line_arithmetic(facts(), policy) == []


def test_line_arithmetic_edge(policy: Policy) -> None:
    at = [line("Cordless drill 18V", "10", "129.00"), line("Drill bit set", "10", "24.50", "245.02")]
    assert rules.line_arithmetic(facts(invoice(lines=at)), policy) == []
    over = [line("Cordless drill 18V", "10", "129.00"), line("Drill bit set", "10", "24.50", "245.03")]
    found = rules.line_arithmetic(facts(invoice(lines=over)), policy)
    assert codes(found) == ["LINE_ARITHMETIC"]
    assert found[0].severity == Severity.REVIEW
    assert found[0].evidence["line"] == 2


def test_line_arithmetic_message(policy: Policy) -> None:
    bad = [line("Cordless drill 18V", "10", "129.00"), line("Drill bit set", "10", "24.50", "254.00")]
    found = rules.line_arithmetic(facts(invoice(lines=bad)), policy)
    assert found[0].message == (
        "Line 2 (Drill bit set): 10 x 24.50 = 245.00, but the line amount is 254.00 (off by 9.00, tolerance 0.02)."
    )


def test_line_arithmetic_skips_incomplete_lines(policy: Policy) -> None:
    partial = [LineItem(description="Service", amount="100.00"), LineItem(description="X", quantity="2")]
    assert rules.line_arithmetic(facts(invoice(lines=partial)), policy) == []


# --------------------------------------------------------------------------- duplicates


def test_no_duplicate_passes(policy: Policy) -> None:
    assert rules.duplicate_invoice(facts(posted=[bill_0001()]), policy) == []


def test_duplicate_invoice_number_normalized(policy: Policy) -> None:
    f = facts(invoice(invoice_number="inv 1001"), posted=[bill_0001()])
    found = rules.duplicate_invoice(f, policy)
    assert codes(found) == ["DUPLICATE_INVOICE"]
    assert found[0].severity == Severity.BLOCK
    message = found[0].message
    assert "BILL-0001" in message and "2026-10-05" in message and "1296.00" in message
    assert found[0].evidence["bill_id"] == "BILL-0001"


def test_duplicate_invoice_other_vendor_is_not_a_duplicate(policy: Policy) -> None:
    f = facts(invoice(invoice_number="INV-1001"), posted=[bill_0001(vendor_id="V002")])
    assert rules.duplicate_invoice(f, policy) == []


def test_duplicate_invoice_near_number_is_not_a_duplicate(policy: Policy) -> None:
    f = facts(invoice(invoice_number="INV-10010"), posted=[bill_0001()])
    assert rules.duplicate_invoice(f, policy) == []


def test_duplicate_invoice_in_open_case(policy: Policy) -> None:
    other = OpenCaseRef(case_id="C-7", vendor_id="V001", invoice_number="INV1043", total=Decimal("1657.80"))
    found = rules.duplicate_invoice(facts(open_cases=[other]), policy)
    assert codes(found) == ["DUPLICATE_INVOICE"]
    assert "C-7" in found[0].message and "1657.80" in found[0].message


def test_duplicate_invoice_ignores_own_case(policy: Policy) -> None:
    own = OpenCaseRef(case_id="C-100", vendor_id="V001", invoice_number="INV-1043", content_sha256=SHA)
    f = facts(open_cases=[own])
    assert rules.duplicate_invoice(f, policy) == []
    assert rules.duplicate_document(f, policy) == []


def test_duplicate_invoice_needs_a_vendor(policy: Policy) -> None:
    f = facts(invoice(invoice_number="INV-1001"), vendor=None, posted=[bill_0001()])
    assert rules.duplicate_invoice(f, policy) == []


def test_duplicate_document_by_hash(policy: Policy) -> None:
    f = facts(invoice(invoice_number="INV-9999"), posted=[bill_0001(content_sha256=SHA)])
    found = rules.duplicate_document(f, policy)
    assert codes(found) == ["DUPLICATE_DOCUMENT"]
    assert found[0].severity == Severity.BLOCK
    assert "BILL-0001" in found[0].message and "2026-10-05" in found[0].message and "1296.00" in found[0].message


def test_duplicate_document_in_open_case_and_different_hash(policy: Policy) -> None:
    other = OpenCaseRef(case_id="C-9", content_sha256=SHA.upper())
    assert codes(rules.duplicate_document(facts(open_cases=[other]), policy)) == ["DUPLICATE_DOCUMENT"]
    assert rules.duplicate_document(facts(posted=[bill_0001(content_sha256="b" * 64)]), policy) == []


# --------------------------------------------------------------------------- vendor


def test_vendor_known_passes(policy: Policy) -> None:
    assert rules.vendor_known(facts(), policy) == []


def test_vendor_unknown_names_printed_vendor_and_tax_id(policy: Policy) -> None:
    inv = invoice(vendor_name="Umbrella Catering Co", vendor_tax_id="31-4159265")
    found = rules.vendor_known(facts(inv, vendor=None), policy)
    assert codes(found) == ["VENDOR_UNKNOWN"]
    assert found[0].severity == Severity.BLOCK
    assert "Umbrella Catering Co" in found[0].message and "31-4159265" in found[0].message


def test_vendor_unknown_without_tax_id(policy: Policy) -> None:
    found = rules.vendor_known(facts(invoice(vendor_tax_id=None), vendor=None), policy)
    assert "no tax id printed" in found[0].message


@pytest.mark.parametrize("status", [VendorStatus.BLOCKED, VendorStatus.INACTIVE])
def test_vendor_not_active_blocks(policy: Policy, status: VendorStatus) -> None:
    found = rules.vendor_active(facts(vendor=acme(status=status)), policy)
    assert codes(found) == ["VENDOR_NOT_ACTIVE"]
    assert found[0].severity == Severity.BLOCK
    assert status.value in found[0].message


def test_vendor_active_passes(policy: Policy) -> None:
    assert rules.vendor_active(facts(), policy) == []
    assert rules.vendor_active(facts(vendor=None), policy) == []


# --------------------------------------------------------------------------- bank details


def test_bank_details_same_iban_passes(policy: Policy) -> None:
    assert rules.bank_details(facts(), policy) == []


def test_bank_details_spaces_and_case_do_not_matter(policy: Policy) -> None:
    inv = invoice(vendor_iban="gb82 west 1234 5698 7654 32")
    assert rules.bank_details(facts(inv), policy) == []


def test_bank_details_changed_blocks_with_masked_ibans(policy: Policy) -> None:
    inv = invoice(vendor_iban="GB33 BUKB 2020 1555 5555 55")
    found = rules.bank_details(facts(inv), policy)
    assert codes(found) == ["BANK_DETAILS_CHANGED"]
    assert found[0].severity == Severity.BLOCK
    message = found[0].message
    assert "******************5555" in message and "******************5432" in message
    assert "GB33" not in message and "GB82" not in message
    assert "fraud" in message
    assert "GB33" not in str(found[0].evidence)


def test_bank_details_unverified_when_master_has_none(policy: Policy) -> None:
    found = rules.bank_details(facts(vendor=acme(iban=None)), policy)
    assert codes(found) == ["BANK_DETAILS_UNVERIFIED"]
    assert found[0].severity == Severity.REVIEW
    assert "5432" in found[0].message


def test_bank_details_absent_on_invoice_passes(policy: Policy) -> None:
    assert rules.bank_details(facts(invoice(vendor_iban=None)), policy) == []
    assert rules.bank_details(facts(invoice(vendor_iban=None), vendor=acme(iban=None)), policy) == []


def test_mask_iban() -> None:
    assert rules.mask_iban("GB82WEST12345698765432") == "******************5432"
    assert rules.mask_iban("1234") == "****"


# --------------------------------------------------------------------------- purchase order header


def test_po_found_passes(policy: Policy) -> None:
    assert rules.po_exists(facts(), policy) == []
    assert rules.po_exists(facts(invoice(po_number=None), po=None), policy) == []


def test_po_not_found_review(policy: Policy) -> None:
    found = rules.po_exists(facts(invoice(po_number="PO-9999"), po=None), policy)
    assert codes(found) == ["PO_NOT_FOUND"]
    assert found[0].severity == Severity.REVIEW
    assert "PO-9999" in found[0].message


def test_po_vendor_mismatch_blocks(policy: Policy) -> None:
    assert rules.po_vendor(facts(), policy) == []
    found = rules.po_vendor(facts(po=po_2001(number="PO-2002", vendor_id="V002")), policy)
    assert codes(found) == ["PO_VENDOR_MISMATCH"]
    assert found[0].severity == Severity.BLOCK
    assert "V002" in found[0].message and "V001" in found[0].message


def test_po_closed_blocks(policy: Policy) -> None:
    assert rules.po_open(facts(), policy) == []
    found = rules.po_open(facts(po=po_2001(status="closed")), policy)
    assert codes(found) == ["PO_CLOSED"]
    assert found[0].severity == Severity.BLOCK


def test_po_currency(policy: Policy) -> None:
    assert rules.po_currency(facts(invoice(currency="usd")), policy) == []
    found = rules.po_currency(facts(invoice(currency="EUR")), policy)
    assert codes(found) == ["PO_CURRENCY_MISMATCH"]
    assert found[0].severity == Severity.BLOCK
    assert "EUR" in found[0].message and "USD" in found[0].message


# --------------------------------------------------------------------------- PO line matching


def test_match_by_description_ignores_case_punctuation_and_order() -> None:
    po = po_2001()
    inv_lines = [line("DRILL BIT-SET", "10", "24.50"), line("cordless drill, 18v", "10", "129.00")]
    matches = match_po_lines(inv_lines, po.lines)
    assert [(m.po_line.line_no, m.method) for m in matches if m.po_line] == [(2, "description"), (1, "description")]


def test_match_by_similar_description() -> None:
    po = po_2001()
    inv_lines = [line("Cordless drill 18 V", "10", "129.00")]
    assert match_po_lines(inv_lines, po.lines)[0].po_line.line_no == 1


def test_match_falls_back_to_position() -> None:
    po = po_2001()
    inv_lines = [line("Item A", "10", "129.00"), line("Item B", "10", "24.50"), line("Freight", "1", "25.00")]
    matches = match_po_lines(inv_lines, po.lines)
    assert [(m.po_line.line_no if m.po_line else None, m.method) for m in matches] == [
        (1, "position"),
        (2, "position"),
        (None, "none"),
    ]


def test_position_fallback_does_not_steal_a_description_match() -> None:
    po = po_2001()
    inv_lines = [line("Something else", "1", "5.00"), line("Cordless drill 18V", "10", "129.00")]
    matches = match_po_lines(inv_lines, po.lines)
    assert matches[1].po_line.line_no == 1 and matches[1].method == "description"
    assert matches[0].po_line is None  # PO line 1 was taken by description; position 2 is not its slot


# --------------------------------------------------------------------------- price variance


def northwind_po() -> PurchaseOrder:
    return PurchaseOrder(
        number="PO-2002",
        vendor_id="V002",
        lines=[
            POLine(line_no=1, description="A4 copy paper, box", quantity=Decimal("40"), unit_price=Decimal("32.00")),
            POLine(line_no=2, description="Toner cartridge", quantity=Decimal("6"), unit_price=Decimal("89.00")),
        ],
        receipts=[
            Receipt(line_no=1, quantity=Decimal("40"), received_at=date(2026, 11, 5)),
            Receipt(line_no=2, quantity=Decimal("6"), received_at=date(2026, 11, 5)),
        ],
    )


def toner_facts(price: str) -> CaseFacts:
    lines = [line("A4 copy paper, box", "40", "32.00"), line("Toner cartridge", "6", price)]
    return facts(invoice(lines=lines), po=northwind_po(), vendor=acme(id="V002"))


def test_price_variance_message(policy: Policy) -> None:
    found = rules.po_price(toner_facts("99.00"), policy)
    assert codes(found) == ["PO_PRICE_VARIANCE"]
    assert found[0].severity == Severity.REVIEW
    assert found[0].message == (
        "Toner cartridge: invoiced 99.00 per unit vs PO-2002 price 89.00 (+11.24%, tolerance 5% and 1.00)."
    )
    assert found[0].evidence["po_line_no"] == 2 and found[0].evidence["line"] == 2


def test_price_exactly_at_tolerance_passes_one_cent_over_fails(policy: Policy) -> None:
    # 5% of 89.00 is 4.45, larger than the 1.00 absolute tolerance.
    assert rules.po_price(toner_facts("93.45"), policy) == []
    assert codes(rules.po_price(toner_facts("93.46"), policy)) == ["PO_PRICE_VARIANCE"]


def test_price_must_exceed_both_tolerances(policy: Policy) -> None:
    cheap = PurchaseOrder(
        number="PO-3000",
        vendor_id="V001",
        lines=[POLine(line_no=1, description="Washer", quantity=Decimal("100"), unit_price=Decimal("10.00"))],
        receipts=[Receipt(line_no=1, quantity=Decimal("100"), received_at=date(2026, 11, 1))],
    )
    # +9.5% but only 0.95 per unit: under the absolute tolerance, passes.
    assert rules.po_price(facts(invoice(lines=[line("Washer", "100", "10.95")]), po=cheap), policy) == []
    # exactly 1.00 over (+10%): at the absolute tolerance, passes; one cent more fails.
    assert rules.po_price(facts(invoice(lines=[line("Washer", "100", "11.00")]), po=cheap), policy) == []
    assert codes(rules.po_price(facts(invoice(lines=[line("Washer", "100", "11.01")]), po=cheap), policy)) == [
        "PO_PRICE_VARIANCE"
    ]


def test_price_below_po_passes(policy: Policy) -> None:
    assert rules.po_price(toner_facts("80.00"), policy) == []


def test_price_uses_policy_tolerances() -> None:
    strict = load_policy().model_copy(update={"tolerances": Tolerances(price_pct=Decimal("0"), price_abs=Decimal("0"))})
    found = rules.po_price(toner_facts("89.01"), strict)
    assert codes(found) == ["PO_PRICE_VARIANCE"]
    assert "tolerance 0% and 0.00" in found[0].message


def test_price_without_po_is_not_checked(policy: Policy) -> None:
    assert rules.po_price(facts(po=None), policy) == []


# --------------------------------------------------------------------------- quantity variance


def test_quantity_within_order_and_receipt_passes(policy: Policy) -> None:
    assert rules.po_quantity(facts(), policy) == []


def test_quantity_one_hundredth_over_fails(policy: Policy) -> None:
    lines = [line("Cordless drill 18V", "10.01", "129.00"), line("Drill bit set", "10", "24.50")]
    found = rules.po_quantity(facts(invoice(lines=lines)), policy)
    assert codes(found) == ["PO_QUANTITY_VARIANCE"]
    assert found[0].severity == Severity.REVIEW
    assert found[0].evidence["po_line_no"] == 1


def test_quantity_over_ordered_message(policy: Policy) -> None:
    lines = [line("Cordless drill 18V", "12", "129.00"), line("Drill bit set", "10", "24.50")]
    found = rules.po_quantity(facts(invoice(lines=lines)), policy)
    assert found[0].message == (
        "Cordless drill 18V: billed 12 vs PO-2001 line 1 ordered 10 (+20.00%) and received 10 (+20.00%), tolerance 0%."
    )


def test_quantity_over_received_three_way(policy: Policy) -> None:
    po = po_2001(receipts=[Receipt(line_no=1, quantity=Decimal("6"), received_at=date(2026, 11, 3))])
    found = rules.po_quantity(facts(po=po), policy)
    by_line = {v.evidence["po_line_no"]: v for v in found}
    assert set(by_line) == {1, 2}
    assert "received 6 (+66.67%)" in by_line[1].message and "ordered" not in by_line[1].message
    assert "nothing received yet" in by_line[2].message


def test_untracked_receipts_match_two_way_and_say_so(policy: Policy) -> None:
    """QuickBooks Online keeps no goods receipts: no false "nothing received", but the approver is told."""
    po = po_2001(receipts=[], receipts_tracked=False)
    found = rules.po_quantity(facts(po=po), policy)
    assert codes(found) == ["PO_RECEIPTS_UNTRACKED"] and found[0].severity == Severity.INFO
    assert "two-way match" in found[0].message and "PO-2001" in found[0].message
    over = [line("Cordless drill 18V", "12", "129.00"), line("Drill bit set", "10", "24.50")]
    found = rules.po_quantity(facts(invoice(lines=over), po=po), policy)
    assert codes(found) == ["PO_QUANTITY_VARIANCE", "PO_RECEIPTS_UNTRACKED"]
    assert found[0].message == "Cordless drill 18V: billed 12 vs PO-2001 line 1 ordered 10 (+20.00%), tolerance 0%."
    assert found[0].evidence["received"] is None


def test_quantity_tolerance_percent() -> None:
    loose = load_policy().model_copy(update={"tolerances": Tolerances(quantity_pct=Decimal("10"))})
    at = [line("Cordless drill 18V", "11", "129.00"), line("Drill bit set", "10", "24.50")]
    assert rules.po_quantity(facts(invoice(lines=at)), loose) == []
    over = [line("Cordless drill 18V", "11.01", "129.00"), line("Drill bit set", "10", "24.50")]
    assert codes(rules.po_quantity(facts(invoice(lines=over)), loose)) == ["PO_QUANTITY_VARIANCE"]


# --------------------------------------------------------------------------- unmatched lines


def test_all_lines_matched_passes(policy: Policy) -> None:
    assert rules.po_lines_matched(facts(), policy) == []


def test_extra_invoice_line_is_unmatched(policy: Policy) -> None:
    lines = [line(*spec) for spec in DEFAULT_LINES] + [line("Freight", "1", "25.00")]
    found = rules.po_lines_matched(facts(invoice(lines=lines)), policy)
    assert codes(found) == ["PO_LINE_UNMATCHED"]
    assert found[0].severity == Severity.REVIEW
    assert found[0].message == "Invoice line 3 (Freight, amount 25.00) matches no line on purchase order PO-2001."


def test_unmatched_lines_need_a_po(policy: Policy) -> None:
    assert rules.po_lines_matched(facts(po=None), policy) == []


# --------------------------------------------------------------------------- dates


def test_invoice_dated_today_passes_tomorrow_is_review(policy: Policy) -> None:
    assert rules.invoice_date_not_future(facts(invoice(invoice_date="2026-11-20")), policy) == []
    found = rules.invoice_date_not_future(facts(invoice(invoice_date="2026-11-21")), policy)
    assert codes(found) == ["DATE_IN_FUTURE"]
    assert found[0].severity == Severity.REVIEW
    assert "2026-11-21" in found[0].message and "2026-11-20" in found[0].message


def test_due_date_on_invoice_date_passes_day_before_is_review(policy: Policy) -> None:
    assert rules.due_after_invoice(facts(invoice(due_date="2026-11-10")), policy) == []
    found = rules.due_after_invoice(facts(invoice(due_date="2026-11-09")), policy)
    assert codes(found) == ["DUE_BEFORE_INVOICE"]
    assert found[0].severity == Severity.REVIEW
    assert "2026-11-09" in found[0].message and "2026-11-10" in found[0].message


def test_missing_or_unreadable_dates_are_not_checked_here(policy: Policy) -> None:
    assert rules.due_after_invoice(facts(invoice(due_date=None)), policy) == []
    assert rules.invoice_date_not_future(facts(invoice(invoice_date="someday")), policy) == []


# --------------------------------------------------------------------------- runner


def boom(facts: CaseFacts, policy: Policy) -> list[Violation]:
    raise RuntimeError("ledger exploded")


def not_a_list(facts: CaseFacts, policy: Policy) -> list[Violation]:
    return None  # type: ignore[return-value]


def always_info(facts: CaseFacts, policy: Policy) -> list[Violation]:
    return [Violation(code="NOTE", severity=Severity.INFO, message="note")]


def always_review(facts: CaseFacts, policy: Policy) -> list[Violation]:
    return [Violation(code="R1", severity=Severity.REVIEW, message="r1")]


def test_crashing_rule_becomes_rule_error_block(policy: Policy) -> None:
    result = validate(facts(), policy, rules=(boom,))
    assert codes(result.violations) == ["RULE_ERROR"]
    violation = result.violations[0]
    assert violation.severity == Severity.BLOCK
    assert ("boom" in violation.message and "RuntimeError" in violation.message
            and "ledger exploded" in violation.message)
    assert violation.evidence["rule"] == "boom"
    assert result.blocked


def test_misbehaving_rule_becomes_rule_error(policy: Policy) -> None:
    result = validate(facts(), policy, rules=(not_a_list,))
    assert codes(result.violations) == ["RULE_ERROR"]
    assert "not_a_list" in result.violations[0].message


def test_other_rules_still_run_after_a_crash(policy: Policy) -> None:
    result = validate(facts(vendor=None), policy, rules=(boom, rules.vendor_known))
    assert sorted(codes(result.violations)) == ["RULE_ERROR", "VENDOR_UNKNOWN"]


def test_violations_sorted_block_review_info_stably(policy: Policy) -> None:
    f = facts(invoice(invoice_date="2026-11-25", due_date="2026-11-24"), vendor=acme(status=VendorStatus.BLOCKED))
    result = validate(f, policy, rules=(always_info, rules.invoice_date_not_future, boom, always_review,
                                        rules.vendor_active, rules.due_after_invoice))
    assert codes(result.violations) == [
        "RULE_ERROR", "VENDOR_NOT_ACTIVE", "DATE_IN_FUTURE", "R1", "DUE_BEFORE_INVOICE", "NOTE",
    ]


def test_registry_is_a_tuple_of_distinct_rules() -> None:
    assert isinstance(RULES, tuple)
    assert len(set(RULES)) == len(RULES)


@pytest.mark.parametrize(
    ("total", "band"),
    [("10000.00", "standard"), ("10000.01", "senior"), ("50000.00", "senior"), ("50000.01", "executive")],
)
def test_validate_sets_approval_band_from_total(policy: Policy, total: str, band: str) -> None:
    result = validate(facts(invoice(total=total)), policy, rules=())
    assert result.approval is not None and result.approval.band == band


def test_validate_without_total_has_no_approval_and_blocks(policy: Policy) -> None:
    result = validate(facts(invoice(total=None)), policy)
    assert result.approval is None
    assert "REQUIRED_FIELD_MISSING" in codes(result.violations)
    assert result.blocked


def test_validate_uncovered_total_fails_closed() -> None:
    bounded = load_policy().model_copy(
        update={"approval_bands": [b for b in load_policy().approval_bands if b.up_to is not None]}
    )
    result = validate(facts(invoice(total="60000.00")), bounded, rules=())
    assert result.approval is None
    assert codes(result.violations) == ["RULE_ERROR"]
    assert result.violations[0].evidence["rule"] == "required_approval"


# --------------------------------------------------------------------------- scenarios from the demo data


def test_scenario_duplicate_of_bill_0001(policy: Policy) -> None:
    inv = invoice(
        lines=[line("Impact driver kit", "8", "150.00")],
        invoice_number="INV-1001",
        po_number=None,
        invoice_date="2026-10-05",
        due_date="2026-11-04",
        subtotal="1200.00",
        tax="96.00",
        total="1296.00",
    )
    result = validate(facts(inv, po=None, posted=[bill_0001()]), policy)
    assert codes(result.violations) == ["DUPLICATE_INVOICE"]


def test_scenario_price_variance_on_toner(policy: Policy) -> None:
    lines = [line("A4 copy paper, box", "40", "32.00"), line("Toner cartridge", "6", "99.00")]
    inv = invoice(
        lines=lines,
        vendor_name="Northwind Office Supplies Inc",
        invoice_number="NW-5602",
        po_number="PO-2002",
        subtotal="1874.00",
        tax="149.92",
        total="2023.92",
        vendor_iban="DE89370400440532013000",
    )
    northwind = Vendor(id="V002", name="Northwind Office Supplies Inc", iban="DE89370400440532013000",
                       default_account="6100")
    result = validate(facts(inv, vendor=northwind, po=northwind_po()), policy)
    assert codes(result.violations) == ["PO_PRICE_VARIANCE"]
    assert not result.blocked
