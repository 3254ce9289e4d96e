"""Benchmark: loading a dealership group from its DMS export (CSV and Parquet).

Writes the synthetic group (``generate_dealership``) as the tables a DMS exports
(customers, vehicles, work orders, work-order lines, complaints), then imports them
with ``autocrm.adapters.tables.import_tables`` into SQLite (and PostgreSQL with
``--db``), each import in a child process of its own so that its peak memory is its
own. Prints rows/s, peak memory and the ratio to pandas reading the same files (the
reference: a read with no validation and no writing); then, from the archive the CSV
import wrote, reading it back with ``snapshot()`` and writing a JSON Lines backup
streamed (``SqlArchive.stream()``) and from a snapshot, each in a process of its own
(rows: the records and their work-order lines read back; a backup also prints its
records alone); and how fast domain objects are built from plain values. Never asserts a time.
Construction and read-back also print their rate per CPU second of the process,
which a machine shared with other jobs disturbs far less than the wall clock.

    python benchmarks/load.py                      # 10 000 customers
    python benchmarks/load.py --customers 100000   # the design's scale (1 M work orders)
    python benchmarks/load.py --db postgresql+psycopg://postgres@127.0.0.1:54329/bench
    python benchmarks/load.py --profile            # cProfile of one CSV import into SQLite
    git archive v1 src | tar -x -C /tmp/before     # an older autocrm to compare with:
    python benchmarks/load.py --baseline /tmp/before/src --only read   # before/after pairs
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from autocrm.domain import CHINA_TZ

AS_OF = date(2026, 11, 24)

MAPPING = """
[defaults]
timezone = "Asia/Shanghai"

[customers]
files = ["customers.*"]
values.kind = { "个人" = "person", "单位" = "company" }
values.gender = { "男" = "male", "女" = "female", "未知" = "unknown" }

[customers.columns]
number = "客户编号"
name = "客户名称"
kind = "客户类型"
gender = "性别"
birth_date = "出生日期"
resident_id = "身份证号"
uscc = "统一社会信用代码"
mobile = "手机"
owner = "归属顾问"
registered_on = "建档日期"

[vehicles]
files = ["vehicles.*"]

[vehicles.columns]
vin = "车架号"
customer_number = "客户编号"
plate = "车牌号"
brand = "品牌"
model = "车型"
purchased_on = "购车日期"
insurer = "保险公司"
insurance_renewal_on = "保险到期"

[work_orders]
files = ["work_orders.*"]

[work_orders.columns]
number = "工单号"
customer_number = "客户编号"
vin = "车架号"
opened_at = "进厂时间"
closed_at = "结算时间"
service_types = "维修类型"
mileage_km = "进厂里程"
service_advisor = "服务顾问"

[work_order_lines]
files = ["work_order_lines.*"]
money_unit = "fen"
values.payer = { "自费" = "self", "保险" = "insurance", "索赔" = "warranty", "内部" = "internal" }

[work_order_lines.columns]
work_order_number = "工单号"
description = "项目"
amount = "金额(分)"
payer = "付费方"
kind = "类别"

[complaints]
files = ["complaints.*"]

