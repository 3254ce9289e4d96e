"""The exceptions autocrm raises.

Every error derives from :class:`AutocrmError`. Bad input is a
:class:`ValidationError`, which is also a :class:`ValueError`, and carries the
name of the offending field and the value that was refused, in the manner of
python-stdnum's ``ValidationError`` family.

Examples:
    >>> from autocrm.domain.identifiers import vin
    >>> try:
    ...     vin.validate("LSVAU2180N2183294")
    ... except InvalidChecksum as exc:
    ...     (exc.field, exc.value)
    ('vin', 'LSVAU2180N2183294')
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AlreadyExists",
    "ArchiveNotEmpty",
    "AutocrmError",
    "ConcurrentUpdate",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidTransition",
    "NotFound",
    "PolicyError",
    "ValidationError",
]


class AutocrmError(Exception):
    """Root of every exception raised by autocrm."""


class ValidationError(AutocrmError, ValueError):
    """A value was refused.

    Attributes:
        field: Name (or dotted path) of the field whose value was refused,
            or ``None`` when the value stands alone.
        value: The value that was refused.
    """

    def __init__(self, message: str, *, field: str | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __str__(self) -> str:
        return self.message


class InvalidFormat(ValidationError):
    """The value has the wrong shape: characters, pattern or type."""


class InvalidChecksum(ValidationError):
    """The value's check digit or check character does not match."""


class InvalidLength(ValidationError):
    """The value has the wrong length."""


class InvalidComponent(ValidationError):
    """A part of the value (a region code, a birth date, a month) is not valid."""


class PolicyError(ValidationError):
    """A policy file or policy value is wrong; ``field`` is the dotted key path."""


class InvalidTransition(AutocrmError, ValueError):
    """A state machine was asked for a step it does not allow.

    Attributes:
        current: The state the object is in.
        requested: The event or target state that was refused.
    """

    def __init__(self, message: str, *, current: object, requested: object) -> None:
        super().__init__(message)
        self.current = current
        self.requested = requested


class NotFound(AutocrmError, LookupError):
    """A record asked for by its key is not in the archive."""


class ConcurrentUpdate(AutocrmError):
    """A write was based on a stale version of the record; nothing was written.

    Attributes:
        entity: The kind of record (``"customer"``, ``"vehicle"``...).
        entity_id: Its key.
        expected: The version the writer had read.
        actual: The version now stored.
    """

    def __init__(
        self, message: str, *, entity: str, entity_id: str, expected: int, actual: int | None
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class AlreadyExists(AutocrmError, ValueError):
    """``add`` was given a record whose key is already in the archive.

    Attributes:
        entity: The kind of record (``"customer"``...).
        entity_id: The key.
    """

    def __init__(self, message: str, *, entity: str, entity_id: str) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id


class ArchiveNotEmpty(AutocrmError, ValueError):
    """``restore`` was called on an archive that already holds records or audit entries."""
