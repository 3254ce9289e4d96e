"""One way to print a list: a table for the screen, CSV for a spreadsheet, JSON for a program.

A command describes its answer as a `Listing` — a title, the columns (each a
name for CSV and a function of one entry) and the entries — plus the whole result for
JSON; `emit` prints it in the format asked for. The columns of the CSV are the
columns of the table, named in snake case, in the same order; the JSON is the rule's
own result (every field, the evidence and the rule text), written by
``autocrm.adapters.json.dumps`` with sorted keys, so the same archive and day give
the same bytes.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import attrs
import typer

from autocrm.cli._app import OutputFormat, Section, console


@attrs.frozen
class Column:
    """A column of a listing: its CSV name, its table heading and how to read it."""

    name: str
    value: Callable[[Any], object]
    heading: str = ""
    #: False: in the CSV only (a long text the screen has no room for).
    on_screen: bool = True
    #: How the table shows the value (a label, a short time); the CSV keeps the value.
    shown: Callable[[Any], object] | None = None

    @property
    def shown_heading(self) -> str:
        """The table heading (the CSV name when none is given)."""
        return self.heading or self.name.replace("_", " ")


@attrs.frozen
class Listing:
    """What a command prints: a title, columns, entries and the whole result for JSON."""

    title: str
    columns: Sequence[Column]
    entries: Sequence[Any]
    document: object = None

    def cells(self, *, screen: bool = False) -> list[list[object]]:
        """The entries as rows of cell values, in column order (the screen's columns)."""
        columns = [c for c in self.columns if c.on_screen or not screen]
        return [
            [(c.shown if screen and c.shown else c.value)(entry) for c in columns]
            for entry in self.entries
        ]

    def section(self, *, limit: int | None = None) -> Section:
        """The listing as a heading and a table (its first ``limit`` rows)."""
        rows = self.cells(screen=True)
        return Section(
            self.title,
            [column.shown_heading for column in self.columns if column.on_screen],
            rows if limit is None else rows[:limit],
        )


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(part) for part in value)
    return value


def emit(listing: Listing, output: OutputFormat) -> None:
    """Print ``listing`` to standard output in ``output`` format."""
    if output is OutputFormat.JSON:
        from autocrm.adapters.json import dumps

        typer.echo(dumps(listing.document))
        return
    if output is OutputFormat.CSV:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([column.name for column in listing.columns])
        writer.writerows([_csv_cell(cell) for cell in row] for row in listing.cells())
        return
    console().print(listing.section())


def yes(flag: object) -> str:
    """``yes`` for a true flag, nothing otherwise (a table cell)."""
    return "yes" if flag else ""


def percent(value: object) -> str:
    """A rate as a whole percentage, or ``n/a`` when there is none."""
    return f"{value:.0%}" if isinstance(value, float) else "n/a"


def interval(low: object, high: object) -> str:
    """A 95 % interval as two percentages, or ``n/a``."""
    if not isinstance(low, float) or not isinstance(high, float):
        return "n/a"
    return f"{percent(low)}–{percent(high)}"
