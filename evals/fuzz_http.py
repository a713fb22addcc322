"""Slow and odd HTTP requests against the real Slack endpoint: `python -m evals.fuzz --http [--n 300]`.

None of these needs a signature. Each attack opens its own socket on 127.0.0.1, says what it
expects, and reports what came back: a status, or `dropped` (closed without an answer). Then a
seeded mutator bends a valid signed request (bit flips, cuts, doubled or bent lengths, swapped
content types, shuffled bytes) and sends each; any 5xx but 503 is a finding, and so is an answer
later than the deadline (+2 s: a length that promises more body than comes is answered 408 at the
deadline) or a traceback in the server's log. `run` starts the real server (`countersign serve
--http`, tests/slack_http.py) on a fresh workspace with a Slack stub, and reports its memory
under 400 slow clients and under a 300 MB streamed body.
"""

from __future__ import annotations

import json
import random
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode, urlsplit

MB = 1_000_000


@dataclass
class Outcome:
    attack: str
    expect: str  # e.g. "400", "413", "401", "408|dropped"
    got: str  # a status, or "dropped"
    seconds: float

    @property
    def held(self) -> bool:
        return self.got in self.expect.split("|")


def _address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or 80


def status_of(response: bytes) -> str:
    if not response.startswith(b"HTTP/"):
        return "dropped"
    return response.split(b" ", 2)[1].decode("ascii", "replace")


def exchange(url: str, data: bytes, *, timeout: float = 20.0, half_close: bool = False) -> tuple[str, float]:
    """Send `data`, read until the server closes (or `timeout`); the status and the seconds it took."""
    started = time.monotonic()
    with socket.create_connection(_address(url), timeout=timeout) as sock:
        try:
            sock.sendall(data)
            if half_close:
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer and close before it has read everything
        response = _read_all(sock, timeout)
    return status_of(response), time.monotonic() - started


def _read_all(sock: socket.socket, timeout: float) -> bytes:
    response = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        except OSError:
            break
        if not chunk:
            break
        response += chunk
        if b"\r\n\r\n" in response and b"connection: close" not in response.lower():
            head, _, body = response.partition(b"\r\n\r\n")
            length = [int(line.split(b":")[1]) for line in head.lower().split(b"\r\n") if
                      line.startswith(b"content-length:")]
            if length and len(body) >= length[0]:
                break  # a complete keep-alive answer
    return response


