"""A backup written from ``SqlArchive.stream()`` is the backup written from a snapshot.

The stream reads the archive a chunk at a time in one transaction; the JSON Lines
file it gives must be byte for byte the one ``export_jsonl(archive.snapshot())``
gives, and restoring it and streaming again must give the same bytes once more.
"""

from __future__ import annotations

import io
from datetime import date

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.json import export_jsonl, import_jsonl  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.errors import InvalidFormat  # noqa: E402
from autocrm.testing.synthetic import generate_dealership  # noqa: E402

SHOP = generate_dealership(seed=3, customers=12, as_of=date(2026, 11, 24))


def _streamed(archive: SqlArchive, chunk_size: int) -> str:
    buffer = io.StringIO()
    with archive.stream(chunk_size=chunk_size) as records:
        export_jsonl(records, buffer)
    return buffer.getvalue()


@pytest.fixture
def archive(engine: sa.Engine) -> SqlArchive:
    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(SHOP)
    return archive


@pytest.mark.parametrize("chunk_size", [50, 10_000])
def test_a_streamed_backup_is_the_snapshot_backup_byte_for_byte(
    archive: SqlArchive, chunk_size: int
) -> None:
    expected = io.StringIO()
    export_jsonl(archive.snapshot(), expected)
    assert _streamed(archive, chunk_size) == expected.getvalue()
    assert SHOP.work_orders  # a backup of every kind of record
    assert SHOP.complaints
    assert SHOP.followups


def test_a_streamed_backup_restores_and_streams_back_to_the_same_bytes(
    archive: SqlArchive, tmp_path: object
) -> None:
    first = _streamed(archive, 40)
    copy = SqlArchive.from_url("sqlite://")
    copy.restore(import_jsonl(first.splitlines()))
    assert _streamed(copy, 40) == first
    assert copy.snapshot() == archive.snapshot()


def test_a_stream_to_a_path_writes_the_file(archive: SqlArchive, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "backup.jsonl"
    with archive.stream(chunk_size=40) as records:
        written = export_jsonl(records, path)
    assert written == sum(len(getattr(SHOP, name)) for name in ("customers", "vehicles")) + sum(
        len(getattr(SHOP, name))
        for name in (
            "readings",
            "work_orders",
            "followups",
            "complaints",
            "appointments",
            "fleet_accounts",
            "audit",
        )
    )
    assert path.read_text(encoding="utf-8") == _streamed(archive, 10_000)


@pytest.mark.parametrize("chunk_size", [0, -1, True, 2.5, "10"])
def test_a_chunk_size_that_is_not_a_whole_number_is_refused(chunk_size: object) -> None:
    archive = SqlArchive.from_url("sqlite://")
    with pytest.raises(InvalidFormat) as refused, archive.stream(chunk_size=chunk_size):  # type: ignore[arg-type]
        pass
    assert refused.value.field == "chunk_size"


def test_a_collection_a_snapshot_does_not_have_is_refused() -> None:
    with SqlArchive.from_url("sqlite://").stream() as records, pytest.raises(InvalidFormat):
        list(records.records("invoices"))
