"""units, members, installation

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

Also creates members_fts, an FTS5 index over members.search_text (already folded:
no case, no tones, đ→d) kept in step by triggers.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# External-content FTS5 table: the text lives once, in members; the index follows it.
# Updates and deletes are followed by triggers. Inserts are not: a trigger costs more
# per row than the insert itself, and one INSERT … SELECT after a bulk insert is ten
# times faster. desktop.db indexes every insert it makes (the ORM's after_insert event
# in models.py and bulk.insert_members); code that inserts members by raw SQL must too.
FTS_STATEMENTS = [
    "CREATE VIRTUAL TABLE members_fts USING fts5("
    "search_text, content='members', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER members_fts_ad AFTER DELETE ON members BEGIN "
    "INSERT INTO members_fts(members_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER members_fts_au AFTER UPDATE OF search_text ON members BEGIN "
    "INSERT INTO members_fts(members_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO members_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
]


def upgrade() -> None:
    op.create_table('units',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('name_folded', sa.String(length=255), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_owner_unit_id'), ['owner_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('uq_units_code_live', ['code'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('home_unit_id', sa.String(length=36), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['home_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('members',
    sa.Column('family_name', sa.String(length=64), nullable=False),
    sa.Column('middle_name', sa.String(length=128), nullable=False),
    sa.Column('given_name', sa.String(length=64), nullable=False),
    sa.Column('name_folded', sa.String(length=255), nullable=False),
    sa.Column('sort_key', sa.String(length=512), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('birth_year_only', sa.Boolean(), nullable=False),
    sa.Column('gender', sa.String(length=8), nullable=True),
    sa.Column('ethnicity', sa.String(length=64), nullable=False),
    sa.Column('religion', sa.String(length=64), nullable=False),
    sa.Column('citizen_id', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('admission_date', sa.Date(), nullable=True),
    sa.Column('card_number', sa.String(length=32), nullable=True),
    sa.Column('position', sa.String(length=24), nullable=False),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['owner_unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index('ix_members_branch_sort', ['branch_id', 'sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_members_name_dob', ['name_folded', 'date_of_birth'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_sort_key'), ['sort_key'], unique=False)
        batch_op.create_index('uq_members_card_live', ['card_number'], unique=True, sqlite_where=sa.text('card_number IS NOT NULL AND deleted_at IS NULL'))

    for statement in FTS_STATEMENTS:
        op.execute(statement)



def downgrade() -> None:
    for name in ('members_fts_ad', 'members_fts_au'):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')
    op.execute('DROP TABLE IF EXISTS members_fts')
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index('uq_members_card_live', sqlite_where=sa.text('card_number IS NOT NULL AND deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_members_sort_key'))
        batch_op.drop_index('ix_members_name_dob')
        batch_op.drop_index(batch_op.f('ix_members_change_seq'))
        batch_op.drop_index('ix_members_branch_sort')

    op.drop_table('members')
    op.drop_table('installation')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index('uq_units_code_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_units_parent_id'))
        batch_op.drop_index(batch_op.f('ix_units_owner_unit_id'))
        batch_op.drop_index(batch_op.f('ix_units_name_folded'))
        batch_op.drop_index(batch_op.f('ix_units_change_seq'))

    op.drop_table('units')
