"""Test support for autocrm and for code built on it.

:mod:`autocrm.testing.strategies` holds public Hypothesis strategies (needs the
``test`` extra); :mod:`autocrm.testing.synthetic` generates a deterministic
dealership for demos and benchmarks.

Examples:
    >>> import autocrm.testing
    >>> autocrm.testing.__all__
    []
"""

__all__: list[str] = []


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
