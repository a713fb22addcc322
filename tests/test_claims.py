"""Per-case claims: one driver per case at a time, across threads and processes, on both stores."""

from __future__ import annotations

import hashlib
import threading
import time

from sqlalchemy import create_engine

from countersign.agent.runner import intake_bytes, run_case
from countersign.app import extract_sandbox
from countersign.app.claims import LOCK_FILES, CaseClaims
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.domain import CaseStatus

CLERK = "U0AP0CLERK"


def test_a_claim_excludes_other_holders_and_is_reentrant_for_its_thread(open_ws):
    with open_ws() as first, open_ws() as second:  # two services: as two processes would hold them
        with first.claims.hold("C-1") as ours:
            assert ours
            with first.claims.hold("C-1") as again:  # the holder may re-enter
                assert again
            with second.claims.hold("C-1") as theirs:
                assert not theirs  # still held after the inner block ended
            with second.claims.hold("C-2") as other_case:
                assert other_case
        with second.claims.hold("C-1") as theirs:
            assert theirs


def _bucket(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % LOCK_FILES


def test_keys_sharing_a_lock_file_do_not_exclude_each_other_within_a_process(tmp_path):
    """On SQLite two keys may hash to one lock file: inside one process (a worker holding an upload
    while it runs that upload's case) both are held; another process is kept out until both end."""
    first_key = "slack-file:F00001"
    other_key = next(k for k in (f"C-{i}" for i in range(100_000)) if _bucket(k) == _bucket(first_key))
    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    ours, theirs = (CaseClaims(engine, postgres=False, lock_dir=tmp_path / "claims") for _ in range(2))
    try:
        held, done, inner = threading.Event(), threading.Event(), []

        def other_thread():
            with ours.hold(other_key) as got:
                inner.append(got)
                held.set()
                done.wait(5)

        with ours.hold(first_key) as a:
            t = threading.Thread(target=other_thread)
            t.start()
            assert held.wait(5) and a and inner == [True]  # another thread of this process, same lock file
            with theirs.hold(other_key) as b:
                assert not b
            done.set()
            t.join(5)
            with theirs.hold(other_key) as b:
                assert not b  # the file is still held for first_key
        with theirs.hold(other_key) as b:
            assert b
    finally:
        ours.close()
        theirs.close()


def test_another_thread_waits_for_the_claim_or_gives_up(services):
    taken, release = threading.Event(), threading.Event()

    def holder():
        with services.claims.hold("C-9") as ours:
            assert ours
            taken.set()
            release.wait(10)

    t = threading.Thread(target=holder)
    t.start()
    try:
        assert taken.wait(10)
        with services.claims.hold("C-9", wait=0.2) as got:
            assert not got
        threading.Timer(0.2, release.set).start()
        started = time.monotonic()
        with services.claims.hold("C-9", wait=10) as got:
            assert got and time.monotonic() - started < 5
    finally:
        release.set()
        t.join(10)


def test_two_drivers_of_one_case_never_run_it_side_by_side(open_ws, monkeypatch):
    """The Slack app and a worker both take a fresh case at once: one extraction, one proposal."""
    inside, most = [0], [0]
    lock = threading.Lock()
    real_extract = extract_sandbox.extract_sandboxed

    def slow_extract(*args, **kwargs):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.3)
        try:
            return real_extract(*args, **kwargs)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(extract_sandbox, "extract_sandboxed", slow_extract)
    with open_ws() as first, open_ws() as second:
        pdf = render_invoice(load_demo_specs()[0])
        case_id = intake_bytes(first, pdf, filename="c.pdf", source="cli", uploader=CLERK).case_id
        statuses = {}
        threads = [threading.Thread(target=lambda s=s, name=name: statuses.__setitem__(name, run_case(s, case_id)))
                   for name, s in (("first", first), ("second", second))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert statuses == {"first": CaseStatus.AWAITING_APPROVAL, "second": CaseStatus.AWAITING_APPROVAL}
        assert most[0] == 1
        actions = [e.action for e in first.audit.events(case_id)]
        assert actions.count("extracted") == 1 and actions.count("approval_requested") == 1
        assert len(first.store.proposals_for_case(case_id)) == 1
        assert first.audit.verify().ok
