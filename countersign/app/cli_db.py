"""`countersign db`: the store's schema. `upgrade` is run once per release, before the services
start (on PostgreSQL they refuse an old schema instead of migrating on their own); `status`
says where the schema stands."""

from __future__ import annotations

import typer

from countersign.app.cli_common import cli_settings, console, fail

db_app = typer.Typer(no_args_is_help=True, help="The store's schema: upgrade it, see where it stands.")


@db_app.command("upgrade")
def db_upgrade():
    """Migrate the store to this version's schema, under a lock (several hosts may run it at once)."""
    from sqlalchemy.exc import OperationalError

    from countersign.app.db import make_engine, migrate, schema_revisions

    settings = cli_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.db_url)
    try:
        before, head = schema_revisions(engine)
        migrate(engine)
    except OperationalError as exc:
        fail(f"cannot reach the database: {exc.orig}", code=1)
    finally:
        engine.dispose()
    console.print(f"schema at {head}" + (f" (was {before or 'empty'})" if before != head else " (already)"))


@db_app.command("status")
def db_status():
    """The store's schema revision and the one this countersign needs; exit 1 when they differ."""
    from countersign.app.db import make_engine, schema_revisions

    engine = make_engine(cli_settings().db_url)
    try:
        current, head = schema_revisions(engine)
    finally:
        engine.dispose()
    console.print(f"schema {current or 'empty'}; this countersign needs {head}")
    if current != head:
        raise typer.Exit(1)
