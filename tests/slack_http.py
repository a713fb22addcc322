"""The real Slack HTTP server in a child process (`countersign serve --http`, gunicorn and uvicorn
workers) on 127.0.0.1, configured from a Settings object, and its memory as the kernel counts it.

Used by the red-team tests (tests/test_slack_http.py) and `python -m evals.fuzz --http`.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from countersign.app.settings import Settings


def settings_env(settings: Settings) -> dict[str, str]:
    """COUNTERSIGN_* variables that make a child process's Settings() equal `settings`."""
    env = {}
    for name, value in settings.model_dump().items():
        if value is None:
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        env[f"COUNTERSIGN_{name.upper()}"] = str(value)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (the gunicorn master and its workers), in MB."""
    total = 0
    for p in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return round(total / 1024, 1)


@dataclass
class ServedSlack:
    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def events_url(self) -> str:
        return self.url + "/slack/events"

    @property
    def pid(self) -> int:
        return self.process.pid

    def workers(self) -> list[int]:
        return children(self.pid)

    def wait_workers(self, count: int, timeout: float = 60.0) -> list[int]:
        """The worker pids once `count` are up (the first answers /healthz before the rest have
        booted, which on a loaded machine takes seconds)."""
        deadline = time.monotonic() + timeout
        while len(self.workers()) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.workers()

    def rss_mb(self) -> float:
        return rss_mb(self.pid)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def healthy(self, timeout: float = 5.0) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/healthz", timeout=timeout) as r:
                return r.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def wait_healthy(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited ({self.process.returncode}):\n{self.log()[-3000:]}")
            if self.healthy(1.0):
                return
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer /healthz within {seconds} s:\n{self.log()[-3000:]}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        return self.process.returncode


def serve(settings: Settings, workdir: Path, *, workers: int = 1, python: str = sys.executable,
          cwd: Path | None = None) -> ServedSlack:
    """`countersign serve --http` on a free port of 127.0.0.1 (answering /healthz when this returns)."""
    port = free_port()
    log_path = workdir / f"serve-{port}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    env.update(settings_env(settings))
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [python, "-m", "countersign.app.cli", "serve", "--http", "--host", "127.0.0.1", "--port", str(port),
             "--workers", str(workers)],
            cwd=cwd or workdir, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    served = ServedSlack(process, port, log_path)
    try:
        served.wait_healthy()
    except BaseException:
        served.stop()
        raise
    return served
