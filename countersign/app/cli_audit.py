"""`countersign audit`: show a case's trail, verify the log, print (or post) its anchored head.

`verify` reads the database read-only and never migrates it, so an auditor can run it on a copy
(`--db`); it needs the audit key (the workspace's, or `--key-file`) and the anchor file
(`--anchor`), both of which live outside the database.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional

import typer

from countersign.app.cli_common import cli_services, cli_settings, console, error, fail, print_json, short_lived

audit_app = typer.Typer(no_args_is_help=True, help="Show and verify the hash-chained audit log.")


@audit_app.command("show")
def audit_show(case: str = typer.Argument(..., help="case id or invoice number"),
               as_json: bool = typer.Option(False, "--json", help="the events as a JSON list")):
    """Print a case's audit trail."""
    from countersign.app import cards

    with cli_services() as services:
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        events, problems = services.audit.trail(found.id)
    if as_json:
        print_json([dataclasses.asdict(e) for e in events])
    else:
        console.print(cards.audit_table(events, f"Audit trail of case {found.id}"))
    for problem in problems:  # an event edited outside countersign, named rather than shown
        error(f"cannot show {problem}")
    if problems:
        fail("the trail has events edited outside countersign; `countersign audit verify` checks the log", code=1)


@audit_app.command("verify")
@short_lived
def audit_verify(
    db: Optional[str] = typer.Option(None, "--db", help="a copy of the database: a SQLite file or a SQLAlchemy URL"),
    anchor: Optional[Path] = typer.Option(None, "--anchor", help="the anchor file (default the workspace's)"),
    key_file: Optional[Path] = typer.Option(None, "--key-file", help="the audit key (default the workspace's)"),
):
    """Check the chain and its MACs, the anchored heads, and that every posting had its approvals."""
    from countersign.app.audit_rows import read_anchor_file, verify_log  # no ORM in this process
    from countersign.app.db import SchemaError, read_only_engine

    settings = cli_settings()
    if key_file is not None and not key_file.is_file():
        fail(f"{key_file}: no such key file")
    secret = settings.audit_key.get_secret_value() if settings.audit_key else None
    key = key_file.read_bytes().strip() if key_file else _workspace_key(secret, settings.data_dir)
    try:
        engine = read_only_engine(db or settings.db_url)
    except (SchemaError, ValueError) as exc:
        fail(str(exc))
    anchor = anchor or settings.anchor_path
    try:
        anchors = read_anchor_file(anchor)
    except OSError as exc:  # a directory, no permission: the anchors cannot be checked
        engine.dispose()
        fail(f"{anchor}: cannot read the anchor file ({exc.strerror or exc})")
    try:
        with engine.connect() as connection:
            result = verify_log(connection, key, anchors)
    finally:
        engine.dispose()
    if result.first_bad_seq is not None:
        fail(f"audit chain broken at event {result.first_bad_seq}: {result.reason}", code=1)
    if not result.ok:
        fail("audit log does not hold: " + "; ".join(result.problems), code=1)
    console.print(f"audit chain valid: {result.events} events, their MACs, the anchored heads and every posting's "
                  "approvals")


def _workspace_key(secret: str | None, data_dir: Path) -> bytes | None:
    """The configured key, or the workspace's key file; never a new one (verify creates nothing)."""
    from countersign.app.audit_rows import KEY_FILE

    if secret:
        return secret.encode()
    path = data_dir / KEY_FILE
    return path.read_bytes().strip() if path.is_file() else None


@audit_app.command("anchor")
def audit_anchor(slack: Optional[str] = typer.Option(None, "--slack", help="also post the head to this channel id")):
    """Print the log's head (sequence, hash, MAC) to keep outside the database; optionally post it to Slack."""
    from countersign.app.cli_common import post_to_slack

    with cli_services() as services:
        head = services.audit.head()
    if head is None:
        fail("the audit log is empty", code=1)
    text = f"countersign audit head: event {head['seq']} hash {head['hash']} mac {head['mac']} at {head['at']}"
    console.print(text, markup=False, highlight=False)
    channel = slack or cli_settings().slack_audit_channel
    if channel:
        post_to_slack(channel, text)
