"""autocrm: the rules and numbers of a car dealership's customer-service department.

The pure core (:mod:`autocrm.domain`, :mod:`autocrm.rules`, :mod:`autocrm.stats`,
:mod:`autocrm.query`) needs no database; adapters live in :mod:`autocrm.adapters`.
This module re-exports the names most users start from.

Example:
    >>> import autocrm
    >>> autocrm.Policies().followups.max_attempts
    3
    >>> archive = autocrm.MemoryArchive()
    >>> from datetime import datetime
    >>> c = archive.add(autocrm.Customer(name="王建国", mobile="13800138000"),
    ...                 actor="客服-李娜", at=datetime(2026, 1, 5, 9, tzinfo=autocrm.CHINA_TZ))
    >>> c.number, c.version
    ('C000001', 1)
"""

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    AuditEntry,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
    to_money,
)
from autocrm.errors import (
    AutocrmError,
    ConcurrentUpdate,
    InvalidTransition,
    NotFound,
    StoreError,
    ValidationError,
)
from autocrm.policies import Policies, load_policies
from autocrm.ports import Repository, UnitOfWork
from autocrm.query import F, aggregate, count, count_distinct, evaluate, sum_money, within_last
from autocrm.rules.calendar import ChineseWorkdays

__version__ = "0.1.0"

__all__ = [
    "CHINA_TZ",
    "Appointment",
    "AuditEntry",
    "AutocrmError",
    "ChineseWorkdays",
    "Complaint",
    "ConcurrentUpdate",
    "Customer",
    "F",
    "FleetAccount",
    "FollowUp",
    "InvalidTransition",
    "MemoryArchive",
    "NotFound",
    "OdometerReading",
    "Policies",
    "Repository",
    "Snapshot",
    "StoreError",
    "UnitOfWork",
    "ValidationError",
    "Vehicle",
    "WorkOrder",
    "WorkOrderLine",
    "__version__",
    "aggregate",
    "count",
    "count_distinct",
    "evaluate",
    "load_policies",
    "sum_money",
    "to_money",
    "within_last",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
