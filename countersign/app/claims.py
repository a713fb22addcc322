"""Per-case claims: at most one thread in one process drives a case's graph at any moment.

Every path that advances a case (the CLI, the Slack app, `decide`, the workers, `recover`) holds
the case's claim while it looks at what the case needs and does it. Without this, two processes
could run the same thread from the same checkpoint and a stale one could write an old status
over a newer one (seen under SIGKILL at N=1000: a case left `processing` with a finished graph).

Across processes: a session-level PostgreSQL advisory lock (`pg_try_advisory_lock`) on a
connection of its own, or an exclusive `flock` on one of a fixed set of lock files on SQLite (one
machine; a case's file is picked by hashing its id, so the directory never grows). Both
vanish with the process that holds them, so a SIGKILLed holder frees its cases at once. A row
lock (`FOR UPDATE`) cannot serve: the graph updates the case row from other connections of the
same process and would wait on its own lock.

Within a process: a table of holders, so a thread may re-enter its own claim while other
threads wait their turn; the lock connection is only ever touched under one mutex.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, text

try:  # POSIX
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # Windows: the same claim with msvcrt's byte-range lock
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

CLAIM_CLASS = 0x6373  # advisory-lock namespace (two-int4 keys; never overlaps the audit chain's bigint key)
POLL_SECONDS = 0.05
LOCK_FILES = 4096  # SQLite: cases of two processes sharing a file only wait on each other


class CaseClaims:
    """Exclusive, re-entrant per-case claims shared by the threads of one process."""

    def __init__(self, engine: Engine, *, postgres: bool, lock_dir: Path):
        self._engine = engine
        self._postgres = postgres
        self._lock_dir = lock_dir
        self._mutex = threading.Lock()
        self._held: dict[str, tuple[int, int]] = {}  # case id -> (holding thread, depth)
        self._bucket_of: dict[str, int] = {}  # case id -> its lock-file bucket (SQLite)
        self._buckets: dict[int, tuple[int, int]] = {}  # bucket -> (open locked fd, keys holding it)
        self._conn = None

    @contextmanager
    def hold(self, case_id: str, *, wait: float = 0.0) -> Iterator[bool]:
        """Yield True while this thread holds the case; False (after up to `wait` seconds) if another does."""
        deadline = time.monotonic() + wait
        got = self._try(case_id)
        while not got and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            got = self._try(case_id)
        try:
            yield got
        finally:
            if got:
                self._release(case_id)

    def close(self) -> None:
        with self._mutex:
            for fd, _ in self._buckets.values():
                os.close(fd)
            self._buckets.clear()
            self._bucket_of.clear()
            self._held.clear()
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _try(self, case_id: str) -> bool:
        me = threading.get_ident()
        with self._mutex:
            holder = self._held.get(case_id)
            if holder is not None:
                if holder[0] != me:
                    return False
                self._held[case_id] = (me, holder[1] + 1)
                return True
            if not self._acquire(case_id):
                return False
            self._held[case_id] = (me, 1)
            return True

    def _release(self, case_id: str) -> None:
        with self._mutex:
            me, depth = self._held[case_id]
            if depth > 1:
                self._held[case_id] = (me, depth - 1)
                return
            del self._held[case_id]
            self._let_go(case_id)

    def _acquire(self, case_id: str) -> bool:
        if self._postgres:
            return bool(self._connection().execute(text("SELECT pg_try_advisory_lock(:c, hashtext(:id))"),
                                                   {"c": CLAIM_CLASS, "id": case_id}).scalar())
        bucket = int.from_bytes(hashlib.sha256(case_id.encode()).digest()[:4], "big") % LOCK_FILES
        fd, holders = self._buckets.get(bucket, (-1, 0))
        if not holders:  # a bucket this process holds already is shared by its keys: no false conflict in here
            self._lock_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._lock_dir / f"{bucket:04d}.lock", os.O_CREAT | os.O_RDWR, 0o600)
            if not _lock(fd):
                os.close(fd)
                return False
        self._buckets[bucket] = (fd, holders + 1)
        self._bucket_of[case_id] = bucket
        return True

    def _let_go(self, case_id: str) -> None:
        if self._postgres:
            if self._conn is not None:
                self._conn.execute(text("SELECT pg_advisory_unlock(:c, hashtext(:id))"),
                                   {"c": CLAIM_CLASS, "id": case_id})
            return
        bucket = self._bucket_of.pop(case_id)
        fd, holders = self._buckets.pop(bucket)
        if holders > 1:
            self._buckets[bucket] = (fd, holders - 1)
            return
        _unlock(fd)
        os.close(fd)

    def _connection(self):
        if self._conn is None:
            self._conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._conn
