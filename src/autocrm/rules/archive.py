"""The numbers of archive care: review period, customer numbering, anonymous names.

Archive care (see [archive care][sources-archive]) is split by topic:
[`archive_completeness`][autocrm.rules.archive_completeness] (how complete a record is),
[`duplicates`][autocrm.rules.duplicates] (records that look like one customer),
[`review`][autocrm.rules.review] (the quarterly review),
[`access`][autocrm.rules.access] (what each role may see),
[`anonymisation`][autocrm.rules.anonymisation] (a deletion request) and
[`handling_records`][autocrm.rules.handling_records] (a work order with its follow-ups
and complaints). This module keeps the policy they share; the names that used to live
here still import from it, with a `DeprecationWarning` naming their new module.

Examples:
    >>> ArchivePolicy(review_every_months=6).review_every_months
    6
"""

from __future__ import annotations

from typing import Any

import attrs

from autocrm.domain.checks import whole_number
from autocrm.errors import InvalidPolicyValue, shown
from autocrm.rules._moved import moved

__all__ = ["ArchivePolicy"]

_MOVED = {
    "Completeness": "autocrm.rules.archive_completeness",
    "DataGroup": "autocrm.rules.archive_completeness",
    "GroupCompleteness": "autocrm.rules.archive_completeness",
    "completeness": "autocrm.rules.archive_completeness",
    "DuplicateGroup": "autocrm.rules.duplicates",
    "DuplicateReason": "autocrm.rules.duplicates",
    "find_duplicates": "autocrm.rules.duplicates",
    "ReviewDue": "autocrm.rules.review",
    "review_due": "autocrm.rules.review",
    "reviews_due": "autocrm.rules.review",
    "COMPLAINT_VISIBILITY": "autocrm.rules.access",
    "VISIBILITY": "autocrm.rules.access",
    "WORK_ORDER_VISIBILITY": "autocrm.rules.access",
    "RedactedComplaint": "autocrm.rules.access",
    "RedactedCustomer": "autocrm.rules.access",
    "RedactedWorkOrder": "autocrm.rules.access",
    "Role": "autocrm.rules.access",
    "Visibility": "autocrm.rules.access",
    "redact": "autocrm.rules.access",
    "redact_complaint": "autocrm.rules.access",
    "redact_work_order": "autocrm.rules.access",
    "visibility": "autocrm.rules.access",
    "PERSONAL_FIELDS": "autocrm.rules.anonymisation",
    "anonymise": "autocrm.rules.anonymisation",
    "WorkOrderRecord": "autocrm.rules.handling_records",
    "work_order_record": "autocrm.rules.handling_records",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


def _check_prefix(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"{attribute.name}: expected a non-blank string, got {shown(value)}"
        raise InvalidPolicyValue(msg, field=attribute.name, value=value)


@attrs.frozen(kw_only=True)
class ArchivePolicy:
    """The numbers of [archive care][sources-archive].

    Attributes:
        review_every_months: The archive is reviewed this often (quarterly by default).
        customer_number_prefix / customer_number_width: Format of new customer numbers.
        vin_check_digit: Whether VINs must carry a valid check digit.
        similar_name_max_edits: How many characters two names may differ by and
            still be "near-same" for [`find_duplicates`][autocrm.rules.duplicates.find_duplicates]
            (names shorter than three characters must match exactly).
        anonymous_name_prefix: The pseudonym
            [`anonymise`][autocrm.rules.anonymisation.anonymise] gives, followed by the
            customer number.

    Examples:
        >>> ArchivePolicy().review_every_months
        3
    """

    review_every_months: int = attrs.field(default=3, validator=whole_number(1))
    customer_number_prefix: str = "C"
    customer_number_width: int = attrs.field(default=6, validator=whole_number(1, 18))
    vin_check_digit: bool = True
    similar_name_max_edits: int = attrs.field(default=1, validator=whole_number(0))
    anonymous_name_prefix: str = attrs.field(default="匿名客户", validator=_check_prefix)
