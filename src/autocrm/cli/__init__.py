"""The ``autocrm`` command (extra ``cli``): the desk's day, the demo, backups, the schema.

The daily commands — ``worklist``, ``reminders``, ``lost``, ``early-warning``,
``complaints``, ``stats``, ``duplicates``, ``merge`` — read a shop's own database (``--db`` or
the ``AUTOCRM_DB`` environment variable) and print a table, CSV or JSON; the database
does the work through the SQL twins where they exist. ``autocrm demo`` builds a
deterministic synthetic dealership in a database of its own and prints what a
customer-service department looks at in the morning (see the Command line guide).

The command line is the only part of autocrm that reads the clock, and only to
default ``--as-of`` to today.

Every command runs inside one mapping of errors to exit statuses (see
[`EXIT_STATUSES`][autocrm.cli.EXIT_STATUSES]): a refused value, a missing file or a
database that cannot be used prints one line on standard error, never a traceback.
Only ``demo``, ``import`` and ``init`` create an archive and only ``upgrade`` migrates
one; the other commands open an existing, current archive or stop with status 3.

Examples:
    >>> from typer.testing import CliRunner
    >>> result = CliRunner().invoke(app, ["validate", "vin", "LFV2A21K3D3109826"])
    >>> result.exit_code, result.output.strip()
    (0, 'LFV2A21K3D3109826')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from autocrm.cli import _admin, _demo, _desk, _merging, _stats  # noqa: F401 - they add commands
from autocrm.cli._app import app

__all__ = ["EXIT_STATUSES", "app", "main"]

EXIT_STATUSES: Mapping[int, str] = MappingProxyType(
    {
        0: "done",
        1: "bad input: a value, file or backup was refused (one line on standard error)",
        2: "usage: an unknown command or option, or an option value of the wrong type",
        3: "store problem: the database cannot be opened, is missing, is out of date, "
        "is unavailable, or (import, demo) holds other data",
    }
)
"""The exit statuses of every ``autocrm`` command, with what each means."""


def main() -> None:
    """Run the ``autocrm`` command.

    It reads the command line and ends the process with the command's exit status.

    Examples:
        >>> import sys
        >>> from unittest import mock
        >>> argv = ["autocrm", "validate", "plate", "粤b d12345"]
        >>> with mock.patch.object(sys, "argv", argv):
        ...     try:
        ...         main()
        ...     except SystemExit as done:
        ...         print("exit status", done.code)
        粤BD12345
        exit status 0
    """
    app()
