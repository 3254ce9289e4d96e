"""The ``autocrm`` command on a user's mistakes: one line on stderr, a documented exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from autocrm import __version__
from autocrm.adapters.json import export_jsonl
from autocrm.adapters.sqlalchemy import SqlArchive, current_revision, head_revision, upgrade
from autocrm.cli import EXIT_STATUSES, app
from autocrm.domain import Customer, Snapshot, Vehicle
from autocrm.testing.synthetic import generate_dealership

runner = CliRunner()
_SMALL_SHOP = Snapshot(
    customers=[
        Customer(number="C000001", name="王建国", mobile="13800138000"),
        Customer(number="C000002", name="李娜"),
    ],
    vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001")],
    customer_sequence=2,
)


def _run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def _one_line_refusal(result: Result, status: int) -> str:
    """The single line on stderr of a refused command; checks the status and the shape."""
    assert result.exit_code == status, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("autocrm ")
    return lines[0]


@pytest.fixture
def shop_db(tmp_path: Path) -> str:
    """A small archive on a SQLite file, as ``autocrm import`` would leave it."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    archive = SqlArchive.from_url(url)
    archive.restore(_SMALL_SHOP)
    archive.engine.dispose()
    return url


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    path = tmp_path / "backup.jsonl"
    export_jsonl(_SMALL_SHOP, path)
    return path


def test_the_exit_statuses_are_documented() -> None:
    assert sorted(EXIT_STATUSES) == [0, 1, 2, 3]
    page = (Path(__file__).parents[2] / "docs" / "guide" / "cli.md").read_text(encoding="utf-8")
    for status in EXIT_STATUSES:
        assert f"| {status} |" in page


def test_export_of_a_missing_sqlite_file_creates_nothing(tmp_path: Path) -> None:
    result = _run("export", "--db", f"sqlite:///{tmp_path / 'typo.db'}", str(tmp_path / "o.jsonl"))
    line = _one_line_refusal(result, 3)
    assert "typo.db" in line
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_database_without_an_archive_is_refused(tmp_path: Path) -> None:
    sa.create_engine(f"sqlite:///{tmp_path / 'other.db'}").connect().close()  # an empty file
    result = _run("export", "--db", f"sqlite:///{tmp_path / 'other.db'}", str(tmp_path / "o"))
    assert "holds no autocrm archive" in _one_line_refusal(result, 3)
    assert not (tmp_path / "o").exists()


def test_an_out_of_date_archive_is_refused_until_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    upgrade(engine, "0002")
    out = str(tmp_path / "o.jsonl")
    assert "autocrm upgrade" in _one_line_refusal(_run("export", "--db", url, out), 3)
    assert current_revision(engine) == "0002"  # reading never migrates
    upgraded = _run("upgrade", "--db", url)
    assert upgraded.exit_code == 0, upgraded.output
    assert current_revision(engine) == head_revision()
    assert _run("export", "--db", url, out).output == f"0 records written to {out}\n"


def test_upgrade_never_creates_a_database(tmp_path: Path) -> None:
    _one_line_refusal(_run("upgrade", "--db", f"sqlite:///{tmp_path / 'new.db'}"), 3)
    assert list(tmp_path.iterdir()) == []


def test_init_creates_an_empty_archive_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    first = _run("init", "--db", url)
    assert (first.exit_code, first.output) == (
        0,
        f"created an empty archive at {url} (revision {head_revision()})\n",
    )
    again = _run("init", "--db", url)
    assert (again.exit_code, again.output) == (
        0,
        f"{url} already holds an archive (revision {head_revision()})\n",
    )


