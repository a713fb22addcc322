"""The policy rules: one pure function per rule, `rule(facts, policy) -> list[Violation]`.

Each rule looks only at the `CaseFacts` it is given and the `Policy` tolerances: no I/O, no
clock (`facts.today` is "today"). A rule that cannot decide because an input is absent returns
no violation; the absence itself is reported by `required_fields` / `readable_fields`, so every
gap still surfaces exactly once. Messages are plain English with the actual numbers; evidence is
a dict of field names and values (money and dates as strings, PO line numbers as ints).

Codes are stable; see `runner.RULES` for the registry and the order they run in.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from countersign.domain import (
    DATE_FIELDS,
    MONEY_FIELDS,
    CaseFacts,
    ExtractedInvoice,
    LineItem,
    POLine,
    Severity,
    Violation,
    VendorStatus,
    normalize_invoice_number,
    to_decimal,
)
from countersign.policies.schema import Policy

REQUIRED_FIELDS: tuple[str, ...] = ("vendor_name", "invoice_number", "invoice_date", "currency", "total")

# Two descriptions are "the same item" when their normalized forms are at least this similar.
DESCRIPTION_MATCH_RATIO = 0.8

_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


# --------------------------------------------------------------------------- small helpers


def fmt_money(amount: Decimal) -> str:
    """Money as a plain decimal string with at least two places: 89 -> "89.00", 3.125 -> "3.125"."""
    if amount.is_finite() and amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(_CENT)
    return format(amount, "f")


def fmt_number(value: Decimal) -> str:
    """A quantity or percentage without trailing zeros: Decimal("10.00") -> "10", 2.50 -> "2.5"."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def fmt_pct(value: Decimal) -> str:
    """A signed percentage with two places: +11.24%."""
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):+f}%"


def normalize_iban(iban: str | None) -> str:
    """IBANs compared without case, spaces or punctuation ("gb82 west 1234..." == "GB82WEST1234...")."""
    return "".join(ch for ch in (iban or "").upper() if ch.isalnum())


def mask_iban(iban: str) -> str:
    """Everything but the last four characters hidden: GB82WEST12345698765432 -> ******************5432."""
    if len(iban) <= 4:
        return "*" * len(iban)
    return "*" * (len(iban) - 4) + iban[-4:]


def normalize_description(text: str | None) -> str:
    """Descriptions compared without case or punctuation: "A4 Copy-Paper (box)" -> "a4 copy paper box"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).split())


def _text(invoice: ExtractedInvoice, name: str) -> str | None:
    """A field's value stripped; None when absent or blank."""
    raw = invoice.value(name)
    if raw is None:
        return None
    raw = raw.strip()
    return raw or None


def _finite(value: Decimal | None) -> Decimal | None:
    return value if value is not None and value.is_finite() else None


def _money(invoice: ExtractedInvoice, name: str) -> Decimal | None:
    """A money field as Decimal; None when absent or unreadable (reported by `readable_fields`)."""
    raw = _text(invoice, name)
    if raw is None:
        return None
    try:
        return _finite(to_decimal(raw))
    except (ValueError, TypeError, InvalidOperation):
        return None


def invoice_total(invoice: ExtractedInvoice) -> Decimal | None:
    """The invoice total as Decimal; None when absent or unreadable."""
    return _money(invoice, "total")


