"""Adapters: the edges of autocrm (storage, serialisation, dataframes).

Each adapter is imported on its own so that its optional dependency is only
needed when it is used: :mod:`autocrm.adapters.memory` (no dependency),
:mod:`autocrm.adapters.json` (no dependency), :mod:`autocrm.adapters.sqlalchemy`
(extra ``sql``), :mod:`autocrm.adapters.pandas` (extra ``pandas``).

Examples:
    >>> import autocrm.adapters
    >>> autocrm.adapters.__all__
    []
"""

__all__: list[str] = []


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
