"""``autocrm demo``: a synthetic dealership in a database of its own, and its day.

The report is a list of sections (`SECTIONS`), each a small function of the
demo's day that returns what to print; `render` prints them in order. The
sections reuse the daily commands' listings, so the demo shows what ``autocrm
worklist``, ``early-warning`` and the others print on a shop's own database.

The demo builds only into a database that holds nothing: an archive with records
(or a database with tables of something else) is refused with one line, unless
``--rebuild`` replaces the archive or ``--keep`` reports on the one already there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import attrs
import typer
from rich.console import Console, RenderableType
from rich.text import Text

from autocrm.cli._app import (
    Section,
    app,
    console,
    open_store,
    parse_day,
    progress,
    stopwatch,
    warn_if_estimated,
)
from autocrm.cli._desk import due_reminders_of, early_warning_listing, worklist_listing
from autocrm.cli._output import Column, Listing, interval
from autocrm.errors import ArchiveNotEmpty, StoreNotFound, StoreOutOfDate

if TYPE_CHECKING:
    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.domain import Snapshot


@attrs.frozen
class DemoDay:
    """What every section of the demo reads: the archive, its snapshot and the day."""

    archive: SqlArchive
    snapshot: Snapshot
    as_of: date


#: A section of the report: a function of the day giving what to print.
ReportSection = Callable[[DemoDay], RenderableType]

_FIRST = 10  # rows shown of a long list


def desk_worklist(day: DemoDay) -> RenderableType:
    """The desk's ranked day (``autocrm worklist``), first rows."""
    from autocrm.rules.desk import daily_worklist

    listing = worklist_listing(daily_worklist(day.snapshot, as_of=day.as_of))
    return listing.section(limit=_FIRST)


def followups(day: DemoDay) -> RenderableType:
    """The follow-up calls left to make today, as stored."""
    from autocrm.rules import followup_worklist

    entries = followup_worklist(
        day.snapshot.followups, as_of=day.as_of, customers=day.snapshot.customers
    )
    columns = [
        Column("priority", lambda e: e.priority),
        Column("kind", lambda e: e.followup.kind.label),
        Column("customer", lambda e: e.followup.customer_number),
        Column("work order", lambda e: e.followup.work_order_number),
        Column("window", lambda e: f"{e.followup.earliest} – {e.followup.due}"),
        Column("reason", lambda e: e.reason),
    ]
    title = f"Follow-up worklist: {len(entries)} calls today (first {_FIRST})"
    return Listing(title, columns, entries).section(limit=_FIRST)


def satisfaction(day: DemoDay) -> RenderableType:
    """Repair satisfaction from the follow-up ratings (SQL aggregates)."""
    from autocrm.adapters.sqlalchemy import stats as sql_stats

    rated = sql_stats.csat(day.archive)
    ratings = sql_stats.mean_rating(day.archive)
    mean = "n/a" if ratings.mean is None else f"{ratings.mean:.2f}"
    return Text(
        f"Repair satisfaction (follow-up ratings): mean {mean} of {ratings.scale} "
        f"over {ratings.count} calls; satisfied {rated} "
        f"(95 % interval {interval(rated.low, rated.high)})"
    )


def reminders(day: DemoDay) -> RenderableType:
    """The reminders of the next 14 days, counted by kind."""
    from autocrm.policies import Policies
    from autocrm.rules.reminder_kinds import ReminderKind

    found = due_reminders_of(
        day.archive,
        as_of=day.as_of,
        kinds=frozenset(ReminderKind) - {ReminderKind.CAMPAIGN},
        horizon=14,
        policies=Policies(),
        step=lambda _step: None,
        snapshot=day.snapshot,
    )
    by_kind = Counter(r.kind.label for r in found.reminders)
    return Section(
        f"Reminders for the next 14 days: {len(found.reminders)}",
        ["reminder", "count"],
        [[kind, n] for kind, n in by_kind.most_common()],
    )


def early_warning(day: DemoDay) -> RenderableType:
    """The early-warning call list (its SQL twin), first rows."""
    from autocrm.adapters.sqlalchemy.rules import early_warning as in_sql

    listing = early_warning_listing(in_sql(day.archive, as_of=day.as_of))
    return attrs.evolve(listing, title=f"{listing.title} (first {_FIRST})").section(limit=_FIRST)


def complaints(day: DemoDay) -> RenderableType:
    """Complaints per thousand vehicles served and on-time closure by level, last 12 months."""
    from autocrm.adapters.sqlalchemy import stats as sql_stats
    from autocrm.query import F, within_last

    last_year = within_last(F.complaint.received_at, months=12)
    per_thousand = sql_stats.complaints_per_thousand(
        day.archive,
        complaints=last_year,
        served=within_last(F.work_order.opened_at, months=12),
        as_of=day.as_of,
    ).to_rows()[0]
    closure = sql_stats.on_time_closure(day.archive, where=last_year, as_of=day.as_of)
    columns = [
        Column("level", lambda r: r["level"]),
        Column("deadline (working days)", lambda r: r["deadline_workdays"]),
        Column("complaints", lambda r: r["complaints"]),
        Column("closed on time", lambda r: r["on_time"]),
        Column("rate", lambda r: r["percent"]),
        Column("95 % interval", lambda r: interval(r["low"], r["high"])),
    ]
    title = (
        f"Complaints, last 12 months: {per_thousand['per_thousand']} per thousand vehicles "
        f"served (target {per_thousand['target']})"
    )
    return Listing(title, columns, closure.to_rows()).section()