def request(path: str, body: bytes = b"", headers: dict[str, str] | None = None, *, method: str = "POST",
            length: str | None = None, host: str = "127.0.0.1") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: close"]
    for key, value in (headers or {}).items():
        lines.append(f"{key}: {value}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    elif method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def signed(body: str, *, content_type: str = "application/json", timestamp: str | None = None) -> dict[str, str]:
    from tests.slack_stub import sign

    headers = {"Content-Type": content_type, **sign(body)}
    if timestamp is not None:
        headers["x-slack-request-timestamp"] = timestamp
    return headers


def challenge_body() -> str:
    return json.dumps({"type": "url_verification", "challenge": "fuzz-challenge", "token": "x"})


# --------------------------------------------------------------------------- single attacks

def _one(url: str, name: str, expect: str, data: bytes, **kw) -> Outcome:
    got, seconds = exchange(url, data, **kw)
    return Outcome(name, expect, got, round(seconds, 2))


def odd_requests(url: str) -> list[Outcome]:
    """Each malformed request once, with the answer it must get."""
    ev = "/slack/events"
    bad_json = "{not json"
    as_json = {"Content-Type": "application/json"}
    return [
        _one(url, "Content-Length: -1", "400", request(ev, b"{}" * 10, length="-1")),
        _one(url, "Content-Length: abc", "400", request(ev, b"{}", length="abc")),
        _one(url, "two different Content-Lengths", "400",
             request(ev, b"{}", {"Content-Length": "5"}, length="2")),
        _one(url, "Content-Length: 300 MB, nothing sent", "413", request(ev, length=str(300 * MB))),
        _one(url, "Content-Length: 10^30", "413|400", request(ev, length="1" + "0" * 30)),
        _one(url, "malformed JSON, unsigned", "401", request(ev, bad_json.encode(), as_json)),
        _one(url, "malformed JSON, signed", "400", request(ev, bad_json.encode(), signed(bad_json))),
        _one(url, "JSON array, signed", "400", request(ev, b"[1, 2]", signed("[1, 2]"))),
        _one(url, "JSON string, signed", "400", request(ev, b'"x"', signed('"x"'))),
        _one(url, "form payload not JSON, signed", "400",
             request(ev, urlencode({"payload": "{oops"}).encode(),
                     signed(urlencode({"payload": "{oops"}), content_type="application/x-www-form-urlencoded"))),
        _one(url, "non-numeric timestamp", "401",
             request(ev, b"{}", {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "soon",
                                 "X-Slack-Signature": "v0=00"})),
        _one(url, "5,000-digit timestamp", "401",
             request(ev, b"{}", {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "9" * 5000,
                                 "X-Slack-Signature": "v0=00"})),
        _one(url, "timestamp in Arabic-Indic digits", "401",
             request(ev, b"{}", {"Content-Type": "application/json",
                                 "X-Slack-Request-Timestamp": "\u0661\u0667\u0660\u0660\u0660\u0660",
                                 "X-Slack-Signature": "v0=00"})),
        _one(url, "negative timestamp", "401",
             request(ev, b"{}", {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "-1",
                                 "X-Slack-Signature": "v0=00"})),
        _one(url, "non-UTF-8 body", "400", request(ev, b"\xff\xfe{}\xc3", {"Content-Type": "application/json"})),
        _one(url, "no signature", "401", request(ev, challenge_body().encode(), {"Content-Type": "application/json"})),
        # h11 parses a header block that arrives in one read (up to 256 KB); one still incomplete past 16 KB is 400
        _one(url, "100 KB header in one piece", "401", request(ev, b"{}", {"X-Big": "a" * 100_000})),
        _one(url, "1 MB of headers", "400", request(ev, b"{}", {f"X-{i}": "a" * 1000 for i in range(1000)})),
        _one(url, "garbage request line", "400", b"\x00\x01\x02 nonsense \xff\r\n\r\n"),
        _one(url, "HTTP/0.9 style", "400|dropped", b"GET /healthz\r\n\r\n", half_close=True),
        _one(url, "GET /slack/events", "405", request(ev, method="GET")),
        _one(url, "POST /elsewhere", "404", request("/elsewhere", b"{}")),
        _one(url, "GET /healthz", "200", request("/healthz", method="GET")),
        _one(url, "signed url_verification", "200", request(ev, challenge_body().encode(), signed(challenge_body()))),
    ]


class PeakRss:
    """The highest of `measure()` (MB), sampled every 50 ms while the `with` block runs."""

    def __init__(self, measure: Callable[[], float]):
        self.measure, self.mb, self._stop = measure, 0.0, threading.Event()

    def __enter__(self) -> "PeakRss":
        self.mb = self.measure()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.mb = max(self.mb, self.measure())

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.mb = max(self.mb, self.measure())


def streamed_body(url: str, total: int = 300 * MB, *, framing: str = "declared") -> Outcome:
    """Stream `total` bytes as one body as fast as the server takes them, framed by a true
    Content-Length (`declared`), by `chunked` transfer, or under `Content-Length: -1`."""
    head = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    chunked = framing == "chunked"
    head += {"chunked": "Transfer-Encoding: chunked\r\n\r\n", "-1": "Content-Length: -1\r\n\r\n"}.get(
        framing, f"Content-Length: {total}\r\n\r\n")
    piece = b"x" * 65536
    frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece
    started = time.monotonic()
    sent = 0
    with socket.create_connection(_address(url), timeout=20) as sock:
        sock.sendall(head.encode())
        try:
            while sent < total:
                sock.sendall(frame)
                sent += len(piece)
        except OSError:
            pass  # refused and closed: what we want
        response = _read_all(sock, 10)
    name = f"{total // MB} MB body, {framing} (server took {sent // MB} MB)"
    return Outcome(name, "400" if framing == "-1" else "413", status_of(response), round(time.monotonic() - started, 2))


def slow_clients(url: str, n: int = 400, *, probe: Callable[[], None] | None = None,
                 legit: int = 20) -> dict:
    """`n` clients that send part of a request and stall (half the headers; headers and a little of
    the body; nothing at all). While they hold their sockets, `legit` signed requests must still be
    answered; after the deadline every stalled socket must be answered 408 or closed."""
    sockets = []
    kinds = [b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Ty",
             b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"ty", b""]
    for i in range(n):
        sock = socket.create_connection(_address(url), timeout=30)
        if kinds[i % 3]:
            sock.sendall(kinds[i % 3])
        sockets.append(sock)
    time.sleep(0.5)
    if probe is not None:
        probe()
    times, statuses = [], []
    body = challenge_body()
    for _ in range(legit):
        got, seconds = exchange(url, request("/slack/events", body.encode(), signed(body)), timeout=15)
        statuses.append(got)
        times.append(seconds)
    started = time.monotonic()
    closed = {"408": 0, "dropped": 0, "other": 0, "open": 0}
    lock = threading.Lock()

    def wait_close(sock: socket.socket) -> None:
        sock.settimeout(30)
        try:
            got = status_of(_read_all(sock, 30))
        except OSError:
            got = "dropped"
        with lock:
            key = got if got in closed else "other"
            closed[key] += 1
        sock.close()

    threads = [threading.Thread(target=wait_close, args=(s,)) for s in sockets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(40)
    return {"slow_clients": n, "legit_statuses": sorted(set(statuses)), "legit_max_s": round(max(times), 2),
            "stalled_closed_after_s": round(time.monotonic() - started, 1), "stalled": closed}


# --------------------------------------------------------------------------- seeded mutations

def mutated_requests(n: int, seed: int) -> list[tuple[str, bytes]]:
    """`n` (kind, bytes) requests bent from valid signed ones."""
    from tests.slack_stub import action_body, command_body

    rng = random.Random(seed)
    bodies = [challenge_body(), json.dumps({"type": "event_callback", "event_id": "EvFUZZ", "event": {"type": "x"}}),
              action_body("countersign_approve", "P-FUZZ", user="U0FUZZ"),
              command_body("help", user="U0FUZZ", response_url="")]
    out = []
    for _ in range(n):
        body = rng.choice(bodies)
        ctype = "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
        data = request("/slack/events", body.encode(), signed(body, content_type=ctype))
        kind = rng.choice(["bitflip", "cut", "length", "ctype", "dup_header", "shuffle", "insert", "path"])
        data = bytearray(data)
        head_end = data.find(b"\r\n\r\n")
        if kind == "bitflip":
            for _ in range(rng.choice([1, 3, 10])):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
        elif kind == "cut":
            data = data[: rng.randrange(len(data))]
        elif kind == "length":
            new = rng.choice([b"-1", b"0", b"1", b"99999999999", b"1e3", b" 12", b"0x10", b"", b"+5"])
            data = data.replace(f"Content-Length: {len(body)}".encode(), b"Content-Length: " + new)
        elif kind == "ctype":
            data = data.replace(ctype.encode(), rng.choice([b"application/json", b"text/plain", b"multipart/x", b""]))
        elif kind == "dup_header":
            data[head_end:head_end] = b"\r\nX-Slack-Request-Timestamp: " + rng.choice([b"1", b"abc", b"", b"9" * 30])
        elif kind == "shuffle":
            i = rng.randrange(head_end, len(data))
            j = rng.randrange(i, len(data) + 1)
            part = list(data[i:j])
            rng.shuffle(part)
            data[i:j] = bytes(part)
        elif kind == "insert":
            i = rng.randrange(len(data))
            data[i:i] = rng.choice([b"\r\n", b"\x00", b"\r\n\r\n", b"{", b"%", b"\xff" * 3, rng.randbytes(16)])
        elif kind == "path":
            paths = [b"/slack/events/", b"/slack/events?x=1", b"//slack/events", b"/slack/%65vents", b"*"]
            data = data.replace(b"/slack/events", rng.choice(paths), 1)
        out.append((kind, bytes(data)))
    return out


def fuzz(url: str, n: int, seed: int, deadline: float) -> tuple[list[Outcome], list[Outcome]]:
    """Every mutated request (a cut one is then half-closed: the request ends there, and no answer
    is due); the findings among them."""
    results, findings = [], []
    for i, (kind, data) in enumerate(mutated_requests(n, seed)):
        got, seconds = exchange(url, data, timeout=deadline + 10, half_close=kind == "cut")
        outcome = Outcome(f"#{i} {kind}", "not 5xx, in time", got, round(seconds, 2))
        results.append(outcome)
        if (got.startswith("5") and got != "503") or seconds > deadline + 2:
            findings.append(outcome)
    return results, findings


# --------------------------------------------------------------------------- the whole run

def run(n: int = 300, seed: int = 1, slow: int = 400) -> dict:
    from pydantic import SecretStr

    from countersign.app.settings import Settings
    from countersign.app.slack.http_app import HttpLimits
    from tests.slack_http import serve
    from tests.slack_stub import AP_CHANNEL, BOT_TOKEN, SIGNING_SECRET, SlackStub

    stub = SlackStub().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(data_dir=Path(tmp) / "ws", _env_file=None, slack_bot_token=SecretStr(BOT_TOKEN),
                                slack_signing_secret=SecretStr(SIGNING_SECRET), slack_ap_channel=AP_CHANNEL,
                                slack_api_url=stub.api_url)
            server = serve(settings, Path(tmp))
            try:
                return attack(server, n=n, seed=seed, slow=slow, deadline=HttpLimits().read_deadline)
            finally:
                server.stop()
    finally:
        stub.stop()


def attack(server, *, n: int, seed: int, slow: int, deadline: float) -> dict:
    """Every attack against a running server (`server`: url, rss_mb(), log(); see tests/slack_http.py)."""
    report: dict = {"rss_idle_mb": server.rss_mb()}
    odd = odd_requests(server.url)
    streamed = []
    report["rss_peak_300mb_body_mb"] = {}
    for framing in ("-1", "declared", "chunked"):
        with PeakRss(server.rss_mb) as peak:
            streamed.append(streamed_body(server.url, framing=framing))
        report["rss_peak_300mb_body_mb"][framing] = peak.mb
    report["slow"] = slow_clients(server.url, slow, probe=lambda: report.__setitem__("rss_400_slow_mb",
                                                                                     server.rss_mb()))
    results, findings = fuzz(server.url, n, seed, deadline)
    report["rss_after_mb"] = server.rss_mb()
    report["odd"] = [o.__dict__ for o in odd + streamed]
    report["odd_refused_as_expected"] = sum(o.held for o in odd + streamed)
    report["odd_total"] = len(odd) + len(streamed)
    report["fuzz_inputs"] = n
    report["fuzz_statuses"] = dict(sorted(_count(o.got for o in results).items()))
    report["findings"] = [o.__dict__ for o in findings] + [o.__dict__ for o in odd + streamed if not o.held]
    report["tracebacks_in_log"] = server.log().count("Traceback")
    report["still_healthy"] = server.healthy()
    return report


def _count(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def main(n: int = 300, seed: int = 1) -> int:
    """Run, print, write evals/reports/fuzz-http.json; 1 if anything was not refused as expected."""
    result = run(n, seed)
    print("fuzz: slow and odd HTTP requests against `countersign serve --http`")
    for o in result["odd"]:
        print(f"  {'held' if o['got'] in o['expect'].split('|') else 'FINDING':<8} {o['attack']:<46}"
              f" expect {o['expect']:<11} got {o['got']:<8} {o['seconds']}s")
    print(f"  slow clients: {result['slow']}")
    for finding in result["findings"]:
        print(f"  FINDING {finding}")
    reports = Path(__file__).parent / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "fuzz-http.json").write_text(json.dumps(result, indent=2))
    for key in ("rss_idle_mb", "rss_peak_300mb_body_mb", "rss_400_slow_mb", "rss_after_mb", "odd_refused_as_expected",
                "odd_total", "fuzz_inputs", "fuzz_statuses", "tracebacks_in_log", "still_healthy"):
        print(f"{key}={result.get(key)}")
    print(f"findings={len(result['findings'])}")
    bad = result["findings"] or result["tracebacks_in_log"] or not result["still_healthy"]
    return 1 if bad else 0
