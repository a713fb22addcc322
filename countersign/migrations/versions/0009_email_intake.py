"""email_messages, email_attachments: the AP mailbox's messages and attachments already taken in

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

from countersign.tables import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "email_messages",
        sa.Column("message_key", sa.String(length=255), nullable=False),
        sa.Column("sender", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("replied_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("message_key", name=op.f("pk_email_messages")),
    )
    op.create_table(
        "email_attachments",
        sa.Column("message_key", sa.String(length=255), nullable=False),
        sa.Column("part", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("message_key", "part", name=op.f("pk_email_attachments")),
    )
    op.create_index(op.f("ix_email_attachments_sha256"), "email_attachments", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_email_attachments_sha256"), table_name="email_attachments")
    op.drop_table("email_attachments")
    op.drop_table("email_messages")
