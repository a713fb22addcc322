"""slack: processed deliveries (dedup) and which message shows which case

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:00:00
"""
import sqlalchemy as sa
from alembic import op

import countersign.tables

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('slack_events',
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('received_at', countersign.tables.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_slack_events'))
    )
    op.create_table('slack_cards',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('proposal_id', sa.String(length=32), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('ts', sa.String(length=32), nullable=False),
    sa.Column('thread_ts', sa.String(length=32), nullable=True),
    sa.Column('created_at', countersign.tables.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reminded_at', countersign.tables.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_slack_cards_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slack_cards')),
    sa.UniqueConstraint('channel', 'ts', name=op.f('uq_slack_cards_channel_ts'))
    )
    with op.batch_alter_table('slack_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slack_cards_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_slack_cards_proposal_id'), ['proposal_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('slack_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slack_cards_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_slack_cards_case_id'))
    op.drop_table('slack_cards')
    op.drop_table('slack_events')
