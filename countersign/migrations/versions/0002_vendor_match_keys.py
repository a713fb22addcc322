"""vendor match keys: normalized tax id / IBAN / name columns with indexes; bills by PO

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:00:00

Lets match_vendor find a vendor among 100,000 by index (tools.match_vendor.SqlVendorLookup)
and PO_OVERBILLED read the bills of one PO without a scan. Existing vendors are backfilled
with a frozen copy of the normalization in tools.match_vendor (migrations must not change
meaning when the application code does).
"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_SUFFIXES = frozenset({
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "corp", "corporation", "co", "company",
    "gmbh", "mbh", "ag", "kg", "ohg", "ug", "se", "sa", "sas", "sarl", "eurl", "bv", "nv", "plc", "pty", "pte",
    "srl", "spa", "sl", "oy", "ab", "as", "aps", "kk", "pvt", "pllc", "lda", "ltda", "sro", "zoo", "kft",
})
_CONNECTORS = frozenset({"and", "und", "et", "y"})


def _id(value):
    key = re.sub(r"[^0-9A-Z]", "", (value or "").upper())
    return key or None


def _name(value):
    text = (value or "").lower().replace("&", " and ").replace(".", "")
    words = re.sub(r"[^0-9a-z\u00c0-\u024f ]", " ", text).split()
    kept = list(words)
    while kept and (kept[-1] in _SUFFIXES or kept[-1] in _CONNECTORS):
        kept.pop()
    return " ".join(kept or words) or None


def upgrade() -> None:
    with op.batch_alter_table('ledger_vendors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tax_id_norm', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('iban_norm', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('name_norm', sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f('ix_ledger_vendors_tax_id_norm'), ['tax_id_norm'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_vendors_iban_norm'), ['iban_norm'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_vendors_name_norm'), ['name_norm'], unique=False)
    with op.batch_alter_table('ledger_bills', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_bills_po_number'), ['po_number'], unique=False)

    conn = op.get_bind()
    vendors = sa.table('ledger_vendors', sa.column('id'), sa.column('name'), sa.column('tax_id'), sa.column('iban'),
                       sa.column('tax_id_norm'), sa.column('iban_norm'), sa.column('name_norm'))
    rows = conn.execute(sa.select(vendors.c.id, vendors.c.name, vendors.c.tax_id, vendors.c.iban)).fetchall()
    for row in rows:
        conn.execute(
            vendors.update().where(vendors.c.id == row.id).values(
                tax_id_norm=_id(row.tax_id), iban_norm=_id(row.iban), name_norm=_name(row.name)
            )
        )


def downgrade() -> None:
    with op.batch_alter_table('ledger_bills', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_bills_po_number'))
    with op.batch_alter_table('ledger_vendors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_vendors_name_norm'))
        batch_op.drop_index(batch_op.f('ix_ledger_vendors_iban_norm'))
        batch_op.drop_index(batch_op.f('ix_ledger_vendors_tax_id_norm'))
        batch_op.drop_column('name_norm')
        batch_op.drop_column('iban_norm')
        batch_op.drop_column('tax_id_norm')
