"""Database layer: SQLAlchemy engine and sessions, ORM models, Alembic migrations. No Qt here."""
