"""Archive care: completeness, duplicates, review, redaction, anonymisation (SPEC §1, §9)."""

from __future__ import annotations

import attrs

__all__ = ["ArchivePolicy"]


@attrs.frozen(kw_only=True)
class ArchivePolicy:
    """The numbers of archive care (seed 001).

    Example:
        >>> ArchivePolicy().review_every_months
        3
    """

    review_every_months: int = 3
    customer_number_prefix: str = "C"
    customer_number_width: int = 6
    vin_check_digit: bool = True
