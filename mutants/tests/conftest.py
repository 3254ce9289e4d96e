"""Shared test configuration: Hypothesis profiles ``dev`` (fast), ``ci`` and ``nightly``.

``ci`` is derandomised (the same cases every run); ``nightly`` draws new cases each night
and ten times as many. The robustness suite (tests/robustness) calls each entry point
with five junk values per case: 150 in ``dev``, 1,000 in ``ci``, 10,000 in ``nightly``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "nightly",
    max_examples=2_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
