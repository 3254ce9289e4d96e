"""Public Hypothesis strategies for every autocrm domain type.

Each strategy produces only *valid* values, built from valid identifiers, so
that property tests of users' own code (and of autocrm) can start from
real-shaped data. Requires ``hypothesis`` (the ``test`` extra).

Examples:
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(customers())
    ... def test_numbers(c):
    ...     assert c.number.startswith("C")
    >>> test_numbers()
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    Address,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    AuditAction,
    AuditEntry,
    CallAttempt,
    CallOutcome,
    Complaint,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    Customer,
    CustomerKind,
    FleetAccount,
    FleetClass,
    FollowUp,
    FollowUpKind,
    Gender,
    IssueCategory,
    JobPosition,
    LineKind,
    OdometerReading,
    Payer,
    PurchasePlan,
    ReportedIssue,
    ServiceType,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.identifiers import ric
from autocrm.testing._identifier_strategies import (
    mobile_phones,
    plates,
    resident_ids,
    usccs,
    vins,
)

__all__ = [
    "amounts",
    "appointments",
    "audit_entries",
    "call_attempts",
    "complaints",
    "customer_numbers",
    "customers",
    "fleet_accounts",
    "followups",
    "mobile_phones",
    "moments",
    "plates",
    "readings",
    "resident_ids",
    "snapshots",
    "usccs",
    "vehicles",
    "vins",
    "work_order_lines",
    "work_orders",
]

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚"
_COMPANIES = ("银行", "物流有限公司", "出租汽车公司", "建设集团", "保险公司", "医院")
_CITIES = ("北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安")
_INSURERS = ("人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险")
_MODELS = ("速腾 1.4T", "迈腾 2.0T", "朗逸 1.5L", "帕萨特 330TSI", "途观L", "宝来 1.5L")
_STAFF = ("李娜", "王强", "赵敏", "陈杰", "刘洋")
# Audit values: any text but the NUL character, which no text field holds.
_NO_NUL = st.characters(exclude_characters="\x00")


def customer_numbers() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=999_999).map(lambda n: f"C{n:06d}")


def moments(
    *, start: date = date(2013, 1, 1), end: date = date(2026, 12, 31)
) -> st.SearchStrategy[datetime]:
    """Aware datetimes in shop hours (08:00–18:59, China Standard Time).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(moments(start=date(2025, 1, 1), end=date(2025, 12, 31)))
        ... def check(moment):
        ...     assert moment.tzinfo is CHINA_TZ and moment.year == 2025
        ...     assert 8 <= moment.hour <= 18
        >>> check()
    """
    return st.builds(
        lambda day, hour, minute: datetime.combine(day, time(hour, minute), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def amounts(
    *, min_value: Decimal = Decimal("0.00"), max_value: Decimal = Decimal("50000.00")
) -> st.SearchStrategy[Decimal]:
    """Money amounts to the fen.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(amounts(max_value=Decimal("100.00")))
        ... def check(amount):
        ...     assert Decimal("0.00") <= amount <= Decimal("100.00")
        ...     assert amount == amount.quantize(Decimal("0.01"))
        >>> check()
    """
    return st.decimals(
        min_value=min_value, max_value=max_value, places=2, allow_nan=False, allow_infinity=False
    )


def _person_name() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


@st.composite
def customers(draw: st.DrawFn, *, number: str | None = None) -> Customer:
    """Customers: persons (with a consistent resident ID and birth date) or companies.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(customers(number="C000042"))
        ... def check(customer):
        ...     assert customer.number == "C000042"
        ...     if customer.resident_id is not None:
        ...         assert customer.birth_date == ric.birth_date(customer.resident_id)
        >>> check()
    """
    cust_number = number if number is not None else draw(customer_numbers())
    tags = draw(st.frozensets(st.sampled_from(("vip", "fleet", "referral", "新能源")), max_size=2))
    categories = draw(
        st.dictionaries(
            st.sampled_from(("source", "region", "use")),
            st.sampled_from(("展厅", "网络", "转介绍", "私用", "公务")),
            max_size=2,
        )
    )
    owner = draw(st.sampled_from(_STAFF))
    mobile = draw(st.one_of(st.none(), mobile_phones()))
    region = draw(st.one_of(st.none(), st.sampled_from(_CITIES)))
    if draw(st.booleans()) or draw(st.booleans()):
        resident_id = draw(st.one_of(st.none(), resident_ids()))
        birth = ric.birth_date(resident_id) if resident_id else None
        gender = draw(st.sampled_from(Gender))
        if resident_id:
            gender = Gender.MALE if ric.gender(resident_id) == "male" else Gender.FEMALE
        return Customer(
            number=cust_number,
            name=draw(_person_name()),
            kind=CustomerKind.PERSON,
            gender=gender,
            birth_date=birth,
            resident_id=resident_id,
            mobile=mobile,
            region=region,
            owner=owner,
            tags=tags,
            categories=categories,
            address=draw(
                st.one_of(
                    st.none(),
                    st.builds(
                        lambda city, n: Address(
                            f"{city}市幸福路{n}号", postcode=f"{100000 + n:06d}"
                        ),
                        st.sampled_from(_CITIES),
                        st.integers(min_value=1, max_value=999),
                    ),
                )
            ),
        )
    return Customer(
        number=cust_number,
        name=draw(st.sampled_from(_CITIES)) + draw(st.sampled_from(_COMPANIES)),
        kind=CustomerKind.COMPANY,
        uscc=draw(st.one_of(st.none(), usccs())),
        mobile=mobile,
        region=region,
        owner=owner,
        tags=tags,
        categories=categories,
    )


@st.composite
def vehicles(draw: st.DrawFn, *, customer_number: str | None = None) -> Vehicle:
    """Vehicles with a valid VIN and plate and consistent purchase data.

    Examples:
        >>> from hypothesis import given, settings
        >>> from autocrm.domain.identifiers import vin
        >>> @settings(max_examples=5, deadline=None)
        ... @given(vehicles(customer_number="C000001"))
        ... def check(car):
        ...     assert car.customer_number == "C000001" and vin.validate(car.vin) == car.vin
        ...     if car.purchased_on is not None:
        ...         assert car.manufactured_on < car.purchased_on
        >>> check()
    """
    purchased = draw(st.one_of(st.none(), st.dates(date(2012, 1, 1), date(2026, 6, 30))))
    return Vehicle(
        vin=draw(vins()),
        customer_number=customer_number or draw(customer_numbers()),
        plate=draw(st.one_of(st.none(), plates())),
        model=draw(st.sampled_from(_MODELS)),
        purchased_on=purchased,
        manufactured_on=None if purchased is None else purchased - timedelta(days=60),
        insurer=draw(st.one_of(st.none(), st.sampled_from(_INSURERS))),
        insurance_renewal_on=draw(
            st.one_of(st.none(), st.dates(date(2013, 1, 1), date(2027, 12, 31)))
        ),
        next_maintenance_on=draw(
            st.one_of(st.none(), st.dates(date(2013, 1, 1), date(2027, 12, 31)))
        ),
        tags=draw(st.frozensets(st.sampled_from(("fleet", "新能源", "进口")), max_size=1)),
    )


def work_order_lines() -> st.SearchStrategy[WorkOrderLine]:
    """Work-order lines with exact amounts and any payer.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(work_order_lines())
        ... def check(line):
        ...     assert Decimal("0.00") <= line.amount <= Decimal("8000.00")
        ...     assert line.payer in Payer
        >>> check()
    """
    return st.builds(
        WorkOrderLine,
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


@st.composite
def work_orders(
    draw: st.DrawFn,
    *,
    number: str | None = None,
    customer_number: str | None = None,
    vin: str | None = None,
    closed: bool | None = None,
) -> WorkOrder:
    """Work orders, open or closed, with one to three service types and lines.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(work_orders(vin="LFV2A21K3D3109826", closed=True))
        ... def check(order):
        ...     assert order.vin == "LFV2A21K3D3109826" and order.closed_at > order.opened_at
        ...     assert 1 <= len(order.service_types) <= 3
        >>> check()
    """
    opened = draw(moments())
    is_closed = draw(st.booleans()) if closed is None else closed
    closed_at = (
        opened + timedelta(hours=draw(st.integers(min_value=1, max_value=72)))
        if is_closed
        else None
    )
    return WorkOrder(
        number=number or "WO" + draw(st.text("0123456789", min_size=8, max_size=8)),
        customer_number=customer_number or draw(customer_numbers()),
        vin=vin or draw(vins()),
        opened_at=opened,
        closed_at=closed_at,
        service_types=draw(st.frozensets(st.sampled_from(ServiceType), min_size=1, max_size=3)),
        mileage_km=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=400_000))),
        lines=draw(st.lists(work_order_lines(), max_size=4)),
        service_advisor=draw(st.one_of(st.none(), st.sampled_from(_STAFF))),
        technician=draw(st.one_of(st.none(), st.sampled_from(_STAFF))),
    )


def readings(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
    """Odometer readings.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(readings(vin="LFV2A21K3D3109826"))
        ... def check(reading):
        ...     assert reading.vin == "LFV2A21K3D3109826" and reading.km >= 0
        >>> check()
    """
    return st.builds(
        OdometerReading,
        st.just(vin) if vin else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


@st.composite
def call_attempts(draw: st.DrawFn, *, at: datetime | None = None) -> CallAttempt:
    """Call attempts; completed ones carry a 1–5 rating and perhaps issues.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(call_attempts())
        ... def check(attempt):
        ...     if attempt.outcome is CallOutcome.COMPLETED:
        ...         assert 1 <= attempt.rating <= 5
        ...     else:
        ...         assert attempt.rating is None
        >>> check()
    """
    outcome = draw(st.sampled_from(CallOutcome))
    moment = at or draw(moments())
    if outcome is CallOutcome.COMPLETED:
        return CallAttempt(
            moment,
            outcome,
            by=draw(st.sampled_from(_STAFF)),
            rating=draw(st.integers(min_value=1, max_value=5)),
            issues=draw(
                st.lists(
                    st.builds(
                        ReportedIssue, st.sampled_from(IssueCategory), st.sampled_from(JobPosition)
                    ),
                    max_size=2,
                )
            ),
        )
    return CallAttempt(moment, outcome, by=draw(st.sampled_from(_STAFF)))


@st.composite
def followups(draw: st.DrawFn, *, customer_number: str | None = None) -> FollowUp:
    """Follow-ups with a consistent window (earliest <= due <= latest).

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(followups(customer_number="C000001"))
        ... def check(followup):
        ...     assert followup.earliest <= followup.due <= followup.latest
        ...     assert len(followup.attempts) <= 3
        >>> check()
    """
    earliest = draw(st.dates(date(2013, 1, 1), date(2026, 12, 31)))
    due = earliest + timedelta(days=draw(st.integers(min_value=0, max_value=5)))
    latest = due + timedelta(days=draw(st.integers(min_value=0, max_value=20)))
    base = datetime.combine(earliest, time(10, 0), tzinfo=CHINA_TZ)
    attempts = [
        draw(call_attempts(at=base + timedelta(days=i))) for i in range(draw(st.integers(0, 3)))
    ]
    return FollowUp(
        number="FU" + draw(st.text("0123456789", min_size=8, max_size=8)),
        kind=draw(st.sampled_from(FollowUpKind)),
        customer_number=customer_number or draw(customer_numbers()),
        vin=draw(st.one_of(st.none(), vins())),
        earliest=earliest,
        due=due,
        latest=latest,
        attempts=attempts,
    )


@st.composite
def complaints(
    draw: st.DrawFn, *, customer_number: str | None = None, number: str | None = None
) -> Complaint:
    """Complaints in a consistent state (a CLOSED one has its closing time).

    ``number`` fixes the complaint's number (drawn otherwise); give each complaint of
    one archive its own.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(complaints())
        ... def check(complaint):
        ...     if complaint.status is ComplaintStatus.CLOSED:
        ...         assert complaint.closed_at >= complaint.resolved_at >= complaint.received_at
        >>> check()
    """
    received = draw(moments())
    status = draw(st.sampled_from(ComplaintStatus))
    resolved_at = (
        received + timedelta(hours=draw(st.integers(min_value=1, max_value=400)))
        if status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
        else None
    )
    closed_at = (
        resolved_at + timedelta(hours=draw(st.integers(min_value=0, max_value=48)))
        if status is ComplaintStatus.CLOSED and resolved_at is not None
        else None
    )
    return Complaint(
        number=number or "TS" + draw(st.text("0123456789", min_size=8, max_size=8)),
        customer_number=customer_number or draw(customer_numbers()),
        received_at=received,
        level=draw(st.sampled_from(ComplaintLevel)),
        status=status,
        cause=draw(st.one_of(st.none(), st.sampled_from(ComplaintCause))),
        resolved_at=resolved_at,
        closed_at=closed_at,
        satisfaction=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=5))),
    )


@st.composite
def appointments(draw: st.DrawFn, *, customer_number: str | None = None) -> Appointment:
    """Appointments booked at least a day ahead, in any consistent status.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(appointments())
        ... def check(appointment):
        ...     assert appointment.slot - appointment.booked_at >= timedelta(hours=24)
        >>> check()
    """
    booked = draw(moments())
    slot = booked + timedelta(hours=draw(st.integers(min_value=24, max_value=24 * 14)))
    status = draw(st.sampled_from(AppointmentStatus))
    arrived_at = None
    if status is AppointmentStatus.ARRIVED_ON_TIME:
        arrived_at = slot - timedelta(minutes=draw(st.integers(min_value=0, max_value=30)))
    elif status is AppointmentStatus.ARRIVED_LATE:
        arrived_at = slot + timedelta(minutes=draw(st.integers(min_value=1, max_value=15)))
    return Appointment(
        number="YY" + draw(st.text("0123456789", min_size=8, max_size=8)),
        customer_number=customer_number or draw(customer_numbers()),
        kind=draw(st.sampled_from(AppointmentKind)),
        booked_at=booked,
        slot=slot,
        status=status,
        arrived_at=arrived_at,
    )


@st.composite
def fleet_accounts(draw: st.DrawFn) -> FleetAccount:
    """Big-customer accounts with vehicles_served <= vehicles.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(fleet_accounts())
        ... def check(account):
        ...     assert 0 <= account.vehicles_served <= account.vehicles
        >>> check()
    """
    size = draw(st.integers(min_value=1, max_value=400))
    return FleetAccount(
        "F" + draw(st.text("0123456789", min_size=5, max_size=5)),
        customer_number=draw(customer_numbers()),
        name=draw(st.sampled_from(_CITIES)) + draw(st.sampled_from(_COMPANIES)),
        vehicles=size,
        vehicles_served=draw(st.integers(min_value=0, max_value=size)),
        influential=draw(st.booleans()),
        purchase_plan=draw(st.sampled_from(PurchasePlan)),
        agreement_signed=draw(st.booleans()),
        site_visited=draw(st.booleans()),
        site_serviced=draw(st.booleans()),
        fleet_class=draw(st.one_of(st.none(), st.sampled_from(FleetClass))),
    )


def audit_entries() -> st.SearchStrategy[AuditEntry]:
    """Audit entries.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(audit_entries())
        ... def check(entry):
        ...     assert entry.at.tzinfo is CHINA_TZ and entry.action in AuditAction
        >>> check()
    """
    return st.builds(
        AuditEntry,
        at=moments(),
        actor=st.sampled_from(_STAFF),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


@st.composite
def snapshots(draw: st.DrawFn, *, max_customers: int = 5) -> Snapshot:
    """Small consistent archives: customers with their vehicles, work orders and more.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5, deadline=None)
        ... @given(snapshots(max_customers=3))
        ... def check(snapshot):
        ...     owners = {customer.number for customer in snapshot.customers}
        ...     assert len(owners) <= 3
        ...     assert all(car.customer_number in owners for car in snapshot.vehicles)
        ...     assert all(order.vin in {car.vin for car in snapshot.vehicles}
        ...                for order in snapshot.work_orders)
        >>> check()
    """
    count = draw(st.integers(min_value=0, max_value=max_customers))
    people = [draw(customers(number=f"C{i + 1:06d}")) for i in range(count)]
    cars: list[Vehicle] = []
    orders: list[WorkOrder] = []
    seen_vins: set[str] = set()
    for person in people:
        for car in draw(st.lists(vehicles(customer_number=person.number), max_size=2)):
            if car.vin in seen_vins:
                continue
            seen_vins.add(car.vin)
            cars.append(car)
            for _ in range(draw(st.integers(min_value=0, max_value=3))):
                orders.append(
                    draw(
                        work_orders(
                            number=f"WO{len(orders) + 1:08d}",
                            customer_number=person.number,
                            vin=car.vin,
                        )
                    )
                )
    return Snapshot(
        customers=people,
        vehicles=cars,
        work_orders=orders,
        # One complaint at most per customer, numbered after its customer: unique keys.
        complaints=[
            draw(complaints(customer_number=p.number, number=f"TS{index + 1:08d}"))
            for index, p in enumerate(people)
            if draw(st.booleans())
        ],
        customer_sequence=count,
    )
