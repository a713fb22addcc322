"""LangGraph's checkpoint tables on PostgreSQL, created while several processes start at once."""

from __future__ import annotations

import threading
import uuid

import pytest

from countersign.app.bootstrap import _checkpointer
from countersign.app.settings import Settings


@pytest.mark.parametrize("starting", [2, 4])
def test_processes_starting_together_create_the_checkpoint_tables_once_without_errors(
        tmp_path, pg_server, pg_template, starting):
    """Two gunicorn workers raced on `checkpoint_migrations` (a duplicate key) in CI; waiting on the
    lock instead of polling it would deadlock with the setup's CREATE INDEX CONCURRENTLY."""
    url = pg_server.create_database(f"c_{uuid.uuid4().hex[:12]}", template=pg_template)
    settings = Settings(data_dir=tmp_path, database_url=url, _env_file=None)
    barrier, errors = threading.Barrier(starting), []

    def start() -> None:
        try:
            barrier.wait()
            with _checkpointer(settings) as saver:
                saver.get_tuple({"configurable": {"thread_id": "nothing", "checkpoint_ns": ""}})
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(starting)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [] and not any(t.is_alive() for t in threads)
