"""The schema of queryable field paths, entity by entity.

Every entity of the archive has a short name (``"customer"``, ``"vehicle"``,
``"reading"``, ``"work_order"``, ``"followup"``, ``"complaint"``,
``"appointment"``, ``"fleet_account"``), the same name the audit trail uses. Its
queryable fields are the scalar attributes of the domain class, plus a few
*computed* money fields of a work order (``total``, ``self_paid``,
``insurance_paid``, ``warranty_paid``, ``internal_paid``: the sum of its lines by
payer, seed 000's "self-paid and paid by insurance"). Structured attributes
(lines, contacts, addresses, call attempts) are not queryable.

A path may cross one *relation* to the record a key points to: a work order's
``vehicle`` (through ``vin``) and ``customer`` (through ``customer_number``), so
``work_order.vehicle.insurer`` is "the insurer of the work order's vehicle".

Both engines read this module: the in-memory engine to fetch values, the SQL
adapter to find columns and joins.

Examples:
    >>> spec = resolve_path("work_order", ("vehicle", "insurer"))
    >>> spec.name, spec.type.value, spec.nullable
    ('insurer', 'text', True)
    >>> SCHEMA["work_order"].relations["vehicle"].via
    'vin'
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.complaint import (
    Complaint,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    ComplaintTopic,
)
from autocrm.domain.customer import Customer, CustomerKind, Gender
from autocrm.domain.fleet import FleetAccount, FleetClass, PurchasePlan
from autocrm.domain.followup import FollowUp, FollowUpKind, FollowUpStatus
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import Payer, ServiceType, WorkOrder
from autocrm.errors import shown
from autocrm.query.errors import UnknownField

__all__ = [
    "COMPUTED_MONEY",
    "SCHEMA",
    "EntitySchema",
    "FieldSpec",
    "Relation",
    "ValueType",
    "entity_name",
    "entity_schema",
    "resolve_path",
]


class ValueType(enum.Enum):
    """The type of a queryable field; it decides which operators and values fit.

    Examples:
        >>> ValueType.DATE.is_ordered, ValueType.TEXT.is_ordered, ValueType.ENUM_SET.is_collection
        (True, False, True)
    """

    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    ENUM = "enum"
    TEXT_SET = "text_set"
    ENUM_SET = "enum_set"

    @property
    def is_ordered(self) -> bool:
        """True if ``<``, ``<=``, ``>``, ``>=`` and ``between`` apply.

        Text is not ordered on purpose: databases sort text by their collation, so
        an order on text would not give the same answer in memory and in SQL.
        """
        return self in (ValueType.INTEGER, ValueType.DATE, ValueType.DATETIME, ValueType.MONEY)

    @property
    def described(self) -> str:
        """The type in words, for messages: ``"an integer field"``.

        Examples:
            >>> ValueType.ENUM.described, ValueType.TEXT_SET.described
            ('an enum field', 'a text set field')
        """
        words = self.value.replace("_", " ")
        return f"{'an' if words[0] in 'aeiou' else 'a'} {words} field"

    @property
    def is_collection(self) -> bool:
        """True for set-valued fields (tags, service types): only ``contains`` applies."""
        return self in (ValueType.TEXT_SET, ValueType.ENUM_SET)


@attrs.frozen
class FieldSpec:
    """One queryable field of an entity.

    Attributes:
        name: The attribute name on the domain class.
        type: Its :class:`ValueType`.
        enum: The enum class for ENUM and ENUM_SET fields, else None.
        nullable: True if the value may be None.
        computed: True if it is not a stored attribute but computed from the record
            (a work order's money by payer: the SQL adapter sums its lines).

    Examples:
        >>> SCHEMA["work_order"].fields["self_paid"].computed
        True
    """

    name: str
    type: ValueType
    enum: builtins.type[enum.Enum] | None = None
    nullable: bool = False
    computed: bool = False


@attrs.frozen
class Relation:
    """A one-hop link from an entity to the record one of its keys names.

    Attributes:
        name: The name used in paths (``"vehicle"`` in ``work_order.vehicle.insurer``).
        target: The target entity's name.
        via: The attribute of the source holding the target's key (``"vin"``).

    Examples:
        >>> SCHEMA["complaint"].relations["customer"]
        Relation(name='customer', target='customer', via='customer_number')
    """

    name: str
    target: str
    via: str


@attrs.frozen
class EntitySchema:
    """The queryable shape of one entity.

    Attributes:
        name: Short name (``"work_order"``), as used in paths and the audit trail.
        cls: The domain class.
        collection: The :class:`autocrm.domain.Snapshot` attribute holding its records.
        key: The key attribute (``"number"``, ``"vin"``), None for odometer readings.
        fields: Field name -> :class:`FieldSpec`.
        relations: Relation name -> :class:`Relation`.

    Examples:
        >>> SCHEMA["vehicle"].key, SCHEMA["reading"].key
        ('vin', None)
    """

    name: str
    cls: type
    collection: str
    key: str | None
    fields: Mapping[str, FieldSpec] = attrs.field(hash=False)
    relations: Mapping[str, Relation] = attrs.field(hash=False)


#: The computed money fields of a work order and the payer each sums (None: every line).
COMPUTED_MONEY: Mapping[str, Payer | None] = MappingProxyType(
    {
        "total": None,
        "self_paid": Payer.SELF,
        "insurance_paid": Payer.INSURANCE,
        "warranty_paid": Payer.WARRANTY,
        "internal_paid": Payer.INTERNAL,
    }
)

_T = ValueType


def _fields(*specs: FieldSpec) -> Mapping[str, FieldSpec]:
    return MappingProxyType({spec.name: spec for spec in specs})


def _text(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, nullable=nullable) for name in names]


def _dates(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, nullable=nullable) for name in names]


def _moments(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, nullable=nullable) for name in names]


def _flags(*names: str) -> list[FieldSpec]:
    return [FieldSpec(name, _T.BOOLEAN) for name in names]


def _choice(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, nullable=nullable)


_VERSION = FieldSpec("version", _T.INTEGER)
_TO_CUSTOMER = Relation("customer", "customer", "customer_number")
_TO_VEHICLE = Relation("vehicle", "vehicle", "vin")


def _entity(
    name: str,
    cls: type,
    collection: str,
    key: str | None,
    specs: Sequence[FieldSpec],
    relations: Sequence[Relation] = (),
) -> EntitySchema:
    return EntitySchema(
        name=name,
        cls=cls,
        collection=collection,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


_CUSTOMER = _entity(
    "customer",
    Customer,
    "customers",
    "number",
    [
        *_text("number", "name", nullable=False),
        _choice("kind", CustomerKind),
        _choice("gender", Gender),
        *_dates("birth_date", "registered_on", "reviewed_on"),
        *_text(
            "resident_id",
            "uscc",
            "mobile",
            "phone",
            "office_phone",
            "fax",
            "email",
            "im_id",
            "occupation",
            "region",
            "bank",
            "bank_account",
            "tax_number",
            "owner",
            "merged_into",
        ),
        FieldSpec("tags", _T.TEXT_SET),
        *_flags("anonymised"),
        _VERSION,
    ],
)

_VEHICLE = _entity(
    "vehicle",
    Vehicle,
    "vehicles",
    "vin",
    [
        *_text("vin", "customer_number", nullable=False),
        *_text(
            "plate",
            "engine_number",
            "chassis_number",
            "key_number",
            "brand",
            "model",
            "model_class",
            "colour",
            "use",
            "insurer",
            "insurer_contact",
        ),
        *_dates(
            "manufactured_on",
            "purchased_on",
            "registered_on",
            "first_maintenance_on",
            "first_visit_on",
            "insurance_renewal_on",
            "next_maintenance_on",
            "last_business_on",
            "annual_inspection_on",
            "road_fee_on",
            "warranty_expires_on",
        ),
        FieldSpec("first_visit_km", _T.INTEGER, nullable=True),
        FieldSpec("warranty_km", _T.INTEGER, nullable=True),
        *_flags("vin_check_digit", "is_new_car_sale"),
        FieldSpec("tags", _T.TEXT_SET),
        _VERSION,
    ],
    [_TO_CUSTOMER],
)

_READING = _entity(
    "reading",
    OdometerReading,
    "readings",
    None,
    [
        *_text("vin", nullable=False),
        *_dates("on", nullable=False),
        FieldSpec("km", _T.INTEGER),
        *_text("source"),
    ],
    [_TO_VEHICLE],
)

_WORK_ORDER = _entity(
    "work_order",
    WorkOrder,
    "work_orders",
    "number",
    [
        *_text("number", "customer_number", "vin", nullable=False),
        *_moments("opened_at", nullable=False),
        *_moments("closed_at"),
        FieldSpec("service_types", _T.ENUM_SET, enum=ServiceType),
        FieldSpec("mileage_km", _T.INTEGER, nullable=True),
        *_text("service_advisor", "technician", "appointment_number", "remarks"),
        *(FieldSpec(name, _T.MONEY, computed=True) for name in COMPUTED_MONEY),
        _VERSION,
    ],
    [_TO_CUSTOMER, _TO_VEHICLE],
)

_FOLLOWUP = _entity(
    "followup",
    FollowUp,
    "followups",
    "number",
    [
        *_text("number", "customer_number", nullable=False),
        _choice("kind", FollowUpKind),
        _choice("status", FollowUpStatus),
        *_text("vin", "work_order_number", "complaint_number", "assigned_to", "rule"),
        *_dates("trigger_on"),
        *_dates("earliest", "due", "latest", "next_attempt_on", nullable=False),
        *_flags("estimated"),
        _VERSION,
    ],
    [_TO_CUSTOMER, _TO_VEHICLE],
)

_COMPLAINT = _entity(
    "complaint",
    Complaint,
    "complaints",
    "number",
    [
        *_text("number", "customer_number", nullable=False),
        *_moments("received_at", nullable=False),
        _choice("level", ComplaintLevel),
        _choice("status", ComplaintStatus),
        _choice("cause", ComplaintCause, nullable=True),
        _choice("topic", ComplaintTopic, nullable=True),
        *_text("vin", "work_order_number", "description", "handler", "result"),
        FieldSpec("departments", _T.TEXT_SET),
        *_moments("callback_promised_at", "callback_done_at", "resolved_at", "closed_at"),
        FieldSpec("satisfaction", _T.INTEGER, nullable=True),
        _VERSION,
    ],
    [_TO_CUSTOMER, _TO_VEHICLE],
)

_APPOINTMENT = _entity(
    "appointment",
    Appointment,
    "appointments",
    "number",
    [
        *_text("number", "customer_number", nullable=False),
        _choice("kind", AppointmentKind),
        _choice("status", AppointmentStatus),
        *_moments("booked_at", "slot", nullable=False),
        *_moments("arrived_at"),
        FieldSpec("service_types", _T.ENUM_SET, enum=ServiceType),
        *_text("vin", "work_order_number", "channel", "offer"),
        _VERSION,
    ],
    [_TO_CUSTOMER, _TO_VEHICLE],
)

_FLEET_ACCOUNT = _entity(
    "fleet_account",
    FleetAccount,
    "fleet_accounts",
    "number",
    [
        *_text("number", "customer_number", "name", nullable=False),
        FieldSpec("vehicles", _T.INTEGER),
        FieldSpec("vehicles_served", _T.INTEGER),
        *_flags("influential", "agreement_signed", "site_visited", "site_serviced"),
        _choice("purchase_plan", PurchasePlan),
        _choice("fleet_class", FleetClass, nullable=True),
        _VERSION,
    ],
    [_TO_CUSTOMER],
)

#: Entity name -> :class:`EntitySchema`, for every entity of the archive.
SCHEMA: Mapping[str, EntitySchema] = MappingProxyType(
    {
        s.name: s
        for s in (
            _CUSTOMER,
            _VEHICLE,
            _READING,
            _WORK_ORDER,
            _FOLLOWUP,
            _COMPLAINT,
            _APPOINTMENT,
            _FLEET_ACCOUNT,
        )
    }
)

_BY_CLASS: Mapping[type, EntitySchema] = MappingProxyType({s.cls: s for s in SCHEMA.values()})


def entity_schema(entity: str | type) -> EntitySchema:
    """Return the schema of an entity given by name or by domain class.

    Raises:
        autocrm.query.UnknownField: no such entity (``field`` is the name given).

    Examples:
        >>> entity_schema(WorkOrder).name, entity_schema("vehicle").collection
        ('work_order', 'vehicles')
    """
    if isinstance(entity, str):
        found = SCHEMA.get(entity)
    else:
        found = _BY_CLASS.get(entity) if isinstance(entity, type) else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def entity_name(entity: str | type) -> str:
    """Return the short name of an entity given by name or class.

    Examples:
        >>> entity_name(Vehicle)
        'vehicle'
    """
    return entity_schema(entity).name


def _parts(path: object) -> tuple[object, ...]:
    try:
        return tuple(path)  # type: ignore[arg-type]
    except TypeError:  # not iterable: refused by the caller
        return (None,)


def resolve_path(entity: str, path: Sequence[str]) -> FieldSpec:
    """Return the :class:`FieldSpec` a path names, crossing at most one relation.

    Args:
        entity: The root entity name (``"work_order"``).
        path: The attribute names after it (``("vehicle", "insurer")``).

    Raises:
        autocrm.query.UnknownField: the path names no field; ``field`` is the dotted path.

    Examples:
        >>> resolve_path("work_order", ("opened_at",)).type
        <ValueType.DATETIME: 'datetime'>
        >>> resolve_path("vehicle", ("insurance_company",))
        Traceback (most recent call last):
        ...
        autocrm.query.errors.UnknownField: vehicle.insurance_company: ...
    """
    schema = entity_schema(entity)
    if isinstance(path, str) or not all(isinstance(part, str) for part in _parts(path)):
        msg = f"{schema.name}: a field path is a sequence of names, got {type(path).__name__}"
        raise UnknownField(msg, field=schema.name, value=path)
    dotted = ".".join((schema.name, *path))
    if len(path) == 1 and path[0] in schema.fields:
        return schema.fields[path[0]]
    if len(path) == 2 and path[0] in schema.relations:
        target = SCHEMA[schema.relations[path[0]].target]
        if path[1] in target.fields:
            return target.fields[path[1]]
        known = ", ".join(target.fields)
        msg = f"{dotted}: {target.name} has no queryable field {shown(path[1])}; it has {known}"
        raise UnknownField(msg, field=dotted, value=path[1])
    if len(path) == 1 and path[0] in schema.relations:
        msg = (
            f"{dotted}: is a relation to {schema.relations[path[0]].target}; name one of its "
            f"fields, e.g. {dotted}.{next(iter(SCHEMA[schema.relations[path[0]].target].fields))}"
        )
        raise UnknownField(msg, field=dotted, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))
