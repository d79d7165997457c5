"""Database access: one peewee database object, initialised at start-up."""

from station_app.db.connection import (
    DataFolderError,
    close_database,
    database,
    open_database,
    open_database_file,
)

__all__ = ["DataFolderError", "close_database", "database", "open_database", "open_database_file"]
