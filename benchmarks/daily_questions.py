"""Benchmark: the daily questions by the pure rules, their SQL twins and an analyst's code.

For each daily question with a SQL twin (:mod:`autocrm.adapters.sqlalchemy.rules`)
it times, on one synthetic dealership group:

* the pure rule over a :class:`~autocrm.domain.Snapshot` in memory;
* the SQL twin on SQLite (a file), on DuckDB (a file) and on PostgreSQL when
  ``--postgres`` is given;
* an analyst's hand-written pandas over the tables read into data frames;
* an analyst's hand-written SQL on the same SQLite file, DuckDB file (and PostgreSQL).

Every path must give the same answer (asserted), then the times, the ratios and the
peak Python memory (tracemalloc, one extra run; memory the database engine allocates
itself is not seen) are printed, with the load average of the machine before and after.
Tests never assert a time; this script does not either.

The group is built once per size and seed and cached on disk in ``--cache`` (default
``benchmarks/.cache``): the SQLite file and the DuckDB file, each written by one bulk
``restore``. The pure rules read their snapshot back out of the SQLite file; with
``--no-pure`` nothing is read into memory but the analyst's data frames, and the twins
are checked against each other and against the analyst. On PostgreSQL the group is
streamed from the SQLite file once into a schema of its own (``daily_<customers>_<seed>``)
of the database given. ``--json-out`` writes the times to a file, which ``--compare``
reads back to print the growth of each path from a smaller run::

    python benchmarks/daily_questions.py --json-out daily-10k.json          # 10 k customers
    python benchmarks/daily_questions.py --customers 100000 --repeat 1 --no-memory \\
        --compare daily-10k.json
    python benchmarks/daily_questions.py --postgres postgresql+psycopg://postgres@127.0.0.1:54329/bench

The analyst's versions answer what the data frames hold: they do not apply contact
pressure (opt-outs, bookings, recent calls); the script sets aside the customers contact
pressure left off the win-back and early-warning lists (after checking that the analyst
lists them; the birthday and maintenance lists are compared with the left-off ones
included), and compares the columns both compute (customer, segment, last visit; last
visit, active visit days, birthday within the window and maintenance due date; customer,
VIN and due date; customer and birthday; reason, shared value and customers of each
duplicate group; account and class). Both the maintenance question and the early warning
predict each car's next maintenance (km per day from the readings and work-order mileage,
or months since the last service, or an explicit date) with one hand-written per-car part
(``pandas_next_due``, ``_next_due_sql``): the maintenance question keeps the cars due in
its window under a policy that ignores a backwards reading; the early warning gives each
listed customer the earliest due date among his cars, under the default policy, which
gives a car with a backwards reading (and no explicit date) no due date, and reads only
the listed customers' cars and their records (in SQL, a second statement given their
numbers), as the twin does. It does not compare which car is due first (on a tie the
twin takes the car first in the archive).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import time
import tracemalloc
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import FleetAccount, Snapshot
from autocrm.domain.identifiers import ric
from autocrm.rules import churn_warning, duplicates, fleet, lost, reminders
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_warning import EarlyWarning
from autocrm.rules.duplicates import DuplicateGroup
from autocrm.rules.fleet import FleetPolicy
from autocrm.rules.lost import LostCustomers
from autocrm.rules.reminder_kinds import ReminderList
from autocrm.rules.service_policy import ServicePolicy
from autocrm.testing.synthetic import generate_dealership

AS_OF = date(2026, 11, 24)
POLICY = ChurnPolicy()
#: Days a birthday list looks ahead (the service policy's default horizon).
HORIZON = ServicePolicy().horizon_days
CST = timedelta(hours=8)
#: Maintenance due: the default numbers, a backwards odometer reading ignored.
SERVICE_POLICY = ServicePolicy(backwards_readings="ignore")
MAINTENANCE_TYPES = ("maintenance", "first_maintenance")
#: The early warning's maintenance due: the default policy, a backwards reading refused.
WARNING_SERVICE_POLICY = ServicePolicy()
#: The default thresholds of the A/B/C classes and of near-same names.
FLEET_POLICY = FleetPolicy()
ARCHIVE_POLICY = ArchivePolicy()


# --------------------------------------------------------------------------- the group


def _group(
    customers: int, seed: int, cache: Path, *, pure: bool
) -> tuple[Snapshot | None, Path, Path]:
    """The synthetic group's snapshot (when ``pure``), its SQLite file and its DuckDB file.

    The two files are the cache: built once (generated, then one bulk ``restore`` each
    and ``ANALYZE``; a file appears under its name only once complete). When the pure
    rules run and the group was not just generated, the snapshot is read back out of
    the SQLite file (``SqlArchive.snapshot()``); the SQL paths alone never read it.
    """
    cache.mkdir(parents=True, exist_ok=True)
    database = cache / f"group-{customers}-{seed}.db"
    duck = cache / f"group-{customers}-{seed}.duckdb"
    shop: Snapshot | None = None
    if not (database.exists() and duck.exists()):
        started = time.perf_counter()
        shop = generate_dealership(seed=seed, customers=customers, as_of=AS_OF)
        print(f"generated in {time.perf_counter() - started:.1f} s")
        for path, url in ((database, "sqlite:///"), (duck, "duckdb:///")):
            if path.exists():
                continue
            started = time.perf_counter()
            partial_file = path.with_name(path.name + ".part")
            partial_file.unlink(missing_ok=True)
            archive = SqlArchive.from_url(f"{url}{partial_file}")
            archive.restore(shop)
            _analyse(archive.engine)
            archive.engine.dispose()
            partial_file.rename(path)
            print(f"loaded into {path.name} in {time.perf_counter() - started:.1f} s")
    if pure and shop is None:
        started = time.perf_counter()
        archive = SqlArchive.from_url(f"sqlite:///{database}", create=False)
        shop = archive.snapshot()
        archive.engine.dispose()
        print(f"read the snapshot out of {database.name} in {time.perf_counter() - started:.1f} s")
    return (shop if pure else None), database, duck


def _analyse(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def _counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("customers", "vehicles", "work_orders", "fleet_accounts")
        }


def _postgres(url: str, database: Path, schema: str) -> SqlArchive:
    """The group in ``schema`` of the PostgreSQL database at ``url``, loaded once.

    It is streamed out of the cached SQLite file (``stream()`` into ``restore``), so
    the whole snapshot is never in memory for it.
    """
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    admin.dispose()
    engine = sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    upgrade(engine)
    archive = SqlArchive(engine)
    source = SqlArchive.from_url(f"sqlite:///{database}", create=False)
    wanted = _counts(source.engine)
    if _counts(engine) != wanted:
        if any(_counts(engine).values()):
            msg = f"{url} (schema {schema}) holds another archive: drop the schema"
            raise SystemExit(msg)
        started = time.perf_counter()
        with source.stream() as records:
            archive.restore(records)
        print(f"loaded into PostgreSQL in {time.perf_counter() - started:.1f} s")
        _analyse(engine)
    source.engine.dispose()
    return archive


# --------------------------------------------------------------------------- answers


#: What a path's answer is compared on: its rows, and the customers contact pressure
#: left off (the analyst, who applies none, lists them too: they are set aside).
Answer = tuple[list[Any], frozenset[str]]


def _lost_rows(report: LostCustomers) -> Answer:
    rows = sorted((a.customer_number, a.segment.value, a.last_visit_on) for a in report.entries)
    return rows, frozenset(x.customer_number for x in report.left_off)


def _warning_rows(result: EarlyWarning) -> Answer:
    rows = sorted(
        (
            e.customer_number,
            e.last_visit_on,
            e.active_visits,
            e.birthday_within_days,
            e.service_due_on,
        )
        for e in result.entries
    )
    return rows, frozenset(x.customer_number for x in result.left_off)


def _birthday_rows(report: ReminderList) -> Answer:
    # The analyst lists every birthday: the ones contact pressure left off too.
    listed = [*report.reminders, *(x.reminder for x in report.left_off)]
    return sorted((r.customer_number, r.due_on) for r in listed), frozenset()


def _maintenance_rows(report: ReminderList) -> Answer:
    # Every maintenance due, the ones contact pressure left off too.
    listed = [*report.reminders, *(x.reminder for x in report.left_off)]
    return sorted((r.customer_number, r.vin or "", r.due_on) for r in listed), frozenset()


def _duplicate_rows(groups: Iterable[DuplicateGroup]) -> Answer:
    return sorted((g.reason.value, g.key, g.customer_numbers) for g in groups), frozenset()


def _fleet_rows(accounts: Iterable[FleetAccount]) -> Answer:
    rows = sorted((a.number, a.fleet_class.value if a.fleet_class else "") for a in accounts)
    return rows, frozenset()


def _same(analyst: list[Any], answer: Answer) -> bool:
    """The analyst's rows are the answer's, once the customers left off are set aside."""
    rows, held = answer
    listed = {row[0] for row in analyst}
    return held <= listed and [row for row in analyst if row[0] not in held] == rows


def pure_duplicates(shop: Snapshot, *, as_of: date) -> tuple[DuplicateGroup, ...]:
    # No day in this question: as_of is the benchmark's calling convention.
    return duplicates.find_duplicates(shop.customers, shop.vehicles, policy=ARCHIVE_POLICY)


def twin_duplicates(archive: SqlArchive, *, as_of: date) -> tuple[DuplicateGroup, ...]:
    return twins.find_duplicates(archive, policy=ARCHIVE_POLICY)


def pure_fleet(shop: Snapshot, *, as_of: date) -> tuple[FleetAccount, ...]:
    return fleet.assign_fleet_classes(shop.fleet_accounts, policy=FLEET_POLICY)


def twin_fleet(archive: SqlArchive, *, as_of: date) -> tuple[FleetAccount, ...]:
    return twins.assign_fleet_classes(archive, policy=FLEET_POLICY)


def pure_maintenance(shop: Snapshot, *, as_of: date) -> ReminderList:
    return reminders.due_reminders_report(
        shop, as_of=as_of, kinds=["maintenance"], policy=SERVICE_POLICY
    )


def twin_maintenance(archive: SqlArchive, *, as_of: date) -> ReminderList:
    return twins.due_reminders_report(
        archive, as_of=as_of, kinds=["maintenance"], policy=SERVICE_POLICY
    )


def pure_birthdays(shop: Snapshot, *, as_of: date) -> ReminderList:
    return reminders.due_reminders_report(shop, as_of=as_of, kinds=["birthday"])


def twin_birthdays(archive: SqlArchive, *, as_of: date) -> ReminderList:
    return twins.due_reminders_report(archive, as_of=as_of, kinds=["birthday"])


# --------------------------------------------------------------------------- pandas


class Frames:
    """The tables an analyst reads into pandas (not timed: the questions are)."""

    def __init__(self, database: Path) -> None:
        engine = sa.create_engine(f"sqlite:///{database}")
        with engine.connect() as connection:
            self.customers = pd.read_sql(
                "SELECT number, name, birth_date, resident_id, uscc, mobile, phone, "
                "office_phone, merged_into FROM customers",
                connection,
            )
            self.fleet = pd.read_sql(
                "SELECT number, vehicles, influential, purchase_plan, fleet_class "
                "FROM fleet_accounts",
                connection,
            )
            self.vehicles = pd.read_sql(
                "SELECT vin, customer_number, purchased_on, last_business_on, "
                "first_maintenance_on, first_visit_on, is_new_car_sale, next_maintenance_on "
                "FROM vehicles",
                connection,
            )
            self.orders = pd.read_sql(
                "SELECT number, customer_number, vin, opened_at, mileage_km FROM work_orders",
                connection,
            )
            self.readings = pd.read_sql('SELECT vin, "on", km FROM odometer_readings', connection)
            self.types = pd.read_sql(
                "SELECT work_order_number, service_type FROM work_order_service_types", connection
            )
        for column in (
            "purchased_on",
            "last_business_on",
            "first_maintenance_on",
            "first_visit_on",
            "next_maintenance_on",
        ):
            self.vehicles[column] = pd.to_datetime(self.vehicles[column])
        self.readings["on"] = pd.to_datetime(self.readings["on"])
        self.customers["birth_date"] = pd.to_datetime(self.customers["birth_date"])
        self.orders["on"] = (pd.to_datetime(self.orders["opened_at"]) + CST).dt.normalize()

    def visits(self, day: pd.Timestamp) -> pd.DataFrame:
        orders = self.orders[self.orders["on"] <= day]
        by_car = orders[["vin", "on"]].merge(self.vehicles[["vin", "customer_number"]], on="vin")
        cars = self.vehicles
        kept = [
            orders[["customer_number", "on"]],
            by_car[["customer_number", "on"]],
            *(
                cars[["customer_number", column]].rename(columns={column: "on"})
                for column in ("last_business_on", "first_maintenance_on", "first_visit_on")
            ),
            cars.loc[cars["is_new_car_sale"].astype(bool), ["customer_number", "purchased_on"]]
            .rename(columns={"purchased_on": "on"}),
        ]  # fmt: skip
        visits = pd.concat(kept, ignore_index=True).dropna()
        return visits[visits["on"] <= day]


def pandas_lost(frames: Frames, day: date) -> list[tuple[str, str, date | None]]:
    stamp = pd.Timestamp(day)
    last = frames.visits(stamp).groupby("customer_number")["on"].max()
    orders = frames.orders[frames.orders["on"] <= stamp]
    types = frames.types
    real = types.loc[types["service_type"] != "new_car_delivery", ["work_order_number"]]
    served = orders.merge(real.drop_duplicates(), left_on="number", right_on="work_order_number")
    cars = frames.vehicles
    serviced = pd.concat(
        [
            served["customer_number"],
            served[["vin"]].merge(cars[["vin", "customer_number"]], on="vin")["customer_number"],
            cars.loc[
                (cars["first_maintenance_on"] <= stamp) | (cars["first_visit_on"] <= stamp),
                "customer_number",
            ],
        ]
    ).unique()
    cutoff = stamp - pd.Timedelta(days=POLICY.first_service_lost_days)
    stale = cars.loc[cars["purchased_on"] < cutoff, "customer_number"].unique()
    table = frames.customers[["number"]].copy()
    table["last"] = table["number"].map(last)
    days = (stamp - table["last"]).dt.days
    first_service = table["number"].isin(stale) & ~table["number"].isin(serviced)
    table["segment"] = "active"
    table.loc[days > POLICY.lost_after_days, "segment"] = "recently_lost"
    table.loc[days > POLICY.defected_after_days, "segment"] = "defected"
    table.loc[table["last"].isna(), "segment"] = "no_visit"
    table.loc[first_service, "segment"] = "first_service_lost"
    lost = table[table["segment"].isin(["recently_lost", "defected", "first_service_lost"])]
    return sorted(
        (n, s, None if pd.isna(v) else v.date())
        for n, s, v in zip(lost["number"], lost["segment"], lost["last"], strict=True)
    )


def _next_birthdays(born: pd.Series, day: pd.Timestamp) -> pd.Series:
    """Next birthday on or after ``day`` (29 February on 28 February in common years)."""

    def shifted(years: int) -> pd.Series:
        target = day.year + years
        month, dom = born.dt.month, born.dt.day
        leap = (target % 4 == 0 and target % 100 != 0) or target % 400 == 0
        dom = dom.where(~((month == 2) & (dom == 29)) | leap, 28)
        return pd.to_datetime(
            pd.DataFrame({"year": target, "month": month, "day": dom}), errors="coerce"
        )

    this_year = shifted(0)
    return this_year.where(this_year >= day, shifted(1))


def pandas_warning(frames: Frames, day: date) -> list[tuple[str, date, int, bool, date | None]]:
    stamp = pd.Timestamp(day)
    start, quiet, _ = POLICY.warning_window(day)
    visits = frames.visits(stamp)
    grouped = visits.groupby("customer_number")["on"]
    last = grouped.max()
    chosen = last[(last >= pd.Timestamp(start)) & (last < pd.Timestamp(quiet))]
    active = (
        visits[visits["customer_number"].isin(chosen.index) & (visits["on"] >= pd.Timestamp(start))]
        .groupby("customer_number")["on"]
        .nunique()
    )
    people = frames.customers.set_index("number").loc[chosen.index]
    # An 18-digit resident ID holds the birth date in digits 7 to 14.
    from_id = pd.to_datetime(people["resident_id"].str[6:14], format="%Y%m%d", errors="coerce")
    born = people["birth_date"].fillna(from_id)
    birthday = _next_birthdays(born, stamp)
    soon = ((birthday - stamp).dt.days <= POLICY.birthday_within_days).fillna(False)
    # The earliest maintenance due among each listed customer's cars.
    cars = pandas_next_due(frames, day, WARNING_SERVICE_POLICY, owners=chosen.index)
    earliest = cars.dropna(subset=["due"]).groupby("customer_number")["due"].min()
    epoch = date(1970, 1, 1)
    due = {n: epoch + timedelta(days=int(d)) for n, d in earliest.items()}
    return sorted(
        (n, last[n].date(), int(active[n]), bool(soon[n]), due.get(n)) for n in chosen.index
    )


def pandas_birthdays(frames: Frames, day: date) -> list[tuple[str, date]]:
    stamp = pd.Timestamp(day)
    people = frames.customers
    from_id = pd.to_datetime(people["resident_id"].str[6:14], format="%Y%m%d", errors="coerce")
    born = people["birth_date"].fillna(from_id)
    birthday = _next_birthdays(born, stamp)
    soon = (birthday - stamp).dt.days <= HORIZON
    chosen = people.loc[soon, "number"]
    return sorted((n, b.date()) for n, b in zip(chosen, birthday[soon], strict=True))


def _day_numbers(values: pd.Series) -> pd.Series:
    """Days since 1970-01-01 of a datetime column (NaT stays missing)."""
    return (values - pd.Timestamp(1970, 1, 1)).dt.days


def pandas_next_due(
    frames: Frames, day: date, pol: ServicePolicy, owners: pd.Index | None = None
) -> pd.DataFrame:
    """Each car's next maintenance due (no window): ``customer_number``, ``vin`` and ``due``,
    a day number since 1970-01-01 (missing: nothing to count from, or a backwards reading
    when ``pol`` refuses one). ``owners``: only the cars of these customers.
    """
    stamp = pd.Timestamp(day)
    # Semi-joins by merge: a string column's isin() walks its values one by one.
    whose = frames.customers["number"] if owners is None else pd.Series(owners)
    cars = frames.vehicles.merge(whose.rename("customer_number"), on="customer_number")
    orders = frames.orders[frames.orders["on"] <= stamp]
    readings = frames.readings[frames.readings["on"] <= stamp]
    if owners is not None:
        orders = orders.merge(cars[["vin"]], on="vin")
        readings = readings.merge(cars[["vin"]], on="vin")
    types = frames.types
    serviced = types.loc[types["service_type"].isin(MAINTENANCE_TYPES), ["work_order_number"]]
    maint = orders[orders["vin"].notna()].merge(
        serviced.drop_duplicates().rename(columns={"work_order_number": "number"}), on="number"
    )
    last = (
        maint.sort_values(["vin", "on", "number"])
        .groupby("vin")
        .tail(1)[["vin", "on", "mileage_km"]]
        .rename(columns={"on": "last_on", "mileage_km": "last_km"})
    )
    points = pd.concat(
        [
            readings[["vin", "on", "km"]],
            orders.loc[orders["mileage_km"].notna(), ["vin", "on", "mileage_km"]].rename(
                columns={"mileage_km": "km"}
            ),
        ]
    )
    refuse = pol.backwards_readings == "refuse"
    each_day = points.groupby(["vin", "on"], as_index=False)["km"]
    days = (each_day.agg(["max", "min"]) if refuse else each_day.max()).sort_values(["vin", "on"])
    if refuse:
        days = days.rename(columns={"max": "km"})
    days["dn"] = _day_numbers(days["on"])
    per = days.groupby("vin").agg(first_dn=("dn", "min"), peak=("km", "max"))
    if refuse:
        # Backwards: a day's lowest reading below the highest of an earlier day.
        before = days.groupby("vin")["km"].cummax().groupby(days["vin"]).shift()
        per["backwards"] = (days["min"] < before).groupby(days["vin"]).any()
    days = days.join(per, on="vin")
    per["first_km"] = days[days["dn"] == days["first_dn"]].set_index("vin")["km"]
    per["newest_dn"] = days[days["km"] == days["peak"]].groupby("vin")["dn"].max()
    v = cars.merge(last, on="vin", how="left").join(per, on="vin")
    explicit_dn = _day_numbers(v["next_maintenance_on"])
    last_dn = _day_numbers(v["last_on"])
    explicit = v["next_maintenance_on"].notna() & (v["last_on"].isna() | (last_dn < explicit_dn))
    routine = v["last_on"].notna() | v["first_maintenance_on"].notna()
    start = v["last_on"].fillna(v["first_maintenance_on"]).where(routine, v["purchased_on"])
    time_due = pd.concat(
        [
            (start[routine] + pd.DateOffset(months=pol.interval_months)),
            (start[~routine] + pd.DateOffset(months=pol.first_service_months)),
        ]
    ).reindex(v.index)
    start_dn, time_dn = _day_numbers(start), _day_numbers(time_due)
    target = (v["last_km"] + pol.interval_km).where(
        v["last_on"].notna(),
        np.where(v["first_maintenance_on"].notna(), np.nan, pol.first_service_km),
    )
    bought = _day_numbers(v["purchased_on"])
    single = v["first_dn"] == v["newest_dn"]
    from_purchase = single & (bought < v["newest_dn"])
    anchor_dn = v["first_dn"].where(~single, bought)
    anchor_km = v["first_km"].where(~single, 0)
    has_rate = v["peak"].notna() & (~single | from_purchase)
    span = (v["newest_dn"] - anchor_dn).where(has_rate)
    cents = ((200 * (v["peak"] - anchor_km) + span) // (2 * span)).where(has_rate)
    predicted = target.notna() & (v["peak"] < target) & (cents > 0)
    ahead = -((-100 * (target - v["peak"])) // cents)
    mileage = pd.Series(np.nan, index=v.index)
    mileage[predicted] = np.maximum(start_dn, v["newest_dn"] + ahead)[predicted]
    passed = target.notna() & (v["peak"] >= target)
    if passed.any():
        reached = (
            v.loc[passed, ["vin"]]
            .assign(target=target[passed])
            .merge(days[["vin", "dn", "km"]], on="vin")
        )
        first_at = reached[reached["km"] >= reached["target"]].groupby("vin")["dn"].min()
        mileage[passed] = np.maximum(start_dn[passed], v.loc[passed, "vin"].map(first_at))
    wins = mileage.notna() & (mileage < time_dn)
    due = time_dn.where(~wins, mileage).where(~explicit, explicit_dn)
    anchored = (
        v["next_maintenance_on"].notna() | v["purchased_on"].notna()
        | v["first_maintenance_on"].notna() | v["last_on"].notna()
    )  # fmt: skip
    if refuse:
        anchored &= explicit | ~v["backwards"].fillna(False).astype(bool)
    return v[["customer_number", "vin"]].assign(due=due.where(anchored))


def pandas_maintenance(frames: Frames, day: date) -> list[tuple[str, str, date]]:
    today = (day - date(1970, 1, 1)).days
    cars = pandas_next_due(frames, day, SERVICE_POLICY)
    due = cars["due"]
    keep = due.notna() & (due >= today - SERVICE_POLICY.overdue_days) & (due <= today + HORIZON)
    epoch = date(1970, 1, 1)
    return sorted(
        (c, vin, epoch + timedelta(days=int(d)))
        for c, vin, d in zip(cars.loc[keep, "customer_number"], cars.loc[keep, "vin"], due[keep],
                             strict=True)
    )  # fmt: skip


_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "公司")
_NOISE = set(" \t\u3000·•.-_()（）[]【】,，")


def _folded(name: str) -> str:
    """The analyst's name key: NFKC, case-folded, no spaces or punctuation, no company suffix."""
    text = "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c not in _NOISE)
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _near(a: str, b: str, limit: int) -> bool:
    """Equal keys, or (three characters and more) at most ``limit`` edits apart."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > limit:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row = row, [i]
        for j, y in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y)))
    return row[-1] <= limit


def _name_clusters(
    buckets: dict[str, list[tuple[str, str, str | None]]], limit: int
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Near-same names among the (number, name, mobile) sharing each phone, as answer rows."""
    found = []
    for phone, members in buckets.items():
        people = sorted({number: (name, mobile) for number, name, mobile in members}.items())
        keys = [_folded(name) for _, (name, _) in people]
        cluster = list(range(len(people)))

        def top(i: int, cluster: list[int] = cluster) -> int:
            while cluster[i] != i:
                i = cluster[i]
            return i

        for i in range(len(people)):
            for j in range(i + 1, len(people)):
                if _near(keys[i], keys[j], limit):
                    cluster[top(j)] = top(i)
        groups: defaultdict[int, list[int]] = defaultdict(list)
        for i in range(len(people)):
            groups[top(i)].append(i)
        for members_of in groups.values():
            numbers = tuple(people[i][0] for i in members_of)
            if len(numbers) > 1 and any(people[i][1][1] != phone for i in members_of):
                found.append(("similar_name_same_phone", phone, numbers))
    return found


