"""Named cases for autocrm.rules.contact: the shared contact-pressure rule (SPEC §9b)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    CallOutcome,
    ContactKind,
    ContactPurpose,
    Customer,
    FollowUp,
    OptOut,
    Snapshot,
)
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.contact import (
    ContactHistory,
    ContactPressure,
    PressureKind,
    PressureWording,
    contact_pressure,
)

VIN = "LFV2A21K3D3109826"
OTHER_VIN = "1HGCM82633A004352"


def wang(*opt_outs: OptOut, **kwargs: object) -> Customer:
    return Customer(number="C000001", name="王建国", mobile="13800138000",
                    opt_outs=opt_outs, **kwargs)  # type: ignore[arg-type]  # fmt: skip


def called(day: date, outcome: str = "completed", work_order: str = "WO1") -> FollowUp:
    return FollowUp(
        number=f"{work_order}-3DC", kind="3dc", customer_number="C000001",
        work_order_number=work_order, earliest=day, due=day, latest=day,
        attempts=[CallAttempt(datetime(day.year, day.month, day.day, 10, tzinfo=CHINA_TZ),
                              outcome)],
    )  # fmt: skip


def ask(records: object, on: date = date(2025, 11, 6), **kwargs: object) -> object:
    options: dict[str, object] = {"cooldown_days": 7, "purpose": "follow_ups", **kwargs}
    return contact_pressure("C000001", records, as_of=on, **options)  # type: ignore[arg-type]


def test_no_records_no_pressure() -> None:
    assert ask([]) is None
    assert ask(Snapshot()) is None


def test_opt_out_comes_first_and_carries_its_reason() -> None:
    opted = wang(OptOut("follow_ups", reason="客户要求不再回访"))
    booked = Appointment(number="YY1", customer_number="C000001", kind="passive",
                         booked_at=datetime(2025, 11, 1, 9, tzinfo=CHINA_TZ),
                         slot=datetime(2025, 11, 8, 9, tzinfo=CHINA_TZ))  # fmt: skip
    found = ask([opted, booked, called(date(2025, 11, 5))])
    assert found.kind is PressureKind.OPTED_OUT  # type: ignore[attr-defined]
    assert found.reason == "opted out of 回访 calls: 客户要求不再回访"  # type: ignore[attr-defined]
    booked_only = ask([wang(), booked])
    assert booked_only.kind is PressureKind.BOOKED  # type: ignore[attr-defined]
    assert booked_only.on == date(2025, 11, 8)  # type: ignore[attr-defined]


def test_opt_outs_per_vehicle_and_per_channel() -> None:
    other_car = wang(OptOut("follow_ups", reason="卖车了", vin=OTHER_VIN))
    assert ask([other_car], vin=VIN) is None
    assert ask([other_car], vin=OTHER_VIN) is not None
    for kind in (ContactKind.MOBILE, ContactKind.PHONE, ContactKind.OFFICE_PHONE):
        assert ask([wang(OptOut("follow_ups", reason="不接电话", kind=kind))]) is not None
    for kind in (ContactKind.EMAIL, ContactKind.IM):
        assert ask([wang(OptOut("follow_ups", reason="不要消息", kind=kind))]) is None


def test_customer_opted_out_by_channel() -> None:
    mobile = wang(OptOut("reminders", reason="不要打手机", kind="mobile"))
    # Without a channel only an every-channel opt-out counts (unchanged behaviour).
    assert not mobile.opted_out(ContactPurpose.REMINDERS)
    assert mobile.opted_out(ContactPurpose.REMINDERS, kind=ContactKind.MOBILE)
    assert mobile.opted_out(ContactPurpose.REMINDERS, kind={ContactKind.PHONE, ContactKind.MOBILE})
    assert not mobile.opted_out(ContactPurpose.REMINDERS, kind=ContactKind.EMAIL)
    everywhere = wang(OptOut("reminders", reason="勿扰"))
    assert everywhere.opted_out(ContactPurpose.REMINDERS, kind=ContactKind.EMAIL)


def test_cooldown_counts_days_and_ignores_the_same_work_order_and_wrong_numbers() -> None:
    call = called(date(2025, 11, 4))
    assert ask([call]).kind is PressureKind.CONTACTED  # type: ignore[attr-defined]
    assert ask([call], on=date(2025, 11, 10)) is not None  # 6 days later
    assert ask([call], on=date(2025, 11, 11)) is None  # 7 days later
    assert ask([call], on=date(2025, 11, 3)) is None  # a call after as_of is not known yet
    assert ask([call], work_order_number="WO1") is None
    assert ask([call], work_order_number="WO2") is not None
    assert ask([call], cooldown_days=0) is None
    assert ask([called(date(2025, 11, 4), "wrong_number")]) is None
    assert ask([called(date(2025, 11, 4), "busy")]) is not None


def test_anonymised_customer_is_never_contacted() -> None:
    found = ask([wang(anonymised=True)])
    assert found.kind is PressureKind.ANONYMISED  # type: ignore[attr-defined]


def test_history_refuses_records_of_another_kind() -> None:
    with pytest.raises(InvalidFormat) as info:
        ContactHistory.of([wang(), "C000001"])  # type: ignore[list-item]
    assert info.value.field == "records"
    with pytest.raises(InvalidFormat):
        ContactHistory.of(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2025-11-06", datetime(2025, 11, 6, 9), None, 20251106])
def test_as_date_refuses_non_dates_and_naive_datetimes(bad: object) -> None:
    with pytest.raises(InvalidFormat) as info:
        as_date(bad, field="as_of")
    assert info.value.field == "as_of"
    with pytest.raises(InvalidFormat):
        ask([], on=bad)  # type: ignore[arg-type]


def test_merged_customer_is_never_contacted() -> None:
    # C000001 was merged into C000009: the survivor is called, the MERGED record never.
    found = ask([wang(OptOut("marketing", reason="不要活动"), merged_into="C000009")])
    assert found.kind is PressureKind.MERGED  # type: ignore[attr-defined]
    assert found.kind.label == "已合并"  # type: ignore[attr-defined]
    assert found.evidence == "C000009"  # type: ignore[attr-defined]
    assert "merged into C000009" in found.reason  # type: ignore[attr-defined]
    # Anonymised comes first, as before.
    both = ask([wang(merged_into="C000009", anonymised=True)])
    assert both.kind is PressureKind.ANONYMISED  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"cooldown_days": True}, "cooldown_days"),
        ({"cooldown_days": 7.0}, "cooldown_days"),
        ({"on": datetime(2025, 11, 4, 9, 30)}, "on"),
    ],
)
def test_a_recent_call_pressure_refuses_a_bool_cooldown_and_a_moment(
    arguments: dict[str, object], field: str
) -> None:
    given: dict[str, object] = {
        "on": date(2025, 11, 4),
        "outcome": CallOutcome.COMPLETED,
        "followup_number": "WO1-3DC",
        "cooldown_days": 7,
        **arguments,
    }
    with pytest.raises(InvalidFormat) as refused:
        ContactPressure.contacted("C000001", **given)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_booking_pressure_refuses_a_moment_for_its_day() -> None:
    with pytest.raises(InvalidFormat) as refused:
        ContactPressure.booked("C000001", "YY20251020001", datetime(2025, 10, 20, 9, 0))
    assert refused.value.field == "slot_on"
    booked = ContactPressure.booked("C000001", "YY20251020001", date(2025, 10, 20))
    assert booked.on == date(2025, 10, 20)


@pytest.mark.parametrize("cooldown", [1, 7, 30])
def test_a_list_wording_words_bookings_and_calls_as_the_checked_builders(cooldown: int) -> None:
    wording = PressureWording(cooldown)
    slot = date(2025, 10, 20)
    assert wording.booked("C000001", "YY20251020001", slot) == ContactPressure.booked(
        "C000001", "YY20251020001", slot
    )
    on, outcome = date(2025, 11, 4), CallOutcome.NO_ANSWER
    worded = wording.contacted("C000001", on=on, outcome=outcome, followup_number="WO1-3DC")
    assert worded == ContactPressure.contacted(
        "C000001", on=on, outcome=outcome, followup_number="WO1-3DC", cooldown_days=cooldown
    )
    assert (
        worded.reason
        == f"contacted on 2025-11-04 (无人接听, follow-up WO1-3DC), within {cooldown} days"
    )


@pytest.mark.parametrize(
    ("cooldown", "error"),
    [(True, InvalidFormat), (7.0, InvalidFormat), ("7", InvalidFormat),
     (-1, InvalidComponent), (3_660_000, InvalidComponent)],
)  # fmt: skip
def test_a_list_wording_checks_its_cooldown_once_when_made(
    cooldown: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as refused:
        PressureWording(cooldown)  # type: ignore[arg-type]
    assert refused.value.field == "cooldown_days"  # type: ignore[attr-defined]


def test_a_list_wording_without_a_cooldown_words_bookings_but_no_call() -> None:
    wording = PressureWording(0)
    assert wording.booked("C000001", "YY1", date(2025, 10, 20)).kind is PressureKind.BOOKED
    with pytest.raises(InvalidComponent) as refused:
        wording.contacted(
            "C000001", on=date(2025, 11, 4), outcome=CallOutcome.COMPLETED, followup_number="F1"
        )
    assert refused.value.field == "cooldown_days"


def test_a_wording_refuses_a_moment_or_text_as_the_checked_builders_do() -> None:
    wording = PressureWording(7)
    moment = datetime(2025, 10, 20, 9, 30)
    with pytest.raises(InvalidFormat, match="slot_on: expected a date without a time"):
        wording.booked("C000001", "YY20251020", moment)
    with pytest.raises(InvalidFormat, match=r"^on: expected a date without a time"):
        wording.contacted(
            "C000001", on=moment, outcome=CallOutcome.COMPLETED, followup_number="FU1"
        )
    with pytest.raises(InvalidFormat, match="outcome"):
        wording.contacted(
            "C000001",
            on=date(2025, 11, 4),
            outcome="completed",  # type: ignore[arg-type]
            followup_number="FU1",
        )
