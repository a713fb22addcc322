"""crm_write_backs: the durable CRM write-back queue (invoice number, invoice and payment status)

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

import countersign.tables

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crm_write_backs",
        sa.Column("crm", sa.String(length=32), nullable=False),
        sa.Column("opportunity_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("invoice_number", sa.String(length=255), nullable=True),
        sa.Column("invoice_status", sa.String(length=32), nullable=True),
        sa.Column("payment_status", sa.String(length=32), nullable=True),
        sa.Column("erp_invoice_id", sa.String(length=64), nullable=True),
        sa.Column("invoice_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("written_version", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("next_attempt_at", countersign.tables.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", countersign.tables.UTCDateTime(timezone=True), nullable=True),
        sa.Column("written_at", countersign.tables.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("crm", "opportunity_id", name=op.f("pk_crm_write_backs")),
    )
    with op.batch_alter_table("crm_write_backs") as batch_op:
        batch_op.create_index(batch_op.f("ix_crm_write_backs_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_crm_write_backs_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("crm_write_backs") as batch_op:
        batch_op.drop_index(batch_op.f("ix_crm_write_backs_state"))
        batch_op.drop_index(batch_op.f("ix_crm_write_backs_case_id"))
    op.drop_table("crm_write_backs")
