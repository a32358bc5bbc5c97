"""attendance: member cards, attendances, closures, settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:08:33.887505
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('settings',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('member_cards',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_cards_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_cards_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_cards_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_member_cards_code', ['code'], unique=True)

    op.create_table('attendance_closures',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('bridge_point_id', sa.String(length=36), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bridge_point_id'], ['bridge_points.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['event_sessions.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendance_closures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_closures_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_closures_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_attendance_closures_live', ['session_id', 'bridge_point_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('attendances',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('bridge_point_id', sa.String(length=36), nullable=True),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('late_minutes', sa.Integer(), nullable=False),
    sa.Column('invited', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('excuse_reason', sa.String(length=500), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bridge_point_id'], ['bridge_points.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['event_sessions.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_event_id'), ['event_id'], unique=False)
        batch_op.create_index('uq_attendances_live', ['session_id', 'member_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index('uq_attendances_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_attendances_event_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_change_seq'))

    op.drop_table('attendances')
    with op.batch_alter_table('attendance_closures', schema=None) as batch_op:
        batch_op.drop_index('uq_attendance_closures_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_attendance_closures_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_closures_change_seq'))

    op.drop_table('attendance_closures')
    with op.batch_alter_table('member_cards', schema=None) as batch_op:
        batch_op.drop_index('uq_member_cards_code')
        batch_op.drop_index(batch_op.f('ix_member_cards_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_cards_member_id'))
        batch_op.drop_index(batch_op.f('ix_member_cards_change_seq'))

    op.drop_table('member_cards')
    op.drop_table('settings')
