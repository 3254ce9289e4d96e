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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_customer_numbers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_customer_numbers__mutmut)
def customer_numbers() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=999_999).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_orig() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=999_999).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_1() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=999_999).map(None)


def x_customer_numbers__mutmut_2() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=None, max_value=999_999).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_3() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=None).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_4() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(max_value=999_999).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_5() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, ).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_6() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=2, max_value=999_999).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_7() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=1000000).map(lambda n: f"C{n:06d}")


def x_customer_numbers__mutmut_8() -> st.SearchStrategy[str]:
    """Customer numbers in the default format ``C`` + six digits.

    Examples:
        >>> from hypothesis import find, settings
        >>> find(customer_numbers(), lambda number: True, settings=settings(database=None))
        'C000001'
    """
    return st.integers(min_value=1, max_value=999_999).map(lambda n: None)

mutants_x_customer_numbers__mutmut['_mutmut_orig'] = x_customer_numbers__mutmut_orig # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_1'] = x_customer_numbers__mutmut_1 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_2'] = x_customer_numbers__mutmut_2 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_3'] = x_customer_numbers__mutmut_3 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_4'] = x_customer_numbers__mutmut_4 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_5'] = x_customer_numbers__mutmut_5 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_6'] = x_customer_numbers__mutmut_6 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_7'] = x_customer_numbers__mutmut_7 # type: ignore # mutmut generated
mutants_x_customer_numbers__mutmut['x_customer_numbers__mutmut_8'] = x_customer_numbers__mutmut_8 # type: ignore # mutmut generated
mutants_x_moments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_moments__mutmut)
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


