"""lookup_po: the purchase order an invoice cites, read from the ERP."""

from __future__ import annotations

from countersign.domain import PurchaseOrder
from countersign.ports import ERPReader


def lookup_po(number: str | None, erp: ERPReader) -> PurchaseOrder | None:
    """The cited PO with its lines and goods receipts, or None when none is cited or it does not exist."""
    number = (number or "").strip()
    return erp.get_purchase_order(number) if number else None
