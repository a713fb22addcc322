"""LocalLedger: the embedded ERP (SQLAlchemy tables `ledger_*`), the default until QuickBooks is set up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Callable, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import (
    BillDraft,
    Customer,
    GLAccount,
    Payment,
    POLine,
    PostedBill,
    PurchaseOrder,
    Receipt,
    SalesInvoice,
    SalesInvoiceDraft,
    Vendor,
    normalize_id,
    normalize_invoice_number,
    normalize_name,
    to_decimal,
    utcnow,
)
from countersign.ports import NAME_CANDIDATE_LIMIT, ERPError
from countersign.tables import (
    LedgerAccountRow,
    LedgerBillRow,
    LedgerCustomerRow,
    LedgerInvoiceRow,
    LedgerPaymentRow,
    LedgerPOLineRow,
    LedgerPurchaseOrderRow,
    LedgerReceiptRow,
    LedgerVendorRow,
)

T = TypeVar("T")


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

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        vendor_id = f"V-{idempotency_key[:8].upper()}"  # same key, same id

        def insert(s: Session) -> Vendor:
            row = LedgerVendorRow(
                id=vendor_id, name=payload["name"], tax_id=payload.get("tax_id"), iban=payload.get("iban"),
                address=payload.get("address") or "", currency=payload.get("currency") or "USD",
                status="active", default_account=payload.get("default_account"), created_by=created_by,
            )
            s.add(row)
            s.flush()
            return _vendor(row)

        return self._exactly_once(lambda: self.get_vendor(vendor_id), insert,
                                  f"the ledger refused vendor {payload.get('name')!r}")

    def vendor_lookup(self) -> SqlVendorLookup:
        return SqlVendorLookup(self._sessions)

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
                        line_no=line.line_no,
                        description=line.description,
                        quantity=line.quantity,
                        unit_price=line.unit_price,
                        account=line.account,
                    )
                    for line in lines
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

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        """Check-before-write on the key, and unique constraints behind it: exactly one bill.
        The attachment is not copied: the store keeps the PDF under `attachment_sha256`."""
        norm = normalize_invoice_number(draft.invoice_number)

        def insert(s: Session) -> PostedBill:
            if s.get(LedgerVendorRow, draft.vendor_id) is None:
                raise ERPError(f"vendor {draft.vendor_id} does not exist in the ledger")
            clash = s.scalar(select(LedgerBillRow).where(
                LedgerBillRow.vendor_id == draft.vendor_id, LedgerBillRow.invoice_number_norm == norm))
            if clash is not None:
                raise ERPError(f"bill {clash.id} already records invoice {clash.invoice_number} "
                               f"for vendor {draft.vendor_id}")
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
            s.flush()
            return _bill(row)

        return self._exactly_once(lambda: self.find_bill_by_key(idempotency_key), insert,
                                  f"the ledger refused bill {draft.invoice_number}: a bill with the same number exists")

    def _exactly_once(self, find: Callable[[], T | None], insert: Callable[[Session], T], refused: str) -> T:
        """Return what `find` already holds for this key, else insert it; when a concurrent writer
        wins the race (unique constraint), return the winner's record rather than a second one."""
        existing = find()
        if existing is not None:
            return existing
        try:
            with self._sessions.begin() as s:
                return insert(s)
        except IntegrityError:
            existing = find()
            if existing is not None:
                return existing
            raise ERPError(refused) from None

    # ----------------------------------------------------------------- receivables

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        with self._sessions() as s:
            row = None
            if normalize_id(tax_id):
                row = s.scalar(select(LedgerCustomerRow).where(LedgerCustomerRow.tax_id == normalize_id(tax_id)))
            if row is None and normalize_name(name):
                row = s.scalar(select(LedgerCustomerRow).where(LedgerCustomerRow.name_norm == normalize_name(name)))
            return _customer(row) if row else None

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        def insert(s: Session) -> SalesInvoice:
            customer_id = draft.customer_id
            if customer_id is None:
                if draft.customer is None:
                    raise ERPError("the invoice names no customer")
                found = self.find_customer(tax_id=draft.customer.tax_id, name=draft.customer.name)
                customer_id = found.id if found else self._add_customer(s, draft.customer, idempotency_key)
            elif s.get(LedgerCustomerRow, customer_id) is None:
                raise ERPError(f"customer {customer_id} does not exist in the ledger")
            count = s.scalar(select(func.count()).select_from(LedgerInvoiceRow)) or 0
            row = LedgerInvoiceRow(
                id=f"INVC-{idempotency_key[:10].upper()}",
                customer_id=customer_id,
                doc_number=f"SI-{count + 1:05d}",
                opportunity_id=draft.opportunity_id,
                invoice_date=draft.invoice_date,
                due_date=draft.due_date,
                currency=draft.currency,
                total=draft.total,
                balance=draft.total,
                idempotency_key=idempotency_key,
                lines=[line.model_dump(mode="json") for line in draft.lines],
                created_at=utcnow(),
            )
            s.add(row)
            s.flush()
            return _invoice(row)

        return self._exactly_once(lambda: self._invoice_by_key(idempotency_key), insert,
                                  "the ledger refused the invoice: a concurrent invoice took its number; retry")

    def invoices(self, start: date, end: date) -> list[SalesInvoice]:
        with self._sessions() as s:
            rows = s.scalars(select(LedgerInvoiceRow).where(LedgerInvoiceRow.invoice_date.between(start, end))
                             .order_by(LedgerInvoiceRow.invoice_date, LedgerInvoiceRow.doc_number))
            return [_invoice(r) for r in rows]

    def payments(self, start: date, end: date) -> list[Payment]:
        with self._sessions() as s:
            rows = s.scalars(select(LedgerPaymentRow).where(LedgerPaymentRow.received_on.between(start, end))
                             .order_by(LedgerPaymentRow.received_on))
            return [Payment(id=r.id, invoice_id=r.invoice_id, amount=r.amount, received_on=r.received_on) for r in rows]

    def _invoice_by_key(self, key: str) -> SalesInvoice | None:
        with self._sessions() as s:
            row = s.scalar(select(LedgerInvoiceRow).where(LedgerInvoiceRow.idempotency_key == key))
            return _invoice(row) if row else None

    @staticmethod
    def _add_customer(s: Session, customer: Customer, key: str) -> str:
        customer_id = customer.id or f"CUST-{key[:8].upper()}"
        s.add(LedgerCustomerRow(id=customer_id, name=customer.name, name_norm=normalize_name(customer.name),
                                tax_id=normalize_id(customer.tax_id) or None, billing_email=customer.billing_email,
                                billing_address=customer.billing_address, tax_exempt=customer.tax_exempt))
        s.flush()
        return customer_id

    # ----------------------------------------------------------------- seeding

    def load_seed(self, data: dict[str, Any]) -> None:
        """Load vendors, accounts, POs with receipts and posted bills (idempotent: skips existing ids)."""
        with self._sessions.begin() as s:
            _seed_vendors_and_accounts(s, data)
            s.flush()
            _seed_purchase_orders(s, data)
            self._seed_receivables(s, data)
            _seed_posted_bills(s, data)

    def _seed_receivables(self, s: Session, data: dict[str, Any]) -> None:
        """Customers, sales invoices and their payments."""
        for c in data.get("customers", []):
            if s.get(LedgerCustomerRow, c["id"]) is None:
                self._add_customer(s, Customer.model_validate(c), c["id"])
        for inv in data.get("invoices", []):
            if s.get(LedgerInvoiceRow, inv["id"]) is None:
                s.add(LedgerInvoiceRow(
                    id=inv["id"], customer_id=inv["customer_id"], doc_number=inv["doc_number"],
                    opportunity_id=inv.get("opportunity_id"), invoice_date=_date(inv["invoice_date"]),
                    due_date=_date(inv.get("due_date")), currency=inv.get("currency", "USD"),
                    total=to_decimal(inv["total"]), balance=to_decimal(inv.get("balance", inv["total"])),
                    lines=inv.get("lines"), created_at=utcnow()))
        s.flush()
        for pay in data.get("payments", []):
            if s.get(LedgerPaymentRow, pay["id"]) is None:
                s.add(LedgerPaymentRow(id=pay["id"], invoice_id=pay["invoice_id"], amount=to_decimal(pay["amount"]),
                                       received_on=_date(pay["received_on"])))


