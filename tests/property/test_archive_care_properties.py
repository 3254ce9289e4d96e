"""Invariants of archive care: redaction, anonymisation, duplicates, completeness."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import attrs
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import (
    Address,
    Complaint,
    Contact,
    Customer,
    CustomerKind,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules.access import (
    COMPLAINT_VISIBILITY,
    Role,
    Visibility,
    redact,
    redact_complaint,
    redact_work_order,
    visibility,
)
from autocrm.rules.anonymisation import PERSONAL_FIELDS, anonymise
from autocrm.rules.archive_completeness import completeness
from autocrm.rules.duplicates import find_duplicates
from autocrm.rules.handling_records import work_order_record
from autocrm.testing.strategies import (
    complaints,
    customers,
    mobile_phones,
    snapshots,
    vehicles,
    work_orders,
)

T = TypeVar("T")

_LANDLINES = st.integers(min_value=60000000, max_value=69999999).map(lambda n: f"010-{n}")
_ACCOUNTS = st.text("0123456789", min_size=12, max_size=19).map(lambda s: "6" + s)


@st.composite
def full_customers(draw: st.DrawFn) -> Customer:
    """Customers with every optional personal field possibly filled."""
    base = draw(customers())

    def maybe(strategy: st.SearchStrategy[T]) -> T | None:
        return draw(st.one_of(st.none(), strategy))

    address = st.builds(
        lambda n: Address(f"上海市浦东新区世纪大道{n}号", postcode="200120"),
        st.integers(min_value=1, max_value=999),
    )
    return attrs.evolve(
        base,
        phone=maybe(_LANDLINES),
        office_phone=maybe(_LANDLINES),
        fax=maybe(_LANDLINES),
        email=maybe(st.from_regex(r"[a-z]{1,8}@example\.com", fullmatch=True)),
        im_id=maybe(st.from_regex(r"[a-z][a-z0-9]{3,10}", fullmatch=True)),
        home_address=maybe(address),
        work_address=maybe(address),
        occupation=maybe(st.sampled_from(("教师", "司机", "工程师"))),
        bank=maybe(st.sampled_from(("中国工商银行", "招商银行"))),
        bank_account=maybe(_ACCOUNTS),
        tax_number=maybe(st.from_regex(r"[0-9A-Z]{15,20}", fullmatch=True)),
        contacts=draw(
            st.lists(mobile_phones().map(lambda m: Contact("mobile", m, label="家属")), max_size=2)
        ),
    )


@given(customer=full_customers(), role=st.sampled_from(Role))
def test_redaction_never_reveals_a_field_the_role_may_not_see(
    customer: Customer, role: Role
) -> None:
    view = redact(customer, role)
    for attribute in attrs.fields(Customer):
        name = attribute.name
        original = getattr(customer, name)
        seen = visibility(role, name, kind=customer.kind)
        if seen is Visibility.HIDDEN:
            assert name not in view.values
            assert name in view.hidden
            assert view.get(name) is None
        elif seen is Visibility.MASKED:
            assert name in view.masked
            shown = view[name]
            if original is None:
                assert shown is None
            else:
                assert shown != original
                assert "*" in str(shown)
                assert str(original) not in str(shown)
        else:
            assert view[name] == original
    assert view.masked.isdisjoint(view.hidden)


@given(customer=full_customers())
def test_customer_service_never_sees_a_whole_id_or_phone(customer: Customer) -> None:
    view = redact(customer, Role.CUSTOMER_SERVICE)
    # Judge each secret field by what is shown for that field: another field may hold
    # the same digits by chance (a credit code of zeros contains a bank account of zeros).
    for name in ("resident_id", "mobile", "bank_account"):
        secret = getattr(customer, name)
        if secret is None:
            continue
        shown = str(view.values.get(name, ""))
        assert secret not in shown
        assert secret.removeprefix("+86") not in shown


@given(customer=full_customers())
def test_anonymise_is_idempotent_and_removes_every_personal_field(customer: Customer) -> None:
    once = anonymise(customer)
    assert anonymise(once) == once
    assert once.anonymised is True
    assert once.name == f"匿名客户{customer.number}"
    for name in PERSONAL_FIELDS:
        value = getattr(once, name)
        if name == "name":
            continue
        if name == "birth_date":
            expected = None if customer.birth_date is None else date(customer.birth_date.year, 1, 1)
            assert value == expected
        else:
            assert value in (None, ()), name
    text = repr(once)
    for secret in (customer.resident_id, customer.mobile, customer.phone, customer.email):
        if secret is not None:
            assert secret not in text
    kept = ("number", "kind", "gender", "region", "owner", "tags", "categories", "opt_outs")
    # The kept fields are not the customer's personal data: the responsible owner is a
    # member of staff, who may share the customer's name.
    rest = repr([getattr(once, a.name) for a in attrs.fields(Customer) if a.name not in kept])
    if customer.name not in once.name:
        assert customer.name not in rest
    assert [getattr(once, n) for n in kept] == [getattr(customer, n) for n in kept]


@given(
    people=st.lists(customers(), max_size=8, unique_by=lambda c: c.number),
    cars=st.lists(vehicles(), max_size=6),
    data=st.data(),
)
def test_duplicates_do_not_depend_on_input_order(
    people: list[Customer], cars: list[Vehicle], data: st.DataObject
) -> None:
    # Share some mobiles and VINs so that groups exist.
    if len(people) > 1 and people[0].mobile:
        people[1] = attrs.evolve(people[1], mobile=people[0].mobile)
    if len(cars) > 1:
        cars[1] = attrs.evolve(cars[1], vin=cars[0].vin)
    groups = find_duplicates(people, cars)
    shuffled = find_duplicates(data.draw(st.permutations(people)), data.draw(st.permutations(cars)))
    assert groups == shuffled
    for group in groups:
        assert len(group.customer_numbers) >= 2
        assert list(group.customer_numbers) == sorted(set(group.customer_numbers))


@given(customer=customers(), cars=st.lists(vehicles(), max_size=3), data=st.data())
def test_completeness_adds_up(customer: Customer, cars: list[Vehicle], data: st.DataObject) -> None:
    own = [attrs.evolve(v, customer_number=customer.number) for v in cars]
    others = data.draw(st.lists(vehicles(customer_number=customer.number + "-X"), max_size=2))
    result = completeness(customer, own + others)
    assert 0.0 <= result.score <= 1.0
    assert result.total == sum(g.total for g in result.groups)
    for group in result.groups:
        assert group.filled + len(group.missing) == group.total
    owner_total = 15 if customer.kind is CustomerKind.PERSON else 14
    assert result.total == 18 * max(1, len(own)) + owner_total


@given(complaint=complaints(), role=st.sampled_from(Role))
def test_complaint_redaction_shows_exactly_what_the_table_allows(
    complaint: Complaint, role: Role
) -> None:
    view = redact_complaint(complaint, role)
    for attribute in attrs.fields(Complaint):
        name = attribute.name
        allowed = role is Role.ADMIN or COMPLAINT_VISIBILITY[role][name] is Visibility.FULL
        if allowed:
            assert view[name] == getattr(complaint, name)
        else:
            assert name in view.hidden
            assert name not in view
    if role is Role.SALES:
        assert {"description", "handling", "remedies", "result"} <= view.hidden


@given(order=work_orders(), role=st.sampled_from(Role))
def test_work_order_redaction_never_shows_a_hidden_field(order: WorkOrder, role: Role) -> None:
    view = redact_work_order(order, role)
    shown = set(view.values)
    assert shown | view.hidden == {a.name for a in attrs.fields(WorkOrder)}
    assert not shown & view.hidden
    assert all(view[name] == getattr(order, name) for name in shown)


@given(snapshot=snapshots(), data=st.data())
def test_work_order_record_holds_only_its_own_records(
    snapshot: Snapshot, data: st.DataObject
) -> None:
    if not snapshot.work_orders:
        return
    order = data.draw(st.sampled_from(snapshot.work_orders))
    record = work_order_record(snapshot, order.number)
    assert record.work_order == order
    assert all(c.work_order_number == order.number for c in record.complaints)
    if record.customer is not None:
        assert record.customer.number == order.customer_number
    if record.vehicle is not None:
        assert record.vehicle.vin == order.vin
