"""The contract every ``autocrm.rules`` module keeps (DESIGN principles 2 and 3).

The modules are found with :mod:`pkgutil`, so a rules module added later is held to
the same contract without touching this file:

* a curated ``__all__`` whose names exist;
* no hidden clock: a public function whose name or parameters show that it depends
  on "now" takes a keyword-only ``as_of`` without a default, and no rule names a
  parameter ``today``/``now`` (that no source file outside the CLI reads the clock
  is checked once for the whole package, by ``tests/unit/test_meta.py``);
* values in, values out: every public class is an enumeration, a Protocol or a
  frozen attrs class without mutable (list/dict/set) fields, so a result cannot be
  changed after the fact; policies build with no arguments;
* rules mutate nothing: a rule given lists leaves them as they were, the same
  objects in the same order with the same values;
* every public function and class has a docstring with a runnable example.
"""

from __future__ import annotations

import copy
import copyreg
import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from datetime import date, datetime
from types import MappingProxyType, ModuleType
from typing import Any, NamedTuple, Protocol, cast

import attrs
import pytest

import autocrm.rules
from autocrm.domain import (
    CHINA_TZ,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Payer,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules import (
    archive_completeness,
    calendar_estimates,
    campaigns,
    churn,
    churn_segments,
    churn_warning,
    desk,
    duplicates,
    fleet,
    followup_worklists,
    followups,
    lost,
    loyalty,
    membership,
    merging,
    mileage,
    overdue_complaints,
    reminders,
    review,
    risk,
    service_due,
    unmerging,
)
from autocrm.testing.synthetic import generate_dealership


def _rules_modules() -> list[ModuleType]:
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(autocrm.rules.__path__)
        if not info.name.startswith("_")
    )
    return [importlib.import_module(f"autocrm.rules.{name}") for name in names]


MODULES = _rules_modules()
MODULE_IDS = [module.__name__.rsplit(".", 1)[1] for module in MODULES]


def _public(module: ModuleType) -> list[tuple[str, Any]]:
    return [(name, getattr(module, name)) for name in getattr(module, "__all__", ())]


def _functions() -> list[tuple[str, Callable[..., Any]]]:
    return [
        (f"{module.__name__}.{name}", obj)
        for module in MODULES
        for name, obj in _public(module)
        if inspect.isfunction(obj)
    ]


def _classes() -> list[tuple[str, type]]:
    return [
        (f"{module.__name__}.{name}", obj)
        for module in MODULES
        for name, obj in _public(module)
        if inspect.isclass(obj)
    ]


FUNCTIONS = _functions()
CLASSES = _classes()

# A function name that says the answer changes with the day it is asked.
TIME_WORDS = re.compile(
    r"(^|_)(due|overdue|lost|warning|worklist|churn|stale|expired?|expiring|late|"
    r"upcoming|reminders?|age|recency)(_|$)"
)
# Parameter names that smuggle in "now" under another name than ``as_of``.
CLOCK_PARAMETERS = frozenset(
    {"today", "now", "current_date", "current_time", "reference_date", "asof", "as_at"}
)


def test_the_rules_package_has_modules() -> None:
    # Guards the parametrised tests below against passing vacuously.
    assert {"complaints", "fleet", "archive", "calendar"} <= set(MODULE_IDS)
    assert FUNCTIONS
    assert CLASSES


@pytest.mark.parametrize("module", MODULES, ids=MODULE_IDS)
def test_module_has_a_curated_all(module: ModuleType) -> None:
    names = getattr(module, "__all__", None)
    assert isinstance(names, (list, tuple)), f"{module.__name__} has no __all__"
    assert len(set(names)) == len(names), f"{module.__name__}.__all__ repeats a name"
    missing = [name for name in names if not hasattr(module, name)]
    assert missing == [], f"{module.__name__}.__all__ names what it does not define"
    assert all(not name.startswith("_") for name in names)


