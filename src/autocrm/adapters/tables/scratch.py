"""The import's scratch file: a temporary SQLite database for what outgrows memory.

The keys an import has read and the work-order lines waiting for their work order
move to such a file past their limits. It is made on first use, written without a
journal (it is thrown away, never recovered) and removed with its folder on
``close``, however the import ends.

Examples:
    >>> scratch = ScratchFile("keys")
    >>> scratch.opened
    False
    >>> scratch.connection().execute("SELECT 1").fetchone()
    (1,)
    >>> scratch.close()
    >>> scratch.opened
    False
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

__all__: list[str] = []


class ScratchFile:
    """A temporary SQLite file named ``name``, opened on first use."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._directory: tempfile.TemporaryDirectory[str] | None = None
        self._connection: sqlite3.Connection | None = None

    @property
    def opened(self) -> bool:
        """Whether the file exists (something was written to it)."""
        return self._connection is not None

    def connection(self) -> sqlite3.Connection:
        """The file's connection, made with the file on first use."""
        if self._connection is None:
            self._directory = tempfile.TemporaryDirectory(prefix=f"autocrm-{self._name}-")
            self._connection = sqlite3.connect(Path(self._directory.name) / f"{self._name}.db")
            self._connection.execute("PRAGMA journal_mode = OFF")
            self._connection.execute("PRAGMA synchronous = OFF")
        return self._connection

    def close(self) -> None:
        """Close the file and remove it with its folder (nothing when never opened)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None
