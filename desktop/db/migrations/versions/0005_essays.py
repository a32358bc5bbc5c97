"""essays

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:50:15.384283
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('essay_requirements',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('positions', sa.Text(), nullable=False),
    sa.Column('deadline', sa.DateTime(), nullable=True),
    sa.Column('forward_positions', sa.Text(), nullable=False),
    sa.Column('scale', sa.Text(), nullable=False),
    sa.Column('rubric', sa.Text(), nullable=False),
    sa.Column('bands', sa.Text(), nullable=False),
    sa.Column('double_marking', sa.Boolean(), nullable=False),
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
    with op.batch_alter_table('essay_requirements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_essay_requirements_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_essay_requirements_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_essay_requirements_event_live', ['event_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('essays',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('on_paper', sa.Boolean(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_kind', sa.String(length=8), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('forward', sa.Boolean(), nullable=False),
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
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('essays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_essays_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_essays_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_essays_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_essays_live', ['event_id', 'member_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('essay_grades',
    sa.Column('essay_id', sa.String(length=36), nullable=False),
    sa.Column('marker', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=40), nullable=False),
    sa.Column('scores', sa.Text(), nullable=False),
    sa.Column('total', sa.Double(), nullable=True),
    sa.Column('grader', sa.String(length=255), nullable=False),
    sa.Column('graded_on', sa.Date(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['essay_id'], ['essays.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('essay_grades', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_essay_grades_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_essay_grades_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_essay_grades_live', ['essay_id', 'marker'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('similarity_flags',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('essay_a_id', sa.String(length=36), nullable=False),
    sa.Column('essay_b_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by', sa.String(length=255), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['essay_a_id'], ['essays.id'], ),
    sa.ForeignKeyConstraint(['essay_b_id'], ['essays.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('similarity_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_similarity_flags_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_similarity_flags_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_similarity_flags_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index('uq_similarity_flags_live', ['essay_a_id', 'essay_b_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('similarity_flags', schema=None) as batch_op:
        batch_op.drop_index('uq_similarity_flags_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_similarity_flags_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_similarity_flags_event_id'))
        batch_op.drop_index(batch_op.f('ix_similarity_flags_change_seq'))

    op.drop_table('similarity_flags')
    with op.batch_alter_table('essay_grades', schema=None) as batch_op:
        batch_op.drop_index('uq_essay_grades_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_essay_grades_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_essay_grades_change_seq'))

    op.drop_table('essay_grades')
    with op.batch_alter_table('essays', schema=None) as batch_op:
        batch_op.drop_index('uq_essays_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_essays_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_essays_event_id'))
        batch_op.drop_index(batch_op.f('ix_essays_change_seq'))

    op.drop_table('essays')
    with op.batch_alter_table('essay_requirements', schema=None) as batch_op:
        batch_op.drop_index('uq_essay_requirements_event_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_essay_requirements_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_essay_requirements_change_seq'))

    op.drop_table('essay_requirements')
