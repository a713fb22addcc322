"""order cases, receivables in the local ledger (customers, invoices, payments), CRM readiness fields

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

import countersign.tables

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="invoice"))
    op.create_table(
        "ledger_customers",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("name_norm", sa.String(length=255), nullable=False),
        sa.Column("tax_id", sa.String(length=64), nullable=True),
        sa.Column("billing_email", sa.String(length=255), nullable=True),
        sa.Column("billing_address", sa.Text(), nullable=True),
        sa.Column("tax_exempt", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_customers")),
    )
    with op.batch_alter_table("ledger_customers") as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_customers_name_norm"), ["name_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_customers_tax_id"), ["tax_id"], unique=False)
    op.create_table(
        "ledger_invoices",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.String(length=32), nullable=False),
        sa.Column("doc_number", sa.String(length=32), nullable=False),
        sa.Column("opportunity_id", sa.String(length=32), nullable=True),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", countersign.tables.Money(), nullable=False),
        sa.Column("balance", countersign.tables.Money(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=True),
        sa.Column("lines", sa.JSON(), nullable=True),
        sa.Column("created_at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["ledger_customers.id"],
                                name=op.f("fk_ledger_invoices_customer_id_ledger_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_invoices")),
        sa.UniqueConstraint("doc_number", name=op.f("uq_ledger_invoices_doc_number")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_ledger_invoices_idempotency_key")),
    )
    with op.batch_alter_table("ledger_invoices") as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_invoices_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_invoices_opportunity_id"), ["opportunity_id"], unique=False)
    op.create_table(
        "ledger_payments",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("invoice_id", sa.String(length=32), nullable=False),
        sa.Column("amount", countersign.tables.Money(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["ledger_invoices.id"],
                                name=op.f("fk_ledger_payments_invoice_id_ledger_invoices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_payments")),
    )
    with op.batch_alter_table("ledger_payments") as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_payments_invoice_id"), ["invoice_id"], unique=False)
    with op.batch_alter_table("crm_accounts") as batch_op:
        batch_op.add_column(sa.Column("tax_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("requires_po", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("tax_exempt", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("tax_exemption_certificate", sa.String(length=255), nullable=True))
    with op.batch_alter_table("crm_opportunities") as batch_op:
        batch_op.add_column(sa.Column("po_reference", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("approved_discount_pct", countersign.tables.Money(), nullable=True))
    op.create_table(
        "crm_price_book",
        sa.Column("product", sa.String(length=255), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("unit_price", countersign.tables.Money(), nullable=False),
        sa.PrimaryKeyConstraint("product", "currency", name=op.f("pk_crm_price_book")),
    )


def downgrade() -> None:
    op.drop_table("crm_price_book")
    with op.batch_alter_table("crm_opportunities") as batch_op:
        batch_op.drop_column("approved_discount_pct")
        batch_op.drop_column("po_reference")
    with op.batch_alter_table("crm_accounts") as batch_op:
        batch_op.drop_column("tax_exemption_certificate")
        batch_op.drop_column("tax_exempt")
        batch_op.drop_column("requires_po")
        batch_op.drop_column("tax_id")
    op.drop_table("ledger_payments")
    op.drop_table("ledger_invoices")
    op.drop_table("ledger_customers")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("kind")
