"""The list of autocrm's public entry points, with valid arguments for each.

The robustness tests call every entry point with one argument replaced by junk. This
module discovers the public names itself (every ``__all__`` of every public module,
the class methods that build objects, and every public method of the archives) and
checks that each is listed here: fuzzed (:data:`ENTRIES`), covered by another suite
(:data:`COVERED_ELSEWHERE`) or left out for a stated reason (:data:`NOT_FUZZED`). A new
public function without an entry fails ``test_every_public_entry_point_is_listed``.
"""

from __future__ import annotations

import contextlib
import enum
import importlib
import inspect
import io
import pkgutil
import tempfile
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import sqlalchemy as sa
from known_gaps import KNOWN_GAPS

import autocrm
from autocrm.adapters.crypto import generate_key
from autocrm.adapters.json import export_jsonl
from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.tables import mapping_from_dict
from autocrm.domain import (
    CHINA_TZ,
    Address,
    AuditEntry,
    CallAttempt,
    CallOutcome,
    Complaint,
    Contact,
    ContactPurpose,
    Customer,
    HandlingRecord,
    LineKind,
    LoyaltyClass,
    OdometerReading,
    OptOut,
    Remedy,
    ReportedIssue,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.complaint import ComplaintLevel
from autocrm.domain.membership import MembershipTier
from autocrm.policies import Policies
from autocrm.query import F, count
from autocrm.query.fields import entity_schema
from autocrm.rules.access import Role
from autocrm.rules.appointments import BookingRequest
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.calendar import ChineseWorkdays
from autocrm.rules.campaigns import Campaign
from autocrm.rules.complaints import ComplaintEvent
from autocrm.rules.merging import plan_merge
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.stats.rates import Period as StatsPeriod
from autocrm.testing.synthetic import generate_dealership

AS_OF = date(2026, 11, 24)
AT = datetime(2026, 11, 24, 9, 30, tzinfo=CHINA_TZ)

# Modules whose public names are tested elsewhere or are not entry points at all.
SKIPPED_MODULES = {
    "autocrm.testing": "Hypothesis strategies and the synthetic shop are test helpers",
    "autocrm.testing.strategies": "Hypothesis strategies are test helpers",
    "autocrm.testing.synthetic": "the synthetic shop is a test helper with integer options",
}


# --- A small, real archive ------------------------------------------------------------------


def _small_archive() -> Snapshot:
    """Three customers of the synthetic shop with their records (a few of each)."""
    full = generate_dealership(seed=3, customers=3, as_of=AS_OF)
    customers = full.customers[:3]
    numbers = {c.number for c in customers}
    vehicles = [v for v in full.vehicles if v.customer_number in numbers][:4]
    vins = {v.vin for v in vehicles}
    return Snapshot(
        customers=customers,
        vehicles=vehicles,
        work_orders=[w for w in full.work_orders if w.vin in vins][:8],
        readings=[r for r in full.readings if r.vin in vins][:8],
        followups=full.followups[:4],
        complaints=full.complaints[:2],
        appointments=full.appointments[:4],
        fleet_accounts=full.fleet_accounts[:1],
        customer_sequence=full.customer_sequence,
    )


SNAPSHOT = _small_archive()
CUSTOMER = SNAPSHOT.customers[0]
VEHICLE = SNAPSHOT.vehicles[0]
WORK_ORDER = SNAPSHOT.work_orders[0]
FOLLOWUP = SNAPSHOT.followups[0]
COMPLAINT = SNAPSHOT.complaints[0] if SNAPSHOT.complaints else None
APPOINTMENT = SNAPSHOT.appointments[0]
ACCOUNT = SNAPSHOT.fleet_accounts[0]


# --- Public names -----------------------------------------------------------------------------


def public_modules() -> Iterator[ModuleType]:
    """Every public module of autocrm (no ``_private`` part, no migration scripts)."""
    yield autocrm
    for info in pkgutil.walk_packages(autocrm.__path__, "autocrm."):
        parts = info.name.split(".")[1:]
        if any(part.startswith("_") for part in parts) or "migrations" in parts:
            continue
        yield importlib.import_module(info.name)


def _is_entry(obj: object) -> bool:
    return inspect.isfunction(obj) or inspect.isclass(obj)


def discover() -> dict[str, object]:
    """Every public function and class by its defining module, and their public builders.

    A class contributes its public class methods (``from_label``, ``from_toml_text``...);
    the archive classes contribute every public method.
    """
    found: dict[str, object] = {}
    for module in public_modules():
        if module.__name__ in SKIPPED_MODULES:
            continue
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not _is_entry(obj) or getattr(obj, "__module__", None) != module.__name__:
                continue
            found[f"{module.__name__}.{name}"] = obj
            if inspect.isclass(obj):
                found.update(_methods(f"{module.__name__}.{name}", obj))
    return found


ARCHIVE_CLASSES = ("MemoryArchive", "SqlArchive")


def _methods(qualname: str, cls: type[Any]) -> dict[str, object]:
    methods = {}
    for name, raw in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(raw, classmethod | staticmethod) or (
            cls.__name__ in ARCHIVE_CLASSES and inspect.isfunction(raw)
        ):
            methods[f"{qualname}.{name}"] = getattr(cls, name)
    return methods


# --- Valid arguments by parameter name ----------------------------------------------------------

STATS_POLICY_NAMES = {"policy", "stats_policy"}

VALID: dict[str, Any] = {
    "number": "LFV2A21K3D3109826",
    "vin": VEHICLE.vin,
    "value": "13800138000",
    "as_of": AS_OF,
    "at": AT,
    "actor": "客服-李娜",
    "customer": CUSTOMER,
    "customers": SNAPSHOT.customers,
    "vehicle": VEHICLE,
    "vehicles": SNAPSHOT.vehicles,
    "work_order": WORK_ORDER,
    "work_orders": SNAPSHOT.work_orders,
    "readings": SNAPSHOT.readings,
    "followup": FOLLOWUP,
    "followups": SNAPSHOT.followups,
    "followups_or_snapshot": SNAPSHOT,
    "complaint": COMPLAINT,
    "complaints": SNAPSHOT.complaints,
    "appointment": APPOINTMENT,
    "appointments": SNAPSHOT.appointments,
    "account": ACCOUNT,
    "accounts": SNAPSHOT.fleet_accounts,
    "snapshot": SNAPSHOT,
    "snapshot_or_records": SNAPSHOT,
    "items": SNAPSHOT.followups,
    "audit": (),
    "source": SNAPSHOT,
    "month": date(2026, 11, 1),
    "day": AS_OF,
    "start": date(2026, 11, 2),
    "end": date(2026, 11, 30),
    "n": 3,
    "days": 3,
    "moment": AT,
    "amounts": [Decimal("1.00"), Decimal("2.50")],
    "amount": Decimal("1280.00"),
    "spend": Decimal("25000"),
    "count": 3,
    "base": 1000,
    "successes": 40,
    "trials": 50,
    "car_parc": 1000,
    "cooldown_days": 7,
    "customer_number": CUSTOMER.number,
    "work_order_number": WORK_ORDER.number,
    "field": "name",
    "text": "[2026]\nholidays = ['2026-12-31']\n",
    "path": "customer.name",
    "entity": "customer",
    "entity_id": CUSTOMER.number,
    "key": CUSTOMER.number,
    "kind": Customer,
    "obj": CUSTOMER,
    "old": CUSTOMER,
    "new": attrs.evolve(CUSTOMER, name="王健国"),
    "sequence": 12,
    "version": 3,
    "data": {"churn": {"lost_after_days": 540}},
    "rows": [CUSTOMER],
    "attempt": CallAttempt(AT, "no_answer", by="客服-李娜"),
    "remedy": Remedy("apology"),
    "record": HandlingRecord("listen", AT, actor="服务经理"),
    "promised_at": AT + timedelta(days=1),
    "done_at": AT + timedelta(hours=2),
    "arrival": AT,
    "label": "个人",
    "tier": MembershipTier("silver", "银卡", discount="0.10", min_spend="20000", rank=2),
    "loyalty_class": LoyaltyClass.LOYAL,
    "old_class": LoyaltyClass.REGULAR,
    "new_class": LoyaltyClass.LOYAL,
    "renewals": (),
    "lines": [WorkOrderLine("工时", "88")],
    "address": Address("北京市朝阳区建国路88号", postcode="100022"),
    "contacts": [Contact("mobile", "13800138000")],
    "opt_outs": [OptOut("marketing", reason="不需要")],
    "issues": [ReportedIssue("服务态度", "service_advisor")],
    "target": F.work_order.opened_at,
    "node": F.customer.name == "王建国",
    "window": None,  # filled below
    "fld": F.customer.name.field,
    "reason": "客户要求删除个人信息",
    "work": lambda archive: archive.count(Customer),
    "year": 2026,
    "keys": {"k1": generate_key()},
    "current": "k1",
    "lookup_key": generate_key(),
}
VALID["window"] = autocrm.within_last(F.work_order.opened_at, months=6)


# --- Entries -----------------------------------------------------------------------------


@attrs.frozen
class Entry:
    """One entry point and valid arguments; :meth:`call` replaces one argument by junk.

    ``names`` names the arguments (positional ones first); ``gaps`` are the arguments
    known not to be checked yet (see ``known_gaps.py``): junk is not put there.
    """

    name: str
    function: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = attrs.field(factory=dict)
    names: tuple[str, ...] = ()
    gaps: frozenset[str] = frozenset()

    @property
    def open_slots(self) -> tuple[int, ...]:
        """The argument positions junk is put in (all but the known gaps)."""
        return tuple(i for i, name in enumerate(self.names) if name not in self.gaps)

    @property
    def is_predicate(self) -> bool:
        """``is_*`` functions answer True or False and never raise."""
        return self.name.rsplit(".", 1)[-1].startswith("is_")

    def call(self, junk: object, slot: int) -> Any:
        """Call with the argument at open slot number ``slot`` (modulo) replaced by ``junk``."""
        slots = self.open_slots
        if not slots:
            return self.call_valid()
        return self.call_at(slots[slot % len(slots)], junk)

    def call_at(self, index: int, junk: object) -> Any:
        """Call with argument number ``index`` replaced by ``junk``."""
        args, kwargs = list(self.args), dict(self.kwargs)
        if index < len(args):
            args[index] = junk
        else:
            kwargs[self.names[index]] = junk
        return self.function(*args, **kwargs)

    def call_valid(self) -> Any:
        """Call with the valid arguments."""
        return self.function(*self.args, **self.kwargs)


def _from_signature(name: str, function: Callable[..., Any]) -> Entry:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.name in OVERRIDE_VALUES.get(name, {}):
            value = OVERRIDE_VALUES[name][parameter.name]
        elif parameter.default is not inspect.Parameter.empty:
            value = parameter.default
        else:
            value = VALID[parameter.name]
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    names = tuple(
        p.name
        for p in inspect.signature(function).parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    )
    return Entry(name, function, tuple(args), kwargs, names, _gaps(name))


#: Arguments that are the caller's own code: whatever it raises is the caller's and
#: propagates unchanged by contract (that a non-callable is refused is example-tested).
CALLERS_CODE: dict[str, frozenset[str]] = {
    "autocrm.retry.retry_unit_of_work": frozenset({"work"}),
}


def _gaps(name: str) -> frozenset[str]:
    return frozenset(KNOWN_GAPS.get(name, {})) | CALLERS_CODE.get(name, frozenset())


def _from_sample(name: str, cls: type[Any], sample: object) -> Entry:
    kwargs = {field.alias: getattr(sample, field.name) for field in attrs.fields(cls) if field.init}
    return Entry(name, cls, (), kwargs, tuple(kwargs), _gaps(name))


def _files() -> dict[str, str]:
    folder = Path(tempfile.mkdtemp(prefix="autocrm-robustness-"))
    policies = folder / "shop.toml"
    policies.write_text("[churn]\nlost_after_days = 540\n", encoding="utf-8")
    holidays = folder / "holidays.toml"
    holidays.write_text(HOLIDAYS_TOML, encoding="utf-8")
    database = folder / "archive.db"
    SqlArchive.from_url(f"sqlite:///{database}")  # created and migrated once
    readings = folder / "km.csv"
    readings.write_text(f"v,d,k\n{VEHICLE.vin},2026-11-20,13000\n", encoding="utf-8")
    mapping = folder / "mapping.toml"
    mapping.write_text(READINGS_MAPPING_TOML, encoding="utf-8")
    keys = folder / "keys.toml"
    keys.write_text(
        f'current = "k1"\nlookup_key = "{generate_key()}"\n[keys]\nk1 = "{generate_key()}"\n',
        encoding="utf-8",
    )
    backup = folder / "backup.jsonl"
    export_jsonl(SNAPSHOT, backup)
    return {
        "backup": str(backup),
        "policies": str(policies),
        "holidays": str(holidays),
        "database": str(database),
        "readings": str(readings),
        "mapping": str(mapping),
        "keys": str(keys),
    }


class DiscardedText(io.StringIO):
    """A text stream that forgets what is written (an export target of no size)."""

    def write(self, text: str) -> int:
        return len(text)


def _backup_lines() -> list[str]:
    buffer = io.StringIO()
    export_jsonl(SNAPSHOT, buffer)
    return buffer.getvalue().splitlines()


BACKUP_LINES = _backup_lines()
HOLIDAYS_TOML = "[years.2040]\nholidays = ['2040-01-01']\nworkdays = ['2040-02-11']\n"
READINGS_MAPPING_TOML = (
    '[readings]\nfiles = ["km.csv"]\ncolumns = { vin = "v", on = "d", km = "k" }\n'
)
READINGS_MAPPING = mapping_from_dict(
    {"readings": {"files": ["km.csv"], "columns": {"vin": "v", "on": "d", "km": "k"}}}
)
FILES = _files()
_P = "autocrm.domain.identifiers."
_Q = "autocrm.query."
_ARCHIVE_POLICY = ArchivePolicy()

# Valid values that differ from the by-name table for one entry point.
# A merge of the small archive's second customer into its first (autocrm.rules.merging).
# (The first customer is a company, the other two are persons.)
MERGED_CUSTOMER = attrs.evolve(SNAPSHOT.customers[1], merged_into=CUSTOMER.number)
MERGE_PLAN = plan_merge(
    SNAPSHOT.customers[2],
    attrs.evolve(SNAPSHOT.customers[1], tags={"老客户"}),
    [v for v in SNAPSHOT.vehicles if v.customer_number == SNAPSHOT.customers[1].number],
    actor="客服-李娜",
    at=AT,
    reason="同一车主重复建档",
)

OVERRIDE_VALUES: dict[str, dict[str, Any]] = {
    "autocrm.domain.checks.check_collection": {"values": [], "field": "customers"},
    **{
        f"autocrm.domain.column_checks.{n}": {"values": ["C000001", None]}
        for n in ("unfit_amounts", "unfit_counts", "unfit_moments", "unfit_texts")
    },
    "autocrm.domain.column_checks.unfit_members": {"values": [None], "kind": LineKind},
    "autocrm.domain.column_checks.unfit_texts": {"values": ["C000001", None], "max_length": 64},
    "autocrm.domain.checks.whole_number": {"minimum": 0},
    "autocrm.domain.checks.with_article": {"name": "OdometerReading"},
    **{f"{_P}phone.{n}": {"number": "13800138000"} for n in ("mask", "validate")},
    **{
        f"{_P}plate.{n}": {"number": "京A12345"}
        for n in ("format", "plate_kind", "province", "validate", "compact", "is_valid")
    },
    **{
        f"{_P}ric.{n}": {"number": "11010519491231002X"}
        for n in ("birth_date", "check_digit", "gender", "mask", "validate", "compact", "is_valid")
    },
    **{
        f"{_P}uscc.{n}": {"number": "91110000802100433B"}
        for n in ("check_digit", "validate", "compact", "is_valid")
    },
    "autocrm.domain.time.as_date": {"value": AS_OF},
    "autocrm.stats.rates.check_period": {"period": StatsPeriod.MONTH},
    "autocrm.stats.rates.period_key": {"period": StatsPeriod.MONTH, "day": AS_OF},
    "autocrm.stats.arrivals.arrival_group": {"order": SNAPSHOT.work_orders[0]},
    "autocrm.stats.complaints.closure.closing_deadline_on": {
        "level": ComplaintLevel.II,
        "received_on": AS_OF,
    },
    "autocrm.rules.overdue_complaints.urgency": {"deadline": AS_OF},
    "autocrm.stats.complaints.closure.closure_outcome": {
        "closed_on": AS_OF,
        "deadline": AS_OF,
        "as_of": AS_OF,
    },
    "autocrm.stats.satisfaction.ratings.rating_bounds": {"scale": 5},
    "autocrm.adapters.sqlalchemy.workdays.WorkdayTable.covering": {
        "days": [AS_OF],
        "calendar": ChineseWorkdays(),
        "after": 3,
    },
    "autocrm.adapters.sqlalchemy.workdays.from_day_number": {"number": 20361},
    "autocrm.stats.satisfaction.ratings.rating_scale": {"scale": 10},
    "autocrm.adapters.sqlalchemy.dialects.is_in_memory": {"url": "sqlite://"},
    "autocrm.extras.require_extra": {"extra": "sql"},
    **{
        # A birthday list: the fuzzed archive need not give clean odometer data.
        f"autocrm.adapters.sqlalchemy.rules.reminders.{name}": {
            "kinds": frozenset({ReminderKind.BIRTHDAY})
        }
        for name in ("due_reminders", "due_reminders_report")
    },
    "autocrm.domain.time.require_aware": {"value": AT, "field": "at"},
    "autocrm.domain.text.check_text": {"value": "王建国", "field": "name", "max_length": 200},
    "autocrm.policies.load_policies": {"path": FILES["policies"]},
    "autocrm.policies.policies_to_dict": {"policies": Policies()},
    "autocrm.rules.day_reasons.DayReasons.policies_of": {"policies": Policies()},
    "autocrm.rules.unmerging.no_merge_to_undo": {"duplicate": MERGED_CUSTOMER},
    **{
        f"autocrm.ports.{n}": {"policy": _ARCHIVE_POLICY}
        for n in ("customer_number", "customer_sequence", "next_customer_sequence")
    },
    "autocrm.ports.customer_sequence": {"number": "C000012", "policy": _ARCHIVE_POLICY},
    "autocrm.rules.audit_trail.deleted_version": {
        "entry": AuditEntry(
            at=AT, actor="客服-李娜", entity="customer", entity_id="C1", action="delete", old="3"
        )
    },
    f"{_Q}aggregate.AggregateResult.from_groups": {
        "entity": "customer",
        "group_by": (),
        "measures": {"n": count()},
        "groups": {(): {"n": 3}},
    },
    f"{_Q}aggregate.group_name": {"key": F.customer.name.field},
    f"{_Q}aggregate.sum_money": {"target": F.work_order.total},
    f"{_Q}evaluate.matches": {"record": CUSTOMER},
    f"{_Q}evaluate.evaluate": {"source": SNAPSHOT.customers},
    f"{_Q}evaluate.compile_filter": {},
    f"{_Q}windows.within_last": {"months": 6},
    f"{_Q}windows.within_next": {"months": 6},
    f"{_Q}fields.resolve_path": {"path": ("name",)},
    f"{_Q}aggregate.aggregate": {"source": SNAPSHOT.customers},
    "autocrm.rules.appointments.check_booking": {
        "request": BookingRequest(
            number="YY900",
            customer_number=CUSTOMER.number,
            kind="proactive",
            slot=AT + timedelta(days=3),
        ),
        "as_of": AT,
    },
    "autocrm.rules.appointments.resolve_appointment": {
        "appointment": attrs.evolve(APPOINTMENT, status="booked", arrived_at=None),
        "as_of": AT,
    },
    **{
        f"autocrm.rules.access.{n}": {"role": Role.AFTER_SALES}
        for n in ("redact", "redact_complaint", "redact_work_order", "visibility")
    },
    "autocrm.rules.calendar.ChineseWorkdays.from_toml_text": {"text": HOLIDAYS_TOML},
    "autocrm.rules.calendar_registration.registered_days": {"text": HOLIDAYS_TOML},
    "autocrm.errors.first_validation_error": {"exc": KeyError("x")},
    "autocrm.rules.calendar.ChineseWorkdays.from_toml": {"path": FILES["holidays"]},
    "autocrm.rules.calendar_estimates.any_estimated": {"days": [AS_OF]},
    "autocrm.rules.complaints.advance": {
        "complaint": Complaint(number="TS900", customer_number=CUSTOMER.number, received_at=AT),
        "event": ComplaintEvent.ACKNOWLEDGE,
    },
    "autocrm.rules.contact.ContactHistory.of": {"records": SNAPSHOT},
    "autocrm.rules.contact.contact_pressure": {"purpose": ContactPurpose.MARKETING},
    "autocrm.rules.contact.ContactPressure.booked": {
        "appointment_number": "YY000001",
        "slot_on": AS_OF,
    },
    "autocrm.rules.contact.ContactPressure.contacted": {
        "on": AS_OF,
        "outcome": CallOutcome.COMPLETED,
        "followup_number": "WO1-3DC",
        "cooldown_days": 7,
    },
    "autocrm.rules.followup_attempts.record_attempt": {
        "followup": attrs.evolve(FOLLOWUP, status="pending", attempts=())
    },
    "autocrm.rules.mileage.DailyKm.describe": {
        "first": (date(2025, 1, 1), 0),
        "newest": (date(2025, 3, 1), 1500),
    },
    "autocrm.rules.reminder_kinds.ReminderKind.chosen": {"kinds": ["birthday"]},
    "autocrm.rules.mileage.estimate_daily_km": {
        "readings": [r for r in SNAPSHOT.readings if r.vin == SNAPSHOT.readings[0].vin]
    },
    "autocrm.stats.satisfaction.ratings.nps": {"scale": 10},
    "autocrm.stats.satisfaction.by_period.satisfaction_by_period": {"period": StatsPeriod.MONTH},
    "autocrm.adapters.json_codec.loads": {"text": '{"name": "王建国"}', "kind": Customer},
    "autocrm.adapters.backup.import_jsonl": {"source": BACKUP_LINES},
    "autocrm.adapters.backup_stream.stream_jsonl": {"source": FILES["backup"]},
    "autocrm.adapters.backup.export_jsonl": {"target": DiscardedText()},
    "autocrm.adapters.crypto.load_cipher": {"path": FILES["keys"]},
    "autocrm.adapters.tables.mapping.load_mapping": {"path": FILES["mapping"]},
    "autocrm.adapters.tables.mapping.mapping_from_toml": {"text": READINGS_MAPPING_TOML},
    "autocrm.adapters.tables.mapping.mapping_from_dict": {
        "data": {"readings": {"files": ["km.csv"], "columns": {"vin": "v", "on": "d", "km": "k"}}}
    },
    "autocrm.adapters.tables.readers.open_table": {"path": FILES["readings"]},
    "autocrm.adapters.tables.readers.detect_encoding": {"path": FILES["readings"]},
    "autocrm.adapters.tables.planning.plan_import": {
        "paths": [FILES["readings"]],
        "mapping": READINGS_MAPPING,
    },
    "autocrm.adapters.tables.importer.import_tables": {
        "paths": [FILES["readings"]],
        "mapping": READINGS_MAPPING,
        "archive": MemoryArchive(),
    },
    "autocrm.erasure.erasure_entry": {"number": CUSTOMER.number},
    "autocrm.erasure.plan_erasure": {"customer": CUSTOMER, "related": [VEHICLE], "trail": ()},
    "autocrm.erasure.scrub_entry": {
        "entry": AuditEntry(
            at=AT, actor="客服-李娜", entity="customer", entity_id="C1", action="delete", old="3"
        )
    },
    "autocrm.rules.merging.combine_opt_outs": {
        "survivor_opt_outs": (OptOut("marketing", reason="不要营销", kind="mobile"),),
        "duplicate_opt_outs": (OptOut("marketing", reason="不要任何营销"),),
    },
    "autocrm.rules.merging.follow_merges": {
        "customer": MERGED_CUSTOMER,
        "lookup": {CUSTOMER.number: CUSTOMER}.get,
    },
    "autocrm.rules.merge_result.merge_entry": {"result": MERGE_PLAN.result},
    "autocrm.rules.merge_result.read_merge_entry": {"entry": MERGE_PLAN.entry},
    "autocrm.rules.merging.plan_merge": {
        "survivor": SNAPSHOT.customers[2],
        "duplicate": SNAPSHOT.customers[1],
        "related": [VEHICLE],
        "reason": "同一车主重复建档",
    },
    "autocrm.rules.unmerging.plan_unmerge": {
        "merge": MERGE_PLAN.result,
        "survivor": MERGE_PLAN.changes[0][1],
        "duplicate": MERGE_PLAN.changes[1][1],
        "moved": [after for _, after in MERGE_PLAN.changes[2:]],
        "later": (),
        "reason": "不是同一人",
    },
    "autocrm.adapters.sqlalchemy.stats.satisfaction.nps": {"scale": 10},
    "autocrm.adapters.sqlalchemy.stats.satisfaction.satisfaction_by_period": {
        "period": StatsPeriod.MONTH
    },
}


def _walk(value: object, depth: int = 0) -> Iterator[object]:
    """``value`` and the attrs instances inside it (tuples, lists, mappings, fields)."""
    if depth > 4:
        return
    yield value
    if isinstance(value, list | tuple | frozenset | set):
        for item in list(value)[:3]:
            yield from _walk(item, depth + 1)
    elif isinstance(value, typing.Mapping):
        for item in list(value.values())[:3]:
            yield from _walk(item, depth + 1)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name, None), depth + 1)


