"""``autocrm duplicates``, ``autocrm merge`` and ``autocrm unmerge``: one customer entered
twice is found, then becomes one.

``duplicates`` asks the database through the SQL twin of ``find_duplicates``
(``autocrm.adapters.sqlalchemy.rules``): only the candidate records come back. ``merge``
and ``unmerge`` write to the archive in one transaction with one audit entry (see the
guide page "Merging duplicate customers"); the time written is now, in China Standard
Time, and ``--actor`` says who did it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from autocrm.cli._app import (
    DbOption,
    FormatOption,
    OutputFormat,
    PoliciesOption,
    QuietOption,
    app,
    load_policy_file,
    now,
    open_store,
    progress,
)
from autocrm.cli._output import Column, Listing, emit

if TYPE_CHECKING:
    from autocrm.rules.duplicates import DuplicateGroup
    from autocrm.rules.merge_result import MergeResult

ActorOption = Annotated[
    str, typer.Option("--actor", help="who does it (written to the audit trail), e.g. 客服-李娜")
]
ReasonOption = Annotated[str, typer.Option("--reason", help="why (written to the audit trail)")]
MergeFormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", help="table (one line saying what moved) or json (every key)"),
]


def duplicates_listing(groups: Sequence[DuplicateGroup]) -> Listing:
    """The groups of customer records that look like one customer."""
    columns = [
        Column("reason", lambda g: g.reason.value, on_screen=False),
        Column("label", lambda g: g.reason.label, "reason"),
        Column("key", lambda g: g.key, "shared value"),
        Column("customer_numbers", lambda g: ", ".join(g.customer_numbers), "customers"),
        Column("detail", lambda g: g.detail, on_screen=False),
    ]
    return Listing(
        title=f"Possible duplicates: {len(groups)} group{'' if len(groups) == 1 else 's'}",
        columns=columns,
        entries=groups,
        document=list(groups),
    )


@app.command()
def duplicates(
    db: DbOption,
    output: FormatOption = OutputFormat.TABLE,
    policy_file: PoliciesOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the customer records that look like one customer (same VIN, ID, mobile, ...).

    The database finds the records sharing a value; a customer merged into another is
    left out. Merge a pair with `autocrm merge`.
    """
    from autocrm.adapters.sqlalchemy.rules import find_duplicates

    rules = load_policy_file(policy_file)
    archive = open_store(db, create=False)
    with progress("duplicates", quiet=quiet) as step:
        step("finding records that share a value")
        groups = find_duplicates(archive, policy=rules.archive)
    emit(duplicates_listing(groups), output)


def _print(result: MergeResult, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        from autocrm.adapters.json import dumps

        typer.echo(dumps(result))
    elif output is OutputFormat.CSV:
        typer.echo("entity,key")
        for entity, key in result.moved_keys():
            typer.echo(f"{entity},{key}")
    else:
        typer.echo(result.summary())


@app.command()
def merge(
    survivor: Annotated[str, typer.Argument(help="the customer number that stays")],
    duplicate: Annotated[str, typer.Argument(help="the customer number merged into it")],
    db: DbOption,
    actor: ActorOption,
    reason: ReasonOption,
    output: MergeFormatOption = OutputFormat.TABLE,
) -> None:
    """Merge the customer DUPLICATE into SURVIVOR (see `autocrm duplicates`).

    Vehicles, work orders, follow-ups, complaints, appointments and fleet accounts
    move to the survivor, which gains the tags, contacts and opt-outs (the stricter
    one wins); DUPLICATE stays as a MERGED record whose number resolves to SURVIVOR.
    One transaction, one MERGE audit entry. `autocrm unmerge` undoes it while nothing
    it touched has changed.
    """
    archive = open_store(db, create=False)
    result = archive.merge(survivor, duplicate, actor=actor, at=now(), reason=reason)
    _print(result, output)


@app.command()
def unmerge(
    duplicate: Annotated[str, typer.Argument(help="the customer number merged earlier")],
    db: DbOption,
    actor: ActorOption,
    reason: ReasonOption,
    output: MergeFormatOption = OutputFormat.TABLE,
) -> None:
    """Undo the merge of DUPLICATE: every record back exactly as before the merge.

    Refused (exit status 1, nothing written) when DUPLICATE is not merged or a record
    the merge touched has changed since.
    """
    archive = open_store(db, create=False)
    result = archive.unmerge(duplicate, actor=actor, at=now(), reason=reason)
    _print(result, output)
