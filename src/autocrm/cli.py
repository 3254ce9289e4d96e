"""The ``autocrm`` command (extra ``cli``): the demo, validation, policies, backups.

``autocrm demo`` is the main job: it builds a deterministic synthetic dealership,
stores it in an embedded SQLite database (or the database URL you give) through the
SQLAlchemy archive, and prints what a customer-service department looks at in the
morning: the follow-up worklist, the reminders, the early-warning call list, the
complaint figures, the big-customer table and the Bank X question (one filter, one
aggregate; see [questions across conditions][sources-statistics-questions]).

This is the only module of autocrm that reads the clock, and only to default
``--as-of`` to today.

Every command runs inside one mapping of errors to exit statuses (see
[`EXIT_STATUSES`][autocrm.cli]): a refused value, a missing file or a database that cannot be
used prints one line on standard error, never a traceback. Only ``demo``, ``import``
and ``init`` create an archive and only ``upgrade`` migrates one; the other commands
open an existing, current archive or stop with status 3.

Examples:
    >>> from typer.testing import CliRunner
    >>> result = CliRunner().invoke(app, ["validate", "vin", "LFV2A21K3D3109826"])
    >>> result.exit_code, result.output.strip()
    (0, 'LFV2A21K3D3109826')
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperArgument, TyperGroup, TyperOption

from autocrm import __version__
from autocrm.errors import (
    ArchiveNotEmpty,
    AutocrmError,
    StoreError,
    StoreNotFound,
    StoreOutOfDate,
    shown,
)

if TYPE_CHECKING:
    from autocrm.adapters.sqlalchemy import SqlArchive

__all__ = ["EXIT_STATUSES", "app", "main"]

#: The exit statuses of every ``autocrm`` command.
EXIT_STATUSES: Mapping[int, str] = MappingProxyType(
    {
        0: "done",
        1: "bad input: a value, file or backup was refused (one line on standard error)",
        2: "usage: an unknown command or option, or an option value of the wrong type",
        3: "store problem: the database cannot be opened, is missing, is out of date, "
        "is unavailable, or (import) is not empty",
    }
)
_BAD_INPUT, _STORE_PROBLEM = 1, 3


def _exit_status(error: Exception) -> int | None:
    """The exit status for an error a user can cause, or None for a defect in autocrm."""
    import sqlalchemy as sa

    if isinstance(error, sa.exc.ArgumentError):  # a URL SQLAlchemy cannot read
        return _BAD_INPUT
    if isinstance(error, (StoreError, ArchiveNotEmpty, sa.exc.SQLAlchemyError)):
        return _STORE_PROBLEM
    if isinstance(error, (AutocrmError, OSError, UnicodeDecodeError)):  # the last: a binary file
        return _BAD_INPUT
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


class _Commands(TyperGroup):
    """The ``autocrm`` group: runs a command and turns a user's mistake into an exit status."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_help(command, ctx)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_help(self, ctx)
        super().format_help(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
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


def _open_store(url: str, *, create: bool) -> SqlArchive:
    """The archive at ``url``; only a command that may create one passes ``create=True``."""
    from autocrm.adapters.sqlalchemy import SqlArchive

    return SqlArchive.from_url(url, create=create)


_IDENTIFIERS = ("vin", "plate", "ric", "uscc", "phone")


def _console() -> Console:
    return Console(width=120, highlight=False, soft_wrap=True)


def _parse_day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"--as-of: {shown(value)} is not a date (YYYY-MM-DD)"
        raise typer.BadParameter(msg) from None


class _Section:
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


_table = _Section


@app.command()
def validate(
    kind: Annotated[str, typer.Argument(help="vin, plate, ric, uscc or phone")],
    value: Annotated[str, typer.Argument(help="the identifier to check")],
    no_check_digit: Annotated[
        bool, typer.Option("--no-check-digit", help="VIN: accept a European import")
    ] = False,
) -> None:
    """Validate an identifier; print its normalised form or the problem (exit 1)."""
    from autocrm.domain import identifiers

    if kind not in _IDENTIFIERS:
        msg = f"KIND must be one of {', '.join(_IDENTIFIERS)}"
        raise typer.BadParameter(msg)
    module = getattr(identifiers, kind)
    if kind == "vin":
        normal = module.validate(value, check_digit=not no_check_digit)
    else:
        normal = module.validate(value)
    typer.echo(normal)


@app.command()
def policies(
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="a .toml or .json policy file")
    ] = None,
) -> None:
    """Print the policies in force (the defaults, or those of FILE) as JSON."""
    from autocrm.policies import Policies, load_policies, policies_to_dict

    loaded = load_policies(file) if file is not None else Policies()
    typer.echo(json.dumps(policies_to_dict(loaded), ensure_ascii=False, indent=2))


