"""The archive's housekeeping commands: validate, policies, export, import, keys, schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from autocrm.cli._app import app, load_policy_file, now, open_store
from autocrm.errors import StoreNotFound, StoreOutOfDate

_IDENTIFIERS = ("vin", "plate", "ric", "uscc", "phone")


@app.command()
def validate(
    kind: Annotated[str, typer.Argument(help="vin, plate, ric, uscc or phone")],
    value: Annotated[str, typer.Argument(help="the identifier to check")],
    no_check_digit: Annotated[
        bool, typer.Option("--no-check-digit", help="VIN: accept a European import")
    ] = False,
) -> None:
    """Validate an identifier; print its normalised form or the problem (exit 1)."""
    from autocrm.domain import identifiers

    if kind not in _IDENTIFIERS:
        msg = f"KIND must be one of {', '.join(_IDENTIFIERS)}"
        raise typer.BadParameter(msg)
    module = getattr(identifiers, kind)
    if kind == "vin":
        normal = module.validate(value, check_digit=not no_check_digit)
    else:
        normal = module.validate(value)
    typer.echo(normal)


@app.command()
def policies(
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="a .toml or .json policy file")
    ] = None,
) -> None:
    """Print the policies in force (the defaults, or those of FILE) as JSON."""
    from autocrm.policies import policies_to_dict

    loaded = load_policy_file(file)
    typer.echo(json.dumps(policies_to_dict(loaded), ensure_ascii=False, indent=2))


@app.command("export")
def export_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
    out: Annotated[Path, typer.Argument(help="the JSON Lines file to write")],
) -> None:
    """Back up an existing database archive to a JSON Lines file (with its manifest)."""
    from autocrm.adapters.json import export_jsonl

    archive = open_store(db, create=False)
    with archive.stream() as records:  # memory does not grow with the archive
        written = export_jsonl(records, out)
    typer.echo(f"{written} records written to {out}")


@app.command("import")
def import_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL (an empty archive)")],
    source: Annotated[Path, typer.Argument(help="a JSON Lines backup")],
    no_manifest: Annotated[
        bool,
        typer.Option(
            "--no-manifest",
            help="accept an old (version 1) backup, which has no manifest to check",
        ),
    ] = False,
) -> None:
    """Restore a JSON Lines backup into an empty database archive (created if missing).

    The backup is checked against its manifest before the database is touched; it
    is then read again and written a chunk at a time, in one transaction, so memory
    does not grow with the size of the backup.
    """
    from autocrm.adapters.json import stream_jsonl
    from autocrm.domain import Customer

    backup = stream_jsonl(source, require_manifest=not no_manifest)
    archive = open_store(db, create=True)
    archive.restore(backup)
    typer.echo(f"restored {archive.count(Customer)} customers into {db}")


@app.command("rotate-key")
def rotate_key(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL of an existing archive")],
    keys: Annotated[
        Path, typer.Option("--keys", help="TOML key file: current, lookup_key and [keys]")
    ],
) -> None:
    """Re-encrypt the archive under the current key of the key file (see docs/security.md).

    Values under older keys (still listed in the file) move to the current key, the
    look-up hashes are recomputed, and a plain archive becomes encrypted; one
    transaction. Exit status 1: the key file or a key is wrong; 3: no archive at DB,
    or one that ``autocrm upgrade`` must bring up to date first.
    """
    from autocrm.adapters.crypto import load_cipher
    from autocrm.adapters.sqlalchemy import SqlArchive

    cipher = load_cipher(keys)
    rows = SqlArchive.from_url(db, create=False, cipher=cipher).rotate_key()
    typer.echo(f"{rows} rows re-encrypted under key {cipher.current!r} in {db}")


@app.command()
def init(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
) -> None:
    """Create an empty archive (the database file and tables); an existing one is kept."""
    from autocrm.adapters.sqlalchemy import current_revision

    try:
        archive = open_store(db, create=False)
    except StoreNotFound:
        archive = open_store(db, create=True)
        typer.echo(
            f"created an empty archive at {db} (revision {current_revision(archive.engine)})"
        )
        return
    typer.echo(f"{db} already holds an archive (revision {current_revision(archive.engine)})")


@app.command("upgrade")
def upgrade_archive(
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL")],
) -> None:
    """Bring an existing archive's tables to this version of autocrm (never creates one)."""
    from autocrm.adapters.sqlalchemy import current_revision

    try:
        archive = open_store(db, create=False)
    except StoreOutOfDate:
        archive = open_store(db, create=True)
        typer.echo(f"upgraded {db} to revision {current_revision(archive.engine)}")
        return
    typer.echo(f"{db} is up to date (revision {current_revision(archive.engine)})")


@app.command("import-tables")
def import_tables_command(
    paths: Annotated[list[Path], typer.Argument(help="the exported files (CSV, .xlsx, Parquet)")],
    mapping: Annotated[Path, typer.Option(help="the TOML column mapping")],
    db: Annotated[str, typer.Option(help="SQLAlchemy database URL (an empty archive)")],
    on_error: Annotated[
        str, typer.Option(help="stop: write nothing if a row is refused; skip: write the rest")
    ] = "stop",
    report: Annotated[
        Path | None, typer.Option(help="write the refused rows to this CSV file")
    ] = None,
    append: Annotated[
        bool,
        typer.Option(
            "--append", help="add to an archive that holds records (a key it holds is refused)"
        ),
    ] = False,
) -> None:
    """Import a DMS export (CSV, Excel, Parquet) into a database archive (empty unless --append).

    Rows are read, validated and written in chunks in one transaction; a progress bar
    on standard error shows the rows read and rows/s.
    """
    from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn

    from autocrm.adapters.tables import import_tables, load_mapping

    class _RowsPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.0f} rows/s")

    if on_error not in ("stop", "skip"):
        msg = f"expected stop or skip, got {on_error!r}"
        raise typer.BadParameter(msg, param_hint="--on-error")
    console = Console(stderr=True, highlight=False)
    table_mapping = load_mapping(mapping)
    archive = open_store(db, create=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,.0f} rows"),
        _RowsPerSecond(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("importing", total=None)
        result = import_tables(
            paths,
            table_mapping,
            archive,
            at=now(),
            on_error=on_error,  # type: ignore[arg-type]
            progress=lambda rows: bar.advance(task, rows),
            append=append,
        )
    if report is not None:
        result.write_report(report)
    typer.echo(result.summary() + (f" (report: {report})" if report and result.refused else ""))
    if not result.written:
        raise typer.Exit(1)
