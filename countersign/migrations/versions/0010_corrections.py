"""corrections, vendor layouts, case runs, superseded proposals, console sign-in links, cases.po_number

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

import countersign.tables

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LIVE = sa.text("status != 'superseded'")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("run", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("po_number", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_po_number"), ["po_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_created_at"), ["created_at"], unique=False)
    _backfill_po_numbers()
    # One live proposal per idempotency key: a superseded one leaves its key to its successor.
    with op.batch_alter_table("proposals") as batch_op:
        batch_op.drop_constraint("uq_proposals_idempotency_key", type_="unique")
        batch_op.create_index("ix_proposals_live_key", ["idempotency_key"], unique=True,
                              sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("run", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_corrections_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    with op.batch_alter_table("corrections") as batch_op:
        batch_op.create_index(batch_op.f("ix_corrections_case_id"), ["case_id"], unique=False)
    op.create_table(
        "vendor_layouts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("vendor_key", sa.String(length=255), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("hint", sa.JSON(), nullable=False),
        sa.Column("learned_from", sa.String(length=32), nullable=False),
        sa.Column("learned_by", sa.String(length=64), nullable=False),
        sa.Column("at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_layouts")),
        sa.UniqueConstraint("vendor_key", "field", name=op.f("uq_vendor_layouts_vendor_key_field")),
    )
    with op.batch_alter_table("vendor_layouts") as batch_op:
        batch_op.create_index(batch_op.f("ix_vendor_layouts_vendor_key"), ["vendor_key"], unique=False)
    op.create_table(
        "console_tokens",
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", countersign.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", countersign.tables.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_console_tokens")),
    )


def _backfill_po_numbers() -> None:
    """The PO number each case read, from its stored reading (the inbox searches by it)."""
    cases = sa.table("cases", sa.column("id", sa.String), sa.column("extracted", sa.JSON),
                     sa.column("po_number", sa.String))
    bind = op.get_bind()
    for case_id, extracted in bind.execute(sa.select(cases.c.id, cases.c.extracted)
                                           .where(cases.c.extracted.is_not(None))).all():
        value = (((extracted or {}).get("fields") or {}).get("po_number") or {}).get("value")
        if value:
            bind.execute(cases.update().where(cases.c.id == case_id).values(po_number=str(value)[:64]))


def downgrade() -> None:
    op.drop_table("console_tokens")
    op.drop_table("vendor_layouts")
    op.drop_table("corrections")
    op.execute("DELETE FROM decisions WHERE proposal_id IN (SELECT id FROM proposals WHERE status = 'superseded')")
    op.execute("DELETE FROM proposals WHERE status = 'superseded'")
    with op.batch_alter_table("proposals") as batch_op:
        batch_op.drop_index("ix_proposals_live_key")
        batch_op.create_unique_constraint("uq_proposals_idempotency_key", ["idempotency_key"])
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_created_at"))
        batch_op.drop_index(batch_op.f("ix_cases_po_number"))
        batch_op.drop_column("po_number")
        batch_op.drop_column("run")
