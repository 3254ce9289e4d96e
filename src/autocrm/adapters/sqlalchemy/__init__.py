"""The SQLAlchemy adapter: the archive in SQLite, PostgreSQL, DuckDB or another database.

Install the extra ``autocrm[sql]`` (``autocrm[postgres]`` adds psycopg,
``autocrm[duckdb]`` adds DuckDB through duckdb-engine). Nothing
here creates an engine at import time: pass yours, or use
[`SqlArchive.from_url`][autocrm.adapters.sqlalchemy.repository.SqlArchive.from_url].

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import Customer, CHINA_TZ
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> c = archive.add(Customer(name="王建国", mobile="13800138000"), actor="客服-李娜",
    ...                 at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ))
    >>> c.number, archive.get(Customer, c.number).mobile
    ('C000001', '+8613800138000')
"""

from __future__ import annotations

from autocrm.extras import require_extra

require_extra("sql", "sqlalchemy", "alembic")

from autocrm.adapters.sqlalchemy.repository import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy.schema_revisions import (  # noqa: E402
    MIGRATIONS,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from autocrm.adapters.sqlalchemy.tables import metadata  # noqa: E402

__all__ = [
    "MIGRATIONS",
    "SqlArchive",
    "current_revision",
    "downgrade",
    "head_revision",
    "metadata",
    "upgrade",
]
