"""Import a dealership's DMS exports (CSV, Excel, Parquet) into an archive (extra ``tables``).

A TOML mapping says which file holds which table and which column feeds which
field; [`import_tables`][autocrm.adapters.tables.importer.import_tables] reads the files in batches,
builds validated domain records from every row, reports the refused rows and writes the rest into an
empty archive in one transaction. The guide page "Importing from a DMS" walks through a
mapping; ``autocrm import-tables`` is the command line.

Examples:
    >>> import os, tempfile
    >>> from datetime import datetime
    >>> from autocrm.adapters.memory import MemoryArchive
    >>> from autocrm.domain import CHINA_TZ, Vehicle
    >>> mapping = mapping_from_toml('''
    ... [customers]
    ... files = ["客户.csv"]
    ... columns = { number = "客户编号", name = "客户名称" }
    ... [vehicles]
    ... files = ["车辆.csv"]
    ... columns = { vin = "车架号", customer_number = "客户编号", plate = "车牌号" }
    ... ''')
    >>> archive = MemoryArchive()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name, text in [("客户.csv", "客户编号,客户名称\\nKH001,王建国\\n"),
    ...                        ("车辆.csv", "车架号,客户编号,车牌号\\n"
    ...                                     "LFV2A21K3D3109826,KH001,京A12345\\n")]:
    ...         _ = open(os.path.join(d, name), "w", encoding="gbk").write(text)
    ...     result = import_tables([os.path.join(d, n) for n in ("车辆.csv", "客户.csv")],
    ...                            mapping, archive,
    ...                            at=datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ))
    >>> result.summary()
    '1 customers, 1 vehicles imported from 2 rows'
    >>> archive.get(Vehicle, "LFV2A21K3D3109826").plate
    '京A12345'
"""

from autocrm.adapters.tables.importer import ImportResult, RefusedRow, import_tables, plan_import
from autocrm.adapters.tables.mapping import (
    ImportMapping,
    MappingError,
    TableMapping,
    load_mapping,
    mapping_from_dict,
    mapping_from_toml,
)

__all__ = [
    "ImportMapping",
    "ImportResult",
    "MappingError",
    "RefusedRow",
    "TableMapping",
    "import_tables",
    "load_mapping",
    "mapping_from_dict",
    "mapping_from_toml",
    "plan_import",
]
