"""Every database table, in one metadata, so Alembic sees one schema.

Two families share the database in the embedded setup: the store (documents, cases, proposals,
decisions, audit events) and the local stand-ins for the ERP and CRM (`ledger_*`, `crm_*`).
Money is stored exactly (NUMERIC on PostgreSQL, text on SQLite) and read back as Decimal;
times are stored as UTC and read back aware.
"""

# No `from __future__ import annotations`: the ORM reads each `Mapped[...]` as it maps a class, and
# evaluating 215 of them as strings made importing this module 0.03 s slower, for every command.

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from countersign.domain import normalize_id, normalize_name

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Money(TypeDecorator):
    """Exact money that round-trips its scale ("129.00" stays "129.00"): unconstrained NUMERIC
    where the database has it, a decimal string on SQLite."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must not be a float")
        value = Decimal(value)
        return format(value, "f") if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator):
    """Aware UTC in, aware UTC out; naive datetimes are refused so no local time sneaks in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use aware UTC")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --------------------------------------------------------------------------- store


class DocumentRow(Base):
    __tablename__ = "documents"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseRow(Base):
    """One piece of work: an invoice PDF (kind "invoice") or a CRM order to invoice (kind "order",
    whose opportunity id is kept in `invoice_number`, the case's external reference)."""

    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="invoice", server_default="invoice")
    document_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(32))  # cli | demo | slack | email
    uploader: Mapped[str | None] = mapped_column(String(64), index=True)  # a person's Slack home (0011)
    status: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    vendor_id: Mapped[str | None] = mapped_column(String(64))  # any ERP's id (GUIDs: 0008)
    vendor_name: Mapped[str | None] = mapped_column(String(255))
    invoice_number: Mapped[str | None] = mapped_column(String(64), index=True)
    total: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    extracted: Mapped[dict | None] = mapped_column(JSON)
    policy_result: Mapped[dict | None] = mapped_column(JSON)
    # What validation saw (CaseFacts, or OrderFacts for an order): the draft is made from it.
    facts: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the inbox pages by it
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # How often the case was started again (a correction, a re-run): run N drives its own graph
    # thread, so nothing of an earlier run's checkpoint (its waiting approval) carries over.
    run: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    po_number: Mapped[str | None] = mapped_column(String(64), index=True)  # as read or corrected: inbox search


LIVE = "status != 'superseded'"  # a proposal that still holds its idempotency key


class ProposalRow(Base):
    __tablename__ = "proposals"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict] = mapped_column(JSON)
    policy_result: Mapped[dict] = mapped_column(JSON)
    # Unique among proposals that are not superseded (0010): a corrected case proposes the same bill
    # again under the same key, and the ERP still sees that key once.
    idempotency_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erp_ref: Mapped[str | None] = mapped_column(String(64))
    failure: Mapped[str] = mapped_column(Text, default="")
    # Partial on PostgreSQL too: see declare_postgresql_options.
    __table_args__ = (Index("ix_proposals_live_key", "idempotency_key", unique=True, sqlite_where=text(LIVE)),)


def declare_postgresql_options() -> None:
    """The live-key index is partial on PostgreSQL too (migration 0010). Said once a PostgreSQL
    engine is made (app/db.py, the migrations' env), not at import: naming a `postgresql_` option
    loads that whole dialect, 0.06 s of every command, on SQLite too."""
    [index] = (i for i in Base.metadata.tables["proposals"].indexes if i.name == "ix_proposals_live_key")
    index.dialect_kwargs["postgresql_where"] = text(LIVE)


class DecisionRow(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposals.id"), index=True)
    approver_id: Mapped[str] = mapped_column(String(64), index=True)  # a person's Slack home (0011)
    verdict: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(16))
    __table_args__ = (UniqueConstraint("proposal_id", "approver_id"),)


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, so the digest can be recomputed
    payload_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # HMAC of `hash` with a key the database does not hold (app/audit.py): a copy of the
    # database cannot forge, renumber or re-chain events. None on events from before 0006.
    mac: Mapped[str | None] = mapped_column(String(64))


