"""The exceptions autocrm raises.

Every error derives from [`AutocrmError`][autocrm.errors.AutocrmError]. Bad input is a
[`ValidationError`][autocrm.errors.ValidationError], which is also a `ValueError`, and carries the
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
    "EncryptionError",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidPolicyValue",
    "InvalidTransition",
    "MergeRefused",
    "NotFound",
    "NotSupported",
    "PolicyError",
    "StoreError",
    "StoreNotFound",
    "StoreOutOfDate",
    "StoreTimeout",
    "StoreUnavailable",
    "UnmergeRefused",
    "UnsupportedType",
    "ValidationError",
    "first_validation_error",
    "shown",
]


class AutocrmError(Exception):
    """Root of every exception raised by autocrm.

    Catch it to handle any autocrm failure in one place.

    Examples:
        >>> from autocrm.domain.identifiers import vin
        >>> try:
        ...     vin.validate("not a VIN")
        ... except AutocrmError as exc:
        ...     type(exc).__name__
        'InvalidLength'
    """


class ValidationError(AutocrmError, ValueError):
    """A value was refused.

    Attributes:
        field: Name (or dotted path) of the field whose value was refused,
            or ``None`` when the value stands alone.
        value: The value that was refused.

    Examples:
        >>> try:
        ...     raise ValidationError("mileage must not be negative", field="km", value=-5)
        ... except ValueError as exc:
        ...     str(exc), exc.field, exc.value
        ('mileage must not be negative', 'km', -5)
    """

    def __init__(self, message: str, *, field: str | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __str__(self) -> str:
        return self.message


class InvalidFormat(ValidationError):
    """The value has the wrong shape: characters, pattern or type.

    Examples:
        >>> from autocrm.domain.identifiers import vin
        >>> try:
        ...     vin.validate("LFV2A21K3D31098I6")  # the letter I is never used in a VIN
        ... except InvalidFormat as exc:
        ...     str(exc), exc.field, exc.value
        ("letter 'I' (position 16) is never used in a VIN", 'vin', 'LFV2A21K3D31098I6')
    """


class InvalidChecksum(ValidationError):
    """The value's check digit or check character does not match.

    Examples:
        >>> from autocrm.domain.identifiers import vin
        >>> try:
        ...     vin.validate("LFV2A21K3D3109827")  # last character mistyped
        ... except InvalidChecksum as exc:
        ...     str(exc), exc.field, exc.value
        ("VIN check character (position 9) is '3', expected '5'", 'vin', 'LFV2A21K3D3109827')
    """


class InvalidLength(ValidationError):
    """The value has the wrong length.

    Examples:
        >>> from autocrm.domain.identifiers import vin
        >>> try:
        ...     vin.validate("LFV2A21K3D310982")
        ... except InvalidLength as exc:
        ...     str(exc), exc.field, exc.value
        ('a VIN has 17 characters, got 16', 'vin', 'LFV2A21K3D310982')
    """


class InvalidComponent(ValidationError):
    """A part of the value (a region code, a birth date, a month) is not valid.

    Examples:
        >>> from autocrm.domain.identifiers import ric
        >>> try:
        ...     ric.validate("110105194913310021")  # born in month 13
        ... except InvalidComponent as exc:
        ...     str(exc), exc.field, exc.value
        ('birth date 19491331 (YYYYMMDD) is not a real date', 'resident_id', '110105194913310021')
    """


class PolicyError(ValidationError):
    """A policy file or policy value is wrong; ``field`` is the dotted key path.

    ``value`` is the whole policy data that was refused.

    Examples:
        >>> from autocrm.policies import policies_from_dict
        >>> try:
        ...     policies_from_dict({"followups": {"max_attempts": "x"}})
        ... except PolicyError as exc:
        ...     error = exc
        >>> error.field, error.value
        ('followups.max_attempts', {'followups': {'max_attempts': 'x'}})
        >>> str(error)
        "followups.max_attempts: expected a whole number, got str 'x'"
    """


class InvalidPolicyValue(PolicyError, InvalidComponent):
    """A policy refuses one of its values; ``field`` is the key.

    A [`PolicyError`][autocrm.errors.PolicyError] like a policy file's, and an
    [`InvalidComponent`][autocrm.errors.InvalidComponent] as policy values were refused
    before, so that either ``except`` catches it.

    Examples:
        >>> from autocrm.rules.churn import ChurnPolicy
        >>> try:
        ...     ChurnPolicy(lost_after_days=0)
        ... except PolicyError as exc:
        ...     exc.field, isinstance(exc, InvalidComponent)
        ('lost_after_days', True)
    """


class UnsupportedType(ValidationError, TypeError):
    """A value of a kind the operation does not take; also a `TypeError`.

    The archive was asked about a class it does not keep, for an operation a kind of
    record does not allow (odometer readings are append only), or an adapter was given
    an object it cannot convert. ``field`` names the argument.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> try:
        ...     MemoryArchive().get(dict, "C000001")
        ... except UnsupportedType as exc:
        ...     exc.field, isinstance(exc, TypeError)
        ('kind', True)
    """


class InvalidTransition(AutocrmError, ValueError):
    """A state machine was asked for a step it does not allow.

    Attributes:
        current: The state the object is in.
        requested: The event or target state that was refused.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> from autocrm.rules.complaints import ComplaintEvent, advance
        >>> received = datetime(2025, 9, 30, 10, 0, tzinfo=CHINA_TZ)
        >>> complaint = Complaint(number="TS2025001", customer_number="C000001",
        ...                       level="II", received_at=received)
        >>> try:
        ...     advance(complaint, ComplaintEvent.CLOSE, at=received, actor="客服-李娜")
        ... except InvalidTransition as exc:
        ...     exc.current.value, exc.requested.value
        ('open', 'close')
    """

    def __init__(self, message: str, *, current: object, requested: object) -> None:
        super().__init__(message)
        self.current = current
        self.requested = requested


class NotFound(AutocrmError, LookupError):
    """A record asked for by its key is not in the archive.

    It is also a `LookupError`; the message names the record.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import Customer
        >>> try:
        ...     MemoryArchive().get(Customer, "C000404")
        ... except NotFound as exc:
        ...     str(exc)
        "customer 'C000404' is not in the archive"
    """


class ConcurrentUpdate(AutocrmError):
    """A write was based on a stale version of the record; nothing was written.

    Attributes:
        entity: The kind of record (``"customer"``, ``"vehicle"``...).
        entity_id: Its key.
        expected: The version the writer had read.
        actual: The version now stored.

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read, name="王健国"), actor="客服-王强", at=at)
        >>> try:  # the first reader still holds version 1
        ...     archive.update(attrs.evolve(read, name="王国"), actor="客服-李娜", at=at)
        ... except ConcurrentUpdate as exc:
        ...     exc.entity, exc.entity_id, exc.expected, exc.actual
        ('customer', 'C000001', 1, 2)
    """

    def __init__(
        self, message: str, *, entity: str, entity_id: str, expected: int, actual: int | None
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class NotSupported(AutocrmError):
    """The archive's database cannot do what was asked; nothing was done.

    DuckDB, for one, has no SAVEPOINT: a unit of work cannot be opened inside
    another there (do the writes in the outer one). The SQL guide's DuckDB section
    shows it.

    Examples:
        >>> try:
        ...     raise NotSupported("unit_of_work: a unit of work inside another needs a SAVEPOINT")
        ... except AutocrmError as exc:
        ...     type(exc).__name__
        'NotSupported'
    """


class AlreadyExists(AutocrmError, ValueError):
    """``add`` was given a record whose key is already in the archive.

    Attributes:
        entity: The kind of record (``"customer"``...).
        entity_id: The key.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> stored = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> try:
        ...     archive.add(stored, actor="客服-李娜", at=at)
        ... except AlreadyExists as exc:
        ...     exc.entity, exc.entity_id
        ('customer', 'C000001')
    """

    def __init__(self, message: str, *, entity: str, entity_id: str) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id


class ArchiveNotEmpty(AutocrmError, ValueError):
    """``restore`` was called on an archive that already holds records or audit entries.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive = MemoryArchive()
        >>> _ = archive.add(Customer(name="王建国"), actor="客服-李娜",
        ...                 at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ))
        >>> try:
        ...     archive.restore(archive.snapshot())
        ... except ArchiveNotEmpty as exc:
        ...     str(exc)
        'restore needs an empty archive; create a new MemoryArchive'
    """


class StoreError(AutocrmError):
    """The database behind an archive failed; nothing of the unit of work was stored.

    The driver's own exception is chained as ``__cause__`` (``raise ... from exc``),
    so a log keeps the database's wording. The subclasses say what went wrong; catch
    this class to handle every store failure in one place.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> try:
        ...     SqlArchive.from_url("sqlite:///no/such/dir/autocrm.db", create=False)
        ... except StoreError as exc:
        ...     type(exc).__name__
        'StoreNotFound'
    """


class StoreUnavailable(StoreError):
    """The database cannot be reached: the connection was lost or the server is down.

    The unit of work that was running is rolled back by the server; try again once
    the database is back (an idle archive reconnects by itself).

    Examples:
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> try:  # the directory does not exist: the file cannot be opened
        ...     SqlArchive.from_url("sqlite:///no/such/dir/autocrm.db")
        ... except StoreUnavailable as exc:
        ...     isinstance(exc, StoreError), type(exc.__cause__).__name__
        (True, 'OperationalError')
    """


class StoreTimeout(StoreError):
    """A lock or a statement waited longer than the archive's timeout allows.

    Another writer held the record (or the whole SQLite file) for too long, or a
    statement ran past its statement timeout. Nothing of the unit of work was
    stored; it can be run again.

    Examples:
        >>> import os, sqlite3, tempfile
        >>> from datetime import datetime
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> path = os.path.join(tempfile.mkdtemp(), "shop.db")
        >>> archive = SqlArchive.from_url(f"sqlite:///{path}", lock_timeout=0.1)
        >>> other_writer = sqlite3.connect(path, isolation_level=None)
        >>> _ = other_writer.execute("BEGIN IMMEDIATE")  # and keeps the file locked
        >>> try:
        ...     archive.add(Customer(name="王建国"), actor="客服-李娜",
        ...                 at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        ... except StoreTimeout as exc:
        ...     str(exc.__cause__.orig)
        'database is locked'
        >>> _ = other_writer.execute("ROLLBACK")
        >>> other_writer.close()
    """


class StoreNotFound(StoreError):
    """An archive was opened to be read (``create=False``) but there is none at that URL.

    The database does not exist, or it holds no autocrm tables. Nothing was created.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> try:
        ...     SqlArchive.from_url("sqlite://", create=False)
        ... except StoreNotFound as exc:
        ...     str(exc)
        'the database at sqlite:// holds no autocrm archive; create one first (autocrm init)'
    """


class StoreOutOfDate(StoreError):
    """The archive's tables are at an older schema revision than this autocrm uses.

    Opening with ``create=False`` never migrates; run ``autocrm upgrade`` (or
    [`autocrm.adapters.sqlalchemy.upgrade`][autocrm.adapters.sqlalchemy.upgrade]) first.

    Attributes:
        revision: The revision the database is at.
        expected: The revision this autocrm needs.

    Examples:
        >>> error = StoreOutOfDate("run autocrm upgrade", revision="0002", expected="0003")
        >>> error.revision, error.expected
        ('0002', '0003')
    """

    def __init__(self, message: str, *, revision: str, expected: str) -> None:
        super().__init__(message)
        self.revision = revision
        self.expected = expected


class EncryptionError(AutocrmError):
    """An encrypted value cannot be read or written: no key, the wrong key, altered data.

    Attributes:
        field: The field (or key setting) concerned.

    Examples:
        >>> str(EncryptionError("mobile: no cipher for encrypted values", field="mobile"))
        'mobile: no cipher for encrypted values'
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MergeRefused(ValidationError):
    """A merge of duplicate customers the archive refuses; nothing was written.

    ``field`` names the argument at fault (``survivor`` or ``duplicate``) and
    ``value`` is its customer number; the message says why (the same customer, one
    already merged, an erased one, a person and a company).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2026, 3, 2, 9, 0, tzinfo=CHINA_TZ)
        >>> c = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> try:
        ...     archive.merge(c.number, c.number, actor="客服-李娜", at=at, reason="重复建档")
        ... except MergeRefused as exc:
        ...     exc.field, exc.value
        ('duplicate', 'C000001')
    """


class UnmergeRefused(MergeRefused):
    """An un-merge the archive refuses: the customer is not merged, or the records
    the merge touched changed since; nothing was written.

    Attributes:
        changes: The audit entries written after the merge on the records it
            touched (empty when the customer is simply not merged).

    Examples:
        >>> str(UnmergeRefused("duplicate: C000002 is not merged", field="duplicate",
        ...                    value="C000002"))
        'duplicate: C000002 is not merged'
    """

    def __init__(
        self, message: str, *, field: str | None = None, value: Any = None, changes: Any = ()
    ) -> None:
        super().__init__(message, field=field, value=value)
        self.changes = tuple(changes)


def first_validation_error(exc: BaseException) -> ValidationError | None:
    """Return the first ValidationError in ``exc`` or the exceptions it groups.

    cattrs groups the errors of a structuring step; the JSON adapter and the policy
    loader use this to surface the domain's own error, with its field.

    Args:
        exc: An exception, possibly an ``ExceptionGroup``.

    Returns:
        The error, or None when ``exc`` holds none.

    Examples:
        >>> inner = InvalidFormat("vin: too short", field="vin")
        >>> class Grouped(Exception):  # what cattrs raises: an exception group
        ...     exceptions = (KeyError("x"), inner)
        >>> first_validation_error(Grouped()) is inner
        True
        >>> first_validation_error(KeyError("x")) is None
        True
    """
    given: object = exc
    if not isinstance(given, BaseException):
        return None
    if isinstance(exc, ValidationError):
        return exc
    for inner in getattr(exc, "exceptions", ()):
        found = first_validation_error(inner)
        if found is not None:
            return found
    return None


def shown(value: object, *, limit: int = 80) -> str:
    """Return ``repr(value)`` fit for an error message: short, and never raising.

    A message that quotes the refused value must not fail itself: ``repr`` of an
    integer with more than 4,300 digits raises ``ValueError`` and a very long string
    would drown the message, so both are shortened.

    Args:
        value: Anything.
        limit: The longest text returned, in characters.

    Returns:
        The representation, cut to ``limit`` characters with ``...`` when longer.

    Examples:
        >>> shown("王建国"), shown(10**5000)
        ("'王建国'", '<int of 16610 bits>')
        >>> shown("x" * 100, limit=10)
        "'xxxxxx..."
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 4:
        msg = f"limit: expected a whole number of at least 4, got {type(limit).__name__}"
        raise ValidationError(msg, field="limit", value=limit)
    try:
        text = repr(value)
    except Exception:
        if isinstance(value, int):
            return f"<int of {value.bit_length()} bits>"
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."
