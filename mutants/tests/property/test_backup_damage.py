"""Any damage to a backup (a line changed, lost, added, swapped, or the file cut) is refused."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from autocrm.adapters.json import export_jsonl, import_jsonl
from autocrm.domain import Snapshot
from autocrm.errors import InvalidFormat
from autocrm.testing import strategies as s
from autocrm.testing.synthetic import generate_dealership


def _text(snapshot: Snapshot) -> str:
    buffer = io.StringIO()
    export_jsonl(snapshot, buffer)
    return buffer.getvalue()


# A small synthetic shop: every kind a dealership writes, about a thousand lines.
SHOP = _text(generate_dealership(seed=5, customers=2, as_of=date(2026, 11, 24)))
LINES = SHOP.split("\n")[:-1]


def _refused(lines: list[str]) -> InvalidFormat:
    with pytest.raises(InvalidFormat) as caught:
        import_jsonl(lines)
    return caught.value


def test_the_shop_backup_is_intact_and_round_trips_byte_for_byte() -> None:
    assert _text(import_jsonl(LINES)) == SHOP


@given(
    index=st.integers(min_value=0, max_value=len(LINES) - 1),
    position=st.integers(min_value=0),
    replacement=st.characters(exclude_categories=["Cs"]),
)
def test_a_changed_character_is_refused(index: int, position: int, replacement: str) -> None:
    line = LINES[index]
    position %= len(line)
    assume(line[position] != replacement)
    damaged = list(LINES)
    damaged[index] = line[:position] + replacement + line[position + 1 :]
    _refused(damaged)


@given(index=st.integers(min_value=0, max_value=len(LINES) - 1))
def test_a_lost_line_is_refused(index: int) -> None:
    _refused(LINES[:index] + LINES[index + 1 :])


@given(
    index=st.integers(min_value=0, max_value=len(LINES) - 1),
    where=st.integers(min_value=0, max_value=len(LINES)),
)
def test_a_line_written_twice_is_refused(index: int, where: int) -> None:
    _refused([*LINES[:where], LINES[index], *LINES[where:]])


@given(
    first=st.integers(min_value=0, max_value=len(LINES) - 1),
    second=st.integers(min_value=0, max_value=len(LINES) - 1),
)
def test_two_swapped_lines_are_refused(first: int, second: int) -> None:
    assume(LINES[first] != LINES[second])
    damaged = list(LINES)
    damaged[first], damaged[second] = damaged[second], damaged[first]
    _refused(damaged)


@given(cut=st.integers(min_value=0, max_value=len(SHOP) - 2))
def test_a_backup_cut_short_is_refused(cut: int) -> None:
    # Cut anywhere before the manifest's closing brace (the final line feed may go).
    with pytest.raises(InvalidFormat):
        import_jsonl(io.StringIO(SHOP[:cut]))


@given(snapshot=s.snapshots(), data=st.data())
def test_any_archive_refuses_any_lost_line(snapshot: Snapshot, data: st.DataObject) -> None:
    # Split at line feeds only, as reading a file does (a name may hold U+2028).
    lines = _text(snapshot).split("\n")[:-1]
    assert import_jsonl(lines) == snapshot
    index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    _refused(lines[:index] + lines[index + 1 :])
