"""Alembic environment: runs on the connection DoanDesk hands over (see desktop.db.migrate)."""

from alembic import context
from sqlalchemy import create_engine

from desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as own_connection:
            _run(own_connection)
        return
    _run(connection)


def _not_search_index(obj, name, type_, reflected, compare_to) -> bool:
    # The FTS5 index and its shadow tables are made by hand in 0001; autogenerate would
    # otherwise propose dropping them.
    return not (type_ == "table" and reflected and name.startswith("members_fts"))


def _run(connection) -> None:
    # render_as_batch lets later migrations alter SQLite tables (copy-and-move).
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      include_object=_not_search_index)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
