"""The SQL archive's refusals: argument checks, the errors it raises for a key, and what
an operation was doing should the database fail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy.store_errors import Failure, field_of_bad_value
from autocrm.domain.time import require_aware
from autocrm.errors import (
    ConcurrentUpdate,
    InvalidFormat,
    NotFound,
    UnsupportedType,
    ValidationError,
    shown,
)
from autocrm.ports import AlreadyExists

_T = TypeVar("_T")


def _entity_spec(kind: type[_T] | str) -> cv.EntitySpec[_T]:
    if isinstance(kind, str):
        for spec in cv.SPECS.values():
            if spec.entity == kind:
                return spec
        msg = f"the archive keeps no {shown(kind)} records"
        raise UnsupportedType(msg, field="kind", value=kind)
    if not isinstance(kind, type) or kind not in cv.SPECS:
        msg = f"the archive keeps no {getattr(kind, '__name__', None) or shown(kind)} records"
        raise UnsupportedType(msg, field="kind", value=kind)
    return cv.spec_for(kind)


def _require_flag(value: object, field: str) -> None:
    if not isinstance(value, bool):
        msg = f"{field}: expected True or False, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)


def _check_who_when(actor: object, at: object) -> None:
    if not isinstance(actor, str) or not actor.strip():
        msg = (
            f"actor: expected the non-blank name or id of who makes the change, got {shown(actor)}"
        )
        raise InvalidFormat(msg, field="actor", value=actor)
    require_aware(at, "at")


def _exists(spec: cv.EntitySpec[Any], key: str) -> AlreadyExists:
    msg = f"{spec.key}: a {spec.entity} {shown(key)} is already in the archive"
    return AlreadyExists(msg, entity=spec.entity, entity_id=key)


def _not_found(spec: cv.EntitySpec[Any], key: str) -> NotFound:
    msg = f"no {spec.entity} {shown(key)} in the archive"
    return NotFound(msg)


def _stale(spec: cv.EntitySpec[Any], key: str, expected: int, actual: int | None) -> Exception:
    if actual is None:
        return _not_found(spec, key)
    msg = (
        f"{spec.entity} {shown(key)} was changed by someone else: you read version {expected}, "
        f"the archive holds version {actual}; read it again and redo the change"
    )
    return ConcurrentUpdate(
        msg, entity=spec.entity, entity_id=key, expected=expected, actual=actual
    )


def _check_columns_hold(spec: cv.EntitySpec[Any], rows: cv.Rows) -> None:
    """Refuse, before any SQL, a value a column cannot hold, the same way on every engine.

    PostgreSQL refuses a text longer than its column or one with a NUL character;
    SQLite would store either. Checking here gives one answer everywhere.
    """
    found = field_of_bad_value(_tables_and_rows(spec, rows))
    if found is not None:
        field, value, why = found
        msg = f"{field}: the archive cannot store this value: it {why}"
        raise ValidationError(msg, field=field, value=value)


def _writing(spec: cv.EntitySpec[Any], obj: Any) -> Failure:
    """What an add or update of ``obj`` was doing, should the database fail."""

    def rows() -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
        return _tables_and_rows(spec, spec.from_domain(obj))

    key = None if spec.key is None else getattr(obj, spec.key)
    return Failure(
        entity=spec.entity,
        key=key if isinstance(key, str) and key.strip() else None,
        expected=getattr(obj, "version", None),
        rows=rows,
    )


def _tables_and_rows(
    spec: cv.EntitySpec[Any], rows: cv.Rows
) -> list[tuple[sa.Table, Sequence[Mapping[str, Any]]]]:
    return [
        (spec.table, [rows.main]),
        *((table, rows.children.get(table.name, [])) for table, _ in spec.child_tables),
    ]
