"""Errors of the database layer, importable without loading SQLAlchemy (the start-up
window shows before the database layer is imported)."""


class DatabaseError(Exception):
    """The database file cannot be opened or upgraded; the message is for the user."""
