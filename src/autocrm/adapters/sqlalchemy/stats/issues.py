"""Problems raised in follow-up calls, counted by the database by category and position.

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> issue_breakdown(archive).total
    0
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.stats._grouping import (
    counted,
    filtered,
    first_completed,
    reading,
)
from autocrm.domain.followup import IssueCategory, JobPosition
from autocrm.query import Filter
from autocrm.stats.issues import IssueBreakdown

__all__ = ["issue_breakdown"]


def issue_breakdown(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
) -> IssueBreakdown:
    """Problems raised in follow-up calls by category and job position, counted by the database.

    Two ``GROUP BY`` over the completed call of each selected follow-up (its first
    completed attempt): calls by whether they raised a problem, and the problems
    (rows of ``call_attempt_issues``) by category and job position. The result is
    [`autocrm.stats.issue_breakdown`][autocrm.stats.issues.issue_breakdown] of the selected
    follow-ups.

    Args:
        archive: The SQL archive.
        where: A follow-up filter (all follow-ups if None).
        as_of: Anchors relative windows in ``where``.

    Returns:
        An [`IssueBreakdown`][autocrm.stats.issues.IssueBreakdown].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, FollowUp, ReportedIssue
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> for n, issues in [("F1", [ReportedIssue("服务态度", "service_advisor")]),
        ...                   ("F2", [ReportedIssue("服务态度", "service_advisor"),
        ...                           ReportedIssue("维修技术", "technician")]),
        ...                   ("F3", [])]:
        ...     _ = archive.add(FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                              earliest=at.date(), due=at.date(), latest=at.date(),
        ...                              attempts=[CallAttempt(at, "completed", issues=issues)]),
        ...                     actor="a", at=at)
        >>> result = issue_breakdown(archive)
        >>> result.total, f"{result.call_rate}", f"{result.share('服务态度')}"
        (3, '67%', '67%')
    """
    followups, attempts, issues = t.followups, t.call_attempts, t.call_attempt_issues
    calls = followups.join(attempts, attempts.c.followup_number == followups.c.number)
    of_the_call = sa.and_(
        issues.c.followup_number == attempts.c.followup_number,
        issues.c.attempt_position == attempts.c.position,
    )
    conditions = [first_completed(attempts), *filtered(archive, "followup", where, as_of)]
    with reading(archive) as connection:
        by_call = counted(
            connection,
            [sa.case((sa.exists().where(of_the_call), 1), else_=0)],
            source=calls,
            conditions=conditions,
        )
        by_cell = counted(
            connection,
            [issues.c.category, issues.c.job_position],
            source=calls.join(issues, of_the_call),
            conditions=conditions,
        )
    cells: Counter[tuple[IssueCategory, JobPosition]] = Counter()
    for (category, position), count in by_cell:
        cells[IssueCategory.from_label(category), JobPosition.from_label(position)] += count
    with_issues = sum(count for (raised,), count in by_call if int(raised))
    return IssueBreakdown.from_counts(sum(count for _, count in by_call), with_issues, cells)