_EXACT = (("same_resident_id", "resident_id"), ("same_uscc", "uscc"), ("same_mobile", "mobile"))


def pandas_duplicates(frames: Frames, day: date) -> list[tuple[str, str, tuple[str, ...]]]:
    people = frames.customers[frames.customers["merged_into"].isna()]
    cars = frames.vehicles
    merged = set(frames.customers.loc[frames.customers["merged_into"].notna(), "number"])
    cars = cars[~cars["customer_number"].isin(merged)].drop_duplicates(["vin", "customer_number"])
    rows = [
        ("same_vin", vin, tuple(sorted(group)))
        for vin, group in cars[cars.duplicated("vin", keep=False)].groupby("vin")["customer_number"]
    ]
    for reason, column in _EXACT:
        shared = people[people[column].notna() & people.duplicated(column, keep=False)]
        rows += [
            (reason, key, tuple(sorted(group))) for key, group in shared.groupby(column)["number"]
        ]
    phones = pd.concat(
        [
            people[["number", "name", "mobile"]].assign(key=people[column])
            for column in ("mobile", "phone", "office_phone")
        ]
    ).dropna(subset=["key"])
    phones = phones.drop_duplicates(["key", "number"])
    phones = phones[phones.duplicated("key", keep=False)]
    buckets: defaultdict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for number, name, mobile, key in phones.itertuples(index=False):
        buckets[key].append((number, name, None if pd.isna(mobile) else mobile))
    rows += _name_clusters(buckets, ARCHIVE_POLICY.similar_name_max_edits)
    return sorted(rows)


