"""The ``autocrm`` group: exit statuses, one-line refusals, and the options commands share.

This is where the command line reads the clock (``now``, the moment a command writes
at; ``parse_day``, which defaults ``--as-of`` to today; ``stopwatch``, how long a run
took); no other part of autocrm does.
"""

from __future__ import annotations

import enum
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperArgument, TyperGroup, TyperOption

from autocrm import __version__
from autocrm.errors import ArchiveNotEmpty, AutocrmError, InvalidFormat, StoreError, shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.policies import Policies
    from autocrm.rules.calendar import ChineseWorkdays

#: The exit statuses of a user's mistakes (all of them: ``autocrm.cli.EXIT_STATUSES``).
BAD_INPUT, STORE_PROBLEM = 1, 3

#: The environment variable the daily commands read when ``--db`` is not given.
DB_VARIABLE = "AUTOCRM_DB"

#: The environment variable read when ``--calendar`` is not given.
CALENDAR_VARIABLE = "AUTOCRM_CALENDAR"


def _exit_status(error: Exception) -> int | None:
    """The exit status for an error a user can cause, or None for a defect in autocrm."""
    import sqlalchemy as sa

    if isinstance(error, sa.exc.ArgumentError):  # a URL SQLAlchemy cannot read
        return BAD_INPUT
    if isinstance(error, (StoreError, ArchiveNotEmpty, sa.exc.SQLAlchemyError)):
        return STORE_PROBLEM
    if isinstance(error, (AutocrmError, OSError, UnicodeDecodeError)):  # the last: a binary file
        return BAD_INPUT
    return None


def _one_line(error: Exception) -> str:
    import sqlalchemy as sa

    if isinstance(error, OSError) and error.strerror:
        text = f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    elif isinstance(error, UnicodeDecodeError):
        text = f"a file given is not UTF-8 text ({error.reason} at byte {error.start})"
    elif isinstance(error, sa.exc.StatementError) and error.orig is not None:
        text = f"the database refused: {error.orig}"
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())


class _Argument(TyperArgument):
    """An argument whose help shows its type as ``TEXT`` or ``PATH``, not ``<str>``."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return _type_name(self, ctx)


_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "path": "PATH", "file": "PATH"}


def _type_name(param: Any, ctx: Any) -> str:
    """The conventional upper-case name of a value's type; empty for an on/off flag."""
    if getattr(param, "is_flag", False):
        return ""
    label = str(param.display_type(ctx)).strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        inner = label[len("list[") : -1]
        return _TYPE_NAMES.get(inner.lower(), inner) + "..."
    return _TYPE_NAMES.get(label.lower(), label)  # choices (a|b|c) and formats stay as they are


def _plain_help(command: Any, ctx: Any) -> None:
    # typer 0.2x prints a type tag (<str>, <bool>) after every parameter; shown the
    # usual way (TEXT, nothing for a flag) the help reads like any other command's.
    if not hasattr(TyperArgument, "display_type_rich"):
        return  # older typer (click's own help) already prints it so
    for param in [*command.params, command.get_help_option(ctx)]:
        if isinstance(param, TyperOption):
            param.metavar = _type_name(param, ctx)
        elif isinstance(param, TyperArgument):
            param.__class__ = _Argument


_COMMAND_ORDER = (
    "worklist", "reminders", "complaints", "early-warning", "lost", "duplicates", "merge",
    "unmerge", "stats", "demo", "validate", "policies", "init", "upgrade", "import",
    "import-tables", "export", "rotate-key",
)  # fmt: skip


class _Commands(TyperGroup):
    """The ``autocrm`` group: runs a command and turns a user's mistake into an exit status."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_help(command, ctx)
        return command

    def list_commands(self, ctx: Any) -> list[str]:
        # The desk's daily commands first, in the order of a morning; then the rest.
        order = {name: place for place, name in enumerate(_COMMAND_ORDER)}
        return sorted(self.commands, key=lambda name: (order.get(name, len(order)), name))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_help(self, ctx)
        super().format_help(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (`autocrm reminders | head`): nothing more to say.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(BAD_INPUT) from None
        except Exception as error:  # typer's own exits and usage errors map to None
            status = _exit_status(error)
            if status is None:
                raise
            command = ctx.invoked_subcommand or ""
            typer.echo(f"autocrm {command}: {_one_line(error)}", err=True)
            raise typer.Exit(status) from None


app = typer.Typer(
    cls=_Commands,
    help="autocrm: the rules and numbers of a dealership's customer-service department.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"autocrm {__version__}")
        raise typer.Exit


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="print the version and exit",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """autocrm: the rules and numbers of a dealership's customer-service department."""


# ----------------------------------------------------------------- shared options


