"""Customers (客户) and their contacts: owner basics and owner extended data.

What a customer's file holds is listed under [the archive][sources-archive-fields].

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


def _categories_mapping(value: object) -> Mapping[str, str]:
    return f.frozen_mapping("categories", value)


def _tags_set(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def _contacts_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("contacts", value)


def _opt_outs_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("opt_outs", value)


def _to_contact_kind(value: object) -> ContactKind:
    return f.as_enum(ContactKind, value)


def _to_contact_purpose(value: object) -> ContactPurpose:
    return f.as_enum(ContactPurpose, value)


def _optional_contact_kind(value: object) -> ContactKind | None:
    return f.optional_enum(ContactKind, value)


def _to_customer_kind(value: object) -> CustomerKind:
    return f.as_enum(CustomerKind, value)


def _to_gender(value: object) -> Gender:
    return f.as_enum(Gender, value)


def _resident_id_id(value: object) -> str | None:
    return f.optional_identifier(ric_id.validate, "resident_id", value)


def _uscc_id(value: object) -> str | None:
    return f.optional_identifier(uscc_id.validate, "uscc", value)


def _mobile_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "mobile", value)


def _phone_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "phone", value)


def _office_phone_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "office_phone", value)


def _fax_id(value: object) -> str | None:
    return f.optional_identifier(phone_id.validate, "fax", value)


def _born(resident_id: str) -> date:
    # The birth date of a resident ID its converter validated (so a real date, as
    # ric_id.birth_date would read it), without validating the number a second time.
    return date(int(resident_id[6:10]), int(resident_id[10:12]), int(resident_id[12:14]))


def _repr_masked(value: object) -> str:
    # repr() ends up in logs and tracebacks: identifiers keep only their last 4 characters.
    if not isinstance(value, str):
        return repr(value)
    tail = value[-4:] if len(value) > 8 else ""
    return repr("*" * (len(value) - len(tail)) + tail)


def _repr_hidden(value: object) -> str:
    return repr(value) if value is None else "'***'"


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
    """The channel of a [`Contact`][autocrm.domain.customer.Contact].

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
    """What a shop contacts a customer for; opt-outs are per purpose.

    See [opt-outs][sources-expectations-opt-outs].

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


def _check_postcode(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or len(value) != 6 or not value.isdigit()):
        msg = f"{attribute.name}: a Chinese postcode has 6 digits, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


@attrs.frozen
class Address:
    """A postal address with its postcode (邮编).

    Examples:
        >>> Address("北京市朝阳区建国路88号", postcode="100022").postcode
        '100022'
    """

    text: str = attrs.field(validator=f.text(None), repr=_repr_hidden)
    postcode: str | None = attrs.field(default=None, validator=_check_postcode)


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

    def __attrs_post_init__(self) -> None:
        _normalise_contact(self)


@attrs.frozen
class OptOut:
    """A customer's refusal of one purpose of contact, always with a reason.

    See [opt-outs][sources-expectations-opt-outs].

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
        anonymised: The personal data were erased on request (PIPL).
        merged_into: The number of the customer this duplicate was merged into, or
            None: a MERGED record keeps its own data (so that the merge can be
            undone) while the archive resolves its number to the survivor (see the
            guide page "Merging duplicate customers").
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
    merged_into: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.merged_into is not None and self.merged_into == self.number:
            msg = f"merged_into: customer {self.number} cannot be merged into itself"
            raise InvalidComponent(msg, field="merged_into", value=self.merged_into)
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
            and _born(self.resident_id) != self.birth_date
        ):
            msg = (
                f"birth_date: {self.birth_date} does not match the birth date "
                f"{ric_id.birth_date(self.resident_id)} in the resident ID"
            )
            raise InvalidComponent(msg, field="birth_date", value=self.birth_date)

    @property
    def merged(self) -> bool:
        """True for a duplicate merged into another customer (its record is MERGED).

        Examples:
            >>> Customer(number="C000002", name="王建国", merged_into="C000001").merged
            True
            >>> Customer(number="C000001", name="王建国").merged
            False
        """
        return self.merged_into is not None

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
        opt-out for every channel or for one of those channels counts (see
        [opt-outs][sources-expectations-opt-outs]).

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

    def opt_out_for(
        self,
        purpose: ContactPurpose,
        *,
        vin: str | None = None,
        kind: ContactKind | Collection[ContactKind] | None = None,
    ) -> OptOut | None:
        """Return the first opt-out that applies (see
        [`opted_out`][autocrm.domain.customer.Customer.opted_out]), or None.

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
