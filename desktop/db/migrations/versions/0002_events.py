"""events, sessions, bridge points, invitations, materials, tasks, dialogue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 06:30:57.970475
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('title_folded', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('organiser_unit_id', sa.String(length=36), nullable=False),
    sa.Column('directive_code', sa.String(length=120), nullable=False),
    sa.Column('directive_date', sa.Date(), nullable=True),
    sa.Column('directive_issuer', sa.String(length=255), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('test_target_percent', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organiser_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('bridge_points',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('host_unit_id', sa.String(length=36), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('platform', sa.String(length=120), nullable=False),
    sa.Column('link', sa.String(length=1000), nullable=False),
    sa.Column('room_id', sa.String(length=120), nullable=False),
    sa.Column('contact_name', sa.String(length=255), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('test_at', sa.DateTime(), nullable=True),
    sa.Column('test_passed', sa.Boolean(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('session_ids', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['host_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bridge_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bridge_points_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_bridge_points_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bridge_points_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('dialogue_questions',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('asker_name', sa.String(length=255), nullable=False),
    sa.Column('asker_birth_date', sa.Date(), nullable=True),
    sa.Column('asker_is_member', sa.Boolean(), nullable=False),
    sa.Column('asker_place', sa.String(length=500), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('social', sa.String(length=255), nullable=False),
    sa.Column('achievements', sa.Text(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('selected', sa.Boolean(), nullable=False),
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
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_questions_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dialogue_questions_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dialogue_questions_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('dialogue_reports',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=False),
    sa.Column('streaming_pages', sa.Integer(), nullable=False),
    sa.Column('shares', sa.Integer(), nullable=False),
    sa.Column('interactions', sa.Integer(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
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
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_reports_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dialogue_reports_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dialogue_reports_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_dialogue_reports_live', ['event_id', 'unit_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('event_sessions',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('part', sa.String(length=12), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('host_unit_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['host_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_sessions_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_sessions_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_sessions_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('event_tasks',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
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
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_tasks_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_tasks_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_tasks_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('materials',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
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
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_materials_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_materials_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_materials_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('invitation_rules',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('scope_unit_id', sa.String(length=36), nullable=False),
    sa.Column('unit_levels', sa.Text(), nullable=False),
    sa.Column('positions', sa.Text(), nullable=False),
    sa.Column('bridge_point_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
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
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['scope_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('invitation_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_rules_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitation_rules_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitation_rules_owner_unit_id'), ['owner_unit_id'], unique=False)

    op.create_table('session_topics',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('speaker', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['event_sessions.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_topics_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_topics_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_topics_session_id'), ['session_id'], unique=False)

    op.create_table('invitations',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('bridge_point_id', sa.String(length=36), nullable=True),
    sa.Column('rule_id', sa.String(length=36), nullable=True),
    sa.Column('point_fixed', sa.Boolean(), nullable=False),
    sa.Column('excused', sa.Boolean(), nullable=False),
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
    sa.ForeignKeyConstraint(['rule_id'], ['invitation_rules.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitations_bridge_point_id'), ['bridge_point_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitations_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitations_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_invitations_live', ['event_id', 'member_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index('uq_invitations_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_invitations_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_invitations_change_seq'))
        batch_op.drop_index(batch_op.f('ix_invitations_bridge_point_id'))

    op.drop_table('invitations')
    with op.batch_alter_table('session_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_topics_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_topics_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_session_topics_change_seq'))

    op.drop_table('session_topics')
    with op.batch_alter_table('invitation_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_rules_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_invitation_rules_event_id'))
        batch_op.drop_index(batch_op.f('ix_invitation_rules_change_seq'))

    op.drop_table('invitation_rules')
    with op.batch_alter_table('materials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_materials_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_materials_event_id'))
        batch_op.drop_index(batch_op.f('ix_materials_change_seq'))

    op.drop_table('materials')
    with op.batch_alter_table('event_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_tasks_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_event_tasks_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_tasks_change_seq'))

    op.drop_table('event_tasks')
    with op.batch_alter_table('event_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_sessions_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_event_sessions_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_sessions_change_seq'))

    op.drop_table('event_sessions')
    with op.batch_alter_table('dialogue_reports', schema=None) as batch_op:
        batch_op.drop_index('uq_dialogue_reports_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_dialogue_reports_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_dialogue_reports_event_id'))
        batch_op.drop_index(batch_op.f('ix_dialogue_reports_change_seq'))

    op.drop_table('dialogue_reports')
    with op.batch_alter_table('dialogue_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_questions_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_dialogue_questions_event_id'))
        batch_op.drop_index(batch_op.f('ix_dialogue_questions_change_seq'))

    op.drop_table('dialogue_questions')
    with op.batch_alter_table('bridge_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bridge_points_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_bridge_points_event_id'))
        batch_op.drop_index(batch_op.f('ix_bridge_points_change_seq'))

    op.drop_table('bridge_points')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_events_change_seq'))

    op.drop_table('events')
