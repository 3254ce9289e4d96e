"""Customers (客户) and their contacts: owner basics and owner extended data (SPEC §1).

A customer is a person (个人) or a company (单位). The category scheme is open:
``tags`` are free labels and ``categories`` map a user-defined dimension (age band,
region, vehicle use, source, business size, hobby...) to a value.

Examples:
    >>> from datetime import date
    >>> c = Customer(
    ...     number="C000001", name="王建国", mobile="138 0013 8000",
    ...     resident_id="11010519491231002X", birth_date=date(1949, 12, 31),
    ...     owner="客服-李娜", categories={"source": "referral"}, tags={"vip"},
    ... )
    >>> c.mobile, c.kind.label, c.categories["source"]
    ('+8613800138000', '个人', 'referral')
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.identifiers import phone as phone_id
from autocrm.domain.identifiers import ric as ric_id
from autocrm.domain.identifiers import uscc as uscc_id
from autocrm.domain.text import ACCOUNT_LENGTH, EMAIL_LENGTH, KEY_LENGTH, NAME_LENGTH
from autocrm.errors import InvalidComponent, InvalidFormat, shown

__all__ = [
    "Address",
    "Contact",
    "ContactKind",
    "ContactPurpose",
    "Customer",
    "CustomerKind",
    "Gender",
    "OptOut",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__categories_mapping__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__categories_mapping__mutmut)
def _categories_mapping(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("categories", value)


def x__categories_mapping__mutmut_orig(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("categories", value)


def x__categories_mapping__mutmut_1(value: object) -> Mapping[str, str]:
    return f.frozen_mapping(None, value)


def x__categories_mapping__mutmut_2(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("categories", None)


def x__categories_mapping__mutmut_3(value: object) -> Mapping[str, str]:
    return f.frozen_mapping(value)


def x__categories_mapping__mutmut_4(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("categories", )


def x__categories_mapping__mutmut_5(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("XXcategoriesXX", value)


def x__categories_mapping__mutmut_6(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("CATEGORIES", value)

mutants_x__categories_mapping__mutmut['_mutmut_orig'] = x__categories_mapping__mutmut_orig # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_1'] = x__categories_mapping__mutmut_1 # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_2'] = x__categories_mapping__mutmut_2 # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_3'] = x__categories_mapping__mutmut_3 # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_4'] = x__categories_mapping__mutmut_4 # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_5'] = x__categories_mapping__mutmut_5 # type: ignore # mutmut generated
mutants_x__categories_mapping__mutmut['x__categories_mapping__mutmut_6'] = x__categories_mapping__mutmut_6 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tags_set__mutmut)
def _tags_set(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def x__tags_set__mutmut_orig(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def x__tags_set__mutmut_1(value: object) -> frozenset[Any]:
    return f.frozen_set(None, value)


def x__tags_set__mutmut_2(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", None)


def x__tags_set__mutmut_3(value: object) -> frozenset[Any]:
    return f.frozen_set(value)


def x__tags_set__mutmut_4(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", )


def x__tags_set__mutmut_5(value: object) -> frozenset[Any]:
    return f.frozen_set("XXtagsXX", value)


def x__tags_set__mutmut_6(value: object) -> frozenset[Any]:
    return f.frozen_set("TAGS", value)

mutants_x__tags_set__mutmut['_mutmut_orig'] = x__tags_set__mutmut_orig # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_1'] = x__tags_set__mutmut_1 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_2'] = x__tags_set__mutmut_2 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_3'] = x__tags_set__mutmut_3 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_4'] = x__tags_set__mutmut_4 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_5'] = x__tags_set__mutmut_5 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_6'] = x__tags_set__mutmut_6 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__contacts_tuple__mutmut)
def _contacts_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("contacts", value)


def x__contacts_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("contacts", value)


def x__contacts_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__contacts_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("contacts", None)


def x__contacts_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__contacts_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("contacts", )


def x__contacts_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXcontactsXX", value)


def x__contacts_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("CONTACTS", value)

mutants_x__contacts_tuple__mutmut['_mutmut_orig'] = x__contacts_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_1'] = x__contacts_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_2'] = x__contacts_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_3'] = x__contacts_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_4'] = x__contacts_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_5'] = x__contacts_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__contacts_tuple__mutmut['x__contacts_tuple__mutmut_6'] = x__contacts_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__opt_outs_tuple__mutmut)
def _opt_outs_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("opt_outs", value)


def x__opt_outs_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("opt_outs", value)


def x__opt_outs_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__opt_outs_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("opt_outs", None)


def x__opt_outs_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__opt_outs_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("opt_outs", )


def x__opt_outs_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXopt_outsXX", value)


def x__opt_outs_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("OPT_OUTS", value)

mutants_x__opt_outs_tuple__mutmut['_mutmut_orig'] = x__opt_outs_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_1'] = x__opt_outs_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_2'] = x__opt_outs_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_3'] = x__opt_outs_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_4'] = x__opt_outs_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_5'] = x__opt_outs_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__opt_outs_tuple__mutmut['x__opt_outs_tuple__mutmut_6'] = x__opt_outs_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_contact_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_contact_kind__mutmut)
def _to_contact_kind(value: object) -> ContactKind:
    return f.as_enum(ContactKind, value)


def x__to_contact_kind__mutmut_orig(value: object) -> ContactKind:
    return f.as_enum(ContactKind, value)


def x__to_contact_kind__mutmut_1(value: object) -> ContactKind:
    return f.as_enum(None, value)


def x__to_contact_kind__mutmut_2(value: object) -> ContactKind:
    return f.as_enum(ContactKind, None)


def x__to_contact_kind__mutmut_3(value: object) -> ContactKind:
    return f.as_enum(value)


def x__to_contact_kind__mutmut_4(value: object) -> ContactKind:
    return f.as_enum(ContactKind, )

mutants_x__to_contact_kind__mutmut['_mutmut_orig'] = x__to_contact_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_contact_kind__mutmut['x__to_contact_kind__mutmut_1'] = x__to_contact_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_contact_kind__mutmut['x__to_contact_kind__mutmut_2'] = x__to_contact_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_contact_kind__mutmut['x__to_contact_kind__mutmut_3'] = x__to_contact_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_contact_kind__mutmut['x__to_contact_kind__mutmut_4'] = x__to_contact_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_contact_purpose__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_contact_purpose__mutmut)
def _to_contact_purpose(value: object) -> ContactPurpose:
    return f.as_enum(ContactPurpose, value)


def x__to_contact_purpose__mutmut_orig(value: object) -> ContactPurpose:
    return f.as_enum(ContactPurpose, value)


def x__to_contact_purpose__mutmut_1(value: object) -> ContactPurpose:
    return f.as_enum(None, value)


def x__to_contact_purpose__mutmut_2(value: object) -> ContactPurpose:
    return f.as_enum(ContactPurpose, None)


def x__to_contact_purpose__mutmut_3(value: object) -> ContactPurpose:
    return f.as_enum(value)


def x__to_contact_purpose__mutmut_4(value: object) -> ContactPurpose:
    return f.as_enum(ContactPurpose, )

mutants_x__to_contact_purpose__mutmut['_mutmut_orig'] = x__to_contact_purpose__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_contact_purpose__mutmut['x__to_contact_purpose__mutmut_1'] = x__to_contact_purpose__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_contact_purpose__mutmut['x__to_contact_purpose__mutmut_2'] = x__to_contact_purpose__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_contact_purpose__mutmut['x__to_contact_purpose__mutmut_3'] = x__to_contact_purpose__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_contact_purpose__mutmut['x__to_contact_purpose__mutmut_4'] = x__to_contact_purpose__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_contact_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_contact_kind__mutmut)
def _optional_contact_kind(value: object) -> ContactKind | None:
    return f.optional_enum(ContactKind, value)


def x__optional_contact_kind__mutmut_orig(value: object) -> ContactKind | None:
    return f.optional_enum(ContactKind, value)


def x__optional_contact_kind__mutmut_1(value: object) -> ContactKind | None:
    return f.optional_enum(None, value)


def x__optional_contact_kind__mutmut_2(value: object) -> ContactKind | None:
    return f.optional_enum(ContactKind, None)


def x__optional_contact_kind__mutmut_3(value: object) -> ContactKind | None:
    return f.optional_enum(value)


def x__optional_contact_kind__mutmut_4(value: object) -> ContactKind | None:
    return f.optional_enum(ContactKind, )

mutants_x__optional_contact_kind__mutmut['_mutmut_orig'] = x__optional_contact_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_contact_kind__mutmut['x__optional_contact_kind__mutmut_1'] = x__optional_contact_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_contact_kind__mutmut['x__optional_contact_kind__mutmut_2'] = x__optional_contact_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_contact_kind__mutmut['x__optional_contact_kind__mutmut_3'] = x__optional_contact_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_contact_kind__mutmut['x__optional_contact_kind__mutmut_4'] = x__optional_contact_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_customer_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_customer_kind__mutmut)
def _to_customer_kind(value: object) -> CustomerKind:
    return f.as_enum(CustomerKind, value)


def x__to_customer_kind__mutmut_orig(value: object) -> CustomerKind:
    return f.as_enum(CustomerKind, value)


def x__to_customer_kind__mutmut_1(value: object) -> CustomerKind:
    return f.as_enum(None, value)


def x__to_customer_kind__mutmut_2(value: object) -> CustomerKind:
    return f.as_enum(CustomerKind, None)


def x__to_customer_kind__mutmut_3(value: object) -> CustomerKind:
    return f.as_enum(value)


def x__to_customer_kind__mutmut_4(value: object) -> CustomerKind:
    return f.as_enum(CustomerKind, )

mutants_x__to_customer_kind__mutmut['_mutmut_orig'] = x__to_customer_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_customer_kind__mutmut['x__to_customer_kind__mutmut_1'] = x__to_customer_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_customer_kind__mutmut['x__to_customer_kind__mutmut_2'] = x__to_customer_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_customer_kind__mutmut['x__to_customer_kind__mutmut_3'] = x__to_customer_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_customer_kind__mutmut['x__to_customer_kind__mutmut_4'] = x__to_customer_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_gender__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_gender__mutmut)
def _to_gender(value: object) -> Gender:
    return f.as_enum(Gender, value)


def x__to_gender__mutmut_orig(value: object) -> Gender:
    return f.as_enum(Gender, value)


def x__to_gender__mutmut_1(value: object) -> Gender:
    return f.as_enum(None, value)


def x__to_gender__mutmut_2(value: object) -> Gender:
    return f.as_enum(Gender, None)


def x__to_gender__mutmut_3(value: object) -> Gender:
    return f.as_enum(value)


def x__to_gender__mutmut_4(value: object) -> Gender:
    return f.as_enum(Gender, )

mutants_x__to_gender__mutmut['_mutmut_orig'] = x__to_gender__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_gender__mutmut['x__to_gender__mutmut_1'] = x__to_gender__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_gender__mutmut['x__to_gender__mutmut_2'] = x__to_gender__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_gender__mutmut['x__to_gender__mutmut_3'] = x__to_gender__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_gender__mutmut['x__to_gender__mutmut_4'] = x__to_gender__mutmut_4 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__resident_id_id__mutmut)
def _resident_id_id(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "resident_id", value)


def x__resident_id_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "resident_id", value)


def x__resident_id_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "resident_id", value)


def x__resident_id_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, None, value)


def x__resident_id_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "resident_id", None)


def x__resident_id_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("resident_id", value)


def x__resident_id_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, value)


def x__resident_id_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "resident_id", )


def x__resident_id_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "XXresident_idXX", value)


def x__resident_id_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "RESIDENT_ID", value)

mutants_x__resident_id_id__mutmut['_mutmut_orig'] = x__resident_id_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_1'] = x__resident_id_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_2'] = x__resident_id_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_3'] = x__resident_id_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_4'] = x__resident_id_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_5'] = x__resident_id_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_6'] = x__resident_id_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_7'] = x__resident_id_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__resident_id_id__mutmut['x__resident_id_id__mutmut_8'] = x__resident_id_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__uscc_id__mutmut)
def _uscc_id(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "uscc", value)


def x__uscc_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "uscc", value)


def x__uscc_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "uscc", value)


def x__uscc_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, None, value)


def x__uscc_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "uscc", None)


def x__uscc_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("uscc", value)


def x__uscc_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, value)


def x__uscc_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "uscc", )


def x__uscc_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "XXusccXX", value)


def x__uscc_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "USCC", value)

mutants_x__uscc_id__mutmut['_mutmut_orig'] = x__uscc_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_1'] = x__uscc_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_2'] = x__uscc_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_3'] = x__uscc_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_4'] = x__uscc_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_5'] = x__uscc_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_6'] = x__uscc_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_7'] = x__uscc_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__uscc_id__mutmut['x__uscc_id__mutmut_8'] = x__uscc_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mobile_id__mutmut)
def _mobile_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "mobile", value)


def x__mobile_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "mobile", value)


def x__mobile_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "mobile", value)


def x__mobile_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, None, value)


def x__mobile_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "mobile", None)


def x__mobile_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("mobile", value)


def x__mobile_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, value)


def x__mobile_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "mobile", )


def x__mobile_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "XXmobileXX", value)


def x__mobile_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "MOBILE", value)

mutants_x__mobile_id__mutmut['_mutmut_orig'] = x__mobile_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_1'] = x__mobile_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_2'] = x__mobile_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_3'] = x__mobile_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_4'] = x__mobile_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_5'] = x__mobile_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_6'] = x__mobile_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_7'] = x__mobile_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__mobile_id__mutmut['x__mobile_id__mutmut_8'] = x__mobile_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__phone_id__mutmut)
def _phone_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "phone", value)


def x__phone_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "phone", value)


def x__phone_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "phone", value)


def x__phone_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, None, value)


def x__phone_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "phone", None)


def x__phone_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("phone", value)


def x__phone_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, value)


def x__phone_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "phone", )


def x__phone_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "XXphoneXX", value)


def x__phone_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "PHONE", value)

mutants_x__phone_id__mutmut['_mutmut_orig'] = x__phone_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_1'] = x__phone_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_2'] = x__phone_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_3'] = x__phone_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_4'] = x__phone_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_5'] = x__phone_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_6'] = x__phone_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_7'] = x__phone_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__phone_id__mutmut['x__phone_id__mutmut_8'] = x__phone_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__office_phone_id__mutmut)
def _office_phone_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "office_phone", value)


def x__office_phone_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "office_phone", value)


def x__office_phone_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "office_phone", value)


def x__office_phone_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, None, value)


def x__office_phone_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "office_phone", None)


def x__office_phone_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("office_phone", value)


def x__office_phone_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, value)


def x__office_phone_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "office_phone", )


def x__office_phone_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "XXoffice_phoneXX", value)


def x__office_phone_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "OFFICE_PHONE", value)

mutants_x__office_phone_id__mutmut['_mutmut_orig'] = x__office_phone_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_1'] = x__office_phone_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_2'] = x__office_phone_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_3'] = x__office_phone_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_4'] = x__office_phone_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_5'] = x__office_phone_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_6'] = x__office_phone_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_7'] = x__office_phone_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__office_phone_id__mutmut['x__office_phone_id__mutmut_8'] = x__office_phone_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fax_id__mutmut)
def _fax_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "fax", value)


def x__fax_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "fax", value)


def x__fax_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "fax", value)


def x__fax_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, None, value)


def x__fax_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "fax", None)


def x__fax_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("fax", value)


def x__fax_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, value)


def x__fax_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "fax", )


def x__fax_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "XXfaxXX", value)


def x__fax_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "FAX", value)

mutants_x__fax_id__mutmut['_mutmut_orig'] = x__fax_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_1'] = x__fax_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_2'] = x__fax_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_3'] = x__fax_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_4'] = x__fax_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_5'] = x__fax_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_6'] = x__fax_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_7'] = x__fax_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__fax_id__mutmut['x__fax_id__mutmut_8'] = x__fax_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__repr_masked__mutmut)
def _repr_masked(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_orig(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_1(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_2(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(None)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_3(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = None
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_4(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if (len(value) > 8) and False else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_5(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if (len(value) > 8) or True else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_6(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[+4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_7(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-5:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_8(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) >= 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_9(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 9 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_10(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else "XXXX"
    return repr("*" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_11(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr(None)


def x__repr_masked__mutmut_12(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) - tail)


def x__repr_masked__mutmut_13(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" / (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_14(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("XX*XX" * (len(value) - len(tail)) + tail)


def x__repr_masked__mutmut_15(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) + len(tail)) + tail)

mutants_x__repr_masked__mutmut['_mutmut_orig'] = x__repr_masked__mutmut_orig # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_1'] = x__repr_masked__mutmut_1 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_2'] = x__repr_masked__mutmut_2 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_3'] = x__repr_masked__mutmut_3 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_4'] = x__repr_masked__mutmut_4 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_5'] = x__repr_masked__mutmut_5 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_6'] = x__repr_masked__mutmut_6 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_7'] = x__repr_masked__mutmut_7 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_8'] = x__repr_masked__mutmut_8 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_9'] = x__repr_masked__mutmut_9 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_10'] = x__repr_masked__mutmut_10 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_11'] = x__repr_masked__mutmut_11 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_12'] = x__repr_masked__mutmut_12 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_13'] = x__repr_masked__mutmut_13 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_14'] = x__repr_masked__mutmut_14 # type: ignore # mutmut generated
mutants_x__repr_masked__mutmut['x__repr_masked__mutmut_15'] = x__repr_masked__mutmut_15 # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__repr_hidden__mutmut)
def _repr_hidden(value: object) -> str:
    return repr(value) if value is None else "'***'"


def x__repr_hidden__mutmut_orig(value: object) -> str:
    return repr(value) if value is None else "'***'"


def x__repr_hidden__mutmut_1(value: object) -> str:
    return repr(value) if (value is None) and False else "'***'"


def x__repr_hidden__mutmut_2(value: object) -> str:
    return repr(value) if (value is None) or True else "'***'"


def x__repr_hidden__mutmut_3(value: object) -> str:
    return repr(None) if value is None else "'***'"


def x__repr_hidden__mutmut_4(value: object) -> str:
    return repr(value) if value is not None else "'***'"


def x__repr_hidden__mutmut_5(value: object) -> str:
    return repr(value) if value is None else "XX'***'XX"

mutants_x__repr_hidden__mutmut['_mutmut_orig'] = x__repr_hidden__mutmut_orig # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut['x__repr_hidden__mutmut_1'] = x__repr_hidden__mutmut_1 # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut['x__repr_hidden__mutmut_2'] = x__repr_hidden__mutmut_2 # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut['x__repr_hidden__mutmut_3'] = x__repr_hidden__mutmut_3 # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut['x__repr_hidden__mutmut_4'] = x__repr_hidden__mutmut_4 # type: ignore # mutmut generated
mutants_x__repr_hidden__mutmut['x__repr_hidden__mutmut_5'] = x__repr_hidden__mutmut_5 # type: ignore # mutmut generated


class CustomerKind(LabelledEnum):
    """Whether the customer is a private person or an organisation.

    Examples:
        >>> from autocrm.domain.customer import CustomerKind
        >>> CustomerKind.PERSON.value, CustomerKind.PERSON.label
        ('person', '个人')
        >>> CustomerKind.from_label('个人') is CustomerKind.PERSON
        True
    """

    PERSON = ("person", "个人")
    COMPANY = ("company", "单位")


class Gender(LabelledEnum):
    """Gender as recorded in the owner basics.

    Examples:
        >>> from autocrm.domain.customer import Gender
        >>> Gender.MALE.value, Gender.MALE.label
        ('male', '男')
        >>> Gender.from_label('男') is Gender.MALE
        True
    """

    MALE = ("male", "男")
    FEMALE = ("female", "女")
    UNKNOWN = ("unknown", "未知")


class ContactKind(LabelledEnum):
    """The channel of a :class:`Contact`.

    Examples:
        >>> from autocrm.domain.customer import ContactKind
        >>> ContactKind.MOBILE.value, ContactKind.MOBILE.label
        ('mobile', '手机')
        >>> ContactKind.from_label('手机') is ContactKind.MOBILE
        True
    """

    MOBILE = ("mobile", "手机")
    PHONE = ("phone", "电话")
    OFFICE_PHONE = ("office_phone", "办公电话")
    FAX = ("fax", "传真")
    EMAIL = ("email", "电子邮件")
    IM = ("im", "即时通讯")
    OTHER = ("other", "其他")


class ContactPurpose(LabelledEnum):
    """What a shop contacts a customer for; opt-outs are per purpose (SPEC §9b).

    Examples:
        >>> from autocrm.domain.customer import ContactPurpose
        >>> ContactPurpose.MARKETING.value, ContactPurpose.MARKETING.label
        ('marketing', '营销')
        >>> ContactPurpose.from_label('营销') is ContactPurpose.MARKETING
        True
    """

    MARKETING = ("marketing", "营销")
    REMINDERS = ("reminders", "提醒")
    FOLLOW_UPS = ("follow_ups", "回访")
mutants_x__check_postcode__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_postcode__mutmut)
def _check_postcode(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_orig(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_1(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None or (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_2(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_3(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 and not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_4(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) and len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_5(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_6(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) == 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_7(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 7 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_8(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_9(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = None
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_10(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(None)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_postcode__mutmut_11(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(None, field=attribute.name, value=value)


def x__check_postcode__mutmut_12(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)


def x__check_postcode__mutmut_13(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=None)


def x__check_postcode__mutmut_14(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(field=attribute.name, value=value)


def x__check_postcode__mutmut_15(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, value=value)


def x__check_postcode__mutmut_16(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, )

mutants_x__check_postcode__mutmut['_mutmut_orig'] = x__check_postcode__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_1'] = x__check_postcode__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_2'] = x__check_postcode__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_3'] = x__check_postcode__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_4'] = x__check_postcode__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_5'] = x__check_postcode__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_6'] = x__check_postcode__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_7'] = x__check_postcode__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_8'] = x__check_postcode__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_9'] = x__check_postcode__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_10'] = x__check_postcode__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_11'] = x__check_postcode__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_12'] = x__check_postcode__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_13'] = x__check_postcode__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_14'] = x__check_postcode__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_15'] = x__check_postcode__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_postcode__mutmut['x__check_postcode__mutmut_16'] = x__check_postcode__mutmut_16 # type: ignore # mutmut generated


@attrs.frozen
class Address:
    """A postal address with its postcode (邮编).

    Examples:
        >>> Address("北京市朝阳区建国路88号", postcode="100022").postcode
        '100022'
    """

    text: str = attrs.field(validator=f.text(None), repr=_repr_hidden)
    postcode: str | None = attrs.field(default=None, validator=_check_postcode)
mutants_x__normalise_contact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__normalise_contact__mutmut)
def _normalise_contact(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_orig(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_1(instance: Contact) -> None:
    if instance.kind not in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_2(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = None
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_3(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(None)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_4(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = None
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_5(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(None)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_6(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(None, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_7(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field=None, value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_8(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=None) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_9(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_10(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_11(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", ) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_12(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="XXvalueXX", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_13(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="VALUE", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_14(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(None, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_15(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, None, normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_16(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", None)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_17(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__("value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_18(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_19(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", )
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_20(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "XXvalueXX", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_21(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "VALUE", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_22(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL or (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_23(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is not ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_24(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") and " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_25(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value and instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_26(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "XX@XX" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_27(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_28(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith(None) or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_29(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("XX@XX") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_30(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or "XX XX" in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_31(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " not in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_32(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = None
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_33(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(None)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=instance.value)


def x__normalise_contact__mutmut_34(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(None, field="value", value=instance.value)


def x__normalise_contact__mutmut_35(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field=None, value=instance.value)


def x__normalise_contact__mutmut_36(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", value=None)


def x__normalise_contact__mutmut_37(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(field="value", value=instance.value)


def x__normalise_contact__mutmut_38(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, value=instance.value)


def x__normalise_contact__mutmut_39(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="value", )


def x__normalise_contact__mutmut_40(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="XXvalueXX", value=instance.value)


def x__normalise_contact__mutmut_41(instance: Contact) -> None:
    if instance.kind in (
        ContactKind.MOBILE,
        ContactKind.PHONE,
        ContactKind.OFFICE_PHONE,
        ContactKind.FAX,
    ):
        try:
            normal = phone_id.validate(instance.value)
        except ValueError as exc:
            msg = (
                f"value: {instance.kind.label} {shown(instance.value)} is not a valid number: {exc}"
            )
            raise InvalidFormat(msg, field="value", value=instance.value) from None
        object.__setattr__(instance, "value", normal)
    elif instance.kind is ContactKind.EMAIL and (
        "@" not in instance.value or instance.value.startswith("@") or " " in instance.value
    ):
        msg = f"value: {shown(instance.value)} is not an e-mail address"
        raise InvalidFormat(msg, field="VALUE", value=instance.value)

mutants_x__normalise_contact__mutmut['_mutmut_orig'] = x__normalise_contact__mutmut_orig # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_1'] = x__normalise_contact__mutmut_1 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_2'] = x__normalise_contact__mutmut_2 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_3'] = x__normalise_contact__mutmut_3 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_4'] = x__normalise_contact__mutmut_4 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_5'] = x__normalise_contact__mutmut_5 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_6'] = x__normalise_contact__mutmut_6 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_7'] = x__normalise_contact__mutmut_7 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_8'] = x__normalise_contact__mutmut_8 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_9'] = x__normalise_contact__mutmut_9 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_10'] = x__normalise_contact__mutmut_10 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_11'] = x__normalise_contact__mutmut_11 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_12'] = x__normalise_contact__mutmut_12 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_13'] = x__normalise_contact__mutmut_13 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_14'] = x__normalise_contact__mutmut_14 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_15'] = x__normalise_contact__mutmut_15 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_16'] = x__normalise_contact__mutmut_16 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_17'] = x__normalise_contact__mutmut_17 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_18'] = x__normalise_contact__mutmut_18 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_19'] = x__normalise_contact__mutmut_19 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_20'] = x__normalise_contact__mutmut_20 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_21'] = x__normalise_contact__mutmut_21 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_22'] = x__normalise_contact__mutmut_22 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_23'] = x__normalise_contact__mutmut_23 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_24'] = x__normalise_contact__mutmut_24 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_25'] = x__normalise_contact__mutmut_25 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_26'] = x__normalise_contact__mutmut_26 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_27'] = x__normalise_contact__mutmut_27 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_28'] = x__normalise_contact__mutmut_28 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_29'] = x__normalise_contact__mutmut_29 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_30'] = x__normalise_contact__mutmut_30 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_31'] = x__normalise_contact__mutmut_31 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_32'] = x__normalise_contact__mutmut_32 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_33'] = x__normalise_contact__mutmut_33 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_34'] = x__normalise_contact__mutmut_34 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_35'] = x__normalise_contact__mutmut_35 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_36'] = x__normalise_contact__mutmut_36 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_37'] = x__normalise_contact__mutmut_37 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_38'] = x__normalise_contact__mutmut_38 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_39'] = x__normalise_contact__mutmut_39 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_40'] = x__normalise_contact__mutmut_40 # type: ignore # mutmut generated
mutants_x__normalise_contact__mutmut['x__normalise_contact__mutmut_41'] = x__normalise_contact__mutmut_41 # type: ignore # mutmut generated
mutants_xǁContactǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Contact:
    """One way to reach a customer: a phone, e-mail, IM id or other contact person.

    Phone-like kinds are normalised to E.164.

    Examples:
        >>> Contact(ContactKind.OFFICE_PHONE, "010-6512 3456", label="财务部").value
        '+861065123456'
    """

    kind: ContactKind = attrs.field(converter=_to_contact_kind, validator=f.check_enum(ContactKind))
    value: str = attrs.field(validator=f.text(None), repr=_repr_masked)
    label: str | None = attrs.field(default=None, validator=f.optional_text(None))
    primary: bool = attrs.field(default=False, validator=f.check_bool)

    @_mutmut_mutated(mutants_xǁContactǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        _normalise_contact(self)

    def xǁContactǁ__attrs_post_init____mutmut_orig(self) -> None:
        _normalise_contact(self)

    def xǁContactǁ__attrs_post_init____mutmut_1(self) -> None:
        _normalise_contact(None)

mutants_xǁContactǁ__attrs_post_init____mutmut['_mutmut_orig'] = Contact.xǁContactǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁContactǁ__attrs_post_init____mutmut['xǁContactǁ__attrs_post_init____mutmut_1'] = Contact.xǁContactǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated


@attrs.frozen
class OptOut:
    """A customer's refusal of one purpose of contact, always with a reason (SPEC §9b).

    ``vin`` limits the opt-out to one vehicle; ``kind`` to one contact channel.

    Examples:
        >>> OptOut(ContactPurpose.MARKETING, reason="客户要求不再推送活动").purpose.label
        '营销'
    """

    purpose: ContactPurpose = attrs.field(
        converter=_to_contact_purpose, validator=f.check_enum(ContactPurpose)
    )
    reason: str = attrs.field(validator=f.text(None))
    vin: str | None = attrs.field(default=None, validator=f.optional_text(KEY_LENGTH))
    kind: ContactKind | None = attrs.field(
        default=None,
        converter=_optional_contact_kind,
        validator=attrs.validators.optional(f.check_enum(ContactKind)),
    )
mutants_x__check_bank_account__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_bank_account__mutmut)
def _check_bank_account(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_orig(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_1(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_2(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = None
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_3(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if (isinstance(value, str)) and False else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_4(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if (isinstance(value, str)) or True else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_5(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(None, "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_6(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", None) if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_7(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace("") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_8(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", ) if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_9(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace("XX XX", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_10(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "XXXX") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_11(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else "XXXX"
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_12(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 and len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_13(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() and not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_14(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_15(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_16(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 9 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_17(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 < len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_18(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) < 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_19(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 31 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_20(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) >= ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_21(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = None
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_22(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(None)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x__check_bank_account__mutmut_23(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(None, field=attribute.name, value=value)


def x__check_bank_account__mutmut_24(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=None, value=value)


def x__check_bank_account__mutmut_25(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, value=None)


def x__check_bank_account__mutmut_26(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(field=attribute.name, value=value)


def x__check_bank_account__mutmut_27(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, value=value)


def x__check_bank_account__mutmut_28(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is None:
        return
    digits = value.replace(" ", "") if isinstance(value, str) else ""
    if not digits.isdigit() or not 8 <= len(digits) <= 30 or len(value) > ACCOUNT_LENGTH:  # type: ignore[arg-type]
        msg = (
            f"{attribute.name}: a bank account number has 8 to 30 digits "
            f"({ACCOUNT_LENGTH} characters with spaces), got {shown(value)}"
        )
        raise InvalidFormat(msg, field=attribute.name, )

mutants_x__check_bank_account__mutmut['_mutmut_orig'] = x__check_bank_account__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_1'] = x__check_bank_account__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_2'] = x__check_bank_account__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_3'] = x__check_bank_account__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_4'] = x__check_bank_account__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_5'] = x__check_bank_account__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_6'] = x__check_bank_account__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_7'] = x__check_bank_account__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_8'] = x__check_bank_account__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_9'] = x__check_bank_account__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_10'] = x__check_bank_account__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_11'] = x__check_bank_account__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_12'] = x__check_bank_account__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_13'] = x__check_bank_account__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_14'] = x__check_bank_account__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_15'] = x__check_bank_account__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_16'] = x__check_bank_account__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_17'] = x__check_bank_account__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_18'] = x__check_bank_account__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_19'] = x__check_bank_account__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_20'] = x__check_bank_account__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_21'] = x__check_bank_account__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_22'] = x__check_bank_account__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_23'] = x__check_bank_account__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_24'] = x__check_bank_account__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_25'] = x__check_bank_account__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_26'] = x__check_bank_account__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_27'] = x__check_bank_account__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_bank_account__mutmut['x__check_bank_account__mutmut_28'] = x__check_bank_account__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCustomerǁopted_out__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCustomerǁopt_out_for__mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Customer:
    """A customer's archive record (客户档案): owner basics and owner extended data.

    Attributes:
        number: The unique customer number (客户编号) assigned by the archive; empty
            until the archive assigns it.
        kind: Person or company.
        name: Name of the person or company.
        owner: The responsible owner of the archive (归属责任人), a staff id or name.
        resident_id: 18-character resident ID (persons), validated (GB 11643).
        uscc: Unified social credit code (companies), validated (GB 32100).
        mobile / phone / office_phone / fax: phone numbers, stored as E.164.
        tags: Free labels.
        categories: User-defined classification, dimension -> value.
        opt_outs: Purposes of contact the customer refused, each with its reason.
        version: Optimistic-locking version, maintained by the archive.

    ``repr`` shows the resident ID, tax number, phones and bank account with all but
    their last four characters starred, and addresses and contact values hidden, so
    that a record printed to a log or a traceback does not spill them; equality and
    every attribute keep the full values.

    Examples:
        >>> Customer(number="C000002", name="北京某某银行股份有限公司",
        ...          kind=CustomerKind.COMPANY, uscc="91110000802100433B").kind.label
        '单位'
        >>> text = repr(Customer(number="C1", name="王建国", mobile="13800138000",
        ...                      resident_id="11010519491231002X"))
        >>> "resident_id='**************002X'" in text, "mobile='**********8000'" in text
        (True, True)
    """

    number: str = attrs.field(default="", validator=f.text(KEY_LENGTH, allow_blank=True))
    name: str = attrs.field(default="", validator=f.text(NAME_LENGTH), kw_only=True)
    kind: CustomerKind = attrs.field(
        default=CustomerKind.PERSON,
        converter=_to_customer_kind,
        validator=f.check_enum(CustomerKind),
        kw_only=True,
    )
    gender: Gender = attrs.field(
        default=Gender.UNKNOWN,
        converter=_to_gender,
        validator=f.check_enum(Gender),
        kw_only=True,
    )
    birth_date: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    resident_id: str | None = attrs.field(
        default=None, converter=_resident_id_id, kw_only=True, repr=_repr_masked
    )
    uscc: str | None = attrs.field(default=None, converter=_uscc_id, kw_only=True)
    mobile: str | None = attrs.field(
        default=None, converter=_mobile_id, kw_only=True, repr=_repr_masked
    )
    phone: str | None = attrs.field(
        default=None, converter=_phone_id, kw_only=True, repr=_repr_masked
    )
    office_phone: str | None = attrs.field(
        default=None,
        converter=_office_phone_id,
        kw_only=True,
        repr=_repr_masked,
    )
    fax: str | None = attrs.field(default=None, converter=_fax_id, kw_only=True, repr=_repr_masked)
    email: str | None = attrs.field(
        default=None, validator=f.optional_text(EMAIL_LENGTH), kw_only=True
    )
    im_id: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    address: Address | None = attrs.field(default=None, kw_only=True)
    home_address: Address | None = attrs.field(default=None, kw_only=True)
    work_address: Address | None = attrs.field(default=None, kw_only=True)
    occupation: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    region: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    bank: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    bank_account: str | None = attrs.field(
        default=None, validator=_check_bank_account, kw_only=True, repr=_repr_masked
    )
    tax_number: str | None = attrs.field(
        default=None, validator=f.optional_text(ACCOUNT_LENGTH), kw_only=True, repr=_repr_masked
    )
    contacts: tuple[Contact, ...] = attrs.field(
        default=(),
        converter=_contacts_tuple,
        validator=f.check_members(Contact),
        kw_only=True,
    )
    owner: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    registered_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    reviewed_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    tags: frozenset[str] = attrs.field(
        default=frozenset(),
        converter=_tags_set,
        validator=f.text_members(NAME_LENGTH),
        kw_only=True,
    )
    categories: Mapping[str, str] = attrs.field(
        factory=dict,
        converter=_categories_mapping,
        hash=False,
        kw_only=True,
    )
    opt_outs: tuple[OptOut, ...] = attrs.field(
        default=(),
        converter=_opt_outs_tuple,
        validator=f.check_members(OptOut),
        kw_only=True,
    )
    anonymised: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    @_mutmut_mutated(mutants_xǁCustomerǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.kind is CustomerKind.COMPANY or self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.kind is not CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = None
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "XXresident_id: a company customer has a unified social credit code, XX"
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "RESIDENT_ID: A COMPANY CUSTOMER HAS A UNIFIED SOCIAL CREDIT CODE, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "XXnot a resident IDXX"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident id"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "NOT A RESIDENT ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(None, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_11(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field=None, value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_12(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=None)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_13(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_14(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_15(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", )
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_16(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="XXresident_idXX", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_17(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="RESIDENT_ID", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_18(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON or self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_19(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is not CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_20(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_21(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = None
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_22(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "XXuscc: a person has no unified social credit code; use kind=COMPANYXX"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_23(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=company"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_24(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "USCC: A PERSON HAS NO UNIFIED SOCIAL CREDIT CODE; USE KIND=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_25(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(None, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_26(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field=None, value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_27(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=None)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_28(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_29(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_30(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", )
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_31(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="XXusccXX", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_32(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="USCC", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_33(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None or ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_34(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None or self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_35(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_36(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_37(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(None) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_38(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) == self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_39(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = None
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_40(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(None)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_41(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(None, field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_42(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field=None, value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_43(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=None)

    def xǁCustomerǁ__attrs_post_init____mutmut_44(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(field="birth_date", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_45(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_46(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", )

    def xǁCustomerǁ__attrs_post_init____mutmut_47(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="XXbirth_dateXX", value=self.birth_date)

    def xǁCustomerǁ__attrs_post_init____mutmut_48(self) -> None:
        if self.kind is CustomerKind.COMPANY and self.resident_id is not None:
            msg = (
                "resident_id: a company customer has a unified social credit code, "
                "not a resident ID"
            )
            raise InvalidComponent(msg, field="resident_id", value=self.resident_id)
        if self.kind is CustomerKind.PERSON and self.uscc is not None:
            msg = "uscc: a person has no unified social credit code; use kind=COMPANY"
            raise InvalidComponent(msg, field="uscc", value=self.uscc)
        if (
            self.resident_id is not None
            and self.birth_date is not None
            and ric_id.birth_date(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="BIRTH_DATE", value=self.birth_date)

    @_mutmut_mutated(mutants_xǁCustomerǁopted_out__mutmut)
    def opted_out(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=vin, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_orig(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=vin, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_1(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(None, vin=vin, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_2(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=None, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_3(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=vin, kind=None) is not None

    def xǁCustomerǁopted_out__mutmut_4(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(vin=vin, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_5(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, kind=kind) is not None

    def xǁCustomerǁopted_out__mutmut_6(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=vin, ) is not None

    def xǁCustomerǁopted_out__mutmut_7(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> bool:
        """Return True if the customer refused ``purpose`` (for all vehicles or ``vin``).

        Without ``kind`` only opt-outs for every channel count. With ``kind`` (one
        channel, or the channels a list uses, e.g. the phone kinds of a call list) an
        opt-out for every channel or for one of those channels counts (SPEC §9b).

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("marketing", reason="不需要")])
            >>> c.opted_out(ContactPurpose.MARKETING), c.opted_out(ContactPurpose.REMINDERS)
            (True, False)
            >>> sms = Customer(number="C2", name="李四", opt_outs=[
            ...     OptOut("reminders", reason="不要打手机", kind="mobile")])
            >>> sms.opted_out(ContactPurpose.REMINDERS), sms.opted_out(
            ...     ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
            (False, True)
        """
        return self.opt_out_for(purpose, vin=vin, kind=kind) is None

    @_mutmut_mutated(mutants_xǁCustomerǁopt_out_for__mutmut)
    def opt_out_for(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_orig(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_1(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = None
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_2(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if (kind is None) and False
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_3(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if (kind is None) or True
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_4(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is not None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_5(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset(None)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_6(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if (isinstance(kind, ContactKind)) and False else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_7(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if (isinstance(kind, ContactKind)) or True else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_8(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds) or (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_9(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose or (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_10(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is not purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_11(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None and o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_12(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is not None or o.kind in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_13(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind not in kinds)
                and (o.vin is None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_14(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None and o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_15(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is not None or o.vin == vin)
            ):
                return o
        return None

    def xǁCustomerǁopt_out_for__mutmut_16(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see :meth:`opted_out`), or None.

        Examples:
            >>> c = Customer(number="C1", name="张三",
            ...              opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
            >>> c.opt_out_for(ContactPurpose.FOLLOW_UPS).reason
            '客户要求不再回访'
        """
        kinds: frozenset[ContactKind] = (
            frozenset()
            if kind is None
            else frozenset([kind] if isinstance(kind, ContactKind) else kind)
        )
        for o in self.opt_outs:
            if (
                o.purpose is purpose
                and (o.kind is None or o.kind in kinds)
                and (o.vin is None or o.vin != vin)
            ):
                return o
        return None

mutants_xǁCustomerǁ__attrs_post_init____mutmut['_mutmut_orig'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_1'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_2'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_3'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_4'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_5'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_6'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_7'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_8'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_9'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_10'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_11'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_12'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_13'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_14'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_15'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_16'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_17'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_18'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_19'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_20'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_21'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_22'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_23'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_24'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_25'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_26'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_27'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_28'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_29'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_30'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_31'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_32'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_33'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_34'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_35'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_36'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_37'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_38'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_39'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_40'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_41'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_42'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_43'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_44'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_45'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_46'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_47'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁCustomerǁ__attrs_post_init____mutmut['xǁCustomerǁ__attrs_post_init____mutmut_48'] = Customer.xǁCustomerǁ__attrs_post_init____mutmut_48 # type: ignore # mutmut generated

mutants_xǁCustomerǁopted_out__mutmut['_mutmut_orig'] = Customer.xǁCustomerǁopted_out__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_1'] = Customer.xǁCustomerǁopted_out__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_2'] = Customer.xǁCustomerǁopted_out__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_3'] = Customer.xǁCustomerǁopted_out__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_4'] = Customer.xǁCustomerǁopted_out__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_5'] = Customer.xǁCustomerǁopted_out__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_6'] = Customer.xǁCustomerǁopted_out__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCustomerǁopted_out__mutmut['xǁCustomerǁopted_out__mutmut_7'] = Customer.xǁCustomerǁopted_out__mutmut_7 # type: ignore # mutmut generated

