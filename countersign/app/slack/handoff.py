"""Uploads to workers: the Slack app acknowledges, `countersign worker` processes do the rest.

With `slack_uploads_to_workers` set, the Slack app's listener only claims each uploaded file and
writes its pending note, in the transaction that runs before Slack gets its 200 (`intake.py`).
It runs no case, so its acknowledgements never wait behind case work for the interpreter, and
the cases spread over the worker processes (several cores) instead of the one process that
happened to receive the burst. Each of a worker's COUNTERSIGN_WORKER_CONCURRENCY upload loops
polls the pending notes (`SlackRefs.pending_files`, an index range; `POLL_SECONDS` apart) and
takes one file at a time under a claim of its own, so two loops never take one file, and looks
again after each: download, intake, the reading and the reading card run in that thread
(`InlineExecutor`), and the note is deleted when the file became a case. The rest of each case
(checks, draft, approval request, the card) waits in the process's `DeferredJobs` until no
upload waits that this loop has not looked at, so a burst's readings all show first. A worker
killed mid-way frees the claim with its process; the note stays, and the next poll takes it
again; a case whose checks it never ran keeps its `reply-to:` note, and any worker's
`answer_owed` finishes it.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from datetime import timedelta
from typing import Any, Callable

from countersign.app.bootstrap import Services
from countersign.app.settings import Settings
from countersign.app.slack.deps import DeferredJobs, SlackDeps, TrackedExecutor, WorkTracker
from countersign.app.slack.intake import answer_owed, take_noted_file

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2  # a worker's look for acknowledged uploads: one index range, nothing found most times


class InlineExecutor(TrackedExecutor):
    """Runs each job in the caller's thread: a worker's file is finished (case and reply) while
    the worker still holds its claim."""

    def __init__(self, tracker: WorkTracker):
        super().__init__(tracker, 1, "inline", yield_to_acks=False)

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - logged, and kept in the future as a pool would
            log.exception("slack job %s failed", getattr(fn, "__name__", fn))
            future.set_exception(exc)
        return future


def worker_deps(services: Services, settings: Settings) -> SlackDeps:
    """The Slack side of a worker process: the listeners' deps, with every pool inline."""
    from countersign.app.slack.app import slack_client, slack_deps

    tracker = WorkTracker()
    return slack_deps(services, settings, slack_client(settings), ask=_no_questions, tracker=tracker,
                      io=InlineExecutor(tracker), cases=InlineExecutor(tracker), later=DeferredJobs(tracker))


def _no_questions(text: str, **_: Any) -> str:  # a worker takes uploads, never questions
    raise RuntimeError("a worker answers no questions")


def take_pending_files(deps: SlackDeps, stop: threading.Event | None = None) -> int:
    """Take every acknowledged upload no one holds, one file at a time, each under its claim, and
    look again after each one: a burst is still arriving while the first files are read, and the
    files others took meanwhile are no longer pending. Then the checks queued behind the readings
    (`run_deferred`) until an upload this call has not looked at waits. Returns how many files
    this call finished."""
    taken = 0
    looked: set[str] = set()  # taken here, held elsewhere, or failed: not tried again in this call
    while not (stop is not None and stop.is_set()):
        waiting = [note for note in deps.refs.pending_files() if note[0] not in looked]
        if not waiting:
            break
        for file_id, channel, thread_ts, user in waiting:
            looked.add(file_id)
            if _take_one(deps, file_id, channel, thread_ts, user):
                taken += 1
                break  # look again
    run_deferred(deps, stop, looked)
    return taken


def _take_one(deps: SlackDeps, file_id: str, channel: str, thread_ts: str | None, user: str | None) -> bool:
    """One pending file under its claim; False when someone else holds it, it was finished
    meanwhile, or taking it failed (its note stays: the next poll, here or elsewhere, tries again)."""
    with deps.services.claims.hold(f"slack-file:{file_id}") as mine:
        # Another worker may have finished it between the list and the claim.
        if not mine or not deps.refs.file_pending(file_id):
            return False
        try:
            take_noted_file(deps, file_id, channel, thread_ts, user)
        except Exception:  # noqa: BLE001 - the note stays
            log.exception("could not take in slack file %s", file_id)
            return False
    return True


def run_deferred(deps: SlackDeps, stop: threading.Event | None = None, looked: set[str] | None = None) -> int:
    """The checks queued behind readings (`DeferredJobs`), oldest first, until none waits or an
    upload not in `looked` does (its reading goes first; the ones in `looked` are being read
    elsewhere, or failed here); returns how many ran."""
    later = deps.later
    looked = looked or set()
    ran = 0
    while isinstance(later, DeferredJobs) and not (stop is not None and stop.is_set()) and later.run_next():
        ran += 1
        if any(note[0] not in looked for note in deps.refs.pending_files()):
            break
    return ran


def run_uploads(deps: SlackDeps, stop: threading.Event, *, poll_seconds: float = POLL_SECONDS,
                owed_every: float = 60.0) -> int:
    """One worker thread's loop until `stop`: take pending uploads, and now and then the replies
    owed: at start every one (a stopped worker's), later only those owed for `owed_every` seconds
    already (a burst's cases whose checks wait in some worker's queue are not orphans)."""
    import time

    done = 0
    owed_at: float | None = None
    while not stop.is_set():
        try:
            found = take_pending_files(deps, stop)
            if owed_at is None or time.monotonic() - owed_at >= owed_every:
                since = None if owed_at is None else deps.refs.clock() - timedelta(seconds=owed_every)
                owed_at = time.monotonic()
                found += len(answer_owed(deps, skip_held=True, noted_before=since))
        except Exception:  # noqa: BLE001 - the store or Slack is down: wait and look again
            log.exception("slack uploads pass failed; will retry")
            found = 0
        done += found
        if not found:
            stop.wait(poll_seconds)
    if deps.later is not None:
        deps.later.shutdown(wait=False)  # dropped checks: their `reply-to:` notes bring them back
    return done