@pytest.mark.parametrize(
    ("url", "status", "named"),
    [
        ("foo://nowhere", 1, "foo://nowhere"),
        ("not a url", 1, "not a url"),
        ("mysql+mysqldb://crm@127.0.0.1/crm", 3, "not installed"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/crm", 3, "127.0.0.1"),
    ],
)
def test_a_database_url_that_cannot_be_used_gives_one_line(
    tmp_path: Path, url: str, status: int, named: str
) -> None:
    pytest.importorskip("psycopg") if url.startswith("postgresql") else None
    result = _run("export", "--db", url, str(tmp_path / "o.jsonl"))
    assert named in _one_line_refusal(result, status)
    assert list(tmp_path.iterdir()) == []


def test_import_of_a_missing_file_creates_no_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    result = _run("import", "--db", url, str(tmp_path / "missing.jsonl"))
    assert "No such file or directory" in _one_line_refusal(result, 1)
    assert list(tmp_path.iterdir()) == []


def test_import_of_a_damaged_backup_writes_nothing(tmp_path: Path, backup: Path) -> None:
    lines = backup.read_text(encoding="utf-8").splitlines(keepends=True)
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("".join(lines[:-2]), encoding="utf-8")  # cut short
    url = f"sqlite:///{tmp_path / 'new.db'}"
    result = _run("import", "--db", url, str(damaged))
    assert "without its manifest" in _one_line_refusal(result, 1)
    assert not (tmp_path / "new.db").exists()


def test_import_of_an_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = _run("import", "--db", f"sqlite:///{tmp_path / 'new.db'}", str(empty))
    assert "the backup is empty" in _one_line_refusal(result, 1)
    assert not (tmp_path / "new.db").exists()


def test_import_of_an_old_backup_needs_no_manifest_flag(tmp_path: Path) -> None:
    buffer = io.StringIO()
    export_jsonl(_SMALL_SHOP, buffer)
    lines = buffer.getvalue().splitlines()
    header = json.loads(lines[0]) | {"version": 1}
    old = tmp_path / "old.jsonl"
    old.write_text("\n".join([json.dumps(header), *lines[1:-1]]) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert "--no-manifest" in _one_line_refusal(_run("import", "--db", url, str(old)), 1)
    restored = _run("import", "--db", url, str(old), "--no-manifest")
    assert restored.exit_code == 0, restored.output


def test_import_into_an_archive_that_holds_records_is_a_store_problem(
    shop_db: str, backup: Path
) -> None:
    result = _run("import", "--db", shop_db, str(backup))
    assert "empty archive" in _one_line_refusal(result, 3)


def test_demo_refuses_a_negative_customer_count_and_keeps_the_old_file(tmp_path: Path) -> None:
    existing = tmp_path / "autocrm-demo.db"
    existing.write_bytes(b"an earlier demo")
    result = _run("demo", "--db", f"sqlite:///{existing}", "--customers", "-5")
    assert "customers: expected a count >= 0, got -5" in _one_line_refusal(result, 1)
    assert existing.read_bytes() == b"an earlier demo"


def test_a_policy_file_that_is_missing_gives_one_line(tmp_path: Path) -> None:
    result = _run("policies", "--file", str(tmp_path / "shop.toml"))
    assert "shop.toml" in _one_line_refusal(result, 1)


def test_a_refused_identifier_gives_one_line() -> None:
    result = _run("validate", "vin", "LFV2A21K3D3109827")
    line = _one_line_refusal(result, 1)
    assert line == "autocrm validate: VIN check character (position 9) is '3', expected '5'"


def test_export_into_a_missing_directory_is_bad_input(shop_db: str, tmp_path: Path) -> None:
    result = _run("export", "--db", shop_db, str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert "No such file or directory" in _one_line_refusal(result, 1)


def test_version_and_short_help() -> None:
    version = _run("--version")
    assert (version.exit_code, version.output) == (0, f"autocrm {__version__}\n")
    for args in (["-h"], ["export", "-h"]):
        shown = _run(*args)
        assert shown.exit_code == 0
        assert shown.output == _run(*args[:-1], "--help").output


def test_a_usage_mistake_is_typers_status_two() -> None:
    result = _run("export", "--nope")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- fuzzing every command's arguments ------------------------------------------------

_COMMANDS = ("validate", "policies", "export", "import", "demo", "init", "upgrade")
#: The desk's daily commands: they read an archive and print a table, CSV or JSON.
_DAILY = ("worklist", "reminders", "lost", "early-warning", "complaints", "stats", "duplicates")


@pytest.fixture(scope="module")
def playground(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files the fuzzer may point at: a backup, a policy file, a directory, junk."""
    root = tmp_path_factory.mktemp("playground")
    export_jsonl(
        generate_dealership(seed=1, customers=1, as_of=date(2026, 11, 24)), root / "b.jsonl"
    )
    (root / "shop.toml").write_text("[followups]\nmax_attempts = 4\n", encoding="utf-8")
    (root / "junk.bin").write_bytes(b"\xff\xfe\x00junk")
    (root / "dir").mkdir()
    SqlArchive.from_url(f"sqlite:///{root / 'shop.db'}").restore(_SMALL_SHOP)
    return root


def _paths(root: Path) -> st.SearchStrategy[str]:
    named = ["b.jsonl", "shop.toml", "junk.bin", "dir", "missing.jsonl", "x.db"]
    return st.one_of(
        st.sampled_from([str(root / name) for name in named]),
        st.text(min_size=1, max_size=12).filter(lambda text: "\x00" not in text),
    )


def _urls(root: Path) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            [
                f"sqlite:///{root / 'x.db'}",
                f"sqlite:///{root / 'shop.db'}",
                f"sqlite:///{root / 'missing' / 'x.db'}",
                f"sqlite:///{root / 'junk.bin'}",
                f"sqlite:///{root / 'dir'}",
                "sqlite://",
                "foo://bar",
                "mysql://u@h/db",
                "postgresql://",
                ":memory:",
            ]
        ),
        st.text(max_size=20),
    )


def _arguments(root: Path) -> st.SearchStrategy[list[str]]:
    values = st.one_of(_paths(root), _urls(root), st.integers().map(str), st.text(max_size=10))
    per_command = {
        "validate": st.tuples(
            st.sampled_from(["vin", "plate", "ric", "uscc", "phone", "isbn"]), st.text(max_size=20)
        ).map(list),
        "policies": st.lists(st.sampled_from(["--file", "-f"]), max_size=1).flatmap(
            lambda flag: _paths(root).map(lambda path: [*flag, path] if flag else [])
        ),
        "export": st.tuples(_urls(root), _paths(root)).map(lambda t: ["--db", t[0], t[1]]),
        "import": st.tuples(_urls(root), _paths(root), st.booleans()).map(
            lambda t: ["--db", t[0], t[1], *(["--no-manifest"] if t[2] else [])]
        ),
        # Small or refused shops only: the fuzz looks for tracebacks, not at the report.
        "demo": st.tuples(
            _urls(root),
            st.one_of(st.integers(max_value=-1).map(str), st.text(max_size=5).filter(_not_a_count)),
            st.one_of(st.none(), st.text(max_size=12), st.dates().map(date.isoformat)),
        ).map(lambda t: ["--db", t[0], "--customers", t[1], *(["--as-of", t[2]] if t[2] else [])]),
        **{command: _daily(root, command) for command in _DAILY},
        "merge": st.tuples(_urls(root), st.text(max_size=8), st.text(max_size=8)).map(
            lambda t: [t[1], t[2], "--db", t[0], "--actor", "客服-李娜", "--reason", "同一车主"]
        ),
        "unmerge": st.tuples(_urls(root), st.text(max_size=8), st.text(max_size=4)).map(
            lambda t: [t[1], "--db", t[0], "--actor", "客服-李娜", "--reason", t[2]]
        ),
        "init": _urls(root).map(lambda url: ["--db", url]),
        "upgrade": _urls(root).map(lambda url: ["--db", url]),
    }
    return st.sampled_from((*_COMMANDS, *_DAILY, "merge", "unmerge")).flatmap(
        lambda command: st.tuples(per_command[command], st.lists(values, max_size=2)).map(
            lambda t: [command, *t[0], *t[1]]
        )
    )


def _daily(root: Path, command: str) -> st.SearchStrategy[list[str]]:
    """A daily command's options: a database, a day, a format, an agent (each maybe)."""
    maybe_text = st.one_of(st.none(), st.text(max_size=12))
    option = {"stats": "--period", "reminders": "--kind", "complaints": "--agent"}.get(
        command, "--agent" if command != "duplicates" else "--policies"
    )
    return st.tuples(
        _urls(root),
        st.one_of(st.none(), st.text(max_size=12), st.dates().map(date.isoformat)),
        st.one_of(st.none(), st.sampled_from(["table", "csv", "json", "xml"])),
        maybe_text,
    ).map(
        lambda t: [
            "--db", t[0],
            *(["--as-of", t[1]] if t[1] is not None and command != "duplicates" else []),
            *(["--format", t[2]] if t[2] else []),
            *([option, t[3]] if t[3] is not None else []),
        ]
    )  # fmt: skip


def _not_a_count(text: str) -> bool:
    try:
        return int(text) < 0
    except ValueError:
        return True


@contextmanager
def _inside_a_new_directory(root: Path) -> Iterator[None]:
    """Relative paths the fuzzer makes up land in a fresh directory, not the checkout."""
    before = Path.cwd()
    with tempfile.TemporaryDirectory(dir=root) as place:
        os.chdir(place)
        try:
            yield
        finally:
            os.chdir(before)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_arguments_give_a_traceback(playground: Path, data: st.DataObject) -> None:
    arguments = data.draw(_arguments(playground))
    with _inside_a_new_directory(playground):
        result = runner.invoke(app, arguments)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        arguments,
        result.exception,
    )
    assert "Traceback" not in result.output
    assert result.exit_code in EXIT_STATUSES, (arguments, result.output)
    if result.exit_code in (1, 3):
        assert len(result.stderr.splitlines()) == 1, (arguments, result.stderr)


@pytest.mark.postgres
def test_on_postgresql_reading_creates_nothing_and_the_round_trip_holds(
    tmp_path: Path, backup: Path
) -> None:
    server = os.environ.get("AUTOCRM_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("AUTOCRM_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    admin = sa.create_engine(server)
    schema = f"autocrm_cli_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = f"{server}?options=-csearch_path%3D{schema}"
    tables = sa.text("SELECT count(*) FROM information_schema.tables WHERE table_schema = :s")
    try:
        out = tmp_path / "again.jsonl"
        refused = _run("export", "--db", url, str(out))
        assert "holds no autocrm archive" in _one_line_refusal(refused, 3)
        with admin.connect() as connection:
            assert connection.execute(tables, {"s": schema}).scalar_one() == 0
        assert _run("import", "--db", url, str(backup)).exit_code == 0
        assert _run("export", "--db", url, str(out)).exit_code == 0
        assert out.read_bytes() == backup.read_bytes()
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def test_the_installed_command_gives_the_same_one_line_and_status(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "autocrm", "export", "--db", "sqlite:///typo.db", "out.jsonl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 3
    assert done.stderr.startswith("autocrm export: no database at sqlite:///typo.db")
    assert done.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
