"""``autocrm stats``: the department's figures by month, quarter or year, counted in SQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Annotated

import typer

from autocrm.cli._app import (
    AsOfOption,
    DbOption,
    FormatOption,
    OutputFormat,
    PoliciesOption,
    QuietOption,
    app,
    load_policy_file,
    open_store,
    parse_day,
    progress,
)
from autocrm.cli._output import Column, Listing, emit

if TYPE_CHECKING:
    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.policies import Policies
    from autocrm.stats import Period

#: How many periods ``stats`` shows, ending with the one that holds ``--as-of``.
_PERIODS_SHOWN = {"month": 12, "quarter": 4, "year": 3}
#: Days from a period's first day that always land in the next period.
_PERIOD_STEP = {"month": 32, "quarter": 93, "year": 366}


def _periods_back(period: Period, day: date, count: int) -> date:
    """The first day of the ``count``-th period back, the one holding ``day`` counted."""
    start = period.start_of(day)
    for _ in range(count - 1):
        start = period.start_of(start - timedelta(days=1))
    return start


def period_rows(
    archive: SqlArchive, *, period: str, as_of: date, policies: Policies
) -> list[dict[str, object]]:
    """One row per period: arrivals, complaints by level, appointments, satisfaction."""
    from autocrm.adapters.sqlalchemy import stats as sql_stats
    from autocrm.domain import CHINA_TZ
    from autocrm.query import F
    from autocrm.stats import Period

    unit = Period.from_label(period)
    first = _periods_back(unit, as_of, _PERIODS_SHOWN[unit.value])
    since = datetime(first.year, first.month, first.day, tzinfo=CHINA_TZ)
    until = datetime.combine(as_of + timedelta(days=1), datetime.min.time(), tzinfo=CHINA_TZ)
    rows: dict[str, dict[str, object]] = {}
    day = first
    while day <= as_of:
        rows[unit.label_of(day)] = {"period": unit.label_of(day)}
        day = unit.start_of(day + timedelta(days=_PERIOD_STEP[unit.value]))
    arrivals = sql_stats.arrivals_by_type(
        archive,
        period=unit,
        where=(F.work_order.opened_at >= since) & (F.work_order.opened_at < until),
    )
    for row in arrivals.to_rows():
        if row["period"] in rows:
            rows[str(row["period"])].update(
                visits=row["visits"], general_repair=row["group_general_repair"]
            )
    counts = sql_stats.complaint_counts(
        archive,
        period=unit,
        where=(F.complaint.received_at >= since) & (F.complaint.received_at < until),
    )
    for row in counts.to_rows():
        if row["period"] in rows:
            rows[str(row["period"])].update(
                complaints=row["total"], level_i=row["I"], level_ii=row["II"],
                level_iii=row["III"],
            )  # fmt: skip
    rates = sql_stats.appointment_rates(
        archive,
        period=unit,
        where=(F.appointment.slot >= since) & (F.appointment.slot < until),
        policy=policies.stats,
    )
    for row in rates.to_rows():
        if row["period"] in rows and row["kind"] == "all":
            rows[str(row["period"])].update(
                appointments=row["booked"], no_shows=row["no_show"],
                appointment_success=row["success_percent"],
            )  # fmt: skip
    ratings = sql_stats.satisfaction_by_period(
        archive,
        period=unit,
        where=(F.followup.due >= first) & (F.followup.due <= as_of),
        policy=policies.stats,
    )
    for row in ratings.to_rows():
        if row["period"] in rows:
            mean = row["mean"]
            rows[str(row["period"])].update(
                ratings=row["ratings"],
                mean_rating=None if not isinstance(mean, float) else round(mean, 2),
                csat=row["csat_percent"],
            )
    # A count missing from a period is none (0); a rate with nothing to rate is no rate.
    return [
        {key: values.get(key, None if key in _STATS_RATES else 0) for key in _STATS_COLUMNS}
        for values in rows.values()
    ]


_STATS_COLUMNS = (
    "period", "visits", "general_repair", "complaints", "level_i", "level_ii", "level_iii",
    "appointments", "no_shows", "appointment_success", "ratings", "mean_rating", "csat",
)  # fmt: skip


_STATS_RATES = frozenset({"appointment_success", "mean_rating", "csat"})


def stats_listing(rows: list[dict[str, object]], *, period: str, as_of: date) -> Listing:
    """The period table of ``stats``."""
    headings = {
        "general_repair": "repairs", "level_i": "I", "level_ii": "II", "level_iii": "III",
        "appointments": "booked", "no_shows": "no-show", "appointment_success": "success",
        "mean_rating": "mean",
    }  # fmt: skip
    columns = [Column(key, itemgetter(key), headings.get(key, "")) for key in _STATS_COLUMNS]
    return Listing(
        title=f"Statistics by {period} up to {as_of}",
        columns=columns,
        entries=rows,
        document={"period": period, "as_of": as_of.isoformat(), "rows": rows},
    )


@app.command()
def stats(
    db: DbOption,
    as_of: AsOfOption = None,
    period: Annotated[
        str, typer.Option("--period", help="month (12 shown), quarter (4) or year (3)")
    ] = "month",
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the department's figures by period, counted by SQL aggregates in the database.

    Per period: arrivals (and repair-only ones), complaints by level, appointments
    booked, no-shows and success rate, follow-up ratings (count, mean, satisfied share).
    """
    from autocrm.errors import InvalidComponent

    if period not in _PERIODS_SHOWN:
        msg = f"--period: {period!r} is not one of month, quarter, year"
        raise InvalidComponent(msg, field="period", value=period)
    day = parse_day(as_of)
    rules = load_policy_file(policy_file)
    archive = open_store(db, create=False)
    with progress("statistics", quiet=quiet):
        rows = period_rows(archive, period=period, as_of=day, policies=rules)
    emit(stats_listing(rows, period=period, as_of=day), output)
