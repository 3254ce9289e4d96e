"""Hypothesis strategies shared by the property and integration tests of the JSON writers
and of the positional reads: instants at the edges of a day in China, archives whose work
orders and audit entries stand at them, and the codec's text of a record.

Midnight in China is 16:00 UTC of the day before: a writer or a decoder that lost the
zone or the day shows at these instants. Import them as ``from tests.strategies import
...`` (the library's own strategies are ``autocrm.testing.strategies``).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import attrs
from hypothesis import strategies as st

from autocrm.adapters.json_codec import make_converter
from autocrm.domain import CHINA_TZ, Snapshot, WorkOrderLine
from autocrm.ports import next_customer_sequence
from autocrm.rules.archive import ArchivePolicy
from autocrm.testing import strategies as s

CONVERTER = make_converter()

#: Times of day either side of midnight in China (16:00 UTC) and of 08:00 (midnight UTC),
#: with microseconds or none.
EDGES = (
    time(0, 0),
    time(0, 0, 0, 1),
    time(7, 59, 59),
    time(7, 59, 59, 999_999),
    time(8, 0),
    time(12, 0, 0, 500_000),
    time(15, 59, 59),
    time(16, 0),
    time(23, 59),
    time(23, 59, 59, 999_999),
)

#: Aware instants in China: an edge time of day or any other, on a day of three centuries.
instants = st.builds(
    lambda day, moment: datetime.combine(day, moment, tzinfo=CHINA_TZ),
    st.dates(min_value=date(1900, 1, 2), max_value=date(2199, 12, 30)),
    st.one_of(st.sampled_from(EDGES), st.times()),
)


def general(record: object) -> str:
    """What the codec writes for ``record``: the reference the generated writers must equal."""
    return json.dumps(CONVERTER.unstructure(record), ensure_ascii=False, sort_keys=True)


@st.composite
def edge_archives(
    draw: st.DrawFn,
    *,
    max_customers: int = 3,
    lines: st.SearchStrategy[WorkOrderLine] | None = None,
    max_lines: int = 3,
) -> Snapshot:
    """Consistent snapshots whose work orders open (and close, up to three days later, or
    not yet) and whose audit entries (up to three) stand at drawn ``instants``.

    Each work order gets up to ``max_lines`` lines of ``lines`` (by default the library's
    ``work_order_lines()``). The customer-number sequence counts the audit trail's
    customer numbers too, as a store's ``restore`` does, so that a restored archive reads
    back equal to the snapshot drawn.
    """
    snapshot: Snapshot = draw(s.snapshots(max_customers=max_customers))
    line = s.work_order_lines() if lines is None else lines
    orders = []
    for order in snapshot.work_orders:
        opened = draw(instants)
        later = draw(st.one_of(st.none(), st.timedeltas(timedelta(0), timedelta(days=3))))
        closed = None if later is None else opened + later
        drawn_lines = draw(st.lists(line, max_size=max_lines))
        orders.append(attrs.evolve(order, opened_at=opened, closed_at=closed, lines=drawn_lines))
    audit = [
        attrs.evolve(entry, at=draw(instants))
        for entry in draw(st.lists(s.audit_entries(), max_size=3))
    ]
    issued = next_customer_sequence(
        snapshot.customers, audit, ArchivePolicy(), last_issued=snapshot.customer_sequence
    )
    return attrs.evolve(snapshot, work_orders=orders, audit=audit, customer_sequence=issued - 1)
