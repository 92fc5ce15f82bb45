"""Errors of the store: problems with the database file the user can act on."""

__all__ = ["DatabaseBusy", "DatabaseDamaged", "DiskFull", "NoDatabase", "ReadOnlyDatabase", "StoreError",
           "WrongPassphrase"]


class StoreError(Exception):
    """A problem with the database file that the user can act on."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the database."""


class NoDatabase(StoreError):
    """There is no database at the path given."""


class DatabaseBusy(StoreError):
    """Another process holds the write lock past the busy timeout."""


class DatabaseDamaged(StoreError):
    """The file's pages fail their checks (bytes changed on the disk): nothing more is written to it."""


class ReadOnlyDatabase(StoreError):
    """The file, its folder or its disk cannot be written: nothing was saved."""


class DiskFull(StoreError):
    """The disk has no room left: nothing was saved."""
