"""Big customers: the A/B/C classes (SPEC §8, seed 004)."""

from __future__ import annotations

import attrs

__all__ = ["FleetPolicy"]


@attrs.frozen(kw_only=True)
class FleetPolicy:
    """Fleet-size thresholds of the A/B/C classes.

    Example:
        >>> FleetPolicy().a_min_vehicles
        50
    """

    a_min_vehicles: int = 50
    b_min_vehicles: int = 20
