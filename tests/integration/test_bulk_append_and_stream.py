"""Bulk writes: appending to an archive that holds records, atomicity under a failure
half-way (the customer-number counter included), and restoring a backup streamed from
its file, on SQLite, PostgreSQL and DuckDB.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.json import export_jsonl, stream_jsonl  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle, WorkOrder  # noqa: E402
from autocrm.errors import InvalidFormat, ValidationError  # noqa: E402
from autocrm.ports import AlreadyExists, ArchiveNotEmpty  # noqa: E402
from autocrm.testing.synthetic import generate_dealership  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
WANG = Customer("C000001", name="王建国", mobile="13800138000")
CAR = Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345")


@pytest.fixture
def archive(engine: sa.Engine) -> SqlArchive:
    """An archive holding one customer (added one by one: the counter is at 1)."""
    upgrade(engine)
    archive = SqlArchive(engine)
    archive.add(WANG, actor="客服-李娜", at=AT)
    return archive


def _counter(archive: SqlArchive) -> int:
    return archive.snapshot().customer_sequence


def test_load_appends_to_an_archive_that_holds_records(archive: SqlArchive) -> None:
    counts = archive.load(
        [Customer("C000050", name="李娜"), CAR, Customer(name="张伟")],
        actor="导入",
        at=AT,
        append=True,
        chunk_size=2,
    )
    assert counts == {"customer": 2, "vehicle": 1}
    assert archive.count(Customer) == 3
    # The customer without a number got the next one; the counter is past C000050.
    assert {c.number for c in archive.find(Customer)} == {"C000001", "C000002", "C000050"}
    assert _counter(archive) == 50
    assert archive.add(Customer(name="赵敏"), actor="客服-李娜", at=AT).number == "C000051"
    created = [e for e in archive.audit_trail() if e.actor == "导入"]
    assert sorted(e.entity_id for e in created) == [
        "C000002",
        "C000050",
        "LFV2A21K3D3109826",
    ]
    assert archive.get(Vehicle, CAR.vin).version == 1


def test_without_append_a_non_empty_archive_is_still_refused(archive: SqlArchive) -> None:
    with pytest.raises(ArchiveNotEmpty):
        archive.load([CAR], actor="导入", at=AT)
    assert archive.count(Vehicle) == 0


def test_an_appended_key_the_archive_holds_is_refused_and_nothing_is_written(
    archive: SqlArchive,
) -> None:
    with pytest.raises(AlreadyExists) as refused:
        archive.load(
            [Customer("C000090", name="李娜"), CAR, Customer("C000001", name="王建国")],
            actor="导入",
            at=AT,
            append=True,
        )
    assert refused.value.entity_id == "C000001"
    assert archive.count(Customer) == 1
    assert archive.count(Vehicle) == 0
    assert _counter(archive) == 1


def test_a_key_repeated_in_a_later_chunk_is_refused(archive: SqlArchive) -> None:
    # One record a chunk: the repeat is found by looking the chunk's keys up in the
    # archive (the earlier chunk is written, uncommitted), not in a set of every key.
    with pytest.raises(AlreadyExists):
        archive.load(
            [Customer("C000002", name="李娜"), Customer("C000003", name="张伟"),
             Customer("C000002", name="李娜")],
            actor="导入", at=AT, append=True, chunk_size=1,
        )  # fmt: skip
    assert archive.count(Customer) == 1


class _PowerCut(Exception):
    pass


def test_a_failure_in_a_later_chunk_leaves_the_archive_and_its_counter_as_they_were(
    archive: SqlArchive,
) -> None:
    def records() -> Iterator[object]:
        yield Customer("C009000", name="李娜")  # raises the counter inside the transaction
        yield Customer(name="张伟")  # takes a number from the counter
        yield CAR
        raise _PowerCut

    before = archive.snapshot()
    with pytest.raises(_PowerCut):
        archive.load(records(), actor="导入", at=AT, append=True, chunk_size=1)
    assert archive.snapshot() == before
    assert _counter(archive) == 1
    # The counter did not move: the next customer gets C000002.
    assert archive.add(Customer(name="赵敏"), actor="客服-李娜", at=AT).number == "C000002"


# -- restoring a backup streamed from its file ------------------------------------------


@pytest.fixture(scope="module")
def shop() -> Snapshot:
    return generate_dealership(seed=3, customers=15, as_of=date(2026, 11, 24))


@pytest.fixture
def empty(engine: sa.Engine) -> SqlArchive:
    upgrade(engine)
    return SqlArchive(engine)


def test_a_streamed_restore_gives_back_the_backup_byte_for_byte(
    shop: Snapshot, empty: SqlArchive, tmp_path: Path
) -> None:
    backup, again = tmp_path / "backup.jsonl", tmp_path / "again.jsonl"
    export_jsonl(shop, backup)
    empty.restore(stream_jsonl(backup), chunk_size=60)
    assert empty.snapshot() == shop
    with empty.stream(chunk_size=50) as records:
        export_jsonl(records, again)
    assert filecmp.cmp(backup, again, shallow=False)


def test_a_streamed_restore_into_a_non_empty_archive_is_refused(
    shop: Snapshot, archive: SqlArchive, tmp_path: Path
) -> None:
    export_jsonl(shop, tmp_path / "backup.jsonl")
    with pytest.raises(ArchiveNotEmpty):
        archive.restore(stream_jsonl(tmp_path / "backup.jsonl"))
    assert archive.count(Customer) == 1


def _with_manifest_recomputed(lines: list[str]) -> list[str]:
    """The backup's lines with its manifest rewritten to match them (a forger's file)."""
    manifest = json.loads(lines[-1])
    for name, entry in manifest["records"].items():
        own = [line for line in lines[1:-1] if json.loads(line)["type"] == name]
        entry["count"] = len(own)
        entry["sha256"] = hashlib.sha256("".join(f"{line}\n" for line in own).encode()).hexdigest()
    return [*lines[:-1], json.dumps(manifest, ensure_ascii=False, sort_keys=True)]


def test_records_are_built_only_as_the_restore_reads_them(
    shop: Snapshot, empty: SqlArchive, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.jsonl"
    export_jsonl(shop, backup)
    lines = backup.read_text(encoding="utf-8").splitlines()
    orders = [i for i, line in enumerate(lines) if json.loads(line).get("type") == "work_order"]
    last = json.loads(lines[orders[-1]])
    last["data"]["mileage_km"] = -5  # a value the domain refuses, in the last work order
    lines[orders[-1]] = json.dumps(last, ensure_ascii=False, sort_keys=True)
    backup.write_text("\n".join(_with_manifest_recomputed(lines)) + "\n", encoding="utf-8")

    stream = stream_jsonl(backup)  # the file is consistent with its manifest: accepted
    read = stream.records("work_orders")
    first = next(iter(read))
    assert isinstance(first, WorkOrder)  # the records before the bad one come one by one
    with pytest.raises(ValidationError) as refused:
        empty.restore(stream_jsonl(backup), chunk_size=60)
    assert f"line {orders[-1] + 1}" in str(refused.value)
    assert refused.value.field == "mileage_km"
    assert empty.count(Customer) == 0
    assert empty.audit_trail() == []
    assert _counter(empty) == 0


def test_a_backup_changed_after_its_check_is_refused_and_nothing_is_written(
    shop: Snapshot, empty: SqlArchive, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.jsonl"
    export_jsonl(shop, backup)
    stream = stream_jsonl(backup)
    text = backup.read_text(encoding="utf-8")
    first_vehicle = next(line for line in text.splitlines() if '"type": "vehicle"' in line)
    backup.write_text(
        text.replace(first_vehicle, first_vehicle.replace('"brand": "', '"brand": "X')),
        encoding="utf-8",
    )
    with pytest.raises(InvalidFormat, match="vehicle records: the backup changed"):
        empty.restore(stream)
    assert empty.count(Customer) == empty.count(Vehicle) == 0


def test_stream_jsonl_refuses_a_damaged_backup_before_anything_is_read(
    shop: Snapshot, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.jsonl"
    export_jsonl(shop, backup)
    lines = backup.read_text(encoding="utf-8").splitlines()
    backup.write_text("\n".join(lines[:-2] + lines[-1:]) + "\n", encoding="utf-8")
    with pytest.raises(InvalidFormat, match="records: the manifest lists 1, the backup holds 0"):
        stream_jsonl(backup)
    with pytest.raises(InvalidFormat, match="source: expected the path"):
        stream_jsonl(iter(lines))  # type: ignore[arg-type]