def pandas_fleet(frames: Frames, day: date) -> list[tuple[str, str]]:
    pol, accounts = FLEET_POLICY, frames.fleet
    plan = accounts["purchase_plan"]
    computed = np.select(
        [
            (accounts["vehicles"] >= pol.a_min_vehicles)
            & accounts["influential"].astype(bool)
            & (plan == "this_year"),
            (accounts["vehicles"] >= pol.b_min_vehicles)
            & plan.isin(["this_year", "within_two_years"]),
        ],
        ["A", "B"],
        "C",
    )
    classes = accounts["fleet_class"].fillna(pd.Series(computed, index=accounts.index))
    return sorted(zip(accounts["number"], classes, strict=True))


# --------------------------------------------------------------------------- hand-written SQL


def _local_date(engine: sa.Engine, column: str) -> str:
    if engine.dialect.name == "sqlite":
        return f"date({column}, '+8 hours')"
    return f"CAST(({column} AT TIME ZONE 'Asia/Shanghai') AS DATE)"


def _visits_sql(engine: sa.Engine) -> str:
    local = _local_date(engine, "w.opened_at")
    return f"""
    visits AS (
      SELECT w.customer_number AS c, {local} AS d FROM work_orders w WHERE w.opened_at < :until
      UNION ALL SELECT v.customer_number, {local}
        FROM work_orders w JOIN vehicles v ON v.vin = w.vin WHERE w.opened_at < :until
      UNION ALL SELECT customer_number, last_business_on FROM vehicles
        WHERE last_business_on <= :day
      UNION ALL SELECT customer_number, first_maintenance_on FROM vehicles
        WHERE first_maintenance_on <= :day
      UNION ALL SELECT customer_number, first_visit_on FROM vehicles WHERE first_visit_on <= :day
      UNION ALL SELECT customer_number, purchased_on FROM vehicles
        WHERE is_new_car_sale AND purchased_on <= :day
    )"""


