"""A deterministic synthetic dealership, for demos, examples and benchmarks.

The same ``seed``, ``customers`` and ``as_of`` always give the same archive, with
valid identifiers throughout (VINs with their check digit, plates, resident IDs,
USCCs, mobile numbers), several years of work orders paid by the customer,
insurers and the manufacturer, odometer readings, complaints, appointments and
big-customer accounts — including the "Bank X" of the department's sample question
(see [questions across conditions][sources-statistics-questions]) with a hundred cars, about
sixty of them insured with one insurer ([`BANK_X_NAME`][autocrm.testing.synthetic],
[`INSURER_Y`][autocrm.testing.synthetic]) — and the follow-up calls of the last weeks, made or still
to make.

It is meant to look like a shop: cars come back for maintenance by their own mileage
(every 5,000 km or 6 months), and for repairs in between; owners drift away for good
at about one in seven a year, so the archive holds lost customers and a plausible
early-warning list (about a tenth of the customers); most cars due for maintenance
are booked for the coming days; complaints of every level, with their promised
call-backs; two complaints still open on the desk (one past its closing deadline, one
whose promised call-back was missed, filed under a customer entered twice); no-shows
of both appointment kinds.

Examples:
    >>> from datetime import date
    >>> shop = generate_dealership(seed=7, customers=50, as_of=date(2026, 11, 24))
    >>> len(shop.customers) >= 50, shop == generate_dealership(
    ...     seed=7, customers=50, as_of=date(2026, 11, 24))
    (True, True)
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from autocrm.domain import (
    CHINA_TZ,
    Address,
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
    FleetAccount,
    FollowUp,
    FollowUpStatus,
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
from autocrm.domain.identifiers import ric, uscc, vin
from autocrm.errors import InvalidComponent
from autocrm.rules.followup_attempts import record_attempt
from autocrm.rules.followups import schedule_followups

__all__ = ["BANK_X_NAME", "INSURER_Y", "generate_dealership"]

#: The company of the sample question ("Bank X's hundred cars").
BANK_X_NAME = "华夏银行北京分行"
#: The insurer of the sample question ("insured with insurer Y").
INSURER_Y = "平安产险"

_INSURERS = ("人保财险", INSURER_Y, "太平洋产险", "国寿财险", "大地保险")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉"
_COMPANY_KINDS = ("物流有限公司", "出租汽车有限公司", "建设集团", "医药有限公司", "电力公司")
_CITIES = (
    ("北京", "110105", "京", "100020"),
    ("天津", "120101", "津", "300010"),
    ("石家庄", "130102", "冀", "050000"),
    ("廊坊", "131002", "冀", "065000"),
)
_MODELS = (
    ("速腾 1.4T", "A级"),
    ("迈腾 2.0T", "B级"),
    ("朗逸 1.5L", "A级"),
    ("帕萨特 330TSI", "B级"),
    ("途观L 330TSI", "SUV"),
    ("ID.4 CROZZ", "新能源"),
)
_WMIS = ("LFV", "LSV", "LVS", "LGB", "LHG", "LSG")
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ADVISORS = ("李娜", "王强", "赵敏", "陈杰")
_TECHNICIANS = ("刘洋", "孙磊", "周涛", "吴勇", "郑军")
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def _vin(rng: random.Random, serial: int, year: int) -> str:
    wmi = rng.choice(_WMIS)
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    year_code = _YEAR_CODES[(year - 2010) % 30]
    body = f"{wmi}{vds}0{year_code}{rng.choice('ABCDEFGH123')}{serial:06d}"
    return body[:8] + vin.check_digit(body) + body[9:]


def _plate(prefix: str, serial: int, electric: bool) -> str:
    letter = _PLATE_LETTERS[serial % len(_PLATE_LETTERS)]
    number = serial // len(_PLATE_LETTERS)
    if electric:
        return f"{prefix}{letter}D{number % 100_000:05d}"
    return f"{prefix}{letter}{number % 100_000:05d}"


def _resident_id(rng: random.Random, area: str, born: date) -> str:
    body = f"{area}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.check_digit(body + "0")


def _uscc(serial: int, area: str) -> str:
    body = f"91{area}{serial:09d}"[:17]
    return body + uscc.check_digit(body + "0")


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(
        day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))), tzinfo=CHINA_TZ
    )


def _lines(rng: random.Random, types: frozenset[ServiceType]) -> list[WorkOrderLine]:
    lines: list[WorkOrderLine] = []
    if types & {ServiceType.FIRST_MAINTENANCE}:
        lines.append(WorkOrderLine("首保工时", "0", payer=Payer.WARRANTY))
        lines.append(WorkOrderLine("机油机滤", "0", payer=Payer.WARRANTY, kind=LineKind.PART))
    if ServiceType.MAINTENANCE in types:
        lines.append(WorkOrderLine("保养工时", Decimal(rng.choice((180, 220, 260)))))
        lines.append(
            WorkOrderLine(
                "机油机滤", Decimal(rng.randint(300, 900)) + Decimal("0.5"), kind=LineKind.PART
            )
        )
    if ServiceType.MINOR_REPAIR in types:
        lines.append(WorkOrderLine("小修", Decimal(rng.randint(80, 1500)), kind=LineKind.PART))
    if ServiceType.MAJOR_REPAIR in types:
        lines.append(WorkOrderLine("大修工时", Decimal(rng.randint(1500, 6000))))
        lines.append(WorkOrderLine("总成件", Decimal(rng.randint(3000, 20000)), kind=LineKind.PART))
    if types & {ServiceType.INSURANCE_REPAIR, ServiceType.BODY_PAINT}:
        lines.append(
            WorkOrderLine(
                "钣金喷漆", Decimal(rng.randint(800, 9000)) + Decimal("0.25"), payer=Payer.INSURANCE
            )
        )
        if rng.random() < 0.3:
            lines.append(WorkOrderLine("免赔额", Decimal(rng.choice((300, 500)))))
    if ServiceType.WARRANTY_CLAIM in types:
        lines.append(
            WorkOrderLine(
                "索赔件", Decimal(rng.randint(200, 5000)), payer=Payer.WARRANTY, kind=LineKind.PART
            )
        )
    if ServiceType.DECORATION in types:
        lines.append(
            WorkOrderLine("精品", Decimal(rng.randint(200, 3000)), kind=LineKind.ACCESSORY)
        )
    return lines


class _Shop:
    """Mutable builder used only inside
    [`generate_dealership`][autocrm.testing.synthetic.generate_dealership]."""

    def __init__(self, rng: random.Random, as_of: date) -> None:
        self.rng = rng
        self.as_of = as_of
        self.customers: list[Customer] = []
        self.vehicles: list[Vehicle] = []
        self.work_orders: list[WorkOrder] = []
        self.readings: list[OdometerReading] = []
        self.complaints: list[Complaint] = []
        self.appointments: list[Appointment] = []
        self.fleet: list[FleetAccount] = []
        self.followups: list[FollowUp] = []
        self.serial = 0

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial

    def add_person(self) -> Customer:
        rng = self.rng
        number = f"C{len(self.customers) + 1:06d}"
        city, area, _, postcode = rng.choice(_CITIES)
        born = date(rng.randint(1955, 2002), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.01:
            born = date(rng.choice((1964, 1972, 1980, 1988, 1996)), 2, 29)
        rid = _resident_id(rng, area, born)
        customer = Customer(
            number=number,
            name=rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(2)),
            kind=CustomerKind.PERSON,
            gender=Gender.MALE if ric.gender(rid) == "male" else Gender.FEMALE,
            birth_date=born,
            resident_id=rid,
            mobile=f"+86{rng.choice((138, 139, 186, 135, 188))}{self.next_serial():08d}",
            address=Address(f"{city}市幸福路{rng.randint(1, 300)}号", postcode=postcode),
            region=city,
            owner=rng.choice(_ADVISORS),
            registered_on=self.as_of - timedelta(days=rng.randint(30, 3650)),
            categories={"source": rng.choice(("展厅", "网络", "转介绍", "车展"))},
        )
        self.customers.append(customer)
        return customer

    def add_company(self, name: str | None = None) -> Customer:
        rng = self.rng
        number = f"C{len(self.customers) + 1:06d}"
        city, area, _, postcode = rng.choice(_CITIES)
        customer = Customer(
            number=number,
            name=name
            or f"{city}{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)}{rng.choice(_COMPANY_KINDS)}",
            kind=CustomerKind.COMPANY,
            uscc=_uscc(self.next_serial(), area),
            mobile=f"+86{rng.choice((136, 137, 158))}{self.next_serial():08d}",
            address=Address(f"{city}市金融街{rng.randint(1, 99)}号", postcode=postcode),
            region=city,
            owner=rng.choice(_ADVISORS),
            registered_on=self.as_of - timedelta(days=rng.randint(30, 3650)),
            tags={"fleet"},
        )
        self.customers.append(customer)
        return customer

    def add_vehicle(self, owner: Customer, *, insurer: str | None = None) -> Vehicle:
        rng = self.rng
        purchased = self.as_of - timedelta(days=rng.randint(20, 365 * 6))
        model, model_class = rng.choice(_MODELS)
        electric = model_class == "新能源"
        prefix = next(c[2] for c in _CITIES if c[0] == owner.region) if owner.region else "京"
        serial = self.next_serial()
        renewal = date(self.as_of.year, purchased.month, min(purchased.day, 28))
        if renewal < self.as_of - timedelta(days=60):
            renewal = renewal.replace(year=renewal.year + 1)
        car = Vehicle(
            vin=_vin(rng, serial, purchased.year),
            customer_number=owner.number,
            plate=_plate(prefix, serial, electric),
            brand="大众",
            model=model,
            model_class=model_class,
            colour=rng.choice(("白", "黑", "银", "灰", "蓝")),
            manufactured_on=purchased - timedelta(days=rng.randint(30, 120)),
            purchased_on=purchased,
            registered_on=purchased,
            insurer=insurer or rng.choice(_INSURERS),
            insurance_renewal_on=renewal,
            annual_inspection_on=date(purchased.year + 6, purchased.month, 1)
            if purchased.year + 6 > self.as_of.year
            else date(self.as_of.year + 1, purchased.month, 1),
            warranty_expires_on=purchased + timedelta(days=365 * 3),
            warranty_km=100_000,
            is_new_car_sale=rng.random() < 0.7,
        )
        self.vehicles.append(car)
        self.add_history(owner, car)
        return car

    def add_history(self, owner: Customer, car: Vehicle) -> None:
        rng = self.rng
        assert car.purchased_on is not None
        km_per_day = rng.uniform(20, 80)
        propensity = rng.random()  # how faithfully this owner comes back
        # The shop's own rule brings a faithful owner back every 5,000 km or 6 months,
        # whichever first (first maintenance at 3,000 km or 3 months): a car driven
        # 50 km a day comes every 100 days, not twice a year.
        first_gap = min(91, round(3000 / km_per_day))
        routine_gap = min(182, round(5000 / km_per_day))
        # Owners drift away for good (moved, sold the car, went to a cheaper garage):
        # about one in seven a year, so that an archive holds lost customers too.
        leaves = car.purchased_on + timedelta(days=round(rng.expovariate(0.15 / 365)))
        until = min(self.as_of, leaves)
        day = car.purchased_on
        first = True
        last_maintenance: date | None = None
        if car.is_new_car_sale:
            self._order(owner, car, day, frozenset({ServiceType.NEW_CAR_DELIVERY}), 5)
        while True:
            gap = first_gap if first else routine_gap
            day = day + timedelta(days=rng.randint(gap - gap // 10, gap + gap // 5))
            if day >= until:
                break
            if rng.random() > 0.85 + 0.15 * propensity:
                first = False
                continue
            types = {ServiceType.FIRST_MAINTENANCE if first else ServiceType.MAINTENANCE}
            roll = rng.random()
            if roll < 0.10:
                types.add(ServiceType.MINOR_REPAIR)
            elif roll < 0.13:
                types.add(ServiceType.INSURANCE_REPAIR)
            elif roll < 0.17:
                types.add(ServiceType.WARRANTY_CLAIM)
            elif roll < 0.19:
                types.add(ServiceType.DECORATION)
            km = int((day - car.purchased_on).days * km_per_day) + 12
            self._order(owner, car, day, frozenset(types), km)
            first = False
            last_maintenance = day
        if leaves > self.as_of:
            self._book_next(owner, car, last_maintenance, routine_gap if not first else first_gap)
        # Repair-only visits (一般维修) between the maintenances: a faithful owner brings
        # the car in for a fault about once a year, a drifting one less often.
        rate = (0.3 + 1.2 * propensity) / 365
        day = car.purchased_on + timedelta(days=round(rng.expovariate(rate)))
        while day < until:
            roll = rng.random()
            kind = (
                ServiceType.MINOR_REPAIR
                if roll < 0.75
                else ServiceType.WARRANTY_CLAIM
                if roll < 0.9
                else ServiceType.MAJOR_REPAIR
            )
            km = int((day - car.purchased_on).days * km_per_day) + 12
            self._order(owner, car, day, frozenset({kind}), km)
            day = day + timedelta(days=max(7, round(rng.expovariate(rate))))
        if rng.random() < 0.08:
            accident = self.as_of - timedelta(days=rng.randint(1, 700))
            if car.purchased_on < accident < until:
                km = int((accident - car.purchased_on).days * km_per_day)
                self._order(
                    owner,
                    car,
                    accident,
                    frozenset({ServiceType.INSURANCE_REPAIR, ServiceType.BODY_PAINT}),
                    km,
                )

    def _book_next(self, owner: Customer, car: Vehicle, last: date | None, gap: int) -> None:
        """Book the coming maintenance of a car still served here, as a desk does.

        The reminder call a week or two before the due day books most owners: a car
        due from two weeks ago to three weeks ahead has an appointment in the coming
        days (proactive: the shop called; passive: the owner called) two times in three.
        """
        rng = self.rng
        assert car.purchased_on is not None
        due = (last or car.purchased_on) + timedelta(days=gap)
        if not -21 <= (due - self.as_of).days <= 35 or rng.random() > 0.8:
            return
        slot_day = max(due, self.as_of + timedelta(days=rng.randint(1, 6)))
        slot = datetime.combine(slot_day, time(rng.randint(8, 16), 0), tzinfo=CHINA_TZ)
        booked = datetime.combine(
            self.as_of - timedelta(days=rng.randint(0, 6)), time(10, 0), tzinfo=CHINA_TZ
        )
        self.appointments.append(
            Appointment(
                number=f"YY{len(self.appointments) + 1:07d}",
                customer_number=owner.number,
                vin=car.vin,
                kind=AppointmentKind.PROACTIVE if rng.random() < 0.6 else AppointmentKind.PASSIVE,
                booked_at=min(booked, slot - timedelta(hours=24)),
                slot=slot,
                service_types={ServiceType.MAINTENANCE},
            )
        )

    def _order(
        self, owner: Customer, car: Vehicle, day: date, types: frozenset[ServiceType], km: int
    ) -> None:
        rng = self.rng
        opened = _at(day, rng)
        hours = 4 if not types & {ServiceType.MAJOR_REPAIR, ServiceType.BODY_PAINT} else 72
        closed = opened + timedelta(hours=rng.randint(1, hours))
        order = WorkOrder(
            number=f"WO{len(self.work_orders) + 1:08d}",
            customer_number=owner.number,
            vin=car.vin,
            opened_at=opened,
            closed_at=closed if closed.date() < self.as_of else None,
            service_types=types,
            mileage_km=km,
            lines=_lines(rng, types),
            service_advisor=rng.choice(_ADVISORS),
            technician=rng.choice(_TECHNICIANS),
        )
        self.work_orders.append(order)
        self.readings.append(OdometerReading(car.vin, day, km, source=order.number))
        if rng.random() < 0.003:
            self._complaint(order)
        if rng.random() < 0.15 and ServiceType.NEW_CAR_DELIVERY not in types:
            self._appointment(order)

    def _complaint(self, order: WorkOrder, level: ComplaintLevel | None = None) -> None:
        rng = self.rng
        received = order.opened_at + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 5))
        if received.date() >= self.as_of:
            return
        if level is None:
            # As in the department's figures: level I by far the most frequent, III the rarest.
            level = rng.choices(list(ComplaintLevel), weights=(85, 10, 5))[0]
        age = (self.as_of - received.date()).days
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
        if done is not None and done.date() >= self.as_of:
            done = None
        self.complaints.append(
            Complaint(
                number=f"TS{len(self.complaints) + 1:06d}",
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
                handler=self._owner_of(order.customer_number),  # the customer's owner
            )
        )

    def add_missing_levels(self) -> None:
        """Give the last twelve months a complaint of each level they lack (for the charts)."""
        since = self.as_of - timedelta(days=365)
        recent = [c for c in self.complaints if c.received_at.date() >= since]
        orders = [
            o for o in self.work_orders if since <= o.visit_date <= self.as_of - timedelta(days=30)
        ]
        for level in ComplaintLevel:
            if orders and not any(c.level is level for c in recent):
                self._complaint(self.rng.choice(orders), level)

    def _appointment(self, order: WorkOrder) -> None:
        rng = self.rng
        slot = order.opened_at.replace(minute=0)
        booked = slot - timedelta(hours=rng.randint(24, 24 * 7))
        late = rng.random()
        if late < 0.8:
            status, arrived = AppointmentStatus.ARRIVED_ON_TIME, slot - timedelta(minutes=5)
        else:
            status, arrived = AppointmentStatus.ARRIVED_LATE, slot + timedelta(minutes=10)
        self.appointments.append(
            Appointment(
                number=f"YY{len(self.appointments) + 1:07d}",
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

    def add_followups(self, *, days: int) -> None:
        """Schedule the follow-ups of recent visits and play the calls already made."""
        since = self.as_of - timedelta(days=days)
        for order in self.work_orders:
            if order.closed_on is None or order.closed_on < since:
                continue
            for followup in schedule_followups(order):
                self.followups.append(self._call(followup))

    def _call(self, followup: FollowUp) -> FollowUp:
        rng = self.rng
        called = followup.earliest
        if called >= self.as_of or (followup.due >= self.as_of and rng.random() < 0.5):
            return followup  # still to be called: on today's worklist or later
        attempts = 0
        while followup.status is FollowUpStatus.PENDING and called < self.as_of:
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

    def add_open_complaints(self) -> None:
        """Put two complaints on the desk: one past its closing deadline, one call-back missed.

        Both are added after every random draw (no draw of their own), so the rest of
        the shop is the same with or without them.
        """
        day = self.as_of
        orders = [o for o in self.work_orders if day - timedelta(days=30) <= o.visit_date]
        orders = [o for o in orders if o.visit_date <= day - timedelta(days=8)]
        people = [c for c in self.customers if c.kind is CustomerKind.PERSON]
        if not orders or len(people) < 2:
            return
        late = orders[-1]
        # Level I closes on the next working day: received a week ago, still investigated.
        received = datetime.combine(day - timedelta(days=7), time(10), tzinfo=CHINA_TZ)
        self.complaints.append(
            Complaint(
                number=f"TS{len(self.complaints) + 1:06d}",
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
                handler=self._owner_of(late.customer_number),
            )
        )
        # A customer entered twice by another desk (the insurance desk's record: same
        # name and mobile, no ID) calls the hotline; the promised call-back of
        # yesterday afternoon was not made.
        original = people[1]
        twin = Customer(
            number=f"C{len(self.customers) + 1:06d}",
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
        self.customers.append(twin)
        received = datetime.combine(day - timedelta(days=1), time(10), tzinfo=CHINA_TZ)
        self.complaints.append(
            Complaint(
                number=f"TS{len(self.complaints) + 1:06d}",
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

    def _owner_of(self, number: str) -> str | None:
        return next((c.owner for c in self.customers if c.number == number), None)

    def add_no_shows(self, count: int) -> None:
        rng = self.rng
        kinds = list(AppointmentKind)
        for index in range(count):
            owner = rng.choice(self.customers)
            slot = _at(self.as_of - timedelta(days=rng.randint(1, 300)), rng)
            drawn = rng.choice(kinds)
            self.appointments.append(
                Appointment(
                    number=f"YY{len(self.appointments) + 1:07d}",
                    customer_number=owner.number,
                    # One of each kind first (both kinds have no-shows in every shop);
                    # the draw is made anyway, so the rest of the shop stays the same.
                    kind=kinds[index] if index < len(kinds) else drawn,
                    booked_at=slot - timedelta(days=2),
                    slot=slot,
                    status=AppointmentStatus.NO_SHOW,
                )
            )


def generate_dealership(*, seed: int = 0, customers: int = 1000, as_of: date) -> Snapshot:
    """Generate a deterministic, realistic archive of a dealership.

    Args:
        seed: Random seed; the same arguments give the same archive.
        customers: Number of private customers (companies and Bank X come on top:
            about one company per fifty customers).
        as_of: The day the archive is seen from; nothing happens after it.

    Returns:
        A [`Snapshot`][autocrm.domain.snapshot.Snapshot] with customers, vehicles, work orders,
        odometer readings, complaints, appointments and fleet accounts.

    Raises:
        autocrm.errors.InvalidComponent: ``customers`` is negative.

    Examples:
        >>> shop = generate_dealership(seed=1, customers=20, as_of=date(2025, 10, 1))
        >>> bank = [c for c in shop.customers if c.name == BANK_X_NAME][0]
        >>> len(shop.vehicles_of(bank.number))
        100
    """
    if customers < 0:
        msg = f"customers: expected a count >= 0, got {customers}"
        raise InvalidComponent(msg, field="customers", value=customers)
    rng = random.Random(seed)
    shop = _Shop(rng, as_of)
    bank = shop.add_company(BANK_X_NAME)
    for index in range(100):
        shop.add_vehicle(bank, insurer=INSURER_Y if index < 62 else "人保财险")
    shop.fleet.append(
        FleetAccount(
            "F00001",
            customer_number=bank.number,
            name=bank.name,
            vehicles=100,
            vehicles_served=92,
            influential=True,
            purchase_plan=PurchasePlan.THIS_YEAR,
            agreement_signed=True,
            site_visited=True,
            site_serviced=True,
        )
    )
    for index in range(customers):
        person = shop.add_person()
        for _ in range(1 if rng.random() < 0.9 else 2):
            shop.add_vehicle(person)
        if index % 50 == 49:
            company = shop.add_company()
            size = rng.choice((3, 5, 8, 12, 25, 40, 60))
            for _ in range(min(size, 6)):
                shop.add_vehicle(company)
            shop.fleet.append(
                FleetAccount(
                    f"F{len(shop.fleet) + 1:05d}",
                    customer_number=company.number,
                    name=company.name,
                    vehicles=size,
                    vehicles_served=rng.randint(0, size),
                    influential=rng.random() < 0.3,
                    purchase_plan=rng.choice(list(PurchasePlan)),
                    agreement_signed=rng.random() < 0.2,
                    site_visited=rng.random() < 0.6,
                    site_serviced=rng.random() < 0.5,
                )
            )
    shop.add_no_shows(max(2, customers // 40))
    shop.add_followups(days=45)
    shop.add_missing_levels()
    shop.add_open_complaints()
    return Snapshot(
        customers=shop.customers,
        vehicles=shop.vehicles,
        work_orders=shop.work_orders,
        readings=shop.readings,
        complaints=shop.complaints,
        appointments=shop.appointments,
        fleet_accounts=shop.fleet,
        followups=shop.followups,
        customer_sequence=len(shop.customers),
    )
