"""The tables of a DMS export and their fields: what a mapping may name, and how each is read.

``FIELDS`` lists, per table, every domain field a mapping may give a column for and the
[`FieldKind`][autocrm.adapters.tables.fields.FieldKind] its cells are read as; ``CODE_TYPES``
the enumeration each coded field takes its values from; ``TABLE_ORDER`` the order the tables
are read in.

Examples:
    >>> FIELDS["customers"]["number"], TABLE_ORDER[0]
    (<FieldKind.TEXT: 'text'>, 'customers')
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from autocrm.domain import (
    AppointmentKind,
    AppointmentStatus,
    CallOutcome,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    ComplaintTopic,
    CustomerKind,
    FollowUpKind,
    FollowUpStatus,
    Gender,
    LineKind,
    Payer,
    ServiceType,
)

__all__ = ["CODE_TYPES", "FIELDS", "TABLE_ORDER", "FieldKind"]


class FieldKind(enum.Enum):
    """How a cell becomes the value of a domain field.

    Examples:
        >>> FIELDS["vehicles"]["purchased_on"] is FieldKind.DATE
        True
    """

    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    CODE = "code"
    CODES = "codes"
    TEXTS = "texts"


_K = FieldKind

#: Per table: every field a mapping may name, and how its cells are read.
FIELDS: Mapping[str, Mapping[str, FieldKind]] = MappingProxyType(
    {
        "customers": {
            "number": _K.TEXT,
            "name": _K.TEXT,
            "kind": _K.CODE,
            "gender": _K.CODE,
            "birth_date": _K.DATE,
            "resident_id": _K.TEXT,
            "uscc": _K.TEXT,
            "mobile": _K.TEXT,
            "phone": _K.TEXT,
            "office_phone": _K.TEXT,
            "fax": _K.TEXT,
            "email": _K.TEXT,
            "im_id": _K.TEXT,
            "address": _K.TEXT,
            "postcode": _K.TEXT,
            "occupation": _K.TEXT,
            "region": _K.TEXT,
            "bank": _K.TEXT,
            "bank_account": _K.TEXT,
            "tax_number": _K.TEXT,
            "owner": _K.TEXT,
            "registered_on": _K.DATE,
            "reviewed_on": _K.DATE,
            "tags": _K.TEXTS,
        },
        "vehicles": {
            "vin": _K.TEXT,
            "customer_number": _K.TEXT,
            "plate": _K.TEXT,
            "vin_check_digit": _K.BOOL,
            "engine_number": _K.TEXT,
            "chassis_number": _K.TEXT,
            "key_number": _K.TEXT,
            "brand": _K.TEXT,
            "model": _K.TEXT,
            "model_class": _K.TEXT,
            "colour": _K.TEXT,
            "use": _K.TEXT,
            "manufactured_on": _K.DATE,
            "purchased_on": _K.DATE,
            "registered_on": _K.DATE,
            "first_maintenance_on": _K.DATE,
            "first_visit_on": _K.DATE,
            "first_visit_km": _K.INT,
            "insurer": _K.TEXT,
            "insurer_contact": _K.TEXT,
            "insurance_renewal_on": _K.DATE,
            "next_maintenance_on": _K.DATE,
            "last_business_on": _K.DATE,
            "annual_inspection_on": _K.DATE,
            "road_fee_on": _K.DATE,
            "warranty_expires_on": _K.DATE,
            "warranty_km": _K.INT,
            "is_new_car_sale": _K.BOOL,
            "tags": _K.TEXTS,
        },
        "readings": {"vin": _K.TEXT, "on": _K.DATE, "km": _K.INT, "source": _K.TEXT},
        "work_order_lines": {
            "work_order_number": _K.TEXT,
            "description": _K.TEXT,
            "amount": _K.MONEY,
            "payer": _K.CODE,
            "kind": _K.CODE,
        },
        "work_orders": {
            "number": _K.TEXT,
            "customer_number": _K.TEXT,
            "vin": _K.TEXT,
            "opened_at": _K.DATETIME,
            "closed_at": _K.DATETIME,
            "service_types": _K.CODES,
            "mileage_km": _K.INT,
            "service_advisor": _K.TEXT,
            "technician": _K.TEXT,
            "appointment_number": _K.TEXT,
            "remarks": _K.TEXT,
        },
        "complaints": {
            "number": _K.TEXT,
            "customer_number": _K.TEXT,
            "received_at": _K.DATETIME,
            "level": _K.CODE,
            "status": _K.CODE,
            "vin": _K.TEXT,
            "work_order_number": _K.TEXT,
            "cause": _K.CODE,
            "topic": _K.CODE,
            "description": _K.TEXT,
            "handler": _K.TEXT,
            "departments": _K.TEXTS,
            "callback_promised_at": _K.DATETIME,
            "callback_done_at": _K.DATETIME,
            "resolved_at": _K.DATETIME,
            "closed_at": _K.DATETIME,
            "satisfaction": _K.INT,
            "result": _K.TEXT,
        },
        "followups": {
            "number": _K.TEXT,
            "kind": _K.CODE,
            "customer_number": _K.TEXT,
            "vin": _K.TEXT,
            "work_order_number": _K.TEXT,
            "complaint_number": _K.TEXT,
            "trigger_on": _K.DATE,
            "earliest": _K.DATE,
            "due": _K.DATE,
            "latest": _K.DATE,
            "status": _K.CODE,
            "assigned_to": _K.TEXT,
            "called_at": _K.DATETIME,
            "outcome": _K.CODE,
            "called_by": _K.TEXT,
            "rating": _K.INT,
            "opinion": _K.TEXT,
        },
        "appointments": {
            "number": _K.TEXT,
            "customer_number": _K.TEXT,
            "kind": _K.CODE,
            "booked_at": _K.DATETIME,
            "slot": _K.DATETIME,
            "vin": _K.TEXT,
            "service_types": _K.CODES,
            "status": _K.CODE,
            "arrived_at": _K.DATETIME,
            "work_order_number": _K.TEXT,
            "channel": _K.TEXT,
            "offer": _K.TEXT,
        },
    }
)

#: The order tables are read in: a row's references are read before it.
TABLE_ORDER = (
    "customers",
    "vehicles",
    "readings",
    "work_order_lines",
    "work_orders",
    "complaints",
    "followups",
    "appointments",
)

#: Per table: the fields without which no row can be built.
_REQUIRED: Mapping[str, tuple[str, ...]] = {
    "customers": ("number", "name"),
    "vehicles": ("vin", "customer_number"),
    "readings": ("vin", "on", "km"),
    "work_order_lines": ("work_order_number", "description", "amount"),
    "work_orders": ("number", "vin", "opened_at", "service_types"),
    "complaints": ("number", "received_at"),
    "followups": ("number", "kind", "due"),
    "appointments": ("number", "kind", "booked_at", "slot"),
}

#: The enumeration each coded field takes its values from.
CODE_TYPES: Mapping[tuple[str, str], type[enum.Enum]] = {
    ("customers", "kind"): CustomerKind,
    ("customers", "gender"): Gender,
    ("work_order_lines", "payer"): Payer,
    ("work_order_lines", "kind"): LineKind,
    ("work_orders", "service_types"): ServiceType,
    ("complaints", "level"): ComplaintLevel,
    ("complaints", "status"): ComplaintStatus,
    ("complaints", "cause"): ComplaintCause,
    ("complaints", "topic"): ComplaintTopic,
    ("followups", "kind"): FollowUpKind,
    ("followups", "status"): FollowUpStatus,
    ("followups", "outcome"): CallOutcome,
    ("appointments", "kind"): AppointmentKind,
    ("appointments", "status"): AppointmentStatus,
    ("appointments", "service_types"): ServiceType,
}
