"""Arguments not yet checked: junk there escapes as a non-autocrm error.

Each entry names the exception and where it is raised. The fuzzing skips these
arguments; ``test_known_gaps_are_still_open`` fails as soon as one is fixed, so that
it is taken off this list. ``update_lists.py`` rewrites this file.
"""

KNOWN_GAPS: dict[str, dict[str, str]] = {
    "autocrm.adapters.sqlalchemy.rules.churn.early_warning": {
        "as_of": "ValueError (dateutil/relativedelta.py:387)",
        "policy": "AttributeError (autocrm/adapters/sqlalchemy/rules/churn.py:479)",
    },
    "autocrm.adapters.sqlalchemy.rules.churn.lost_customers": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
        "policy": "AttributeError (autocrm/adapters/sqlalchemy/rules/churn.py:169)",
        "segments": "AttributeError (autocrm/adapters/sqlalchemy/rules/churn.py:206)",
    },
    "autocrm.adapters.sqlalchemy.rules.churn.lost_customers_report": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
        "policy": "AttributeError (autocrm/adapters/sqlalchemy/rules/churn.py:169)",
        "segments": "AttributeError (autocrm/adapters/sqlalchemy/rules/churn.py:206)",
    },
    "autocrm.adapters.tables.importer.import_tables": {
        "archive": "AttributeError (autocrm/adapters/tables/importer.py:625)",
        "mapping": "AttributeError (autocrm/adapters/tables/importer.py:416)",
        "paths": "TypeError (autocrm/adapters/tables/importer.py:414)",
        "progress": "TypeError (autocrm/adapters/tables/importer.py:468)",
    },
    "autocrm.adapters.tables.importer.plan_import": {
        "mapping": "AttributeError (autocrm/adapters/tables/importer.py:416)",
        "paths": "TypeError (autocrm/adapters/tables/importer.py:414)",
    },
    "autocrm.adapters.tables.mapping.ImportMapping": {
        "tables": "TypeError (autocrm/adapters/tables/mapping.py:314)",
    },
    "autocrm.adapters.tables.mapping.TableMapping": {
        "columns": "TypeError (autocrm/adapters/tables/mapping.py:314)",
        "fallbacks": "TypeError (autocrm/adapters/tables/mapping.py:314)",
        "payer_amounts": "TypeError (autocrm/adapters/tables/mapping.py:314)",
        "values": "TypeError (autocrm/adapters/tables/mapping.py:314)",
    },
    "autocrm.adapters.tables.mapping.load_mapping": {
        "path": "TypeError (pathlib.py:493)",
    },
    "autocrm.adapters.tables.readers.detect_encoding": {
        "path": "TypeError (autocrm/adapters/tables/readers.py:57)",
    },
    "autocrm.adapters.tables.readers.open_table": {
        "encoding": "LookupError (autocrm/adapters/tables/readers.py:158)",
        "path": "TypeError (pathlib.py:493)",
    },
    "autocrm.retry.retry_unit_of_work": {
        "work": "TypeError (autocrm/retry.py:115)",
    },
    "autocrm.rules.appointments.BookingRequest": {
        "kind": "ValueError (autocrm/rules/appointments.py:86)",
        "service_types": "TypeError (autocrm/rules/appointments.py:76)",
    },
    "autocrm.rules.churn.ChurnPolicy": {
        "lost_after_days": "ValueError (autocrm/rules/churn.py:156)",
        "risk_medium_from": "ValueError (autocrm/rules/churn.py:179)",
        "warning_active_months": "ValueError (autocrm/rules/churn.py:162)",
    },
    "autocrm.rules.churn_segments.churn_segment": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
    },
    "autocrm.rules.churn_segments.is_lost": {
        "policy": "a predicate that raises",
    },
    "autocrm.rules.churn_warning.early_warning": {
        "as_of": "ValueError (dateutil/relativedelta.py:387)",
    },
    "autocrm.rules.contact.ContactHistory.of": {
        "appointments": "TypeError (autocrm/rules/contact.py:203)",
        "customers": "TypeError (autocrm/rules/contact.py:203)",
    },
    "autocrm.rules.contact.contact_pressure": {
        "cooldown_days": "TypeError (autocrm/rules/contact.py:296)",
    },
    "autocrm.rules.desk.daily_worklist": {
        "agents": "ValueError (autocrm/rules/worklist.py:524)",
        "campaigns": "TypeError (autocrm/rules/desk.py:285)",
    },
    "autocrm.rules.fleet.FleetPolicy": {
        "b_min_vehicles": "ValueError (autocrm/rules/fleet.py:74)",
    },
    "autocrm.rules.fleet.assign_fleet_classes": {
        "accounts": "AttributeError (autocrm/rules/fleet.py:221)",
    },
    "autocrm.rules.lost.lost_customers": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
        "segments": "TypeError (autocrm/rules/lost.py:153)",
    },
    "autocrm.rules.lost.lost_customers_report": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
        "segments": "TypeError (autocrm/rules/lost.py:153)",
    },
    "autocrm.rules.loyalty.LoyaltyPolicy": {
        "regular_min_share": "InvalidOperation (autocrm/rules/loyalty.py:82)",
    },
    "autocrm.rules.loyalty.classify_loyalty": {
        "as_of": "OverflowError (autocrm/rules/churn.py:193)",
    },
    "autocrm.rules.membership.MembershipPolicy": {
        "tiers": "TypeError (attrs-generated __init__)",
    },
    "autocrm.rules.membership.cumulative_spend": {
        "payers": "TypeError (autocrm/rules/membership.py:166)",
    },
    "autocrm.rules.risk.churn_risk": {
        "as_of": "OverflowError (autocrm/rules/risk.py:219)",
    },
    "autocrm.rules.worklist.WorklistPolicy": {
        "assign_by": "ValueError (autocrm/rules/worklist.py:168)",
        "scale": "TypeError (autocrm/rules/worklist.py:131)",
        "win_back_segments": "TypeError (autocrm/rules/worklist.py:150)",
    },
    "autocrm.stats.complaints.counts.complaints_per_thousand": {
        "car_parc": "ValueError (autocrm/stats/complaints/counts.py:301)",
    },
    "autocrm.stats.policy.StatsPolicy": {
        "complete_archive_min_score": "OverflowError (autocrm/stats/policy.py:19)",
        "confidence": "OverflowError (autocrm/stats/policy.py:19)",
        "on_time_closure_target": "OverflowError (autocrm/stats/policy.py:19)",
        "per_thousand_target": "OverflowError (autocrm/stats/policy.py:19)",
        "rating_scale": "InvalidOperation (autocrm/stats/policy.py:44)",
        "renewal_floor": "OverflowError (autocrm/stats/policy.py:19)",
    },
    "autocrm.stats.rates.Rate": {
        "confidence": "OverflowError (autocrm/stats/rates.py:162)",
        "denominator": "ValueError (autocrm/stats/rates.py:154)",
        "numerator": "ValueError (autocrm/stats/rates.py:289)",
    },
    "autocrm.stats.rates.per_thousand": {
        "base": "ValueError (autocrm/stats/rates.py:154)",
        "count": "ValueError (autocrm/stats/rates.py:154)",
    },
    "autocrm.stats.rates.wilson_interval": {
        "confidence": "OverflowError (autocrm/stats/rates.py:162)",
        "successes": "ValueError (autocrm/stats/rates.py:205)",
        "trials": "OverflowError (autocrm/stats/rates.py:211)",
    },
    "autocrm.stats.renewals.renewals_from": {
        "month": "OverflowError (autocrm/stats/renewals.py:235)",
    },
    "autocrm.stats.satisfaction.by_period.satisfaction_by_period": {
        "work_orders": "TypeError (autocrm/stats/satisfaction/by_period.py:327)",
    },
}
