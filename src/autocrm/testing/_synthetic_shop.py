"""The dealership being generated: its records so far, its advisors, its clock of visits.

Shared by the builders of
[`generate_dealership`][autocrm.testing.synthetic.generate_dealership].

Examples:
    >>> import random
    >>> from datetime import date
    >>> shop = Shop(random.Random(1), date(2025, 10, 1))
    >>> shop.next_serial(), shop.next_serial()
    (1, 2)
"""

from __future__ import annotations

import random
from datetime import date, datetime, time

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Vehicle,
    WorkOrder,
)

#: The service advisors who open work orders and handle complaints.
_ADVISORS = ("李娜", "王强", "赵敏", "陈杰")


class Shop:
    """The records generated so far (a mutable builder used only inside
    [`generate_dealership`][autocrm.testing.synthetic.generate_dealership])."""

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


def time_on(day: date, rng: random.Random) -> datetime:
    return datetime.combine(
        day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))), tzinfo=CHINA_TZ
    )
