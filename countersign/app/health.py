"""The worker's health port: GET /healthz (alive), /readyz (store and checkpointer answer) and
/metrics (Prometheus). A small threaded server on its own port, for the orchestrator and the
scraper only: it reads nothing from the request but its path."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)


def start_health_server(services: Any, host: str, port: int) -> ThreadingHTTPServer:
    """Serve the probes for `services` on host:port in a daemon thread; `shutdown()` stops it."""
    from countersign.app import metrics

    class Probes(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.path == "/healthz":
                self._answer(200, b"ok", "text/plain")
            elif self.path == "/readyz":
                ok, reason = metrics.readiness(services)
                self._answer(200 if ok else 503, reason.encode(), "text/plain")
            elif self.path == "/metrics":
                body, content_type = metrics.exposition(services.sessions)
                self._answer(200, body, content_type)
            else:
                self._answer(404, b"not found", "text/plain")

        def _answer(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
            log.debug("health: " + format, *args)

    server = ThreadingHTTPServer((host, port), Probes)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    log.info("health and metrics on http://%s:%d/", host, server.server_address[1])
    return server
