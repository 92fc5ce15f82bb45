"""Errors of the store: problems with the database file the user can act on."""

__all__ = ["DatabaseBusy", "NoDatabase", "StoreError", "WrongPassphrase"]


class StoreError(Exception):
    """A problem with the database file that the user can act on."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the database."""


class NoDatabase(StoreError):
    """There is no database at the path given."""


class DatabaseBusy(StoreError):
    """Another process holds the write lock past the busy timeout."""
