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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__cell__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cell__mutmut)
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


def x__cell__mutmut_orig(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def x__cell__mutmut_1(value: object) -> str:
    if value is not None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def x__cell__mutmut_2(value: object) -> str:
    if value is None:
        return "XXXX"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def x__cell__mutmut_3(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(None)
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def x__cell__mutmut_4(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(None))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(value))


def x__cell__mutmut_5(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(None)
    return html.escape(str(value))


def x__cell__mutmut_6(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(None))
    return html.escape(str(value))


def x__cell__mutmut_7(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(None)


def x__cell__mutmut_8(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Enum):
        return html.escape(str(value.value))
    if isinstance(value, (Decimal, date, int, str)):
        return html.escape(str(value))
    return html.escape(str(None))

mutants_x__cell__mutmut['_mutmut_orig'] = x__cell__mutmut_orig # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_1'] = x__cell__mutmut_1 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_2'] = x__cell__mutmut_2 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_3'] = x__cell__mutmut_3 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_4'] = x__cell__mutmut_4 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_5'] = x__cell__mutmut_5 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_6'] = x__cell__mutmut_6 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_7'] = x__cell__mutmut_7 # type: ignore # mutmut generated
mutants_x__cell__mutmut['x__cell__mutmut_8'] = x__cell__mutmut_8 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rows_to_html__mutmut)
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


def x_rows_to_html__mutmut_orig(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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


def x_rows_to_html__mutmut_1(rows: Sequence[Mapping[str, object]], *, caption: str = "XXXX") -> str:
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


def x_rows_to_html__mutmut_2(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = None
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_3(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if (caption) and False else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_4(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if (caption) or True else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_5(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(None)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_6(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else "XXXX"
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_7(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_8(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = None
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_9(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(None)
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_10(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[1])
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_11(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = None
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_12(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(None)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_13(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "XXXX".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_14(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(None)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_15(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
    """Return an HTML ``<table>`` of ``rows`` (the columns of the first row).

    Examples:
        >>> print(rows_to_html([{"level": "I", "count": 3}], caption="complaints"))
        <table><caption>complaints</caption><thead><tr><th>level</th><th>count</th></tr></thead><tbody><tr><td>I</td><td>3</td></tr></tbody></table>
    """
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    if not rows:
        return f"<table>{head}<tbody><tr><td>(no rows)</td></tr></tbody></table>"
    columns = list(rows[0])
    header = "".join(f"<th>{html.escape(str(None))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_16(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
    body = None
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_17(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        None
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_18(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
    body = "XXXX".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_19(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) - "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_20(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" - "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_21(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "XX<tr>XX" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_22(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<TR>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_23(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(None) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_24(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "XXXX".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_25(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(f"<td>{_cell(None)}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_26(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(f"<td>{_cell(row.get(None))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_27(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "XX</tr>XX" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def x_rows_to_html__mutmut_28(rows: Sequence[Mapping[str, object]], *, caption: str = "") -> str:
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
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</TR>" for row in rows
    )
    return f"<table>{head}<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"

mutants_x_rows_to_html__mutmut['_mutmut_orig'] = x_rows_to_html__mutmut_orig # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_1'] = x_rows_to_html__mutmut_1 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_2'] = x_rows_to_html__mutmut_2 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_3'] = x_rows_to_html__mutmut_3 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_4'] = x_rows_to_html__mutmut_4 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_5'] = x_rows_to_html__mutmut_5 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_6'] = x_rows_to_html__mutmut_6 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_7'] = x_rows_to_html__mutmut_7 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_8'] = x_rows_to_html__mutmut_8 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_9'] = x_rows_to_html__mutmut_9 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_10'] = x_rows_to_html__mutmut_10 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_11'] = x_rows_to_html__mutmut_11 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_12'] = x_rows_to_html__mutmut_12 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_13'] = x_rows_to_html__mutmut_13 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_14'] = x_rows_to_html__mutmut_14 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_15'] = x_rows_to_html__mutmut_15 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_16'] = x_rows_to_html__mutmut_16 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_17'] = x_rows_to_html__mutmut_17 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_18'] = x_rows_to_html__mutmut_18 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_19'] = x_rows_to_html__mutmut_19 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_20'] = x_rows_to_html__mutmut_20 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_21'] = x_rows_to_html__mutmut_21 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_22'] = x_rows_to_html__mutmut_22 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_23'] = x_rows_to_html__mutmut_23 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_24'] = x_rows_to_html__mutmut_24 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_25'] = x_rows_to_html__mutmut_25 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_26'] = x_rows_to_html__mutmut_26 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_27'] = x_rows_to_html__mutmut_27 # type: ignore # mutmut generated
mutants_x_rows_to_html__mutmut['x_rows_to_html__mutmut_28'] = x_rows_to_html__mutmut_28 # type: ignore # mutmut generated
