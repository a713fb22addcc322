"""Ids from other systems fit: Xero and Business Central vendor ids and Dynamics 365 opportunity ids
are 36-character GUIDs (cases.vendor_id and ledger_invoices.opportunity_id, 32 -> 64)

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

WIDENED = (("cases", "vendor_id"), ("ledger_invoices", "opportunity_id"))


def upgrade() -> None:
    for table, column in WIDENED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=32), type_=sa.String(length=64),
                                  existing_nullable=True)


def downgrade() -> None:
    for table, column in WIDENED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=64), type_=sa.String(length=32),
                                  existing_nullable=True)
