"""JSON round trip is identity for every domain type and for whole archives."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.adapters.json import dumps, export_jsonl, import_jsonl, loads
from autocrm.domain import Snapshot
from autocrm.testing import strategies as s

STRATEGIES = {
    "customer": s.customers(),
    "vehicle": s.vehicles(),
    "work_order": s.work_orders(),
    "reading": s.readings(),
    "followup": s.followups(),
    "complaint": s.complaints(),
    "appointment": s.appointments(),
    "fleet_account": s.fleet_accounts(),
    "audit": s.audit_entries(),
    "call_attempt": s.call_attempts(),
    "line": s.work_order_lines(),
}


@pytest.mark.parametrize("name", sorted(STRATEGIES))
@given(data=st.data())
def test_every_domain_type_round_trips_through_json(name: str, data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[name])
    text = dumps(value)
    again = loads(text, type(value))
    assert again == value
    assert dumps(again) == text  # byte-stable: sets are sorted, money keeps its fen


@given(s.snapshots())
def test_archive_round_trips_through_json_lines(snapshot: Snapshot) -> None:
    buffer = io.StringIO()
    written = export_jsonl(snapshot, buffer)
    restored = import_jsonl(io.StringIO(buffer.getvalue()))
    assert restored == snapshot
    assert written == len(snapshot.customers) + len(snapshot.vehicles) + len(
        snapshot.work_orders
    ) + len(snapshot.complaints)
    assert restored.customer_sequence == snapshot.customer_sequence
