"""Indexes for what a person's Slack home asks on every open: their uploads (cases.uploader) and
their decisions (decisions.approver_id); both were a full scan

Revision ID: 0011
Revises: 0010
"""
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_uploader", "cases", ["uploader"])
    op.create_index("ix_decisions_approver_id", "decisions", ["approver_id"])


def downgrade() -> None:
    op.drop_index("ix_decisions_approver_id", table_name="decisions")
    op.drop_index("ix_cases_uploader", table_name="cases")