@pytest.mark.parametrize(("name", "function"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
def test_time_dependent_function_takes_required_keyword_only_as_of(
    name: str, function: Callable[..., Any]
) -> None:
    parameters = inspect.signature(function).parameters
    clock_like = CLOCK_PARAMETERS & set(parameters)
    assert clock_like == set(), f"{name}: call the business date 'as_of', not {clock_like}"
    short_name = name.rsplit(".", 1)[1]
    if TIME_WORDS.search(short_name):
        assert "as_of" in parameters, f"{name} depends on the day but takes no as_of"
    as_of = parameters.get("as_of")
    if as_of is not None:
        assert as_of.kind is inspect.Parameter.KEYWORD_ONLY, f"{name}: as_of must be keyword-only"
        assert as_of.default is inspect.Parameter.empty, f"{name}: as_of must have no default"


def _is_protocol(cls: type) -> bool:
    return bool(getattr(cls, "_is_protocol", False)) and Protocol in getattr(cls, "__mro__", ())


def _is_frozen_attrs(cls: type) -> bool:
    # attrs installs its own __setattr__ that always raises FrozenInstanceError.
    return attrs.has(cls) and getattr(cls.__setattr__, "__name__", "") == "_frozen_setattrs"


MUTABLE_TYPE = re.compile(r"(^|[\[\s|,])(list|dict|set|List|Dict|Set|bytearray)\b")


@pytest.mark.parametrize(("name", "cls"), CLASSES, ids=[n for n, _ in CLASSES])
def test_public_class_is_an_enum_a_protocol_or_frozen(name: str, cls: type) -> None:
    if issubclass(cls, enum.Enum) or _is_protocol(cls):
        return
    assert _is_frozen_attrs(cls), f"{name} must be an @attrs.frozen class"
    mutable = [
        f"{field.name}: {field.type}"
        for field in attrs.fields(cast(Any, cls))
        if MUTABLE_TYPE.search(str(field.type))
    ]
    assert mutable == [], f"{name} has mutable fields; use tuple, frozenset or Mapping"


@pytest.mark.parametrize(
    ("name", "cls"),
    [(n, c) for n, c in CLASSES if n.endswith("Policy")],
    ids=[n for n, c in CLASSES if n.endswith("Policy")],
)
def test_policy_builds_from_defaults_and_is_keyword_only(name: str, cls: type) -> None:
    policy = cls()
    assert policy == cls()
    for field in attrs.fields(cls):
        assert field.kw_only, f"{name}.{field.name} must be keyword-only"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(policy, attrs.fields(cls)[0].name, None)


@pytest.mark.parametrize(
    ("name", "obj"),
    [*FUNCTIONS, *CLASSES],
    ids=[n for n, _ in [*FUNCTIONS, *CLASSES]],
)
def test_public_name_has_a_docstring(name: str, obj: Any) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc.strip(), f"{name} has no docstring"
    if inspect.isfunction(obj):
        assert ">>>" in doc, f"{name}: the docstring needs a runnable example"


def test_frozen_check_can_fail() -> None:
    @attrs.define
    class Mutable:
        value: list[int]

    @attrs.frozen
    class Frozen:
        value: tuple[int, ...]

    assert not _is_frozen_attrs(Mutable)
    assert _is_frozen_attrs(Frozen)
    assert MUTABLE_TYPE.search("list[int]")
    assert MUTABLE_TYPE.search("Mapping[str, str] | dict[str, int]")
    assert not MUTABLE_TYPE.search("tuple[Chance, ...]")
    assert not MUTABLE_TYPE.search("frozenset[str]")
    assert TIME_WORDS.search("is_overdue")
    assert TIME_WORDS.search("reviews_due")
    assert not TIME_WORDS.search("closing_deadline")


# -- rules mutate nothing -------------------------------------------------------------

AS_OF = date(2026, 11, 24)
#: A private customer of the synthetic shop with several vehicles' worth of visits.
CUSTOMER_NUMBER = "C000052"


class World(NamedTuple):
    """The arguments the rules are called with: lists, as a caller would pass them."""

    shop: Snapshot
    customer: Customer
    customers: list[Customer]
    vehicles: list[Vehicle]
    work_orders: list[WorkOrder]
    readings: list[OdometerReading]
    car_work_orders: list[WorkOrder]
    car_readings: list[OdometerReading]
    complaints: list[Complaint]
    followups: list[FollowUp]
    accounts: list[FleetAccount]
    days: list[date]
    payers: list[Payer]
    segments: list[churn_segments.ChurnSegment]
    campaigns: list[campaigns.Campaign]


def _copy_mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    # copy.deepcopy cannot copy a MappingProxyType (Customer.categories is one):
    # rebuild it around a deep copy of the mapping behind it.
    return MappingProxyType, (dict(proxy),)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setitem(copyreg.dispatch_table, MappingProxyType, _copy_mapping_proxy)
    shop = generate_dealership(seed=5, customers=60, as_of=AS_OF)
    customer = shop.customer(CUSTOMER_NUMBER)
    assert customer is not None
    vehicles = list(shop.vehicles_of(CUSTOMER_NUMBER))
    vins = {vehicle.vin for vehicle in vehicles}
    # The rules about one vehicle are given that vehicle's visits and readings only.
    car = vehicles[0].vin
    return World(
        shop=shop,
        customer=customer,
        customers=list(shop.customers),
        vehicles=vehicles,
        work_orders=list(shop.work_orders_of(CUSTOMER_NUMBER)),
        readings=[reading for reading in shop.readings if reading.vin in vins],
        car_work_orders=[order for order in shop.work_orders if order.vin == car],
        car_readings=[reading for reading in shop.readings if reading.vin == car],
        complaints=list(shop.complaints),
        followups=list(shop.followups),
        accounts=list(shop.fleet_accounts),
        days=[date(2026, 10, 1), date(2026, 11, 24), date(2027, 2, 17)],
        payers=[Payer.SELF, Payer.INSURANCE],
        segments=list(churn_segments.ChurnSegment),
        campaigns=[
            campaigns.Campaign(
                name="冬季免费检测", starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 31)
            )
        ],
    )


#: Each public rule that takes collections, called with lists where it takes an
#: iterable, in the argument order of its signature (read with inspect.signature).
NO_MUTATION_CASES: dict[str, Callable[[World], object]] = {
    "archive_completeness.completeness": lambda w: archive_completeness.completeness(
        w.customer, w.vehicles
    ),
    "duplicates.find_duplicates": lambda w: duplicates.find_duplicates(w.customers, w.vehicles),
    "review.reviews_due": lambda w: review.reviews_due(w.customers, as_of=AS_OF),
    "calendar_estimates.any_estimated": lambda w: calendar_estimates.any_estimated(w.days),
    "overdue_complaints.overdue_complaints": lambda w: overdue_complaints.overdue_complaints(
        w.complaints, as_of=AS_OF
    ),
    "risk.churn_risk": lambda w: risk.churn_risk(
        w.customer, w.vehicles, w.work_orders, w.complaints, as_of=AS_OF, readings=w.readings
    ),
    "churn_segments.churn_segment": lambda w: churn_segments.churn_segment(
        w.customer, w.vehicles, w.work_orders, as_of=AS_OF
    ),
    "churn_warning.early_warning": lambda w: churn_warning.early_warning(w.shop, as_of=AS_OF),
    "churn_segments.is_lost": lambda w: churn_segments.is_lost(
        w.customer, w.vehicles, w.work_orders, as_of=AS_OF
    ),
    "churn.last_visit_on": lambda w: churn.last_visit_on(
        w.customer, w.vehicles, w.work_orders, as_of=AS_OF
    ),
    "lost.lost_customers": lambda w: lost.lost_customers(w.shop, as_of=AS_OF, segments=w.segments),
    "fleet.assign_fleet_classes": lambda w: fleet.assign_fleet_classes(w.accounts),
    "fleet.classify_fleets": lambda w: fleet.classify_fleets(w.accounts),
    "followup_worklists.followup_worklist": lambda w: followup_worklists.followup_worklist(
        w.followups, as_of=AS_OF, customers=w.customers
    ),
    "followups.schedule_followups": lambda w: [
        followups.schedule_followups(order) for order in w.work_orders
    ],
    "loyalty.classify_loyalty": lambda w: loyalty.classify_loyalty(
        w.customer, w.vehicles, w.work_orders, w.readings, as_of=AS_OF
    ),
    "membership.cumulative_spend": lambda w: membership.cumulative_spend(
        w.work_orders, payers=w.payers
    ),
    "reminders.due_reminders": lambda w: reminders.due_reminders(
        w.shop, as_of=AS_OF, campaigns=w.campaigns
    ),
    "mileage.estimate_daily_km": lambda w: mileage.estimate_daily_km(
        w.car_readings, purchased_on=w.vehicles[0].purchased_on
    ),
    "service_due.next_service_due": lambda w: service_due.next_service_due(
        w.vehicles[0], w.car_work_orders, w.car_readings, as_of=AS_OF
    ),
    "desk.daily_worklist": lambda w: desk.daily_worklist(
        w.shop, as_of=AS_OF, campaigns=w.campaigns
    ),
    "merging.combine_opt_outs": lambda w: merging.combine_opt_outs(
        [o for c in w.customers for o in c.opt_outs], list(w.customer.opt_outs)
    ),
    "merging.plan_merge": lambda w: merging.plan_merge(
        _twin(w),
        w.customer,
        [*w.vehicles, *w.work_orders],
        actor="客服-李娜",
        at=MERGED_AT,
        reason="同一车主重复建档",
    ),
    "unmerging.plan_unmerge": lambda w: _merge_undone(w),
}


MERGED_AT = datetime(2026, 11, 24, 9, 30, tzinfo=CHINA_TZ)


def _twin(w: World) -> Customer:
    """Another customer of the same kind as ``w.customer``: a survivor to merge it into."""
    return next(
        c
        for c in w.customers
        if c.number != w.customer.number and c.kind is w.customer.kind and not c.anonymised
    )


def _merge_undone(w: World) -> object:
    plan = merging.plan_merge(
        _twin(w),
        w.customer,
        [*w.vehicles, *w.work_orders],
        actor="客服-李娜",
        at=MERGED_AT,
        reason="同一车主重复建档",
    )
    stored = {(type(after), getattr(after, "number", None)): after for _, after in plan.changes}
    survivor = stored.get((Customer, plan.result.survivor), _twin(w))
    duplicate = stored[Customer, w.customer.number]
    moved = [after for _, after in plan.changes if not isinstance(after, Customer)]
    assert isinstance(survivor, Customer)
    assert isinstance(duplicate, Customer)
    return unmerging.plan_unmerge(
        plan.result,
        survivor,
        duplicate,
        moved,
        [],
        actor="客服-李娜",
        at=MERGED_AT,
        reason="不是同一人",
    )


def _members(value: object) -> list[int]:
    """The identities of what a list (or every record of a snapshot) holds."""
    if isinstance(value, Snapshot):
        return [id(record) for field in attrs.fields(Snapshot) for record in _records(value, field)]
    if isinstance(value, list):
        return [id(item) for item in value]
    return [id(value)]


def _records(snapshot: Snapshot, field: attrs.Attribute[Any]) -> tuple[object, ...]:
    held = getattr(snapshot, field.name)
    return held if isinstance(held, tuple) else ()


def test_the_world_has_data_for_every_argument(world: World) -> None:
    # Guards the no-mutation tests against passing on empty lists.
    for name, value in world._asdict().items():
        if isinstance(value, list):
            assert value, f"world.{name} is empty"
    assert len(world.work_orders) >= 5
    assert {reading.vin for reading in world.car_readings} == {world.vehicles[0].vin}


#: A parameter annotation that names a collection of records.
COLLECTION = re.compile(r"\b(Iterable|Sequence|Collection|Mapping|Snapshot|list|tuple)\b")
#: Rules that take collections but have no no-mutation case yet: their modules were
#: being rewritten when the cases were written. This set must only shrink: add a case
#: to NO_MUTATION_CASES and take the name off.
NOT_YET_COVERED = frozenset(
    {
        "handling_records.work_order_record",
        "lost.lost_customers_report",
        "contact.contact_pressure",
        "followup_worklists.followup_worklist_report",
        "reminders.due_reminders_report",
    }
)


def _takes_a_collection(function: Callable[..., Any]) -> bool:
    parameters = inspect.signature(function).parameters.values()
    return any(COLLECTION.search(str(parameter.annotation)) for parameter in parameters)


def test_every_rule_that_takes_collections_has_a_no_mutation_case() -> None:
    takes = {
        name.removeprefix("autocrm.rules.")
        for name, function in FUNCTIONS
        if _takes_a_collection(function)
    }
    assert {"risk.churn_risk", "service_due.next_service_due"} <= takes
    assert takes - set(NO_MUTATION_CASES) - NOT_YET_COVERED == set()
    public = {name.removeprefix("autocrm.rules.") for name, _ in FUNCTIONS}
    assert set(NO_MUTATION_CASES) - public == set(), "a case names no public rule"
    assert NOT_YET_COVERED & set(NO_MUTATION_CASES) == set(), "covered now: drop from the set"
    assert takes >= NOT_YET_COVERED, "gone or renamed: drop from NOT_YET_COVERED"


@pytest.mark.parametrize("case", sorted(NO_MUTATION_CASES))
def test_rule_leaves_its_arguments_untouched(case: str, world: World) -> None:
    before = copy.deepcopy(world)
    identities = {name: _members(value) for name, value in world._asdict().items()}
    NO_MUTATION_CASES[case](world)
    for name, value in world._asdict().items():
        assert value == getattr(before, name), f"{case} changed its {name} argument"
        assert _members(value) == identities[name], f"{case} replaced items of {name}"


def test_the_no_mutation_check_can_fail(world: World) -> None:
    before = copy.deepcopy(world)
    identities = _members(world.work_orders)
    world.work_orders.reverse()
    assert world.work_orders != before.work_orders
    assert _members(world.work_orders) != identities
    world.work_orders.reverse()
    world.work_orders[0] = attrs.evolve(world.work_orders[0])
    assert world.work_orders == before.work_orders
    assert _members(world.work_orders) != identities