def collect_samples(results: typing.Iterable[object]) -> dict[type[Any], object]:
    """One valid instance of every attrs class found in the archive, VALID and ``results``."""
    samples: dict[type[Any], object] = {}
    overrides = [value for values in OVERRIDE_VALUES.values() for value in values.values()]
    for root in (SNAPSHOT, *VALID.values(), *overrides, *EXTRA_SAMPLES, *results):
        for item in _walk(root):
            if attrs.has(type(item)):
                samples.setdefault(type(item), item)
    return samples


MEMORY = "autocrm.adapters.memory.MemoryArchive"
SQL = "autocrm.adapters.sqlalchemy.repository.SqlArchive"
_ARCHIVE_VALUES = {
    "add": {"obj": Customer(name="新客户", mobile="13900139000")},
    "update": {"obj": CUSTOMER},
    "delete": {"kind": Customer, "key": SNAPSHOT.customers[-1].number},
    "get": {"kind": Customer, "key": CUSTOMER.number},
    "find": {"kind": Customer, "where": F.customer.name == CUSTOMER.name},
    "count": {"kind": Vehicle, "where": None},
    "aggregate": {"kind": WorkOrder, "group_by": (F.work_order.vin,), "measures": {"n": count()}},
    "audit_trail": {"entity": "customer", "entity_id": CUSTOMER.number},
    "restore": {"snapshot": SNAPSHOT},
    "anonymise": {"number": SNAPSHOT.customers[1].number},
    "merge": {
        "survivor": SNAPSHOT.customers[1].number,
        "duplicate": SNAPSHOT.customers[2].number,
        "reason": "同一车主重复建档",
    },
    "unmerge": {"duplicate": SNAPSHOT.customers[2].number, "reason": "不是同一人"},
    "load": {"records": [OdometerReading(VEHICLE.vin, date(2026, 11, 21), 13100)]},
}
for _archive in (MEMORY, SQL):
    for _method, _values in _ARCHIVE_VALUES.items():
        OVERRIDE_VALUES[f"{_archive}.{_method}"] = _values
