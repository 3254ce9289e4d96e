"""The contract every ``autocrm.rules`` module keeps (DESIGN principles 2 and 3).

The modules are found with :mod:`pkgutil`, so a rules module added later is held to
the same contract without touching this file:

* a curated ``__all__`` whose names exist;
* no hidden clock: a public function whose name or parameters show that it depends
  on "now" takes a keyword-only ``as_of`` without a default, and no rule reads the
  clock or names a parameter ``today``/``now``;
* values in, values out: every public class is an enumeration, a Protocol or a
  frozen attrs class without mutable (list/dict/set) fields, so a result cannot be
  changed after the fact and a rule cannot change what it was given; policies
  build with no arguments;
* every public function and class has a docstring with a runnable example.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, cast

import attrs
import pytest

import autocrm.rules


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
CLOCK_CALLS = re.compile(
    r"\b(date\.today|datetime\.now|datetime\.utcnow|datetime\.today|time\.time)\s*\("
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


@pytest.mark.parametrize("module", MODULES, ids=MODULE_IDS)
def test_module_never_reads_the_clock(module: ModuleType) -> None:
    source = Path(inspect.getfile(module)).read_text(encoding="utf-8")
    assert CLOCK_CALLS.findall(source) == [], f"{module.__name__} reads the clock"


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
