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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__fields__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fields__mutmut)
def _fields(*specs: FieldSpec) -> Mapping[str, FieldSpec]:
    return MappingProxyType({spec.name: spec for spec in specs})


def x__fields__mutmut_orig(*specs: FieldSpec) -> Mapping[str, FieldSpec]:
    return MappingProxyType({spec.name: spec for spec in specs})


def x__fields__mutmut_1(*specs: FieldSpec) -> Mapping[str, FieldSpec]:
    return MappingProxyType(None)

mutants_x__fields__mutmut['_mutmut_orig'] = x__fields__mutmut_orig # type: ignore # mutmut generated
mutants_x__fields__mutmut['x__fields__mutmut_1'] = x__fields__mutmut_1 # type: ignore # mutmut generated
mutants_x__text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__text__mutmut)
def _text(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, nullable=nullable) for name in names]


def x__text__mutmut_orig(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, nullable=nullable) for name in names]


def x__text__mutmut_1(*names: str, nullable: bool = False) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, nullable=nullable) for name in names]


def x__text__mutmut_2(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(None, _T.TEXT, nullable=nullable) for name in names]


def x__text__mutmut_3(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, None, nullable=nullable) for name in names]


def x__text__mutmut_4(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, nullable=None) for name in names]


def x__text__mutmut_5(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(_T.TEXT, nullable=nullable) for name in names]


def x__text__mutmut_6(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, nullable=nullable) for name in names]


def x__text__mutmut_7(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.TEXT, ) for name in names]

mutants_x__text__mutmut['_mutmut_orig'] = x__text__mutmut_orig # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_1'] = x__text__mutmut_1 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_2'] = x__text__mutmut_2 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_3'] = x__text__mutmut_3 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_4'] = x__text__mutmut_4 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_5'] = x__text__mutmut_5 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_6'] = x__text__mutmut_6 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_7'] = x__text__mutmut_7 # type: ignore # mutmut generated
mutants_x__dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__dates__mutmut)
def _dates(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, nullable=nullable) for name in names]


def x__dates__mutmut_orig(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, nullable=nullable) for name in names]


def x__dates__mutmut_1(*names: str, nullable: bool = False) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, nullable=nullable) for name in names]


def x__dates__mutmut_2(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(None, _T.DATE, nullable=nullable) for name in names]


def x__dates__mutmut_3(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, None, nullable=nullable) for name in names]


def x__dates__mutmut_4(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, nullable=None) for name in names]


def x__dates__mutmut_5(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(_T.DATE, nullable=nullable) for name in names]


def x__dates__mutmut_6(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, nullable=nullable) for name in names]


def x__dates__mutmut_7(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATE, ) for name in names]

mutants_x__dates__mutmut['_mutmut_orig'] = x__dates__mutmut_orig # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_1'] = x__dates__mutmut_1 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_2'] = x__dates__mutmut_2 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_3'] = x__dates__mutmut_3 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_4'] = x__dates__mutmut_4 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_5'] = x__dates__mutmut_5 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_6'] = x__dates__mutmut_6 # type: ignore # mutmut generated
mutants_x__dates__mutmut['x__dates__mutmut_7'] = x__dates__mutmut_7 # type: ignore # mutmut generated
mutants_x__moments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__moments__mutmut)
def _moments(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, nullable=nullable) for name in names]


def x__moments__mutmut_orig(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, nullable=nullable) for name in names]


def x__moments__mutmut_1(*names: str, nullable: bool = False) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, nullable=nullable) for name in names]


def x__moments__mutmut_2(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(None, _T.DATETIME, nullable=nullable) for name in names]


def x__moments__mutmut_3(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, None, nullable=nullable) for name in names]


def x__moments__mutmut_4(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, nullable=None) for name in names]


def x__moments__mutmut_5(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(_T.DATETIME, nullable=nullable) for name in names]


def x__moments__mutmut_6(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, nullable=nullable) for name in names]


