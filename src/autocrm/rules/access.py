"""Access by role: what sales, after-sales and customer service may see of a record.

[Archive care][sources-archive] gives each role the fields its work needs: sales
reaches and invoices buyers, after-sales calls the owner and settles the bill,
customer service calls through a dialler and sees identity numbers masked. A
redacted view is a read-only mapping of what the role may see.

Examples:
    >>> from autocrm.domain import Customer
    >>> c = Customer(number="C000001", name="王建国", mobile="13800138000",
    ...              resident_id="11010519491231002X")
    >>> view = redact(c, Role.CUSTOMER_SERVICE)
    >>> view["resident_id"], view["mobile"]
    ('1101**********002X', '+86 138****8000')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Contact, ContactKind, Customer, CustomerKind
from autocrm.domain.identifiers import phone as phone_id
from autocrm.domain.identifiers import ric as ric_id
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.work_order import WorkOrder
from autocrm.rules._visits import checked

__all__ = [
    "COMPLAINT_VISIBILITY",
    "VISIBILITY",
    "WORK_ORDER_VISIBILITY",
    "RedactedComplaint",
    "RedactedCustomer",
    "RedactedWorkOrder",
    "Role",
    "Visibility",
    "redact",
    "redact_complaint",
    "redact_work_order",
    "visibility",
]


class Role(LabelledEnum):
    """Who looks at the archive (access by role, see [archive care][sources-archive]).

    Examples:
        >>> from autocrm.rules.access import Role
        >>> Role.SALES.value, Role.SALES.label
        ('sales', '销售')
        >>> Role.from_label('销售') is Role.SALES
        True
    """

    SALES = ("sales", "销售")
    AFTER_SALES = ("after_sales", "售后")
    CUSTOMER_SERVICE = ("customer_service", "客服")
    ADMIN = ("admin", "管理员")


class Visibility(LabelledEnum):
    """How a role sees a field.

    Examples:
        >>> from autocrm.rules.access import Visibility
        >>> Visibility.FULL.value, Visibility.FULL.label
        ('full', '可见')
        >>> Visibility.from_label('可见') is Visibility.FULL
        True
    """

    FULL = ("full", "可见")
    MASKED = ("masked", "脱敏")
    HIDDEN = ("hidden", "不可见")


def _keep_ends(value: str, head: int, tail: int) -> str:
    def last(count: int) -> str:
        return value[len(value) - count :] if count > 0 else ""

    if len(value) - head - tail < 4:  # too short to show both ends: keep only the tail
        tail = max(0, min(tail, len(value) - 4))
        return "*" * (len(value) - tail) + last(tail)
    return value[:head] + "*" * (len(value) - head - tail) + last(tail)


def _mask_name(value: str) -> str:
    return value[:1] + "*" * max(1, len(value) - 1)


def _mask_resident_id(value: str) -> str:
    try:
        return ric_id.mask(value)
    except ValueError:
        return _keep_ends(value, 4, 4)


def _mask_phone(value: str) -> str:
    try:
        return phone_id.mask(value)
    except ValueError:
        return _keep_ends(value, 0, 4)


def _mask_email(value: str) -> str:
    local, at, domain = value.partition("@")
    return f"{local[:1]}***{at}{domain}" if at else _mask_name(value)


def _mask_digits(value: str) -> str:
    return _keep_ends(value.replace(" ", ""), 4, 4)


def _mask_birth_date(value: date) -> str:
    return f"{value.year:04d}-**-**"


_MASKERS: Mapping[str, Callable[[Any], object]] = MappingProxyType(
    {
        "name": _mask_name,
        "birth_date": _mask_birth_date,
        "resident_id": _mask_resident_id,
        "uscc": _mask_digits,
        "mobile": _mask_phone,
        "phone": _mask_phone,
        "office_phone": _mask_phone,
        "fax": _mask_phone,
        "email": _mask_email,
        "im_id": _mask_name,
        "bank_account": _mask_digits,
        "tax_number": _mask_digits,
    }
)

_F, _M, _H = Visibility.FULL, Visibility.MASKED, Visibility.HIDDEN
# One row per Customer field: (sales, after-sales, customer service); the
# administrator sees everything. Why: sales needs to reach and invoice buyers;
# after-sales calls the owner, fetches the car and settles the bill (bank), but
# has no use for the ID number or birthday; customer service calls (through the
# dialler, seeing masked numbers) and makes birthday care calls, and
# sees ID number and bank account masked.
_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("kind", _F, _F, _F),
    ("name", _F, _F, _F),
    ("gender", _F, _F, _F),
    ("birth_date", _F, _H, _F),
    ("resident_id", _M, _H, _M),
    ("uscc", _F, _F, _F),
    ("mobile", _F, _F, _M),
    ("phone", _F, _F, _M),
    ("office_phone", _F, _F, _M),
    ("fax", _F, _F, _M),
    ("email", _F, _H, _M),
    ("im_id", _F, _H, _M),
    ("address", _F, _F, _H),
    ("home_address", _F, _F, _H),
    ("work_address", _F, _F, _H),
    ("occupation", _F, _H, _F),
    ("region", _F, _F, _F),
    ("bank", _H, _F, _F),
    ("bank_account", _H, _M, _M),
    ("tax_number", _F, _F, _H),
    ("contacts", _F, _F, _H),
    ("owner", _F, _F, _F),
    ("registered_on", _F, _F, _F),
    ("reviewed_on", _F, _F, _F),
    ("tags", _F, _F, _F),
    ("categories", _F, _F, _F),
    ("opt_outs", _F, _F, _F),
    ("anonymised", _F, _F, _F),
    ("merged_into", _F, _F, _F),
    ("version", _F, _F, _F),
)

#: Role -> Customer field -> [`Visibility`][autocrm.rules.access.Visibility]. A field missing from a
#: role's row (one added to Customer later) is hidden from every role but ADMIN.
VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = MappingProxyType(
    {
        Role.SALES: MappingProxyType({row[0]: row[1] for row in _ROWS}),
        Role.AFTER_SALES: MappingProxyType({row[0]: row[2] for row in _ROWS}),
        Role.CUSTOMER_SERVICE: MappingProxyType({row[0]: row[3] for row in _ROWS}),
        Role.ADMIN: MappingProxyType({row[0]: _F for row in _ROWS}),
    }
)


def _as_role(role: object) -> Role:
    return Role.member(role, field="role", list_values=True)


#: Strictness order of [`Visibility`][autocrm.rules.access.Visibility]: a field seen two ways is
#: seen the stricter way.
_STRICTNESS: Mapping[Visibility, int] = MappingProxyType(
    {Visibility.FULL: 0, Visibility.MASKED: 1, Visibility.HIDDEN: 2}
)


def visibility(role: Role, field: str, *, kind: CustomerKind | None = None) -> Visibility:
    """Return how ``role`` sees the Customer field ``field``.

    A person's tax number is their resident ID (a company's is its credit code), so
    for ``kind=CustomerKind.PERSON`` the tax number is seen as the resident ID is
    whenever that is stricter than the tax number's own row: masked for sales,
    hidden from after-sales.

    Args:
        role: The viewer's role (a [`Role`][autocrm.rules.access.Role], its value or its label).
        field: A Customer attribute name.
        kind: The kind of customer the field belongs to, if known.

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> visibility(Role.CUSTOMER_SERVICE, "resident_id").label
        '脱敏'
        >>> visibility(Role.ADMIN, "some_future_field").value, visibility("销售", "x").value
        ('full', 'hidden')
        >>> visibility(Role.SALES, "tax_number").value
        'full'
        >>> visibility(Role.SALES, "tax_number", kind=CustomerKind.PERSON).value
        'masked'
    """
    who = _as_role(role)
    checked(field, str, "field")
    if who is Role.ADMIN:
        return Visibility.FULL
    seen = VISIBILITY[who].get(field, Visibility.HIDDEN)
    if field == "tax_number" and kind is CustomerKind.PERSON:
        as_id = VISIBILITY[who].get("resident_id", Visibility.HIDDEN)
        seen = max(seen, as_id, key=_STRICTNESS.__getitem__)
    return seen


class _RecordView:
    """Mapping-like access shared by the redacted views of customers, complaints and work orders."""

    number: str
    role: Role
    values: Mapping[str, object]
    hidden: frozenset[str]

    def __getitem__(self, field: str) -> object:
        if field in self.hidden:
            msg = f"{field} is hidden from the {self.role.value} role"
            raise KeyError(msg)
        return self.values[field]

    def __contains__(self, field: object) -> bool:
        return field in self.values

    def get(self, field: str, default: object = None) -> object:
        """Return the shown value of ``field``, or ``default`` if it is hidden."""
        return self.values.get(field, default)


@attrs.frozen(kw_only=True)
class RedactedCustomer(_RecordView):
    """What one role may see of a customer: a read-only view, not a Customer.

    Masked values (``'1101**********002X'``) are no longer valid identifiers, so
    the view is a mapping of field name to shown value rather than a Customer
    (which would refuse them). Hidden fields are absent.

    Attributes:
        number: The customer number.
        role: The role the view was made for.
        values: Field name -> value shown (full or masked).
        masked: Fields shown masked.
        hidden: Fields left out.

    Examples:
        >>> from autocrm.domain import Customer
        >>> view = redact(Customer(number="C1", name="张三", bank_account="6222020200112233445"),
        ...               Role.SALES)
        >>> "bank_account" in view, view.get("bank_account"), view["name"]
        (False, None, '张三')
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    masked: frozenset[str]
    hidden: frozenset[str]


