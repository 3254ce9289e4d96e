# %% [markdown]
# # The department's monthly report, from a demo shop
#
# This example builds a demo dealership (the synthetic shop of
# `autocrm.testing.synthetic`) in an SQLite database, asks it the questions a
# customer-service department asks, and draws the charts of its monthly report
# with matplotlib. It is both a plain script (`python examples/shop_report.py`)
# and, generated from it by `examples/build_notebook.py`, the Jupyter notebook
# `examples/shop_report.ipynb`. The figures go to `docs/reports/` (or to the
# directory in `AUTOCRM_REPORTS_DIR`).
#
# Needs `pip install "autocrm[notebook]"` (the SQL archive, pandas and matplotlib).

# %%
import os
import sys
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw into files, with or without a display
import matplotlib.pyplot as plt

from autocrm.adapters.pandas import to_frame
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.domain import WorkOrder, local_date
from autocrm.query import F, count, count_distinct, sum_money, within_last
from autocrm.rules import assign_fleet_classes
from autocrm.stats import (
    Breakdown,
    Period,
    arrivals_by_type,
    complaint_counts,
    complaints_per_thousand,
    fleet_table,
    on_time_closure,
    satisfaction_by_period,
)
from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

AS_OF = date(2026, 11, 24)
CUSTOMERS = int(os.environ.get("AUTOCRM_EXAMPLE_CUSTOMERS", "400"))
REPORTS = Path(os.environ.get("AUTOCRM_REPORTS_DIR", "docs/reports"))
REPORTS.mkdir(parents=True, exist_ok=True)


def save(figure, name):
    """Write a figure as PNG into the reports directory (and show it in a notebook)."""
    figure.tight_layout()
    path = REPORTS / f"{name}.png"
    figure.savefig(path, dpi=100)
    plt.close(figure)
    if "ipykernel" in sys.modules:
        from IPython.display import Image, display

        display(Image(filename=str(path)))


# %% [markdown]
# ## A shop in SQLite
#
# The same seed, size and day always give the same shop.

# %%
shop = generate_dealership(seed=2026, customers=CUSTOMERS, as_of=AS_OF)
archive = SqlArchive.from_url("sqlite://")
archive.restore(shop)
snapshot = archive.snapshot()
print(
    f"{len(snapshot.customers)} customers, {len(snapshot.vehicles)} vehicles, "
    f"{len(snapshot.work_orders)} work orders, {len(snapshot.complaints)} complaints"
)

# %% [markdown]
# ## Bank X's cars insured with insurer Y
#
# In the last eight months, of Bank X's hundred cars, those insured with insurer Y:
# how many visits, how many cars, how much paid by the customer and by insurance?
# One filter, one aggregate, run as SQL in the database.

# %%
answer = archive.aggregate(
    WorkOrder,
    where=within_last(F.work_order.opened_at, months=8)
    & (F.work_order.customer.name == BANK_X_NAME)
    & (F.work_order.vehicle.insurer == INSURER_Y),
    measures={
        "visits": count(),
        "vehicles": count_distinct(F.work_order.vin),
        "self_paid": sum_money(F.work_order.self_paid),
        "insurance_paid": sum_money(F.work_order.insurance_paid),
    },
    as_of=AS_OF,
)
to_frame(answer)

# %% [markdown]
# ## Complaints by level, and per thousand vehicles, by year
#
# The yearly count per level, with a year without complaints as a bar of zero, and
# the complaints per thousand vehicles served that year.

# %%
counts = to_frame(complaint_counts(snapshot.complaints, period=Period.YEAR))
years = list(counts["period"])
served = {year: [o for o in snapshot.work_orders if str(local_date(o.opened_at).year) == year]
          for year in years}
received = {year: [c for c in snapshot.complaints if str(local_date(c.received_at).year) == year]
            for year in years}
rates = [
    complaints_per_thousand(received[year], car_parc=served[year]).to_rows()[0]["per_thousand"]
    for year in years
]
figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
counts.set_index("period")[["I", "II", "III"]].plot.bar(stacked=True, ax=left, rot=0)
left.set(title="Complaints by level", xlabel="year", ylabel="complaints")
right.plot(years, [float(r) for r in rates], marker="o")
right.set(title="Complaints per thousand vehicles served", xlabel="year", ylabel="per 1000")
save(figure, "complaints_by_year")
counts

# %% [markdown]
# ## Complaints closed on time, by level, against the 95 % target

# %%
closure = on_time_closure(snapshot.complaints, as_of=AS_OF)
frame = to_frame(closure)
figure, axes = plt.subplots(figsize=(6, 4))
axes.bar(frame["level"], frame["rate"].fillna(0.0), color="tab:blue")
axes.axhline(closure.target, color="tab:red", linestyle="--", label=f"target {closure.target:.0%}")
axes.set(title="Closed on time, by level", xlabel="level", ylabel="share", ylim=(0, 1.05))
axes.legend(loc="lower right")
save(figure, "on_time_closure")
closure

# %% [markdown]
# ## Repair satisfaction by month and by service advisor

# %%
# The follow-up calls after visits carry the customers' ratings (unrated calls are skipped).
calls = snapshot.followups
monthly = to_frame(satisfaction_by_period(calls, period=Period.MONTH))
advisors = to_frame(
    satisfaction_by_period(
        calls, period=None, by=Breakdown.SERVICE_ADVISOR, work_orders=snapshot.work_orders
    )
)
figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
left.plot(monthly["period"], monthly["csat"], marker="o")
left.fill_between(monthly["period"], monthly["csat_low"], monthly["csat_high"], alpha=0.2)
left.set(title="Satisfied share by month (95 % interval)", xlabel="month", ylim=(0, 1.05))
# Bars numbered in the order of the table below (the figure's font has no Chinese glyphs).
advisors.insert(0, "bar", [f"advisor {n}" for n in range(1, len(advisors) + 1)])
right.barh(advisors["bar"], advisors["mean"])
right.set(title="Mean rating by service advisor", xlabel="mean rating (of 5)")
save(figure, "satisfaction")
advisors[["bar", "group", "ratings", "mean", "csat_percent"]]

# %% [markdown]
# ## Arrivals by type, by year

# %%
arrivals = to_frame(arrivals_by_type(snapshot.work_orders, period=Period.YEAR))
groups = [c for c in arrivals.columns if c.startswith("group_")]
figure, axes = plt.subplots(figsize=(8, 4))
by_group = arrivals.set_index("period")[groups].rename(columns=lambda c: c.removeprefix("group_"))
by_group.plot.bar(stacked=True, ax=axes, rot=0)
axes.set(title="Arrivals by type", xlabel="year", ylabel="work orders")
save(figure, "arrivals_by_type")
arrivals

# %% [markdown]
# ## Big customers: the ABC table of door-to-door service

# %%
table = fleet_table(assign_fleet_classes(snapshot.fleet_accounts))
rows = table.to_rows()
columns = ["class", "customers", "vehicles", "served", "share_percent"]
figure, axes = plt.subplots(figsize=(7, 2.2))
axes.axis("off")
axes.table(
    cellText=[[str(row[c]) for c in columns] for row in rows], colLabels=columns, loc="center"
)
axes.set_title("Big customers by class (ABC)")
save(figure, "fleet_abc")
table
