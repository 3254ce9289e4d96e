"""Snapshot table: follow-up schedules around the 2024–2026 holiday seasons.

For every closing day from five days before each Spring Festival, Labour Day and
National Day holiday to its last day, two work orders are scheduled: a repair visit
(maintenance + minor + major repair: 3DC, MINOR, MAJOR) and a new-car delivery
(SALE3D, 7DC). The table ``snapshots/followups_2024_2026.csv`` pins every window.
A change of rule, policy default or holiday data shows up as a diff of that file.

To accept an intended change, rewrite the table and review the diff::

    AUTOCRM_UPDATE_SNAPSHOTS=1 python -m pytest tests/unit/test_followup_snapshot.py
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

from autocrm.domain import CHINA_TZ, ServiceType, WorkOrder
from autocrm.rules.followups import schedule_followups

TABLE = Path(__file__).parent / "snapshots" / "followups_2024_2026.csv"
VIN = "LFV2A21K3D3109826"

# The statutory holidays (State Council notices for 2024, 2025 and 2026).
SEASONS = [
    ("2024 Spring Festival", date(2024, 2, 10), date(2024, 2, 17)),
    ("2024 Labour Day", date(2024, 5, 1), date(2024, 5, 5)),
    ("2024 National Day", date(2024, 10, 1), date(2024, 10, 7)),
    ("2025 Spring Festival", date(2025, 1, 28), date(2025, 2, 4)),
    ("2025 Labour Day", date(2025, 5, 1), date(2025, 5, 5)),
    ("2025 National Day", date(2025, 10, 1), date(2025, 10, 8)),
    ("2026 Spring Festival", date(2026, 2, 15), date(2026, 2, 23)),
    ("2026 Labour Day", date(2026, 5, 1), date(2026, 5, 5)),
    ("2026 National Day", date(2026, 10, 1), date(2026, 10, 7)),
]
VISITS = [
    ("repair", {ServiceType.MAINTENANCE, ServiceType.MINOR_REPAIR, ServiceType.MAJOR_REPAIR}),
    ("delivery", {ServiceType.NEW_CAR_DELIVERY}),
]
HEADER = ["season", "closed_on", "weekday", "visit", "number", "earliest", "due", "latest"]


def build_rows() -> list[list[str]]:
    rows = []
    for season, first, last in SEASONS:
        day = first - timedelta(days=5)
        while day <= last:
            closed = datetime(day.year, day.month, day.day, 16, 30, tzinfo=CHINA_TZ)
            for visit, types in VISITS:
                wo = WorkOrder(
                    number=f"WO{day:%Y%m%d}", customer_number="C000001", vin=VIN,
                    opened_at=closed - timedelta(hours=6), closed_at=closed, service_types=types,
                )  # fmt: skip
                for fu in schedule_followups(wo):
                    rows.append([
                        season, day.isoformat(), f"{day:%a}", visit, fu.number,
                        fu.earliest.isoformat(), fu.due.isoformat(), fu.latest.isoformat(),
                    ])  # fmt: skip
            day += timedelta(days=1)
    return rows


def render(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


def test_followup_schedules_match_the_snapshot_table() -> None:
    text = render(build_rows())
    if os.environ.get("AUTOCRM_UPDATE_SNAPSHOTS") == "1":
        TABLE.parent.mkdir(exist_ok=True)
        TABLE.write_text(text, encoding="utf-8")
    expected = TABLE.read_text(encoding="utf-8")
    assert text.splitlines() == expected.splitlines()


def lookup(number: str) -> dict[str, str]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["number"] == number:
                return row
    raise AssertionError(number)


def test_snapshot_rows_agree_with_the_holiday_notices() -> None:
    # Independent checks of a few rows against the notices, so that the table itself
    # cannot drift unnoticed when it is regenerated.
    # Tue 30 Sep 2025, National Day 1-8 Oct: 3DC ends on the first day back, Thu 9 Oct.
    row = lookup("WO20250930-3DC")
    assert (row["earliest"], row["latest"]) == ("2025-10-09", "2025-10-09")
    # Fri 26 Apr 2024: sale 3D ends Mon 29 Apr; 7DC on day 7 = 3 May (holiday) -> Mon 6 May.
    assert lookup("WO20240426-SALE3D")["latest"] == "2024-04-29"
    assert lookup("WO20240426-7DC")["due"] == "2024-05-06"
    # Tue 10 Feb 2026: minor repair day 3-5 = 13-15 Feb; Sat 14 Feb is a 调休 working day.
    row = lookup("WO20260210-MINOR")
    assert (row["earliest"], row["latest"]) == ("2026-02-13", "2026-02-24")
    # Fri 24 Jan 2025: major repair day 14 = 7 Feb (worked), day 28 = Fri 21 Feb.
    row = lookup("WO20250124-MAJOR")
    assert (row["earliest"], row["latest"]) == ("2025-02-07", "2025-02-21")