def appointments(day: DemoDay) -> RenderableType:
    """Appointment success and on-time rates by kind (SQL aggregates)."""
    from autocrm.adapters.sqlalchemy import stats as sql_stats

    names = ("kind", "booked", "arrived", "no_show", "success_percent", "on_time_percent")
    headings = ("kind", "booked", "arrived", "no-show", "success", "on time")
    columns = [
        Column(heading, itemgetter(name)) for name, heading in zip(names, headings, strict=True)
    ]
    rows = sql_stats.appointment_rates(day.archive).to_rows()
    return Listing("Appointments", columns, rows).section()


def big_customers(day: DemoDay) -> RenderableType:
    """The big-customer ABC table (door-to-door service)."""
    from autocrm.rules import assign_fleet_classes
    from autocrm.stats import fleet_table

    table = fleet_table(assign_fleet_classes(day.snapshot.fleet_accounts))
    names = ("class", "label", "customers", "vehicles", "served", "share_percent")
    headings = ("class", "", "customers", "vehicles", "served", "share")
    columns = [
        Column(heading or " ", itemgetter(name))
        for name, heading in zip(names, headings, strict=True)
    ]
    return Listing("Big customers (ABC, door-to-door service)", columns, table.to_rows()).section()


def bank_x(day: DemoDay) -> RenderableType:
    """A question across conditions (one bank's cars, one insurer, 8 months): one SQL aggregate."""
    from autocrm.domain import WorkOrder
    from autocrm.query import F, count, count_distinct, sum_money, within_last
    from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y

    where = (
        within_last(F.work_order.opened_at, months=8)
        & (F.work_order.customer.name == BANK_X_NAME)
        & (F.work_order.vehicle.insurer == INSURER_Y)
    )
    answer = day.archive.aggregate(
        WorkOrder,
        where=where,
        measures={
            "visits": count(),
            "vehicles": count_distinct(F.work_order.vin),
            "self_paid": sum_money(F.work_order.self_paid),
            "insurance_paid": sum_money(F.work_order.insurance_paid),
        },
        as_of=day.as_of,
    ).to_rows()
    names = list(answer[0]) if answer else []
    title = (
        f"Seed 000: the last 8 months of {BANK_X_NAME}'s cars insured with {INSURER_Y} "
        "(one filter, one SQL aggregate)"
    )
    columns = [Column(name, itemgetter(name)) for name in names]
    return Listing(title, columns, answer).section()


#: The demo's report, in the order it is printed.
SECTIONS: Sequence[ReportSection] = (
    desk_worklist,
    followups,
    satisfaction,
    reminders,
    early_warning,
    complaints,
    appointments,
    big_customers,
    bank_x,
)


def render(
    day: DemoDay, step: Callable[[str], None], sections: Sequence[ReportSection] = SECTIONS
) -> list[RenderableType]:
    """Every section of the report for ``day``, in order (``step`` names the one running)."""
    shown = []
    for section in sections:
        step(section.__name__.replace("_", " "))
        shown.append(section(day))
    return shown


# -------------------------------------------------------------------- building


def _embedded_file(db: str) -> Path | None:
    """The SQLite or DuckDB file of ``db``, if it names one."""
    for scheme in ("sqlite:///", "duckdb:///"):
        if db.startswith(scheme):
            path = db.removeprefix(scheme).split("?", 1)[0]
            return Path(path) if path and path != ":memory:" else None
    return None


def _remove_embedded_database(path: Path) -> None:
    """Delete an SQLite or DuckDB file (and DuckDB's write-ahead log)."""
    path.unlink(missing_ok=True)
    Path(f"{path}.wal").unlink(missing_ok=True)


def _records(archive: SqlArchive) -> dict[str, int]:
    counts = {kind: archive.count(kind) for kind in ("customer", "vehicle", "work_order")}
    return {kind: n for kind, n in counts.items() if n}


def _foreign_tables(db: str) -> list[str]:
    """Tables in the database at ``db`` that are not autocrm's (none when it is missing)."""
    import sqlalchemy as sa

    from autocrm.adapters.sqlalchemy import metadata

    path = _embedded_file(db)
    if path is not None and not path.exists():
        return []
    engine = sa.create_engine(db)
    try:
        names = sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()
    ours = {*metadata.tables, "autocrm_alembic_version", "alembic_version"}  # now, before
    return sorted(name for name in names if name not in ours)


def _refusal(db: str, held: str) -> ArchiveNotEmpty:
    return ArchiveNotEmpty(
        f"{db} already holds {held}; the demo builds only into an empty database: "
        "pass --rebuild to replace it with the demo shop, --keep to report on it as it is, "
        "or give another --db"
    )


