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
from datetime import date

from autocrm.domain import (
    FleetAccount,
    PurchasePlan,
    Snapshot,
)
from autocrm.errors import InvalidComponent
from autocrm.testing._synthetic_desk import (
    add_followups,
    add_missing_levels,
    add_no_shows,
    add_open_complaints,
)
from autocrm.testing._synthetic_people import _INSURERS, add_company, add_person, add_vehicle
from autocrm.testing._synthetic_shop import Shop

__all__ = ["BANK_X_NAME", "INSURER_Y", "generate_dealership"]

#: The company of the sample question ("Bank X's hundred cars").
BANK_X_NAME = "华夏银行北京分行"
#: The insurer of the sample question ("insured with insurer Y"): 平安产险.
INSURER_Y = _INSURERS[1]


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
    shop = Shop(rng, as_of)
    bank = add_company(shop, BANK_X_NAME)
    for index in range(100):
        add_vehicle(shop, bank, insurer=INSURER_Y if index < 62 else "人保财险")
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
        person = add_person(shop)
        for _ in range(1 if rng.random() < 0.9 else 2):
            add_vehicle(shop, person)
        if index % 50 == 49:
            company = add_company(shop)
            size = rng.choice((3, 5, 8, 12, 25, 40, 60))
            for _ in range(min(size, 6)):
                add_vehicle(shop, company)
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
    add_no_shows(shop, max(2, customers // 40))
    add_followups(shop, days=45)
    add_missing_levels(shop)
    add_open_complaints(shop)
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
