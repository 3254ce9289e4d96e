"""The generated dealership's desk: complaints, appointments, follow-up calls, no-shows.

Complaints of every level with their promised call-backs, two complaints still open
on the desk, appointments (kept and missed) and the follow-up calls of the last weeks.

Examples:
    >>> import random
    >>> from datetime import date
    >>> shop = Shop(random.Random(1), date(2025, 10, 1))
    >>> add_missing_levels(shop)
    >>> shop.complaints
    []
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CallAttempt,
    CallOutcome,
    Complaint,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    ComplaintTopic,
    Customer,
    CustomerKind,
    FollowUp,
    FollowUpStatus,
    IssueCategory,
    JobPosition,
    ReportedIssue,
    WorkOrder,
)
from autocrm.rules.followup_attempts import record_attempt
from autocrm.rules.followups import schedule_followups
from autocrm.testing._synthetic_shop import _ADVISORS, Shop, time_on


def new_complaint(shop: Shop, order: WorkOrder, level: ComplaintLevel | None = None) -> None:
    rng = shop.rng
    received = order.opened_at + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 5))
    if received.date() >= shop.as_of:
        return
    if level is None:
        # As in the department's figures: level I by far the most frequent, III the rarest.
        level = rng.choices(list(ComplaintLevel), weights=(85, 10, 5))[0]
    age = (shop.as_of - received.date()).days
    status = ComplaintStatus.CLOSED if age > 10 else rng.choice(list(ComplaintStatus)[:4])
    # Most complaints close within their deadline (86–96 % on time in the real figures).
    quick = {
        ComplaintLevel.I: (0, 0, 0, 0, 1, 2),
        ComplaintLevel.II: (0, 1, 2, 2, 3, 6),
        ComplaintLevel.III: (1, 3, 4, 5, 6, 12),
    }[level]
    resolved = received + timedelta(days=rng.choice(quick), hours=1)
    closed = resolved + timedelta(hours=rng.randint(1, 20))
    keep = status is ComplaintStatus.CLOSED
    # The desk promises a call-back a few hours to a day later; it is
    # made on time for a closed complaint, and still owed for some open ones.
    promised = received + timedelta(hours=rng.choice((2, 4, 20, 24)))
    done: datetime | None = promised - timedelta(minutes=30)
    if not keep and rng.random() < 0.5:
        done = None
    if done is not None and done.date() >= shop.as_of:
        done = None
    shop.complaints.append(
        Complaint(
            number=f"TS{len(shop.complaints) + 1:06d}",
            customer_number=order.customer_number,
            vin=order.vin,
            work_order_number=order.number,
            received_at=received,
            level=level,
            status=status,
            cause=rng.choice(list(ComplaintCause)),
            topic=rng.choices(list(ComplaintTopic), weights=(2, 2, 1, 5, 2, 2, 8, 3, 2, 1))[0],
            description="客户反映问题",
            resolved_at=resolved if keep else None,
            closed_at=closed if keep else None,
            satisfaction=rng.randint(2, 5) if keep else None,
            callback_promised_at=promised,
            callback_done_at=done,
            handler=owner_of(shop, order.customer_number),  # the customer's owner
        )
    )


def add_missing_levels(shop: Shop) -> None:
    """Give the last twelve months a complaint of each level they lack (for the charts)."""
    since = shop.as_of - timedelta(days=365)
    recent = [c for c in shop.complaints if c.received_at.date() >= since]
    orders = [
        o for o in shop.work_orders if since <= o.visit_date <= shop.as_of - timedelta(days=30)
    ]
    for level in ComplaintLevel:
        if orders and not any(c.level is level for c in recent):
            new_complaint(shop, shop.rng.choice(orders), level)


def new_appointment(shop: Shop, order: WorkOrder) -> None:
    rng = shop.rng
    slot = order.opened_at.replace(minute=0)
    booked = slot - timedelta(hours=rng.randint(24, 24 * 7))
    late = rng.random()
    if late < 0.8:
        status, arrived = AppointmentStatus.ARRIVED_ON_TIME, slot - timedelta(minutes=5)
    else:
        status, arrived = AppointmentStatus.ARRIVED_LATE, slot + timedelta(minutes=10)
    shop.appointments.append(
        Appointment(
            number=f"YY{len(shop.appointments) + 1:07d}",
            customer_number=order.customer_number,
            vin=order.vin,
            kind=rng.choice(list(AppointmentKind)),
            booked_at=booked,
            slot=slot,
            service_types=order.service_types,
            status=status,
            arrived_at=arrived,
            work_order_number=order.number,
        )
    )


def add_followups(shop: Shop, *, days: int) -> None:
    """Schedule the follow-ups of recent visits and play the calls already made."""
    since = shop.as_of - timedelta(days=days)
    for order in shop.work_orders:
        if order.closed_on is None or order.closed_on < since:
            continue
        for followup in schedule_followups(order):
            shop.followups.append(make_call(shop, followup))


def make_call(shop: Shop, followup: FollowUp) -> FollowUp:
    rng = shop.rng
    called = followup.earliest
    if called >= shop.as_of or (followup.due >= shop.as_of and rng.random() < 0.5):
        return followup  # still to be called: on today's worklist or later
    attempts = 0
    while followup.status is FollowUpStatus.PENDING and called < shop.as_of:
        attempts += 1
        at = datetime.combine(called, time(10 + attempts, 0), tzinfo=CHINA_TZ)
        if rng.random() < 0.12:
            outcome = rng.choice((CallOutcome.NO_ANSWER, CallOutcome.BUSY))
            followup = record_attempt(followup, CallAttempt(at, outcome, by="客服-李娜"))
            called = followup.next_attempt_on or called + timedelta(days=1)
            continue
        rating = rng.choices((5, 4, 3, 2, 1), weights=(60, 25, 10, 3, 2))[0]
        issues = []
        if rating <= 3:
            issues.append(
                ReportedIssue(
                    rng.choices(list(IssueCategory), weights=(2, 3, 3, 4, 1))[0],
                    rng.choice(
                        (
                            JobPosition.SERVICE_ADVISOR,
                            JobPosition.TECHNICIAN,
                            JobPosition.CASHIER,
                            JobPosition.CAR_WASH,
                        )
                    ),
                    "客户反映的问题",
                )
            )
        attempt = CallAttempt(
            at,
            CallOutcome.COMPLETED,
            by="客服-李娜",
            rating=rating,
            issues=issues,
            opinion="满意" if rating >= 4 else "一般",
        )
        followup = record_attempt(followup, attempt)
    return followup


def add_open_complaints(shop: Shop) -> None:
    """Put two complaints on the desk: one past its closing deadline, one call-back missed.

    Both are added after every random draw (no draw of their own), so the rest of
    the shop is the same with or without them.
    """
    day = shop.as_of
    orders = [o for o in shop.work_orders if day - timedelta(days=30) <= o.visit_date]
    orders = [o for o in orders if o.visit_date <= day - timedelta(days=8)]
    people = [c for c in shop.customers if c.kind is CustomerKind.PERSON]
    if not orders or len(people) < 2:
        return
    late = orders[-1]
    # Level I closes on the next working day: received a week ago, still investigated.
    received = datetime.combine(day - timedelta(days=7), time(10), tzinfo=CHINA_TZ)
    shop.complaints.append(
        Complaint(
            number=f"TS{len(shop.complaints) + 1:06d}",
            customer_number=late.customer_number,
            vin=late.vin,
            work_order_number=late.number,
            received_at=received,
            level=ComplaintLevel.I,
            status=ComplaintStatus.INVESTIGATING,
            cause=ComplaintCause.REPAIR_QUALITY,
            topic=ComplaintTopic.REPAIR,
            description="保养后异响未解决",
            callback_promised_at=received + timedelta(hours=4),
            callback_done_at=received + timedelta(hours=3),
            handler=owner_of(shop, late.customer_number),
        )
    )
    # A customer entered twice by another desk (the insurance desk's record: same
    # name and mobile, no ID) calls the hotline; the promised call-back of
    # yesterday afternoon was not made.
    original = people[1]
    twin = Customer(
        number=f"C{len(shop.customers) + 1:06d}",
        name=original.name,
        kind=CustomerKind.PERSON,
        mobile=original.mobile,
        region=original.region,
        owner=_ADVISORS[(_ADVISORS.index(original.owner) + 1) % len(_ADVISORS)]
        if original.owner in _ADVISORS
        else _ADVISORS[0],
        registered_on=day - timedelta(days=40),
        categories={"source": "保险"},
    )
    shop.customers.append(twin)
    received = datetime.combine(day - timedelta(days=1), time(10), tzinfo=CHINA_TZ)
    shop.complaints.append(
        Complaint(
            number=f"TS{len(shop.complaints) + 1:06d}",
            customer_number=twin.number,
            received_at=received,
            level=ComplaintLevel.II,
            status=ComplaintStatus.ACKNOWLEDGED,
            cause=ComplaintCause.SERVICE_QUALITY,
            topic=ComplaintTopic.CALLBACK,
            description="客户来电：接待态度差",
            callback_promised_at=received + timedelta(hours=6),
            handler=twin.owner,
        )
    )


def owner_of(shop: Shop, number: str) -> str | None:
    return next((c.owner for c in shop.customers if c.number == number), None)


def add_no_shows(shop: Shop, count: int) -> None:
    rng = shop.rng
    kinds = list(AppointmentKind)
    for index in range(count):
        owner = rng.choice(shop.customers)
        slot = time_on(shop.as_of - timedelta(days=rng.randint(1, 300)), rng)
        drawn = rng.choice(kinds)
        shop.appointments.append(
            Appointment(
                number=f"YY{len(shop.appointments) + 1:07d}",
                customer_number=owner.number,
                # One of each kind first (both kinds have no-shows in every shop);
                # the draw is made anyway, so the rest of the shop stays the same.
                kind=kinds[index] if index < len(kinds) else drawn,
                booked_at=slot - timedelta(days=2),
                slot=slot,
                status=AppointmentStatus.NO_SHOW,
            )
        )