def _until(day: date) -> datetime:
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone(CST)) + timedelta(days=1)
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _bind(engine: sa.Engine, day: date) -> dict[str, Any]:
    until: Any = _until(day)
    if engine.dialect.name != "sqlite":
        until = until.replace(tzinfo=timezone.utc)
    return {"day": day, "until": until}


def sql_lost(engine: sa.Engine, day: date) -> list[tuple[str, str, date | None]]:
    query = f"""
    WITH {_visits_sql(engine)},
    last AS (SELECT c, max(d) AS last_on FROM visits GROUP BY c),
    served AS (
      SELECT w.customer_number AS c FROM work_orders w
        WHERE w.opened_at < :until AND EXISTS (SELECT 1 FROM work_order_service_types s
          WHERE s.work_order_number = w.number AND s.service_type <> 'new_car_delivery')
      UNION SELECT v.customer_number FROM work_orders w JOIN vehicles v ON v.vin = w.vin
        WHERE w.opened_at < :until AND EXISTS (SELECT 1 FROM work_order_service_types s
          WHERE s.work_order_number = w.number AND s.service_type <> 'new_car_delivery')
      UNION SELECT customer_number FROM vehicles
        WHERE first_maintenance_on <= :day OR first_visit_on <= :day
    ),
    seg AS (
      SELECT k.number, l.last_on,
        CASE WHEN sv.c IS NULL AND EXISTS (SELECT 1 FROM vehicles v
                  WHERE v.customer_number = k.number AND v.purchased_on < :cutoff)
               THEN 'first_service_lost'
             WHEN l.last_on IS NULL THEN 'no_visit'
             WHEN l.last_on >= :lost THEN 'active'
             WHEN l.last_on >= :defected THEN 'recently_lost'
             ELSE 'defected' END AS segment
      FROM customers k LEFT JOIN last l ON l.c = k.number LEFT JOIN served sv ON sv.c = k.number
    )
    SELECT number, segment, last_on FROM seg
    WHERE segment IN ('recently_lost', 'defected', 'first_service_lost')
    """
    params = _bind(engine, day) | {
        "cutoff": day - timedelta(days=POLICY.first_service_lost_days),
        "lost": day - timedelta(days=POLICY.lost_after_days),
        "defected": day - timedelta(days=POLICY.defected_after_days),
    }
    with engine.connect() as connection:
        rows = connection.execute(sa.text(query), params).all()
    return sorted(
        (n, s, None if v is None else v if isinstance(v, date) else date.fromisoformat(v))
        for n, s, v in rows
    )


