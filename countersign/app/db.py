"""Engine creation and schema migrations. Nothing here runs at import time."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DisconnectionError

from countersign.migrations import HEAD

if TYPE_CHECKING:  # the ORM is loaded by whoever makes sessions, not by `audit verify`, which reads with Core
    from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    """An engine tuned for the dialect: SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return _declared(_ping_when_idle(create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)))


PING_IDLE_SECONDS = 10.0  # a pooled PostgreSQL connection idle this long is checked before it is used again
# PostgreSQL connections a process keeps open, and how many more it may open for a while (the same
# cap of 15 as SQLAlchemy's 5 + 10). The Slack HTTP app answers HttpLimits.dispatch_threads (8)
# requests at once, each with a store write before its ack: with 5 kept, every burst opened the
# other three for its acks and closed them again (a server process and its catalog cache each).
POOL_SIZE, POOL_OVERFLOW = 10, 5


def open_connections(engine: Engine, n: int) -> None:
    """Open `n` pooled connections now (PostgreSQL; at most the pool's size), so the first burst
    of requests finds them open instead of opening them between a request and its answer."""
    if engine.dialect.name != "postgresql":
        return
    held = []
    try:
        for _ in range(min(n, engine.pool.size())):  # pyright: ignore[reportAttributeAccessIssue]
            held.append(engine.connect())
    finally:
        for conn in held:
            conn.close()


def _ping_when_idle(engine: Engine) -> Engine:
    """SQLAlchemy's pre-ping, only for a connection that sat in the pool `PING_IDLE_SECONDS` or
    more: a server restarted (or a connection dropped) while the process was quiet costs no
    failed request. Pinging every checkout cost a round trip per transaction, ~19 of the ~80 a
    Slack upload's reading makes, all on connections used a moment before. A ping that fails
    discards the connection and the pool opens another (DisconnectionError)."""
    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_IDLE_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError("the pooled connection did not answer its ping") from exc
        if not alive:
            raise DisconnectionError("the pooled connection did not answer its ping")

    return engine


def _declared(engine: Engine) -> Engine:
    """The engine, with the tables' PostgreSQL-only options declared if it is PostgreSQL's."""
    if engine.dialect.name == "postgresql":
        from countersign.tables import declare_postgresql_options

        declare_postgresql_options()
    return engine


class SchemaError(Exception):
    """The database is not at the schema this version reads."""


def read_only_engine(url_or_path: str) -> Engine:
    """An engine that cannot write: a SQLite file opened read-only (a copy an auditor holds, even
    on read-only media), or PostgreSQL in read-only transactions. It is never migrated: an older
    schema is a clear `SchemaError`."""
    if url_or_path.startswith("sqlite:///"):
        url_or_path = url_or_path.removeprefix("sqlite:///")
    if "://" not in url_or_path:
        path = Path(url_or_path).resolve()
        if not path.is_file():
            raise ValueError(f"{path}: no such database file")
        wal = path.with_name(path.name + "-wal")
        # A copy at rest is read as immutable: no journal, no lock file, nothing created beside it.
        # A live database with a write-ahead log must be read through it (mode=ro).
        mode = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
        url_or_path = f"sqlite:///file:{path}?{mode}&uri=true"
    if url_or_path.startswith("sqlite"):
        engine = create_engine(url_or_path, connect_args={"timeout": 30})
    else:
        engine = _declared(create_engine(url_or_path,
                                         connect_args={"options": "-c default_transaction_read_only=on"}))
    _require_head(engine)
    return engine


def stored_revision(engine: Engine) -> str | None:
    """The store's schema revision, read directly (None for an empty store)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_revisions(engine: Engine) -> tuple[str | None, str]:
    """(the database's revision, the one this countersign reads)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, head or ""


def require_head(engine: Engine) -> None:
    current, head = schema_revisions(engine)
    if current != head:
        raise SchemaError(f"the database is at schema revision {current or 'none'}, this countersign needs {head}: "
                          "run `countersign db upgrade` once (it migrates under a lock), then start the services")


def _require_head(engine: Engine) -> None:
    if stored_revision(engine) == HEAD:  # the usual case costs one query, not Alembic's import
        return
    current, head = schema_revisions(engine)
    if current != head:
        engine.dispose()
        raise SchemaError(f"the database is at schema revision {current or 'none'}, this countersign reads {head}: "
                          "open it once with countersign (which migrates it), then verify")


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("countersign") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


MIGRATION_LOCK = 0x63736D67  # the PostgreSQL advisory lock `db upgrade` holds while it migrates


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic upgrade) on this engine. On PostgreSQL under an
    advisory lock, so several hosts upgrading at once migrate once, one after the other."""
    from alembic import command

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def ready_schema(engine: Engine) -> None:
    """What a starting service does with the schema: the embedded SQLite store (one machine) brings
    itself up to date; a PostgreSQL store must be at the current revision already
    (`countersign db upgrade`, run once per release) or the service refuses to start. A store
    already current costs one query (Alembic is not even loaded)."""
    if stored_revision(engine) == HEAD:
        return
    if engine.dialect.name == "sqlite":
        migrate(engine)
    else:
        require_head(engine)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reads of one statement each. On PostgreSQL their connections are in autocommit:
    the read costs its statement alone, not a BEGIN and a ROLLBACK around it as well (one statement
    reads one snapshot either way). Never for a write, nor for reads that must agree with each other.
    SQLite opens no transaction for a read anyway (and switching costs a PRAGMA): plain sessions there."""
    if engine.dialect.name != "postgresql":
        return session_factory(engine)
    return session_factory(engine.execution_options(isolation_level="AUTOCOMMIT"))
