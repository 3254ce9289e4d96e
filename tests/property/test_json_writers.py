"""The generated JSON writers write exactly what the codec's converter and encoder write.

A backup's lines are written by a writer generated per record class (and, from a SQL
store, per table: ``tests/integration/test_json_rows.py``); the format is the codec's:
``json.dumps(converter.unstructure(record), ensure_ascii=False, sort_keys=True)``.
These properties hold the writers to those bytes for every record class, with
non-ASCII text, amounts to the fen, instants either side of midnight in China, and
empty or None fields; and a whole backup to the one written through the codec.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import CONVERTER, edge_archives, general, instants

from autocrm.adapters._json_writers import record_writer
from autocrm.adapters.backup import RECORD_TYPES, export_jsonl
from autocrm.domain import CHINA_TZ, Snapshot
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.work_order import ServiceType
from autocrm.testing import strategies as s


@st.composite
def archives(draw: st.DrawFn) -> Snapshot:
    """Snapshots with records of every kind, work orders and audit at edge instants."""
    snapshot = draw(edge_archives())
    return attrs.evolve(
        snapshot,
        readings=draw(st.lists(s.readings(), max_size=2)),
        followups=draw(st.lists(s.followups(), max_size=2)),
        appointments=draw(st.lists(s.appointments(), max_size=2)),
        fleet_accounts=draw(st.lists(s.fleet_accounts(), max_size=2)),
    )


#: Whole archives are costly to draw: the two properties over them stop at this many
#: examples (the profile's own count when smaller); the per-field property runs in full.
ARCHIVE_EXAMPLES = min(settings.default.max_examples, 60)


@settings(max_examples=ARCHIVE_EXAMPLES)
@given(archives())
def test_every_record_is_written_as_the_codec_writes_it(snapshot: Snapshot) -> None:
    for kind, field in RECORD_TYPES.values():
        write = record_writer(kind)
        for record in getattr(snapshot, field):
            assert write(record) == general(record)


def _codec_backup(snapshot: Snapshot) -> str:
    """A backup written line by line through the codec (the format the writers keep)."""

    def line(record: Mapping[str, Any]) -> str:
        return json.dumps(record, ensure_ascii=False, sort_keys=True)

    header = line({"format": "autocrm-archive", "version": 2, "customer_sequence": 0})
    lines, records = [header], {}
    for name, (_, field) in RECORD_TYPES.items():
        mine = [
            line({"type": name, "data": CONVERTER.unstructure(r)}) for r in getattr(snapshot, field)
        ]
        digest = hashlib.sha256("".join(f"{text}\n" for text in mine).encode()).hexdigest()
        records[name] = {"count": len(mine), "sha256": digest}
        lines.extend(mine)
    header_sha = hashlib.sha256(f"{header}\n".encode()).hexdigest()
    manifest = {
        "type": "manifest",
        "format": "autocrm-archive",
        "version": 2,
        "header_sha256": header_sha,
        "records": records,
    }
    return "".join(f"{text}\n" for text in [*lines, line(manifest)])


@settings(max_examples=ARCHIVE_EXAMPLES)
@given(archives())
def test_a_backup_is_the_one_the_codec_writes_byte_for_byte(snapshot: Snapshot) -> None:
    snapshot = attrs.evolve(snapshot, customer_sequence=0)
    assert _outcome(_exported, snapshot) == _outcome(_codec_backup, snapshot)


def _exported(snapshot: Snapshot) -> str:
    out = io.StringIO()
    export_jsonl(snapshot, out)
    return out.getvalue()


def _outcome(write: Callable[[Snapshot], str], snapshot: Snapshot) -> object:
    """The text written, or the type of the error (a lone surrogate cannot be hashed)."""
    try:
        return write(snapshot)
    except UnicodeEncodeError as exc:
        return type(exc)


class Colour(LabelledEnum):
    RED = "red", "红"
    BLUE = "blue", "蓝"


@attrs.frozen
class Part:
    code: str
    price: Decimal | None


@attrs.frozen
class Everything:
    """A class of every field shape, as a record class might gain them."""

    label: str
    count: int
    flag: bool
    on: date | None
    at: datetime
    colour: Colour
    colours: frozenset[Colour]
    names: frozenset[str]
    kinds: frozenset[ServiceType]
    parts: tuple[Part, ...]
    part: Part | None
    notes: tuple[str, ...]
    extra: Mapping[str, str]
    amount: Decimal


everything = st.builds(
    Everything,
    label=st.text(),
    count=st.integers(),
    flag=st.booleans(),
    on=st.one_of(st.none(), st.dates()),
    at=instants,
    colour=st.sampled_from(Colour),
    colours=st.frozensets(st.sampled_from(Colour)),
    names=st.frozensets(st.text(max_size=4)),
    kinds=st.frozensets(st.sampled_from(ServiceType)),
    parts=st.lists(st.builds(Part, code=st.text(), price=st.one_of(st.none(), s.amounts()))).map(
        tuple
    ),
    part=st.one_of(st.none(), st.builds(Part, code=st.text(), price=s.amounts())),
    notes=st.lists(st.text(max_size=3)).map(tuple),
    extra=st.dictionaries(st.text(max_size=3), st.text(max_size=3)),
    amount=s.amounts(),
)


@given(everything)
def test_a_new_field_of_any_shape_is_written_as_the_codec_writes_it(value: Everything) -> None:
    assert record_writer(Everything)(value) == general(value)


def test_the_writers_are_generated_from_the_fields_not_written_by_hand() -> None:
    @attrs.frozen
    class Later:
        name: str
        added_later: int | None = None

    assert record_writer(Later)(Later("王芳", 3)) == '{"added_later": 3, "name": "王芳"}'
    assert record_writer(Later)(Later("A")) == '{"added_later": null, "name": "A"}'


def test_an_instant_is_written_in_china_time_with_microseconds_only_when_there_are_some() -> None:
    moment = datetime(2025, 10, 1, 0, 0, tzinfo=CHINA_TZ)

    @attrs.frozen
    class Stamp:
        at: datetime

    write = record_writer(Stamp)
    assert write(Stamp(moment)) == '{"at": "2025-10-01T00:00:00+08:00"}'
    later = moment + timedelta(microseconds=5)
    assert write(Stamp(later)) == '{"at": "2025-10-01T00:00:00.000005+08:00"}'
