"""Reading in a child process with limits (`app/extract_sandbox`): the same answers as in process,
and a clear UnreadableDocument when a document exceeds memory or time or crashes the reader,
with the caller and the helper unharmed."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from countersign.app import extract_sandbox
from countersign.app.extract_sandbox import Limits, Usage, extract_path_sandboxed, extract_sandboxed
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice, extract_path
from evals.hostile_pdfs import content_flood

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork and rlimits (POSIX)")

# A 10 KB page whose one text run is ten million characters: about 1 to 2 s and 320 to 360 MB in process.
SLOW = content_flood(10_000_000)
# about three times SLOW's work (2.7 s of processor time on a fast 2026 machine, where SLOW takes 0.9 s): well
# past a 1 s limit on any machine, so the limit, not the machine's speed, decides
SLOWER = content_flood(30_000_000)


def children(pid: int) -> list[int]:
    """The live child processes of `pid` (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(n) for n in task.read_text().split()]
    return found


def helpers(pid: int) -> list[int]:
    """The sandbox's helpers among `pid`'s children: the test process also has PostgreSQL, dovecot
    and other servers as children, which these tests must never signal."""
    found = []
    for kid in children(pid):
        try:
            if b"extract_zygote" in Path(f"/proc/{kid}/cmdline").read_bytes():
                found.append(kid)
        except OSError:  # ended meanwhile
            pass
    return found


def test_the_sandbox_reads_what_the_reader_reads():
    for spec in load_demo_specs():
        data = render_invoice(spec)
        assert extract_sandboxed(data) == extract_invoice(data)


def test_a_path_is_read_with_the_same_answers_and_errors(tmp_path, monkeypatch):
    data = render_invoice(load_demo_specs()[0])
    (tmp_path / "a.pdf").write_bytes(data)
    (tmp_path / "notes.txt").write_text("hello")
    monkeypatch.chdir(tmp_path)  # relative paths are the caller's, as are the messages
    assert extract_path_sandboxed("a.pdf") == extract_path("a.pdf")
    for name in ("missing.pdf", "notes.txt", "."):
        with pytest.raises(UnreadableDocument) as in_process:
            extract_path(name)
        with pytest.raises(UnreadableDocument) as sandboxed:
            extract_path_sandboxed(name)
        assert str(sandboxed.value) == str(in_process.value)


def test_the_model_assist_runs_here_on_the_page_text_the_child_read():
    data = render_invoice(load_demo_specs()[1])
    seen: dict[str, list] = {}

    def recording(name):  # a closure: it could not be sent to a child, so it runs in this process
        def assist(invoice, pages_text):
            seen[name] = pages_text
            invoice.warnings.append(f"assisted in {os.getpid()}")
            return invoice
        return assist

    sandboxed = extract_sandboxed(data, assist=recording("sandboxed"))
    in_process = extract_invoice(data, assist=recording("in process"))
    assert seen["sandboxed"] == seen["in process"] and seen["sandboxed"][0].words
    assert sandboxed == in_process and sandboxed.warnings[-1] == f"assisted in {os.getpid()}"


def test_a_document_that_needs_more_memory_than_allowed_is_stopped():
    usage: list[Usage] = []
    with pytest.raises(UnreadableDocument) as stopped:
        extract_sandboxed(SLOW, limits=Limits(cpu_seconds=60, memory_mb=256), on_usage=usage.append)
    assert str(stopped.value) == "the document needed more than 256 MB to read; reading it was stopped"
    assert usage[0].peak_mb <= 256


def test_a_document_that_needs_more_processor_time_than_allowed_is_stopped():
    usage: list[Usage] = []
    with pytest.raises(UnreadableDocument) as stopped:
        extract_sandboxed(SLOWER, limits=Limits(cpu_seconds=1, memory_mb=1024), on_usage=usage.append)
    assert str(stopped.value) == "the document needed more than 1 s of processor time to read; reading it was stopped"
    assert usage[0].cpu_seconds < 3  # stopped at about 1 s (the kernel counts in ticks)


def test_a_document_still_reading_at_the_wall_clock_deadline_is_stopped_there():
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match="^the document took more than 0.5 s to read; reading it was stopped$"):
        extract_sandboxed(SLOW, limits=Limits(cpu_seconds=60, memory_mb=1024, wall_seconds=0.5))
    assert time.monotonic() - started < 3


