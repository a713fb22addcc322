"""Records that cross layers, and the values they share. No I/O: `policies/` imports this and stays pure.

Money is always `Decimal`; times are aware UTC. Import from here (`from countersign.domain import
Proposal`); the submodules group the records by subject:
- `values`: the clock, money, hashing, and the normalizers that say when two ids or names are the same;
- `invoice`: what was read from a document (the `extract --json` contract);
- `master`: vendors, accounts, purchase orders, posted bills (ERP master data);
- `po_lines`: pairing invoice lines with PO lines;
- `proposals`: findings, approval requirements, bill drafts, proposals, decisions;
- `cases`: case statuses, the case record, audit events, the facts validation sees;
- `corrections`: a person's correction of a value read from an invoice;
- `sales`: opportunities, customers, sales invoices, payments (CRM -> ERP).
"""

from countersign.domain.cases import (
    FINAL_STATUSES,
    AuditEvent,
    CaseFacts,
    CaseHead,
    CaseProgress,
    CaseStatus,
    CaseView,
    OpenCaseRef,
)
from countersign.domain.corrections import (
    CORRECTABLE_FIELDS,
    Correction,
    CorrectionError,
    apply_corrections,
    normalize_correction,
    parse_assignments,
)
from countersign.domain.invoice import (
    DATE_FIELDS,
    EXTRA_FIELDS,
    FIELD_LABELS,
    INVOICE_FIELDS,
    LOW_CONFIDENCE,
    MONEY_FIELDS,
    DocumentInfo,
    Evidence,
    ExtractedInvoice,
    FieldValue,
    LineItem,
    field_label,
)
from countersign.domain.master import (
    GLAccount,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    Vendor,
    VendorMatch,
    VendorStatus,
)
from countersign.domain.po_lines import DESCRIPTION_MATCH_RATIO, LineMatch, match_po_lines
from countersign.domain.proposals import (
    ApprovalRequirement,
    BillDraft,
    BillLine,
    Decision,
    PolicyResult,
    Proposal,
    ProposalStatus,
    Severity,
    Verdict,
    Violation,
    proposal_id,
)
from countersign.domain.sales import (
    CLOSED_WON,
    INVOICED,
    CrmWriteBack,
    Customer,
    Opportunity,
    OrderFacts,
    Payment,
    PaymentStatus,
    SalesInvoice,
    SalesInvoiceDraft,
    SalesLine,
    WriteBackState,
)
from countersign.domain.values import (
    CENT,
    HUNDRED,
    canonical_json,
    fmt_money,
    fmt_number,
    fmt_pct,
    normalize_description,
    normalize_id,
    normalize_invoice_number,
    normalize_name,
    sha256_hex,
    to_decimal,
    utcnow,
)

__all__ = [
    "CORRECTABLE_FIELDS", "Correction", "CorrectionError", "apply_corrections", "normalize_correction",
    "parse_assignments",
    "CLOSED_WON", "CENT", "DATE_FIELDS", "DESCRIPTION_MATCH_RATIO", "EXTRA_FIELDS", "FINAL_STATUSES", "HUNDRED",
    "INVOICED", "INVOICE_FIELDS", "MONEY_FIELDS", "ApprovalRequirement", "AuditEvent", "BillDraft", "BillLine",
    "CaseFacts", "CaseHead", "CaseProgress", "CaseStatus", "CaseView", "CrmWriteBack", "Customer", "Decision",
    "DocumentInfo", "Evidence",
    "FIELD_LABELS", "LOW_CONFIDENCE", "field_label",
    "ExtractedInvoice", "FieldValue", "GLAccount", "LineItem", "LineMatch", "OpenCaseRef", "Opportunity",
    "OrderFacts", "POLine", "Payment", "PaymentStatus", "PolicyResult", "PostedBill", "Proposal", "ProposalStatus",
    "PurchaseOrder", "Receipt", "SalesInvoice", "SalesInvoiceDraft", "SalesLine", "Severity", "Vendor",
    "VendorMatch", "VendorStatus", "Verdict", "Violation", "WriteBackState", "canonical_json", "fmt_money",
    "fmt_number", "fmt_pct", "match_po_lines", "normalize_description", "normalize_id", "normalize_invoice_number",
    "normalize_name", "proposal_id", "sha256_hex", "to_decimal", "utcnow",
]
