"""Backups carry a manifest; import refuses an empty, header-less, truncated or edited one."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from autocrm.adapters.json import export_jsonl, import_jsonl
from autocrm.domain import CHINA_TZ, AuditEntry, Customer, Snapshot, Vehicle
from autocrm.errors import InvalidFormat

AT = datetime(2026, 11, 24, 10, 0, tzinfo=CHINA_TZ)


def _shop() -> Snapshot:
    return Snapshot(
        customers=[
            Customer(number="C000001", name="王建国", mobile="13800138000"),
            Customer(number="C000002", name="李娜", birth_date=date(1990, 2, 28)),
        ],
        vehicles=[
            Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", plate="粤BD12345"),
        ],
        audit=[
            AuditEntry(
                entity="customer",
                entity_id="C000001",
                action="create",
                actor="客服-李娜",
                at=AT,
            )
        ],
        customer_sequence=2,
    )


def _lines(snapshot: Snapshot | None = None) -> list[str]:
    buffer = io.StringIO()
    export_jsonl(_shop() if snapshot is None else snapshot, buffer)
    return buffer.getvalue().splitlines()


def test_the_last_line_is_a_manifest_with_count_and_sha256_of_every_kind() -> None:
    lines = _lines()
    manifest = json.loads(lines[-1])
    assert manifest["type"] == "manifest"
    assert manifest["version"] == 2
    assert manifest["records"]["customer"]["count"] == 2
    assert manifest["records"]["vehicle"]["count"] == 1
    assert manifest["records"]["work_order"] == {
        "count": 0,
        "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    }
    assert len(lines) == 1 + 2 + 1 + 1 + 1  # header, records, manifest


def test_an_intact_backup_is_read_and_written_again_byte_for_byte() -> None:
    text = "\n".join(_lines()) + "\n"
    again = io.StringIO()
    export_jsonl(import_jsonl(io.StringIO(text)), again)
    assert again.getvalue() == text


def test_an_empty_backup_is_refused() -> None:
    with pytest.raises(InvalidFormat, match="the backup is empty"):
        import_jsonl(io.StringIO(""))


def test_a_backup_starting_with_a_blank_line_is_refused() -> None:
    with pytest.raises(InvalidFormat, match="line 1: blank"):
        import_jsonl(["", *_lines()])


def test_a_backup_without_its_header_is_refused() -> None:
    with pytest.raises(InvalidFormat, match="line 1: not an autocrm-archive backup"):
        import_jsonl(_lines()[1:])


def test_a_truncated_backup_is_refused_naming_the_missing_manifest() -> None:
    with pytest.raises(InvalidFormat, match="ends at line 5 without its manifest") as caught:
        import_jsonl(_lines()[:-1])
    assert caught.value.field == "manifest"


def test_a_lost_record_is_refused_naming_its_kind_and_both_counts() -> None:
    lines = _lines()
    del lines[2]  # the second customer
    with pytest.raises(InvalidFormat) as caught:
        import_jsonl(lines)
    assert caught.value.field == "customer"
    assert str(caught.value) == (
        "customer records: the manifest lists 2, the backup holds 1 (lines lost or added)"
    )


def test_an_edited_record_is_refused_by_its_sha256() -> None:
    lines = _lines()
    lines[1] = lines[1].replace("王建国", "王健国")
    with pytest.raises(InvalidFormat, match="customer records: 2 as the manifest lists") as caught:
        import_jsonl(lines)
    assert caught.value.field == "customer"


def test_records_swapped_within_a_kind_are_refused() -> None:
    lines = _lines()
    lines[1], lines[2] = lines[2], lines[1]
    with pytest.raises(InvalidFormat, match="altered or the records reordered"):
        import_jsonl(lines)


def test_kinds_out_of_order_are_refused_naming_the_line() -> None:
    lines = _lines()
    lines[2], lines[3] = lines[3], lines[2]  # the vehicle before the second customer
    with pytest.raises(InvalidFormat, match="line 4: a customer record after the vehicle"):
        import_jsonl(lines)


def test_an_edited_header_is_refused() -> None:
    lines = _lines()
    lines[0] = lines[0].replace('"customer_sequence": 2', '"customer_sequence": 1')
    with pytest.raises(InvalidFormat, match="line 1: the header is not the one"):
        import_jsonl(lines)


def test_an_edited_manifest_is_refused() -> None:
    lines = _lines()
    lines[-1] = lines[-1].replace(", ", ",  ", 1)
    with pytest.raises(InvalidFormat, match="manifest line is not as autocrm writes it"):
        import_jsonl(lines)


def test_lines_after_the_manifest_are_refused_but_trailing_blank_lines_are_not() -> None:
    lines = _lines()
    assert import_jsonl([*lines, "", "  "]) == _shop()
    with pytest.raises(InvalidFormat, match="line 7: content after the manifest"):
        import_jsonl([*lines, lines[1]])


def test_a_blank_line_inside_the_backup_is_refused() -> None:
    lines = _lines()
    lines.insert(3, "")
    with pytest.raises(InvalidFormat, match="line 4: blank line inside the backup"):
        import_jsonl(lines)


def _version_one(lines: list[str]) -> list[str]:
    header = json.loads(lines[0])
    header["version"] = 1
    return [json.dumps(header), *lines[1:-1]]


def test_a_version_one_backup_without_manifest_is_read_only_on_request() -> None:
    old = _version_one(_lines())
    with pytest.raises(InvalidFormat, match="version-1 backup carries no manifest"):
        import_jsonl(old)
    assert import_jsonl(old, require_manifest=False) == _shop()


def test_a_version_one_backup_must_still_start_with_its_header() -> None:
    old = _version_one(_lines())
    with pytest.raises(InvalidFormat, match="line 1: blank"):
        import_jsonl(["", *old], require_manifest=False)
    with pytest.raises(InvalidFormat, match="the backup is empty"):
        import_jsonl([], require_manifest=False)


def test_an_unknown_format_version_is_refused() -> None:
    lines = _lines()
    lines[0] = lines[0].replace('"version": 2', '"version": 3')
    with pytest.raises(InvalidFormat, match="version 3 is not one this autocrm reads"):
        import_jsonl(lines)


def test_a_line_that_is_not_an_object_is_refused_with_its_number() -> None:
    lines = _lines()
    lines.insert(1, "[]")
    with pytest.raises(InvalidFormat, match="line 2: expected a JSON object, got list"):
        import_jsonl(lines)


def test_export_to_a_path_leaves_only_the_finished_file(tmp_path: Path) -> None:
    target = tmp_path / "backup.jsonl"
    target.write_text("an older backup\n", encoding="utf-8")
    assert export_jsonl(_shop(), target) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["backup.jsonl"]
    assert import_jsonl(target) == _shop()


def test_a_failed_export_to_a_path_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "backup.jsonl"
    target.write_text("an older backup\n", encoding="utf-8")
    broken = Snapshot(customers=[Customer(number="C000001", name="王建国")])
    object.__setattr__(broken, "customer_sequence", object())  # cannot be written as JSON
    with pytest.raises(TypeError):
        export_jsonl(broken, target)
    assert target.read_text(encoding="utf-8") == "an older backup\n"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.jsonl"]


def test_a_backup_file_is_private_to_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "backup.jsonl"
    export_jsonl(_shop(), target)
    assert target.stat().st_mode & 0o777 == 0o600
