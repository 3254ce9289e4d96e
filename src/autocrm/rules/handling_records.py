"""A work order with the handling records below it: follow-up calls and complaints.

The follow-up screen shows a work order in the middle and, below it, its follow-up
calls, call-backs and complaint handling (see [follow-ups][sources-followups]);
[`work_order_record`][autocrm.rules.handling_records.work_order_record] gathers them.

Examples:
    >>> from autocrm.domain import Snapshot
    >>> work_order_record(Snapshot(), "WO404")
    Traceback (most recent call last):
    ...
    autocrm.errors.NotFound: work_order_number: no work order 'WO404' in the archive
"""

from __future__ import annotations

import attrs

from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Customer
from autocrm.domain.followup import FollowUp
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import local_date
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import NotFound, shown
from autocrm.rules._visits import checked

__all__ = [
    "WorkOrderRecord",
    "work_order_record",
]


@attrs.frozen(kw_only=True)
class WorkOrderRecord:
    """A work order with the follow-up and complaint records that hang on it.

    The follow-up screen shows the work order in the middle and, below it,
    the handling records: follow-up calls, call-backs and complaint handling.

    Attributes:
        work_order: The work order.
        customer: Its customer, or None when the archive does not hold them.
        vehicle: Its vehicle, or None when the archive does not hold it.
        followups: Follow-ups of this work order, by due date then number.
        complaints: Complaints about this work order, by reception time then number.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Snapshot, WorkOrder
        >>> wo = WorkOrder(number="WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                service_types=["小修"])
        >>> record = work_order_record(Snapshot(work_orders=[wo]), "WO1")
        >>> record.customer, record.followups, record.to_rows()
        (None, (), [])
    """

    work_order: WorkOrder
    customer: Customer | None
    vehicle: Vehicle | None
    followups: tuple[FollowUp, ...]
    complaints: tuple[Complaint, ...]

    def to_rows(self) -> list[dict[str, object]]:
        """The handling records below the work order: follow-ups, then complaints.

        Each row has ``kind`` (``followup`` or ``complaint``), ``number``, ``type``
        (the follow-up kind or the complaint level), ``status``, ``date`` (due date
        or reception date), ``attempts`` (calls made; None for complaints) and
        ``result`` (the last call's result or the complaint's result).
        """
        rows: list[dict[str, object]] = [
            {
                "kind": "followup",
                "number": item.number,
                "type": item.kind.value,
                "status": item.status.value,
                "date": item.due,
                "attempts": len(item.attempts),
                "result": item.attempts[-1].result if item.attempts else None,
            }
            for item in self.followups
        ]
        rows += [
            {
                "kind": "complaint",
                "number": item.number,
                "type": item.level.value,
                "status": item.status.value,
                "date": local_date(item.received_at),
                "attempts": None,
                "result": item.result,
            }
            for item in self.complaints
        ]
        return rows


def work_order_record(snapshot: Snapshot, work_order_number: str) -> WorkOrderRecord:
    """Gather a work order with its customer, vehicle, follow-ups and complaints.

    Complaints are those whose ``work_order_number`` is the work order's number;
    follow-ups are those with that work-order number, and the call-backs of those
    complaints (follow-ups whose ``complaint_number`` is one of them), whichever
    customer they were filed under.

    Args:
        snapshot: The archive.
        work_order_number: The work order's number.

    Returns:
        The [`WorkOrderRecord`][autocrm.rules.handling_records.WorkOrderRecord].

    Raises:
        autocrm.errors.NotFound: no work order has that number.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Customer, FollowUp, Snapshot, WorkOrder
        >>> wo = WorkOrder(number="WO20251009001", customer_number="C000001",
        ...                vin="LFV2A21K3D3109826", service_types=["小修"],
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ))
        >>> call = FollowUp("F1", kind="3dc", customer_number="C000001",
        ...                 work_order_number="WO20251009001", earliest=date(2025, 10, 10),
        ...                 due=date(2025, 10, 10), latest=date(2025, 10, 13))
        >>> snap = Snapshot(customers=[Customer(number="C000001", name="王建国")],
        ...                 work_orders=[wo], followups=[call])
        >>> record = work_order_record(snap, "WO20251009001")
        >>> record.customer.name, [f.number for f in record.followups], record.complaints
        ('王建国', ['F1'], ())
        >>> work_order_record(snap, "WO404")
        Traceback (most recent call last):
        ...
        autocrm.errors.NotFound: work_order_number: no work order 'WO404' in the archive
    """
    checked(snapshot, Snapshot, "snapshot")
    work_order = next((w for w in snapshot.work_orders if w.number == work_order_number), None)
    if work_order is None:
        msg = f"work_order_number: no work order {shown(work_order_number)} in the archive"
        raise NotFound(msg)
    complaints = sorted(
        (item for item in snapshot.complaints if item.work_order_number == work_order_number),
        key=lambda item: (item.received_at, item.number),
    )
    complaint_numbers = {item.number for item in complaints}
    followups = sorted(
        (
            item
            for item in snapshot.followups
            if item.work_order_number == work_order_number
            or (item.complaint_number is not None and item.complaint_number in complaint_numbers)
        ),
        key=lambda item: (item.due, item.number),
    )
    return WorkOrderRecord(
        work_order=work_order,
        customer=snapshot.customer(work_order.customer_number),
        vehicle=snapshot.vehicle(work_order.vin),
        followups=tuple(followups),
        complaints=tuple(complaints),
    )
