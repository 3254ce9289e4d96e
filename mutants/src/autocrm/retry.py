"""Running a unit of work again when another writer got there first.

Archives use optimistic versions: an ``update`` based on a record another writer
changed meanwhile raises :class:`autocrm.errors.ConcurrentUpdate` and writes
nothing. The remedy is always the same: read the record again and redo the
change. :func:`retry_unit_of_work` does that for any archive (in memory or SQL):
it runs a function in a unit of work and, when the unit raises a conflict, runs
the whole function again in a new one, up to a number of attempts.

The function must read what it changes *inside* the unit of work (through the
repository it is given), so that each attempt starts from what is stored now.

Examples:
    >>> from datetime import datetime
    >>> import attrs
    >>> from autocrm.adapters.memory import MemoryArchive
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
    >>> number = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at).number
    >>> def add_vip_tag(uow):
    ...     customer = uow.get(Customer, number)
    ...     return uow.update(attrs.evolve(customer, tags=customer.tags | {"vip"}),
    ...                       actor="客服-李娜", at=at)
    >>> sorted(retry_unit_of_work(archive, add_vip_tag).tags)
    ['vip']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from autocrm.errors import AutocrmError, ConcurrentUpdate, ValidationError, shown
from autocrm.ports import Repository

__all__ = ["DEFAULT_ATTEMPTS", "retry_unit_of_work"]

T = TypeVar("T")

#: How many times :func:`retry_unit_of_work` runs the function at most, by default.
DEFAULT_ATTEMPTS = 3


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_retry_unit_of_work__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_retry_unit_of_work__mutmut)
def retry_unit_of_work(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_orig(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_1(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) and attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_2(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) and not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_3(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_4(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts <= 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_5(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 2:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_6(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = None
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_7(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(None)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_8(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(None, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_9(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field=None, value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_10(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=None)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_11(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_12(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_13(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", )
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_14(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="XXattemptsXX", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_15(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="ATTEMPTS", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_16(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(None):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_17(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts + 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_18(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 2):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_19(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(None)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_20(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            break
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(repository)


def x_retry_unit_of_work__mutmut_21(
    archive: Repository,
    work: Callable[[Repository], T],
    *,
    attempts: int = DEFAULT_ATTEMPTS,
    retry_on: tuple[type[AutocrmError], ...] = (ConcurrentUpdate,),
) -> T:
    """Run ``work`` in a unit of work of ``archive``; run it again after a conflict.

    Each attempt is a new unit of work: all of its writes are committed together,
    or none is. When an attempt raises one of ``retry_on`` (by default
    :class:`~autocrm.errors.ConcurrentUpdate`, which a SQL archive also raises
    for a deadlock) nothing of it is stored and ``work`` runs again, until it
    succeeds or ``attempts`` are used up; any other exception propagates at once.

    Args:
        archive: A :class:`~autocrm.ports.Repository` (``MemoryArchive``,
            ``SqlArchive``).
        work: Called with the unit of work's repository; it must read the records
            it changes through that repository. Its result is returned.
        attempts: How many times to run ``work`` at most (1 means no retry).
        retry_on: The errors that make another attempt worth it, e.g.
            ``(ConcurrentUpdate, StoreTimeout)`` to also retry after a lock timeout.

    Returns:
        What ``work`` returned in the attempt that was committed.

    Raises:
        autocrm.errors.ValidationError: ``attempts`` is not a positive whole number.
        autocrm.errors.ConcurrentUpdate: still conflicting after the last attempt
            (the error of that attempt).

    Examples:
        >>> from datetime import datetime
        >>> import attrs
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive, at = MemoryArchive(), datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> read_earlier = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        >>> _ = archive.update(attrs.evolve(read_earlier, mobile="13800138000"),
        ...                    actor="客服-王强", at=at)  # another agent, meanwhile
        >>> versions_seen = []
        >>> def rename(uow):
        ...     customer = read_earlier if not versions_seen else uow.get(Customer, "C000001")
        ...     versions_seen.append(customer.version)
        ...     return uow.update(attrs.evolve(customer, name="王健国"),
        ...                       actor="客服-李娜", at=at)
        >>> retry_unit_of_work(archive, rename).version, versions_seen
        (3, [1, 2])
    """
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts: expected a whole number of at least 1, got {shown(attempts)}"
        raise ValidationError(msg, field="attempts", value=attempts)
    for _ in range(attempts - 1):
        try:
            with archive.unit_of_work() as repository:
                return work(repository)
        except retry_on:
            continue
    with archive.unit_of_work() as repository:  # the last attempt: its error propagates
        return work(None)

mutants_x_retry_unit_of_work__mutmut['_mutmut_orig'] = x_retry_unit_of_work__mutmut_orig # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_1'] = x_retry_unit_of_work__mutmut_1 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_2'] = x_retry_unit_of_work__mutmut_2 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_3'] = x_retry_unit_of_work__mutmut_3 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_4'] = x_retry_unit_of_work__mutmut_4 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_5'] = x_retry_unit_of_work__mutmut_5 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_6'] = x_retry_unit_of_work__mutmut_6 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_7'] = x_retry_unit_of_work__mutmut_7 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_8'] = x_retry_unit_of_work__mutmut_8 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_9'] = x_retry_unit_of_work__mutmut_9 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_10'] = x_retry_unit_of_work__mutmut_10 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_11'] = x_retry_unit_of_work__mutmut_11 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_12'] = x_retry_unit_of_work__mutmut_12 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_13'] = x_retry_unit_of_work__mutmut_13 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_14'] = x_retry_unit_of_work__mutmut_14 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_15'] = x_retry_unit_of_work__mutmut_15 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_16'] = x_retry_unit_of_work__mutmut_16 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_17'] = x_retry_unit_of_work__mutmut_17 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_18'] = x_retry_unit_of_work__mutmut_18 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_19'] = x_retry_unit_of_work__mutmut_19 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_20'] = x_retry_unit_of_work__mutmut_20 # type: ignore # mutmut generated
mutants_x_retry_unit_of_work__mutmut['x_retry_unit_of_work__mutmut_21'] = x_retry_unit_of_work__mutmut_21 # type: ignore # mutmut generated
