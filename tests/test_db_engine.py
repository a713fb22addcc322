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
