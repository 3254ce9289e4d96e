"""The overdue-complaint list: complaints past their closing deadline and still not closed.

A complaint is overdue on a day when the day is after its closing deadline (the N-th
working day after the day it was received, N by level) and it was not closed by then
([`is_overdue`][autocrm.rules.complaints.is_overdue]). The list puts the longest
overdue first, then the most serious level (III before II before I), so the desk
works down it from the top (see [complaints][sources-complaints]).

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, Complaint
    >>> c = Complaint(number="TS2025001", customer_number="C000001", level="II",
    ...               received_at=datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ))
    >>> [(e.complaint.number, e.deadline.isoformat(), e.days_overdue)
    ...  for e in overdue_complaints([c], as_of=date(2025, 10, 13))]
    [('TS2025001', '2025-10-11', 2)]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from autocrm.domain.complaint import Complaint
from autocrm.domain.time import as_date
from autocrm.rules._visits import checked, checked_items
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy, closing_deadline, is_overdue

__all__ = ["OverdueComplaint", "overdue_complaints", "urgency"]

_DEFAULT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()


@attrs.frozen(kw_only=True)
class OverdueComplaint:
    """One complaint of the overdue list, with the deadline it missed.

    Attributes:
        complaint: The complaint, as the archive holds it.
        deadline: Its closing deadline.
        deadline_workdays: The policy's working days for its level.
        days_overdue: Calendar days from the deadline to the day of the list.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1", level="I",
        ...               received_at=datetime(2025, 9, 30, 16, tzinfo=CHINA_TZ))
        >>> entry = overdue_complaints([c], as_of=date(2025, 10, 10))[0]
        >>> entry.deadline, entry.deadline_workdays, entry.days_overdue
        (datetime.date(2025, 10, 9), 1, 1)
    """

    complaint: Complaint
    deadline: date
    deadline_workdays: int
    days_overdue: int


def urgency(complaint: Complaint, *, deadline: date) -> tuple[date, int, str]:
    """Return the place of a complaint on the overdue list (smaller first).

    The earliest closing deadline first (on one day, the longest overdue), then the
    most serious level (III before II before I), then the number. The list of
    [`overdue_complaints`][autocrm.rules.overdue_complaints.overdue_complaints] is in
    this order, and so is a desk's list of open complaints (``autocrm complaints``).

    Args:
        complaint: The complaint.
        deadline: Its closing deadline
            ([`closing_deadline`][autocrm.rules.complaints.closing_deadline]).

    Returns:
        A key to sort by: ``(deadline, -severity, number)``.

    Raises:
        autocrm.errors.InvalidFormat: ``complaint`` is not a Complaint or ``deadline``
            not a date.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> minor = Complaint(number="TS1", customer_number="C1", level="I", received_at=at)
        >>> grave = Complaint(number="TS2", customer_number="C2", level="III", received_at=at)
        >>> day = date(2025, 10, 10)
        >>> [c.number for c in sorted([minor, grave], key=lambda c: urgency(c, deadline=day))]
        ['TS2', 'TS1']
    """
    complaint = checked(complaint, Complaint, "complaint")
    return (as_date(deadline, "deadline"), -complaint.level.severity, complaint.number)


def overdue_complaints(
    complaints: Iterable[Complaint],
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> tuple[OverdueComplaint, ...]:
    """Return the complaints overdue on ``as_of``, the longest overdue first.

    Overdue as [`is_overdue`][autocrm.rules.complaints.is_overdue] says: the local
    date of ``as_of`` is after the closing deadline and the complaint was not closed
    by ``as_of`` (a complaint reopened, or closed later than ``as_of``, is still
    open on that day). Ties go to the most serious level, then to the number
    ([`urgency`][autocrm.rules.overdue_complaints.urgency]).

    Args:
        complaints: The complaints (the archive's, or a period's).
        as_of: The business date, or an aware datetime (then a closing is counted
            up to that moment).
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.

    Returns:
        One [`OverdueComplaint`][autocrm.rules.overdue_complaints.OverdueComplaint] per
        overdue complaint.

    Raises:
        autocrm.errors.InvalidFormat: ``complaints`` is not a collection of complaints,
            ``as_of`` is not a date or an aware datetime, or a bad ``policy`` or
            ``calendar``.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> received = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> closed = Complaint(number="TS1", customer_number="C1", level="III",
        ...                    status="closed", received_at=received,
        ...                    closed_at=datetime(2025, 10, 10, 17, tzinfo=CHINA_TZ))
        >>> still_open = Complaint(number="TS2", customer_number="C2", level="III",
        ...                        received_at=received)
        >>> [e.complaint.number for e in overdue_complaints([closed, still_open],
        ...                                                 as_of=date(2025, 11, 3))]
        ['TS2']
    """
    policy = checked(policy, ComplaintPolicy, "policy")
    day = as_date(as_of, "as_of")
    calendar = checked(calendar, WorkdayCalendar, "calendar")  # type: ignore[type-abstract]
    found: list[OverdueComplaint] = []
    for complaint in checked_items(complaints, Complaint, "complaints"):
        if not is_overdue(complaint, as_of=as_of, policy=policy, calendar=calendar):
            continue
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        found.append(
            OverdueComplaint(
                complaint=complaint,
                deadline=deadline,
                deadline_workdays=policy.workdays_for(complaint.level),
                days_overdue=(day - deadline).days,
            )
        )
    return tuple(sorted(found, key=lambda e: urgency(e.complaint, deadline=e.deadline)))
