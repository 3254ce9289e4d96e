"""The desk's daily commands on a shop's own database.

``worklist``, ``reminders``, ``lost``, ``early-warning`` and ``complaints``
open an existing, current archive (never create or migrate one) and
print one answer as a table, CSV or JSON. Where the database can do the work through
an SQL twin (``autocrm.adapters.sqlalchemy.rules``, the SQL statistics) it does;
the rest runs the pure rule over what it reads, with a progress display on long work.
Each command's listing is built here once, so the demo prints the same tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import attrs
import typer

from autocrm.cli._app import (
    AgentOption,
    AsOfOption,
    CalendarOption,
    DbOption,
    FormatOption,
    OutputFormat,
    PoliciesOption,
    QuietOption,
    app,
    load_policy_file,
    open_store,
    parse_day,
    progress,
    warn_if_estimated,
    workday_calendar,
)
from autocrm.cli._output import Column, Listing, emit, yes

if TYPE_CHECKING:
    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.domain import Complaint, Snapshot
    from autocrm.policies import Policies
    from autocrm.query import Filter
    from autocrm.rules.calendar import WorkdayCalendar
    from autocrm.rules.churn_warning import EarlyWarning
    from autocrm.rules.lost import LostCustomers
    from autocrm.rules.reminder_kinds import ReminderKind, ReminderList
    from autocrm.rules.worklist import Worklist

_Result = TypeVar("_Result", "ReminderList", "LostCustomers", "EarlyWarning")


def _owned_by(archive: SqlArchive, agent: str | None) -> frozenset[str] | None:
    """The numbers of the customers ``agent`` is responsible for (None: everyone's)."""
    if agent is None:
        return None
    from autocrm.domain import Customer
    from autocrm.query import F

    return frozenset(c.number for c in archive.find(Customer, F.customer.owner == agent))


def _owned_only(
    result: _Result, owned: frozenset[str] | None, **customer_of: Callable[[Any], str]
) -> _Result:
    """``result`` with each list named in ``customer_of`` cut to the ``owned`` customers.

    ``customer_of`` maps a field of ``result`` to how an item of it names its customer;
    ``owned`` None (no agent asked for) keeps everything.
    """
    if owned is None:
        return result
    kept: dict[str, Any] = {
        field: tuple(item for item in getattr(result, field) if number(item) in owned)
        for field, number in customer_of.items()
    }
    return attrs.evolve(result, **kept)


def _whose(agent: str | None) -> str:
    return "" if agent is None else f" of {agent}'s customers"


# --------------------------------------------------------------------- worklist


def worklist_listing(result: Worklist, agent: str | None = None) -> Listing:
    """The worklist's tasks (one agent's, when given), ranked."""
    tasks = result.tasks if agent is None else result.for_agent(agent)
    moved = sum(1 for task in tasks if task.moved)
    who = f" for {agent}" if agent is not None else ""
    columns = [
        Column("position", lambda t: t.position, "#"),
        Column("on", lambda t: t.on, "day"),
        Column("agent", lambda t: t.agent),
        Column("moved", lambda t: t.moved, on_screen=False),
        Column("customer_number", lambda t: t.customer_number, "customer"),
        Column("name", lambda t: t.name),
        Column("rank", lambda t: t.rank, on_screen=False),
        Column("reasons", lambda t: ", ".join(k.value for k in t.kinds), on_screen=False),
        Column("labels", lambda t: "、".join(k.label for k in t.kinds), "reasons"),
        Column("first_reason", lambda t: t.reasons[0].reason, "first reason"),
        Column("why", lambda t: "; ".join(r.reason for r in t.reasons), on_screen=False),
    ]
    return Listing(
        title=(
            f"Worklist{who} of {result.first_day}: {len(tasks)} tasks ({moved} moved to later "
            f"days); {len(result.left_off)} left off by contact pressure; "
            f"{result.expired_count} stale follow-ups expired"
        ),
        columns=columns,
        entries=tasks,
        document=attrs.evolve(result, tasks=tasks),
    )


@app.command()
def worklist(
    db: DbOption,
    as_of: AsOfOption = None,
    agent: Annotated[str | None, typer.Option("--agent", help="only this agent's tasks")] = None,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    calendar_file: CalendarOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the desk's ranked worklist of a day: one task per customer, every reason.

    Tasks are assigned to the responsible owners (or round robin) within their daily
    capacity; stale follow-ups are counted as expired. The list is computed in the
    database through the SQL twin of the worklist (the archive is not read out whole).
    A warning on standard error says when a window, deadline or task day falls in a
    year whose holidays are only estimated.
    """
    from autocrm.adapters.sqlalchemy.rules import daily_worklist

    day = parse_day(as_of)
    rules = load_policy_file(policy_file)
    days = workday_calendar(calendar_file)
    archive = open_store(db, create=False)
    with progress("worklist", quiet=quiet) as step:
        step("finding the reasons in the database and ranking the day")
        result = daily_worklist(archive, as_of=day, policies=rules, calendar=days)
    # The days the list rests on: the reasons' due days (a follow-up window's last day,
    # a complaint's deadline), today, and the later days tasks moved to.
    seen = [day, *(task.on for task in result.tasks)]
    seen += [r.due_on for task in result.tasks for r in task.reasons if r.due_on is not None]
    warn_if_estimated(min(seen), max(seen), calendar=days)
    emit(worklist_listing(result, agent), output)


# -------------------------------------------------------------------- reminders


def reminders_listing(result: ReminderList, *, title: str = "") -> Listing:
    """The reminders of a day, ranked."""
    columns = [
        Column("priority", lambda r: r.priority),
        Column("contact_on", lambda r: r.contact_on, "contact on"),
        Column("due_on", lambda r: r.due_on, "due"),
        Column("kind", lambda r: r.kind.value, on_screen=False),
        Column("label", lambda r: r.kind.label, "reminder"),
        Column("customer_number", lambda r: r.customer_number, "customer"),
        Column("vin", lambda r: r.vin),
        Column("reason", lambda r: r.reason),
        Column("low_confidence", lambda r: r.low_confidence, "low confidence", on_screen=False),
    ]
    return Listing(
        title=title
        or (
            f"Reminders of {result.as_of}: {len(result.reminders)} "
            f"({len(result.left_off)} left off by contact pressure)"
        ),
        columns=columns,
        entries=result.reminders,
        document=result,
    )


def _reminder_kinds(names: Sequence[str]) -> frozenset[ReminderKind]:
    from autocrm.errors import InvalidComponent
    from autocrm.rules.reminder_kinds import ReminderKind

    if not names:
        return frozenset(ReminderKind) - {ReminderKind.CAMPAIGN}  # no campaign given
    found = set()
    for name in names:
        try:
            found.add(ReminderKind.from_label(name))
        except InvalidComponent:
            allowed = ", ".join(k.value for k in ReminderKind)
            msg = f"--kind: {name!r} is not a reminder kind ({allowed})"
            raise InvalidComponent(msg, field="kind", value=name) from None
    return frozenset(found)


def due_reminders_of(
    archive: SqlArchive,
    *,
    as_of: date,
    kinds: frozenset[ReminderKind],
    horizon: int | None,
    policies: Policies,
    step: Callable[[str], None],
    snapshot: Snapshot | None = None,
    calendar: WorkdayCalendar | None = None,
) -> ReminderList:
    """The reminders of ``kinds``: SQL finds those its twin knows, the rule the others."""
    from autocrm.adapters.sqlalchemy.rules import reminders as sql_reminders
    from autocrm.rules.calendar import ChineseWorkdays
    from autocrm.rules.reminder_day import ReminderDay
    from autocrm.rules.reminders import due_reminders_report

    days = ChineseWorkdays() if calendar is None else calendar
    in_sql = kinds & sql_reminders.SQL_REMINDER_KINDS
    parts: list[ReminderList] = []
    if in_sql:
        step("reminders found in SQL")
        parts.append(
            sql_reminders.due_reminders_report(
                archive, as_of=as_of, horizon=horizon, policy=policies.service,
                calendar=days, kinds=in_sql,
            )
        )  # fmt: skip
    if kinds - in_sql:
        if snapshot is None:
            step("reading the archive for the other reminders")
            snapshot = archive.snapshot()
        step("reminders from the rules")
        parts.append(
            due_reminders_report(
                snapshot, as_of=as_of, horizon=horizon, policy=policies.service,
                calendar=days, kinds=kinds - in_sql,
            )
        )  # fmt: skip
    day = ReminderDay.of(as_of=as_of, horizon=horizon, policy=policies.service, calendar=days)
    return day.report(
        [r for part in parts for r in part.reminders],
        [x for part in parts for x in part.left_off],
    )


@app.command()
def reminders(
    db: DbOption,
    as_of: AsOfOption = None,
    agent: AgentOption = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="only this kind (maintenance, insurance_renewal, warranty_expiry, "
            "annual_inspection, birthday, purchase_anniversary, holiday); repeatable",
        ),
    ] = None,
    horizon: Annotated[
        int | None, typer.Option(help="days to look ahead (default: the service policy's)")
    ] = None,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    calendar_file: CalendarOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the reminders due: maintenance, renewals, warranty, inspection, birthdays.

    The kinds the database can find (by date) come from SQL; the others (those that
    need a mileage prediction or the holiday calendar) from the rules over the archive.
    A warning on standard error says when the days looked at fall in a year whose
    holidays are only estimated (contact days and holiday care rest on them).
    """
    from autocrm.rules.reminder_day import ReminderDay

    day = parse_day(as_of)
    kinds = _reminder_kinds(kind or ())
    rules = load_policy_file(policy_file)
    days = workday_calendar(calendar_file)
    window = ReminderDay.of(as_of=day, horizon=horizon, policy=rules.service, calendar=days)
    archive = open_store(db, create=False)
    with progress("reminders", quiet=quiet) as step:
        result = due_reminders_of(
            archive, as_of=day, kinds=kinds, horizon=horizon, policies=rules, step=step,
            calendar=days,
        )  # fmt: skip
        owned = _owned_by(archive, agent)
    result = _owned_only(
        result,
        owned,
        reminders=attrgetter("customer_number"),
        left_off=attrgetter("reminder.customer_number"),
    )
    warn_if_estimated(day, day + timedelta(days=window.horizon), calendar=days)
    listing = reminders_listing(result)
    emit(attrs.evolve(listing, title=listing.title + _whose(agent)), output)


# ------------------------------------------------------------------------ lost


def lost_listing(result: LostCustomers) -> Listing:
    """The lost customers to win back, in win-back order."""
    columns = [
        Column("customer_number", lambda a: a.customer_number, "customer"),
        Column("segment", lambda a: a.segment.value, on_screen=False),
        Column("label", lambda a: a.segment.label, "segment"),
        Column("last_visit_on", lambda a: a.last_visit_on, "last visit"),
        Column("days_since_visit", lambda a: a.days_since_visit, "days away"),
        Column("vins", lambda a: a.vins, on_screen=False),
        Column("reason", lambda a: a.reason, on_screen=False),
    ]
    return Listing(
        title=(
            f"Lost customers of {result.as_of}: {len(result.entries)} to win back "
            f"({len(result.left_off)} left off by contact pressure)"
        ),
        columns=columns,
        entries=result.entries,
        document=result,
    )


@app.command()
def lost(
    db: DbOption,
    as_of: AsOfOption = None,
    agent: AgentOption = None,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the lost customers to win back (computed in the database)."""
    from autocrm.adapters.sqlalchemy.rules import lost_customers_report

    day = parse_day(as_of)
    rules = load_policy_file(policy_file)
    archive = open_store(db, create=False)
    with progress("lost customers", quiet=quiet):
        result = lost_customers_report(archive, as_of=day, policy=rules.churn)
        owned = _owned_by(archive, agent)
    result = _owned_only(
        result,
        owned,
        entries=attrgetter("customer_number"),
        left_off=attrgetter("customer_number"),
    )
    listing = lost_listing(result)
    emit(attrs.evolve(listing, title=listing.title + _whose(agent)), output)


# --------------------------------------------------------------- early warning


def early_warning_listing(result: EarlyWarning) -> Listing:
    """The early-warning call list, most timely call first."""
    columns = [
        Column("customer_number", lambda e: e.customer_number, "customer"),
        Column("name", lambda e: e.name),
        Column("last_visit_on", lambda e: e.last_visit_on, "last visit"),
        Column("priority", lambda e: e.priority),
        Column("birthday_soon", lambda e: yes(e.birthday_within_days), "birthday soon"),
        Column("service_due_soon", lambda e: yes(e.service_due_within_days), "service due soon"),
        Column("birthday_on", lambda e: e.birthday_on, on_screen=False),
        Column("service_due_on", lambda e: e.service_due_on, on_screen=False),
        Column("service_due_vin", lambda e: e.service_due_vin, on_screen=False),
        Column("reason", lambda e: e.reason, on_screen=False),
    ]
    return Listing(
        title=(
            f"Early warning: {len(result.entries)} customers came in {result.active_from} – "
            f"{result.active_until} and not since ({len(result.left_off)} left off)"
        ),
        columns=columns,
        entries=result.entries,
        document=result,
    )


@app.command("early-warning")
def early_warning_command(
    db: DbOption,
    as_of: AsOfOption = None,
    agent: AgentOption = None,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the early-warning call list: customers drifting away (computed in the database)."""
    from autocrm.adapters.sqlalchemy.rules import early_warning

    day = parse_day(as_of)
    rules = load_policy_file(policy_file)
    archive = open_store(db, create=False)
    with progress("early warning", quiet=quiet):
        result = early_warning(archive, as_of=day, policy=rules.churn, service_policy=rules.service)
        owned = _owned_by(archive, agent)
    result = _owned_only(
        result,
        owned,
        entries=attrgetter("customer_number"),
        left_off=attrgetter("customer_number"),
        opted_out=str,  # already customer numbers
    )
    listing = early_warning_listing(result)
    emit(attrs.evolve(listing, title=listing.title + _whose(agent)), output)


# ------------------------------------------------------------------ complaints


@attrs.frozen
class ComplaintLine:
    """An open complaint on the desk's list, with its deadline and what is overdue."""

    number: str
    customer_number: str
    level: str
    status: str
    received_on: date
    deadline: date
    overdue: bool
    callback_promised_at: datetime | None
    callback_overdue: bool
    handler: str | None


def complaint_lines(
    complaints: Iterable[Complaint],
    *,
    as_of: date,
    policies: Policies,
    overdue_only: bool,
    calendar: WorkdayCalendar | None = None,
) -> list[ComplaintLine]:
    """The open complaints (or only the overdue ones), most urgent first.

    First the list of [`overdue_complaints`][autocrm.rules.overdue_complaints.overdue_complaints]
    as the rule gives it, then the complaints whose promised call-back was missed, then
    the others; each part in the rule's order
    ([`urgency`][autocrm.rules.overdue_complaints.urgency]).
    """
    from autocrm.rules.calendar import ChineseWorkdays
    from autocrm.rules.complaints import closing_deadline
    from autocrm.rules.overdue_complaints import overdue_complaints, urgency

    days = ChineseWorkdays() if calendar is None else calendar
    given = list(complaints)
    overdue = overdue_complaints(given, as_of=as_of, policy=policies.complaints, calendar=days)
    listed = {entry.complaint.number for entry in overdue}
    others: list[tuple[bool, tuple[date, int, str], ComplaintLine]] = []
    for complaint in given:
        if complaint.number in listed:
            continue
        deadline = closing_deadline(complaint, policy=policies.complaints, calendar=days)
        line = _complaint_line(complaint, deadline, overdue=False, as_of=as_of)
        if overdue_only and not line.callback_overdue:
            continue
        others.append((not line.callback_overdue, urgency(complaint, deadline=deadline), line))
    others.sort(key=lambda other: other[:2])
    return [
        *(_complaint_line(e.complaint, e.deadline, overdue=True, as_of=as_of) for e in overdue),
        *(line for *_, line in others),
    ]


def _complaint_line(
    complaint: Complaint, deadline: date, *, overdue: bool, as_of: date
) -> ComplaintLine:
    from autocrm.domain import CHINA_TZ
    from autocrm.rules.complaints import callback_overdue

    return ComplaintLine(
        number=complaint.number,
        customer_number=complaint.customer_number,
        level=complaint.level.value,
        status=complaint.status.value,
        received_on=complaint.received_at.astimezone(CHINA_TZ).date(),
        deadline=deadline,
        overdue=overdue,
        callback_promised_at=complaint.callback_promised_at,
        callback_overdue=callback_overdue(complaint, as_of=as_of),
        handler=complaint.handler,
    )


def complaints_listing(lines: Sequence[ComplaintLine], *, as_of: date, overdue: bool) -> Listing:
    """The open complaints of the desk's list."""
    from autocrm.domain import ComplaintStatus

    columns = [
        Column("number", lambda c: c.number, "complaint"),
        Column("customer_number", lambda c: c.customer_number, "customer"),
        Column("level", lambda c: c.level),
        Column(
            "status", lambda c: c.status, shown=lambda c: ComplaintStatus.from_label(c.status).label
        ),
        Column("received_on", lambda c: c.received_on, "received"),
        Column("deadline", lambda c: c.deadline, "closing deadline"),
        Column("overdue", lambda c: c.overdue, shown=lambda c: yes(c.overdue)),
        Column(
            "callback_promised_at",
            lambda c: c.callback_promised_at,
            "call-back promised",
            shown=lambda c: _local_minute(c.callback_promised_at),
        ),
        Column(
            "callback_overdue",
            lambda c: c.callback_overdue,
            "call-back missed",
            shown=lambda c: yes(c.callback_overdue),
        ),
        Column("handler", lambda c: c.handler),
    ]
    which = "overdue" if overdue else "open"
    return Listing(
        title=f"Complaints {which} on {as_of}: {len(lines)}",
        columns=columns,
        entries=lines,
        document={
            "as_of": as_of.isoformat(),
            "overdue_only": overdue,
            "complaints": [{c.name: _plain(c.value(line)) for c in columns} for line in lines],
        },
    )


def _local_minute(moment: datetime | None) -> str:
    from autocrm.domain import CHINA_TZ

    return "" if moment is None else moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def _plain(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


@app.command()
def complaints(
    db: DbOption,
    as_of: AsOfOption = None,
    agent: Annotated[
        str | None, typer.Option("--agent", help="only the complaints this agent handles")
    ] = None,
    overdue: Annotated[
        bool,
        typer.Option("--overdue", help="only those past their closing deadline or call-back"),
    ] = False,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    calendar_file: CalendarOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the open complaints with their closing deadlines (or only the overdue ones).

    The database selects the complaints not yet closed; the deadlines count working
    days, so the calendar decides which are overdue. A warning on standard error says
    when a deadline rests on a year whose holidays are only estimated.
    """
    from autocrm.domain import Complaint
    from autocrm.query import F

    day = parse_day(as_of)
    rules = load_policy_file(policy_file)
    days = workday_calendar(calendar_file)
    archive = open_store(db, create=False)
    where: Filter = F.complaint.status != "closed"
    if agent is not None:
        where = where & (F.complaint.handler == agent)
    with progress("complaints", quiet=quiet):
        found = archive.find(Complaint, where)
        lines = complaint_lines(
            found, as_of=day, policies=rules, overdue_only=overdue, calendar=days
        )
    if lines:
        first = min(min(line.received_on for line in lines), day)
        warn_if_estimated(first, max(max(line.deadline for line in lines), day), calendar=days)
    listing = complaints_listing(lines, as_of=day, overdue=overdue)
    who = "" if agent is None else f" handled by {agent}"
    emit(attrs.evolve(listing, title=listing.title + who), output)
