"""The tables name no PostgreSQL option at import (that loads the whole dialect, on SQLite too);
a PostgreSQL engine declares them, so the live-key index is partial on both databases."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy.schema import CreateIndex

from countersign.app.db import make_engine
from countersign.tables import Base


def _live_key_ddl(engine) -> str:
    [index] = (i for i in Base.metadata.tables["proposals"].indexes if i.name == "ix_proposals_live_key")
    return str(CreateIndex(index).compile(dialect=engine.dialect))


def test_importing_the_tables_leaves_the_postgresql_dialect_unloaded() -> None:
    code = "import sys, countersign.tables; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_the_live_key_index_is_partial_on_sqlite_and_postgresql(tmp_path) -> None:
    sqlite = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    postgres = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connects
    try:
        for engine in (sqlite, postgres):
            assert _live_key_ddl(engine).endswith("WHERE status != 'superseded'"), engine.dialect.name
    finally:
        sqlite.dispose()
        postgres.dispose()
