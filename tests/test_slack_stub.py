"""The local Slack Web API stub the tests and the Slack benchmark talk to (`tests/slack_stub.py`)."""

from __future__ import annotations

import socket

from tests.slack_stub import SlackStub


def test_the_stub_queues_a_bursts_connections_instead_of_dropping_them():
    # http.server's listen queue is 5: the connections a burst of uploads opens at once overflowed it,
    # and each dropped one stalled its caller for the client's SYN retry (~1 s) in the benchmark.
    stub = SlackStub()  # not started: nothing accepts, so every connection waits in the listen queue
    opened: list[socket.socket] = []
    try:
        host, port = stub.server.server_address[:2]
        for _ in range(50):
            opened.append(socket.create_connection((host, port), timeout=10))  # 10 s: a bound, not a measure
    finally:
        for sock in opened:
            sock.close()
        stub.server.server_close()
    assert len(opened) == 50