def sql_warning(engine: sa.Engine, day: date) -> list[tuple[str, date, int, bool, date | None]]:
    start, quiet, _ = POLICY.warning_window(day)
    query = f"""
    WITH {_visits_sql(engine)}
    SELECT c, max(d) AS last_on, count(DISTINCT CASE WHEN d >= :start THEN d END)
    FROM visits GROUP BY c HAVING max(d) >= :start AND max(d) < :quiet
    """
    # Then the earliest due among the listed customers' cars, in a query of its own: as one
    # statement, PostgreSQL's estimate of one listed customer plans nested loops (8 s).
    dues = f"""
    WITH cars AS (SELECT vin FROM vehicles WHERE customer_number IN :numbers),
    {_next_due_sql(engine, WARNING_SERVICE_POLICY, cars="cars")}
    SELECT c, min(d) FROM due GROUP BY c
    """
    listed = sa.text(dues).bindparams(sa.bindparam("numbers", expanding=True))
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(query), _bind(engine, day) | {"start": start, "quiet": quiet}
        ).all()
        earliest = dict(
            connection.execute(listed, _bind(engine, day) | {"numbers": [r[0] for r in rows]}).all()
        )
        people = {
            n: (b, r)
            for n, b, r in connection.execute(
                sa.text("SELECT number, birth_date, resident_id FROM customers")
            )
        }
    answer = []
    epoch = date(1970, 1, 1)
    for number, last_on, active in rows:
        born_raw, rid = people[number]
        born = _as_date(born_raw) if born_raw is not None else None
        if born is None and rid is not None:
            born = ric.birth_date(rid)
        soon = False
        if born is not None:
            birthday = _anniversary(born, day)
            soon = (birthday - day).days <= POLICY.birthday_within_days
        due_d = earliest.get(number)
        due = None if due_d is None else epoch + timedelta(days=int(due_d))
        answer.append((number, _as_date(last_on), int(active), soon, due))
    return sorted(answer)


def sql_birthdays(engine: sa.Engine, day: date) -> list[tuple[str, date]]:
    keys = sorted(
        {(day + timedelta(days=n)).strftime("%m%d") for n in range(HORIZON + 1)}
        | ({"0229"} if {"0228", "0301"} & {(day + timedelta(days=n)).strftime("%m%d")
                                          for n in range(HORIZON + 1)} else set())
    )  # fmt: skip
    month_day = {
        "sqlite": "strftime('%m%d', birth_date)",
        "duckdb": "strftime(birth_date, '%m%d')",
    }.get(engine.dialect.name, "to_char(birth_date, 'MMDD')")
    query = f"""
    SELECT number, birth_date, resident_id FROM customers
    WHERE {month_day} IN :keys
       OR (birth_date IS NULL AND substr(resident_id, 11, 4) IN :keys)
    """
    statement = sa.text(query).bindparams(sa.bindparam("keys", expanding=True))
    with engine.connect() as connection:
        rows = connection.execute(statement, {"keys": keys}).all()
    answer = []
    for number, born_raw, rid in rows:
        born = _as_date(born_raw) if born_raw is not None else ric.birth_date(rid)
        birthday = _anniversary(born, day)
        if (birthday - day).days <= HORIZON:
            answer.append((number, birthday))
    return sorted(answer)