#: The Customer field whose visibility a contact of each kind follows.
_CONTACT_FIELDS: Mapping[ContactKind, str] = MappingProxyType(
    {
        ContactKind.MOBILE: "mobile",
        ContactKind.PHONE: "phone",
        ContactKind.OFFICE_PHONE: "office_phone",
        ContactKind.FAX: "fax",
        ContactKind.EMAIL: "email",
        ContactKind.IM: "im_id",
        ContactKind.OTHER: "contacts",
    }
)


def _visible_contacts(contacts: tuple[Contact, ...], who: Role) -> tuple[Contact, ...]:
    # An e-mail kept among the other contacts is still an e-mail: a role that may not
    # see the customer's e-mail (or sees it only masked) does not get it from there.
    return tuple(c for c in contacts if visibility(who, _CONTACT_FIELDS[c.kind]) is Visibility.FULL)


def _masker(field: str, kind: CustomerKind) -> Callable[[Any], object]:
    if field == "tax_number" and kind is CustomerKind.PERSON:
        return _mask_resident_id  # a person's tax number is the resident ID: mask it as one
    return _MASKERS[field]


def redact(customer: Customer, role: Role) -> RedactedCustomer:
    """Return what ``role`` may see of ``customer`` ([access by role][sources-archive]).

    Each field is shown in full, masked or hidden as `VISIBILITY` says; a
    person's tax number, which is their resident ID, is shown no more than the
    resident ID is (see [`visibility`][autocrm.rules.access.visibility]) and masked like it. Among
    the other contacts, a role sees only those whose kind it sees in full (after-sales gets no
    e-mail or IM contact); ``contacts`` is then listed in ``masked``.
    Masks keep just enough to recognise the value: resident ID ``1101**********002X``,
    phone ``+86 138****8000``, bank account ``6222***********3445``, name ``王**``,
    e-mail ``w***@example.com``, birth date ``1949-**-**``.

    Args:
        customer: The customer; not changed.
        role: The viewer's role (a [`Role`][autocrm.rules.access.Role], its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from autocrm.domain import Customer
        >>> c = Customer(number="C000001", name="王建国", mobile="13800138000",
        ...              resident_id="11010519491231002X", bank_account="6222020200112233445")
        >>> cs = redact(c, Role.CUSTOMER_SERVICE)
        >>> cs["resident_id"], cs["mobile"], cs["bank_account"]
        ('1101**********002X', '+86 138****8000', '6222***********3445')
        >>> redact(c, "售后").get("resident_id") is None
        True
    """
    checked(customer, Customer, "customer")
    who = _as_role(role)
    values: dict[str, object] = {}
    masked: set[str] = set()
    hidden: set[str] = set()
    for attribute in attrs.fields(Customer):
        name = attribute.name
        value = getattr(customer, name)
        seen = visibility(who, name, kind=customer.kind)
        if seen is Visibility.MASKED and name not in _MASKERS:
            seen = Visibility.HIDDEN  # no way to mask it: never show it in full
        if seen is Visibility.HIDDEN:
            hidden.add(name)
        elif seen is Visibility.MASKED:
            masked.add(name)
            values[name] = None if value is None else _masker(name, customer.kind)(value)
        elif name == "contacts":
            shown = _visible_contacts(customer.contacts, who)
            if shown != customer.contacts:
                masked.add(name)
            values[name] = shown
        else:
            values[name] = value
    return RedactedCustomer(
        number=customer.number,
        role=who,
        values=MappingProxyType(values),
        masked=frozenset(masked),
        hidden=frozenset(hidden),
    )


