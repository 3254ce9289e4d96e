"""The audit trail: who changed what, when, from which value to which (seed 001).

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain.time import CHINA_TZ
    >>> e = AuditEntry(at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ), actor="客服-李娜",
    ...                entity="customer", entity_id="C000001", field="mobile",
    ...                old="+8613800138000", new="+8613900139000")
    >>> e.action.label
    '修改'
"""

from __future__ import annotations

from datetime import datetime

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import ENTITY_LENGTH, KEY_LENGTH, NAME_LENGTH, SHORT_TEXT_LENGTH

__all__ = ["AuditAction", "AuditEntry"]


def _to_audit_action(value: object) -> AuditAction:
    return f.as_enum(AuditAction, value)


class AuditAction(LabelledEnum):
    """The kind of change recorded.

    Examples:
        >>> AuditAction.ANONYMISE.value, AuditAction.ANONYMISE.label
        ('anonymise', '匿名化')
        >>> AuditAction.from_label("删除") is AuditAction.DELETE
        True
    """

    CREATE = ("create", "新建")
    UPDATE = ("update", "修改")
    DELETE = ("delete", "删除")
    ANONYMISE = ("anonymise", "匿名化")
    TRANSITION = ("transition", "状态变更")
    MERGE = ("merge", "合并")
    UNMERGE = ("unmerge", "撤销合并")


@attrs.frozen
class AuditEntry:
    """One recorded change of one field (or of a whole record, with ``field=None``).

    ``old`` and ``new`` are the values as text (JSON for structured values), so the
    trail reads the same whatever store keeps it.

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...            entity="customer", entity_id="C1", action="create").field is None
        True
    """

    at: datetime = attrs.field(validator=f.check_datetime, kw_only=True)
    actor: str = attrs.field(validator=f.text(NAME_LENGTH), kw_only=True)
    entity: str = attrs.field(validator=f.text(ENTITY_LENGTH), kw_only=True)
    entity_id: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    field: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    old: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    new: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    action: AuditAction = attrs.field(
        default=AuditAction.UPDATE,
        converter=_to_audit_action,
        validator=f.check_enum(AuditAction),
        kw_only=True,
    )
