"""The real console on 127.0.0.1 (uvicorn in a thread) over a workspace with the demo invoices
processed, and Debian's headless chromium driven by Selenium (`/usr/bin/chromium`,
`/usr/bin/chromedriver`: no driver or browser is downloaded, Selenium Manager never runs)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn

from countersign.agent.runner import process_file
from countersign.app.console.app import build_console
from countersign.app.console.auth import issue_link_token

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CLERK, MANAGER, CONTROLLER = "U0AP0CLERK", "U0APMGR01", "U0CONTROL"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Console:
    services: Any
    base: str
    cases: dict[str, str]  # demo name -> case id

    def link(self, user: str) -> str:
        return f"{self.base}/login?token={issue_link_token(self.services.sessions, user, self.services.clock())}"


@contextmanager
def running_console(services, demo_pdfs, **kw) -> Iterator[Console]:
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(build_console(services, **kw), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the console did not start")
        time.sleep(0.05)
    try:
        yield Console(services, f"http://127.0.0.1:{port}", cases)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def browser_available() -> str:
    """Why the browser tests cannot run here ('' when they can)."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if shutil.which(path) is None]
    return f"missing {', '.join(missing)} (Debian's chromium and chromium-driver; .ci/run installs them)" \
        if missing else ""


@contextmanager
def chromium() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--disable-gpu", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
