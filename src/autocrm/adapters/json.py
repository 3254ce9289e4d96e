"""JSON for every domain type, and JSON Lines backups of a whole archive, gathered.

Each topic has its own module: [`autocrm.adapters.json_codec`][autocrm.adapters.json_codec]
(the cattrs converter, ``dumps`` and ``loads``),
[`autocrm.adapters.backup`][autocrm.adapters.backup] (``export_jsonl``, ``import_jsonl`` and
the manifest) and [`autocrm.adapters.backup_stream`][autocrm.adapters.backup_stream]
(``stream_jsonl``, a restore in bounded memory). This module keeps importing every one of
their public names.

Examples:
    >>> from autocrm.domain import Customer
    >>> text = dumps(Customer(number="C000001", name="王建国", mobile="13800138000"))
    >>> loads(text, Customer).mobile
    '+8613800138000'
"""

from autocrm.adapters.backup import (
    FORMAT,
    MANIFEST,
    RECORD_TYPES,
    SnapshotStream,
    export_jsonl,
    import_jsonl,
)
from autocrm.adapters.backup_stream import stream_jsonl
from autocrm.adapters.json_codec import dumps, loads, make_converter

__all__ = [
    "FORMAT",
    "MANIFEST",
    "RECORD_TYPES",
    "SnapshotStream",
    "dumps",
    "export_jsonl",
    "import_jsonl",
    "loads",
    "make_converter",
    "stream_jsonl",
]