class CorrectionRow(Base):
    """A person's correction of one field of a case (domain `Correction`); audited with it."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    run: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(64))
    why: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class VendorLayoutRow(Base):
    """What a correction taught the reader about one vendor's layout: for `field`, the label and
    where the value stands from it (extraction/vendor_memory.py). The latest lesson per vendor
    key and field is kept."""

    __tablename__ = "vendor_layouts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vendor_key: Mapped[str] = mapped_column(String(255), index=True)
    field: Mapped[str] = mapped_column(String(32))
    hint: Mapped[dict] = mapped_column(JSON)
    learned_from: Mapped[str] = mapped_column(String(32))
    learned_by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("vendor_key", "field"),)


class ConsoleTokenRow(Base):
    """A one-time sign-in link of the web console (`countersign console` prints it): only its
    SHA-256 is kept; using it is a compare-and-set on `used_at`, so it signs in once, on any host."""

    __tablename__ = "console_tokens"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CrmWriteBackRow(Base):
    """The durable CRM write-back queue: per opportunity of one CRM, the values countersign wants
    written on it (invoice number, invoice and payment status) and how far writing them got.

    `version` goes up when the wanted values change; `written_version` is the version the CRM
    last accepted, so the row is pending while they differ, and a retry writes the latest values
    once rather than replaying every change (app/writebacks.py)."""

    __tablename__ = "crm_write_backs"
    crm: Mapped[str] = mapped_column(String(32), primary_key=True)
    opportunity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(String(32), index=True)
    invoice_number: Mapped[str | None] = mapped_column(String(255))
    invoice_status: Mapped[str | None] = mapped_column(String(32))
    payment_status: Mapped[str | None] = mapped_column(String(32))
    erp_invoice_id: Mapped[str | None] = mapped_column(String(64))
    invoice_date: Mapped[datetime | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    written_version: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending | written | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    written_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --------------------------------------------------------------------------- local ledger (ERP)


class LedgerVendorRow(Base):
    __tablename__ = "ledger_vendors"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    tax_id: Mapped[str | None] = mapped_column(String(64))
    iban: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    default_account: Mapped[str | None] = mapped_column(String(16))
    created_by: Mapped[str | None] = mapped_column(String(64))
    # Normalized match keys (migration 0002), so match_vendor finds a vendor by index instead of
    # loading the vendor master. Filled on insert from tax_id / iban / name when not given; a
    # change of tax_id, iban or name must set them again (see domain.normalize_id / normalize_name).
    tax_id_norm: Mapped[str | None] = mapped_column(String(64), index=True,
                                                     default=lambda ctx: _norm_key(ctx, "tax_id"))
    iban_norm: Mapped[str | None] = mapped_column(String(64), index=True, default=lambda ctx: _norm_key(ctx, "iban"))
    name_norm: Mapped[str | None] = mapped_column(String(255), index=True, default=lambda ctx: _norm_key(ctx, "name"))


def _norm_key(context, column: str) -> str | None:
    value = context.get_current_parameters().get(column)
    key = normalize_name(value) if column == "name" else normalize_id(value)
    return key or None


class LedgerAccountRow(Base):
    __tablename__ = "ledger_accounts"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LedgerPurchaseOrderRow(Base):
    __tablename__ = "ledger_purchase_orders"
    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    vendor_id: Mapped[str] = mapped_column(ForeignKey("ledger_vendors.id"))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    requester: Mapped[str | None] = mapped_column(String(64))
    department: Mapped[str | None] = mapped_column(String(64))


class LedgerPOLineRow(Base):
    __tablename__ = "ledger_po_lines"
    po_number: Mapped[str] = mapped_column(ForeignKey("ledger_purchase_orders.number"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Money)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    account: Mapped[str | None] = mapped_column(String(16))


class LedgerReceiptRow(Base):
    __tablename__ = "ledger_receipts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    po_number: Mapped[str] = mapped_column(ForeignKey("ledger_purchase_orders.number"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[Decimal] = mapped_column(Money)
    received_at: Mapped[datetime] = mapped_column(Date)


class LedgerBillRow(Base):
    """A posted bill. Unique per vendor + normalized invoice number, and per idempotency key:
    the database itself refuses a second posting of the same bill."""

    __tablename__ = "ledger_bills"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    vendor_id: Mapped[str] = mapped_column(ForeignKey("ledger_vendors.id"), index=True)
    invoice_number: Mapped[str] = mapped_column(String(64))
    invoice_number_norm: Mapped[str] = mapped_column(String(64))
    invoice_date: Mapped[datetime | None] = mapped_column(Date)
    due_date: Mapped[datetime | None] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    po_number: Mapped[str | None] = mapped_column(String(32), index=True)  # PO_OVERBILLED reads bills by PO (0002)
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    lines: Mapped[list | None] = mapped_column(JSON)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("vendor_id", "invoice_number_norm"),)


# --------------------------------------------------------------------------- local CRM


class CrmAccountRow(Base):
    __tablename__ = "crm_accounts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    billing_email: Mapped[str | None] = mapped_column(String(255))
    billing_address: Mapped[str | None] = mapped_column(Text)
    billing_contact: Mapped[str | None] = mapped_column(String(255))
    tax_id: Mapped[str | None] = mapped_column(String(64))
    requires_po: Mapped[bool] = mapped_column(Boolean, default=False)
    tax_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    tax_exemption_certificate: Mapped[str | None] = mapped_column(String(255))


class CrmOpportunityRow(Base):
    __tablename__ = "crm_opportunities"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("crm_accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    stage: Mapped[str] = mapped_column(String(32))
    close_date: Mapped[datetime | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    owner: Mapped[str | None] = mapped_column(String(64))
    invoice_number: Mapped[str | None] = mapped_column(String(64))
    invoice_status: Mapped[str | None] = mapped_column(String(32))
    payment_status: Mapped[str | None] = mapped_column(String(32))
    po_reference: Mapped[str | None] = mapped_column(String(64))
    approved_discount_pct: Mapped[Decimal | None] = mapped_column(Money)


class CrmPriceBookRow(Base):
    """List prices; an opportunity line below them needs an approved discount."""

    __tablename__ = "crm_price_book"
    product: Mapped[str] = mapped_column(String(255), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    unit_price: Mapped[Decimal] = mapped_column(Money)


class CrmOpportunityLineRow(Base):
    __tablename__ = "crm_opportunity_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    opportunity_id: Mapped[str] = mapped_column(ForeignKey("crm_opportunities.id"), index=True)
    product: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[Decimal] = mapped_column(Money)
    unit_price: Mapped[Decimal] = mapped_column(Money)


# --------------------------------------------------------------------------- Slack


class SlackEventRow(Base):
    """A Slack delivery already taken on: `evt:<event_id>` for retries, `file:<file_id>` for the
    same upload arriving as both `file_shared` and a `file_share` message. Inserting the key is the
    claim; a second insert fails on the primary key, so exactly one worker processes it."""

    __tablename__ = "slack_events"
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SlackCardRow(Base):
    """Which Slack message shows which case: the thread card and each approver's DM card."""

    __tablename__ = "slack_cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    proposal_id: Mapped[str | None] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # thread | dm
    channel: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("channel", "ts"),)