def x__moments__mutmut_7(*names: str, nullable: bool = True) -> list[FieldSpec]:
    return [FieldSpec(name, _T.DATETIME, ) for name in names]

mutants_x__moments__mutmut['_mutmut_orig'] = x__moments__mutmut_orig # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_1'] = x__moments__mutmut_1 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_2'] = x__moments__mutmut_2 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_3'] = x__moments__mutmut_3 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_4'] = x__moments__mutmut_4 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_5'] = x__moments__mutmut_5 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_6'] = x__moments__mutmut_6 # type: ignore # mutmut generated
mutants_x__moments__mutmut['x__moments__mutmut_7'] = x__moments__mutmut_7 # type: ignore # mutmut generated
mutants_x__flags__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flags__mutmut)
def _flags(*names: str) -> list[FieldSpec]:
    return [FieldSpec(name, _T.BOOLEAN) for name in names]


def x__flags__mutmut_orig(*names: str) -> list[FieldSpec]:
    return [FieldSpec(name, _T.BOOLEAN) for name in names]


def x__flags__mutmut_1(*names: str) -> list[FieldSpec]:
    return [FieldSpec(None, _T.BOOLEAN) for name in names]


def x__flags__mutmut_2(*names: str) -> list[FieldSpec]:
    return [FieldSpec(name, None) for name in names]


def x__flags__mutmut_3(*names: str) -> list[FieldSpec]:
    return [FieldSpec(_T.BOOLEAN) for name in names]


def x__flags__mutmut_4(*names: str) -> list[FieldSpec]:
    return [FieldSpec(name, ) for name in names]

mutants_x__flags__mutmut['_mutmut_orig'] = x__flags__mutmut_orig # type: ignore # mutmut generated
mutants_x__flags__mutmut['x__flags__mutmut_1'] = x__flags__mutmut_1 # type: ignore # mutmut generated
mutants_x__flags__mutmut['x__flags__mutmut_2'] = x__flags__mutmut_2 # type: ignore # mutmut generated
mutants_x__flags__mutmut['x__flags__mutmut_3'] = x__flags__mutmut_3 # type: ignore # mutmut generated
mutants_x__flags__mutmut['x__flags__mutmut_4'] = x__flags__mutmut_4 # type: ignore # mutmut generated
mutants_x__choice__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__choice__mutmut)
def _choice(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, nullable=nullable)


def x__choice__mutmut_orig(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, nullable=nullable)


def x__choice__mutmut_1(name: str, enum_type: type[enum.Enum], *, nullable: bool = True) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, nullable=nullable)


