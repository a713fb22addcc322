"""A serving Slack process (`serve --socket`, `serve --http`'s workers) after start-up."""

from __future__ import annotations

import subprocess
import sys

_SERVE = """
import gc, sys
from pydantic import SecretStr
from countersign.app.settings import Settings
from countersign.app.slack.server import running_app

settings = Settings(_env_file=None, data_dir=sys.argv[1], slack_bot_token=SecretStr("xoxb-test"))
with running_app(settings, ask=lambda text, **kw: text):
    print(gc.get_freeze_count(), len(gc.get_objects()))
"""


def test_what_start_up_allocated_is_out_of_the_cycle_collectors_sight(tmp_path):
    # Its own process: the freeze is for a process that serves until it stops, never for this one.
    out = subprocess.run([sys.executable, "-c", _SERVE, str(tmp_path / "ws")], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    frozen, tracked = map(int, out.split())
    # A full collection walks only what the collector tracks: start-up's modules, schemas and
    # services (a few hundred thousand objects) must not be among them, or every full collection
    # stops the interpreter for 100-200 ms, acknowledgements included.
    assert frozen > 100_000
    assert tracked < frozen // 10