@app.command("export")
def export_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
    out: Annotated[Path, typer.Argument(help="the JSON Lines file to write")],
) -> None:
    """Back up an existing database archive to a JSON Lines file (with its manifest)."""
    from autocrm.adapters.json import export_jsonl

    archive = _open_store(db, create=False)
    written = export_jsonl(archive.snapshot(), out)
    typer.echo(f"{written} records written to {out}")


@app.command("import")
def import_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL (an empty archive)")],
    source: Annotated[Path, typer.Argument(help="a JSON Lines backup")],
    no_manifest: Annotated[
        bool,
        typer.Option(
            "--no-manifest",
            help="accept an old (version 1) backup, which has no manifest to check",
        ),
    ] = False,
) -> None:
    """Restore a JSON Lines backup into an empty database archive (created if missing).

    The backup is checked against its manifest before the database is touched.
    """
    from autocrm.adapters.json import import_jsonl

    snapshot = import_jsonl(source, require_manifest=not no_manifest)
    archive = _open_store(db, create=True)
    archive.restore(snapshot)
    typer.echo(f"restored {len(snapshot.customers)} customers into {db}")


@app.command("rotate-key")
def rotate_key(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL of an existing archive")],
    keys: Annotated[
        Path, typer.Option("--keys", help="TOML key file: current, lookup_key and [keys]")
    ],
) -> None:
    """Re-encrypt the archive under the current key of the key file (see docs/security.md).

    Values under older keys (still listed in the file) move to the current key, the
    look-up hashes are recomputed, and a plain archive becomes encrypted; one
    transaction. Exit status 1: the key file or a key is wrong; 3: no archive at DB,
    or one that ``autocrm upgrade`` must bring up to date first.
    """
    from autocrm.adapters.crypto import load_cipher
    from autocrm.adapters.sqlalchemy import SqlArchive

    cipher = load_cipher(keys)
    rows = SqlArchive.from_url(db, create=False, cipher=cipher).rotate_key()
    typer.echo(f"{rows} rows re-encrypted under key {cipher.current!r} in {db}")


@app.command()
def init(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
) -> None:
    """Create an empty archive (the database file and tables); an existing one is kept."""
    from autocrm.adapters.sqlalchemy import current_revision

    try:
        archive = _open_store(db, create=False)
    except StoreNotFound:
        archive = _open_store(db, create=True)
        typer.echo(
            f"created an empty archive at {db} (revision {current_revision(archive.engine)})"
        )
        return
    typer.echo(f"{db} already holds an archive (revision {current_revision(archive.engine)})")


@app.command("upgrade")
def upgrade_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
) -> None:
    """Bring an existing archive's tables to this version of autocrm (never creates one)."""
    from autocrm.adapters.sqlalchemy import current_revision

    try:
        archive = _open_store(db, create=False)
    except StoreOutOfDate:
        archive = _open_store(db, create=True)
        typer.echo(f"upgraded {db} to revision {current_revision(archive.engine)}")
        return
    typer.echo(f"{db} is up to date (revision {current_revision(archive.engine)})")


