"""exchange

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 19:03:38.537879
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bundle_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.Column('sender_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('sender_unit_code', sa.String(length=64), nullable=False),
    sa.Column('sender_unit_name', sa.String(length=255), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('upto_seq', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kept', sa.Text(), nullable=False),
    sa.Column('other', sa.Text(), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_record_id'), ['record_id'], unique=False)

    with op.batch_alter_table('signing_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('box_public_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('box_private_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('unit_code', sa.String(length=64), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('signing_keys', schema=None) as batch_op:
        batch_op.drop_column('unit_code')
        batch_op.drop_column('box_private_key')
        batch_op.drop_column('box_public_key')

    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_record_id'))

    op.drop_table('sync_conflicts')
    op.drop_table('bundle_log')
