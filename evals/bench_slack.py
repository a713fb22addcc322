"""Slack benchmark: `python -m evals.bench_slack [--n 50]` (wired as `python -m evals.bench slack`).

N simultaneous signed `file_shared` events go through the real HTTP app (Bolt's ASGI adapter
behind `countersign.app.slack.http_app`, on the uvicorn server and protocol a worker runs, SQLite
store), with slack_sdk pointed at the local Slack Web API stub from the tests. As in production,
"Slack" lives in another process: a child process runs the stub and fires the events, so its
threads do not compete with the app's for the GIL. Measured per event, on the child's clock: the
time to the HTTP acknowledgement (`ack_*`, as the sender sees it, connection set-up included),
the time until the first reply in the file's thread (`reply_*`: files.info, download, intake,
the reading, chat.postMessage of the reading card), and until the thread shows the case's card
(`card_*`: vendor, PO, policy, draft, approval request; the reading card updated in place).
Also the server's own time from the body in hand to Bolt's answer (`server_ack_*`: signature
check, parsing, dispatch).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import selectors
import socket
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def _request(url: str, file_id: str) -> bytes:
    from tests.slack_stub import AP_CHANNEL, event_body, sign

    event = {"type": "file_shared", "channel_id": AP_CHANNEL, "file_id": file_id, "user_id": "U0AP0CLERK",
             "file": {"id": file_id}, "event_ts": "1.0"}
    body = event_body(event, event_id=f"Ev{file_id}").encode()
    parts = urlsplit(url)
    head = "".join(f"{k}: {v}\r\n" for k, v in sign(body.decode()).items())
    return (f"POST {parts.path} HTTP/1.0\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{head}\r\n").encode() + body


def _burst(url: str, requests: list[tuple[str, bytes]]) -> dict[str, tuple[float, float]]:
    """Send every request at once from one thread (non-blocking sockets), like independent senders:
    {id: (start, ms until the whole response arrived)}. Raises unless every answer is 200."""
    parts = urlsplit(url)
    address = (parts.hostname, parts.port)
    selector = selectors.DefaultSelector()
    state = {}
    for key, data in requests:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        start = time.perf_counter()
        sock.connect_ex(address)
        state[sock] = {"id": key, "out": data, "in": b"", "start": start}
        selector.register(sock, selectors.EVENT_WRITE)
    done: dict[str, tuple[float, float]] = {}
    deadline = time.perf_counter() + 60
    while state and time.perf_counter() < deadline:
        for item, mask in selector.select(timeout=1):
            sock, st = item.fileobj, state[item.fileobj]
            if mask & selectors.EVENT_WRITE:
                sent = sock.send(st["out"])
                st["out"] = st["out"][sent:]
                if not st["out"]:
                    selector.modify(sock, selectors.EVENT_READ)
            elif mask & selectors.EVENT_READ:
                chunk = sock.recv(65536)
                st["in"] += chunk
                if not chunk:  # HTTP/1.0: the server closes after the response
                    elapsed = (time.perf_counter() - st["start"]) * 1000
                    status = st["in"].split(b" ", 2)[1] if b" " in st["in"] else b"?"
                    if status != b"200":
                        raise RuntimeError(f"event {st['id']} answered {status!r}")
                    done[st["id"]] = (st["start"], elapsed)
                    selector.unregister(sock)
                    sock.close()
                    del state[sock]
    if state:
        raise RuntimeError(f"{len(state)} events were never answered")
    return done


def _first_reply(calls: list, thread_ts: str) -> float | None:
    """When the thread got its first reply (the reading card)."""
    for call in calls:
        if call.method == "chat.postMessage" and call.args.get("thread_ts") == thread_ts:
            return call.at
    return None


def _card_shown(calls: list, thread_ts: str) -> float | None:
    """When the thread showed the case's card: its reading card updated in place, or posted directly."""
    reading = None
    for call in calls:
        if call.method == "chat.postMessage" and call.args.get("thread_ts") == thread_ts:
            if not str(call.args.get("text", "")).startswith("Read invoice"):
                return call.at
            reading = call.posted
        elif call.method == "chat.update" and reading and call.args.get("ts") == reading[1]:
            return call.at
    return None


