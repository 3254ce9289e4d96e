"""Every public rule and statistic refuses a wrong first argument (DESIGN principle 5).

The functions are found with :mod:`pkgutil` over :mod:`autocrm.rules` and
:mod:`autocrm.stats`, so a function added later is held to the same contract
without touching this file. Each is called with its first positional parameter set
to ``None``, ``42``, ``"x"`` and a bare ``object()`` — every other required
parameter gets a valid value from :data:`VALID` — and must raise a
:class:`~autocrm.errors.ValidationError` (a ``ValueError``) naming the field,
never an ``AttributeError``, ``TypeError`` or ``KeyError``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest

import autocrm.rules
import autocrm.stats
from autocrm.domain import CallAttempt, ContactPurpose, Customer, LoyaltyClass
from autocrm.domain.complaint import HandlingRecord, Remedy, RemedyKind
from autocrm.domain.money import money_sum
from autocrm.domain.time import CHINA_TZ
from autocrm.errors import ValidationError
from autocrm.rules.access import Role
from autocrm.rules.complaints import ComplaintEvent
from autocrm.stats.rates import Period

AT = datetime(2026, 11, 24, 9, tzinfo=CHINA_TZ)
DAY = date(2026, 11, 24)

# A valid value for every required parameter other than the first, by name.
VALID: dict[str, Any] = {
    "as_of": DAY,  # a datetime when the annotation asks for one (see _valid)
    "at": AT,
    "actor": "客服-李娜",
    "event": ComplaintEvent.CLOSE,
    "role": Role.SALES,
    "field": "name",
    "work_order_number": "WO2026001",
    "month": date(2026, 11, 1),
    "period": Period.MONTH,
    "car_parc": 1000,
    "cooldown_days": 7,
    "purpose": ContactPurpose.MARKETING,
    "snapshot_or_records": (),
    "vehicles": (),
    "work_orders": (),
    "arrival": None,
    "remedy": Remedy(RemedyKind.APOLOGY),
    "record": HandlingRecord("listen", AT, actor="服务经理"),
    "attempt": CallAttempt(AT, "no_answer", by="客服-李娜"),
    "promised_at": AT,
    "done_at": AT,
    "n": 1,
    "end": DAY,
    "tier": None,
    "spend": Decimal("100"),
    "new_class": LoyaltyClass.REGULAR,
    "trials": 100,
    "base": 1000,
    "day": DAY,
    "deadline": DAY,
    "received_on": DAY,
    # merging duplicate customers (autocrm.rules.merging)
    "survivor": Customer(number="C000001", name="王建国", version=1),
    "duplicate": Customer(number="C000002", name="王建国", version=1),
    "duplicate_opt_outs": (),
    "related": (),
    "moved": (),
    "later": (),
    "reason": "同一车主重复建档",
    "lookup": {}.get,
    # the audit trail's rules (autocrm.rules.audit_trail)
    "new": Customer(number="C000001", name="王建国", mobile="13800138000", version=1),
    "entity_id": "C000001",
    "version": 3,
}

BAD_VALUES: dict[str, object] = {"None": None, "int": 42, "str": "x", "object": object()}

# (function, bad value) pairs where the bad value is in fact a valid argument.
ALLOWED: dict[str, set[str]] = {
    # a customer number is any text
    "autocrm.rules.contact.contact_pressure": {"str"},
    # amounts and counts: 42 is a valid amount/count/number
    "autocrm.rules.membership.apply_discount": {"int"},
    "autocrm.stats.rates.round_half_up": {"int"},
    "autocrm.stats.rates.per_thousand": {"int"},
    "autocrm.stats.rates.wilson_interval": {"int"},
    # None asks for no period, or for the policy's scale; a complaint not closed
    "autocrm.stats.rates.check_period": {"None"},
    "autocrm.stats.rates.period_key": {"None"},
    "autocrm.stats.satisfaction.rating_scale": {"None"},
    "autocrm.stats.complaints.closure_outcome": {"None"},
    # 42 is a year (before the holiday regulation: no statutory days)
    "autocrm.rules.statutory_holidays.statutory_holidays": {"int"},
    # predicates never raise (STYLE: ``is_*`` answers False for anything it cannot read)
    "autocrm.rules.churn_segments.is_lost": set(BAD_VALUES),
    "autocrm.rules.workdays.is_workday": set(BAD_VALUES),
    "autocrm.rules.complaints.is_overdue": set(BAD_VALUES),
    "autocrm.rules.complaints.callback_overdue": set(BAD_VALUES),
    "autocrm.rules.worklist_policy.is_stale": set(BAD_VALUES),
    # every value can be written to the audit trail as text; an entity name is any text
    "autocrm.rules.audit_trail.audit_text": set(BAD_VALUES),
    "autocrm.rules.audit_trail.deletion_entry": {"str"},
}

# Optional arguments a function needs for its defaults to be valid at all.
EXTRA: dict[str, dict[str, Any]] = {
    "autocrm.stats.satisfaction.ratings.nps": {"scale": 10},  # NPS is asked on a 0-10 scale
}


def _modules() -> list[ModuleType]:
    found = []
    for package in (autocrm.rules, autocrm.stats):
        for info in pkgutil.iter_modules(package.__path__):
            if not info.name.startswith("_"):
                found.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return found


def _public_functions() -> list[tuple[str, Callable[..., Any]]]:
    return [
        (f"{module.__name__}.{name}", getattr(module, name))
        for module in _modules()
        for name in module.__all__
        if inspect.isfunction(getattr(module, name))
    ]


FUNCTIONS = _public_functions()


def _valid(parameter: inspect.Parameter) -> Any:
    value = VALID[parameter.name]
    if parameter.name == "as_of" and str(parameter.annotation) == "datetime":
        return AT
    return value


def _call(function: Callable[..., Any], first: object) -> Any:
    parameters = list(inspect.signature(function).parameters.values())
    args: list[Any] = [first]
    kwargs: dict[str, Any] = dict(EXTRA.get(f"{function.__module__}.{function.__name__}", {}))
    for parameter in parameters[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = _valid(parameter)
        else:
            args.append(_valid(parameter))
    return function(*args, **kwargs)


CASES = [
    pytest.param(function, bad, id=f"{qualname}-{label}")
    for qualname, function in FUNCTIONS
    for label, bad in BAD_VALUES.items()
    if label not in ALLOWED.get(qualname, set())
]


def test_every_function_is_found() -> None:
    names = {qualname.rsplit(".", 1)[1] for qualname, _ in FUNCTIONS}
    assert {"closing_deadline", "csat", "fleet_table", "anonymise", "next_workday"} <= names
    assert len(FUNCTIONS) >= 60


def test_every_required_parameter_has_a_valid_value() -> None:
    missing = {
        f"{qualname}({parameter.name})"
        for qualname, function in FUNCTIONS
        for parameter in list(inspect.signature(function).parameters.values())[1:]
        if parameter.default is inspect.Parameter.empty and parameter.name not in VALID
    }
    assert missing == set()


@pytest.mark.parametrize(("function", "bad"), CASES)
def test_a_wrong_first_argument_is_a_validation_error(
    function: Callable[..., Any], bad: object
) -> None:
    first = next(iter(inspect.signature(function).parameters))
    with pytest.raises(ValidationError) as caught:
        _call(function, bad)
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == first  # the error names the parameter
    assert caught.value.value is bad


@pytest.mark.parametrize(
    ("qualname", "value"),
    [(q, v) for q, labels in ALLOWED.items() for v in labels],
)
def test_allowed_values_are_accepted(qualname: str, value: str) -> None:
    function = dict(FUNCTIONS)[qualname]
    result = _call(function, BAD_VALUES[value])  # no exception: the value is valid
    if function.__name__ in {"is_lost", "is_overdue", "callback_overdue", "is_workday"}:
        assert result is False


def test_money_sum_refuses_a_non_collection() -> None:
    with pytest.raises(ValidationError) as caught:
        money_sum(None)  # type: ignore[arg-type]
    assert caught.value.field == "amounts"
