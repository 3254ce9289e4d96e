"""Argument checks shared by the statistics (private; DESIGN principle 5).

The statistics refuse None, a number or a string where a collection of records is
expected with an error naming the parameter, exactly as the rules do: they use the
same checks as :mod:`autocrm.rules`, kept in one place so the wording cannot drift.

Examples:
    >>> try:
    ...     check_iterable(None, "complaints")
    ... except ValueError as exc:
    ...     str(exc)
    'complaints: expected a collection, got NoneType'
"""

from __future__ import annotations

from autocrm.rules._visits import check_iterable, checked

__all__ = ["check_iterable", "checked"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
