"""The PostgreSQL engine: a pooled connection is checked with a ping only after it sat idle."""

from __future__ import annotations

import uuid

import psycopg
from sqlalchemy import text

from countersign.app import db


def test_a_postgres_connection_is_pinged_only_after_sitting_idle(pg_server, monkeypatch):
    engine = db.make_engine(pg_server.create_database(f"e_{uuid.uuid4().hex[:12]}"))
    pings: list[int] = []
    real = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda conn: pings.append(1) or real(conn))
    try:
        with engine.connect() as conn:
            backend = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == backend  # the pooled one
        assert pings == []  # used a moment ago: no round trip spent on a ping
        with psycopg.connect(pg_server.admin_url, autocommit=True) as admin:  # dropped while the pool holds it
            admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
        monkeypatch.setattr(db, "PING_IDLE_SECONDS", 0.0)  # as if it sat idle since
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != backend  # a new one, no error
        assert pings == [1]
    finally:
        engine.dispose()


def test_a_burst_of_eight_finds_its_postgres_connections_open_and_they_stay(pg_server, tmp_path):
    """The Slack HTTP app's eight dispatch threads each write before their ack: the pool keeps ten,
    and `open_connections` opens them before the first burst (SQLite: nothing to open)."""
    engine = db.make_engine(pg_server.create_database(f"e_{uuid.uuid4().hex[:12]}"))
    try:
        db.open_connections(engine, 8)
        assert engine.pool.checkedin() == 8  # pyright: ignore[reportAttributeAccessIssue]
        held = [engine.connect() for _ in range(8)]  # a burst: no connection opened, none closed after
        for conn in held:
            conn.close()
        assert engine.pool.checkedin() == 8  # pyright: ignore[reportAttributeAccessIssue]
        db.open_connections(engine, 50)  # never past the pool's size
        assert engine.pool.checkedin() == db.POOL_SIZE  # pyright: ignore[reportAttributeAccessIssue]
    finally:
        engine.dispose()
    lite = db.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    db.open_connections(lite, 8)
    assert lite.pool.checkedin() == 0  # pyright: ignore[reportAttributeAccessIssue]
    lite.dispose()
