"""Text compared by code points in SQL, as Python compares ``str``.

The pure rules break ties between records by comparing their numbers as Python
strings, code point by code point. SQLite and DuckDB compare text that way by
default; PostgreSQL compares by the database's collation, and a collation such as
``en_US.UTF-8`` or ICU's ignores punctuation at first, so ``WO1-3DC`` sorts after
``WO10-3DC`` there and before it in Python. A twin that lets the database pick the
first or last record by number orders by
[`in_code_point_order`][autocrm.adapters.sqlalchemy.code_points.in_code_point_order] so
that it names the record the pure rule names on every engine.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from autocrm.domain.checks import checked

__all__ = ["in_code_point_order"]


class _CodePointOrder(sa.sql.functions.FunctionElement[str]):
    """A text column compared by code points: ``COLLATE "C"`` on PostgreSQL, as is elsewhere."""

    inherit_cache = True
    name = "code_point_order"
    type = sa.String()


@compiles(_CodePointOrder)
def _as_is(element: _CodePointOrder, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_CodePointOrder, "postgresql")
def _collate_c(element: _CodePointOrder, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


def in_code_point_order(column: ColumnElement[str]) -> ColumnElement[str]:
    """``column`` to order or compare by code points, as Python orders ``str``.

    Args:
        column: A text column or expression.

    Returns:
        The expression to use in ``ORDER BY`` (``.desc()`` works on it) or a comparison.

    Raises:
        autocrm.errors.InvalidFormat: ``column`` is not a SQL expression.

    Examples:
        >>> from sqlalchemy.dialects import postgresql, sqlite
        >>> number = sa.column("number", sa.String)
        >>> str(in_code_point_order(number).compile(dialect=postgresql.dialect()))
        '(number) COLLATE "C"'
        >>> str(in_code_point_order(number).desc().compile(dialect=sqlite.dialect()))
        'number DESC'
    """
    checked(column, ColumnElement, "column")
    return _CodePointOrder(column)