class OutputFormat(str, enum.Enum):
    """How a daily command prints its answer."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"


DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar=DB_VARIABLE,
        show_envvar=True,
        help="SQLAlchemy database URL of the archive",
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="the day to look from, YYYY-MM-DD (default: today in China)"),
]
AgentOption = Annotated[
    str | None,
    typer.Option("--agent", help="only this agent's work (the customer's responsible owner)"),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", help="table for the screen, csv for a spreadsheet, json"),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="no progress display on standard error")
]
CalendarOption = Annotated[
    Path | None,
    typer.Option(
        "--calendar",
        envvar=CALENDAR_VARIABLE,
        show_envvar=True,
        dir_okay=False,
        help="TOML file of the official holiday arrangements of years the built-in "
        "calendar does not have yet (see the Working days guide)",
    ),
]

PoliciesOption = Annotated[
    Path | None, typer.Option("--policies", help="a .toml or .json policy file")
]


def load_policy_file(path: Path | None) -> Policies:
    """The policies of ``--policies``; the defaults when it is not given."""
    from autocrm.policies import Policies, load_policies

    return load_policies(path) if path is not None else Policies()


def workday_calendar(path: Path | None) -> ChineseWorkdays:
    """The working days of ``--calendar``: the built-in ones, plus the years the file registers.

    Raises:
        InvalidFormat: the file is not a valid arrangement (exit status 1, one line).
        OSError: the file cannot be read (exit status 1, one line).
    """
    from autocrm.rules.calendar import ChineseWorkdays

    return ChineseWorkdays() if path is None else ChineseWorkdays.from_toml(path)


def warn_if_estimated(
    first: date,
    last: date,
    *,
    calendar: ChineseWorkdays,
    register_with: str = "--calendar FILE or ChineseWorkdays.from_toml",
) -> None:
    """Warn on standard error when the working days from ``first`` to ``last`` are estimated.

    A year without a published (or registered) holiday arrangement is estimated from
    the statutory holidays, without the 调休 swaps: the answer may count a day off as
    a working day. The warning names the years to register and ``register_with``,
    how to register them.
    """
    from autocrm.rules.calendar_estimates import estimated_years

    years = estimated_years(first, last, calendar=calendar)
    if years:
        listed = ", ".join(str(year) for year in years)
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"warning: working days in {listed} are estimated from the statutory holidays "
            "(no published arrangement, 调休 unknown); register the State Council's notice "
            f"with {register_with} (see the Working days guide)",
            style="yellow",
            markup=False,
        )


def open_store(url: str, *, create: bool) -> SqlArchive:
    """The archive at ``url``; only a command that may create one passes ``create=True``."""
    from autocrm.adapters.sqlalchemy import SqlArchive

    return SqlArchive.from_url(url, create=create)


def console() -> Console:
    """The console of a command's report (standard output, a fixed width)."""
    return Console(width=120, highlight=False, soft_wrap=True)


def now() -> datetime:
    """The present moment in China Standard Time: when a command writes (merge, import).

    The one place, with ``parse_day``, where autocrm reads the clock.
    """
    from autocrm.domain import CHINA_TZ

    return datetime.now(CHINA_TZ)


def stopwatch() -> Callable[[], float]:
    """A function that tells the seconds passed since ``stopwatch()`` was called."""
    started = time.perf_counter()
    return lambda: time.perf_counter() - started


def parse_day(value: str | None) -> date:
    """The day of ``--as-of``; today in China when it is not given.

    Today is the date in China Standard Time, whatever the machine's own time zone: a
    DMS server kept on UTC would otherwise answer for yesterday until 08:00.

    Raises:
        InvalidFormat: not a YYYY-MM-DD date (exit status 1, one line).
    """
    if value is None:
        return now().date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"--as-of: {shown(value)} is not a date (YYYY-MM-DD)"
        raise InvalidFormat(msg, field="as_of", value=value) from None


class Section:
    """A heading printed on its own line (never wrapped to the table's width), then a table."""

    def __init__(self, title: str, columns: list[str], rows: list[list[Any]]) -> None:
        self.title = title
        self.table = Table(show_lines=False)
        for column in columns:
            self.table.add_column(column)
        for row in rows:
            self.table.add_row(*("" if cell is None else str(cell) for cell in row))

    def __rich_console__(self, console: Console, options: Any) -> Any:
        yield Text(self.title, style="bold")
        yield self.table


@contextmanager
def progress(description: str, *, quiet: bool = False) -> Iterator[Callable[[str], None]]:
    """Show a spinner with ``description`` on standard error while the block runs.

    Nothing is shown with ``quiet`` or when standard error is not a terminal (a pipe,
    a file, a test), so a script's output stays clean. The block gets a function
    that changes the description (the step now running).
    """
    err = Console(stderr=True, highlight=False)
    if quiet or not err.is_terminal or os.environ.get("TERM") == "dumb":
        yield lambda _step: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)
        yield lambda step: bar.update(task, description=f"{description}: {step}")
