"""Appointments: booking lead time and the grace period (SPEC §4)."""

from __future__ import annotations

import attrs

__all__ = ["AppointmentPolicy"]


@attrs.frozen(kw_only=True)
class AppointmentPolicy:
    """The numbers of the appointment rules (seed 004).

    Example:
        >>> AppointmentPolicy().grace_minutes
        15
    """

    min_lead_hours: int = 24
    grace_minutes: int = 15
