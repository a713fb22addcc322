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
