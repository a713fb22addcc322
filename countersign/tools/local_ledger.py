"""LocalLedger: the embedded ERP (SQLAlchemy tables `ledger_*`), the default until QuickBooks is set up."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import (
    BillDraft,
    GLAccount,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    Vendor,
    normalize_invoice_number,
    to_decimal,
    utcnow,
)
from countersign.tables import (
    LedgerAccountRow,
    LedgerBillRow,
    LedgerPOLineRow,
    LedgerPurchaseOrderRow,
    LedgerReceiptRow,
    LedgerVendorRow,
)
from countersign.tools.ports import ERPError


class LocalLedger:
    name = "local ledger"

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    # ----------------------------------------------------------------- reads

    def list_vendors(self) -> list[Vendor]:
        with self._sessions() as s:
            return [_vendor(r) for r in s.scalars(select(LedgerVendorRow).order_by(LedgerVendorRow.id))]

    def get_vendor(self, vendor_id: str) -> Vendor | None:
        with self._sessions() as s:
            row = s.get(LedgerVendorRow, vendor_id)
            return _vendor(row) if row else None

    def list_accounts(self) -> list[GLAccount]:
        with self._sessions() as s:
            return [
                GLAccount(code=r.code, name=r.name, active=r.active)
                for r in s.scalars(select(LedgerAccountRow).order_by(LedgerAccountRow.code))
            ]

    def get_purchase_order(self, number: str) -> PurchaseOrder | None:
        with self._sessions() as s:
            row = s.get(LedgerPurchaseOrderRow, number.strip().upper())
            if row is None:
                return None
            lines = s.scalars(
                select(LedgerPOLineRow).where(LedgerPOLineRow.po_number == row.number).order_by(LedgerPOLineRow.line_no)
            )
            receipts = s.scalars(select(LedgerReceiptRow).where(LedgerReceiptRow.po_number == row.number))
            return PurchaseOrder(
                number=row.number,
                vendor_id=row.vendor_id,
                currency=row.currency,
                status=row.status,
                requester=row.requester,
                department=row.department,
                lines=[
                    POLine(
                        line_no=l.line_no,
                        description=l.description,
                        quantity=l.quantity,
                        unit_price=l.unit_price,
                        account=l.account,
                    )
                    for l in lines
                ],
                receipts=[Receipt(line_no=r.line_no, quantity=r.quantity, received_at=r.received_at) for r in receipts],
            )

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]:
        with self._sessions() as s:
            return [_bill(r) for r in s.scalars(select(LedgerBillRow).where(LedgerBillRow.vendor_id == vendor_id))]

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None:
        with self._sessions() as s:
            row = s.scalar(select(LedgerBillRow).where(LedgerBillRow.idempotency_key == idempotency_key))
            return _bill(row) if row else None

    # ----------------------------------------------------------------- writes

    def post_bill(self, draft: BillDraft, *, idempotency_key: str) -> PostedBill:
        """Check-before-write on the key, and unique constraints behind it: exactly one bill."""
        existing = self.find_bill_by_key(idempotency_key)
        if existing:
            return existing
        norm = normalize_invoice_number(draft.invoice_number)
        try:
            with self._sessions.begin() as s:
                if s.get(LedgerVendorRow, draft.vendor_id) is None:
                    raise ERPError(f"vendor {draft.vendor_id} does not exist in the ledger")
                clash = s.scalar(
                    select(LedgerBillRow).where(
                        LedgerBillRow.vendor_id == draft.vendor_id, LedgerBillRow.invoice_number_norm == norm
                    )
                )
                if clash is not None:
                    raise ERPError(
                        f"bill {clash.id} already records invoice {clash.invoice_number} for vendor {draft.vendor_id}"
                    )
                row = LedgerBillRow(
                    id=f"BILL-{idempotency_key[:10].upper()}",  # same key, same id: a race cannot make two
                    vendor_id=draft.vendor_id,
                    invoice_number=draft.invoice_number,
                    invoice_number_norm=norm,
                    invoice_date=draft.invoice_date,
                    due_date=draft.due_date,
                    total=draft.total,
                    currency=draft.currency,
                    po_number=draft.po_number,
                    content_sha256=draft.attachment_sha256,
                    idempotency_key=idempotency_key,
                    lines=[line.model_dump(mode="json") for line in draft.lines],
                    posted_at=utcnow(),
                )
                s.add(row)
            return _bill(row)
        except IntegrityError:
            # A concurrent poster won the race on the same key: return its bill, never a second one.
            existing = self.find_bill_by_key(idempotency_key)
            if existing:
                return existing
            raise ERPError(f"the ledger refused bill {draft.invoice_number}: a bill with the same number exists")

    # ----------------------------------------------------------------- seeding

    def load_seed(self, data: dict[str, Any]) -> None:
        """Load vendors, accounts, POs with receipts and posted bills (idempotent: skips existing ids)."""
        with self._sessions.begin() as s:
            for v in data.get("vendors", []):
                if s.get(LedgerVendorRow, v["id"]) is None:
                    s.add(
                        LedgerVendorRow(
                            id=v["id"],
                            name=v["name"],
                            tax_id=v.get("tax_id"),
                            iban=v.get("iban"),
                            address=v.get("address", ""),
                            currency=v.get("currency", "USD"),
                            status=v.get("status", "active"),
                            default_account=v.get("default_account"),
                            created_by=v.get("created_by"),
                        )
                    )
            for a in data.get("gl_accounts", []):
                if s.get(LedgerAccountRow, a["code"]) is None:
                    s.add(LedgerAccountRow(code=a["code"], name=a["name"], active=a.get("active", True)))
            s.flush()
            for po in data.get("purchase_orders", []):
                if s.get(LedgerPurchaseOrderRow, po["number"]) is not None:
                    continue
                s.add(
                    LedgerPurchaseOrderRow(
                        number=po["number"],
                        vendor_id=po["vendor_id"],
                        currency=po.get("currency", "USD"),
                        status=po.get("status", "open"),
                        requester=po.get("requester"),
                        department=po.get("department"),
                    )
                )
                s.flush()
                for line in po.get("lines", []):
                    s.add(
                        LedgerPOLineRow(
                            po_number=po["number"],
                            line_no=line["line_no"],
                            description=line["description"],
                            quantity=to_decimal(line["quantity"]),
                            unit_price=to_decimal(line["unit_price"]),
                            account=line.get("account"),
                        )
                    )
                for rec in po.get("receipts", []):
                    s.add(
                        LedgerReceiptRow(
                            po_number=po["number"],
                            line_no=rec["line_no"],
                            quantity=to_decimal(rec["quantity"]),
                            received_at=_date(rec["received_at"]),
                        )
                    )
            for b in data.get("posted_bills", []):
                if s.get(LedgerBillRow, b["id"]) is None:
                    s.add(
                        LedgerBillRow(
                            id=b["id"],
                            vendor_id=b["vendor_id"],
                            invoice_number=b["invoice_number"],
                            invoice_number_norm=normalize_invoice_number(b["invoice_number"]),
                            invoice_date=_date(b.get("invoice_date")),
                            total=to_decimal(b["total"]),
                            currency=b.get("currency", "USD"),
                            posted_at=utcnow(),
                        )
                    )


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _vendor(r: LedgerVendorRow) -> Vendor:
    return Vendor(
        id=r.id,
        name=r.name,
        tax_id=r.tax_id,
        iban=r.iban,
        address=r.address,
        currency=r.currency,
        status=r.status,
        default_account=r.default_account,
        created_by=r.created_by,
    )


def _bill(r: LedgerBillRow) -> PostedBill:
    return PostedBill(
        id=r.id,
        vendor_id=r.vendor_id,
        invoice_number=r.invoice_number,
        invoice_date=r.invoice_date,
        total=r.total,
        currency=r.currency,
        po_number=r.po_number,
        content_sha256=r.content_sha256,
        idempotency_key=r.idempotency_key,
        posted_at=r.posted_at,
    )
