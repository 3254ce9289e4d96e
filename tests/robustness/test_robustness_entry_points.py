"""Every public entry point, fed junk: only autocrm errors (or a valid result) come out.

The entry points are discovered (see ``registry.py``) and listed in ``inventory.py``;
each is called with one argument, chosen at random, replaced by junk of every type
(``junk.py``). The call must return, or raise an :class:`~autocrm.errors.AutocrmError`;
an ``is_*`` predicate must return a bool and never raise.

Cases per entry point: five times the Hypothesis profile's ``max_examples`` — 150 in
``dev``, 1,000 in ``ci``, 10,000 in ``nightly`` (``HYPOTHESIS_PROFILE=nightly``). The few
entry points that run Alembic or open a database file (30 ms a call) get a tenth of that
in ``dev`` and never fewer than 1,000 in ``ci`` and ``nightly``. The entry points of one
module share each drawn value, so Hypothesis' own cost is paid once per case for the
whole module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import inventory
import pytest
import registry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from junk import FIXED_JUNK, JUNK
from known_gaps import KNOWN_GAPS

from autocrm.errors import AutocrmError, InvalidFormat, shown

#: Junk values drawn per Hypothesis case: every entry of a group is called with each.
PER_CASE = 5
#: Calls with junk per entry point in the loaded profile (1,000 in ``ci``).
CASES = PER_CASE * settings.default.max_examples
#: The fewest calls with junk per entry point in the ``ci`` and ``nightly`` profiles.
CI_CASES = 1_000
#: Entry points that run Alembic or open a database (30 ms a call): a tenth in ``dev``.
SLOW = {
    "autocrm.adapters.sqlalchemy.schema_revisions.upgrade",
    "autocrm.adapters.sqlalchemy.schema_revisions.downgrade",
    f"{registry.SQL}.from_url",
}

ARCHIVES = registry.make_archives()
ENTRIES, NOT_FUZZED, PROBLEMS = registry.build_entries(ARCHIVES)


def _group_of(name: str) -> str:
    owner, _, last = name.rpartition(".")
    if owner.rsplit(".", 1)[-1] in registry.ARCHIVE_CLASSES:
        return owner  # the methods of one archive
    if last[:1].isupper():
        return f"{owner} (constructors)"
    return owner


def _groups() -> dict[str, list[registry.Entry]]:
    groups: dict[str, list[registry.Entry]] = {}
    for name in sorted(ENTRIES):
        entry = ENTRIES[name]
        if entry.names and not entry.open_slots:
            continue  # every argument is a known gap: test_known_gaps_are_still_open
        if not entry.open_slots:
            group = "without an argument to fuzz"
        elif name in SLOW:
            group = "slow: Alembic and database opening"
        else:
            group = _group_of(name)
        groups.setdefault(group, []).append(entry)
    return groups


GROUPS = _groups()


def cases_for(group: str, max_examples: int) -> int:
    """Calls with junk per entry point of ``group`` under a profile's ``max_examples``."""
    cases = PER_CASE * max_examples
    if not group.startswith("slow"):
        return cases
    return cases // 10 if cases < CI_CASES else max(CI_CASES, cases // 10)


def check(entry: registry.Entry, junk: object, slot: int) -> None:
    """Call ``entry`` with junk in one argument; fail unless the outcome is allowed."""
    try:
        result = entry.call(junk, slot)
    except AutocrmError as exc:
        if entry.is_predicate:
            msg = f"{entry.name} raised {type(exc).__name__} for {shown(junk)}: a predicate"
            raise AssertionError(msg) from exc
        return
    except Exception as exc:
        slots = entry.open_slots
        argument = entry.names[slots[slot % len(slots)]] if slots else "none"
        if isinstance(exc, OSError) and registry.FILE_ARGUMENTS.get(entry.name) == argument:
            return  # a path that cannot be opened: the documented OSError
        msg = (
            f"{entry.name} (argument {argument}) raised {type(exc).__name__} "
            f"for {type(junk).__name__} {shown(junk)}: {shown(str(exc))}"
        )
        raise AssertionError(msg) from exc
    if entry.is_predicate:
        assert isinstance(result, bool), f"{entry.name} returned {shown(result)}, not a bool"


