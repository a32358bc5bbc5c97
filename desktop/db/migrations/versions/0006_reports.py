"""reports

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 18:56:45.775879
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_drafts',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('assessment', sa.Text(), nullable=False),
    sa.Column('difficulties', sa.Text(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('doc_number', sa.Integer(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('report_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_drafts_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_drafts_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_report_drafts_event_live', ['event_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('report_drafts', schema=None) as batch_op:
        batch_op.drop_index('uq_report_drafts_event_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_report_drafts_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_report_drafts_change_seq'))

    op.drop_table('report_drafts')
