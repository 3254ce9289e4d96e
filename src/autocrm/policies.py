"""Every number of the rules in one bundle, loadable from TOML or JSON.

``Policies()`` gives the department's own numbers and, where its rules give none,
autocrm's defaults (see [Sources][sources]); a shop overrides what
it wants in a file::

    [followups]
    max_attempts = 4

    [complaints]
    level_iii_workdays = 5

Examples:
    >>> p = Policies()
    >>> p.appointments.min_lead_hours, p.complaints.level_ii_workdays
    (24, 3)
    >>> policies_from_dict({"followups": {"max_attempts": 4}}).followups.max_attempts
    4
    >>> policies_from_dict({"followups": {"max_atempts": 4}})
    Traceback (most recent call last):
    ...
    autocrm.errors.PolicyError: followups.max_atempts: unknown key
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from os import PathLike
from pathlib import Path
from typing import Any

import attrs
import cattrs

from autocrm import _toml
from autocrm.errors import PolicyError, first_validation_error, shown
from autocrm.rules.appointments import AppointmentPolicy
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.rules.fleet import FleetPolicy
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.loyalty import LoyaltyPolicy
from autocrm.rules.membership import MembershipPolicy
from autocrm.rules.service_policy import ServicePolicy
from autocrm.rules.worklist_policy import WorklistPolicy
from autocrm.stats.policy import StatsPolicy

__all__ = [
    "AppointmentPolicy",
    "ArchivePolicy",
    "ChurnPolicy",
    "ComplaintPolicy",
    "FleetPolicy",
    "FollowUpPolicy",
    "LoyaltyPolicy",
    "MembershipPolicy",
    "Policies",
    "ServicePolicy",
    "StatsPolicy",
    "WorklistPolicy",
    "load_policies",
    "policies_from_dict",
    "policies_to_dict",
]


@attrs.frozen(kw_only=True)
class Policies:
    """All rule policies of a shop; each part defaults to the department's numbers.

    Examples:
        >>> Policies(followups=FollowUpPolicy(max_attempts=5)).followups.max_attempts
        5
    """

    followups: FollowUpPolicy = attrs.field(factory=FollowUpPolicy)
    service: ServicePolicy = attrs.field(factory=ServicePolicy)
    appointments: AppointmentPolicy = attrs.field(factory=AppointmentPolicy)
    loyalty: LoyaltyPolicy = attrs.field(factory=LoyaltyPolicy)
    membership: MembershipPolicy = attrs.field(factory=MembershipPolicy)
    churn: ChurnPolicy = attrs.field(factory=ChurnPolicy)
    complaints: ComplaintPolicy = attrs.field(factory=ComplaintPolicy)
    fleet: FleetPolicy = attrs.field(factory=FleetPolicy)
    archive: ArchivePolicy = attrs.field(factory=ArchivePolicy)
    stats: StatsPolicy = attrs.field(factory=StatsPolicy)
    worklist: WorklistPolicy = attrs.field(factory=WorklistPolicy)


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


_CONVERTER = _make_converter()
_PATH = re.compile(r"^(?P<message>.*?)\s*@\s*\$(?P<path>.*)$")
_EXTRA = re.compile(r"^extra fields found \((?P<keys>.*)\)$")


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def _key_path(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.lstrip(".")


def policies_from_dict(data: Mapping[str, Any]) -> Policies:
    """Build [`Policies`][autocrm.policies.Policies] from nested mappings, refusing unknown keys and
    wrong types.

    Args:
        data: Sections named like the fields of [`Policies`][autocrm.policies.Policies]; missing
            keys keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def policies_to_dict(policies: Policies) -> dict[str, Any]:
    """Return ``policies`` as nested plain data (the inverse of
    [`policies_from_dict`][autocrm.policies.policies_from_dict]).

    Examples:
        >>> policies_to_dict(Policies())["churn"]["lost_after_days"]
        365
    """
    result: dict[str, Any] = _CONVERTER.unstructure(policies)
    return result


def load_policies(path: str | Path) -> Policies:
    """Read [`Policies`][autocrm.policies.Policies] from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)
