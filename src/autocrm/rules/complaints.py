"""Complaints: closing deadlines, the state machine, call-backs (SPEC §7)."""

from __future__ import annotations

import attrs

__all__ = ["ComplaintPolicy"]


@attrs.frozen(kw_only=True)
class ComplaintPolicy:
    """Closing deadlines in working days by level (defaults I = 1, II = 3, III = 7).

    Example:
        >>> ComplaintPolicy().level_iii_workdays
        7
    """

    level_i_workdays: int = 1
    level_ii_workdays: int = 3
    level_iii_workdays: int = 7
