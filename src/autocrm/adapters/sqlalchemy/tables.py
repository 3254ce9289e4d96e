"""SQLAlchemy Core tables of the archive, owned by the adapter.

The domain classes are frozen, slotted attrs classes and are never mapped: rows are
converted explicitly by `autocrm.adapters.sqlalchemy.convert`. Every entity
table has an integer ``id`` (insertion order, so that ``find`` lists records in the
order the in-memory archive does) and its domain key as a unique column.

Set-valued fields a filter may test (tags, service types, departments) and sub-records
a statistic sums, averages or counts (work-order lines by payer, call attempts and
their ratings, the problems raised in a call by category and job position) live in
child tables, so that the database can do the work (push-down); sub-records no query
looks into (contacts, opt-outs, handling steps, remedies) are JSON columns.

Indexes follow the lookups the rules and statistics make: a customer found by mobile,
a vehicle by VIN or plate, and the department's counts by date and by customer.

Examples:
    >>> sorted(metadata.tables)[:3]
    ['appointment_service_types', 'appointments', 'audit_entries']
    >>> customers.c.number.unique
    True
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from autocrm.adapters.sqlalchemy.encryption import (
    HASHED_FIELDS,
    EncryptedJSON,
    EncryptedText,
    LookupHash,
    hash_column_name,
)
from autocrm.domain.time import CHINA_TZ

__all__ = [
    "KEY_LENGTH",
    "Money",
    "UTCDateTime",
    "appointment_service_types",
    "appointments",
    "audit_entries",
    "call_attempt_issues",
    "call_attempts",
    "complaint_departments",
    "complaints",
    "customer_tags",
    "customers",
    "fleet_accounts",
    "followups",
    "metadata",
    "odometer_readings",
    "sequences",
    "vehicle_tags",
    "vehicles",
    "work_order_lines",
    "work_order_service_types",
    "work_orders",
]

#: Length of key columns (customer numbers, work-order numbers...).
KEY_LENGTH = 64

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """An aware datetime, stored as UTC, read back in China Standard Time.

    PostgreSQL and DuckDB keep ``timestamp with time zone``; SQLite keeps the naive
    UTC wall time, which sorts and compares correctly as text. Aware datetimes compare by
    instant, so the value read back equals the value written whatever zone it was
    written in; it is returned in CHINA_TZ, the zone local dates are taken in.

    Examples:
        >>> UTCDateTime().process_bind_param(
        ...     datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ), sa.create_engine("sqlite://").dialect)
        datetime.datetime(2025, 10, 9, 1, 30)
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to UTC (naive on SQLite)."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            msg = f"datetime {value} has no time zone; the archive stores aware datetimes"
            raise ValueError(msg)
        utc = value.astimezone(timezone.utc)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return the stored instant as an aware datetime in China Standard Time."""
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - some drivers return text
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            # The UTC wall time (SQLite): shifted straight into China Standard Time.
            return CHINA_TZ.fromutc(value.replace(tzinfo=CHINA_TZ))
        return value.astimezone(CHINA_TZ)  # type: ignore[no-any-return]


#: Money: yuan to the fen (the domain refuses anything else).
Money = sa.Numeric(14, 2, asdecimal=True)


def _key(name: str = "number", **kwargs: Any) -> sa.Column[str]:
    return sa.Column(name, sa.String(KEY_LENGTH), nullable=False, unique=True, **kwargs)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _ref(name: str, *, nullable: bool = False, index: bool = True) -> sa.Column[str]:
    return sa.Column(name, sa.String(KEY_LENGTH), nullable=nullable, index=index)


def _text(name: str, length: int = 200) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=True)


def _enum(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(32), nullable=nullable)


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer, nullable=False, server_default="0")


customers = sa.Table(
    "customers",
    metadata,
    _id(),
    _key(),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    _enum("kind"),
    _enum("gender"),
    sa.Column("birth_date", sa.Date, nullable=True, index=True),
    sa.Column("resident_id", EncryptedText("resident_id"), nullable=True, index=True),
    sa.Column("uscc", sa.String(18), nullable=True, index=True),
    sa.Column("mobile", EncryptedText("mobile"), nullable=True, index=True),
    sa.Column("phone", EncryptedText("phone"), nullable=True),
    sa.Column("office_phone", EncryptedText("office_phone"), nullable=True),
    sa.Column("fax", EncryptedText("fax"), nullable=True),
    _text("email", 254),
    _text("im_id"),
    sa.Column("address", EncryptedJSON("address"), nullable=True),
    sa.Column("home_address", EncryptedJSON("home_address"), nullable=True),
    sa.Column("work_address", EncryptedJSON("work_address"), nullable=True),
    _text("occupation"),
    _text("region"),
    _text("bank"),
    sa.Column("bank_account", EncryptedText("bank_account"), nullable=True),
    sa.Column("tax_number", EncryptedText("tax_number"), nullable=True),
    sa.Column("contacts", EncryptedJSON("contacts"), nullable=False),
    sa.Column("owner", sa.String(200), nullable=True, index=True),
    sa.Column("registered_on", sa.Date, nullable=True),
    sa.Column("reviewed_on", sa.Date, nullable=True),
    sa.Column("categories", sa.JSON, nullable=False),
    sa.Column("opt_outs", sa.JSON, nullable=False),
    sa.Column("anonymised", sa.Boolean, nullable=False),
    # A MERGED duplicate names the customer it was merged into (revision 0005).
    sa.Column("merged_into", sa.String(KEY_LENGTH), nullable=True),
    _version(),
    # Keyed hashes of the encrypted identifiers, for exact look-ups (empty unless the
    # archive encrypts; see autocrm.adapters.sqlalchemy.encryption).
    *(
        sa.Column(hash_column_name(name), LookupHash(name), nullable=True, index=True)
        for name in HASHED_FIELDS
    ),
)

customer_tags = sa.Table(
    "customer_tags",
    metadata,
    sa.Column("customer_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("tag", sa.String(200), primary_key=True),
    sa.Index(None, "tag"),
)

vehicles = sa.Table(
    "vehicles",
    metadata,
    _id(),
    _key("vin"),
    _ref("customer_number"),
    sa.Column("plate", sa.String(16), nullable=True, index=True),
    sa.Column("vin_check_digit", sa.Boolean, nullable=False),
    _text("engine_number", 64),
    _text("chassis_number", 64),
    _text("key_number", 64),
    _text("brand"),
    _text("model"),
    _text("model_class"),
    _text("colour", 64),
    _text("use", 64),
    sa.Column("manufactured_on", sa.Date, nullable=True),
    sa.Column("purchased_on", sa.Date, nullable=True, index=True),
    sa.Column("registered_on", sa.Date, nullable=True),
    sa.Column("first_maintenance_on", sa.Date, nullable=True),
    sa.Column("first_visit_on", sa.Date, nullable=True),
    sa.Column("first_visit_km", sa.Integer, nullable=True),
    sa.Column("insurer", sa.String(200), nullable=True, index=True),
    _text("insurer_contact"),
    sa.Column("insurance_renewal_on", sa.Date, nullable=True, index=True),
    sa.Column("next_maintenance_on", sa.Date, nullable=True),
    sa.Column("last_business_on", sa.Date, nullable=True),
    sa.Column("annual_inspection_on", sa.Date, nullable=True),
    sa.Column("road_fee_on", sa.Date, nullable=True),
    sa.Column("warranty_expires_on", sa.Date, nullable=True),
    sa.Column("warranty_km", sa.Integer, nullable=True),
    sa.Column("is_new_car_sale", sa.Boolean, nullable=False),
    _version(),
)

vehicle_tags = sa.Table(
    "vehicle_tags",
    metadata,
    sa.Column("vin", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("tag", sa.String(200), primary_key=True),
    sa.Index(None, "tag"),
)

odometer_readings = sa.Table(
    "odometer_readings",
    metadata,
    _id(),
    _ref("vin"),
    sa.Column("on", sa.Date, nullable=False, index=True),
    sa.Column("km", sa.Integer, nullable=False),
    _text("source"),
)

work_orders = sa.Table(
    "work_orders",
    metadata,
    _id(),
    _key(),
    _ref("customer_number"),
    _ref("vin"),
    sa.Column("opened_at", UTCDateTime, nullable=False, index=True),
    sa.Column("closed_at", UTCDateTime, nullable=True, index=True),
    sa.Column("mileage_km", sa.Integer, nullable=True),
    _text("service_advisor"),
    _text("technician"),
    _ref("appointment_number", nullable=True, index=False),
    sa.Column("remarks", sa.Text, nullable=True),
    _version(),
)

work_order_service_types = sa.Table(
    "work_order_service_types",
    metadata,
    sa.Column("work_order_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("service_type", sa.String(32), primary_key=True),
    sa.Index(None, "service_type"),
)

work_order_lines = sa.Table(
    "work_order_lines",
    metadata,
    sa.Column("work_order_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.String(400), nullable=False),
    sa.Column("amount", Money, nullable=False),
    _enum("payer"),
    _enum("kind"),
    sa.Index(None, "payer"),
)

followups = sa.Table(
    "followups",
    metadata,
    _id(),
    _key(),
    _enum("kind"),
    _ref("customer_number"),
    _ref("vin", nullable=True),
    _ref("work_order_number", nullable=True),
    _ref("complaint_number", nullable=True, index=False),
    sa.Column("trigger_on", sa.Date, nullable=True),
    sa.Column("earliest", sa.Date, nullable=False),
    sa.Column("due", sa.Date, nullable=False, index=True),
    sa.Column("latest", sa.Date, nullable=False),
    sa.Column("next_attempt_on", sa.Date, nullable=True, index=True),
    _enum("status"),
    _text("assigned_to"),
    _text("rule", 400),
    sa.Column("estimated", sa.Boolean, nullable=False),
    _version(),
)

call_attempts = sa.Table(
    "call_attempts",
    metadata,
    sa.Column("followup_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", UTCDateTime, nullable=False, index=True),
    _enum("outcome"),
    _text("by"),
    sa.Column("rating", sa.Integer, nullable=True),
    sa.Column("opinion", sa.Text, nullable=True),
    sa.Column("handling", sa.Text, nullable=True),
    sa.Column("result", sa.Text, nullable=True),
)

#: The problems raised in a call (the department counts them by category and job position).
call_attempt_issues = sa.Table(
    "call_attempt_issues",
    metadata,
    sa.Column("followup_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("attempt_position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    _enum("category"),
    _enum("job_position"),
    sa.Column("description", sa.Text, nullable=True),
)

complaints = sa.Table(
    "complaints",
    metadata,
    _id(),
    _key(),
    _ref("customer_number"),
    sa.Column("received_at", UTCDateTime, nullable=False, index=True),
    _enum("level"),
    _enum("status"),
    _ref("vin", nullable=True),
    _ref("work_order_number", nullable=True, index=False),
    _enum("cause", nullable=True),
    _enum("topic", nullable=True),
    sa.Column("description", sa.Text, nullable=True),
    _text("handler"),
    sa.Column("handling", sa.JSON, nullable=False),
    sa.Column("remedies", sa.JSON, nullable=False),
    sa.Column("callback_promised_at", UTCDateTime, nullable=True),
    sa.Column("callback_done_at", UTCDateTime, nullable=True),
    sa.Column("resolved_at", UTCDateTime, nullable=True),
    sa.Column("closed_at", UTCDateTime, nullable=True, index=True),
    sa.Column("satisfaction", sa.Integer, nullable=True),
    sa.Column("result", sa.Text, nullable=True),
    _version(),
)

complaint_departments = sa.Table(
    "complaint_departments",
    metadata,
    sa.Column("complaint_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("department", sa.String(200), nullable=False),
    sa.Index(None, "department"),
)

appointments = sa.Table(
    "appointments",
    metadata,
    _id(),
    _key(),
    _ref("customer_number"),
    _enum("kind"),
    sa.Column("booked_at", UTCDateTime, nullable=False),
    sa.Column("slot", UTCDateTime, nullable=False, index=True),
    _ref("vin", nullable=True),
    _enum("status"),
    sa.Column("arrived_at", UTCDateTime, nullable=True),
    _ref("work_order_number", nullable=True, index=False),
    _text("channel", 64),
    _text("offer", 400),
    _version(),
)

appointment_service_types = sa.Table(
    "appointment_service_types",
    metadata,
    sa.Column("appointment_number", sa.String(KEY_LENGTH), primary_key=True),
    sa.Column("service_type", sa.String(32), primary_key=True),
)

fleet_accounts = sa.Table(
    "fleet_accounts",
    metadata,
    _id(),
    _key(),
    _ref("customer_number"),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("vehicles", sa.Integer, nullable=False),
    sa.Column("vehicles_served", sa.Integer, nullable=False),
    sa.Column("influential", sa.Boolean, nullable=False),
    _enum("purchase_plan"),
    sa.Column("agreement_signed", sa.Boolean, nullable=False),
    sa.Column("site_visited", sa.Boolean, nullable=False),
    sa.Column("site_serviced", sa.Boolean, nullable=False),
    _enum("fleet_class", nullable=True),
    _version(),
)

audit_entries = sa.Table(
    "audit_entries",
    metadata,
    _id(),
    sa.Column("at", UTCDateTime, nullable=False, index=True),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(KEY_LENGTH), nullable=False),
    sa.Column("field", sa.String(64), nullable=True),
    # Old and new values may be personal (a mobile, an ID number): encrypted like them.
    sa.Column("old", EncryptedText("audit.old"), nullable=True),
    sa.Column("new", EncryptedText("audit.new"), nullable=True),
    _enum("action"),
    sa.Index(None, "entity", "entity_id"),
)

#: Named counters; ``customer_number`` never goes back, so numbers are never reused.
sequences = sa.Table(
    "sequences",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)
