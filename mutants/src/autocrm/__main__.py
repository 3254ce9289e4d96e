"""The ``autocrm`` command and ``python -m autocrm``: the command line, if it is installed.

The command line comes with the extra ``autocrm[cli]`` (typer, rich and the SQL
archive). Without it, ``autocrm`` prints one line saying how to get it and ends
with status 1, rather than a traceback about a missing module.
"""

from __future__ import annotations

import sys

from autocrm.extras import MissingExtra, require_extra

__all__ = ["main"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_main__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_main__mutmut)
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


def x_main__mutmut_orig() -> None:
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


def x_main__mutmut_1() -> None:
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
        require_extra(None, "typer", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_2() -> None:
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
        require_extra("cli", None, "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_3() -> None:
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
        require_extra("cli", "typer", None, "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_4() -> None:
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
        require_extra("cli", "typer", "rich", None, "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_5() -> None:
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
        require_extra("cli", "typer", "rich", "sqlalchemy", None)
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_6() -> None:
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
        require_extra("typer", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_7() -> None:
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
        require_extra("cli", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_8() -> None:
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
        require_extra("cli", "typer", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_9() -> None:
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
        require_extra("cli", "typer", "rich", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_10() -> None:
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
        require_extra("cli", "typer", "rich", "sqlalchemy", )
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_11() -> None:
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
        require_extra("XXcliXX", "typer", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_12() -> None:
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
        require_extra("CLI", "typer", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_13() -> None:
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
        require_extra("cli", "XXtyperXX", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_14() -> None:
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
        require_extra("cli", "TYPER", "rich", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_15() -> None:
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
        require_extra("cli", "typer", "XXrichXX", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_16() -> None:
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
        require_extra("cli", "typer", "RICH", "sqlalchemy", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_17() -> None:
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
        require_extra("cli", "typer", "rich", "XXsqlalchemyXX", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_18() -> None:
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
        require_extra("cli", "typer", "rich", "SQLALCHEMY", "alembic")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_19() -> None:
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
        require_extra("cli", "typer", "rich", "sqlalchemy", "XXalembicXX")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_20() -> None:
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
        require_extra("cli", "typer", "rich", "sqlalchemy", "ALEMBIC")
    except MissingExtra as missing:
        sys.stderr.write(f"autocrm: the command line needs the cli extra; {missing}\n")
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_21() -> None:
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
        sys.stderr.write(None)
        raise SystemExit(1) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_22() -> None:
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
        raise SystemExit(None) from None
    from autocrm.cli import main as run_command_line

    run_command_line()


def x_main__mutmut_23() -> None:
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
        raise SystemExit(2) from None
    from autocrm.cli import main as run_command_line

    run_command_line()

mutants_x_main__mutmut['_mutmut_orig'] = x_main__mutmut_orig # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_1'] = x_main__mutmut_1 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_2'] = x_main__mutmut_2 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_3'] = x_main__mutmut_3 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_4'] = x_main__mutmut_4 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_5'] = x_main__mutmut_5 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_6'] = x_main__mutmut_6 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_7'] = x_main__mutmut_7 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_8'] = x_main__mutmut_8 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_9'] = x_main__mutmut_9 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_10'] = x_main__mutmut_10 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_11'] = x_main__mutmut_11 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_12'] = x_main__mutmut_12 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_13'] = x_main__mutmut_13 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_14'] = x_main__mutmut_14 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_15'] = x_main__mutmut_15 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_16'] = x_main__mutmut_16 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_17'] = x_main__mutmut_17 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_18'] = x_main__mutmut_18 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_19'] = x_main__mutmut_19 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_20'] = x_main__mutmut_20 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_21'] = x_main__mutmut_21 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_22'] = x_main__mutmut_22 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_23'] = x_main__mutmut_23 # type: ignore # mutmut generated


if __name__ == "__main__":
    main()
