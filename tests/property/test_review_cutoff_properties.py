"""The review cut-off splits the review dates exactly where the reviews fall due."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.review import ReviewDue


@given(
    last=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    as_of=st.dates(),
    months=st.integers(min_value=1, max_value=24),
)
def test_a_review_is_due_exactly_when_its_date_is_on_or_before_the_cutoff(
    last: date, as_of: date, months: int
) -> None:
    policy = ArchivePolicy(review_every_months=months)
    cutoff = ReviewDue.cutoff(as_of=as_of, policy=policy)
    review = ReviewDue.from_dates(
        "C000001", reviewed_on=last, registered_on=None, as_of=as_of, policy=policy
    )
    assert review.due == (cutoff is not None and last <= cutoff)


def test_the_cutoff_takes_the_month_end_clamp() -> None:
    # 30 and 31 November plus three months are both 28 February 2025.
    assert ReviewDue.cutoff(as_of=date(2025, 2, 28)) == date(2024, 11, 30)
    assert ReviewDue.cutoff(as_of=date(2024, 2, 29)) == date(2023, 11, 30)
    assert ReviewDue.cutoff(as_of=date(2025, 3, 31)) == date(2024, 12, 31)
    assert ReviewDue.cutoff(as_of=date(1, 2, 1)) is None