# --------------------------------------------------------------------------- records by role

# Complaint fields by role: (sales, after-sales, customer service); the administrator
# sees everything. Sales does not see complaint details. Sales may
# know that a customer has a complaint, how serious it is, where it stands and when
# (so as not to push a sale on an angry customer), but not what was said, who handled
# it, what was given nor how it ended: those serve after-sales, which fixes the
# problem, and customer service, which records it and feeds the result back.
_COMPLAINT_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("customer_number", _F, _F, _F),
    ("received_at", _F, _F, _F),
    ("level", _F, _F, _F),
    ("status", _F, _F, _F),
    ("vin", _F, _F, _F),
    ("work_order_number", _F, _F, _F),
    ("cause", _H, _F, _F),
    ("topic", _H, _F, _F),
    ("description", _H, _F, _F),
    ("handler", _H, _F, _F),
    ("departments", _H, _F, _F),
    ("handling", _H, _F, _F),
    ("remedies", _H, _F, _F),
    ("callback_promised_at", _F, _F, _F),
    ("callback_done_at", _F, _F, _F),
    ("resolved_at", _F, _F, _F),
    ("closed_at", _F, _F, _F),
    ("satisfaction", _H, _F, _F),
    ("result", _H, _F, _F),
    ("version", _F, _F, _F),
)

