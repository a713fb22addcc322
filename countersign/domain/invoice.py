"""What was read from one invoice document: fields with confidence and evidence, line items.

`ExtractedInvoice` serialises to exactly the `extract --json` contract (design.md).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer

from countersign.domain.values import to_decimal

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
EXTRA_FIELDS: tuple[str, ...] = ("vendor_iban", "document_type", "vendor_address")
MONEY_FIELDS: frozenset[str] = frozenset({"subtotal", "tax", "total"})
DATE_FIELDS: frozenset[str] = frozenset({"invoice_date", "due_date"})
# What a person calls each field, in the console, the Slack card and the Slack edit view alike.
FIELD_LABELS: dict[str, str] = {
    "vendor_name": "Vendor name", "vendor_tax_id": "Vendor tax id", "invoice_number": "Invoice number",
    "po_number": "PO number", "invoice_date": "Invoice date", "due_date": "Due date", "currency": "Currency",
    "subtotal": "Subtotal", "tax": "Tax", "total": "Total", "vendor_iban": "Vendor IBAN",
    "vendor_address": "Vendor address", "document_type": "Document type",
}
# A value read below this is shown for a second look (console and Slack); the reader reports >= 0.9 only when sure.
LOW_CONFIDENCE = 0.9


def field_label(name: str, *, in_sentence: bool = False) -> str:
    """The field's label ("Vendor name"), or as it reads inside a sentence ("vendor name", "PO number")."""
    label = FIELD_LABELS.get(name, name)
    first = label.split(" ", 1)[0]
    return label if not in_sentence or first.isupper() else label[0].lower() + label[1:]


class Evidence(BaseModel):
    """Where a value stands: page (1-based; 0 for embedded XML), bbox in PDF points, top-left origin.
    `source` says how it was found when not by the reader's own rules (`vendor_memory:<case>`: where
    a correction on that case taught the reader this vendor's layout); left out of the JSON when unset."""

    model_config = ConfigDict(frozen=True)
    page: int
    bbox: list[float] = Field(default_factory=list)
    text: str = ""
    source: str | None = None

    @model_serializer(mode="wrap")
    def _without_unset_source(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        if data.get("source") is None:
            data.pop("source", None)
        return data


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

