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
    "autocrm.adapters.sqlalchemy.rules.reminders.due_reminders": {
        "as_of": "OverflowError (autocrm/rules/reminders.py:893)",
        "horizon": "OverflowError (autocrm/rules/reminders.py:893)",
        "policy": "AttributeError (autocrm/rules/reminders.py:884)",
    },
    "autocrm.adapters.sqlalchemy.rules.reminders.due_reminders_report": {
        "as_of": "OverflowError (autocrm/rules/reminders.py:893)",
        "horizon": "OverflowError (autocrm/rules/reminders.py:893)",
        "policy": "AttributeError (autocrm/rules/reminders.py:884)",
    },
    "autocrm.adapters.tables.importer.import_tables": {
        "archive": "AttributeError (autocrm/adapters/tables/importer.py:697)",
        "mapping": "AttributeError (autocrm/adapters/tables/importer.py:461)",
        "paths": "TypeError (autocrm/adapters/tables/importer.py:459)",
        "progress": "TypeError (autocrm/adapters/tables/importer.py:522)",
    },
    "autocrm.adapters.tables.importer.plan_import": {
        "mapping": "AttributeError (autocrm/adapters/tables/importer.py:461)",
        "paths": "TypeError (autocrm/adapters/tables/importer.py:459)",
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
    "autocrm.rules.calendar.ChineseWorkdays": {
        "extra_holidays": "TypeError (autocrm/rules/calendar.py:162)",
        "extra_workdays": "TypeError (autocrm/rules/calendar.py:162)",
        "registered_years": "TypeError (autocrm/rules/calendar.py:166)",
    },
    "autocrm.rules.calendar.ChineseWorkdays.from_toml": {
        "path": "TypeError (pathlib.py:493)",
    },
    "autocrm.rules.calendar.next_workday": {
        "include_self": "TypeError (autocrm/query/expr.py:278)",
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
        "agents": "ValueError (autocrm/rules/worklist.py:525)",
        "as_of": "OverflowError (autocrm/rules/reminders.py:898)",
        "campaigns": "TypeError (autocrm/rules/desk.py:285)",
    },
    "autocrm.rules.fleet.FleetPolicy": {
        "b_min_vehicles": "ValueError (autocrm/rules/fleet.py:75)",
    },
    "autocrm.rules.fleet.assign_fleet_classes": {
        "accounts": "AttributeError (autocrm/rules/fleet.py:222)",
    },
    "autocrm.rules.followups.FollowUpPolicy": {
        "close_at_once_outcomes": "TypeError (autocrm/rules/followups.py:141)",
        "no_callback_types": "TypeError (autocrm/rules/followups.py:105)",
        "rating_scale": "InvalidOperation (autocrm/rules/followups.py:92)",
        "retry_after_workdays_by_outcome": "TypeError (autocrm/rules/followups.py:122)",
    },
    "autocrm.rules.followups.followup_worklist": {
        "appointments": "TypeError (autocrm/rules/followups.py:681)",
        "customers": "TypeError (autocrm/rules/followups.py:644)",
    },
    "autocrm.rules.followups.followup_worklist_report": {
        "appointments": "TypeError (autocrm/rules/followups.py:681)",
        "customers": "TypeError (autocrm/rules/followups.py:644)",
    },
    "autocrm.rules.followups.record_attempt": {
        "attempt": "AttributeError (autocrm/rules/followups.py:557)",
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
        "regular_min_share": "InvalidOperation (autocrm/rules/loyalty.py:81)",
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
    "autocrm.rules.reminders.Campaign": {
        "ends_on": "TypeError (autocrm/rules/reminders.py:682)",
        "models": "TypeError (autocrm/rules/reminders.py:654)",
        "service_types": "TypeError (autocrm/rules/reminders.py:646)",
        "starts_on": "TypeError (autocrm/rules/reminders.py:682)",
    },
    "autocrm.rules.reminders.DailyKm.describe": {
        "first": "TypeError (autocrm/rules/reminders.py:240)",
        "from_purchase": "TypeError (autocrm/query/expr.py:278)",
        "ignored": "ValueError (autocrm/rules/reminders.py:245)",
        "newest": "TypeError (autocrm/rules/reminders.py:240)",
    },
    "autocrm.rules.reminders.ReminderDay.of": {
        "horizon": "ValueError (autocrm/rules/reminders.py:886)",
        "policy": "AttributeError (autocrm/rules/reminders.py:884)",
    },
    "autocrm.rules.reminders.ServicePolicy": {
        "holiday_care": "TypeError (autocrm/rules/reminders.py:113)",
    },
    "autocrm.rules.reminders.due_reminders": {
        "as_of": "OverflowError (autocrm/rules/reminders.py:1149)",
        "campaigns": "TypeError (autocrm/rules/reminders.py:1291)",
        "horizon": "OverflowError (autocrm/rules/reminders.py:893)",
    },
    "autocrm.rules.reminders.due_reminders_report": {
        "as_of": "OverflowError (autocrm/rules/reminders.py:1149)",
        "campaigns": "TypeError (autocrm/rules/reminders.py:1291)",
        "horizon": "OverflowError (autocrm/rules/reminders.py:893)",
    },
    "autocrm.rules.reminders.next_service_due": {
        "readings": "TypeError (autocrm/rules/_visits.py:174)",
        "work_orders": "TypeError (autocrm/rules/_visits.py:157)",
    },
    "autocrm.rules.risk.churn_risk": {
        "as_of": "OverflowError (autocrm/rules/risk.py:219)",
    },
    "autocrm.rules.worklist.WorklistPolicy": {
        "assign_by": "ValueError (autocrm/rules/worklist.py:169)",
        "scale": "TypeError (autocrm/rules/worklist.py:132)",
        "win_back_segments": "TypeError (autocrm/rules/worklist.py:151)",
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
