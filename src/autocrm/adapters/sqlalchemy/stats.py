"""Statistics computed inside the database (push-down), with the results of autocrm.stats.

These functions give the same result objects as :mod:`autocrm.stats`, but the
database counts: ``COUNT(*)`` and ``COUNT(DISTINCT vin)`` run in SQL, and no record
is loaded into Python. Filters of :mod:`autocrm.query` select the period.

Example:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> complaints_per_thousand(archive).value is None  # no vehicles yet
    True
"""

from __future__ import annotations

from datetime import date, datetime

from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.domain import Complaint, Vehicle, WorkOrder
from autocrm.query import F, Filter, count_distinct
from autocrm.stats.complaints import PerThousand, _target_decimal
from autocrm.stats.policy import StatsPolicy

__all__ = ["complaints_per_thousand"]

_DEFAULT_POLICY = StatsPolicy()


def complaints_per_thousand(
    archive: SqlArchive,
    *,
    complaints: Filter | None = None,
    served: Filter | None = None,
    car_parc: int | None = None,
    as_of: date | datetime | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> PerThousand:
    """Complaints per thousand vehicles (千台投诉率, seed 004), counted by the database.

    The denominator (DESIGN.md: a parameter) is, in this order of precedence: the
    number given as ``car_parc``; the distinct vehicles of the work orders selected
    by ``served`` (vehicles served in the period); else every vehicle of the archive.

    Args:
        archive: The SQL archive.
        complaints: A complaint filter selecting the period's complaints (all if None).
        served: A work-order filter: the denominator is their distinct vehicles.
        car_parc: A given number of vehicles instead.
        as_of: Anchors relative windows (``within_last``) in the filters.
        policy: Decimals and target, as in :func:`autocrm.stats.complaints_per_thousand`.

    Returns:
        The :class:`autocrm.stats.complaints.PerThousand` the in-memory function gives.

    Example:
        >>> from autocrm.query import within_last
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> r = complaints_per_thousand(
        ...     archive, complaints=within_last(F.complaint.received_at, months=1),
        ...     car_parc=63_000, as_of=date(2013, 6, 30))
        >>> r.complaints, r.basis, str(r.value)
        (0, 'given', '0.0')
    """
    complaint_count = archive.count(Complaint, complaints, as_of=as_of)
    if car_parc is not None:
        parc, basis = car_parc, "given"
    elif served is not None:
        result = archive.aggregate(
            WorkOrder,
            where=served,
            measures={"vehicles": count_distinct(F.work_order.vin)},
            as_of=as_of,
        )
        parc, basis = int(result.values_for()["vehicles"]), "distinct vehicles served"
    else:
        parc, basis = archive.count(Vehicle), "vehicles in the archive"
    return PerThousand(
        complaints=complaint_count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=_target_decimal(policy.per_thousand_target),
    )