# Work-order fields by role. Sales sees the visit history (dates, service types,
# mileage: what a trade-in or a new-car offer rests on) but not the charged lines,
# who paid them (insurance and warranty claims) or the workshop's notes; after-sales
# and customer service see everything (customer service analyses follow-up problems
# by job position, so it needs the technician).
_WORK_ORDER_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("customer_number", _F, _F, _F),
    ("vin", _F, _F, _F),
    ("opened_at", _F, _F, _F),
    ("closed_at", _F, _F, _F),
    ("service_types", _F, _F, _F),
    ("mileage_km", _F, _F, _F),
    ("lines", _H, _F, _F),
    ("service_advisor", _F, _F, _F),
    ("technician", _H, _F, _F),
    ("appointment_number", _F, _F, _F),
    ("remarks", _H, _F, _F),
    ("version", _F, _F, _F),
)


def _table(
    rows: tuple[tuple[str, Visibility, Visibility, Visibility], ...],
) -> Mapping[Role, Mapping[str, Visibility]]:
    return MappingProxyType(
        {
            Role.SALES: MappingProxyType({row[0]: row[1] for row in rows}),
            Role.AFTER_SALES: MappingProxyType({row[0]: row[2] for row in rows}),
            Role.CUSTOMER_SERVICE: MappingProxyType({row[0]: row[3] for row in rows}),
            Role.ADMIN: MappingProxyType({row[0]: _F for row in rows}),
        }
    )


#: Role -> Complaint field -> [`Visibility`][autocrm.rules.access.Visibility] (only FULL or HIDDEN:
#: nothing of a complaint is masked). A field missing from the table is hidden from all but ADMIN.
COMPLAINT_VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = _table(_COMPLAINT_ROWS)

#: Role -> WorkOrder field -> [`Visibility`][autocrm.rules.access.Visibility], like
#: `COMPLAINT_VISIBILITY`.
WORK_ORDER_VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = _table(_WORK_ORDER_ROWS)