def x_moments__mutmut_orig(
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


def x_moments__mutmut_1(
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
        None,
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_2(
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
        None,
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_3(
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
        None,
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_4(
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
        None,
    )


def x_moments__mutmut_5(
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
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_6(
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
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_7(
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
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_8(
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
        )


def x_moments__mutmut_9(
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
        lambda day, hour, minute: None,
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_10(
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
        lambda day, hour, minute: datetime.combine(None, time(hour, minute), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_11(
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
        lambda day, hour, minute: datetime.combine(day, None, tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_12(
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
        lambda day, hour, minute: datetime.combine(day, time(hour, minute), tzinfo=None),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_13(
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
        lambda day, hour, minute: datetime.combine(time(hour, minute), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_14(
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
        lambda day, hour, minute: datetime.combine(day, tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_15(
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
        lambda day, hour, minute: datetime.combine(day, time(hour, minute), ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_16(
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
        lambda day, hour, minute: datetime.combine(day, time(None, minute), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_17(
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
        lambda day, hour, minute: datetime.combine(day, time(hour, None), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_18(
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
        lambda day, hour, minute: datetime.combine(day, time(minute), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_19(
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
        lambda day, hour, minute: datetime.combine(day, time(hour, ), tzinfo=CHINA_TZ),
        st.dates(min_value=start, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_20(
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
        st.dates(min_value=None, max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_21(
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
        st.dates(min_value=start, max_value=None),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_22(
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
        st.dates(max_value=end),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_23(
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
        st.dates(min_value=start, ),
        st.integers(min_value=8, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_24(
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
        st.integers(min_value=None, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_25(
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
        st.integers(min_value=8, max_value=None),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_26(
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
        st.integers(max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_27(
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
        st.integers(min_value=8, ),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_28(
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
        st.integers(min_value=9, max_value=18),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_29(
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
        st.integers(min_value=8, max_value=19),
        st.integers(min_value=0, max_value=59),
    )


def x_moments__mutmut_30(
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
        st.integers(min_value=None, max_value=59),
    )


def x_moments__mutmut_31(
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
        st.integers(min_value=0, max_value=None),
    )


def x_moments__mutmut_32(
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
        st.integers(max_value=59),
    )


def x_moments__mutmut_33(
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
        st.integers(min_value=0, ),
    )


def x_moments__mutmut_34(
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
        st.integers(min_value=1, max_value=59),
    )


def x_moments__mutmut_35(
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
        st.integers(min_value=0, max_value=60),
    )

mutants_x_moments__mutmut['_mutmut_orig'] = x_moments__mutmut_orig # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_1'] = x_moments__mutmut_1 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_2'] = x_moments__mutmut_2 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_3'] = x_moments__mutmut_3 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_4'] = x_moments__mutmut_4 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_5'] = x_moments__mutmut_5 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_6'] = x_moments__mutmut_6 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_7'] = x_moments__mutmut_7 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_8'] = x_moments__mutmut_8 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_9'] = x_moments__mutmut_9 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_10'] = x_moments__mutmut_10 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_11'] = x_moments__mutmut_11 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_12'] = x_moments__mutmut_12 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_13'] = x_moments__mutmut_13 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_14'] = x_moments__mutmut_14 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_15'] = x_moments__mutmut_15 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_16'] = x_moments__mutmut_16 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_17'] = x_moments__mutmut_17 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_18'] = x_moments__mutmut_18 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_19'] = x_moments__mutmut_19 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_20'] = x_moments__mutmut_20 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_21'] = x_moments__mutmut_21 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_22'] = x_moments__mutmut_22 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_23'] = x_moments__mutmut_23 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_24'] = x_moments__mutmut_24 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_25'] = x_moments__mutmut_25 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_26'] = x_moments__mutmut_26 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_27'] = x_moments__mutmut_27 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_28'] = x_moments__mutmut_28 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_29'] = x_moments__mutmut_29 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_30'] = x_moments__mutmut_30 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_31'] = x_moments__mutmut_31 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_32'] = x_moments__mutmut_32 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_33'] = x_moments__mutmut_33 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_34'] = x_moments__mutmut_34 # type: ignore # mutmut generated
mutants_x_moments__mutmut['x_moments__mutmut_35'] = x_moments__mutmut_35 # type: ignore # mutmut generated
mutants_x_amounts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_amounts__mutmut)
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


def x_amounts__mutmut_orig(
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


def x_amounts__mutmut_1(
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
        min_value=None, max_value=max_value, places=2, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_2(
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
        min_value=min_value, max_value=None, places=2, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_3(
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
        min_value=min_value, max_value=max_value, places=None, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_4(
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
        min_value=min_value, max_value=max_value, places=2, allow_nan=None, allow_infinity=False
    )


def x_amounts__mutmut_5(
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
        min_value=min_value, max_value=max_value, places=2, allow_nan=False, allow_infinity=None
    )


def x_amounts__mutmut_6(
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
        max_value=max_value, places=2, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_7(
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
        min_value=min_value, places=2, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_8(
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
        min_value=min_value, max_value=max_value, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_9(
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
        min_value=min_value, max_value=max_value, places=2, allow_infinity=False
    )


def x_amounts__mutmut_10(
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
        min_value=min_value, max_value=max_value, places=2, allow_nan=False, )


def x_amounts__mutmut_11(
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
        min_value=min_value, max_value=max_value, places=3, allow_nan=False, allow_infinity=False
    )


def x_amounts__mutmut_12(
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
        min_value=min_value, max_value=max_value, places=2, allow_nan=True, allow_infinity=False
    )


def x_amounts__mutmut_13(
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
        min_value=min_value, max_value=max_value, places=2, allow_nan=False, allow_infinity=True
    )

mutants_x_amounts__mutmut['_mutmut_orig'] = x_amounts__mutmut_orig # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_1'] = x_amounts__mutmut_1 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_2'] = x_amounts__mutmut_2 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_3'] = x_amounts__mutmut_3 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_4'] = x_amounts__mutmut_4 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_5'] = x_amounts__mutmut_5 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_6'] = x_amounts__mutmut_6 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_7'] = x_amounts__mutmut_7 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_8'] = x_amounts__mutmut_8 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_9'] = x_amounts__mutmut_9 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_10'] = x_amounts__mutmut_10 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_11'] = x_amounts__mutmut_11 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_12'] = x_amounts__mutmut_12 # type: ignore # mutmut generated
mutants_x_amounts__mutmut['x_amounts__mutmut_13'] = x_amounts__mutmut_13 # type: ignore # mutmut generated
mutants_x__person_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__person_name__mutmut)
def _person_name() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_orig() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_1() -> st.SearchStrategy[str]:
    return st.builds(
        None, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_2() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, None, st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_3() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), None
    )


def x__person_name__mutmut_4() -> st.SearchStrategy[str]:
    return st.builds(
        st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_5() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_6() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), )


def x__person_name__mutmut_7() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: None, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_8() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s - g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_9() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(None), st.text(_GIVEN, min_size=1, max_size=2)
    )


def x__person_name__mutmut_10() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(None, min_size=1, max_size=2)
    )


def x__person_name__mutmut_11() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=None, max_size=2)
    )


def x__person_name__mutmut_12() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=None)
    )


def x__person_name__mutmut_13() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(min_size=1, max_size=2)
    )


def x__person_name__mutmut_14() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, max_size=2)
    )


def x__person_name__mutmut_15() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, )
    )


def x__person_name__mutmut_16() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=2, max_size=2)
    )


def x__person_name__mutmut_17() -> st.SearchStrategy[str]:
    return st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=3)
    )

mutants_x__person_name__mutmut['_mutmut_orig'] = x__person_name__mutmut_orig # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_1'] = x__person_name__mutmut_1 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_2'] = x__person_name__mutmut_2 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_3'] = x__person_name__mutmut_3 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_4'] = x__person_name__mutmut_4 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_5'] = x__person_name__mutmut_5 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_6'] = x__person_name__mutmut_6 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_7'] = x__person_name__mutmut_7 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_8'] = x__person_name__mutmut_8 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_9'] = x__person_name__mutmut_9 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_10'] = x__person_name__mutmut_10 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_11'] = x__person_name__mutmut_11 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_12'] = x__person_name__mutmut_12 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_13'] = x__person_name__mutmut_13 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_14'] = x__person_name__mutmut_14 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_15'] = x__person_name__mutmut_15 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_16'] = x__person_name__mutmut_16 # type: ignore # mutmut generated
mutants_x__person_name__mutmut['x__person_name__mutmut_17'] = x__person_name__mutmut_17 # type: ignore # mutmut generated


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
mutants_x_work_order_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_work_order_lines__mutmut)
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


def x_work_order_lines__mutmut_orig() -> st.SearchStrategy[WorkOrderLine]:
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


def x_work_order_lines__mutmut_1() -> st.SearchStrategy[WorkOrderLine]:
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
        None,
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_2() -> st.SearchStrategy[WorkOrderLine]:
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
        None,
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_3() -> st.SearchStrategy[WorkOrderLine]:
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
        None,
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_4() -> st.SearchStrategy[WorkOrderLine]:
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
        payer=None,
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_5() -> st.SearchStrategy[WorkOrderLine]:
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
        kind=None,
    )


def x_work_order_lines__mutmut_6() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_7() -> st.SearchStrategy[WorkOrderLine]:
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
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_8() -> st.SearchStrategy[WorkOrderLine]:
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
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_9() -> st.SearchStrategy[WorkOrderLine]:
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
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_10() -> st.SearchStrategy[WorkOrderLine]:
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
        )


def x_work_order_lines__mutmut_11() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(None),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_12() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("XX机油机滤XX", "刹车片", "四轮定位", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_13() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "XX刹车片XX", "四轮定位", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_14() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "刹车片", "XX四轮定位XX", "钣金喷漆", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_15() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "XX钣金喷漆XX", "空调滤芯", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_16() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "钣金喷漆", "XX空调滤芯XX", "工时费")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_17() -> st.SearchStrategy[WorkOrderLine]:
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
        st.sampled_from(("机油机滤", "刹车片", "四轮定位", "钣金喷漆", "空调滤芯", "XX工时费XX")),
        amounts(max_value=Decimal("8000.00")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_18() -> st.SearchStrategy[WorkOrderLine]:
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
        amounts(max_value=None),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_19() -> st.SearchStrategy[WorkOrderLine]:
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
        amounts(max_value=Decimal(None)),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_20() -> st.SearchStrategy[WorkOrderLine]:
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
        amounts(max_value=Decimal("XX8000.00XX")),
        payer=st.sampled_from(Payer),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_21() -> st.SearchStrategy[WorkOrderLine]:
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
        payer=st.sampled_from(None),
        kind=st.sampled_from(LineKind),
    )


def x_work_order_lines__mutmut_22() -> st.SearchStrategy[WorkOrderLine]:
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
        kind=st.sampled_from(None),
    )

mutants_x_work_order_lines__mutmut['_mutmut_orig'] = x_work_order_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_1'] = x_work_order_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_2'] = x_work_order_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_3'] = x_work_order_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_4'] = x_work_order_lines__mutmut_4 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_5'] = x_work_order_lines__mutmut_5 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_6'] = x_work_order_lines__mutmut_6 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_7'] = x_work_order_lines__mutmut_7 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_8'] = x_work_order_lines__mutmut_8 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_9'] = x_work_order_lines__mutmut_9 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_10'] = x_work_order_lines__mutmut_10 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_11'] = x_work_order_lines__mutmut_11 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_12'] = x_work_order_lines__mutmut_12 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_13'] = x_work_order_lines__mutmut_13 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_14'] = x_work_order_lines__mutmut_14 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_15'] = x_work_order_lines__mutmut_15 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_16'] = x_work_order_lines__mutmut_16 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_17'] = x_work_order_lines__mutmut_17 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_18'] = x_work_order_lines__mutmut_18 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_19'] = x_work_order_lines__mutmut_19 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_20'] = x_work_order_lines__mutmut_20 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_21'] = x_work_order_lines__mutmut_21 # type: ignore # mutmut generated
mutants_x_work_order_lines__mutmut['x_work_order_lines__mutmut_22'] = x_work_order_lines__mutmut_22 # type: ignore # mutmut generated


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
mutants_x_readings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_readings__mutmut)
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


def x_readings__mutmut_orig(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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


def x_readings__mutmut_1(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        None,
        st.just(vin) if vin else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_2(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        None,
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_3(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        None,
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_4(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        None,
    )


def x_readings__mutmut_5(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.just(vin) if vin else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_6(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_7(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_8(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        )


def x_readings__mutmut_9(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.just(vin) if (vin) and False else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_10(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.just(vin) if (vin) or True else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_11(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.just(None) if vin else vins(),
        st.dates(date(2012, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_12(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(None, date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_13(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), None),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_14(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_15(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), ),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_16(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(None, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_17(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, None, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_18(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, None), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_19(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_20(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_21(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, ), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_22(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2013, 1, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_23(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 2, 1), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_24(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 2), date(2026, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_25(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(None, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_26(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, None, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_27(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 12, None)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_28(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_29(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_30(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 12, )),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_31(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2027, 12, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_32(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 13, 31)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_33(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.dates(date(2012, 1, 1), date(2026, 12, 32)),
        st.integers(min_value=0, max_value=400_000),
    )


def x_readings__mutmut_34(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=None, max_value=400_000),
    )


def x_readings__mutmut_35(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=0, max_value=None),
    )


def x_readings__mutmut_36(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(max_value=400_000),
    )


def x_readings__mutmut_37(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=0, ),
    )


def x_readings__mutmut_38(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=1, max_value=400_000),
    )


def x_readings__mutmut_39(*, vin: str | None = None) -> st.SearchStrategy[OdometerReading]:
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
        st.integers(min_value=0, max_value=400001),
    )

mutants_x_readings__mutmut['_mutmut_orig'] = x_readings__mutmut_orig # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_1'] = x_readings__mutmut_1 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_2'] = x_readings__mutmut_2 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_3'] = x_readings__mutmut_3 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_4'] = x_readings__mutmut_4 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_5'] = x_readings__mutmut_5 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_6'] = x_readings__mutmut_6 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_7'] = x_readings__mutmut_7 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_8'] = x_readings__mutmut_8 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_9'] = x_readings__mutmut_9 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_10'] = x_readings__mutmut_10 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_11'] = x_readings__mutmut_11 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_12'] = x_readings__mutmut_12 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_13'] = x_readings__mutmut_13 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_14'] = x_readings__mutmut_14 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_15'] = x_readings__mutmut_15 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_16'] = x_readings__mutmut_16 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_17'] = x_readings__mutmut_17 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_18'] = x_readings__mutmut_18 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_19'] = x_readings__mutmut_19 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_20'] = x_readings__mutmut_20 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_21'] = x_readings__mutmut_21 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_22'] = x_readings__mutmut_22 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_23'] = x_readings__mutmut_23 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_24'] = x_readings__mutmut_24 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_25'] = x_readings__mutmut_25 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_26'] = x_readings__mutmut_26 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_27'] = x_readings__mutmut_27 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_28'] = x_readings__mutmut_28 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_29'] = x_readings__mutmut_29 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_30'] = x_readings__mutmut_30 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_31'] = x_readings__mutmut_31 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_32'] = x_readings__mutmut_32 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_33'] = x_readings__mutmut_33 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_34'] = x_readings__mutmut_34 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_35'] = x_readings__mutmut_35 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_36'] = x_readings__mutmut_36 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_37'] = x_readings__mutmut_37 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_38'] = x_readings__mutmut_38 # type: ignore # mutmut generated
mutants_x_readings__mutmut['x_readings__mutmut_39'] = x_readings__mutmut_39 # type: ignore # mutmut generated


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
def complaints(draw: st.DrawFn, *, customer_number: str | None = None) -> Complaint:
    """Complaints in a consistent state (a CLOSED one has its closing time).

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
        number="TS" + draw(st.text("0123456789", min_size=8, max_size=8)),
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
mutants_x_audit_entries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_audit_entries__mutmut)
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


def x_audit_entries__mutmut_orig() -> st.SearchStrategy[AuditEntry]:
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


def x_audit_entries__mutmut_1() -> st.SearchStrategy[AuditEntry]:
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
        None,
        at=moments(),
        actor=st.sampled_from(_STAFF),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_2() -> st.SearchStrategy[AuditEntry]:
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
        at=None,
        actor=st.sampled_from(_STAFF),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_3() -> st.SearchStrategy[AuditEntry]:
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
        actor=None,
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_4() -> st.SearchStrategy[AuditEntry]:
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
        entity=None,
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_5() -> st.SearchStrategy[AuditEntry]:
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
        entity_id=None,
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_6() -> st.SearchStrategy[AuditEntry]:
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
        field=None,
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_7() -> st.SearchStrategy[AuditEntry]:
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
        old=None,
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_8() -> st.SearchStrategy[AuditEntry]:
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
        new=None,
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_9() -> st.SearchStrategy[AuditEntry]:
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
        action=None,
    )


def x_audit_entries__mutmut_10() -> st.SearchStrategy[AuditEntry]:
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
        at=moments(),
        actor=st.sampled_from(_STAFF),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_11() -> st.SearchStrategy[AuditEntry]:
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
        actor=st.sampled_from(_STAFF),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_12() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_13() -> st.SearchStrategy[AuditEntry]:
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
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_14() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_15() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_16() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_17() -> st.SearchStrategy[AuditEntry]:
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
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_18() -> st.SearchStrategy[AuditEntry]:
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
        )


def x_audit_entries__mutmut_19() -> st.SearchStrategy[AuditEntry]:
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
        actor=st.sampled_from(None),
        entity=st.sampled_from(("customer", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_20() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(None),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_21() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("XXcustomerXX", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_22() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("CUSTOMER", "vehicle", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_23() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("customer", "XXvehicleXX", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_24() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("customer", "VEHICLE", "work_order")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_25() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("customer", "vehicle", "XXwork_orderXX")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_26() -> st.SearchStrategy[AuditEntry]:
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
        entity=st.sampled_from(("customer", "vehicle", "WORK_ORDER")),
        entity_id=customer_numbers(),
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_27() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(None, st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_28() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), None),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_29() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.sampled_from(("mobile", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_30() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), ),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_31() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(None)),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_32() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("XXmobileXX", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_33() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("MOBILE", "name", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_34() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("mobile", "XXnameXX", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_35() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("mobile", "NAME", "plate"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_36() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "XXplateXX"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_37() -> st.SearchStrategy[AuditEntry]:
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
        field=st.one_of(st.none(), st.sampled_from(("mobile", "name", "PLATE"))),
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_38() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(None, st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_39() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), None),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_40() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.text(_NO_NUL, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_41() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), ),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_42() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(None, max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_43() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=None)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_44() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(max_size=10)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_45() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(_NO_NUL, )),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_46() -> st.SearchStrategy[AuditEntry]:
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
        old=st.one_of(st.none(), st.text(_NO_NUL, max_size=11)),
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_47() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(None, st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_48() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), None),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_49() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.text(_NO_NUL, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_50() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), ),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_51() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(None, max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_52() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=None)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_53() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(max_size=10)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_54() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(_NO_NUL, )),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_55() -> st.SearchStrategy[AuditEntry]:
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
        new=st.one_of(st.none(), st.text(_NO_NUL, max_size=11)),
        action=st.sampled_from(AuditAction),
    )


def x_audit_entries__mutmut_56() -> st.SearchStrategy[AuditEntry]:
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
        action=st.sampled_from(None),
    )

mutants_x_audit_entries__mutmut['_mutmut_orig'] = x_audit_entries__mutmut_orig # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_1'] = x_audit_entries__mutmut_1 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_2'] = x_audit_entries__mutmut_2 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_3'] = x_audit_entries__mutmut_3 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_4'] = x_audit_entries__mutmut_4 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_5'] = x_audit_entries__mutmut_5 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_6'] = x_audit_entries__mutmut_6 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_7'] = x_audit_entries__mutmut_7 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_8'] = x_audit_entries__mutmut_8 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_9'] = x_audit_entries__mutmut_9 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_10'] = x_audit_entries__mutmut_10 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_11'] = x_audit_entries__mutmut_11 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_12'] = x_audit_entries__mutmut_12 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_13'] = x_audit_entries__mutmut_13 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_14'] = x_audit_entries__mutmut_14 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_15'] = x_audit_entries__mutmut_15 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_16'] = x_audit_entries__mutmut_16 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_17'] = x_audit_entries__mutmut_17 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_18'] = x_audit_entries__mutmut_18 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_19'] = x_audit_entries__mutmut_19 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_20'] = x_audit_entries__mutmut_20 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_21'] = x_audit_entries__mutmut_21 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_22'] = x_audit_entries__mutmut_22 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_23'] = x_audit_entries__mutmut_23 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_24'] = x_audit_entries__mutmut_24 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_25'] = x_audit_entries__mutmut_25 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_26'] = x_audit_entries__mutmut_26 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_27'] = x_audit_entries__mutmut_27 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_28'] = x_audit_entries__mutmut_28 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_29'] = x_audit_entries__mutmut_29 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_30'] = x_audit_entries__mutmut_30 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_31'] = x_audit_entries__mutmut_31 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_32'] = x_audit_entries__mutmut_32 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_33'] = x_audit_entries__mutmut_33 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_34'] = x_audit_entries__mutmut_34 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_35'] = x_audit_entries__mutmut_35 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_36'] = x_audit_entries__mutmut_36 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_37'] = x_audit_entries__mutmut_37 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_38'] = x_audit_entries__mutmut_38 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_39'] = x_audit_entries__mutmut_39 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_40'] = x_audit_entries__mutmut_40 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_41'] = x_audit_entries__mutmut_41 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_42'] = x_audit_entries__mutmut_42 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_43'] = x_audit_entries__mutmut_43 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_44'] = x_audit_entries__mutmut_44 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_45'] = x_audit_entries__mutmut_45 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_46'] = x_audit_entries__mutmut_46 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_47'] = x_audit_entries__mutmut_47 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_48'] = x_audit_entries__mutmut_48 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_49'] = x_audit_entries__mutmut_49 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_50'] = x_audit_entries__mutmut_50 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_51'] = x_audit_entries__mutmut_51 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_52'] = x_audit_entries__mutmut_52 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_53'] = x_audit_entries__mutmut_53 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_54'] = x_audit_entries__mutmut_54 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_55'] = x_audit_entries__mutmut_55 # type: ignore # mutmut generated
mutants_x_audit_entries__mutmut['x_audit_entries__mutmut_56'] = x_audit_entries__mutmut_56 # type: ignore # mutmut generated


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
        complaints=[
            draw(complaints(customer_number=p.number)) for p in people if draw(st.booleans())
        ],
        customer_sequence=count,
    )
