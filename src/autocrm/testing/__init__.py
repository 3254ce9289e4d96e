"""Test support for autocrm and for code built on it.

[`autocrm.testing.strategies`][autocrm.testing.strategies] holds public Hypothesis strategies (needs
the ``test`` extra); [`autocrm.testing.synthetic`][autocrm.testing.synthetic] generates a
deterministic dealership for demos and benchmarks.

Examples:
    >>> import autocrm.testing
    >>> autocrm.testing.__all__
    []
"""

__all__: list[str] = []