@attrs.frozen(kw_only=True)
class RedactedComplaint(_RecordView):
    """What one role may see of a complaint: a read-only view (hidden fields absent).

    Attributes:
        number: The complaint number.
        role: The role the view was made for.
        values: Field name -> value shown.
        hidden: Fields left out.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...               received_at=datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ),
        ...               description="保养后异响")
        >>> view = redact_complaint(c, Role.SALES)
        >>> view["level"].label, "description" in view, view.get("description")
        ('二级', False, None)
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    hidden: frozenset[str]


@attrs.frozen(kw_only=True)
class RedactedWorkOrder(_RecordView):
    """What one role may see of a work order: a read-only view (hidden fields absent).

    Attributes:
        number: The work-order number.
        role: The role the view was made for.
        values: Field name -> value shown.
        hidden: Fields left out.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
        >>> wo = WorkOrder(number="WO20251009001", customer_number="C000001",
        ...                vin="LFV2A21K3D3109826", service_types=["保养"], mileage_km=15_200,
        ...                opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        ...                lines=[WorkOrderLine("机油机滤更换", "420.00")])
        >>> view = redact_work_order(wo, "销售")
        >>> view["mileage_km"], "lines" in view
        (15200, False)
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    hidden: frozenset[str]


def _split(
    record: Complaint | WorkOrder, table: Mapping[Role, Mapping[str, Visibility]], who: Role
) -> tuple[Mapping[str, object], frozenset[str]]:
    values: dict[str, object] = {}
    hidden: set[str] = set()
    for attribute in attrs.fields(type(record)):
        name = attribute.name
        # MASKED is never used in these tables; anything not FULL is left out.
        if who is Role.ADMIN or table[who].get(name, Visibility.HIDDEN) is Visibility.FULL:
            values[name] = getattr(record, name)
        else:
            hidden.add(name)
    return MappingProxyType(values), frozenset(hidden)


def redact_complaint(complaint: Complaint, role: Role | str) -> RedactedComplaint:
    """Return what ``role`` may see of a complaint (sales sees no details).

    Sales sees the complaint's number, customer, vehicle, work order, level,
    status and dates (received, call-back promised and made, resolved, closed);
    its cause, topic, description, handler, departments, handling steps,
    remedies, satisfaction score and result are hidden. After-sales, customer
    service and the administrator see everything (`COMPLAINT_VISIBILITY`).

    Args:
        complaint: The complaint; not changed.
        role: The viewer's role (a [`Role`][autocrm.rules.access.Role], its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Remedy
        >>> c = Complaint(number="TS2025001", customer_number="C000001",
        ...               received_at=datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ),
        ...               description="保养后异响", remedies=[Remedy("apology")])
        >>> sorted(redact_complaint(c, "sales").hidden)[:3]
        ['cause', 'departments', 'description']
        >>> redact_complaint(c, Role.CUSTOMER_SERVICE)["description"]
        '保养后异响'
    """
    checked(complaint, Complaint, "complaint")
    who = _as_role(role)
    values, hidden = _split(complaint, COMPLAINT_VISIBILITY, who)
    return RedactedComplaint(number=complaint.number, role=who, values=values, hidden=hidden)


def redact_work_order(work_order: WorkOrder, role: Role | str) -> RedactedWorkOrder:
    """Return what ``role`` may see of a work order.

    Sales sees the visit (dates, service types, mileage, service advisor,
    appointment) but not the charged lines and their payers, the technician or
    the remarks; the other roles see everything (`WORK_ORDER_VISIBILITY`).

    Args:
        work_order: The work order; not changed.
        role: The viewer's role (a [`Role`][autocrm.rules.access.Role], its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder
        >>> wo = WorkOrder(number="WO1", customer_number="C000001", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                service_types=["小修"], technician="张师傅")
        >>> sorted(redact_work_order(wo, Role.SALES).hidden)
        ['lines', 'remarks', 'technician']
        >>> redact_work_order(wo, Role.AFTER_SALES)["technician"]
        '张师傅'
    """
    checked(work_order, WorkOrder, "work_order")
    who = _as_role(role)
    values, hidden = _split(work_order, WORK_ORDER_VISIBILITY, who)
    return RedactedWorkOrder(number=work_order.number, role=who, values=values, hidden=hidden)
