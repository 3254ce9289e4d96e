"""The ``autocrm`` command (extra ``cli``): the demo, validation, policies, backups.

``autocrm demo`` is the main job: it builds a deterministic synthetic dealership,
stores it in an embedded SQLite database (or the database URL you give) through the
SQLAlchemy archive, and prints what a customer-service department looks at in the
morning: the follow-up worklist, the reminders, the early-warning call list, the
complaint figures, the big-customer table and seed 000's Bank X question.

This is the only module of autocrm that reads the clock, and only to default
``--as-of`` to today.

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
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from autocrm.errors import ValidationError, shown

__all__ = ["app", "main"]

app = typer.Typer(
    help="autocrm: the rules and numbers of a dealership's customer-service department.",
    no_args_is_help=True,
    add_completion=False,
)

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
    try:
        if kind == "vin":
            normal = module.validate(value, check_digit=not no_check_digit)
        else:
            normal = module.validate(value)
    except ValidationError as exc:
        typer.echo(f"invalid {kind}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(normal)


@app.command()
def policies(
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="a .toml or .json policy file")
    ] = None,
) -> None:
    """Print the policies in force (the defaults, or those of FILE) as JSON."""
    from autocrm.policies import Policies, load_policies, policies_to_dict

    try:
        loaded = load_policies(file) if file is not None else Policies()
    except ValidationError as exc:
        typer.echo(f"policy error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(policies_to_dict(loaded), ensure_ascii=False, indent=2))


@app.command("export")
def export_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
    out: Annotated[Path, typer.Argument(help="the JSON Lines file to write")],
) -> None:
    """Back up a database archive to a JSON Lines file."""
    from autocrm.adapters.json import export_jsonl
    from autocrm.adapters.sqlalchemy import SqlArchive

    archive = SqlArchive.from_url(db)
    written = export_jsonl(archive.snapshot(), out)
    typer.echo(f"{written} records written to {out}")


@app.command("import")
def import_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL (an empty archive)")],
    source: Annotated[Path, typer.Argument(help="a JSON Lines backup")],
) -> None:
    """Restore a JSON Lines backup into an empty database archive."""
    from autocrm.adapters.json import import_jsonl
    from autocrm.adapters.sqlalchemy import SqlArchive, upgrade

    try:
        snapshot = import_jsonl(source)
    except ValidationError as exc:
        typer.echo(f"cannot import {source}: {exc}", err=True)
        raise typer.Exit(1) from None
    archive = SqlArchive.from_url(db)
    upgrade(archive.engine)
    archive.restore(snapshot)
    typer.echo(f"restored {len(snapshot.customers)} customers into {db}")


@app.command()
def demo(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")] = "sqlite:///autocrm-demo.db",
    customers: Annotated[int, typer.Option(help="private customers to generate")] = 2000,
    seed: Annotated[int, typer.Option(help="random seed of the synthetic shop")] = 2026,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day to look from (default: today)")
    ] = None,
    keep: Annotated[
        bool, typer.Option("--keep", help="keep an existing SQLite file instead of rebuilding")
    ] = False,
) -> None:
    """Build a demo dealership in SQLite and print the department's day."""
    day = _parse_day(as_of)
    _run_demo(db=db, customers=customers, seed=seed, as_of=day, keep=keep, console=_console())


def _run_demo(
    *, db: str, customers: int, seed: int, as_of: date, keep: bool, console: Console
) -> None:
    from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
    from autocrm.adapters.sqlalchemy import stats as sql_stats
    from autocrm.domain import WorkOrder
    from autocrm.query import F, count, sum_money, within_last
    from autocrm.rules import assign_fleet_classes, due_reminders, followup_worklist
    from autocrm.rules.churn import early_warning
    from autocrm.stats import fleet_table
    from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

    started = time.perf_counter()
    sqlite_file = db.removeprefix("sqlite:///") if db.startswith("sqlite:///") else None
    if sqlite_file and not keep and sqlite_file != ":memory:":
        Path(sqlite_file).unlink(missing_ok=True)
    archive = SqlArchive.from_url(db)
    upgrade(archive.engine)
    if archive.count("customer") == 0:
        shop = generate_dealership(seed=seed, customers=customers, as_of=as_of)
        archive.restore(shop)
    snapshot = archive.snapshot()
    console.print(
        f"[bold]autocrm demo[/bold] — {db}, as of {as_of.isoformat()}: "
        f"{len(snapshot.customers)} customers, {len(snapshot.vehicles)} vehicles, "
        f"{len(snapshot.work_orders)} work orders, {len(snapshot.complaints)} complaints "
        f"({time.perf_counter() - started:.1f} s)"
    )

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
