"""Adapters: the edges of autocrm (storage, serialisation, dataframes).

Each adapter is imported on its own so that its optional dependency is only
needed when it is used: [`autocrm.adapters.memory`][autocrm.adapters.memory] (no dependency),
[`autocrm.adapters.json`][autocrm.adapters.json] (no dependency),
[`autocrm.adapters.sqlalchemy`][autocrm.adapters.sqlalchemy] (extra ``sql``),
[`autocrm.adapters.pandas`][autocrm.adapters.pandas] (extra ``pandas``).

Examples:
    >>> import autocrm.adapters
    >>> autocrm.adapters.__all__
    []
"""

__all__: list[str] = []
