"""The policy rules: one pure function per rule, `rule(facts, policy) -> list[Violation]`.

Each rule looks only at the `CaseFacts` it is given and the `Policy`: no I/O, no clock
(`facts.today` is "today"). A rule that cannot decide because an input is absent returns no
violation; the absence itself is reported by `required_fields` / `readable_fields`, so every
gap surfaces exactly once. Messages are plain English with the actual numbers; evidence is a
dict of field names and values (money and dates as strings, PO line numbers as ints).

Rules live in topic modules (`fields`, `duplicates`, `vendor`, `purchase_orders`, `dates`,
`gl`), each with a worked example in its docstring; `runner.RULES` is the one registry and
the order they run in. Every rule is re-exported here, so `rules.po_price` works.
"""

from countersign.policies.rules._common import REQUIRED_FIELDS, invoice_total, mask_iban
from countersign.policies.rules.dates import (
    due_after_invoice,
    early_payment_discount,
    invoice_date_not_future,
    invoice_not_too_old,
    parse_discount_terms,
)
from countersign.policies.rules.duplicates import (
    duplicate_document,
    duplicate_invoice,
    duplicate_likely,
    near_invoice_numbers,
    strip_leading_zeros,
)
from countersign.policies.rules.fields import (
    einvoice_page_mismatch,
    line_arithmetic,
    lines_sum,
    readable_fields,
    required_fields,
    totals_match,
)
from countersign.policies.rules.gl import LineAccount, gl_coding, line_accounts
from countersign.policies.rules.purchase_orders import (
    po_currency,
    po_exists,
    po_lines_matched,
    po_open,
    po_ordered_amount,
    po_overbilled,
    po_price,
    po_quantity,
    po_required,
    po_vendor,
)
from countersign.policies.rules.vendor import (
    bank_details,
    iban_problem,
    iban_valid,
    tax_id_check,
    tax_id_valid,
    vendor_active,
    vendor_currency,
    vendor_known,
)

__all__ = [
    "LineAccount",
    "REQUIRED_FIELDS",
    "bank_details",
    "due_after_invoice",
    "duplicate_document",
    "duplicate_invoice",
    "duplicate_likely",
    "early_payment_discount",
    "einvoice_page_mismatch",
    "gl_coding",
    "iban_problem",
    "iban_valid",
    "invoice_date_not_future",
    "invoice_not_too_old",
    "invoice_total",
    "line_accounts",
    "line_arithmetic",
    "lines_sum",
    "mask_iban",
    "near_invoice_numbers",
    "parse_discount_terms",
    "po_currency",
    "po_exists",
    "po_lines_matched",
    "po_open",
    "po_ordered_amount",
    "po_overbilled",
    "po_price",
    "po_quantity",
    "po_required",
    "po_vendor",
    "readable_fields",
    "required_fields",
    "strip_leading_zeros",
    "tax_id_check",
    "tax_id_valid",
    "totals_match",
    "vendor_active",
    "vendor_currency",
    "vendor_known",
]
