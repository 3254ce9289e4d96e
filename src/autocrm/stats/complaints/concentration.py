"""Where complaints concentrate: counts and shares by cause and by topic (a Pareto table).

The department names the causes of complaints (product quality, repair quality,
staff errors, service quality, demands beyond the shop's standard) and finds that
they gather around a few topics: the lounge, the car wash, meals, whether fees are
reasonable, timely call-backs and appointments, and above all (80 %) the
explanation at settlement (see [complaints][sources-complaints]).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> complaint_concentration([]).complaints
    0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from autocrm.domain.complaint import Complaint, ComplaintCause, ComplaintTopic
from autocrm.stats._checks import checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Rate

__all__ = ["ComplaintConcentration", "ConcentrationRow", "complaint_concentration"]

_DEFAULT_POLICY = StatsPolicy()


#: The label of complaints whose cause or topic was not recorded.
_UNRECORDED = ("unrecorded", "未记录")


@attrs.frozen(kw_only=True)
class ConcentrationRow:
    """Complaints of one cause or topic, with their share of all complaints.

    Attributes:
        dimension: ``"cause"`` or ``"topic"``.
        key: The cause or topic; None for complaints where it was not recorded.
        count: Complaints of this key.
        share: ``count`` over all complaints.
        cumulative: This row and the rows above it over all complaints (the
            Pareto curve: rows run from the most frequent down).

    Examples:
        >>> row = ConcentrationRow(dimension="topic", key=ComplaintTopic.SETTLEMENT, count=8,
        ...                        share=Rate(8, 10), cumulative=Rate(8, 10))
        >>> row.label, f"{row.share}"
        ('结算解释', '80%')
    """

    dimension: str
    key: ComplaintCause | ComplaintTopic | None
    count: int
    share: Rate
    cumulative: Rate

    @property
    def value(self) -> str:
        """The key's code (``"unrecorded"`` when not recorded)."""
        return _UNRECORDED[0] if self.key is None else self.key.value

    @property
    def label(self) -> str:
        """The key's Chinese label (``"未记录"`` when not recorded)."""
        return _UNRECORDED[1] if self.key is None else self.key.label

    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "dimension": self.dimension,
            "key": self.value,
            "label": self.label,
            "count": self.count,
            "share": self.share.value,
            "percent": self.share.format_percent(),
            "cumulative": self.cumulative.value,
            "cumulative_percent": self.cumulative.format_percent(),
        }


@attrs.frozen(kw_only=True)
class ComplaintConcentration:
    """Where complaints concentrate: counts and shares by cause and by topic.

    Attributes:
        complaints: Complaints counted.
        by_cause: One row per cause (and ``unrecorded`` when any),
            most frequent first.
        by_topic: One row per topic (and ``unrecorded``),
            most frequent first.

    Examples:
        >>> complaint_concentration([]).settlement_share.value is None
        True
    """

    complaints: int
    by_cause: tuple[ConcentrationRow, ...]
    by_topic: tuple[ConcentrationRow, ...]

    def cause(self, cause: ComplaintCause | str) -> ConcentrationRow:
        """The row of one cause (a ComplaintCause, its value or its label)."""
        wanted = ComplaintCause.from_label(cause) if isinstance(cause, str) else cause
        return next(row for row in self.by_cause if row.key is wanted)

    def topic(self, topic: ComplaintTopic | str) -> ConcentrationRow:
        """The row of one topic (a ComplaintTopic, its value or its label)."""
        wanted = ComplaintTopic.from_label(topic) if isinstance(topic, str) else topic
        return next(row for row in self.by_topic if row.key is wanted)

    @property
    def settlement_share(self) -> Rate:
        """Share of complaints about the explanation at settlement (80 % in the department)."""
        return self.topic(ComplaintTopic.SETTLEMENT).share

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """The cause rows, then the topic rows."""
        return [row.to_dict() for row in (*self.by_cause, *self.by_topic)]


def _concentration(
    dimension: str,
    members: Sequence[ComplaintCause | ComplaintTopic],
    counts: Counter[Any],
    total: int,
    confidence: float,
) -> tuple[ConcentrationRow, ...]:
    order = {member: index for index, member in enumerate(members)}
    keys: list[Any] = sorted(members, key=lambda m: (-counts[m], order[m]))
    if counts[None]:
        keys.append(None)
    rows: list[ConcentrationRow] = []
    running = 0
    for key in keys:
        running += counts[key]
        rows.append(
            ConcentrationRow(
                dimension=dimension,
                key=key,
                count=counts[key],
                share=Rate(counts[key], total, confidence=confidence),
                cumulative=Rate(running, total, confidence=confidence),
            )
        )
    return tuple(rows)


def complaint_concentration(
    complaints: Iterable[Complaint], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> ComplaintConcentration:
    """Count complaints by cause and by topic, with shares: where they concentrate.

    The department names the causes (product quality, repair quality, staff
    errors, service quality, demands beyond the shop's standard) and finds that
    complaints gather around the lounge, car wash, meals, fee reasonableness,
    timely call-backs and timely appointments, and that 80 % arise at the
    explanation and settlement step
    (``ComplaintConcentration.settlement_share``; see
    [complaints][sources-complaints-causes]).
    Every cause and topic has a row, most frequent first, with its share and the
    cumulative share (a Pareto table); complaints without a cause or topic are
    counted in an ``unrecorded`` row at the end. Pass the complaints of one period.

    Args:
        complaints: The complaints.
        policy: The confidence of the shares.

    Returns:
        A [`ComplaintConcentration`][autocrm.stats.complaints.concentration.ComplaintConcentration].

    Raises:
        autocrm.errors.InvalidFormat: an item is not a Complaint.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> received = datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ)
        >>> def c(n, topic, cause=None):
        ...     return Complaint(number=n, customer_number="C000001", received_at=received,
        ...                      topic=topic, cause=cause)
        >>> result = complaint_concentration(
        ...     [c(f"T{i}", "settlement", "service_quality") for i in range(8)]
        ...     + [c("T8", "car_wash"), c("T9", None, "repair_quality")])
        >>> f"{result.settlement_share}", result.by_topic[0].label, result.by_topic[-1].label
        ('80%', '结算解释', '未记录')
        >>> result.cause("服务质量").count, f"{result.by_cause[1].cumulative}"
        (8, '90%')
    """
    policy = checked(policy, StatsPolicy, "policy")
    items: list[Complaint] = records_of(complaints, Complaint, "complaints")
    total = len(items)
    causes: Counter[ComplaintCause | None] = Counter(item.cause for item in items)
    topics: Counter[ComplaintTopic | None] = Counter(item.topic for item in items)
    confidence = policy.confidence
    return ComplaintConcentration(
        complaints=total,
        by_cause=_concentration("cause", tuple(ComplaintCause), causes, total, confidence),
        by_topic=_concentration("topic", tuple(ComplaintTopic), topics, total, confidence),
    )
