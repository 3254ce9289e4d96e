"""Follow-up calls: when to call after a visit or a sale, retries, the worklist (SPEC §2)."""

from __future__ import annotations

import attrs

__all__ = ["FollowUpPolicy"]


@attrs.frozen(kw_only=True)
class FollowUpPolicy:
    """The numbers of the follow-up rules (seeds 000, 002, 003, 004).

    Example:
        >>> FollowUpPolicy().minor_repair_days
        (3, 5)
    """

    three_day_days: int = 3
    minor_repair_days: tuple[int, int] = (3, 5)
    major_repair_days: tuple[int, int] = (14, 28)
    new_car_day: int = 7
    sale_three_day_days: int = 3
    max_attempts: int = 3
    retry_after_workdays: int = 1
    rating_scale: int = 5
    contact_cooldown_days: int = 7
