"""Names that moved to the statistics module of their topic still work from the old place."""

from __future__ import annotations

import importlib

import pytest

MOVED = [
    ("autocrm.stats.operations", "ARRIVAL_GROUPS", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "ARRIVAL_PRECEDENCE", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "ArrivalCounts", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "ArrivalGroup", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "ArrivalRow", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "arrivals_by_type", "autocrm.stats.arrivals"),
    ("autocrm.stats.operations", "AppointmentRateRow", "autocrm.stats.appointments"),
    ("autocrm.stats.operations", "AppointmentRates", "autocrm.stats.appointments"),
    ("autocrm.stats.operations", "appointment_rates", "autocrm.stats.appointments"),
    ("autocrm.stats.operations", "InsuranceRenewal", "autocrm.stats.renewals"),
    ("autocrm.stats.operations", "RenewalRate", "autocrm.stats.renewals"),
    ("autocrm.stats.operations", "renewal_rate", "autocrm.stats.renewals"),
    ("autocrm.stats.operations", "IssueBreakdown", "autocrm.stats.issues"),
    ("autocrm.stats.operations", "issue_breakdown", "autocrm.stats.issues"),
    ("autocrm.stats.archive", "renewals_from", "autocrm.stats.renewals"),
    (
        "autocrm.stats.archive",
        "ComplaintConcentration",
        "autocrm.stats.complaints.concentration",
    ),
    ("autocrm.stats.archive", "ConcentrationRow", "autocrm.stats.complaints.concentration"),
    (
        "autocrm.stats.archive",
        "complaint_concentration",
        "autocrm.stats.complaints.concentration",
    ),
]


@pytest.mark.parametrize(("old", "name", "new"), MOVED)
def test_a_moved_name_warns_and_gives_the_object_of_its_new_module(
    old: str, name: str, new: str
) -> None:
    with pytest.warns(DeprecationWarning, match=rf"{old}\.{name} moved to {new}\.{name}"):
        found = getattr(importlib.import_module(old), name)
    assert found is getattr(importlib.import_module(new), name)


def test_an_unknown_name_of_an_old_module_is_an_attribute_error() -> None:
    operations = importlib.import_module("autocrm.stats.operations")
    with pytest.raises(AttributeError, match="has no attribute 'complaint_counts'"):
        _ = operations.complaint_counts


def test_the_package_namespace_gives_the_moved_names_without_a_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from autocrm.stats import complaint_concentration, renewal_rate, renewals_from

    assert renewal_rate.__module__ == "autocrm.stats.renewals"
    assert renewals_from.__module__ == "autocrm.stats.renewals"
    assert complaint_concentration.__module__ == "autocrm.stats.complaints.concentration"