OVERRIDE_VALUES[f"{SQL}.from_url"] = {"url": f"sqlite:///{FILES['database']}"}
OVERRIDE_VALUES["autocrm.adapters.sqlalchemy.code_points.in_code_point_order"] = {
    "column": sa.column("number", sa.String)
}
OVERRIDE_VALUES["autocrm.domain.checks.expect_items"] = {
    "values": [1, 2],
    "kind": int,
    "field": "sizes",
}
OVERRIDE_VALUES["autocrm.domain.checks.expect"] = {"value": 1, "kind": int, "field": "size"}
OVERRIDE_VALUES["autocrm.domain.checks.checked"] = {"value": 1, "kind": int, "field": "size"}
OVERRIDE_VALUES["autocrm.domain.checks.expect_callable"] = {"value": len, "field": "work"}
OVERRIDE_VALUES["autocrm.adapters.sqlalchemy.schemas.check_schema_name"] = {"schema": "crm"}


def make_archives() -> dict[str, object]:
    """A memory and an SQLite archive holding the small archive."""
    memory = MemoryArchive()
    memory.restore(SNAPSHOT)
    sql = SqlArchive.from_url("sqlite://")
    sql.restore(SNAPSHOT)
    return {MEMORY: memory, SQL: sql}


def _fresh_engine() -> Any:
    return sa.create_engine("sqlite://")


