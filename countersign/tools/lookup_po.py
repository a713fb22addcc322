"""lookup_po: the purchase order an invoice cites, read from the ERP."""

from __future__ import annotations

from countersign.domain import ExtractedInvoice, PurchaseOrder
from countersign.ports import ERP


def lookup_po(invoice: ExtractedInvoice, erp: ERP) -> PurchaseOrder | None:
    """The cited PO with its lines and goods receipts, or None when none is cited or it does not exist."""
    number = (invoice.value("po_number") or "").strip()
    return erp.get_purchase_order(number) if number else None
