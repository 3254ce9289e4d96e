"""The domain: frozen value types of a dealership's customer archive.

Examples:
    >>> from autocrm.domain import Customer
    >>> Customer(number="C000001", name="王建国", mobile="13800138000").mobile
    '+8613800138000'
"""

from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.complaint import (
    Complaint,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    ComplaintTopic,
    HandlingRecord,
    HandlingStep,
    Remedy,
    RemedyKind,
)
from autocrm.domain.customer import (
    Address,
    Contact,
    ContactKind,
    ContactPurpose,
    Customer,
    CustomerKind,
    Gender,
    OptOut,
)
from autocrm.domain.fleet import FleetAccount, FleetClass, PurchasePlan
from autocrm.domain.followup import (
    CallAttempt,
    CallOutcome,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    IssueCategory,
    JobPosition,
    ReportedIssue,
)
from autocrm.domain.membership import LoyaltyClass, MembershipTier
from autocrm.domain.money import FEN, ZERO, to_money
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import CHINA_TZ, local_date
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import (
    MAINTENANCE_TYPES,
    LineKind,
    Payer,
    ServiceType,
    WorkOrder,
    WorkOrderLine,
)

__all__ = [
    "CHINA_TZ",
    "FEN",
    "MAINTENANCE_TYPES",
    "ZERO",
    "Address",
    "Appointment",
    "AppointmentKind",
    "AppointmentStatus",
    "AuditAction",
    "AuditEntry",
    "CallAttempt",
    "CallOutcome",
    "Complaint",
    "ComplaintCause",
    "ComplaintLevel",
    "ComplaintStatus",
    "ComplaintTopic",
    "Contact",
    "ContactKind",
    "ContactPurpose",
    "Customer",
    "CustomerKind",
    "FleetAccount",
    "FleetClass",
    "FollowUp",
    "FollowUpKind",
    "FollowUpStatus",
    "Gender",
    "HandlingRecord",
    "HandlingStep",
    "IssueCategory",
    "JobPosition",
    "LineKind",
    "LoyaltyClass",
    "MembershipTier",
    "OdometerReading",
    "OptOut",
    "Payer",
    "PurchasePlan",
    "Remedy",
    "RemedyKind",
    "ReportedIssue",
    "ServiceType",
    "Snapshot",
    "Vehicle",
    "WorkOrder",
    "WorkOrderLine",
    "local_date",
    "to_money",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
