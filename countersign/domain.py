"""Records that cross layers: what was read from a document, master data, proposals, decisions.

Plain pydantic v2 models with no behaviour that touches the outside world, so that `policies/`
can import them and stay pure. Money is always `Decimal`; times are aware UTC.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The ten fields of the `extract --json` contract, in contract order, plus bank details
# (needed for the payment-fraud check; reported alongside the contract fields).
INVOICE_FIELDS: tuple[str, ...] = (
    "vendor_name",
    "vendor_tax_id",
    "invoice_number",
    "po_number",
    "invoice_date",
    "due_date",
    "currency",
    "subtotal",
    "tax",
    "total",
)
EXTRA_FIELDS: tuple[str, ...] = ("vendor_iban", "document_type")
MONEY_FIELDS: frozenset[str] = frozenset({"subtotal", "tax", "total"})
DATE_FIELDS: frozenset[str] = frozenset({"invoice_date", "due_date"})


def utcnow() -> datetime:
    """The one clock of the application: aware UTC."""
    return datetime.now(timezone.utc)


def to_decimal(value: Any) -> Decimal | None:
    """Decimal from a plain decimal string or int; None when absent. Floats are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal amount: {value!r}") from exc


def canonical_json(data: Any) -> str:
    """Stable JSON (sorted keys, no spaces, Decimal/date as strings) for hashing and keys."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot serialise {type(value).__name__}")


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


def normalize_invoice_number(number: str | None) -> str:
    """Invoice numbers compared without case, spaces or punctuation ("INV-0042" == "inv 0042")."""
    return "".join(ch for ch in (number or "").upper() if ch.isalnum())


# --------------------------------------------------------------------------- extraction


class Evidence(BaseModel):
    """Where a value stands: page (1-based; 0 for embedded XML), bbox in PDF points, top-left origin."""

    model_config = ConfigDict(frozen=True)
    page: int
    bbox: list[float] = Field(default_factory=list)
    text: str = ""


class FieldValue(BaseModel):
    value: str | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)


class LineItem(BaseModel):
    description: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("quantity", "unit_price", "amount", mode="before")
    @classmethod
    def _no_float(cls, value: Any) -> Any:
        return to_decimal(value)


class DocumentInfo(BaseModel):
    sha256: str
    pages: int
    method: Literal["einvoice", "text", "ocr", "llm"] = "text"


class ExtractedInvoice(BaseModel):
    """One document's reading; serialises to exactly the `extract --json` contract."""

    document: DocumentInfo
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    line_items: list[LineItem] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def value(self, name: str) -> str | None:
        field = self.fields.get(name)
        return field.value if field else None

    def money(self, name: str) -> Decimal | None:
        return to_decimal(self.value(name))

    def day(self, name: str) -> date | None:
        raw = self.value(name)
        return date.fromisoformat(raw) if raw else None

    def confidence(self, name: str) -> float:
        field = self.fields.get(name)
        return field.confidence if field else 0.0

    def contract_json(self) -> dict[str, Any]:
        """The `extract --json` object: contract fields in order (always present), then extras."""
        fields: dict[str, Any] = {}
        for name in INVOICE_FIELDS + EXTRA_FIELDS:
            fields[name] = self.fields.get(name, FieldValue()).model_dump(mode="json")
        return {
            "document": self.document.model_dump(mode="json"),
            "fields": fields,
            "line_items": [line.model_dump(mode="json") for line in self.line_items],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------- master data


class VendorStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    BLOCKED = "blocked"


class Vendor(BaseModel):
    id: str
    name: str
    tax_id: str | None = None
    iban: str | None = None
    address: str = ""
    currency: str = "USD"
    status: VendorStatus = VendorStatus.ACTIVE
    default_account: str | None = None
    created_by: str | None = None


class GLAccount(BaseModel):
    code: str
    name: str
    active: bool = True


class POLine(BaseModel):
    line_no: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    account: str | None = None

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


class Receipt(BaseModel):
    line_no: int
    quantity: Decimal
    received_at: date


class PurchaseOrder(BaseModel):
    number: str
    vendor_id: str
    currency: str = "USD"
    status: Literal["open", "closed"] = "open"
    requester: str | None = None
    department: str | None = None
    cost_center: str | None = None  # qualifies approval bands (policy `cost_centers`)
    lines: list[POLine] = Field(default_factory=list)
    receipts: list[Receipt] = Field(default_factory=list)
    # False where the ERP keeps no goods receipts (QuickBooks Online): only a two-way match is possible,
    # and "nothing received" would be a false alarm on every invoice.
    receipts_tracked: bool = True

    def received(self, line_no: int) -> Decimal:
        return sum((r.quantity for r in self.receipts if r.line_no == line_no), Decimal(0))


class PostedBill(BaseModel):
    """A bill already in the ledger (ERP); what duplicates are checked against."""

    id: str
    vendor_id: str
    invoice_number: str
    invoice_date: date | None = None
    total: Decimal
    currency: str = "USD"
    po_number: str | None = None
    content_sha256: str | None = None
    idempotency_key: str | None = None
    posted_at: datetime | None = None
    subtotal: Decimal | None = None  # net of tax, when known (PO_OVERBILLED compares net amounts)


# --------------------------------------------------------------------------- matching results


class VendorMatch(BaseModel):
    vendor: Vendor | None = None
    method: Literal["tax_id", "iban", "name", "none"] = "none"
    score: float = 0.0


# --------------------------------------------------------------------------- policy outcome


class Severity(StrEnum):
    BLOCK = "block"
    REVIEW = "review"
    INFO = "info"


class Violation(BaseModel):
    code: str
    severity: Severity
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)