@app.command("import-tables")
def import_tables_command(
    paths: Annotated[list[Path], typer.Argument(help="the exported files (CSV, .xlsx, Parquet)")],
    mapping: Annotated[Path, typer.Option(help="the TOML column mapping")],
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL (an empty archive)")],
    on_error: Annotated[
        str, typer.Option(help="stop: write nothing if a row is refused; skip: write the rest")
    ] = "stop",
    report: Annotated[
        Path | None, typer.Option(help="write the refused rows to this CSV file")
    ] = None,
) -> None:
    """Import a DMS export (CSV, Excel, Parquet) into an empty database archive."""
    from datetime import datetime

    from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn

    from autocrm.adapters.tables import import_tables, load_mapping
    from autocrm.domain import CHINA_TZ

    class _RowsPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.0f} rows/s")

    if on_error not in ("stop", "skip"):
        msg = f"expected stop or skip, got {on_error!r}"
        raise typer.BadParameter(msg, param_hint="--on-error")
    console = Console(stderr=True, highlight=False)
    table_mapping = load_mapping(mapping)
    archive = _open_store(db, create=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,.0f} rows"),
        _RowsPerSecond(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("importing", total=None)
        result = import_tables(
            paths,
            table_mapping,
            archive,
            at=datetime.now(CHINA_TZ),
            on_error=on_error,  # type: ignore[arg-type]
            progress=lambda rows: bar.advance(task, rows),
        )
    if report is not None:
        result.write_report(report)
    typer.echo(result.summary() + (f" (report: {report})" if report and result.refused else ""))
    if not result.written:
        raise typer.Exit(1)


@app.command()
def demo(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")] = "sqlite:///autocrm-demo.db",
    customers: Annotated[int, typer.Option(help="private customers to generate")] = 2000,
    seed: Annotated[int, typer.Option(help="random seed of the synthetic shop")] = 2026,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day to look from (default: today)")
    ] = None,
    keep: Annotated[
        bool,
        typer.Option("--keep", help="keep an existing SQLite or DuckDB file instead of rebuilding"),
    ] = False,
) -> None:
    """Build a demo dealership in SQLite (or DuckDB, PostgreSQL) and print the department's day."""
    day = _parse_day(as_of)
    _run_demo(db=db, customers=customers, seed=seed, as_of=day, keep=keep, console=_console())


def _remove_embedded_database(db: str) -> None:
    """Delete the SQLite or DuckDB file of ``db`` (and DuckDB's write-ahead log), if any."""
    for scheme in ("sqlite:///", "duckdb:///"):
        path = db.removeprefix(scheme) if db.startswith(scheme) else ""
        if path and path != ":memory:":
            Path(path).unlink(missing_ok=True)
            if scheme == "duckdb:///":
                Path(f"{path}.wal").unlink(missing_ok=True)


