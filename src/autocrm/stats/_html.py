"""An HTML table of result rows, for notebooks (``_repr_html_``).

Jupyter shows an object through its ``_repr_html_`` method; every statistics
result has ``to_rows()``, so one function turns those rows into a small table,
with no pandas needed.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum

__all__ = ["rows_to_html"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def rows_to_html(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