def x__choice__mutmut_2(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(None, _T.ENUM, enum=enum_type, nullable=nullable)


def x__choice__mutmut_3(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, None, enum=enum_type, nullable=nullable)


def x__choice__mutmut_4(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=None, nullable=nullable)


def x__choice__mutmut_5(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, nullable=None)


def x__choice__mutmut_6(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(_T.ENUM, enum=enum_type, nullable=nullable)


def x__choice__mutmut_7(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, enum=enum_type, nullable=nullable)


def x__choice__mutmut_8(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, nullable=nullable)


def x__choice__mutmut_9(name: str, enum_type: type[enum.Enum], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(name, _T.ENUM, enum=enum_type, )

mutants_x__choice__mutmut['_mutmut_orig'] = x__choice__mutmut_orig # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_1'] = x__choice__mutmut_1 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_2'] = x__choice__mutmut_2 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_3'] = x__choice__mutmut_3 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_4'] = x__choice__mutmut_4 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_5'] = x__choice__mutmut_5 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_6'] = x__choice__mutmut_6 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_7'] = x__choice__mutmut_7 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_8'] = x__choice__mutmut_8 # type: ignore # mutmut generated
mutants_x__choice__mutmut['x__choice__mutmut_9'] = x__choice__mutmut_9 # type: ignore # mutmut generated


_VERSION = FieldSpec("version", _T.INTEGER)
_TO_CUSTOMER = Relation("customer", "customer", "customer_number")
_TO_VEHICLE = Relation("vehicle", "vehicle", "vin")
mutants_x__entity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__entity__mutmut)
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


def x__entity__mutmut_orig(
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


def x__entity__mutmut_1(
    name: str,
    cls: type,
    collection: str,
    key: str | None,
    specs: Sequence[FieldSpec],
    relations: Sequence[Relation] = (),
) -> EntitySchema:
    return EntitySchema(
        name=None,
        cls=cls,
        collection=collection,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_2(
    name: str,
    cls: type,
    collection: str,
    key: str | None,
    specs: Sequence[FieldSpec],
    relations: Sequence[Relation] = (),
) -> EntitySchema:
    return EntitySchema(
        name=name,
        cls=None,
        collection=collection,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_3(
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
        collection=None,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_4(
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
        key=None,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_5(
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
        fields=None,
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_6(
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
        relations=None,
    )


def x__entity__mutmut_7(
    name: str,
    cls: type,
    collection: str,
    key: str | None,
    specs: Sequence[FieldSpec],
    relations: Sequence[Relation] = (),
) -> EntitySchema:
    return EntitySchema(
        cls=cls,
        collection=collection,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_8(
    name: str,
    cls: type,
    collection: str,
    key: str | None,
    specs: Sequence[FieldSpec],
    relations: Sequence[Relation] = (),
) -> EntitySchema:
    return EntitySchema(
        name=name,
        collection=collection,
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_9(
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
        key=key,
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_10(
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
        fields=_fields(*specs),
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_11(
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
        relations=MappingProxyType({r.name: r for r in relations}),
    )


def x__entity__mutmut_12(
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
        )


def x__entity__mutmut_13(
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
        relations=MappingProxyType(None),
    )

mutants_x__entity__mutmut['_mutmut_orig'] = x__entity__mutmut_orig # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_1'] = x__entity__mutmut_1 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_2'] = x__entity__mutmut_2 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_3'] = x__entity__mutmut_3 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_4'] = x__entity__mutmut_4 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_5'] = x__entity__mutmut_5 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_6'] = x__entity__mutmut_6 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_7'] = x__entity__mutmut_7 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_8'] = x__entity__mutmut_8 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_9'] = x__entity__mutmut_9 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_10'] = x__entity__mutmut_10 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_11'] = x__entity__mutmut_11 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_12'] = x__entity__mutmut_12 # type: ignore # mutmut generated
mutants_x__entity__mutmut['x__entity__mutmut_13'] = x__entity__mutmut_13 # type: ignore # mutmut generated


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
mutants_x_entity_schema__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_entity_schema__mutmut)
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


def x_entity_schema__mutmut_orig(entity: str | type) -> EntitySchema:
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


def x_entity_schema__mutmut_1(entity: str | type) -> EntitySchema:
    """Return the schema of an entity given by name or by domain class.

    Raises:
        autocrm.query.UnknownField: no such entity (``field`` is the name given).

    Examples:
        >>> entity_schema(WorkOrder).name, entity_schema("vehicle").collection
        ('work_order', 'vehicles')
    """
    if isinstance(entity, str):
        found = None
    else:
        found = _BY_CLASS.get(entity) if isinstance(entity, type) else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_2(entity: str | type) -> EntitySchema:
    """Return the schema of an entity given by name or by domain class.

    Raises:
        autocrm.query.UnknownField: no such entity (``field`` is the name given).

    Examples:
        >>> entity_schema(WorkOrder).name, entity_schema("vehicle").collection
        ('work_order', 'vehicles')
    """
    if isinstance(entity, str):
        found = SCHEMA.get(None)
    else:
        found = _BY_CLASS.get(entity) if isinstance(entity, type) else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_3(entity: str | type) -> EntitySchema:
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
        found = None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_4(entity: str | type) -> EntitySchema:
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
        found = _BY_CLASS.get(entity) if (isinstance(entity, type)) and False else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_5(entity: str | type) -> EntitySchema:
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
        found = _BY_CLASS.get(entity) if (isinstance(entity, type)) or True else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_6(entity: str | type) -> EntitySchema:
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
        found = _BY_CLASS.get(None) if isinstance(entity, type) else None
    if found is None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_7(entity: str | type) -> EntitySchema:
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
    if found is not None:
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_8(entity: str | type) -> EntitySchema:
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
        name = None
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_9(entity: str | type) -> EntitySchema:
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
        name = entity if (isinstance(entity, str)) and False else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_10(entity: str | type) -> EntitySchema:
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
        name = entity if (isinstance(entity, str)) or True else getattr(entity, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_11(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(None, "__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_12(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(entity, None, None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_13(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr("__name__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_14(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(entity, None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_15(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(entity, "__name__", )
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_16(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(entity, "XX__name__XX", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_17(entity: str | type) -> EntitySchema:
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
        name = entity if isinstance(entity, str) else getattr(entity, "__NAME__", None)
        name = name if isinstance(name, str) else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_18(entity: str | type) -> EntitySchema:
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
        name = None
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_19(entity: str | type) -> EntitySchema:
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
        name = name if (isinstance(name, str)) and False else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_20(entity: str | type) -> EntitySchema:
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
        name = name if (isinstance(name, str)) or True else type(entity).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_21(entity: str | type) -> EntitySchema:
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
        name = name if isinstance(name, str) else type(None).__name__
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_22(entity: str | type) -> EntitySchema:
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
        msg = None
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_23(entity: str | type) -> EntitySchema:
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
        msg = f"{name[:81]}: not a queryable entity; expected one of {', '.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_24(entity: str | type) -> EntitySchema:
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
        msg = f"{name[:80]}: not a queryable entity; expected one of {', '.join(None)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_25(entity: str | type) -> EntitySchema:
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
        msg = f"{name[:80]}: not a queryable entity; expected one of {'XX, XX'.join(SCHEMA)}"
        raise UnknownField(msg, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_26(entity: str | type) -> EntitySchema:
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
        raise UnknownField(None, field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_27(entity: str | type) -> EntitySchema:
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
        raise UnknownField(msg, field=None, value=entity)
    return found


def x_entity_schema__mutmut_28(entity: str | type) -> EntitySchema:
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
        raise UnknownField(msg, field=name[:80], value=None)
    return found


def x_entity_schema__mutmut_29(entity: str | type) -> EntitySchema:
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
        raise UnknownField(field=name[:80], value=entity)
    return found


def x_entity_schema__mutmut_30(entity: str | type) -> EntitySchema:
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
        raise UnknownField(msg, value=entity)
    return found


def x_entity_schema__mutmut_31(entity: str | type) -> EntitySchema:
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
        raise UnknownField(msg, field=name[:80], )
    return found


def x_entity_schema__mutmut_32(entity: str | type) -> EntitySchema:
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
        raise UnknownField(msg, field=name[:81], value=entity)
    return found

mutants_x_entity_schema__mutmut['_mutmut_orig'] = x_entity_schema__mutmut_orig # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_1'] = x_entity_schema__mutmut_1 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_2'] = x_entity_schema__mutmut_2 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_3'] = x_entity_schema__mutmut_3 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_4'] = x_entity_schema__mutmut_4 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_5'] = x_entity_schema__mutmut_5 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_6'] = x_entity_schema__mutmut_6 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_7'] = x_entity_schema__mutmut_7 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_8'] = x_entity_schema__mutmut_8 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_9'] = x_entity_schema__mutmut_9 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_10'] = x_entity_schema__mutmut_10 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_11'] = x_entity_schema__mutmut_11 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_12'] = x_entity_schema__mutmut_12 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_13'] = x_entity_schema__mutmut_13 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_14'] = x_entity_schema__mutmut_14 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_15'] = x_entity_schema__mutmut_15 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_16'] = x_entity_schema__mutmut_16 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_17'] = x_entity_schema__mutmut_17 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_18'] = x_entity_schema__mutmut_18 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_19'] = x_entity_schema__mutmut_19 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_20'] = x_entity_schema__mutmut_20 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_21'] = x_entity_schema__mutmut_21 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_22'] = x_entity_schema__mutmut_22 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_23'] = x_entity_schema__mutmut_23 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_24'] = x_entity_schema__mutmut_24 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_25'] = x_entity_schema__mutmut_25 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_26'] = x_entity_schema__mutmut_26 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_27'] = x_entity_schema__mutmut_27 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_28'] = x_entity_schema__mutmut_28 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_29'] = x_entity_schema__mutmut_29 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_30'] = x_entity_schema__mutmut_30 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_31'] = x_entity_schema__mutmut_31 # type: ignore # mutmut generated
mutants_x_entity_schema__mutmut['x_entity_schema__mutmut_32'] = x_entity_schema__mutmut_32 # type: ignore # mutmut generated
mutants_x_entity_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_entity_name__mutmut)
def entity_name(entity: str | type) -> str:
    """Return the short name of an entity given by name or class.

    Examples:
        >>> entity_name(Vehicle)
        'vehicle'
    """
    return entity_schema(entity).name


def x_entity_name__mutmut_orig(entity: str | type) -> str:
    """Return the short name of an entity given by name or class.

    Examples:
        >>> entity_name(Vehicle)
        'vehicle'
    """
    return entity_schema(entity).name


def x_entity_name__mutmut_1(entity: str | type) -> str:
    """Return the short name of an entity given by name or class.

    Examples:
        >>> entity_name(Vehicle)
        'vehicle'
    """
    return entity_schema(None).name

mutants_x_entity_name__mutmut['_mutmut_orig'] = x_entity_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_entity_name__mutmut['x_entity_name__mutmut_1'] = x_entity_name__mutmut_1 # type: ignore # mutmut generated
mutants_x__parts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parts__mutmut)
def _parts(path: object) -> tuple[object, ...]:
    try:
        return tuple(path)  # type: ignore[arg-type]
    except TypeError:  # not iterable: refused by the caller
        return (None,)


def x__parts__mutmut_orig(path: object) -> tuple[object, ...]:
    try:
        return tuple(path)  # type: ignore[arg-type]
    except TypeError:  # not iterable: refused by the caller
        return (None,)


def x__parts__mutmut_1(path: object) -> tuple[object, ...]:
    try:
        return tuple(None)  # type: ignore[arg-type]
    except TypeError:  # not iterable: refused by the caller
        return (None,)

mutants_x__parts__mutmut['_mutmut_orig'] = x__parts__mutmut_orig # type: ignore # mutmut generated
mutants_x__parts__mutmut['x__parts__mutmut_1'] = x__parts__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolve_path__mutmut)
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


def x_resolve_path__mutmut_orig(entity: str, path: Sequence[str]) -> FieldSpec:
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


def x_resolve_path__mutmut_1(entity: str, path: Sequence[str]) -> FieldSpec:
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
    schema = None
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


def x_resolve_path__mutmut_2(entity: str, path: Sequence[str]) -> FieldSpec:
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
    schema = entity_schema(None)
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


def x_resolve_path__mutmut_3(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if isinstance(path, str) and not all(isinstance(part, str) for part in _parts(path)):
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


def x_resolve_path__mutmut_4(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if isinstance(path, str) or all(isinstance(part, str) for part in _parts(path)):
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


def x_resolve_path__mutmut_5(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if isinstance(path, str) or not all(None):
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


def x_resolve_path__mutmut_6(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if isinstance(path, str) or not all(isinstance(part, str) for part in _parts(None)):
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


def x_resolve_path__mutmut_7(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
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


def x_resolve_path__mutmut_8(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = f"{schema.name}: a field path is a sequence of names, got {type(None).__name__}"
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


def x_resolve_path__mutmut_9(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(None, field=schema.name, value=path)
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


def x_resolve_path__mutmut_10(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=None, value=path)
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


def x_resolve_path__mutmut_11(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=schema.name, value=None)
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


def x_resolve_path__mutmut_12(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(field=schema.name, value=path)
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


def x_resolve_path__mutmut_13(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, value=path)
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


def x_resolve_path__mutmut_14(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=schema.name, )
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


def x_resolve_path__mutmut_15(entity: str, path: Sequence[str]) -> FieldSpec:
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
    dotted = None
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


def x_resolve_path__mutmut_16(entity: str, path: Sequence[str]) -> FieldSpec:
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
    dotted = ".".join(None)
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


def x_resolve_path__mutmut_17(entity: str, path: Sequence[str]) -> FieldSpec:
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
    dotted = "XX.XX".join((schema.name, *path))
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


def x_resolve_path__mutmut_18(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 or path[0] in schema.fields:
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


def x_resolve_path__mutmut_19(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) != 1 and path[0] in schema.fields:
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


def x_resolve_path__mutmut_20(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 2 and path[0] in schema.fields:
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


def x_resolve_path__mutmut_21(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 and path[1] in schema.fields:
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


def x_resolve_path__mutmut_22(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 and path[0] not in schema.fields:
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


def x_resolve_path__mutmut_23(entity: str, path: Sequence[str]) -> FieldSpec:
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
        return schema.fields[path[1]]
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


def x_resolve_path__mutmut_24(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 2 or path[0] in schema.relations:
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


def x_resolve_path__mutmut_25(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) != 2 and path[0] in schema.relations:
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


def x_resolve_path__mutmut_26(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 3 and path[0] in schema.relations:
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


def x_resolve_path__mutmut_27(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 2 and path[1] in schema.relations:
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


def x_resolve_path__mutmut_28(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 2 and path[0] not in schema.relations:
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


def x_resolve_path__mutmut_29(entity: str, path: Sequence[str]) -> FieldSpec:
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
        target = None
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


def x_resolve_path__mutmut_30(entity: str, path: Sequence[str]) -> FieldSpec:
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
        target = SCHEMA[schema.relations[path[1]].target]
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


def x_resolve_path__mutmut_31(entity: str, path: Sequence[str]) -> FieldSpec:
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
        if path[2] in target.fields:
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


def x_resolve_path__mutmut_32(entity: str, path: Sequence[str]) -> FieldSpec:
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
        if path[1] not in target.fields:
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


def x_resolve_path__mutmut_33(entity: str, path: Sequence[str]) -> FieldSpec:
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
            return target.fields[path[2]]
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


def x_resolve_path__mutmut_34(entity: str, path: Sequence[str]) -> FieldSpec:
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
        known = None
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


def x_resolve_path__mutmut_35(entity: str, path: Sequence[str]) -> FieldSpec:
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
        known = ", ".join(None)
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


def x_resolve_path__mutmut_36(entity: str, path: Sequence[str]) -> FieldSpec:
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
        known = "XX, XX".join(target.fields)
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


def x_resolve_path__mutmut_37(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
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


def x_resolve_path__mutmut_38(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = f"{dotted}: {target.name} has no queryable field {shown(None)}; it has {known}"
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


def x_resolve_path__mutmut_39(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = f"{dotted}: {target.name} has no queryable field {shown(path[2])}; it has {known}"
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


def x_resolve_path__mutmut_40(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(None, field=dotted, value=path[1])
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


def x_resolve_path__mutmut_41(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=None, value=path[1])
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


def x_resolve_path__mutmut_42(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, value=None)
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


def x_resolve_path__mutmut_43(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(field=dotted, value=path[1])
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


def x_resolve_path__mutmut_44(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, value=path[1])
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


def x_resolve_path__mutmut_45(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, )
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


def x_resolve_path__mutmut_46(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, value=path[2])
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


def x_resolve_path__mutmut_47(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 or path[0] in schema.relations:
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


def x_resolve_path__mutmut_48(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) != 1 and path[0] in schema.relations:
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


def x_resolve_path__mutmut_49(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 2 and path[0] in schema.relations:
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


def x_resolve_path__mutmut_50(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 and path[1] in schema.relations:
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


def x_resolve_path__mutmut_51(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if len(path) == 1 and path[0] not in schema.relations:
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


def x_resolve_path__mutmut_52(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
        raise UnknownField(msg, field=dotted, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_53(entity: str, path: Sequence[str]) -> FieldSpec:
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
            f"{dotted}: is a relation to {schema.relations[path[1]].target}; name one of its "
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


def x_resolve_path__mutmut_54(entity: str, path: Sequence[str]) -> FieldSpec:
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
            f"fields, e.g. {dotted}.{next(None)}"
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


def x_resolve_path__mutmut_55(entity: str, path: Sequence[str]) -> FieldSpec:
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
            f"fields, e.g. {dotted}.{next(iter(None))}"
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


def x_resolve_path__mutmut_56(entity: str, path: Sequence[str]) -> FieldSpec:
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
            f"fields, e.g. {dotted}.{next(iter(SCHEMA[schema.relations[path[1]].target].fields))}"
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


def x_resolve_path__mutmut_57(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(None, field=dotted, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_58(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=None, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_59(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, value=None)
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_60(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(field=dotted, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_61(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, value=path[0])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_62(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, )
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_63(entity: str, path: Sequence[str]) -> FieldSpec:
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
        raise UnknownField(msg, field=dotted, value=path[1])
    known = ", ".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_64(entity: str, path: Sequence[str]) -> FieldSpec:
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
    known = None
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_65(entity: str, path: Sequence[str]) -> FieldSpec:
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
    known = ", ".join(None)
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_66(entity: str, path: Sequence[str]) -> FieldSpec:
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
    known = "XX, XX".join([*schema.fields, *schema.relations])
    if not path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_67(entity: str, path: Sequence[str]) -> FieldSpec:
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
    if path:
        msg = f"{dotted}: a path names a field of {schema.name}"
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_68(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_69(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields and (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_70(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[1] in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_71(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] not in schema.fields or (path[0] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_72(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields or (path[0] in schema.relations or len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_73(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields or (path[1] in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_74(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields or (path[0] not in schema.relations and len(path) > 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_75(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) >= 2):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_76(entity: str, path: Sequence[str]) -> FieldSpec:
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
    elif path[0] in schema.fields or (path[0] in schema.relations and len(path) > 3):
        msg = f"{dotted}: a path crosses at most one relation of {schema.name}"
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_77(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
    else:
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[0])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_78(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = None
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_79(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(None)}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_80(entity: str, path: Sequence[str]) -> FieldSpec:
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
        msg = f"{dotted}: {schema.name} has no queryable field or relation {shown(path[1])}"
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(path))


def x_resolve_path__mutmut_81(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(None, field=dotted, value=tuple(path))


def x_resolve_path__mutmut_82(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(f"{msg}; known: {known}", field=None, value=tuple(path))


def x_resolve_path__mutmut_83(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=None)


def x_resolve_path__mutmut_84(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(field=dotted, value=tuple(path))


def x_resolve_path__mutmut_85(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(f"{msg}; known: {known}", value=tuple(path))


def x_resolve_path__mutmut_86(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(f"{msg}; known: {known}", field=dotted, )


def x_resolve_path__mutmut_87(entity: str, path: Sequence[str]) -> FieldSpec:
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
    raise UnknownField(f"{msg}; known: {known}", field=dotted, value=tuple(None))

mutants_x_resolve_path__mutmut['_mutmut_orig'] = x_resolve_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_1'] = x_resolve_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_2'] = x_resolve_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_3'] = x_resolve_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_4'] = x_resolve_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_5'] = x_resolve_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_6'] = x_resolve_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_7'] = x_resolve_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_8'] = x_resolve_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_9'] = x_resolve_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_10'] = x_resolve_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_11'] = x_resolve_path__mutmut_11 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_12'] = x_resolve_path__mutmut_12 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_13'] = x_resolve_path__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_14'] = x_resolve_path__mutmut_14 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_15'] = x_resolve_path__mutmut_15 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_16'] = x_resolve_path__mutmut_16 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_17'] = x_resolve_path__mutmut_17 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_18'] = x_resolve_path__mutmut_18 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_19'] = x_resolve_path__mutmut_19 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_20'] = x_resolve_path__mutmut_20 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_21'] = x_resolve_path__mutmut_21 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_22'] = x_resolve_path__mutmut_22 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_23'] = x_resolve_path__mutmut_23 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_24'] = x_resolve_path__mutmut_24 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_25'] = x_resolve_path__mutmut_25 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_26'] = x_resolve_path__mutmut_26 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_27'] = x_resolve_path__mutmut_27 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_28'] = x_resolve_path__mutmut_28 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_29'] = x_resolve_path__mutmut_29 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_30'] = x_resolve_path__mutmut_30 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_31'] = x_resolve_path__mutmut_31 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_32'] = x_resolve_path__mutmut_32 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_33'] = x_resolve_path__mutmut_33 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_34'] = x_resolve_path__mutmut_34 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_35'] = x_resolve_path__mutmut_35 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_36'] = x_resolve_path__mutmut_36 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_37'] = x_resolve_path__mutmut_37 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_38'] = x_resolve_path__mutmut_38 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_39'] = x_resolve_path__mutmut_39 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_40'] = x_resolve_path__mutmut_40 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_41'] = x_resolve_path__mutmut_41 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_42'] = x_resolve_path__mutmut_42 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_43'] = x_resolve_path__mutmut_43 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_44'] = x_resolve_path__mutmut_44 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_45'] = x_resolve_path__mutmut_45 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_46'] = x_resolve_path__mutmut_46 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_47'] = x_resolve_path__mutmut_47 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_48'] = x_resolve_path__mutmut_48 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_49'] = x_resolve_path__mutmut_49 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_50'] = x_resolve_path__mutmut_50 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_51'] = x_resolve_path__mutmut_51 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_52'] = x_resolve_path__mutmut_52 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_53'] = x_resolve_path__mutmut_53 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_54'] = x_resolve_path__mutmut_54 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_55'] = x_resolve_path__mutmut_55 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_56'] = x_resolve_path__mutmut_56 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_57'] = x_resolve_path__mutmut_57 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_58'] = x_resolve_path__mutmut_58 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_59'] = x_resolve_path__mutmut_59 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_60'] = x_resolve_path__mutmut_60 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_61'] = x_resolve_path__mutmut_61 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_62'] = x_resolve_path__mutmut_62 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_63'] = x_resolve_path__mutmut_63 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_64'] = x_resolve_path__mutmut_64 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_65'] = x_resolve_path__mutmut_65 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_66'] = x_resolve_path__mutmut_66 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_67'] = x_resolve_path__mutmut_67 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_68'] = x_resolve_path__mutmut_68 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_69'] = x_resolve_path__mutmut_69 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_70'] = x_resolve_path__mutmut_70 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_71'] = x_resolve_path__mutmut_71 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_72'] = x_resolve_path__mutmut_72 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_73'] = x_resolve_path__mutmut_73 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_74'] = x_resolve_path__mutmut_74 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_75'] = x_resolve_path__mutmut_75 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_76'] = x_resolve_path__mutmut_76 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_77'] = x_resolve_path__mutmut_77 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_78'] = x_resolve_path__mutmut_78 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_79'] = x_resolve_path__mutmut_79 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_80'] = x_resolve_path__mutmut_80 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_81'] = x_resolve_path__mutmut_81 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_82'] = x_resolve_path__mutmut_82 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_83'] = x_resolve_path__mutmut_83 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_84'] = x_resolve_path__mutmut_84 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_85'] = x_resolve_path__mutmut_85 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_86'] = x_resolve_path__mutmut_86 # type: ignore # mutmut generated
mutants_x_resolve_path__mutmut['x_resolve_path__mutmut_87'] = x_resolve_path__mutmut_87 # type: ignore # mutmut generated
