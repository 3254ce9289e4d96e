"""Junk of every type, cheap to draw: what a careless caller or a broken file passes.

A bare field reference (``F.vehicle.vin``) is not among it: comparing one with ``==``
builds a filter, so any ``x in (...)`` test would answer with a filter, as a NumPy array
would; a built filter (``F.customer.name == "王建国"``) is.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import strategies as st

from autocrm.domain import CHINA_TZ, Customer, CustomerKind, OdometerReading, Vehicle
from autocrm.query import F

#: Fixed nasty values, tried one by one where a test needs a definite list.
FIXED_JUNK: list[object] = [
    None,
    "",
    " ",
    "€",
    "\x00",
    "王\x00建国",
    "汽" * 10_000,
    "9" * 5_000,
    10**5000,
    -(10**5000),
    2**31,
    2**63,
    -(2**63) - 1,
    float("nan"),
    float("inf"),
    -0.0,
    1e308,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("1E+100000"),
    Decimal("-0.001"),
    [],
    {},
    (),
    set(),
    frozenset({1, "a"}),
    [[[[[]]]]],
    {"a": {"b": [None, {"c": ()}]}},
    [None],
    [1, "a", None],
    {"name": None},
    b"",
    b"\xff\xfe",
    bytearray(b"x"),
    object(),
    type,
    int,
    Customer,
    CustomerKind.PERSON,
    date.min,
    date.max,
    datetime.min,
    datetime.max,
    datetime(2026, 11, 24, 9, 30),  # naive
    datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc),
    datetime(2026, 11, 24, 9, 30, tzinfo=CHINA_TZ),
    timedelta(days=-1),
    "2026-11-24",
    "2026-02-30",
    "13800138000",
    "LFV2A21K3D3109826",
    Customer(name="王建国"),
    Vehicle("LFV2A21K3D3109826", "C000001"),
    OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12_480),
    F.customer.name == "王建国",
    lambda *args, **kwargs: None,
    iter([1, 2]),
]

#: One junk value: a fixed nasty value, or a small drawn one of a random type.
JUNK = st.one_of(
    st.sampled_from(FIXED_JUNK),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.dates(),
    st.datetimes(),
    st.decimals(places=3, allow_nan=True),
    st.lists(st.none() | st.integers() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.none() | st.integers(), max_size=2),
)