class ApprovalRequirement(BaseModel):
    """Who must countersign: any `approvers_required` distinct people holding one of `roles`."""

    roles: list[str]
    approvers_required: int = 1
    band: str = ""
    approvers: list[str] = Field(default_factory=list)  # named people (Slack ids) who may approve besides the roles
    matched_on: dict[str, str] = Field(default_factory=dict)  # the qualifiers that selected the band


class PolicyResult(BaseModel):
    violations: list[Violation] = Field(default_factory=list)
    approval: ApprovalRequirement | None = None

    @property
    def blocked(self) -> bool:
        return any(v.severity == Severity.BLOCK for v in self.violations)

    def by_severity(self, severity: Severity) -> list[Violation]:
        return [v for v in self.violations if v.severity == severity]


# --------------------------------------------------------------------------- proposals


class BillLine(BaseModel):
    description: str
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal
    account: str | None = None
    po_line_no: int | None = None


class BillDraft(BaseModel):
    vendor_id: str
    vendor_name: str
    invoice_number: str
    invoice_date: date | None = None
    due_date: date | None = None
    currency: str
    po_number: str | None = None
    lines: list[BillLine] = Field(default_factory=list)
    subtotal: Decimal | None = None
    tax: Decimal | None = None
    total: Decimal
    attachment_sha256: str | None = None
    # Where the policy maps the PO's department / cost center to ERP references (QuickBooks
    # Department and Class ids): the whole bill's department, every line's class.
    erp_department: str | None = None
    erp_class: str | None = None


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    POSTED = "posted"
    FAILED = "failed"


class Proposal(BaseModel):
    id: str
    case_id: str
    kind: Literal["post_bill", "create_vendor", "sync_order"] = "post_bill"
    payload: dict[str, Any]
    policy_result: PolicyResult
    idempotency_key: str
    status: ProposalStatus = ProposalStatus.DRAFT
    created_at: datetime
    expires_at: datetime | None = None
    erp_ref: str | None = None

    @property
    def required_roles(self) -> list[str]:
        return self.policy_result.approval.roles if self.policy_result.approval else []


class Verdict(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class Decision(BaseModel):
    proposal_id: str
    approver_id: str
    verdict: Verdict
    reason: str = ""
    at: datetime
    channel: Literal["terminal", "slack", "demo"] = "terminal"


# --------------------------------------------------------------------------- validation input


class OpenCaseRef(BaseModel):
    """Another case still in flight, for duplicate checks against work not yet posted."""

    case_id: str
    vendor_id: str | None = None
    invoice_number: str | None = None
    total: Decimal | None = None
    content_sha256: str | None = None
    invoice_date: date | None = None  # for DUPLICATE_LIKELY's date window (unknown counts as near)
    po_number: str | None = None


class CaseFacts(BaseModel):
    """Everything the policy layer may look at for one case: plain data, gathered by the agent."""

    case_id: str
    invoice: ExtractedInvoice
    vendor_match: VendorMatch
    purchase_order: PurchaseOrder | None = None
    posted_bills: list[PostedBill] = Field(default_factory=list)
    open_cases: list[OpenCaseRef] = Field(default_factory=list)
    gl_accounts: list[GLAccount] = Field(default_factory=list)
    uploader: str | None = None
    today: date


# --------------------------------------------------------------------------- sales side (CRM → ERP)


class Customer(BaseModel):
    """An ERP customer: the golden record a CRM account is matched to (tax id, then name)."""

    id: str
    name: str
    tax_id: str | None = None
    billing_email: str | None = None
    billing_address: str | None = None
    tax_exempt: bool = False


class SalesLine(BaseModel):
    product: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


class SalesInvoiceDraft(BaseModel):
    """The ERP invoice a closed-won opportunity becomes (the payload of a `sync_order` proposal)."""

    customer_id: str | None = None  # None: the customer is created from `customer` on approval
    customer: Customer | None = None
    opportunity_id: str
    currency: str
    lines: list[SalesLine]
    po_reference: str | None = None
    invoice_date: date
    due_date: date | None = None

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


class SalesInvoice(BaseModel):
    """An invoice in the ERP (accounts receivable)."""

    id: str
    customer_id: str
    doc_number: str
    opportunity_id: str | None = None
    invoice_date: date
    due_date: date | None = None
    currency: str
    total: Decimal
    balance: Decimal
    idempotency_key: str | None = None


class Payment(BaseModel):
    id: str
    invoice_id: str
    amount: Decimal
    received_on: date


class Opportunity(BaseModel):
    """A CRM opportunity with its account's billing details (what sync_order reads)."""

    id: str
    name: str
    account_id: str
    account_name: str
    stage: str
    close_date: date | None = None
    currency: str = "USD"
    owner: str | None = None
    lines: list[SalesLine] = Field(default_factory=list)
    po_reference: str | None = None
    approved_discount_pct: Decimal | None = None
    account_requires_po: bool = False
    billing_contact: str | None = None
    billing_email: str | None = None
    billing_address: str | None = None
    tax_id: str | None = None
    tax_exempt: bool = False
    tax_exemption_certificate: str | None = None
    invoice_number: str | None = None
    invoice_status: str | None = None
    payment_status: str | None = None


class OrderFacts(BaseModel):
    """What the policy layer may look at before a closed-won order becomes an ERP invoice."""

    opportunity: Opportunity
    price_book: dict[str, Decimal] = Field(default_factory=dict)
    customer: Customer | None = None  # the ERP golden record it matched, if any
    existing_invoice: str | None = None  # an ERP invoice already made from this opportunity
    today: date