# Valid instances of classes that no entry point returns from the small archive.
EXTRA_SAMPLES: list[object] = [
    F.customer.birth_date.between(date(1960, 1, 1), date(1990, 12, 31)),
    F.customer.name.in_(["王建国", "李娜"]),
    ~(F.customer.name == "王建国"),
    Campaign(name="春季保养", starts_on=date(2026, 3, 1), ends_on=date(2026, 4, 30)),
    *entity_schema("customer").relations.values(),
]

_ADAPTER_INTERNAL = (
    "SQL adapter internals: SqlArchive calls them with records the domain built and rows "
    "it read; the archive methods that reach them are fuzzed"
)
_SHARED_BUILDER = (
    "a builder shared by a rule and its SQL twin, fed the facts the rule gathered; fuzzed"
    " through the rules that call it (lost_customers, early_warning, daily_worklist,"
    " find_duplicates)"
)
_STATS_BUILDER = (
    "a builder shared by a statistic and its SQL push-down, fed the counts the statistic "
    "made from checked records; fuzzed through the statistics that call it"
)
_RESULT = "a result record: built by a rule from checked inputs, never from user input"

_NEEDS_CONNECTION = (
    "takes a live SQLAlchemy engine or connection, which no fuzzed value is; its "
    "argument checks are example-tested in tests/integration/test_embedding.py"
)