def _next_due_sql(engine: sa.Engine, pol: ServicePolicy, cars: str = "") -> str:
    """CTEs ending in ``due (c, vin, d)``: each car's next maintenance due as a day number
    since 1970-01-01, no window (NULL: nothing to count from, or a backwards reading when
    ``pol`` refuses one); binds ``:day`` and ``:until``. ``cars``: the name of a CTE of
    VINs, to read those cars and their records only.
    """
    if engine.dialect.name == "sqlite":

        def dn(x: str) -> str:
            return f"CAST(julianday({x}) - 2440587.5 AS INTEGER)"

        def months(x: str, n: int) -> str:
            return (f"min(date({x}, '+{n} months'), "
                    f"date({x}, 'start of month', '+{n + 1} months', '-1 day'))")  # fmt: skip

        quotient = "/"
    else:

        def dn(x: str) -> str:
            return f"(CAST({x} AS DATE) - DATE '1970-01-01')"

        def months(x: str, n: int) -> str:
            return f"CAST(CAST({x} AS DATE) + INTERVAL '{n} months' AS DATE)"

        quotient = "//" if engine.dialect.name == "duckdb" else "/"
    local = _local_date(engine, "w.opened_at")
    kinds = ", ".join(f"'{k}'" for k in MAINTENANCE_TYPES)
    only = f" AND vin IN (SELECT vin FROM {cars})" if cars else ""
    refuse = pol.backwards_readings == "refuse"
    # Backwards: a day's lowest reading below the highest of an earlier day.
    low = ", max(CASE WHEN dd.low < dd.prior_top THEN 1 ELSE 0 END) AS backwards"
    low = low if refuse else ""
    days = (
        """dd AS (
      SELECT vin, d, top, low, max(top) OVER (PARTITION BY vin ORDER BY d
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior_top
      FROM (SELECT vin, d, max(km) AS top, min(km) AS low FROM pts GROUP BY vin, d) g
    ),"""
        if refuse
        else "dd AS (SELECT vin, d, max(km) AS top FROM pts GROUP BY vin, d),"
    )
    backwards = ", o.backwards" if refuse else ""
    refused = "WHEN backwards = 1 AND NOT explicit THEN NULL " if refuse else ""
    scoped = f" WHERE v.vin IN (SELECT vin FROM {cars})" if cars else ""
    return f"""
    pts AS (
      SELECT vin, {dn('"on"')} AS d, km FROM odometer_readings WHERE "on" <= :day{only}
      UNION ALL SELECT vin, {dn(local)}, mileage_km FROM work_orders w
        WHERE mileage_km IS NOT NULL AND vin IS NOT NULL AND opened_at < :until{only}
    ),
    {days}
    odo AS (
      SELECT vin, min(d) AS first_d, max(top) AS peak FROM dd GROUP BY vin
    ),
    odo2 AS (
      SELECT o.vin, o.first_d, o.peak,
        max(CASE WHEN dd.d = o.first_d THEN dd.top END) AS first_km,
        max(CASE WHEN dd.top = o.peak THEN dd.d END) AS newest_d{low}
      FROM odo o JOIN dd ON dd.vin = o.vin GROUP BY o.vin, o.first_d, o.peak
    ),
    lm AS (
      SELECT vin, on_d, d, km FROM (
        SELECT w.vin, {local} AS on_d, {dn(local)} AS d, w.mileage_km AS km,
          row_number() OVER (PARTITION BY w.vin ORDER BY {local} DESC, w.number DESC) AS rk
        FROM work_orders w
        WHERE w.vin IS NOT NULL AND w.opened_at < :until{only} AND EXISTS (
          SELECT 1 FROM work_order_service_types s
          WHERE s.work_order_number = w.number AND s.service_type IN ({kinds}))
      ) ranked WHERE rk = 1
    ),
    base AS (
      SELECT v.customer_number AS c, v.vin,
        v.next_maintenance_on IS NOT NULL AND (lm.d IS NULL OR lm.d < {dn("v.next_maintenance_on")})
          AS explicit,
        {dn("v.next_maintenance_on")} AS explicit_d,
        CASE WHEN lm.d IS NOT NULL OR v.first_maintenance_on IS NOT NULL
          THEN {dn("coalesce(lm.on_d, v.first_maintenance_on)")} ELSE {dn("v.purchased_on")}
          END AS start_d,
        CASE WHEN lm.d IS NOT NULL OR v.first_maintenance_on IS NOT NULL
          THEN {dn(months("coalesce(lm.on_d, v.first_maintenance_on)", pol.interval_months))}
          ELSE {dn(months("v.purchased_on", pol.first_service_months))} END AS time_d,
        CASE WHEN lm.d IS NOT NULL THEN lm.km + {pol.interval_km}
          WHEN v.first_maintenance_on IS NOT NULL THEN NULL
          ELSE {pol.first_service_km} END AS target,
        CASE WHEN o.first_d = o.newest_d THEN {dn("v.purchased_on")} ELSE o.first_d END AS a_d,
        CASE WHEN o.first_d = o.newest_d THEN 0 ELSE o.first_km END AS a_km,
        o.vin IS NOT NULL AND (o.first_d <> o.newest_d OR {dn("v.purchased_on")} < o.newest_d)
          AS has_rate,
        o.peak, o.newest_d,
        v.next_maintenance_on IS NOT NULL OR v.purchased_on IS NOT NULL
          OR v.first_maintenance_on IS NOT NULL OR lm.d IS NOT NULL AS anchored{backwards}
      FROM vehicles v JOIN customers k ON k.number = v.customer_number
        LEFT JOIN lm ON lm.vin = v.vin LEFT JOIN odo2 o ON o.vin = v.vin{scoped}
    ),
    rated AS (
      SELECT *, CASE WHEN has_rate THEN (200 * (peak - a_km) + (newest_d - a_d))
          {quotient} (2 * (newest_d - a_d)) END AS cents FROM base
    ),
    reached AS (
      SELECT r.vin, min(dd.d) AS reached_d
      FROM rated r JOIN dd ON dd.vin = r.vin AND dd.top >= r.target
      WHERE r.target IS NOT NULL AND r.peak >= r.target GROUP BY r.vin
    ),
    predicted AS (
      SELECT rated.*, reached.reached_d,
        CASE WHEN target IS NOT NULL AND peak < target AND cents > 0
          THEN newest_d + (100 * (target - peak) + cents - 1) {quotient} cents END AS ahead_d
      FROM rated LEFT JOIN reached ON reached.vin = rated.vin
    ),
    mileage AS (
      SELECT *, CASE
        WHEN reached_d IS NOT NULL THEN CASE WHEN reached_d > start_d THEN reached_d
          ELSE start_d END
        WHEN ahead_d IS NOT NULL THEN CASE WHEN ahead_d > start_d THEN ahead_d ELSE start_d END
        END AS mileage_d FROM predicted
    ),
    due AS (
      SELECT c, vin, CASE WHEN NOT anchored THEN NULL WHEN explicit THEN explicit_d {refused}
        WHEN mileage_d IS NOT NULL AND mileage_d < time_d THEN mileage_d ELSE time_d END AS d
      FROM mileage
    )"""


def sql_maintenance(engine: sa.Engine, day: date) -> list[tuple[str, str, date]]:
    pol = SERVICE_POLICY
    query = f"""
    WITH {_next_due_sql(engine, pol)}
    SELECT c, vin, d FROM due WHERE d BETWEEN :oldest AND :end
    """
    today = (day - date(1970, 1, 1)).days
    params = _bind(engine, day) | {"oldest": today - pol.overdue_days, "end": today + HORIZON}
    with engine.connect() as connection:
        rows = connection.execute(sa.text(query), params).all()
    return sorted((c, vin, date(1970, 1, 1) + timedelta(days=int(d))) for c, vin, d in rows)