def _run_demo(
    *, db: str, customers: int, seed: int, as_of: date, keep: bool, console: Console
) -> None:
    from autocrm.adapters.sqlalchemy import stats as sql_stats
    from autocrm.adapters.sqlalchemy import upgrade
    from autocrm.domain import WorkOrder
    from autocrm.query import F, count, sum_money, within_last
    from autocrm.rules import assign_fleet_classes, due_reminders, followup_worklist
    from autocrm.rules.churn_warning import early_warning
    from autocrm.stats import fleet_table
    from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

    started = time.perf_counter()
    # Built before the old file goes, so that a refused --customers leaves it in place.
    shop = None if keep else generate_dealership(seed=seed, customers=customers, as_of=as_of)
    if not keep:
        _remove_embedded_database(db)
    archive = _open_store(db, create=True)
    upgrade(archive.engine)
    if archive.count("customer") == 0:
        if shop is None:
            shop = generate_dealership(seed=seed, customers=customers, as_of=as_of)
        archive.restore(shop)
    snapshot = archive.snapshot()
    console.print(
        f"[bold]autocrm demo[/bold] — {db}, as of {as_of.isoformat()}: "
        f"{len(snapshot.customers)} customers, {len(snapshot.vehicles)} vehicles, "
        f"{len(snapshot.work_orders)} work orders, {len(snapshot.complaints)} complaints "
        f"({time.perf_counter() - started:.1f} s)"
    )
    _warn_if_estimated(console, as_of)

    # The follow-ups of recent visits, as stored; what is left to call today.
    worklist = followup_worklist(snapshot.followups, as_of=as_of, customers=snapshot.customers)
    console.print(
        _table(
            f"Follow-up worklist: {len(worklist)} calls today (first 10)",
            ["priority", "kind", "customer", "work order", "window", "reason"],
            [
                [
                    e.priority,
                    e.followup.kind.label,
                    e.followup.customer_number,
                    e.followup.work_order_number,
                    f"{e.followup.earliest} – {e.followup.due}",
                    e.reason,
                ]
                for e in worklist[:10]
            ],
        )
    )
    # From here on the statistics run as SQL aggregates in the database (push-down).
    rated = sql_stats.csat(archive)
    ratings = sql_stats.mean_rating(archive)
    console.print(
        f"Repair satisfaction (follow-up ratings): mean {ratings.mean:.2f} of {ratings.scale} "
        f"over {ratings.count} calls; satisfied {rated} "
        f"(95 % interval {_interval(rated.low, rated.high)})"
    )

    reminders = due_reminders(snapshot, as_of=as_of, horizon=14)
    by_kind = Counter(r.kind.label for r in reminders)
    console.print(
        _table(
            f"Reminders for the next 14 days: {len(reminders)}",
            ["reminder", "count"],
            [[kind, n] for kind, n in by_kind.most_common()],
        )
    )

    warning = early_warning(snapshot, as_of=as_of)
    console.print(
        _table(
            f"Early warning: {len(warning.entries)} customers came in the first five of the "
            "last seven months and not since (first 10)",
            ["customer", "last visit", "birthday soon", "service due soon"],
            [
                [
                    e.customer_number,
                    e.last_visit_on,
                    _yes(e.birthday_within_days),
                    _yes(e.service_due_within_days),
                ]
                for e in warning.entries[:10]
            ],
        )
    )

    last_year = within_last(F.complaint.received_at, months=12)
    per_thousand = sql_stats.complaints_per_thousand(
        archive,
        complaints=last_year,
        served=within_last(F.work_order.opened_at, months=12),
        as_of=as_of,
    )
    closure = sql_stats.on_time_closure(archive, where=last_year, as_of=as_of)
    console.print(
        _table(
            f"Complaints, last 12 months: {per_thousand.to_rows()[0]['per_thousand']} per "
            f"thousand vehicles served (target {per_thousand.to_rows()[0]['target']})",
            [
                "level",
                "deadline (working days)",
                "complaints",
                "closed on time",
                "rate",
                "95 % interval",
            ],
            [
                [
                    row["level"],
                    row["deadline_workdays"],
                    row["complaints"],
                    row["on_time"],
                    row["percent"],
                    _interval(row["low"], row["high"]),
                ]
                for row in closure.to_rows()
            ],
        )
    )
    rates = sql_stats.appointment_rates(archive)
    console.print(
        _table(
            "Appointments",
            ["kind", "booked", "arrived", "no-show", "success", "on time"],
            [
                [
                    row["kind"],
                    row["booked"],
                    row["arrived"],
                    row["no_show"],
                    row["success_percent"],
                    row["on_time_percent"],
                ]
                for row in rates.to_rows()
            ],
        )
    )

    table = fleet_table(assign_fleet_classes(snapshot.fleet_accounts))
    console.print(
        _table(
            "Big customers (ABC, door-to-door service)",
            ["class", "", "customers", "vehicles", "served", "share"],
            [
                [
                    row["class"],
                    row["label"],
                    row["customers"],
                    row["vehicles"],
                    row["served"],
                    row["share_percent"],
                ]
                for row in table.to_rows()
            ],
        )
    )

    where = (
        within_last(F.work_order.opened_at, months=8)
        & (F.work_order.customer.name == BANK_X_NAME)
        & (F.work_order.vehicle.insurer == INSURER_Y)
    )
    answer = archive.aggregate(
        WorkOrder,
        where=where,
        measures={
            "visits": count(),
            "vehicles": _count_vehicles(),
            "self_paid": sum_money(F.work_order.self_paid),
            "insurance_paid": sum_money(F.work_order.insurance_paid),
        },
        as_of=as_of,
    )
    console.print(
        _table(
            f"Seed 000: the last 8 months of {BANK_X_NAME}'s cars insured with {INSURER_Y} "
            "(one filter, one SQL aggregate)",
            *_columns(answer.to_rows()),
        )
    )
    console.print(f"done in {time.perf_counter() - started:.1f} s")
    # Close the database: an embedded DuckDB file stays open (and cached) otherwise.
    archive.engine.dispose()