[complaints.columns]
number = "投诉编号"
customer_number = "客户编号"
vin = "车架号"
received_at = "受理时间"
level = "等级"
status = "状态"
cause = "原因"
description = "描述"
resolved_at = "解决时间"
closed_at = "关闭时间"
"""


def _stamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _tables(customers: int) -> dict[str, list[dict[str, Any]]]:
    from autocrm.testing.synthetic import generate_dealership

    shop = generate_dealership(seed=1, customers=customers, as_of=AS_OF)
    lines = []
    for order in shop.work_orders:
        for line in order.lines:
            lines.append(
                {
                    "工单号": order.number,
                    "项目": line.description,
                    "金额(分)": str(int(line.amount * 100)),
                    "付费方": line.payer.label,
                    "类别": line.kind.label,
                }
            )
    return {
        "customers": [
            {
                "客户编号": c.number,
                "客户名称": c.name,
                "客户类型": c.kind.label,
                "性别": c.gender.label,
                "出生日期": _day(c.birth_date),
                "身份证号": c.resident_id,
                "统一社会信用代码": c.uscc,
                "手机": None if c.mobile is None else c.mobile.removeprefix("+86"),
                "归属顾问": c.owner,
                "建档日期": _day(c.registered_on),
            }
            for c in shop.customers
        ],
        "vehicles": [
            {
                "车架号": v.vin,
                "客户编号": v.customer_number,
                "车牌号": v.plate,
                "品牌": v.brand,
                "车型": v.model,
                "购车日期": _day(v.purchased_on),
                "保险公司": v.insurer,
                "保险到期": _day(v.insurance_renewal_on),
            }
            for v in shop.vehicles
        ],
        "work_orders": [
            {
                "工单号": o.number,
                "客户编号": o.customer_number,
                "车架号": o.vin,
                "进厂时间": _stamp(o.opened_at),
                "结算时间": _stamp(o.closed_at),
                "维修类型": "、".join(sorted(t.label for t in o.service_types)),
                "进厂里程": None if o.mileage_km is None else str(o.mileage_km),
                "服务顾问": o.service_advisor,
            }
            for o in shop.work_orders
        ],
        "work_order_lines": lines,
        "complaints": [
            {
                "投诉编号": c.number,
                "客户编号": c.customer_number,
                "车架号": c.vin,
                "受理时间": _stamp(c.received_at),
                "等级": c.level.label,
                "状态": c.status.label,
                "原因": None if c.cause is None else c.cause.label,
                "描述": c.description,
                "解决时间": _stamp(c.resolved_at),
                "关闭时间": _stamp(c.closed_at),
            }
            for c in shop.complaints
        ],
    }


class _Plain:
    """A domain object as plain values (codes, lists, texts), with the class to build it."""

    __slots__ = ("kind", "values")

    def __init__(self, kind: type[Any], values: dict[str, Any]) -> None:
        self.kind = kind
        self.values = values


def _plain(value: Any) -> Any:
    """A domain value as plain Python values, as a file reader hands them over."""
    import enum

    import attrs

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (frozenset, tuple, list)):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        kind = type(value)
        return _Plain(kind, {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(kind)})
    if isinstance(value, str) and value.startswith("+86"):
        return value.removeprefix("+86")  # a mobile as a DMS writes it
    return value


def _built(plain: _Plain) -> tuple[Any, int]:
    """Build ``plain`` through its constructor, its parts first; return it and the count."""
    values, built = {}, 1
    for name, value in plain.values.items():
        if type(value) is _Plain:
            value, count = _built(value)
            built += count
        elif type(value) is list and value and type(value[0]) is _Plain:
            parts = [_built(item) for item in value]
            value = [part for part, _ in parts]
            built += sum(count for _, count in parts)
        values[name] = value
    return plain.kind(**values), built


#: The snapshot collections built from plain values: every record a DMS export brings.
_CONSTRUCTED = ("customers", "vehicles", "work_orders", "readings", "followups", "complaints")


def _construct(customers: int) -> dict[str, Any]:
    """Build customers, vehicles, work orders (with lines), odometer readings, follow-ups
    (with call attempts) and complaints from plain values: the constructors alone.

    Every object counts, the parts too (a work order's lines, a follow-up's attempts);
    the best of three rounds is kept, wall clock and this process's CPU time.
    """
    from autocrm.testing.synthetic import generate_dealership

    shop = generate_dealership(seed=1, customers=customers, as_of=AS_OF)
    plain = [_plain(record) for name in _CONSTRUCTED for record in getattr(shop, name)]
    del shop
    for record in plain:
        record.values.pop("version", None)
    best: dict[str, Any] = {}
    for _ in range(3):
        objects = 0
        started, cpu = time.perf_counter(), time.process_time()
        for record in plain:
            objects += _built(record)[1]
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        if not best or seconds < best["seconds"]:
            best = {"seconds": seconds, "cpu": cpu, "rows": objects}
    return best


def _write(tables: dict[str, list[dict[str, Any]]], directory: Path) -> dict[str, list[Path]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    files: dict[str, list[Path]] = {"csv": [], "parquet": []}
    for name, rows in tables.items():
        columns = list(rows[0])
        table = pa.table({c: pa.array([r[c] for r in rows], type=pa.string()) for c in columns})
        pacsv.write_csv(table, directory / f"{name}.csv")
        pq.write_table(table, directory / f"{name}.parquet")
        files["csv"].append(directory / f"{name}.csv")
        files["parquet"].append(directory / f"{name}.parquet")
    return files


def _import(paths: list[str], db: str) -> dict[str, Any]:
    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.adapters.tables import import_tables, mapping_from_toml

    archive = SqlArchive.from_url(db)
    started, cpu = time.perf_counter(), time.process_time()
    result = import_tables(
        paths,
        mapping_from_toml(MAPPING),
        archive,
        at=datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ),
    )
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if not result.written:
        raise SystemExit(f"nothing written: {result.refused[:3]}")
    return {"seconds": seconds, "rows": result.rows, "cpu": cpu}


def _read(db: str) -> dict[str, Any]:
    """Read the whole archive back with snapshot(); rows = records + work-order lines."""
    from autocrm.adapters.sqlalchemy import SqlArchive

    archive = SqlArchive.from_url(db, create=False)
    started, cpu = time.perf_counter(), time.process_time()
    snapshot = archive.snapshot()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rows = sum(
        len(getattr(snapshot, name))
        for name in ("customers", "vehicles", "work_orders", "complaints", "audit")
    ) + sum(len(order.lines) for order in snapshot.work_orders)
    return {"seconds": seconds, "cpu": cpu, "rows": rows}


def _export(db: str, *, streamed: bool) -> dict[str, Any]:
    """Write a JSON Lines backup, streamed or from a snapshot.

    rows = records written + their work-order lines: the rows read back from the
    store, counted as ``_read`` counts them; ``records`` = the backup's record lines.
    """
    from autocrm.adapters.json import export_jsonl
    from autocrm.adapters.sqlalchemy import SqlArchive

    archive = SqlArchive.from_url(db, create=False)
    target = Path(tempfile.mkdtemp()) / "backup.jsonl"
    started, cpu = time.perf_counter(), time.process_time()
    if streamed:
        with archive.stream() as records:
            written = export_jsonl(records, target)
    else:
        written = export_jsonl(archive.snapshot(), target)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    lines = 0
    with target.open(encoding="utf-8") as backup:
        for text in backup:
            if text.startswith('{"data": ') and text.endswith('"type": "work_order"}\n'):
                lines += len(json.loads(text)["data"]["lines"])
    target.unlink()
    return {"seconds": seconds, "cpu": cpu, "rows": written + lines, "records": written}


def _pandas(paths: list[str]) -> dict[str, Any]:
    import pandas as pd

    started = time.perf_counter()
    rows = 0
    for path in paths:
        frame = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path, dtype=str)
        rows += len(frame)
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _pandas_write(paths: list[str], db: str) -> dict[str, Any]:
    """The hand-written reference: pandas reads the files and writes them as they are.

    No validation, no audit trail, no keys checked: SQLite and PostgreSQL through
    ``DataFrame.to_sql`` (PostgreSQL with a COPY per chunk, as pandas' documentation
    shows), DuckDB by a ``CREATE TABLE ... AS SELECT`` from the registered frame.
    """
    import io

    import pandas as pd
    import sqlalchemy as sa

    def copy(table: Any, connection: Any, keys: list[str], rows: Any) -> None:
        buffer = io.StringIO()
        pd.DataFrame(list(rows), columns=keys).to_csv(buffer, index=False, header=False)
        driver = connection.connection.driver_connection
        columns = ", ".join(f'"{k}"' for k in keys)
        with driver.cursor().copy(
            f'COPY "{table.name}" ({columns}) FROM STDIN (FORMAT csv)'
        ) as writer:
            writer.write(buffer.getvalue())

    started = time.perf_counter()
    rows = 0
    if db.startswith("duckdb"):
        import duckdb

        connection = duckdb.connect(db.removeprefix("duckdb:///"))
        for path in paths:
            frame = _read_frame(path)
            name = "ref_" + Path(path).stem
            connection.register("frame", frame)
            connection.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
            connection.unregister("frame")
            rows += len(frame)
        connection.close()
    else:
        engine = sa.create_engine(db)
        with engine.begin() as connection:
            for path in paths:
                frame = _read_frame(path)
                frame.to_sql(
                    "ref_" + Path(path).stem,
                    connection,
                    if_exists="replace",
                    index=False,
                    chunksize=10_000,
                    method=copy if db.startswith("postgresql") else None,
                )
                rows += len(frame)
        engine.dispose()
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _read_frame(path: str) -> Any:
    import pandas as pd

    return pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path, dtype=str)


def _child(args: argparse.Namespace) -> None:
    paths = args.child_paths.split(",") if args.child_paths else []
    what, _, db = args.child.partition(":")
    if args.child == "pandas":
        figures = _pandas(paths)
    elif what == "pandas-write":
        figures = _pandas_write(paths, db)
    elif args.child == "construct":
        figures = _construct(int(args.child_paths))
    elif what in ("read", "export", "export-snapshot"):
        figures = _read(db) if what == "read" else _export(db, streamed=what == "export")
    else:
        figures = _import(paths, args.child)
    figures["peak_mib"] = _peak_mib()
    print(json.dumps(figures))


def _peak_mib() -> float:
    """This process's peak resident memory, MiB.

    Linux's VmHWM is this program's own; ``ru_maxrss`` (elsewhere) keeps the peak of
    the parent that forked it, since it survives exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_child(
    what: str, paths: list[Path] | str = "", *, source: str | None = None
) -> dict[str, Any]:
    """Run one measurement in a process of its own (``source``: the autocrm to import)."""
    listed = paths if isinstance(paths, str) else ",".join(str(p) for p in paths)
    command = [sys.executable, __file__, "--child", what, "--child-paths", listed]
    environment = None
    if source is not None:
        environment = {**os.environ, "PYTHONPATH": source}
    out = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--db", help="a PostgreSQL URL (an empty database) to import into too")
    parser.add_argument("--profile", action="store_true", help="cProfile one CSV import")
    parser.add_argument(
        "--baseline",
        metavar="SRC",
        help="the src/ folder of another autocrm (say `git archive` of an older commit): "
        "construction, imports and read-back are measured with it too, back to back",
    )
    parser.add_argument(
        "--only",
        choices=("all", "construct", "read"),
        default="all",
        help="construct: the constructors alone; read: the CSV import and the read-back",
    )
    parser.add_argument(
        "--import-only", action="store_true", help="measure the imports only (no read-back)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-paths", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        tables = _tables(args.customers)
        counts = {name: len(rows) for name, rows in tables.items()}
        files = _write(tables, directory)
        del tables
        print(f"synthetic group written in {time.perf_counter() - started:.1f} s: {counts}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            figures = _import([str(p) for p in files["csv"]], f"sqlite:///{directory}/p.db")
            profiler.disable()
            print(f"profiled CSV import: {figures['rows'] / figures['seconds']:,.0f} rows/s")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            return
        targets = [
            ("sqlite", lambda fmt: f"sqlite:///{directory}/{fmt}.db"),
            ("duckdb", lambda fmt: f"duckdb:///{directory}/{fmt}.duckdb"),
        ]
        if args.db:
            targets.append(("postgresql", lambda fmt: args.db))
        sources = [("", None)] if args.baseline is None else [
            ("before", str(Path(args.baseline).resolve())), ("after", None)
        ]  # fmt: skip
        if args.only in ("all", "construct") and not args.import_only:
            _print_construction(args.customers, sources)
            if args.only == "construct":
                return
        print(f"{'path':26} {'engine':11} {'rows':>9} {'s':>7} {'rows/s':>9} "
              f"{'peak MiB':>9} {'× ref':>9} {'rows/CPU-s':>12}")  # fmt: skip
        print("(× ref: time over pandas' read of the files; an import's, over pandas' write)")
        for fmt in ("csv",) if args.only == "read" else ("csv", "parquet"):
            reference = _run_child("pandas", files[fmt])
            print(
                f"{'pandas read ' + fmt:26} {'':11} {reference['rows']:>9,} "
                f"{reference['seconds']:>7.2f} {reference['rows'] / reference['seconds']:>9,.0f} "
                f"{reference['peak_mib']:>9,.0f} {1:>9.0f}"
            )
            for engine, url in targets:
                if engine == "postgresql":
                    _reset_postgres(args.db)
                written = _run_child(f"pandas-write:{url('ref-' + fmt)}", files[fmt])
                _print_row(f"pandas write {fmt}", engine, written, reference)
                if args.baseline:
                    if engine == "postgresql":
                        _reset_postgres(args.db)
                    before = _run_child(
                        url("before-" + fmt), files[fmt], source=str(Path(args.baseline).resolve())
                    )
                    _print_row(f"import {fmt} (before)", engine, before, written)
                if engine == "postgresql":
                    _reset_postgres(args.db)
                _print_row(f"import {fmt}", engine, _run_child(url(fmt), files[fmt]), written)
                if fmt == "csv" and not args.import_only:  # read back what the import wrote
                    for what in ("read", "export", "export-snapshot"):
                        label = {
                            "read": "read: snapshot()",
                            "export": "backup: streamed",
                            "export-snapshot": "backup: snapshot()",
                        }[what]
                        _print_reads(label, engine, f"{what}:{url(fmt)}", sources)


def _print_construction(customers: int, sources: list[tuple[str, str | None]]) -> None:
    """Time the constructors with each autocrm (before and after), back to back."""
    rates = []
    for side, source in sources:
        built = _run_child("construct", str(customers), source=source)
        rates.append(built["rows"] / built["seconds"])
        print(
            f"domain objects built from plain values{' ' + side if side else ''}: "
            f"{built['rows']:,} in {built['seconds']:.2f} s = {rates[-1]:,.0f} objects/s; "
            f"{built['rows'] / built['cpu']:,.0f} per CPU second "
            f"(peak {built['peak_mib']:,.0f} MiB, load {os.getloadavg()[0]:.1f})"
        )
    if len(rates) == 2:
        print(f"construction after / before: {rates[1] / rates[0]:.2f}×")


def _print_reads(label: str, engine: str, what: str, sources: list[tuple[str, str | None]]) -> None:
    """Time one read-back path with each autocrm (before and after), back to back."""
    rates = []
    for side, source in sources:
        try:
            figures = _run_child(what, source=source)
        except SystemExit as failed:  # e.g. an autocrm without stream()
            print(f"{label:26} {engine:11} failed: {str(failed)[-120:]!r}")
            continue
        _print_row(f"{label} {side}".rstrip(), engine, figures, None)
        rates.append(figures["rows"] / figures["seconds"])
        print(
            f"{'':26} {'':11} {'':>9} {figures['cpu']:>7.1f} "
            f"{figures['rows'] / figures['cpu']:>9,.0f} per CPU second (load "
            f"{os.getloadavg()[0]:.1f})"
        )
        if "records" in figures:  # a backup: its record lines, without the work-order lines
            print(
                f"{'':26} {'':11} {figures['records']:>9,} {'':>7} "
                f"{figures['records'] / figures['cpu']:>9,.0f} records per CPU second"
            )
    if len(rates) == 2:
        print(f"{'':26} {'':11} after / before: {rates[1] / rates[0]:.2f}×")


def _print_row(
    label: str, engine: str, figures: dict[str, Any], reference: dict[str, Any] | None
) -> None:
    rate = figures["rows"] / figures["seconds"]
    ratio = "" if reference is None else f"{figures['seconds'] / reference['seconds']:>9.1f}"
    cpu = figures.get("cpu")
    own = "" if cpu is None else f" {figures['rows'] / cpu:>12,.0f}"
    print(
        f"{label:26} {engine:11} {figures['rows']:>9,} {figures['seconds']:>7.1f} "
        f"{rate:>9,.0f} {figures['peak_mib']:>9,.0f} {ratio:>9}{own}"
    )


def _reset_postgres(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


if __name__ == "__main__":
    main()
