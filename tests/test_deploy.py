"""The container files parse and name real commands, and those commands start as the compose file
runs them (CI has no Docker: the same entry points run here, against the tests' PostgreSQL)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from typer.main import get_command

from countersign.app.cli import app

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "countersign.app.cli"]


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _resolve(args: list[str]) -> tuple[Any, list[str]]:
    """The CLI command `args` names, and the options it was given."""
    command = get_command(app)
    rest = list(args)
    while hasattr(command, "list_commands") and rest and not rest[0].startswith("-"):
        name = rest.pop(0)
        sub = command.get_command(click.Context(command), name)
        assert sub is not None, f"countersign has no command {name!r} ({args})"
        command = sub
    return command, [a for a in rest if a.startswith("--")]


def test_every_compose_service_runs_a_real_command_with_real_options():
    services = compose()["services"]
    ours = {name: s for name, s in services.items() if s.get("image", "").startswith("countersign")}
    assert set(ours) == {"migrate", "seed", "slack", "worker", "console"}
    for name, service in ours.items():
        command, options = _resolve(service["command"])
        known = {opt for param in command.params for opt in param.opts}
        assert set(options) <= known, (name, set(options) - known)
    assert services["slack"]["deploy"]["replicas"] == 2 and services["worker"]["deploy"]["replicas"] == 2
    assert services["console"]["deploy"]["replicas"] == 2 and "/readyz" in str(services["console"]["healthcheck"])
    for name in ("postgres", "slack", "worker", "console"):
        assert services[name]["healthcheck"]["test"], name
    assert "countersign-data" in compose()["volumes"]


def test_the_image_is_slim_non_root_built_from_the_lock_with_ocr():
    text = (ROOT / "Dockerfile").read_text()
    instructions = [line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith((" ", "#"))]
    assert instructions[0] == "FROM" and "python:3.11-slim" in text
    assert "uv sync --frozen" in text and "USER countersign" in text and 'ENTRYPOINT ["countersign"]' in text
    for lang in ("eng", "deu", "fra", "nld", "spa"):
        assert f"tesseract-ocr-{lang}" in text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ready(url: str, timeout: float = 90) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


@pytest.mark.slow
def test_the_compose_entry_points_start_on_postgresql(pg_server, tmp_path):
    """migrate, seed, then a worker, the Slack app and the console answer /readyz, and stop cleanly on
    SIGTERM (the console as in a container: no mapped OS account, so Sign in with Slack)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    env.update({"COUNTERSIGN_DATABASE_URL": pg_server.create_database(f"d_{uuid.uuid4().hex[:12]}"),
                "COUNTERSIGN_DATA_DIR": str(tmp_path / "data"), "COUNTERSIGN_SLACK_BOT_TOKEN": "xoxb-test",
                "COUNTERSIGN_SLACK_SIGNING_SECRET": "test-secret", "COUNTERSIGN_SLACK_API_URL": "http://127.0.0.1:9/",
                "COUNTERSIGN_CONSOLE_SLACK_CLIENT_ID": "cid", "COUNTERSIGN_CONSOLE_SLACK_CLIENT_SECRET": "csecret",
                "COUNTERSIGN_CONSOLE_PUBLIC_URL": "https://console.example", "COUNTERSIGN_CONSOLE_SECRET": "s" * 32})
    services = compose()["services"]
    env.update({k: str(v) for k, v in services["worker"]["environment"].items()  # the stack's own settings
                if k not in ("COUNTERSIGN_DATABASE_URL", "COUNTERSIGN_DATA_DIR")})
    for once in ("migrate", "seed"):
        done = subprocess.run([*CLI, *services[once]["command"]], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (once, done.stderr)
    for name, port_option in (("worker", "--health-port"), ("slack", "--port"), ("console", "--port")):
        port = _free_port()
        args = list(services[name]["command"])
        args[args.index(port_option) + 1] = str(port)
        if "--host" in args:
            args[args.index("--host") + 1] = "127.0.0.1"
        process = subprocess.Popen([*CLI, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            assert _ready(f"http://127.0.0.1:{port}/readyz"), name
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=60)
        assert process.returncode == 0, (name, err.decode()[-2000:])