mutants_xǁCustomerǁopt_out_for__mutmut['_mutmut_orig'] = Customer.xǁCustomerǁopt_out_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_1'] = Customer.xǁCustomerǁopt_out_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_2'] = Customer.xǁCustomerǁopt_out_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_3'] = Customer.xǁCustomerǁopt_out_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_4'] = Customer.xǁCustomerǁopt_out_for__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_5'] = Customer.xǁCustomerǁopt_out_for__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_6'] = Customer.xǁCustomerǁopt_out_for__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_7'] = Customer.xǁCustomerǁopt_out_for__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_8'] = Customer.xǁCustomerǁopt_out_for__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_9'] = Customer.xǁCustomerǁopt_out_for__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_10'] = Customer.xǁCustomerǁopt_out_for__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_11'] = Customer.xǁCustomerǁopt_out_for__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_12'] = Customer.xǁCustomerǁopt_out_for__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_13'] = Customer.xǁCustomerǁopt_out_for__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_14'] = Customer.xǁCustomerǁopt_out_for__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_15'] = Customer.xǁCustomerǁopt_out_for__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCustomerǁopt_out_for__mutmut['xǁCustomerǁopt_out_for__mutmut_16'] = Customer.xǁCustomerǁopt_out_for__mutmut_16 # type: ignore # mutmut generated