def test_a_crash_of_the_reader_costs_the_child_only():
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            extract_sandboxed(SLOW, limits=Limits(cpu_seconds=60, memory_mb=1024))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    reading = threading.Thread(target=read)
    reading.start()
    deadline = time.monotonic() + 10
    readers: list[int] = []
    while not readers and time.monotonic() < deadline:  # the helper's child, once it reads
        readers = [kid for helper in helpers(os.getpid()) for kid in children(helper)]
        time.sleep(0.02)
    assert readers
    os.kill(readers[0], signal.SIGSEGV)  # what a MuPDF bug would do
    reading.join(30)
    assert [str(e) for e in outcome] == ["the reader crashed on this document (SIGSEGV)"]
    assert extract_sandboxed(render_invoice(load_demo_specs()[0])).value("total")  # and the next one reads


def test_no_child_is_left_behind_and_a_dead_helper_is_replaced():
    data = render_invoice(load_demo_specs()[0])
    with pytest.raises(UnreadableDocument, match="took more than"):
        extract_sandboxed(SLOW, limits=Limits(cpu_seconds=60, memory_mb=1024, wall_seconds=0.3))
    live = helpers(os.getpid())
    assert live and all(children(helper) == [] for helper in live)  # killed and reaped, no zombie
    for helper in live:
        os.kill(helper, signal.SIGKILL)
    assert extract_sandboxed(data) == extract_invoice(data)


def test_a_bug_in_the_reader_is_an_error_not_a_verdict_on_the_document():
    with pytest.raises(RuntimeError, match="the reader failed: TypeError: .*unexpected keyword argument 'colour'"):
        extract_sandboxed(render_invoice(load_demo_specs()[0]), colour="red")


def test_without_fork_the_reading_runs_in_process_with_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(extract_sandbox, "sandbox_available", lambda: False)
    monkeypatch.setattr(extract_sandbox, "_warned", False)
    data = render_invoice(load_demo_specs()[0])
    with caplog.at_level(logging.WARNING, logger=extract_sandbox.__name__):
        assert extract_sandboxed(data) == extract_invoice(data)
    assert "without memory and time limits" in caplog.text


def test_a_process_forked_from_here_reads_through_helpers_of_its_own():
    # Asked from two processes, one helper's pipes would mix their answers (one case could get
    # another's invoice). A forked child (the Slack server's pre-fork) starts a pool of its own.
    data = render_invoice(load_demo_specs()[0])
    other = render_invoice(load_demo_specs()[1])
    assert extract_sandboxed(data) == extract_invoice(data)  # a helper is idle here now
    ours = set(helpers(os.getpid()))
    verdict, sender = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked child
        try:
            right = extract_sandboxed(other) == extract_invoice(other)
            own = set(helpers(os.getpid()))
            os.write(sender, b"1" if right and own and not own & ours else b"0")
        finally:
            os._exit(0)
    os.close(sender)
    answer = os.read(verdict, 1)
    os.close(verdict)
    os.waitpid(pid, 0)
    assert answer == b"1"
    assert extract_sandboxed(data) == extract_invoice(data)  # and ours still answers us


def test_preload_loads_the_tables_first_use_loads_lazily_so_forked_readers_share_them():
    """The helper calls `preload` before it forks a reader per document; without it, each child
    built the currency and month tables again (0.3 s of a 0.01 s read while they came from babel)."""
    from countersign.extraction import cldr
    from countersign.extraction.reader import preload

    lazy = (cldr.currency_signs, cldr.sign_pattern, cldr.month_numbers, cldr.weekday_pattern)
    for table in lazy:
        table.cache_clear()
    preload()
    assert [table.cache_info().currsize for table in lazy] == [1, 1, 1, 1]


def test_as_many_helpers_stay_ready_as_documents_are_read_at_once(monkeypatch):
    # The Slack app reads as many documents at once as its case pool has threads: with fewer idle
    # helpers kept, each burst closed a helper after a reading and started another for the next.
    def ready() -> set[int]:
        return {helper.process.pid for helper in extract_sandbox._idle if helper.alive()}

    monkeypatch.setattr(extract_sandbox, "_max_idle", extract_sandbox.IDLE_HELPERS)
    extract_sandbox.close_helpers()
    try:
        extract_sandbox.warm_up(4)
        started = ready()
        assert len(started) == 4  # started before any document
        extract_sandbox.warm_up(4)  # already there: none more
        assert ready() == started
        held = [extract_sandbox._take() for _ in range(4)]  # four readings at once
        assert all(reused for reused, _ in held)
        for _, helper in held:
            extract_sandbox._give(helper)
        data = render_invoice(load_demo_specs()[0])
        assert extract_sandboxed(data) == extract_invoice(data)
        assert ready() == started  # none closed, none started
    finally:
        extract_sandbox.close_helpers()
