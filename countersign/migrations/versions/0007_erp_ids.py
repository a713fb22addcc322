"""cases.vendor_id holds any ERP's vendor id: Xero and Business Central ids are 36-character GUIDs

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.alter_column("vendor_id", existing_type=sa.String(length=32), type_=sa.String(length=64),
                              existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.alter_column("vendor_id", existing_type=sa.String(length=64), type_=sa.String(length=32),
                              existing_nullable=True)