# --------------------------------------------------------------------------- local ledger: receivables


class LedgerCustomerRow(Base):
    __tablename__ = "ledger_customers"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    name_norm: Mapped[str] = mapped_column(String(255), index=True)
    tax_id: Mapped[str | None] = mapped_column(String(64), index=True)
    billing_email: Mapped[str | None] = mapped_column(String(255))
    billing_address: Mapped[str | None] = mapped_column(Text)
    tax_exempt: Mapped[bool] = mapped_column(Boolean, default=False)


class LedgerInvoiceRow(Base):
    """An AR invoice; unique per idempotency key, so a retried sync creates it once."""

    __tablename__ = "ledger_invoices"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("ledger_customers.id"), index=True)
    doc_number: Mapped[str] = mapped_column(String(32), unique=True)
    opportunity_id: Mapped[str | None] = mapped_column(String(64), index=True)  # any CRM's id (0008)
    invoice_date: Mapped[datetime] = mapped_column(Date)
    due_date: Mapped[datetime | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column(Money)
    balance: Mapped[Decimal] = mapped_column(Money)
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    lines: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LedgerPaymentRow(Base):
    __tablename__ = "ledger_payments"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    invoice_id: Mapped[str] = mapped_column(ForeignKey("ledger_invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    received_on: Mapped[datetime] = mapped_column(Date)


# --------------------------------------------------------------------------- email intake


class EmailMessageRow(Base):
    """A message of the AP mailbox already taken in, by its Message-ID (or the hash of its headers
    when it has none). Written only after every attachment has its case, so a message found here is
    never read again; `replied_at` stays empty until the reply went out (a restart sends it then)."""

    __tablename__ = "email_messages"
    message_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    sender: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(255), default="")
    outcome: Mapped[str] = mapped_column(String(32))  # taken | refused
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)  # an auto-reply or bounce: no email back
    summary: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EmailAttachmentRow(Base):
    """One attachment of one message and the case it became. Claimed (case_id empty) before intake
    and completed after it, so a restart in between finds the case instead of opening a second."""

    __tablename__ = "email_attachments"
    message_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    case_id: Mapped[str | None] = mapped_column(String(32))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