def sql_duplicates(engine: sa.Engine, day: date) -> list[tuple[str, str, tuple[str, ...]]]:
    # No same-VIN query: the VIN is the vehicles table's unique key.
    exact = " UNION ALL ".join(
        f"""SELECT '{reason}', {column}, number FROM customers
        WHERE merged_into IS NULL AND {column} IN (SELECT {column} FROM customers
          WHERE merged_into IS NULL AND {column} IS NOT NULL
          GROUP BY {column} HAVING count(*) > 1)"""
        for reason, column in _EXACT
    )
    phones = """
    WITH phones AS (
      SELECT number, name, mobile, mobile AS p FROM customers
        WHERE merged_into IS NULL AND mobile IS NOT NULL
      UNION SELECT number, name, mobile, phone FROM customers
        WHERE merged_into IS NULL AND phone IS NOT NULL
      UNION SELECT number, name, mobile, office_phone FROM customers
        WHERE merged_into IS NULL AND office_phone IS NOT NULL
    )
    SELECT p, number, name, mobile FROM phones
    WHERE p IN (SELECT p FROM phones GROUP BY p HAVING count(DISTINCT number) > 1)
    """
    with engine.connect() as connection:
        found: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        for reason, key, number in connection.execute(sa.text(exact)):
            found[reason, key].append(number)
        buckets: defaultdict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        for phone, number, name, mobile in connection.execute(sa.text(phones)):
            buckets[phone].append((number, name, mobile))
    rows = [(reason, key, tuple(sorted(numbers))) for (reason, key), numbers in found.items()]
    return sorted(rows + _name_clusters(buckets, ARCHIVE_POLICY.similar_name_max_edits))


def sql_fleet(engine: sa.Engine, day: date) -> list[tuple[str, str]]:
    query = """
    SELECT number, COALESCE(fleet_class, CASE
      WHEN vehicles >= :a AND influential AND purchase_plan = 'this_year' THEN 'A'
      WHEN vehicles >= :b AND purchase_plan IN ('this_year', 'within_two_years') THEN 'B'
      ELSE 'C' END)
    FROM fleet_accounts
    """
    params = {"a": FLEET_POLICY.a_min_vehicles, "b": FLEET_POLICY.b_min_vehicles}
    with engine.connect() as connection:
        return sorted((n, c) for n, c in connection.execute(sa.text(query), params))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _anniversary(born: date, day: date) -> date:
    for year in (day.year, day.year + 1):
        try:
            candidate = born.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= day:
            return candidate
    raise AssertionError(born)


# --------------------------------------------------------------------------- timing


def _timed(action: Callable[[], Any], repeat: int, memory: bool) -> tuple[float, float, Any]:
    """Best time of ``repeat`` runs, and the peak Python memory of one more (MiB; NaN
    when ``memory`` is off)."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    if not memory:
        return best, float("nan"), result
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20, result


QUESTIONS: list[tuple[str, Callable[..., Any], Callable[..., Any], Callable[..., Any],
                      Callable[..., Any], Callable[..., Any]]] = [
    ("lost customers", lost.lost_customers_report, twins.lost_customers_report,
     _lost_rows, pandas_lost, sql_lost),
    ("early warning + birthdays", churn_warning.early_warning, twins.early_warning,
     _warning_rows, pandas_warning, sql_warning),
    ("birthdays within 30 days", pure_birthdays, twin_birthdays,
     _birthday_rows, pandas_birthdays, sql_birthdays),
    ("maintenance due (km + time)", pure_maintenance, twin_maintenance,
     _maintenance_rows, pandas_maintenance, sql_maintenance),
    ("duplicate customers", pure_duplicates, twin_duplicates,
     _duplicate_rows, pandas_duplicates, sql_duplicates),
    ("fleet classes A/B/C", pure_fleet, twin_fleet,
     _fleet_rows, pandas_fleet, sql_fleet),
]  # fmt: skip


def _load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def _commit() -> str:
    """The checkout's commit (and ``+`` when it has uncommitted changes), if git says."""
    here = Path(__file__).parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=here, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=here,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "?"
    return f"{head}{'+' if dirty else ''}" or "?"


def _growth(seconds: float, before: float | None) -> str:
    """``seconds`` over the smaller run's time; blank when there is none or it is too short."""
    if before is None or before < 0.005:
        return ""
    return f"{seconds / before:.1f}"


def _hand(label: str) -> str | None:
    """The hand-written SQL path a twin's time is set against (itself for hand SQL)."""
    for prefix in ("twin on ", "hand SQL on "):
        if label.startswith(prefix):
            return "hand SQL on " + label.removeprefix(prefix)
    return None


class Table:
    """The figures printed: one line per path of each question, then the sums.

    Plain columns for the terminal, or Markdown rows (``markdown``) for the guide;
    ``before`` holds a smaller run's seconds, for the growth column.
    """

    def __init__(self, before: dict[str, dict[str, float]], smaller: str, markdown: bool):
        self.before, self.smaller, self.markdown = before, smaller, markdown

    def header(self) -> None:
        grown = f"÷ {self.smaller}" if self.before else ""
        if self.markdown:
            extra = f" ÷ {self.smaller} |" if self.before else ""
            print("| question | path | seconds | × pandas | × hand SQL | peak MiB |" + extra)
            print("|---|---|---|---|---|---|" + ("---|" if self.before else ""))
            return
        print(
            f"\n{'question':28} {'path':26} {'seconds':>9} {'× pandas':>9} "
            f"{'× hand SQL':>11} {'peak MiB':>9}{grown:>9}"
        )

    def line(
        self, name: str, label: str, times: dict[str, float], peaks: dict[str, float], first: bool
    ) -> None:
        seconds = times[label]
        hand = _hand(label)
        versus_sql = "" if hand is None or hand not in times else f"{seconds / times[hand]:.2f}×"
        pandas = times.get("pandas (hand-written)")
        versus_pandas = "" if not pandas else f"{seconds / pandas:.1f}×"
        peak = peaks.get(label, float("nan"))
        growth = _growth(seconds, self.before.get(name, {}).get(label)) if self.before else ""
        shown_peak = "—" if peak != peak else f"{peak:.1f}"  # NaN: not measured
        if self.markdown:
            extra = f" {growth or '—'} |" if self.before else ""
            question = name if first else ""
            print(
                f"| {question} | {label} | {seconds:.3f} | {versus_pandas} | {versus_sql} "
                f"| {'' if peak != peak else shown_peak} |{extra}"
            )
            return
        print(
            f"{name:28} {label:26} {seconds:9.3f} {versus_pandas:>9} {versus_sql:>11} "
            f"{shown_peak:>9}{growth:>9}"
        )

    def totals(self, results: dict[str, dict[str, float]]) -> dict[str, float]:
        """Print and return each path's time summed over the questions (all of them ran)."""
        labels = list(next(iter(results.values()), {}))
        totals: dict[str, float] = {}
        if self.markdown:
            grown = f" ÷ {self.smaller} |" if self.before else ""
            print(f"\n| all questions together | seconds |{grown}")
            print("|---|---|" + ("---|" if self.before else ""))
        else:
            print(f"\n{'all questions together':55} {'seconds':>9}{'':31}")
        for label in labels:
            if not all(label in times for times in results.values()):
                continue
            totals[label] = sum(times[label] for times in results.values())
            earlier = (
                sum(self.before[q][label] for q in results)
                if all(label in self.before.get(q, {}) for q in results)
                else None
            )
            growth = _growth(totals[label], earlier) if self.before else ""
            if self.markdown:
                extra = f" {growth or '—'} |" if self.before else ""
                print(f"| {label} | {totals[label]:.3f} |{extra}")
            else:
                print(f"{'':28} {label:26} {totals[label]:9.3f}{'':31}{growth:>9}")
        return totals