def _slack_side(conn, n: int, warm: int) -> None:
    """Child process: the stub (Slack's Web API and file host) and the load generator."""
    import copy

    from countersign.app.samples import load_demo_specs, render_invoice
    from tests.slack_stub import AP_CHANNEL, SlackStub, event_body, sign

    clean = load_demo_specs()[0]
    stub = SlackStub().start()
    thread_of = {}
    for i in range(n + warm):  # warm-up files, then n measured
        spec = copy.deepcopy(clean)
        spec["invoice_number"] = f"INV-S{i:05d}"
        thread_of[f"F{i:05d}"] = f"{1800000000 + i}.000100"
        stub.add_file(f"F{i:05d}", f"bench-{i:05d}.pdf", render_invoice(spec), user="U0AP0CLERK",
                      ts=thread_of[f"F{i:05d}"])
    conn.send(stub.api_url)
    url = conn.recv()

    def send(file_id: str) -> tuple[float, float]:
        event = {"type": "file_shared", "channel_id": AP_CHANNEL, "file_id": file_id, "user_id": "U0AP0CLERK",
                 "file": {"id": file_id}, "event_ts": "1.0"}
        body = event_body(event, event_id=f"Ev{file_id}")
        request = urllib.request.Request(url, data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json", **sign(body)})
        t0 = time.perf_counter()
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            assert response.status == 200, response.status
        return t0, (time.perf_counter() - t0) * 1000

    def replied(file_id: str) -> float | None:
        return _first_reply(list(stub.calls), thread_of[file_id])

    def carded(file_id: str) -> float | None:
        return _card_shown(list(stub.calls), thread_of[file_id])

    def wait_replies(ids, limit_s: float) -> None:
        deadline = time.perf_counter() + limit_s
        while time.perf_counter() < deadline and any(carded(f) is None for f in ids):
            time.sleep(0.02)

    warm_ids = [f"F{i:05d}" for i in range(warm)]
    for f in warm_ids:  # warm-up: Bolt's first auth.test, imports, connection pools, each worker's first case
        send(f)
    wait_replies(warm_ids, 120)
    ids = [f"F{i:05d}" for i in range(warm, n + warm)]
    wall = time.perf_counter()
    results = _burst(url, [(f, _request(url, f)) for f in ids])
    wait_replies(ids, 600)
    wall = time.perf_counter() - wall
    acks = [results[f][1] for f in ids]
    replies = [(replied(f) - results[f][0]) * 1000 for f in ids if replied(f) is not None]
    cards = [(carded(f) - results[f][0]) * 1000 for f in ids if carded(f) is not None]
    conn.send({"acks": acks, "replies": replies, "cards": cards, "wall": wall})
    conn.recv()  # the app has finished everything (approver DMs too) before the stub goes away
    stub.stop()


def _worker_side(settings_fields: dict, stop) -> None:
    """Child process: `countersign worker` taking the uploads the app acknowledged."""
    from countersign.app.settings import Settings
    from countersign.app.worker import run_worker

    run_worker(Settings(_env_file=None, **settings_fields), stop, poll_seconds=2.0,
               freeze_heap=True, lower_priority=True)  # as the `worker` command does


def bench_slack(n: int = 50, database_url: str | None = None, workers: int = 0,
                tuning: dict | None = None) -> dict[str, float]:
    """`workers` 0: the app runs the cases itself (one process); otherwise it only acknowledges and
    `workers` worker processes run them (slack/handoff.py). `tuning`: settings for every process
    of the run (e.g. {"worker_concurrency": 3}); unset ones come from the environment
    (COUNTERSIGN_WORKER_CONCURRENCY, ...) or their defaults, as in a deployment."""
    from pydantic import SecretStr

    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed
    from countersign.app.settings import Settings
    from countersign.app.slack.app import build_app
    from countersign.app.slack.http_app import HttpLimits, slack_asgi
    from countersign.app.slack.http_server import serve_in_thread
    from countersign.app.slack.notifier import SlackNotifier
    from countersign.app.slack.server import ready_to_serve
    from tests.slack_stub import AP_CHANNEL, BOT_TOKEN, SIGNING_SECRET

    tuning = dict(tuning or {})
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    warm = max(1, workers * Settings(_env_file=None, **tuning).worker_concurrency)  # each upload loop's first case
    slack = ctx.Process(target=_slack_side, args=(theirs, n, warm), daemon=True)
    slack.start()
    stop = ctx.Event()
    pool: list = []
    try:
        api_url = ours.recv()
        with tempfile.TemporaryDirectory() as tmp:
            fields = {"data_dir": Path(tmp) / "ws", "database_url": database_url,
                      "slack_ap_channel": AP_CHANNEL, "slack_api_url": api_url,
                      "slack_uploads_to_workers": workers > 0, **tuning}
            settings = Settings(_env_file=None, slack_bot_token=SecretStr(BOT_TOKEN),
                                slack_signing_secret=SecretStr(SIGNING_SECRET), **fields)
            with open_services(settings, notifier=SlackNotifier()) as services:
                seed(services)
                pool = [ctx.Process(target=_worker_side, args=({**fields, "slack_bot_token": BOT_TOKEN}, stop),
                                    daemon=True) for _ in range(workers)]
                for process in pool:
                    process.start()
                app = build_app(services, settings, ask=lambda text, **kw: text)
                ready_to_serve(app)  # as `serve` does once its app is built
                server_ms: list[float] = []
                limits = HttpLimits()
                server = serve_in_thread(slack_asgi(app, limits, on_timing=server_ms.append), limits)
                ours.send(f"{server.url}/slack/events")
                measured = ours.recv()
                app.deps.drain(60)
                stop.set()
                for process in pool:
                    process.join(60)
                ours.send("done")
                statuses = [c.status for c in services.store.list_cases()]
                server.stop()
                app.deps.shutdown()
    finally:
        stop.set()
        for process in pool:
            if process.is_alive():
                process.terminate()
        slack.join(timeout=30)
        if slack.is_alive():
            slack.terminate()
    acks, replies, cards = measured["acks"], measured["replies"], measured["cards"]
    return {
        "events": n,
        "worker_processes": workers,
        "replies": len(replies),
        "awaiting_approval": statuses.count("awaiting_approval") - warm,  # the warm-up cases are not counted
        "ack_p50_ms": round(statistics.median(acks), 1),
        "ack_p99_ms": round(_pct(acks, 0.99), 1),
        "ack_max_ms": round(max(acks), 1),
        "server_ack_p50_ms": round(statistics.median(server_ms[warm:]), 1),
        "server_ack_p99_ms": round(_pct(server_ms[warm:], 0.99), 1),
        "reply_p50_ms": round(statistics.median(replies), 1) if replies else float("nan"),
        "reply_p99_ms": round(_pct(replies, 0.99), 1) if replies else float("nan"),
        "cards": len(cards),
        "card_p50_ms": round(statistics.median(cards), 1) if cards else float("nan"),
        "card_p99_ms": round(_pct(cards, 0.99), 1) if cards else float("nan"),
        "wall_s": round(measured["wall"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--workers", type=int, default=0,
                        help="worker processes taking the uploads (0: the app runs the cases itself)")
    parser.add_argument("--set", action="append", default=[], metavar="SETTING=VALUE",
                        help="a setting for every process of the run, e.g. worker_concurrency=3 "
                             "(or COUNTERSIGN_WORKER_CONCURRENCY=3 in the environment)")
    args = parser.parse_args()
    tuning = dict(item.split("=", 1) for item in args.set)
    result = bench_slack(args.n, workers=args.workers, tuning=tuning)
    print(f"{'metric':<20} value")
    for key, value in result.items():
        print(f"{key:<20} {value}")
    reports = Path(__file__).parent / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench-slack.json").write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
