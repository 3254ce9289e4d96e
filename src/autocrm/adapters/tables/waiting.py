"""Work-order lines waiting for their work order: in memory up to a limit, then on disk.

An export's lines are read before its work orders (a work order is built with its
lines). Up to ``WAITING_LINES_IN_MEMORY`` lines wait in memory; beyond that they are
moved to a temporary SQLite file, and fetched back a batch of work orders at a
time, so the lines of a large export do not all sit in memory at once.

Examples:
    >>> from autocrm.domain import WorkOrderLine
    >>> waiting = WaitingLines(limit=1)
    >>> waiting.add("WO1", WorkOrderLine("工时", "88"), "lines.csv", 2)
    >>> waiting.add("WO2", WorkOrderLine("机油", "120"), "lines.csv", 3)  # the first goes to disk
    >>> waiting.fetch(["WO1"])
    >>> [line.description for line in waiting.pop("WO1")]
    ['工时']
    >>> waiting.leftovers()
    [('WO2', 'lines.csv', 3)]
    >>> waiting.close()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from autocrm.adapters.tables.scratch import ScratchFile
from autocrm.adapters.tables.trusted import build_trusted
from autocrm.domain import LineKind, Payer, WorkOrderLine

__all__: list[str] = []

#: Lines held in memory before they are moved to a temporary file (about 400 bytes each).
WAITING_LINES_IN_MEMORY = 250_000

_PAYERS = {payer.value: payer for payer in Payer}
_KINDS = {kind.value: kind for kind in LineKind}

#: Work-order numbers per look-up of the temporary file.
_NUMBERS_PER_QUERY = 500

# One waiting line: the line, its file and row, and when it was read (for the report).
_Waiting = tuple[WorkOrderLine, str, int, int]


class WaitingLines:
    """The lines read so far whose work order is not yet built, by work-order number.

    Args:
        limit: Lines held in memory before all of them move to the temporary file
            (``WAITING_LINES_IN_MEMORY`` when None).

    Examples:
        >>> waiting = WaitingLines()
        >>> waiting.pop("WO1")
        []
    """

    def __init__(self, limit: int | None = None) -> None:
        self._limit = WAITING_LINES_IN_MEMORY if limit is None else limit
        self._memory: dict[str, list[_Waiting]] = {}
        self._held = 0
        self._read = 0
        self._scratch = ScratchFile("lines")

    def add(self, order: str, line: WorkOrderLine, file: str, row: int) -> None:
        """Keep ``line`` until work order ``order`` is built; ``file``/``row`` name its row."""
        self._read = read = self._read + 1
        items = self._memory.get(order)
        if items is None:
            self._memory[order] = [(line, file, row, read)]
        else:
            items.append((line, file, row, read))
        self._held = held = self._held + 1
        if held > self._limit:
            self._spill()

    def fetch(self, orders: Iterable[str]) -> None:
        """Bring back from disk the lines of ``orders`` (the work orders about to be built)."""
        if not self._scratch.opened:
            return
        wanted = list(dict.fromkeys(orders))
        fetched: dict[str, list[_Waiting]] = {}
        for start in range(0, len(wanted), _NUMBERS_PER_QUERY):
            part = wanted[start : start + _NUMBERS_PER_QUERY]
            marks = ", ".join("?" * len(part))
            found = (
                self._scratch.connection()
                .execute(
                    "SELECT work_order, description, amount, payer, kind, file, row_number, read "
                    "FROM waiting "
                    f"WHERE work_order IN ({marks}) ORDER BY read",
                    part,
                )
                .fetchall()
            )
            if not found:
                continue
            self._scratch.connection().execute(
                f"DELETE FROM waiting WHERE work_order IN ({marks})", part
            )
            for order, description, amount, payer, kind, file, row, read in found:
                # What a valid line gave: built again without checking it again.
                values = {
                    "description": description,
                    "amount": Decimal(amount),
                    "payer": _PAYERS[payer],
                    "kind": _KINDS[kind],
                }
                line = build_trusted(WorkOrderLine, values) or WorkOrderLine(**values)
                fetched.setdefault(order, []).append((line, file, row, read))
        for order, items in fetched.items():
            # What went to disk was read before what is still in memory.
            self._memory[order] = items + self._memory.get(order, [])
            self._held += len(items)

    def pop(self, order: str) -> list[WorkOrderLine]:
        """The lines of ``order`` held in memory, in the order read; forgotten here."""
        items = self._memory.pop(order, None)
        if items is None:
            return []
        self._held -= len(items)
        return [item[0] for item in items]

    def leftovers(self) -> list[tuple[str, str, int]]:
        """``(work order, file, row)`` of every line still waiting, in the order read."""
        rows: list[tuple[int, str, str, int]] = [
            (read, order, file, row)
            for order, items in self._memory.items()
            for _, file, row, read in items
        ]
        if self._scratch.opened:
            rows.extend(
                self._scratch.connection().execute(
                    "SELECT read, work_order, file, row_number FROM waiting"
                )
            )
        rows.sort()
        return [(order, file, row) for _, order, file, row in rows]

    def close(self) -> None:
        """Forget every waiting line and remove the temporary file."""
        self._memory.clear()
        self._held = 0
        self._scratch.close()

    def _spill(self) -> None:
        if not self._scratch.opened:
            disk = self._scratch.connection()
            disk.execute(
                "CREATE TABLE waiting (read INTEGER PRIMARY KEY, work_order TEXT NOT NULL, "
                "description TEXT NOT NULL, amount TEXT NOT NULL, payer TEXT NOT NULL, "
                "kind TEXT NOT NULL, file TEXT NOT NULL, row_number INTEGER NOT NULL)"
            )
            disk.execute("CREATE INDEX waiting_order ON waiting (work_order)")
        self._scratch.connection().executemany(
            "INSERT INTO waiting VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._drained()
        )
        self._memory.clear()
        self._held = 0

    def _drained(self) -> Iterator[tuple[Any, ...]]:
        """The rows of the lines in memory, each order's lines forgotten as they are written."""
        while self._memory:
            order, items = self._memory.popitem()
            for line, file, row, read in items:
                yield (
                    read,
                    order,
                    line.description,
                    str(line.amount),
                    line.payer.value,
                    line.kind.value,
                    file,
                    row,
                )