def _report(files: list[Path], table: Table) -> None:
    """Print the figures of earlier ``--json-out`` files (several: their questions merged)."""
    results: dict[str, dict[str, float]] = {}
    peaks: dict[str, dict[str, float]] = {}
    for file in files:
        summary = json.loads(file.read_text(encoding="utf-8"))
        print(
            f"{file.name}: commit {summary['commit']}, {summary['group']}, "
            f"repeat {summary['repeat']}, {summary['load_averages'][0]} .. "
            f"{summary['load_averages'][-1]}"
        )
        results.update(summary["seconds"])
        peaks.update(summary.get("peak_mib", {}))
    table.header()
    for name, times in results.items():
        for index, label in enumerate(times):
            table.line(name, label, times, peaks.get(name, {}), index == 0)
    table.totals(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(__file__).parent / ".cache")
    parser.add_argument(
        "--postgres", default=None, help="a PostgreSQL database URL (the group gets a schema)"
    )
    parser.add_argument(
        "--only",
        default="",
        help="only the questions whose name holds this (several: comma-separated)",
    )
    parser.add_argument(
        "--no-memory",
        dest="memory",
        action="store_false",
        help="skip the extra run that measures peak memory (halves a large run)",
    )
    parser.add_argument(
        "--no-pure",
        dest="pure",
        action="store_false",
        help="skip the pure rules (and reading the snapshot out of the cache); the twins "
        "are then checked against each other and against the analyst's answers",
    )
    parser.add_argument(
        "--json-out", type=Path, default=None, help="write the times to this JSON file"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        default=None,
        help="a --json-out file of a smaller run: print the growth of each path",
    )
    parser.add_argument(
        "--report",
        type=Path,
        nargs="+",
        default=None,
        help="run nothing: print the figures of these --json-out files (questions merged)",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="with --report: print Markdown tables"
    )
    args = parser.parse_args()
    before: dict[str, dict[str, float]] = {}
    smaller = ""
    if args.compare:
        earlier = json.loads(args.compare.read_text(encoding="utf-8"))
        before = earlier["seconds"]
        smaller = f"{earlier['group']['customers'] / 1000:.0f} k"
    table = Table(before, smaller, args.markdown)
    if args.report:
        _report(args.report, table)
        return

    commit = _commit()  # once: the checkout may change while a long run goes on
    print(f"commit {commit}; {_load_average()}")
    shop, database, duck = _group(args.customers, args.seed, args.cache, pure=args.pure)
    engines: dict[str, SqlArchive] = {
        "SQLite": SqlArchive.from_url(f"sqlite:///{database}", create=False),
        "DuckDB": SqlArchive.from_url(f"duckdb:///{duck}", create=False),
    }
    counts = _counts(engines["SQLite"].engine)
    print(
        f"group: {counts['customers']} customers, {counts['vehicles']} vehicles, "
        f"{counts['work_orders']} work orders, {counts['fleet_accounts']} fleet accounts, "
        f"as of {AS_OF}"
    )
    if args.postgres:
        schema = f"daily_{args.customers}_{args.seed}"
        engines["PostgreSQL"] = _postgres(args.postgres, database, schema)
    started = time.perf_counter()
    frames = Frames(database)
    print(f"read the analyst's data frames in {time.perf_counter() - started:.1f} s")
    loads = [_load_average()]
    print(f"before the questions: {loads[0]}")

    questions = [
        q for q in QUESTIONS if not args.only or any(w in q[0] for w in args.only.split(","))
    ]
    table.header()
    results: dict[str, dict[str, float]] = {}
    peaks: dict[str, dict[str, float]] = {}
    answers: dict[str, int] = {}
    for name, pure, twin, rows_of, by_pandas, by_sql in questions:
        t_pandas, m_pandas, r_pandas = _timed(
            partial(by_pandas, frames, AS_OF), args.repeat, args.memory
        )
        lines: list[tuple[str, float, float]] = []
        reference: Any = None
        if shop is not None:
            t_pure, m_pure, reference = _timed(
                partial(pure, shop, as_of=AS_OF), args.repeat, args.memory
            )
            lines.append(("pure rule (memory)", t_pure, m_pure))
        lines.append(("pandas (hand-written)", t_pandas, m_pandas))
        expected: Answer | None = None if reference is None else rows_of(reference)
        if expected is not None:
            assert _same(r_pandas, expected), f"{name}: pandas differs from the pure rule"
        first = "the pure rule"
        for label, archive in engines.items():
            t_twin, m_twin, r_twin = _timed(
                partial(twin, archive, as_of=AS_OF), args.repeat, args.memory
            )
            if reference is None:
                # No pure rule: the first twin is the reference, checked by the analyst.
                reference, expected, first = r_twin, rows_of(r_twin), f"the {label} twin"
                assert _same(r_pandas, expected), f"{name}: pandas differs from {first}"
            assert r_twin == reference, f"{name}: the {label} twin differs from {first}"
            t_sql, m_sql, r_sql = _timed(
                partial(by_sql, archive.engine, AS_OF), args.repeat, args.memory
            )
            assert expected is not None
            assert _same(r_sql, expected), f"{name}: hand-written SQL on {label} differs"
            lines.append((f"twin on {label}", t_twin, m_twin))
            lines.append((f"hand SQL on {label}", t_sql, m_sql))
        results[name] = {label: seconds for label, seconds, _ in lines}
        peaks[name] = {label: peak for label, _, peak in lines if peak == peak}
        for index, (label, _, _) in enumerate(lines):
            table.line(name, label, results[name], peaks[name], index == 0)
        assert expected is not None
        rows, held = expected
        answers[name] = len(rows)
        loads.append(_load_average())
        print(f"{'':28} answer rows: {len(rows)} (+{len(held)} left off); {loads[-1]}")

    # Every question at once, per path: what a morning's batch costs.
    totals = table.totals(results)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {peak_rss:.0f} MiB; after: {_load_average()}")
    if args.json_out:
        summary = {
            "commit": commit,
            "group": counts,
            "as_of": AS_OF.isoformat(),
            "repeat": args.repeat,
            "load_averages": loads,
            "peak_rss_mib": round(peak_rss),
            "answer_rows": answers,
            "seconds": results,
            "peak_mib": peaks,
            "together": totals,
        }
        args.json_out.write_text(json.dumps(summary, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
