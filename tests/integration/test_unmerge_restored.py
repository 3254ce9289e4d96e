"""Un-merging on an archive built by restore or import, on every engine.

The merge's MERGE audit entry is what says what moved: an archive restored from a
backup that holds it un-merges as the archive the merge was made in; one built without
it (a backup stripped of its audit trail, a bulk load) refuses, saying what is missing.
"""

from __future__ import annotations

import io
from datetime import datetime

import attrs
import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.json import export_jsonl, import_jsonl  # noqa: E402
from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle  # noqa: E402
from autocrm.errors import UnmergeRefused  # noqa: E402

AT = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)


def _merged_shop() -> tuple[Snapshot, Snapshot]:
    """A shop before and after 王建国's second record (with his car) was merged into his first."""
    shop = MemoryArchive()
    kept = shop.add(Customer(name="王建国", mobile="13800138000"), actor="客服-李娜", at=AT)
    gone = shop.add(Customer(name="王建国", tags={"vip"}), actor="客服-李娜", at=AT)
    shop.add(Vehicle("LFV2A21K3D3109826", gone.number), actor="客服-李娜", at=AT)
    before = shop.snapshot()
    shop.merge(kept.number, gone.number, actor="客服-李娜", at=AT, reason="同一车主")
    return before, shop.snapshot()


def _backup(snapshot: Snapshot) -> Snapshot:
    """``snapshot`` through a JSON-lines backup and back."""
    text = io.StringIO()
    export_jsonl(snapshot, text)
    text.seek(0)
    return import_jsonl(text)


def test_a_restored_archive_unmerges_as_the_original(engine: sa.Engine) -> None:
    upgrade(engine)
    before, merged = _merged_shop()
    archive = SqlArchive(engine)
    archive.restore(_backup(merged))
    result = archive.unmerge("C000002", actor="客服-李娜", at=AT, reason="不是同一人")
    assert result.summary() == (
        "C000002 parted from C000001 again: 1 vehicle; the survivor gave back 1 tag"
    )
    after = archive.snapshot()
    assert after.customers == before.customers
    assert after.vehicles == before.vehicles
    assert [e.action.value for e in after.audit][-2:] == ["merge", "unmerge"]


def test_without_the_merge_entry_the_refusal_says_what_is_missing(engine: sa.Engine) -> None:
    upgrade(engine)
    _, merged = _merged_shop()
    archive = SqlArchive(engine)
    archive.restore(attrs.evolve(merged, audit=()))
    with pytest.raises(UnmergeRefused, match="no MERGE audit entry") as refused:
        archive.unmerge("C000002", actor="客服-李娜", at=AT, reason="不是同一人")
    assert "is merged into C000001" in str(refused.value)
    assert refused.value.field == "duplicate"
    assert archive.snapshot() == attrs.evolve(merged, audit=())  # nothing written
    with pytest.raises(UnmergeRefused, match="C000001 is not merged into another customer"):
        archive.unmerge("C000001", actor="客服-李娜", at=AT, reason="不是同一人")


def test_the_memory_archive_refuses_in_the_same_words() -> None:
    _, merged = _merged_shop()
    archive = MemoryArchive()
    archive.restore(attrs.evolve(merged, audit=()))
    sql = SqlArchive.from_url("sqlite://")
    sql.restore(attrs.evolve(merged, audit=()))
    errors = []
    for shop in (archive, sql):
        with pytest.raises(UnmergeRefused) as refused:
            shop.unmerge("C000002", actor="客服-李娜", at=AT, reason="不是同一人")
        errors.append(str(refused.value))
    assert errors[0] == errors[1]
    assert "restore a backup that includes the audit trail" in errors[0]