# Names that are public but are no entry point for untrusted values, with the reason.
NOT_FUZZED: dict[str, str] = {
    **dict.fromkeys(
        (
            "autocrm.domain.labels.LabelledEnum.from_label",
            "autocrm.domain.labels.LabelledEnum.member",
        ),
        "the base class has no members, so it refuses every value; each labelled enum's own "
        "from_label is fuzzed with the domain classes",
    ),
    **dict.fromkeys(
        ("autocrm.deprecations.moved", "autocrm.deprecations.moved_names"),
        "a module's __getattr__ protocol: a name that never moved must be an AttributeError "
        "(tests/unit/test_moved_names.py, test_stats_moved.py)",
    ),
    "autocrm.query.aggregate.AggregateRow": _RESULT,
    "autocrm.query.aggregate.AggregateResult": _RESULT,
    "autocrm.query.aggregate.AggregateResult.from_groups": (
        "builds an aggregate's result from the groups an archive computed (memory and "
        "SQL); fuzzed through aggregate() and the archives' aggregate()"
    ),
    "autocrm.adapters.sqlalchemy.repository.SqlArchive.from_connection": _NEEDS_CONNECTION,
    **{
        f"autocrm.adapters.sqlalchemy.key_lists.{name}": (
            "builds SQL for a live SQLAlchemy connection, which no fuzzed value is; used by "
            "the SQL twins and the bulk writes (tests/integration/test_sql_twin_key_lists.py)"
        )
        for name in ("in_chunks", "key_list", "one_of")
    },
    **{
        f"autocrm.adapters.sqlalchemy.schemas.{name}": _NEEDS_CONNECTION
        for name in ("in_schema", "schema_applied", "schema_of", "qualified_name")
    },
    **{
        f"autocrm.adapters.sqlalchemy.convert.{name}": _ADAPTER_INTERNAL
        for name in ("EntitySpec", "spec_for")
    },
    "autocrm.adapters.sqlalchemy.rows.Rows": _ADAPTER_INTERNAL,
    **{
        f"autocrm.adapters.sqlalchemy.row_{module}s.{kind}_{way}_domain": _ADAPTER_INTERNAL
        for kind in (
            "appointment",
            "audit",
            "complaint",
            "customer",
            "fleet_account",
            "followup",
            "reading",
            "vehicle",
            "work_order",
        )
        for module, way in (("writer", "from"), ("reader", "to"))
    },
    **{
        f"autocrm.adapters.sqlalchemy.query.{name}": _ADAPTER_INTERNAL
        for name in ("FilterCompiler", "compile_where", "line_sums", "money_fen", "run_aggregate")
    },
    "autocrm.adapters.sqlalchemy.tables.UTCDateTime": _ADAPTER_INTERNAL,
    **{
        f"autocrm.adapters.sqlalchemy.{name}": _ADAPTER_INTERNAL
        for name in (
            "encryption.EncryptedJSON",
            "encryption.EncryptedText",
            "encryption.LookupHash",
            "encryption.cipher_of",
            "encryption.hash_column_name",
            "encryption.use_cipher",
            "engine.archive_engine",
            "engine.has_savepoints",
            "engine.is_in_memory_sqlite",
            "engine.read_write_sqlite_url",
            "engine.use_real_sqlite_transactions",
            "store_errors.Failure",
            "store_errors.field_of_bad_value",
            "store_errors.store_error",
        )
    },
    "autocrm.adapters.tables.cells.read_cell": (
        "the importer's cell reader: import_tables reaches it with the cells it read, and "
        "import_tables is fuzzed"
    ),
    "autocrm.adapters.tables.columns.read_column": (
        "the importer's column reader: import_tables reaches it with the columns it read, and "
        "import_tables is fuzzed"
    ),
    **{
        f"autocrm.adapters.tables.results.{name}": _RESULT
        for name in ("ImportResult", "RefusedRow")
    },
    "autocrm.erasure.Erasure": _RESULT,
    "autocrm.rules.merge_result.MergePlan": _RESULT,
    "autocrm.rules.merge_result.MergeResult": _RESULT,
    "autocrm.rules.contact.ContactPressure": _RESULT,
    "autocrm.rules.contact.LeftOff": _RESULT,
    **{
        f"autocrm.rules.{name}": _SHARED_BUILDER
        for name in (
            "churn_warning.EarlyWarning.of",
            "churn_warning.EarlyWarning.left_off_by",
            "lost.LostCustomers.of",
            "lost.LostCustomers.sorted_out",
            "churn_segments.SegmentAssessment.from_facts",
            "churn_warning.WarningEntry.from_facts",
            "churn_warning.WarningEntry.earliest_service_due",
            "worklist.Worklist.of",
            "duplicates.DuplicateGroup.sharing",
            "duplicates.DuplicateGroup.near_same_names",
            "duplicates.DuplicateGroup.in_report_order",
            "followup_worklists.FollowUpWorklist.of",
            *(
                f"day_reasons.DayReasons.of_{source}"
                for source in (
                    "complaints",
                    "confirmations",
                    "early_warning",
                    "followups",
                    "reminders",
                    "win_back",
                )
            ),
        )
    },
    **{
        f"autocrm.rules.{name}": _RESULT
        for name in (
            "duplicates.DuplicateGroup",
            "churn_warning.WarningEntry",
            "followup_worklists.WorklistEntry",
            "reminder_kinds.LeftOffReminder",
            "reminder_kinds.Reminder",
        )
    },
    "autocrm.stats.renewals.InsuranceRenewal": _RESULT,
    **{
        f"autocrm.stats.{name}": _STATS_BUILDER
        for name in (
            "appointments.AppointmentRates.from_counts",
            "arrivals.ArrivalCounts.from_counts",
            "complaints.counts.ComplaintCounts.from_counts",
            "complaints.counts.PerThousand.of",
            "fleet.FleetServiceTable.from_counts",
            "fleet.FleetTable.from_counts",
            "issues.IssueBreakdown.from_counts",
            "satisfaction.by_period.SatisfactionRow.from_histogram",
            "satisfaction.by_period.SatisfactionTable.from_histograms",
        )
    },
    **{
        f"autocrm.adapters.sqlalchemy.local_time.{name}": _ADAPTER_INTERNAL
        for name in ("LocalPeriod", "date_from_sql", "local_wall_time")
    },
    "autocrm.query.fields.Relation": "part of the query schema autocrm describes itself",
    **{
        f"autocrm.adapters.sqlalchemy.workdays.{name}": (
            "SQL expression builders: they take the columns and table aliases of a query "
            "being built, as the twins give them; tests/integration/test_sql_workdays.py"
        )
        for name in ("day_number", "row_of_day", "workday_numbered", "workdays_after")
    },
    "autocrm.adapters.sqlalchemy.workdays.WorkdayRow": _RESULT,
    "autocrm.rules.overdue_complaints.OverdueComplaint": _RESULT,
    **{f"autocrm.rules.review.ReviewDue.{name}": _RESULT for name in ("from_dates", "listed")},
    "autocrm.adapters.sqlalchemy.workdays.WorkdayTable": (
        "built by WorkdayTable.covering, which is fuzzed"
    ),
}
# Arguments naming a file: a file that cannot be opened (missing, a folder, no rights) is
# the operating system's OSError, as these functions document.
FILE_ARGUMENTS = {
    "autocrm.adapters.backup.import_jsonl": "source",
    "autocrm.adapters.backup_stream.stream_jsonl": "source",
    "autocrm.adapters.backup.export_jsonl": "target",
    "autocrm.policies.load_policies": "path",
    "autocrm.rules.calendar.ChineseWorkdays.from_toml": "path",
    "autocrm.adapters.tables.mapping.load_mapping": "path",
    "autocrm.adapters.tables.readers.open_table": "path",
    "autocrm.adapters.tables.readers.detect_encoding": "path",
    "autocrm.adapters.tables.planning.plan_import": "paths",
    "autocrm.adapters.tables.importer.import_tables": "paths",
}
# Names whose bad input another suite covers.
COVERED_ELSEWHERE: dict[str, str] = {
    "autocrm.cli.main": "the CLI suite (tests/integration/test_cli.py) runs every command",
    "autocrm.adapters.sqlalchemy.repository.SqlArchive.rotate_key": (
        "takes no argument; tests/integration/test_encryption.py rotates keys"
    ),
}