def fuzz(entries: list[registry.Entry], cases: int) -> Counter[str]:
    """Call every entry with ``cases`` junk values (``PER_CASE`` per Hypothesis case)."""
    calls: Counter[str] = Counter()

    @settings(
        max_examples=max(1, cases // PER_CASE),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        junks=st.lists(JUNK, min_size=PER_CASE, max_size=PER_CASE),
        slot=st.integers(min_value=0, max_value=2**16),
    )
    def run(junks: list[object], slot: int) -> None:
        for entry in entries:
            for offset, junk in enumerate(junks):
                calls[entry.name] += 1
                check(entry, junk, slot + offset)

    run()
    return calls


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_junk_gives_an_autocrm_error_or_a_result(group: str) -> None:
    entries = GROUPS[group]
    if group == "without an argument to fuzz":
        for entry in entries:
            entry.call_valid()  # they take nothing: called once, they must work
        return
    cases = cases_for(group, settings.default.max_examples)
    calls = fuzz(entries, cases)
    assert min(calls[entry.name] for entry in entries) >= cases


def test_every_public_entry_point_is_listed() -> None:
    assert PROBLEMS == {}, "entry points without valid arguments (add them to registry.py)"
    fuzzed = set(ENTRIES)
    unlisted = sorted(fuzzed - set(inventory.FUZZED))
    gone = sorted(set(inventory.FUZZED) - fuzzed)
    assert unlisted == [], "new public entry points: list them in inventory.py"
    assert gone == [], "entry points listed in inventory.py but no longer public"
    assert set(NOT_FUZZED).isdisjoint(fuzzed)


def test_the_listing_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    import autocrm.rules.loyalty as module

    def rank_customers(customers: object, *, sort_key: Callable[..., Any]) -> None:
        """A public rule added later, with a parameter no table knows."""

    rank_customers.__module__ = module.__name__
    monkeypatch.setattr(module, "rank_customers", rank_customers, raising=False)
    monkeypatch.setattr(module, "__all__", [*module.__all__, "rank_customers"])
    _, _, problems = registry.build_entries(ARCHIVES)
    assert "autocrm.rules.loyalty.rank_customers" in problems
    assert "autocrm.rules.loyalty.rank_customers" not in inventory.FUZZED


def test_the_junk_check_can_fail() -> None:
    def careless(value: object) -> int:
        return len(value)  # type: ignore[arg-type]

    entry = registry.Entry("tests.careless", careless, ("ok",), names=("value",))
    with pytest.raises(AssertionError, match="raised TypeError"):
        check(entry, 5, 0)
    predicate = registry.Entry("tests.is_careless", lambda value: value, ("ok",), names=("value",))
    with pytest.raises(AssertionError, match="not a bool"):
        check(predicate, 5, 0)


def test_every_entry_point_runs_with_its_valid_arguments() -> None:
    # The valid arguments reach the real work, so that junk in one of them is tested
    # against a call that would otherwise succeed. A few are refused by design.
    refused = {}
    for name, entry in ENTRIES.items():
        try:
            entry.call_valid()
        except AutocrmError as exc:
            refused[name] = type(exc).__name__
    # Filters built from a stored sample: the constructor normalises its arguments (an And
    # of one item is that item), so the stored fields are not always valid arguments.
    normalised = {f"autocrm.query.filters.{name}" for name in ("And", "Or", "Contains", "IsNull")}
    assert refused == {
        f"{registry.MEMORY}.restore": "ArchiveNotEmpty",
        f"{registry.SQL}.restore": "ArchiveNotEmpty",
        f"{registry.SQL}.load": "ArchiveNotEmpty",  # load fills an empty archive only
    } | {
        name: refused[name]
        for name in refused
        if name.endswith((".add", ".delete", ".update", ".merge", ".unmerge")) or name in normalised
    }


@pytest.mark.parametrize(("profile", "least"), [("ci", CI_CASES), ("nightly", 10_000)])
def test_the_ci_and_nightly_profiles_fuzz_enough_cases_per_entry_point(
    profile: str, least: int
) -> None:
    max_examples = settings.get_profile(profile).max_examples
    assert PER_CASE * max_examples >= least
    assert min(cases_for(group, max_examples) for group in GROUPS) >= CI_CASES
    assert cases_for("slow: Alembic and database opening", max_examples) >= CI_CASES


def test_the_dev_profile_stays_quick_for_slow_entry_points() -> None:
    max_examples = settings.get_profile("dev").max_examples
    assert cases_for("slow: Alembic and database opening", max_examples) < CI_CASES // 10


def test_the_inventory_counts() -> None:
    assert len(inventory.FUZZED) >= 250
    assert len(GROUPS) >= 40


GAPS = [(name, argument) for name, arguments in KNOWN_GAPS.items() for argument in arguments]


def still_open(entry: registry.Entry, argument: str) -> bool:
    """Some fixed junk in ``argument`` still escapes as a non-autocrm error.

    For an ``is_*`` predicate: it raises at all, or answers something else than a bool.
    """
    index = entry.names.index(argument)
    for junk in FIXED_JUNK:
        try:
            result = entry.call_at(index, junk)
        except AutocrmError:
            if entry.is_predicate:
                return True  # a predicate must not raise at all
            continue
        except Exception:
            return True
        if entry.is_predicate and not isinstance(result, bool):
            return True
    return False


def test_known_gaps_are_still_open() -> None:
    # Each listed gap still lets some junk through as a non-autocrm error; once one is
    # fixed this test fails naming it, and update_lists.py takes it off known_gaps.py
    # (it is fuzzed from then on). The list is empty today: every argument is fuzzed.
    stale = [(n, a) for n, a in GAPS if n not in ENTRIES or a not in ENTRIES[n].names]
    assert stale == [], "known_gaps.py names an argument no entry point has"
    fixed = [f"{n}({a})" for n, a in GAPS if not still_open(ENTRIES[n], a)]
    assert fixed == [], f"these now refuse all junk: remove them from known_gaps.py: {fixed}"


def _parse_count(text: object) -> int:
    return int(str(text))  # junk escapes as a ValueError or TypeError: an open gap


def _checked_count(text: object) -> int:
    try:
        return int(str(text))
    except (ValueError, TypeError):
        msg = f"count: {shown(text)} is not a whole number"
        raise InvalidFormat(msg, field="count", value=text) from None


def test_the_gap_check_tells_an_open_gap_from_a_fixed_one() -> None:
    # The check behind test_known_gaps_are_still_open can fail both ways.
    open_gap = registry.Entry(name="tests.parse_count", function=_parse_count, args=("3",),
                              names=("text",))  # fmt: skip
    fixed = registry.Entry(name="tests.checked_count", function=_checked_count, args=("3",),
                           names=("text",))  # fmt: skip
    assert still_open(open_gap, "text")
    assert not still_open(fixed, "text")