def _day(invoice: ExtractedInvoice, name: str) -> date | None:
    """A date field; None when absent or unreadable (reported by `readable_fields`)."""
    raw = _text(invoice, name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _currency(invoice: ExtractedInvoice) -> str | None:
    raw = _text(invoice, "currency")
    return raw.upper() if raw else None


def _line_label(index: int, line: LineItem) -> str:
    return f"Line {index} ({line.description})" if line.description.strip() else f"Line {index}"


def _item_name(index: int, line: LineItem) -> str:
    return line.description.strip() or f"Invoice line {index}"


# --------------------------------------------------------------------------- line matching


@dataclass(frozen=True)
class LineMatch:
    """One invoice line (1-based `index`) and the PO line it was matched to, if any."""

    index: int
    line: LineItem
    po_line: POLine | None
    method: Literal["description", "position", "none"]


def match_po_lines(invoice_lines: Sequence[LineItem], po_lines: Sequence[POLine]) -> list[LineMatch]:
    """Pair invoice lines with PO lines, one to one.

    First by description: normalized (case- and punctuation-insensitive) descriptions whose
    difflib ratio is at least 0.8, best pairs first. Then by position for what is left: invoice
    line i takes PO line i when that PO line is still free. Anything else is unmatched.
    Example: invoice ["TONER CARTRIDGE", "A4 copy paper - box"] against PO lines
    [1 "A4 copy paper, box", 2 "Toner cartridge"] pairs 1->2 and 2->1 by description.
    """
    inv_norm = [normalize_description(line.description) for line in invoice_lines]
    po_norm = [normalize_description(line.description) for line in po_lines]
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(inv_norm):
        if not a:
            continue
        for j, b in enumerate(po_norm):
            if not b:
                continue
            ratio = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
            if ratio >= DESCRIPTION_MATCH_RATIO:
                candidates.append((ratio, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))

    paired: dict[int, tuple[int, Literal["description", "position"]]] = {}
    used_po: set[int] = set()
    for _, i, j in candidates:
        if i not in paired and j not in used_po:
            paired[i] = (j, "description")
            used_po.add(j)
    for i in range(len(invoice_lines)):
        if i not in paired and i < len(po_lines) and i not in used_po:
            paired[i] = (i, "position")
            used_po.add(i)

    matches: list[LineMatch] = []
    for i, line in enumerate(invoice_lines):
        if i in paired:
            j, method = paired[i]
            matches.append(LineMatch(i + 1, line, po_lines[j], method))
        else:
            matches.append(LineMatch(i + 1, line, None, "none"))
    return matches


# --------------------------------------------------------------------------- completeness


def required_fields(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """REQUIRED_FIELD_MISSING (block): vendor_name, invoice_number, invoice_date, currency and
    total must each have a non-blank value.

    Example: an invoice read with invoice_number "" and no total gives two violations, one for
    invoice_number and one for total; a bill cannot be drafted without them.
    """
    out: list[Violation] = []
    for name in REQUIRED_FIELDS:
        if _text(facts.invoice, name) is None:
            out.append(
                Violation(
                    code="REQUIRED_FIELD_MISSING",
                    severity=Severity.BLOCK,
                    message=f"Required field {name} has no value; it must be read from the document "
                    "or entered before a bill can be drafted.",
                    evidence={"field": name, "value": facts.invoice.value(name)},
                )
            )
    return out


def readable_fields(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """FIELD_UNREADABLE (block): a money field (subtotal, tax, total) that is present but not a
    finite decimal ("NaN" and "Infinity" included), or a date field (invoice_date, due_date)
    that is not an ISO date. (Line item numbers are already refused at parse time.)

    Example: total "1,296.OO" or invoice_date "05/10/2026" is refused; the other rules treat an
    unreadable value as absent, so without this rule such a value would pass unchecked.
    """
    out: list[Violation] = []
    invoice = facts.invoice
    for name in sorted(MONEY_FIELDS):
        raw = _text(invoice, name)
        if raw is not None and _money(invoice, name) is None:
            out.append(
                Violation(
                    code="FIELD_UNREADABLE",
                    severity=Severity.BLOCK,
                    message=f"Field {name} reads {raw!r}, which is not a decimal amount.",
                    evidence={"field": name, "value": raw},
                )
            )
    for name in sorted(DATE_FIELDS):
        raw = _text(invoice, name)
        if raw is not None and _day(invoice, name) is None:
            out.append(
                Violation(
                    code="FIELD_UNREADABLE",
                    severity=Severity.BLOCK,
                    message=f"Field {name} reads {raw!r}, which is not a date in YYYY-MM-DD form.",
                    evidence={"field": name, "value": raw},
                )
            )
    return out


# --------------------------------------------------------------------------- arithmetic


def totals_match(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """TOTALS_MISMATCH (block): subtotal + tax must equal total within tolerances.rounding.

    A missing tax counts as zero; without a subtotal or a total there is nothing to check.
    Example (rounding 0.02): 1200.00 + 96.00 vs total 1296.02 passes (exactly at tolerance);
    vs total 1296.03 fails: "Subtotal 1200.00 + tax 96.00 = 1296.00, but the invoice total is
    1296.03 (off by 0.03, tolerance 0.02)".
    """
    invoice = facts.invoice
    subtotal, tax, total = _money(invoice, "subtotal"), _money(invoice, "tax"), _money(invoice, "total")
    if subtotal is None or total is None:
        return []
    tax_shown = tax if tax is not None else Decimal(0)
    expected = subtotal + tax_shown
    diff = total - expected
    tolerance = policy.tolerances.rounding
    if abs(diff) <= tolerance:
        return []
    tax_text = f"tax {fmt_money(tax_shown)}" if tax is not None else "no tax (none read)"
    return [
        Violation(
            code="TOTALS_MISMATCH",
            severity=Severity.BLOCK,
            message=f"Subtotal {fmt_money(subtotal)} + {tax_text} = {fmt_money(expected)}, but the invoice "
            f"total is {fmt_money(total)} (off by {fmt_money(abs(diff))}, tolerance {fmt_money(tolerance)}).",
            evidence={
                "subtotal": str(subtotal),
                "tax": str(tax) if tax is not None else None,
                "total": str(total),
                "difference": str(diff),
                "tolerance": str(tolerance),
            },
        )
    ]


def lines_sum(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """LINES_SUM_MISMATCH (review): the line amounts must sum to the subtotal within
    tolerances.rounding (total minus tax when no subtotal was read).

    A line without an amount counts as quantity x unit price, or zero when that is unknown too.
    Example (rounding 0.02): lines 1290.00 + 245.00 against subtotal 1535.00 pass; against
    subtotal 1545.00 they fail: "Line amounts sum to 1535.00 over 2 lines, but the subtotal is
    1545.00 (off by 10.00, tolerance 0.02)".
    """
    invoice = facts.invoice
    lines = invoice.line_items
    if not lines:
        return []
    subtotal = _money(invoice, "subtotal")
    basis = "subtotal"
    if subtotal is None:
        total = _money(invoice, "total")
        if total is None:
            return []
        tax = _money(invoice, "tax") or Decimal(0)
        subtotal = total - tax
        basis = "total less tax"
    amount_sum = Decimal(0)
    without_amount = 0
    for line in lines:
        amount = _finite(line.amount)
        if amount is None:
            quantity, price = _finite(line.quantity), _finite(line.unit_price)
            if quantity is not None and price is not None:
                amount = quantity * price
            else:
                without_amount += 1
                amount = Decimal(0)
        amount_sum += amount
    diff = amount_sum - subtotal
    tolerance = policy.tolerances.rounding
    if abs(diff) <= tolerance:
        return []
    note = f"; {without_amount} line(s) carry no amount" if without_amount else ""
    return [
        Violation(
            code="LINES_SUM_MISMATCH",
            severity=Severity.REVIEW,
            message=f"Line amounts sum to {fmt_money(amount_sum)} over {len(lines)} line(s), but the "
            f"{basis} is {fmt_money(subtotal)} (off by {fmt_money(abs(diff))}, tolerance "
            f"{fmt_money(tolerance)}){note}.",
            evidence={
                "lines_sum": str(amount_sum),
                basis.replace(" ", "_"): str(subtotal),
                "line_count": len(lines),
                "difference": str(diff),
                "tolerance": str(tolerance),
            },
        )
    ]


def line_arithmetic(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """LINE_ARITHMETIC (review): on every line with quantity, unit price and amount,
    quantity x unit price must equal the amount within tolerances.rounding.

    Example (rounding 0.02): 10 x 24.50 with amount 245.02 passes; with amount 254.00 it fails:
    "Line 2 (Drill bit set): 10 x 24.50 = 245.00, but the line amount is 254.00 (off by 9.00,
    tolerance 0.02)".
    """
    out: list[Violation] = []
    tolerance = policy.tolerances.rounding
    for index, line in enumerate(facts.invoice.line_items, start=1):
        quantity, price, amount = _finite(line.quantity), _finite(line.unit_price), _finite(line.amount)
        if quantity is None or price is None or amount is None:
            continue
        expected = quantity * price
        diff = amount - expected
        if abs(diff) <= tolerance:
            continue
        out.append(
            Violation(
                code="LINE_ARITHMETIC",
                severity=Severity.REVIEW,
                message=f"{_line_label(index, line)}: {fmt_number(quantity)} x {fmt_money(price)} = "
                f"{fmt_money(expected)}, but the line amount is {fmt_money(amount)} (off by "
                f"{fmt_money(abs(diff))}, tolerance {fmt_money(tolerance)}).",
                evidence={
                    "line": index,
                    "description": line.description,
                    "quantity": str(quantity),
                    "unit_price": str(price),
                    "amount": str(amount),
                    "expected_amount": str(expected),
                    "tolerance": str(tolerance),
                },
            )
        )
    return out


# --------------------------------------------------------------------------- duplicates


def _other_open_cases(facts: CaseFacts) -> Iterable:
    return (case for case in facts.open_cases if case.case_id != facts.case_id)


def duplicate_invoice(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUPLICATE_INVOICE (block): the matched vendor already has a posted bill, or another open
    case, with the same invoice number compared without case, spaces or punctuation.

    Example: vendor V001 invoice "inv 1001" against posted BILL-0001 (V001, "INV-1001",
    2026-10-05, 1296.00): "Invoice inv 1001 from Acme Tools Ltd (V001) was already posted as
    BILL-0001 (invoice INV-1001 dated 2026-10-05, total 1296.00 USD)". The same number from
    another vendor is not a duplicate. The case's own entry in open_cases is ignored.
    """
    vendor = facts.vendor_match.vendor
    printed = _text(facts.invoice, "invoice_number")
    number = normalize_invoice_number(printed)
    if vendor is None or not number:
        return []
    out: list[Violation] = []
    for bill in facts.posted_bills:
        if bill.vendor_id == vendor.id and normalize_invoice_number(bill.invoice_number) == number:
            dated = f"dated {bill.invoice_date.isoformat()}" if bill.invoice_date else "undated"
            out.append(
                Violation(
                    code="DUPLICATE_INVOICE",
                    severity=Severity.BLOCK,
                    message=f"Invoice {printed} from {vendor.name} ({vendor.id}) was already posted as "
                    f"{bill.id} (invoice {bill.invoice_number} {dated}, total {fmt_money(bill.total)} "
                    f"{bill.currency}); paying it again would pay twice.",
                    evidence={
                        "invoice_number": printed,
                        "vendor_id": vendor.id,
                        "bill_id": bill.id,
                        "bill_invoice_number": bill.invoice_number,
                        "bill_invoice_date": bill.invoice_date.isoformat() if bill.invoice_date else None,
                        "bill_total": str(bill.total),
                    },
                )
            )
    for case in _other_open_cases(facts):
        if case.vendor_id == vendor.id and normalize_invoice_number(case.invoice_number) == number:
            total = f"total {fmt_money(case.total)}" if case.total is not None else "total unknown"
            out.append(
                Violation(
                    code="DUPLICATE_INVOICE",
                    severity=Severity.BLOCK,
                    message=f"Invoice {printed} from {vendor.name} ({vendor.id}) is already being "
                    f"processed in case {case.case_id} (invoice {case.invoice_number}, {total}).",
                    evidence={
                        "invoice_number": printed,
                        "vendor_id": vendor.id,
                        "case_id": case.case_id,
                        "case_invoice_number": case.invoice_number,
                        "case_total": str(case.total) if case.total is not None else None,
                    },
                )
            )
    return out


def duplicate_document(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUPLICATE_DOCUMENT (block): the document's sha256 equals the content hash of a posted
    bill or of another open case, whatever vendor or number was read from it.

    Example: the same PDF uploaded twice gives "This exact document (sha256 3f2a9c1e...) was
    already posted as BILL-0001 (invoice INV-1001 dated 2026-10-05, total 1296.00 USD)".
    """
    digest = (facts.invoice.document.sha256 or "").strip().lower()
    if not digest:
        return []
    short = digest[:12]
    out: list[Violation] = []
    for bill in facts.posted_bills:
        if bill.content_sha256 and bill.content_sha256.strip().lower() == digest:
            dated = f"dated {bill.invoice_date.isoformat()}" if bill.invoice_date else "undated"
            out.append(
                Violation(
                    code="DUPLICATE_DOCUMENT",
                    severity=Severity.BLOCK,
                    message=f"This exact document (sha256 {short}...) was already posted as {bill.id} "
                    f"(invoice {bill.invoice_number} {dated}, total {fmt_money(bill.total)} {bill.currency}).",
                    evidence={
                        "sha256": digest,
                        "bill_id": bill.id,
                        "bill_invoice_number": bill.invoice_number,
                        "bill_invoice_date": bill.invoice_date.isoformat() if bill.invoice_date else None,
                        "bill_total": str(bill.total),
                    },
                )
            )
    for case in _other_open_cases(facts):
        if case.content_sha256 and case.content_sha256.strip().lower() == digest:
            total = f"total {fmt_money(case.total)}" if case.total is not None else "total unknown"
            out.append(
                Violation(
                    code="DUPLICATE_DOCUMENT",
                    severity=Severity.BLOCK,
                    message=f"This exact document (sha256 {short}...) is already being processed in case "
                    f"{case.case_id} (invoice {case.invoice_number or 'unknown'}, {total}).",
                    evidence={
                        "sha256": digest,
                        "case_id": case.case_id,
                        "case_invoice_number": case.invoice_number,
                        "case_total": str(case.total) if case.total is not None else None,
                    },
                )
            )
    return out


# --------------------------------------------------------------------------- vendor


def vendor_known(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """VENDOR_UNKNOWN (block): the printed vendor matched nobody in the vendor master.

    Example: "Umbrella Catering Co" with tax id 31-4159265 and no match gives "No vendor in the
    vendor master matches the printed vendor "Umbrella Catering Co" (tax id 31-4159265)".
    """
    if facts.vendor_match.vendor is not None:
        return []
    name = _text(facts.invoice, "vendor_name")
    tax_id = _text(facts.invoice, "vendor_tax_id")
    shown_name = f'"{name}"' if name else "(no name read)"
    shown_tax = f"tax id {tax_id}" if tax_id else "no tax id printed"
    return [
        Violation(
            code="VENDOR_UNKNOWN",
            severity=Severity.BLOCK,
            message=f"No vendor in the vendor master matches the printed vendor {shown_name} ({shown_tax}); "
            "the vendor must be created or matched before a bill can be drafted.",
            evidence={"vendor_name": name, "vendor_tax_id": tax_id},
        )
    ]


def vendor_active(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """VENDOR_NOT_ACTIVE (block): the matched vendor's status is inactive or blocked.

    Example: Soylent Foods Corp (V005), status blocked: "Vendor Soylent Foods Corp (V005) is
    blocked in the vendor master; no bill may be posted to it".
    """
    vendor = facts.vendor_match.vendor
    if vendor is None or vendor.status == VendorStatus.ACTIVE:
        return []
    return [
        Violation(
            code="VENDOR_NOT_ACTIVE",
            severity=Severity.BLOCK,
            message=f"Vendor {vendor.name} ({vendor.id}) is {vendor.status.value} in the vendor master; "
            "no bill may be posted to it.",
            evidence={"vendor_id": vendor.id, "vendor_status": vendor.status.value},
        )
    ]


def bank_details(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """BANK_DETAILS_CHANGED (block) / BANK_DETAILS_UNVERIFIED (review): the IBAN printed on the
    invoice must equal the matched vendor's master IBAN (compared uppercase, without spaces).

    Changed bank details on an invoice are the classic payment-fraud pattern, so a difference
    blocks. An invoice IBAN where the master holds none is flagged for review. No IBAN on the
    invoice, or no matched vendor, is nothing to check here.
    Example: master GB82WEST12345698765432, invoice "gb82 west 1234 5698 7654 32" passes;
    invoice GB33BUKB20201555555555 fails with both shown as ******************5432 and
    ******************5555.
    """
    vendor = facts.vendor_match.vendor
    printed = normalize_iban(facts.invoice.value("vendor_iban"))
    if vendor is None or not printed:
        return []
    master = normalize_iban(vendor.iban)
    if not master:
        return [
            Violation(
                code="BANK_DETAILS_UNVERIFIED",
                severity=Severity.REVIEW,
                message=f"The invoice gives IBAN {mask_iban(printed)}, but the vendor master for "
                f"{vendor.name} ({vendor.id}) holds no IBAN to compare it with; confirm the bank details "
                "with the vendor through a known contact before paying.",
                evidence={"vendor_id": vendor.id, "invoice_iban": mask_iban(printed), "master_iban": None},
            )
        ]
    if printed == master:
        return []
    return [
        Violation(
            code="BANK_DETAILS_CHANGED",
            severity=Severity.BLOCK,
            message=f"The invoice asks for payment to IBAN {mask_iban(printed)}, but the vendor master for "
            f"{vendor.name} ({vendor.id}) has IBAN {mask_iban(master)}. Changed bank details are a common "
            "payment-fraud pattern; confirm with the vendor through a known contact, not the invoice.",
            evidence={
                "vendor_id": vendor.id,
                "invoice_iban": mask_iban(printed),
                "master_iban": mask_iban(master),
            },
        )
    ]


# --------------------------------------------------------------------------- purchase order


def po_exists(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_NOT_FOUND (review): the invoice cites a PO number but no purchase order was found.

    Example: po_number "PO-9999" and purchase_order None: "The invoice cites purchase order
    PO-9999, but no such purchase order was found". An invoice citing no PO passes.
    """
    cited = _text(facts.invoice, "po_number")
    if cited is None or facts.purchase_order is not None:
        return []
    return [
        Violation(
            code="PO_NOT_FOUND",
            severity=Severity.REVIEW,
            message=f"The invoice cites purchase order {cited}, but no such purchase order was found; "
            "there is nothing to match prices and quantities against.",
            evidence={"po_number": cited},
        )
    ]


def po_vendor(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_VENDOR_MISMATCH (block): the purchase order belongs to another vendor.

    Example: PO-2002 (vendor V002) cited on an Acme Tools Ltd (V001) invoice: "PO-2002 belongs
    to vendor V002, not to the invoice's vendor Acme Tools Ltd (V001)".
    """
    po, vendor = facts.purchase_order, facts.vendor_match.vendor
    if po is None or vendor is None or po.vendor_id == vendor.id:
        return []
    return [
        Violation(
            code="PO_VENDOR_MISMATCH",
            severity=Severity.BLOCK,
            message=f"Purchase order {po.number} belongs to vendor {po.vendor_id}, not to the invoice's "
            f"vendor {vendor.name} ({vendor.id}).",
            evidence={"po_number": po.number, "po_vendor_id": po.vendor_id, "vendor_id": vendor.id},
        )
    ]


def po_open(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_CLOSED (block): the purchase order is closed.

    Example: PO-2001 with status closed: "Purchase order PO-2001 is closed; no further bills
    may be matched against it".
    """
    po = facts.purchase_order
    if po is None or po.status != "closed":
        return []
    return [
        Violation(
            code="PO_CLOSED",
            severity=Severity.BLOCK,
            message=f"Purchase order {po.number} is closed; no further bills may be matched against it.",
            evidence={"po_number": po.number, "po_status": po.status},
        )
    ]


def po_currency(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_CURRENCY_MISMATCH (block): the invoice currency differs from the PO currency
    (compared uppercase).

    Example: invoice in EUR against PO-2001 in USD: "The invoice is in EUR, but purchase order
    PO-2001 is in USD". "usd" against USD passes.
    """
    po = facts.purchase_order
    currency = _currency(facts.invoice)
    if po is None or currency is None or currency == po.currency.strip().upper():
        return []
    return [
        Violation(
            code="PO_CURRENCY_MISMATCH",
            severity=Severity.BLOCK,
            message=f"The invoice is in {currency}, but purchase order {po.number} is in {po.currency}.",
            evidence={"currency": currency, "po_number": po.number, "po_currency": po.currency},
        )
    ]


def po_price(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_PRICE_VARIANCE (review): an invoice line's unit price exceeds its PO line's price by
    more than BOTH tolerances.price_pct percent and tolerances.price_abs per unit.

    Lines are paired by `match_po_lines`. Prices below the PO are not flagged.
    Example (5% and 1.00) against PO-2002 toner at 89.00: 5% is 4.45, so 93.45 passes (exactly
    at tolerance) and 93.46 fails; 99.00 gives "Toner cartridge: invoiced 99.00 per unit vs
    PO-2002 price 89.00 (+11.24%, tolerance 5% and 1.00)". At 10.00 a unit, 10.95 is +9.5% but
    only 0.95 over, so it passes.
    """
    po = facts.purchase_order
    if po is None:
        return []
    tol = policy.tolerances
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        price = _finite(match.line.unit_price)
        if match.po_line is None or price is None:
            continue
        po_price_ = match.po_line.unit_price
        diff = price - po_price_
        if diff <= tol.price_abs or diff <= po_price_ * tol.price_pct / _HUNDRED:
            continue
        pct = fmt_pct(diff / po_price_ * _HUNDRED) if po_price_ else "from a zero price"
        out.append(
            Violation(
                code="PO_PRICE_VARIANCE",
                severity=Severity.REVIEW,
                message=f"{_item_name(match.index, match.line)}: invoiced {fmt_money(price)} per unit vs "
                f"{po.number} price {fmt_money(po_price_)} ({pct}, tolerance {fmt_number(tol.price_pct)}% "
                f"and {fmt_money(tol.price_abs)}).",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "po_number": po.number,
                    "po_line_no": match.po_line.line_no,
                    "matched_by": match.method,
                    "unit_price": str(price),
                    "po_unit_price": str(po_price_),
                    "difference": str(diff),
                    "price_pct": str(tol.price_pct),
                    "price_abs": str(tol.price_abs),
                },
            )
        )
    return out


def _over(billed: Decimal, limit: Decimal, pct: Decimal) -> bool:
    return billed > limit + limit * pct / _HUNDRED


def _pct_over(billed: Decimal, base: Decimal) -> str:
    return fmt_pct((billed - base) / base * _HUNDRED) if base else "nothing"


def po_quantity(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_QUANTITY_VARIANCE (review): an invoice line bills more than its PO line ordered, or
    more than has been received (three-way match), by more than tolerances.quantity_pct percent.

    One violation per line, naming every limit it exceeds.
    Example (0%): PO-2001 line 1 ordered 10, received 10: billing 10 passes, 10.01 fails;
    billing 12 gives "Cordless drill 18V: billed 12 vs PO-2001 line 1 ordered 10 (+20.00%) and
    received 10 (+20.00%), tolerance 0%". With nothing received yet any billed quantity fails.
    """
    po = facts.purchase_order
    if po is None:
        return []
    pct = policy.tolerances.quantity_pct
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        billed = _finite(match.line.quantity)
        if match.po_line is None or billed is None:
            continue
        ordered = match.po_line.quantity
        received = po.received(match.po_line.line_no)
        problems: list[str] = []
        if _over(billed, ordered, pct):
            problems.append(f"ordered {fmt_number(ordered)} ({_pct_over(billed, ordered)})")
        if _over(billed, received, pct):
            if received:
                problems.append(f"received {fmt_number(received)} ({_pct_over(billed, received)})")
            else:
                problems.append("received 0 (nothing received yet)")
        if not problems:
            continue
        out.append(
            Violation(
                code="PO_QUANTITY_VARIANCE",
                severity=Severity.REVIEW,
                message=f"{_item_name(match.index, match.line)}: billed {fmt_number(billed)} vs {po.number} "
                f"line {match.po_line.line_no} {' and '.join(problems)}, tolerance {fmt_number(pct)}%.",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "po_number": po.number,
                    "po_line_no": match.po_line.line_no,
                    "matched_by": match.method,
                    "quantity": str(billed),
                    "ordered": str(ordered),
                    "received": str(received),
                    "quantity_pct": str(pct),
                },
            )
        )
    return out


def po_lines_matched(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_LINE_UNMATCHED (review): an invoice line pairs with no PO line (see `match_po_lines`).

    Example: PO-2001 has two lines; an invoice with drill, drill bits and "Freight" leaves the
    third line unmatched: "Invoice line 3 (Freight, amount 25.00) matches no line on purchase
    order PO-2001".
    """
    po = facts.purchase_order
    if po is None:
        return []
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        if match.po_line is not None:
            continue
        amount = _finite(match.line.amount)
        details = ", ".join(
            part
            for part in (match.line.description.strip(), f"amount {fmt_money(amount)}" if amount is not None else "")
            if part
        )
        shown = f" ({details})" if details else ""
        out.append(
            Violation(
                code="PO_LINE_UNMATCHED",
                severity=Severity.REVIEW,
                message=f"Invoice line {match.index}{shown} matches no line on purchase order {po.number}.",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "amount": str(amount) if amount is not None else None,
                    "po_number": po.number,
                },
            )
        )
    return out


# --------------------------------------------------------------------------- dates


def invoice_date_not_future(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DATE_IN_FUTURE (review): the invoice date is after today (facts.today).

    Example (today 2026-11-20): invoice dated 2026-11-20 passes, 2026-11-21 fails: "Invoice
    date 2026-11-21 is after today, 2026-11-20".
    """
    invoice_date = _day(facts.invoice, "invoice_date")
    if invoice_date is None or invoice_date <= facts.today:
        return []
    return [
        Violation(
            code="DATE_IN_FUTURE",
            severity=Severity.REVIEW,
            message=f"Invoice date {invoice_date.isoformat()} is after today, {facts.today.isoformat()} "
            f"({(invoice_date - facts.today).days} day(s) ahead).",
            evidence={"invoice_date": invoice_date.isoformat(), "today": facts.today.isoformat()},
        )
    ]


def due_after_invoice(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUE_BEFORE_INVOICE (review): the due date is before the invoice date.

    Example: invoice 2026-11-10 due 2026-11-10 passes (due on receipt); due 2026-11-09 fails:
    "Due date 2026-11-09 is before the invoice date 2026-11-10".
    """
    invoice_date, due_date = _day(facts.invoice, "invoice_date"), _day(facts.invoice, "due_date")
    if invoice_date is None or due_date is None or due_date >= invoice_date:
        return []
    return [
        Violation(
            code="DUE_BEFORE_INVOICE",
            severity=Severity.REVIEW,
            message=f"Due date {due_date.isoformat()} is before the invoice date {invoice_date.isoformat()} "
            f"({(invoice_date - due_date).days} day(s) earlier).",
            evidence={"invoice_date": invoice_date.isoformat(), "due_date": due_date.isoformat()},
        )
    ]
