"""The policies the desk's day reads: one per rule it gathers, and where each reason ranks.

[`RulePolicies`][autocrm.rules.desk_policies.RulePolicies] names them (the worklist, follow-ups,
maintenance reminders, membership, churn, loyalty and complaint policies);
[`DayReasons.policies_of`][autocrm.rules.day_reasons.DayReasons.policies_of] checks a bundle
given, or gives every default.

Examples:
    >>> from autocrm.policies import Policies
    >>> rules: RulePolicies = Policies()
    >>> rules.worklist.daily_capacity
    40
"""

from __future__ import annotations

from typing import Protocol

import attrs

from autocrm.errors import InvalidFormat
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.loyalty import LoyaltyPolicy
from autocrm.rules.membership import MembershipPolicy
from autocrm.rules.service_policy import ServicePolicy
from autocrm.rules.worklist_policy import ReasonKind, WorklistPolicy

__all__ = ["RulePolicies"]


class RulePolicies(Protocol):
    """The policies the daily worklist reads, one per rule it gathers.

    [`autocrm.policies.Policies`][autocrm.policies.Policies] is one (the worklist does not
    import it: the bundle of every policy sits above the rules).

    Examples:
        >>> from autocrm.policies import Policies
        >>> rules: RulePolicies = Policies()
        >>> rules.worklist.daily_capacity
        40
    """

    @property
    def worklist(self) -> WorklistPolicy:
        """The worklist's own numbers."""

    @property
    def followups(self) -> FollowUpPolicy:
        """Follow-up calls."""

    @property
    def service(self) -> ServicePolicy:
        """Maintenance reminders."""

    @property
    def membership(self) -> MembershipPolicy:
        """Membership (whose spending counts)."""

    @property
    def churn(self) -> ChurnPolicy:
        """Lost customers and early warning."""

    @property
    def loyalty(self) -> LoyaltyPolicy:
        """Loyalty classes (the churn-risk score reads them)."""

    @property
    def complaints(self) -> ComplaintPolicy:
        """Complaint deadlines."""


@attrs.frozen(kw_only=True)
class _DefaultPolicies:
    worklist: WorklistPolicy = attrs.field(factory=WorklistPolicy)
    followups: FollowUpPolicy = attrs.field(factory=FollowUpPolicy)
    service: ServicePolicy = attrs.field(factory=ServicePolicy)
    membership: MembershipPolicy = attrs.field(factory=MembershipPolicy)
    churn: ChurnPolicy = attrs.field(factory=ChurnPolicy)
    loyalty: LoyaltyPolicy = attrs.field(factory=LoyaltyPolicy)
    complaints: ComplaintPolicy = attrs.field(factory=ComplaintPolicy)


_POLICY_PARTS: tuple[tuple[str, type], ...] = (
    ("worklist", WorklistPolicy),
    ("followups", FollowUpPolicy),
    ("service", ServicePolicy),
    ("membership", MembershipPolicy),
    ("churn", ChurnPolicy),
    ("loyalty", LoyaltyPolicy),
    ("complaints", ComplaintPolicy),
)


def _checked_policies(policies: object) -> RulePolicies:
    """``policies`` if it has every part the worklist reads, else InvalidFormat."""
    for name, kind in _POLICY_PARTS:
        part = getattr(policies, name, None)
        if not isinstance(part, kind):
            msg = (
                f"policies: expected a Policies (with a {kind.__name__} as .{name}), "
                f"got {type(policies).__name__}"
            )
            raise InvalidFormat(msg, field="policies", value=policies)
    return policies  # type: ignore[return-value]


def _places(rules: RulePolicies) -> dict[ReasonKind, int]:
    policy = rules.worklist
    return {kind: policy.rank_of(kind) for kind in policy.scale}
