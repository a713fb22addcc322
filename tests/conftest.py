"""Shared fixtures: a seeded workspace in a temp dir with a fixed clock, and the demo PDFs."""

from __future__ import annotations

import os
import shutil
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

from countersign.agent.runner import process_file
from countersign.agent.runtime import RecordingNotifier
from countersign.app.bootstrap import open_services
from countersign.app.chat import make_ask
from countersign.app.db import make_engine, migrate
from countersign.app.demo import seed
from countersign.app.samples import load_demo_specs, write_demo_invoices
from countersign.app.settings import Settings
from evals.workspace import build_demo_workspace
from tests.pg_server import start_server

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)

# Fixtures that live next to their stubs, registered here so that test modules take them as
# parameters without importing them: `slack` (the Slack harness in tests/slack_stub.py).
pytest_plugins = ["tests.slack_stub"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that runs on the real PostgreSQL server carries the `postgres` marker, so
    `pytest -m "not postgres"` (make test-fast) needs no server."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "pg_server" in getattr(item, "fixturenames", ()) or "postgres" in params.values():
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def demo_pdfs(tmp_path_factory) -> dict[str, Path]:
    """Demo invoices by short name: clean, variance, duplicate, unknown, bank, senior."""
    paths = write_demo_invoices(tmp_path_factory.mktemp("samples"))
    names = ["clean", "variance", "duplicate", "unknown", "bank", "senior"]
    assert len(paths) == len(load_demo_specs()) == len(names)
    return dict(zip(names, paths, strict=True))


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session. Absent binaries skip locally and fail in CI."""
    try:
        server = start_server()
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    yield server
    server.stop()


def _migrated(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A store migrated once; each SQLite workspace starts as a copy (migrating costs ~0.4 s a test)."""
    path = tmp_path_factory.mktemp("template") / "countersign.db"
    _migrated(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """The PostgreSQL counterpart: a migrated database that each test's database is created from."""
    name = "t_template"
    _migrated(pg_server.create_database(name))
    return name


@pytest.fixture(params=["sqlite", "postgres"])
def workspace(request, tmp_path) -> Settings:
    """The same tests run on the embedded SQLite store and on a real PostgreSQL server. Each starts
    from a migrated copy; `open_services` still runs the migrations, which find nothing to do."""
    url = None
    if request.param == "postgres":
        url = request.getfixturevalue("pg_server").create_database(f"t_{uuid.uuid4().hex[:12]}",
                                                                    template=request.getfixturevalue("pg_template"))
    else:
        (tmp_path / "ws").mkdir()
        shutil.copyfile(request.getfixturevalue("sqlite_template"), tmp_path / "ws" / "countersign.db")
    return Settings(data_dir=tmp_path / "ws", database_url=url, _env_file=None)


@pytest.fixture
def open_ws(workspace):
    """Open (and reopen, as after a restart) services on the same workspace."""

    @contextmanager
    def _open(clock=lambda: NOW, **kw):
        with open_services(workspace, notifier=RecordingNotifier(), clock=clock, **kw) as services:
            seed(services)
            yield services

    return _open


@pytest.fixture
def services(open_ws):
    with open_ws() as services:
        yield services


@pytest.fixture
def processed(services, demo_pdfs):
    """The services with every demo invoice uploaded by the AP clerk and run as far as it goes."""
    for path in demo_pdfs.values():
        process_file(services, path, uploader="U0AP0CLERK")
    return services


@pytest.fixture(scope="module")
def demo_ask(tmp_path_factory):
    """The chat over the demo as `countersign demo` leaves it: INV-1043 approved and posted, INV-1001 blocked as a
    duplicate, NW-5602 rejected, the others blocked or waiting."""
    settings = build_demo_workspace(Path(tmp_path_factory.mktemp("demo")))
    with open_services(settings) as services:
        yield make_ask(services)