def prepare_database(db: str, *, keep: bool, rebuild: bool) -> tuple[SqlArchive, bool]:
    """The archive the demo reports on, and whether the demo shop must be stored in it.

    Raises:
        ArchiveNotEmpty: the database holds records (without ``keep`` or ``rebuild``),
            or tables that are not autocrm's (always).
    """
    from autocrm.adapters.sqlalchemy import downgrade, upgrade

    path = _embedded_file(db)
    if rebuild and path is not None:
        # Before anything opens it: DuckDB keeps a file it opened for the process.
        _remove_embedded_database(path)
    try:
        archive = open_store(db, create=False)
    except StoreNotFound:
        foreign = _foreign_tables(db)
        if foreign:
            listed = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            msg = (
                f"{db} holds tables that are not autocrm's ({listed}); "
                "give the demo a database of its own"
            )
            raise ArchiveNotEmpty(msg) from None
        return open_store(db, create=True), True
    except StoreOutOfDate:
        if not (keep or rebuild):
            raise _refusal(db, "an archive of an older autocrm") from None  # nothing opened
        archive = open_store(db, create=True)
        upgrade(archive.engine)
    held = _records(archive)
    if not held:
        return archive, True
    if keep:
        return archive, False
    if not rebuild:
        archive.engine.dispose()  # an embedded DuckDB file stays open until then
        listed = ", ".join(f"{n} {kind.replace('_', ' ')}s" for kind, n in held.items())
        raise _refusal(db, f"an archive ({listed})")
    downgrade(archive.engine, "base")  # a server database: its archive tables go
    archive.engine.dispose()
    return open_store(db, create=True), True


@contextmanager
def _closing(archive: SqlArchive) -> Iterator[SqlArchive]:
    # An embedded DuckDB file stays open (and cached) until its engine is disposed.
    try:
        yield archive
    finally:
        archive.engine.dispose()


def run_demo(
    *,
    db: str,
    customers: int,
    seed: int,
    as_of: date,
    keep: bool,
    rebuild: bool,
    quiet: bool,
    out: Console,
) -> None:
    """Build (or reuse) the demo database and print the report of ``as_of``."""
    from autocrm.rules.calendar import ChineseWorkdays
    from autocrm.testing.synthetic import generate_dealership

    elapsed = stopwatch()
    with progress("autocrm demo", quiet=quiet) as step:
        # Built before the database is touched, so a refused --customers changes nothing.
        step(f"generating {customers} customers")
        shop = None if keep else generate_dealership(seed=seed, customers=customers, as_of=as_of)
        step("checking the database")
        archive, empty = prepare_database(db, keep=keep, rebuild=rebuild)
        with _closing(archive):
            if empty:
                if shop is None:
                    step(f"generating {customers} customers")
                    shop = generate_dealership(seed=seed, customers=customers, as_of=as_of)
                step("storing the shop")
                archive.restore(shop)
            step("reading the archive")
            day = DemoDay(archive=archive, snapshot=archive.snapshot(), as_of=as_of)
            shown = render(day, step)
    snapshot = day.snapshot
    out.print(
        f"[bold]autocrm demo[/bold] — {db}, as of {as_of.isoformat()}: "
        f"{len(snapshot.customers)} customers, {len(snapshot.vehicles)} vehicles, "
        f"{len(snapshot.work_orders)} work orders, {len(snapshot.complaints)} complaints"
    )
    # The demo looks back a year (complaint figures) and ahead by the longest follow-up
    # window (28 days).
    warn_if_estimated(
        as_of - timedelta(days=366),
        as_of + timedelta(days=28),
        calendar=ChineseWorkdays(),
        register_with="ChineseWorkdays.from_toml",
    )
    for renderable in shown:
        out.print(renderable)
    out.print(f"done in {elapsed():.1f} s")


@app.command()
def demo(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")] = "sqlite:///autocrm-demo.db",
    customers: Annotated[int, typer.Option(help="private customers to generate")] = 2000,
    seed: Annotated[int, typer.Option(help="random seed of the synthetic shop")] = 2026,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day to look from (default: today in China)")
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="replace the archive already in the database"),
    ] = False,
    keep: Annotated[
        bool,
        typer.Option("--keep", help="report on the archive already in the database as it is"),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="no progress display while it builds")
    ] = False,
) -> None:
    """Build a demo dealership in SQLite (or DuckDB, PostgreSQL) and print the department's day.

    The database must be new or empty: one that holds an archive is refused (exit
    status 3) unless --rebuild (replace it) or --keep (report on it).
    """
    from autocrm.errors import InvalidComponent

    day = parse_day(as_of)
    if keep and rebuild:
        msg = "--keep and --rebuild: choose one"
        raise InvalidComponent(msg, field="rebuild", value=True)
    run_demo(
        db=db, customers=customers, seed=seed, as_of=day, keep=keep, rebuild=rebuild,
        quiet=quiet, out=console(),
    )  # fmt: skip
