"""Problems raised in follow-up calls, by category and by job position.

The department sorts the problems customers raise in follow-up calls into categories
(facilities, service attitude, repair technique, process) and analyses them by the
job position responsible (see [follow-ups][sources-followups]).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> issue_breakdown([]).total
    0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import attrs

from autocrm.domain.followup import FollowUp, IssueCategory, JobPosition
from autocrm.stats._checks import check_iterable, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.rates import Rate

__all__ = ["IssueBreakdown", "issue_breakdown"]


@attrs.frozen
class IssueBreakdown:
    """Problems raised in completed follow-up calls, by category and job position.

    Attributes:
        calls: Completed calls examined.
        calls_with_issues: Of those, calls that raised at least one problem.
        cells: ``(category, position, count)`` for every pair that occurred.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, ReportedIssue
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> call = FollowUp(number="F1", kind="3dc", customer_number="C1",
        ...                 earliest=at.date(), due=at.date(), latest=at.date(),
        ...                 attempts=[CallAttempt(at, "completed", issues=[
        ...                     ReportedIssue("硬件设施", "reception", "休息区空调太冷"),
        ...                     ReportedIssue("服务态度", "cashier")])])
        >>> result = issue_breakdown([call])
        >>> result.calls, result.calls_with_issues, result.total
        (1, 1, 2)
        >>> dict(result.by_category())[IssueCategory.HARDWARE], f"{result.share('服务态度')}"
        (1, '50%')
    """

    calls: int
    calls_with_issues: int
    cells: tuple[tuple[IssueCategory, JobPosition, int], ...]

    @classmethod
    def from_counts(
        cls,
        calls: int,
        calls_with_issues: int,
        cells: Mapping[tuple[IssueCategory, JobPosition], int],
    ) -> IssueBreakdown:
        """Build the breakdown from calls and problems counted by category and position.

        [`issue_breakdown`][autocrm.stats.issues.issue_breakdown] counts in memory and
        the SQL adapter counts in the database; both build the result here, most
        frequent problems first.

        Examples:
            >>> result = IssueBreakdown.from_counts(
            ...     4, 1, {(IssueCategory.HARDWARE, JobPosition.RECEPTION): 2})
            >>> f"{result.call_rate}", result.total
            ('25%', 2)
        """
        ordered = sorted(
            cells.items(),
            key=lambda item: (
                -item[1],
                list(IssueCategory).index(item[0][0]),
                list(JobPosition).index(item[0][1]),
            ),
        )
        return cls(
            calls=calls,
            calls_with_issues=calls_with_issues,
            cells=tuple((category, position, count) for (category, position), count in ordered),
        )

    @property
    def total(self) -> int:
        """All problems raised."""
        return sum(count for _, _, count in self.cells)

    @property
    def call_rate(self) -> Rate:
        """Share of completed calls that raised a problem."""
        return Rate(self.calls_with_issues, self.calls)

    def by_category(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (the four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] += count
        return tuple((category, counts[category]) for category in IssueCategory)

    def by_position(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] += count
        return tuple((position, counts[position]) for position in JobPosition)

    def share(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]


def issue_breakdown(followups: Iterable[FollowUp]) -> IssueBreakdown:
    """Count the problems raised in follow-up calls by category and job position.

    The department sorts the problems found in 3DC calls into four categories
    (hardware/facilities, service attitude, repair technique, process) and
    analyses them by job position ([what a call records][sources-followups-record]).
    Only completed calls carry problems.

    Args:
        followups: The follow-ups (of any kind).

    Returns:
        An [`IssueBreakdown`][autocrm.stats.issues.IssueBreakdown].

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, ReportedIssue
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> def fu(n, *issues):
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     earliest=at.date(), due=at.date(), latest=at.date(),
        ...                     attempts=[CallAttempt(at, "completed", issues=issues)])
        >>> result = issue_breakdown([
        ...     fu("F1", ReportedIssue("服务态度", "service_advisor")),
        ...     fu("F2", ReportedIssue("服务态度", "service_advisor"),
        ...        ReportedIssue("维修技术", "technician")),
        ...     fu("F3")])
        >>> result.total, f"{result.call_rate}", f"{result.share('服务态度')}"
        (3, '67%', '67%')
        >>> dict(result.by_position())[JobPosition.TECHNICIAN]
        1
    """
    check_iterable(followups, "followups")
    cells: Counter[tuple[IssueCategory, JobPosition]] = Counter()
    calls = with_issues = 0
    for followup in records_of(followups, FollowUp, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return IssueBreakdown.from_counts(calls, with_issues, cells)
