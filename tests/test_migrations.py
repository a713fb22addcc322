"""Alembic migrations go up and down on both databases, and match the table definitions."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from countersign.app.db import downgrade, make_engine, migrate
from countersign.tables import Base


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    """An empty database (not the migrated copy the other tests start from)."""
    if request.param == "postgres":
        url = request.getfixturevalue("pg_server").create_database(f"m_{uuid.uuid4().hex[:12]}")
    else:
        url = f"sqlite:///{tmp_path / 'countersign.db'}"
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_upgrade_downgrade_upgrade(engine):
    migrate(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"cases", "proposals", "decisions", "audit_events", "ledger_bills"} <= tables
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    assert set(inspect(engine).get_table_names()) == tables


def test_migrations_match_the_table_definitions(engine):
    """A model change without a migration fails here, not in a user's database."""
    migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.postgres
def test_services_refuse_an_old_postgres_schema_until_db_upgrade(pg_server, tmp_path):
    from countersign.app.bootstrap import open_services
    from countersign.app.db import SchemaError
    from countersign.app.settings import Settings

    url = pg_server.create_database(f"o_{uuid.uuid4().hex[:12]}")
    engine = make_engine(url)
    migrate(engine, "0004")  # a store from an earlier release
    engine.dispose()
    settings = Settings(data_dir=tmp_path / "ws", database_url=url, _env_file=None)
    with pytest.raises(SchemaError, match="countersign db upgrade"):
        with open_services(settings):
            pass
    engine = make_engine(url)
    migrate(engine)  # what `countersign db upgrade` runs
    engine.dispose()
    with open_services(settings) as services:
        assert services.store.list_cases() == []


def test_the_embedded_sqlite_store_upgrades_itself(tmp_path):
    from countersign.app.bootstrap import open_services
    from countersign.app.db import schema_revisions
    from countersign.app.settings import Settings

    settings = Settings(data_dir=tmp_path / "ws", _env_file=None)
    settings.data_dir.mkdir()
    engine = make_engine(settings.db_url)
    migrate(engine, "0004")
    engine.dispose()
    with open_services(settings) as services:
        current, head = schema_revisions(services.engine)
        assert current == head


@pytest.mark.postgres
def test_hosts_upgrading_at_once_migrate_once(pg_server):
    """Two `db upgrade` runs start together on an empty store: the advisory lock makes one wait."""
    import threading

    from countersign.app.db import schema_revisions

    url = pg_server.create_database(f"c_{uuid.uuid4().hex[:12]}")
    errors: list[BaseException] = []

    def upgrade():
        engine = make_engine(url)
        try:
            migrate(engine)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=upgrade) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    engine = make_engine(url)
    current, head = schema_revisions(engine)
    engine.dispose()
    assert current == head


def test_the_recorded_head_is_alembics_head():
    """Starting services compare the store with `migrations.HEAD` without loading Alembic."""
    from alembic.script import ScriptDirectory

    from countersign.app.db import alembic_config
    from countersign.migrations import HEAD

    assert ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() == HEAD