def _seed_vendors_and_accounts(s: Session, data: dict[str, Any]) -> None:
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


def _seed_purchase_orders(s: Session, data: dict[str, Any]) -> None:
    """Purchase orders with their lines and receipts; a PO already there is left as it is."""
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


def _seed_posted_bills(s: Session, data: dict[str, Any]) -> None:
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


def _customer(r: LedgerCustomerRow) -> Customer:
    return Customer(id=r.id, name=r.name, tax_id=r.tax_id, billing_email=r.billing_email,
                    billing_address=r.billing_address, tax_exempt=r.tax_exempt)


def _invoice(r: LedgerInvoiceRow) -> SalesInvoice:
    return SalesInvoice(id=r.id, customer_id=r.customer_id, doc_number=r.doc_number, opportunity_id=r.opportunity_id,
                        invoice_date=r.invoice_date, due_date=r.due_date, currency=r.currency, total=r.total,
                        balance=r.balance, idempotency_key=r.idempotency_key)


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
    amounts = [to_decimal(line.get("amount")) for line in (r.lines or [])]
    return PostedBill(
        subtotal=sum(amounts, Decimal(0)) if amounts and None not in amounts else None,
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


class SqlVendorLookup:
    """A `VendorLookup` over the local ledger's `ledger_vendors` table, by its indexed normalized
    columns (migration 0002). `sessions` is a SQLAlchemy sessionmaker."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _query(self, *where: Any, order: Any = None, limit: int | None = None) -> list[Vendor]:
        stmt = select(LedgerVendorRow).where(*where).order_by(order if order is not None else LedgerVendorRow.id)
        if limit:
            stmt = stmt.limit(limit)
        with self._sessions() as s:
            return [_vendor(r) for r in s.scalars(stmt)]

    def by_tax_id(self, tax_id_norm: str) -> list[Vendor]:
        return self._query(LedgerVendorRow.tax_id_norm == tax_id_norm) if tax_id_norm else []

    def by_iban(self, iban_norm: str) -> list[Vendor]:
        return self._query(LedgerVendorRow.iban_norm == iban_norm) if iban_norm else []

    def name_candidates(self, name_norm: str, limit: int = NAME_CANDIDATE_LIMIT) -> list[Vendor]:
        """The vendors sharing the name's first word whose normalized names sort nearest to it:
        up to limit/2 on each side, read by index range (LIKE would not use the index on SQLite)."""
        first = name_norm.split(" ", 1)[0] if name_norm else ""
        if not first:
            return []
        col = LedgerVendorRow.name_norm
        half = max(limit // 2, 1)
        above = self._query(col >= name_norm, col < first + "\uffff", order=col.asc(), limit=half)
        below = self._query(col < name_norm, col >= first, order=col.desc(), limit=half)
        return above + below
