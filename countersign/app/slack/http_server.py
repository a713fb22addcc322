"""Serving an ASGI app: gunicorn's master over uvicorn workers, or one uvicorn server in a thread (tests).

Why this pair: gunicorn's master keeps `workers` processes alive — a worker that dies is
replaced, one whose event loop stops answering its heartbeat for `timeout` seconds is killed and
replaced, SIGTERM drains them — and each uvicorn worker serves every connection on one event loop,
so a slow or half-open client costs a socket and a few kilobytes, never a thread or a process
(gunicorn's own sync and threaded workers give a slow client a whole worker or thread).

`DeadlineH11Protocol` adds what uvicorn lacks: a deadline for a request to arrive. A connection
whose request line, headers and body are not all in within `read_deadline` seconds (of the
connection opening, or of the previous response) is answered 408 (or just closed) and dropped.
h11 refuses a negative or non-numeric Content-Length with 400 itself.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass
from typing import Any, Callable

import h11
from gunicorn.app.base import BaseApplication
from uvicorn import Config, Server
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn_worker import UvicornH11Worker

from countersign.app.slack.http_app import HttpLimits

_TIMEOUT_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                b"connection: close\r\ncontent-length: 16\r\n\r\nrequest too slow")


class DeadlineH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request to arrive in full (see the module docstring)."""

    read_deadline: float = HttpLimits.read_deadline

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
            self._disarm()  # the request is in; the app's own deadline covers the answer

    def on_response_complete(self) -> None:
        self._arm()  # the next request on this connection (a pipelined one is handled, and disarmed, below)
        super().on_response_complete()

    def _arm(self) -> None:
        if self._deadline is None and not self.transport.is_closing():
            self._deadline = self.loop.call_later(self.read_deadline, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete or not self.cycle.response_started:
            # Nothing was answered on this request: say why. The app, if it has the request, is
            # still waiting for its body, and learns of the disconnect before it could answer.
            self.transport.write(_TIMEOUT_408)
        self.logger.info("request not received within %.0f s; connection closed", self.read_deadline)
        self.transport.close()


def deadline_protocol(read_deadline: float) -> type[DeadlineH11Protocol]:
    return type("DeadlineH11Protocol", (DeadlineH11Protocol,), {"read_deadline": read_deadline})


def uvicorn_options(limits: HttpLimits) -> dict[str, Any]:
    """uvicorn's settings for the limits, shared by the gunicorn workers and the in-thread server."""
    return {
        "loop": "asyncio",
        "http": deadline_protocol(limits.read_deadline),
        "lifespan": "on",
        "limit_concurrency": limits.max_connections,
        "h11_max_incomplete_event_size": limits.max_header_bytes,
        "server_header": False,
    }


# --------------------------------------------------------------------------- gunicorn


def _worker_class(limits: HttpLimits) -> type[UvicornH11Worker]:
    return type("CountersignWorker", (UvicornH11Worker,), {"CONFIG_KWARGS": uvicorn_options(limits)})


class _Gunicorn(BaseApplication):
    """gunicorn run from code: no config file, no command line; `load` runs in each worker after the fork."""

    def __init__(self, load: Callable[[], Any], options: dict[str, Any]):
        self._load, self._options = load, options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self._load()


def serve_gunicorn(load: Callable[[], Any], *, host: str, port: int, workers: int, limits: HttpLimits,
                   timeout: int = 30) -> None:
    """Serve the ASGI app `load()` builds (once in each worker process) until SIGTERM or SIGINT."""
    _Gunicorn(load, {
        "bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"],
        "workers": max(1, workers),
        "worker_class": _worker_class(limits),
        "timeout": timeout,  # a worker whose event loop is stuck this long is killed and replaced
        "graceful_timeout": 30,
        "keepalive": 5,
        "backlog": 2048,
        "preload_app": False,  # each worker opens its own store connections and pools
        "accesslog": None,  # request lines only; bodies are never logged anywhere
        "errorlog": "-",
        "proc_name": "countersign-slack",
        "control_socket_disable": True,  # no runtime management socket: nothing to guard
    }).run()


# --------------------------------------------------------------------------- in a thread (tests, benchmarks)


@dataclass
class ThreadServer:
    server: Server
    thread: threading.Thread
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def serve_in_thread(asgi: Any, limits: HttpLimits, *, host: str = "127.0.0.1", port: int = 0) -> ThreadServer:
    """The same uvicorn server and protocol as a worker, in this process (port 0: any free port)."""
    sock = socket.create_server((host, port), backlog=2048)
    config = Config(asgi, log_config=None, timeout_keep_alive=5, **uvicorn_options(limits))
    server = Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="slack-http", daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        threading.Event().wait(0.01)
    if not server.started:
        raise RuntimeError("the HTTP server did not start")
    return ThreadServer(server, thread, *sock.getsockname()[:2])
