"""A serving Slack process (`serve --socket`, `serve --http`'s workers) after start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

_SERVE = """
import gc, sys
from pydantic import SecretStr
from countersign.app.settings import Settings
from countersign.app.slack.server import running_app

settings = Settings(_env_file=None, data_dir=sys.argv[1], slack_bot_token=SecretStr("xoxb-test"),
                    slack_uploads_to_workers=sys.argv[2] == "workers")
with running_app(settings, ask=lambda text, **kw: text) as app:
    print(gc.get_freeze_count(), len(gc.get_objects()))
    from countersign.app import extract_sandbox
    print(app.deps.cases.workers, len(extract_sandbox._idle))
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> list[str]:
    """What a serving process printed after start-up. Its own process: the freeze is for a process
    that serves until it stops, never for this one."""
    return serve(tmp_path_factory, "app")


def serve(tmp_path_factory, uploads_to: str) -> list[str]:
    ws = tmp_path_factory.mktemp("served") / "ws"
    return subprocess.run([sys.executable, "-c", _SERVE, str(ws), uploads_to], capture_output=True, text=True,
                          timeout=120, check=True).stdout.splitlines()


def test_what_start_up_allocated_is_out_of_the_cycle_collectors_sight(served):
    frozen, tracked = map(int, served[0].split())
    # A full collection walks only what the collector tracks: start-up's modules, schemas and
    # services (a few hundred thousand objects) must not be among them, or every full collection
    # stops the interpreter for 100-200 ms, acknowledgements included.
    assert frozen > 100_000
    assert tracked < frozen // 10


def test_a_reading_helper_is_ready_for_each_case_the_app_works_on_at_once(served):
    # A burst of drops reads that many documents at once; a helper started mid-burst costs ~0.45 s of CPU.
    pool, ready = map(int, served[1].split())
    assert pool > 1 and ready == pool


def test_an_app_that_leaves_the_uploads_to_workers_starts_no_reading_helpers(tmp_path_factory):
    # It reads no document in a burst: four idle helpers would only cost it ~200 MB.
    pool, ready = map(int, serve(tmp_path_factory, "workers")[1].split())
    assert pool > 1 and ready == 0
