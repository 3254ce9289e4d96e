"""MemoryArchive: what only the in-memory archive has.

Everything an archive promises (numbers, versions, the audit trail, units of work,
snapshot and restore, queries) is the Repository contract, run against this archive
and every SQL engine in ``tests/integration/test_repository_contract.py``.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import CHINA_TZ, Vehicle
from autocrm.query import F

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)


def test_the_owner_index_follows_an_update_and_a_delete() -> None:
    # find by customer number is answered from an index: it must see every write.
    archive = MemoryArchive()
    car = archive.add(Vehicle("LFV2A21K3D3109826", "C000001"), actor="a", at=AT)
    archive.add(Vehicle("1HGCM82633A004352", "C000001"), actor="a", at=AT)
    archive.update(attrs.evolve(car, customer_number="C000002"), actor="a", at=AT)
    by_owner = F.vehicle.customer_number == "C000001"
    assert [v.vin for v in archive.find(Vehicle, by_owner)] == ["1HGCM82633A004352"]
    archive.delete(Vehicle, "1HGCM82633A004352", actor="a", at=AT)
    assert archive.find(Vehicle, by_owner) == []
    moved = archive.find(Vehicle, F.vehicle.customer_number == "C000002")
    assert [v.vin for v in moved] == ["LFV2A21K3D3109826"]
