"""The keys an import has read so far: in memory up to a limit, then in a temporary file.

An import checks what each row refers to (a vehicle's customer, a work order's
vehicle) and that no key comes twice, against every key read before it. Up to
``KEYS_IN_MEMORY`` keys of each kind wait in memory; beyond that they move to a
temporary SQLite file, so that the memory an import takes does not grow with its
rows. A batch's keys are looked up in the file at once (``prefetch``) before its
rows are checked one by one; a key not fetched is looked up on its own.

Examples:
    >>> keys = ReadKeys(limit=1)
    >>> customers = keys.kind("customers")
    >>> customers.add("C000001")
    >>> customers.add("C000002")  # the first goes to disk
    >>> customers.prefetch(["C000001", "C000009"])
    >>> "C000001" in customers, "C000009" in customers
    (True, False)
    >>> keys.close()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from autocrm.adapters.tables.scratch import ScratchFile

__all__: list[str] = []

#: Keys of one kind held in memory before they are moved to the temporary file.
KEYS_IN_MEMORY = 100_000

#: Keys per look-up of the temporary file.
_KEYS_PER_QUERY = 500

_ABSENT = object()
#: Not brought by the last prefetch: the file has to be asked.
_NOT_FETCHED = object()


class ReadKeys:
    """The keys of every kind read by one import, and the temporary file they spill to.

    Args:
        limit: Keys of one kind held in memory before they move to the temporary
            file (``KEYS_IN_MEMORY`` when None).

    Examples:
        >>> keys = ReadKeys()
        >>> "LFV2A21K3D3109826" in keys.kind("vehicles")
        False
        >>> keys.close()
    """

    def __init__(self, limit: int | None = None) -> None:
        self._limit = KEYS_IN_MEMORY if limit is None else limit
        self._kinds: dict[str, KeysOfOneKind] = {}
        self._scratch = ScratchFile("keys")

    def kind(self, name: str) -> KeysOfOneKind:
        """The keys of one kind (``name``: a plain identifier, such as a table's name)."""
        found = self._kinds.get(name)
        if found is None:
            found = self._kinds[name] = KeysOfOneKind(self, name, self._limit)
        return found

    def disk(self) -> sqlite3.Connection:
        """The temporary file, opened on first use."""
        return self._scratch.connection()

    def close(self) -> None:
        """Forget every key and remove the temporary file."""
        for keys in self._kinds.values():
            keys.forget()
        self._scratch.close()


class KeysOfOneKind:
    """The keys of one kind read so far, each with an optional value (a vehicle's owner).

    Examples:
        >>> vehicles = ReadKeys().kind("vehicles")
        >>> vehicles.add("LFV2A21K3D3109826", "C000001")
        >>> vehicles.get("LFV2A21K3D3109826"), vehicles.get("LSVAU2180N2183294")
        ('C000001', None)
    """

    def __init__(self, owner: ReadKeys, name: str, limit: int) -> None:
        self._owner = owner
        self._table = f"keys_{name}"
        self._limit = limit
        self._memory: dict[str, str | None] = {}
        self._fetched: dict[str, object] = {}
        self._on_disk = False

    def __contains__(self, key: object) -> bool:
        if type(key) is not str:
            return False
        if key in self._memory:
            return True
        return self._on_disk and self._find(key) is not _ABSENT

    def get(self, key: str) -> str | None:
        """The value kept with ``key`` (None: none, or the key was not read)."""
        found = self._memory.get(key, _ABSENT)
        if found is _ABSENT:
            found = self._find(key)
        return None if found is _ABSENT else found  # type: ignore[return-value]

    def add(self, key: str, value: str | None = None) -> None:
        """Keep ``key`` (with ``value``); the keys move to disk past the limit."""
        self._memory[key] = value
        self._fetched.pop(key, None)  # what the prefetch found (or missed) is out of date
        if len(self._memory) > self._limit:
            self._spill()

    def prefetch(self, keys: Iterable[object]) -> None:
        """Bring the given keys held on disk into memory for the batch about to be checked.

        A key asked for and not on disk is remembered as absent, so the batch's new keys
        cost no query each. What an earlier prefetch brought is forgotten.
        """
        self._fetched = {}
        if not self._on_disk:
            return
        wanted = [key for key in dict.fromkeys(keys) if isinstance(key, str)]
        wanted = [key for key in wanted if key not in self._memory]
        disk = self._owner.disk()
        for start in range(0, len(wanted), _KEYS_PER_QUERY):
            part = wanted[start : start + _KEYS_PER_QUERY]
            marks = ", ".join("?" * len(part))
            self._fetched.update(dict.fromkeys(part, _ABSENT))
            self._fetched.update(
                disk.execute(f"SELECT key, value FROM {self._table} WHERE key IN ({marks})", part)
            )

    def forget(self) -> None:
        """Forget the keys held in memory (the file goes with ``ReadKeys.close``)."""
        self._memory.clear()
        self._fetched.clear()
        self._on_disk = False

    def _find(self, key: str) -> object:
        found = self._memory.get(key, _ABSENT)
        if found is _ABSENT and self._on_disk:
            found = self._fetched.get(key, _NOT_FETCHED)
            if found is _NOT_FETCHED:
                found = _ABSENT
                row = (
                    self._owner.disk()
                    .execute(f"SELECT value FROM {self._table} WHERE key = ?", (key,))
                    .fetchone()
                )
                if row is not None:
                    found = row[0]
        return found

    def _spill(self) -> None:
        disk = self._owner.disk()
        if not self._on_disk:
            disk.execute(
                f"CREATE TABLE IF NOT EXISTS {self._table} "
                "(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"
            )
            self._on_disk = True
        disk.executemany(
            f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?)", self._memory.items()
        )
        self._memory.clear()
