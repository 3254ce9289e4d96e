"""The ``autocrm`` command and ``python -m autocrm``: the command line, if it is installed.

The command line comes with the extra ``autocrm[cli]`` (typer, rich and the SQL
archive). Without it, ``autocrm`` prints one line saying how to get it and ends
with status 1, rather than a traceback about a missing module.
"""

from __future__ import annotations

import sys

from autocrm.extras import MissingExtra, require_extra

__all__ = ["main"]


def main() -> None:
    """Run the ``autocrm`` command, or say which extra it needs.

    Examples:
        >>> from unittest import mock
        >>> argv = ["autocrm", "validate", "vin", "LFV2A21K3D3109826"]
        >>> with mock.patch.object(sys, "argv", argv):
        ...     try:
        ...         main()
        ...     except SystemExit as done:
        ...         print("exit status", done.code)
        LFV2A21K3D3109826
        exit status 0
    """
    try:
        require_extra("cli", "typer", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


if __name__ == "__main__":
    main()