_WORKLIST_FORMATS = ("table", "csv", "json")


@app.command()
def worklist(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL of the archive")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day of the list (default: today)")
    ] = None,
    agent: Annotated[str | None, typer.Option("--agent", help="only this agent's tasks")] = None,
    output: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    policy_file: Annotated[
        Path | None, typer.Option("--policies", help="a .toml or .json policy file")
    ] = None,
) -> None:
    """Print the desk's ranked worklist of a day from a database archive.

    One task per customer, every reason folded in, assigned to the responsible owners
    (or round robin) within their daily capacity; stale follow-ups are counted as
    expired. The list is computed in Python from the archive's snapshot.
    """
    day = _parse_day(as_of)
    if output not in _WORKLIST_FORMATS:
        msg = f"--format: {output!r} is not one of {', '.join(_WORKLIST_FORMATS)}"
        raise typer.BadParameter(msg)
    _print_worklist(db, day, agent, output, policy_file)


def _print_worklist(
    db: str, day: date, agent: str | None, output: str, policy_file: Path | None
) -> None:
    import csv
    import sys

    import attrs

    from autocrm.adapters.json import dumps
    from autocrm.policies import Policies, load_policies
    from autocrm.rules.desk import daily_worklist

    rules = load_policies(policy_file) if policy_file is not None else Policies()
    archive = _open_store(db, create=False)
    # The SQL twin of the worklist does not exist yet: the rules run on the snapshot.
    result = daily_worklist(archive.snapshot(), as_of=day, policies=rules)
    tasks = result.tasks if agent is None else result.for_agent(agent)
    if output == "json":
        typer.echo(dumps(attrs.evolve(result, tasks=tasks)))
        return
    rows = [task.to_dict() for task in tasks]
    if output == "csv":
        columns = list(rows[0]) if rows else ["position", "on", "agent", "customer_number"]
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    moved = sum(1 for task in tasks if task.moved)
    who = f" for {agent}" if agent is not None else ""
    _console().print(
        _table(
            f"Worklist{who} of {result.first_day}: {len(tasks)} tasks ({moved} moved to later "
            f"days); {len(result.left_off)} left off by contact pressure; "
            f"{result.expired_count} stale follow-ups expired",
            ["#", "day", "agent", "customer", "name", "reasons", "first reason"],
            [
                [
                    task.position, task.on, task.agent, task.customer_number, task.name,
                    "、".join(kind.label for kind in task.kinds), task.reasons[0].reason,
                ]
                for task in tasks
            ],
        )
    )  # fmt: skip


def _warn_if_estimated(console: Console, as_of: date) -> None:
    # The demo looks back a year (complaint figures) and ahead by the longest follow-up
    # window (28 days); working days there may rest on a year without a published
    # holiday arrangement, which the calendar only estimates.
    from datetime import timedelta

    from autocrm.rules.calendar import estimated_years

    years = estimated_years(as_of - timedelta(days=366), as_of + timedelta(days=28))
    if years:
        listed = ", ".join(str(year) for year in years)
        console.print(
            f"warning: working days in {listed} are estimated from the statutory holidays "
            "(no published arrangement, 调休 unknown); register the State Council's notice "
            "with ChineseWorkdays.from_toml (see the Working days guide)",
            style="yellow",
            markup=False,
        )


def _count_vehicles() -> Any:
    from autocrm.query import F, count_distinct

    return count_distinct(F.work_order.vin)


def _percent(value: object) -> str:
    return f"{value:.0%}" if isinstance(value, float) else "n/a"


def _interval(low: object, high: object) -> str:
    if not isinstance(low, float) or not isinstance(high, float):
        return "n/a"
    return f"{_percent(low)}–{_percent(high)}"


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def _columns(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    if not rows:
        return ["(none)"], []
    columns = list(rows[0])
    return columns, [[row.get(c) for c in columns] for row in rows]


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