def reason_not_fuzzed(name: str, obj: object) -> str | None:
    """Why ``name`` is not fuzzed here, or None if it must be."""
    if name in NOT_FUZZED:
        return NOT_FUZZED[name]
    if name in COVERED_ELSEWHERE:
        return COVERED_ELSEWHERE[name]
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return "an exception class: raised by autocrm, not called with user input"
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return "an enumeration: its lookup is Python's Enum; from_label is fuzzed"
    if inspect.isclass(obj) and getattr(obj, "_is_protocol", False):
        return "a Protocol: a type for annotations, never instantiated"
    return None


def build_entries(
    archives: dict[str, object],
) -> tuple[dict[str, Entry], dict[str, str], dict[str, str]]:
    """Entries for every discovered name: (fuzzed, not fuzzed with reason, problems)."""
    found = discover()
    VALID["archive"] = archives[SQL]
    VALID["engine"] = _fresh_engine()
    entries: dict[str, Entry] = {}
    skipped: dict[str, str] = {}
    problems: dict[str, str] = {}
    functions = {n: o for n, o in found.items() if not inspect.isclass(o)}
    classes = {n: o for n, o in found.items() if inspect.isclass(o)}
    results = []
    for name, function in functions.items():
        reason = reason_not_fuzzed(name, function)
        if reason is not None:
            skipped[name] = reason
            continue
        owner, _, method = name.rpartition(".")
        if owner.rsplit(".", 1)[-1] in ARCHIVE_CLASSES and owner in archives:
            function = getattr(archives[owner], method)
        try:
            entry = _from_signature(name, function)
        except KeyError as missing:
            problems[name] = f"no valid value for parameter {missing}"
            continue
        entries[name] = entry
        with contextlib.suppress(Exception):  # the baseline test reports it
            results.append(entry.call_valid())
    samples = collect_samples(results)
    for name, cls in classes.items():
        reason = reason_not_fuzzed(name, cls)
        if reason is not None:
            skipped[name] = reason
            continue
        if attrs.has(cls) and cls in samples:
            entries[name] = _from_sample(name, cls, samples[cls])
            continue
        try:
            entries[name] = _from_signature(name, cls)
        except (KeyError, ValueError) as missing:
            problems[name] = f"no sample and no valid value for {missing}"
    return entries, skipped, problems
