"""The keys an import has read, in memory and spilled to the temporary file."""

from __future__ import annotations

from autocrm.adapters.tables.keys import ReadKeys

VIN = "LFV2A21K3D3109826"
OTHER_VIN = "LSVAU2180N2183294"


def test_a_key_added_after_a_prefetch_missed_it_is_found_once_spilled() -> None:
    keys = ReadKeys(limit=1)
    vehicles = keys.kind("vehicles")
    vehicles.add(OTHER_VIN, "C000002")
    vehicles.add("LVSHCAMB1CE012345", "C000003")  # past the limit: both go to disk
    vehicles.prefetch([VIN, OTHER_VIN])  # the batch's keys: VIN is not on disk yet
    assert VIN not in vehicles
    vehicles.add(VIN, "C000001")
    vehicles.add("LGBH52E05DY123456", "C000004")  # VIN spills in the middle of the batch
    try:
        assert VIN in vehicles
        assert vehicles.get(VIN) == "C000001"
        assert vehicles.get(OTHER_VIN) == "C000002"
    finally:
        keys.close()


def test_a_prefetched_miss_asks_the_file_no_more() -> None:
    keys = ReadKeys(limit=1)
    vehicles = keys.kind("vehicles")
    vehicles.add(OTHER_VIN, "C000002")
    vehicles.add("LVSHCAMB1CE012345", "C000003")
    vehicles.prefetch([VIN])
    statements: list[str] = []
    keys.disk().set_trace_callback(statements.append)
    try:
        assert VIN not in vehicles
        assert vehicles.get(VIN) is None
        assert statements == []
    finally:
        keys.close()
