"""Reading a document in a child process with memory and CPU limits, stopped at a deadline.

Invoices are hostile input. The reader's own caps (bytes, pages, inflated content, nested forms,
OCR pages and pixels) bound the attacks we know of; this bounds the ones we do not. The reading
runs in a child process limited to `memory_mb` of address space (RLIMIT_AS) and `cpu_seconds` of
processor time (RLIMIT_CPU), and killed at a wall-clock deadline (three times that) should it
wait instead of work. Whatever a document does to MuPDF costs at most that, then an
`UnreadableDocument` that names the limit; a crash in MuPDF (a segfault) costs the child, never
the Slack app or the worker. The budget is processor time so that a document gets the same
verdict however busy the machine is: on an idle one, 10 s of CPU are 10 s.

The children are forked, one fresh child per document, by a helper process that has the reader
imported (`extract_zygote`): a read costs a few milliseconds more than in process, and nothing
one document does reaches the next. Idle helpers are kept for the next document: as many as the
process reads documents at once (`warm_up(n)`: the Slack app's case pool, a worker's upload
loops), so a burst never closes a helper only to start another. Starting one costs ~0.45 s of
CPU (its imports and a first reading); idle, one holds ~80 MB resident, ~42 MB of it its own
(the rest shared with the other helpers: ~50 MB proportional set each). The answer comes back
as JSON and is validated, never unpickled. The helper runs without the `COUNTERSIGN_*`
environment (no tokens, no keys), and the optional model assist runs here in the parent on the
page text the child sends back: the child needs no network and no credentials.

The app layer opens stored documents with MuPDF only through here: the console's page images
(`render_page_sandboxed`) and vendor memory's words (`read_pages_sandboxed`) run as jobs in the
same children, under the same limits, since a document that failed intake is still shown and
corrected, and drawing a page can cost far more than reading it.

Without fork and rlimits (Windows) the reading runs in process, with a warning in the log.
"""

from __future__ import annotations

import atexit
import base64
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # imported where used: `warm_up` starts a helper before the reader is imported here
    from countersign.domain import ExtractedInvoice
    from countersign.extraction.assist import PageText
    from countersign.extraction.layout import PageLayout

log = logging.getLogger(__name__)

CPU_SECONDS = 10
MEMORY_MB = 512
WALL_FACTOR = 3  # the wall-clock deadline, in CPU budgets: room for a busy machine, not for a stuck child
GRACE_SECONDS = 5.0  # past the deadline, a helper that has not replied is stuck: it is killed
IDLE_HELPERS = 2  # kept idle between documents unless `warm_up` asks for more


@dataclass(frozen=True)
class Limits:
    """What reading one document may cost: processor seconds, memory, and the wall-clock
    deadline (`WALL_FACTOR` x `cpu_seconds` unless given)."""

    cpu_seconds: int = CPU_SECONDS
    memory_mb: int = MEMORY_MB
    wall_seconds: float | None = None

    @property
    def deadline_seconds(self) -> float:
        return self.wall_seconds if self.wall_seconds is not None else float(WALL_FACTOR * self.cpu_seconds)


@dataclass(frozen=True)
class PageImage:
    """A page drawn for the console: PNG bytes and the page's size in points (evidence boxes are
    placed as shares of it)."""

    png: bytes
    width_pt: float
    height_pt: float


@dataclass(frozen=True)
class Usage:
    """What reading one document cost the child: wall-clock and CPU seconds, peak resident memory."""

    seconds: float
    cpu_seconds: float
    peak_mb: float


def limits_from_settings(settings: Any) -> Limits:
    """The limits in the settings (COUNTERSIGN_EXTRACT_CPU_SECONDS, COUNTERSIGN_EXTRACT_MEMORY_MB)."""
    return Limits(settings.extract_cpu_seconds, settings.extract_memory_mb)


def warm_up(helpers: int = 1) -> None:
    """Start `helpers` helpers now (fewer if some are idle already), so that their imports overlap
    the caller's start-up instead of the first documents; pass how many documents this process
    reads at once, and as many are kept idle between documents from now on."""
    global _max_idle
    if not sandbox_available():
        return
    with _lock:
        _max_idle = max(_max_idle, helpers)
        missing = helpers - len(_idle)
    for _ in range(missing):
        _give(_Helper())


def extract_sandboxed(data: bytes, *, limits: Limits = Limits(), assist: Callable[..., ExtractedInvoice] | None = None,
                      on_usage: Callable[[Usage], None] | None = None, **options: Any) -> ExtractedInvoice:
    """`extract_invoice(data, **options)` in a limited child process: the same result and errors,
    and an UnreadableDocument naming the limit when a document exceeds one."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        from countersign.tools.extract_invoice import extract_invoice

        return extract_invoice(data, **options)  # its own clear error, nothing to read
    return _extract(None, bytes(data), options, assist, limits, on_usage)


def extract_path_sandboxed(path: Path | str, *, limits: Limits = Limits(),
                           assist: Callable[..., ExtractedInvoice] | None = None,
                           on_usage: Callable[[Usage], None] | None = None, **options: Any) -> ExtractedInvoice:
    """`extract_path(path, **options)` in a limited child process (the child opens the file, from
    this process's working directory)."""
    return _extract(str(path), b"", options, assist, limits, on_usage)


def sandbox_available() -> bool:
    """Whether children with limits can be started here: fork and rlimits (POSIX)."""
    return os.name == "posix" and hasattr(os, "fork")


def _extract(path: str | None, data: bytes, options: dict[str, Any], assist: Callable[..., ExtractedInvoice] | None,
             limits: Limits, on_usage: Callable[[Usage], None] | None) -> ExtractedInvoice:
    from countersign.domain import ExtractedInvoice
    from countersign.tools.extract_invoice import extract_invoice, extract_path

    if not sandbox_available():
        _warn_in_process()
        if path is not None:
            return extract_path(path, assist=assist, **options)
        return extract_invoice(data, assist=assist, **options)
    found = _run({"path": path, "cwd": os.getcwd(), "options": options, "want_pages": assist is not None},
                 data, limits, on_usage)
    invoice = ExtractedInvoice.model_validate(found["invoice"])
    if assist is not None:
        invoice = assist(invoice, [_page_text(page) for page in found["pages"]])
    return invoice


def render_page_sandboxed(data: bytes, number: int, *, zoom: float, max_pixels: int, max_pages: int,
                          limits: Limits = Limits()) -> PageImage:
    """Page `number` (1-based) drawn as PNG in a limited child, for the console: drawing a page
    can cost far more than reading it (a 30 MB text run takes 700 MB to draw), and the console
    must not pay that. UnreadableDocument names the limit or the reader's refusal."""
    found = _run({"job": "render", "options": {"number": number, "zoom": zoom, "max_pixels": max_pixels,
                                               "max_pages": max_pages}}, data, limits, None, verb=("draw", "drawing"))
    return PageImage(base64.b64decode(found["png"], validate=True), float(found["width"]), float(found["height"]))


def read_pages_sandboxed(data: bytes, *, max_pages: int, limits: Limits = Limits()) -> list[PageLayout]:
    """Every page's words, lines and segments, read in a limited child (vendor memory learns from
    them when a case is corrected, perhaps one whose document failed intake)."""
    from countersign.extraction.layout import Line, PageLayout, Segment, Word

    found = _run({"job": "pages", "options": {"max_pages": max_pages}}, data, limits, None)
    pages = []
    for number, width, height, lines in found["pages"]:
        built = []
        for index, segments in enumerate(lines):
            line = Line(int(number), index, [])
            for words in segments:
                segment = Segment([Word(int(number), float(x0), float(y0), float(x1), float(y1), str(text), int(i))
                                   for x0, y0, x1, y1, text, i in words], line)
                line.words.extend(segment.words)
                line.segments.append(segment)
            built.append(line)
        pages.append(PageLayout(int(number), float(width), float(height), built))
    return pages


def _run(request: dict[str, Any], data: bytes, limits: Limits, on_usage: Callable[[Usage], None] | None,
         verb: tuple[str, str] = ("read", "reading")) -> dict[str, Any]:
    """One job in a limited child (in process without fork): its JSON answer, or
    UnreadableDocument naming the limit or the reader's refusal."""
    from countersign.tools.extract_invoice import UnreadableDocument

    request = {**request, "cpu_seconds": limits.cpu_seconds, "wall_seconds": limits.deadline_seconds,
               "memory_mb": limits.memory_mb}
    if sandbox_available():
        reply, answer = _ask(request, data, limits)
        if on_usage is not None:
            on_usage(Usage(reply["seconds"], reply["cpu_seconds"], reply["peak_mb"]))
        if not answer:
            raise UnreadableDocument(_why_stopped(reply, limits, verb))
        found = json.loads(answer)
    else:
        from countersign.app.extract_zygote import run_job

        _warn_in_process()
        found = run_job(request, data)
    if "memory" in found:
        raise UnreadableDocument(_needed_more_memory(limits, verb))
    if "unreadable" in found:
        raise UnreadableDocument(found["unreadable"])
    if "error" in found:  # a bug in the reader: raised as it would be in process, not blamed on the document
        raise RuntimeError(f"the reader failed: {found['error']}")
    return found


def _why_stopped(reply: dict[str, Any], limits: Limits, verb: tuple[str, str] = ("read", "reading")) -> str:
    """The reason a child ended without an answer, for the person who uploaded the document."""
    code = reply["exitcode"]
    do, doing = verb
    if reply["timed_out"]:
        return f"the document took more than {limits.deadline_seconds:g} s to {do}; {doing} it was stopped"
    if code == -signal.SIGXCPU or (code == -signal.SIGKILL and reply["cpu_seconds"] >= limits.cpu_seconds):
        return (f"the document needed more than {limits.cpu_seconds} s of processor time to {do}; "
                f"{doing} it was stopped")
    if reply.get("oversized"):
        from countersign.app.extract_zygote import MAX_ANSWER_BYTES

        return (f"the document's {doing} is too large to hand back (over {MAX_ANSWER_BYTES // 1_000_000} MB); "
                f"{doing} it was stopped")
    if code == -signal.SIGKILL:  # not by the deadline: the system's out-of-memory killer
        return _needed_more_memory(limits, verb)
    if code < 0:
        return f"the reader crashed on this document ({signal.Signals(-code).name})"
    return f"the reader stopped without an answer (exit code {code})"


def _needed_more_memory(limits: Limits, verb: tuple[str, str] = ("read", "reading")) -> str:
    return f"the document needed more than {limits.memory_mb} MB to {verb[0]}; {verb[1]} it was stopped"


def _page_text(page: dict[str, Any]) -> PageText:
    from countersign.extraction.assist import PageText

    return PageText(page["number"], page["text"], [tuple(w) for w in page["words"]],
                    [[tuple(w) for w in line] for line in page["lines"]])


# --------------------------------------------------------------------------- the helper processes


class _Helper:
    """One `extract_zygote` process and the pipes to it; used by one thread at a time."""

    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
        root = str(Path(__file__).resolve().parents[2])  # where `countersign` is importable from
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen([sys.executable, "-m", "countersign.app.extract_zygote"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)

    def ask(self, request: dict[str, Any], data: bytes, deadline: float) -> tuple[dict[str, Any], bytes]:
        from countersign.app.extract_zygote import MAX_ANSWER_BYTES, read_frame, write_frame

        assert self.process.stdin is not None and self.process.stdout is not None
        write_frame(self.process.stdin.fileno(), json.dumps(request).encode())
        write_frame(self.process.stdin.fileno(), data)
        replies = self.process.stdout.fileno()
        reply = read_frame(replies, 1 << 20, deadline)
        answer = read_frame(replies, MAX_ANSWER_BYTES, deadline)
        if reply is None or answer is None:
            raise EOFError("the reading helper closed its pipe")
        return json.loads(reply), answer

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self, *, kill: bool = False) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass
        if kill:
            self.process.kill()
        try:
            self.process.wait(GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_lock = threading.Lock()
_idle: list[_Helper] = []
_max_idle = IDLE_HELPERS  # raised by `warm_up` to the documents this process reads at once


def _ask(request: dict[str, Any], data: bytes, limits: Limits) -> tuple[dict[str, Any], bytes]:
    """One request to an idle (or new) helper; a helper that fails or stalls is killed, not reused.
    An idle helper found dead (killed while it waited) is replaced once."""
    reused, helper = _take()
    started = time.monotonic()
    while True:
        try:
            reply, answer = helper.ask(request, data, started + limits.deadline_seconds + GRACE_SECONDS)
        except TimeoutError:  # the helper enforces the deadline; late past the grace, it is stuck
            helper.close(kill=True)
            seconds = round(time.monotonic() - started, 3)
            return {"seconds": seconds, "cpu_seconds": 0.0, "peak_mb": 0.0, "exitcode": None, "timed_out": True}, b""
        except (EOFError, OSError, ValueError) as exc:  # the helper, not the document: an error to retry
            helper.close(kill=True)
            if reused:
                reused, helper = False, _Helper()
                continue
            raise RuntimeError(f"the reading helper failed: {type(exc).__name__}: {exc}") from exc
        _give(helper)
        return reply, answer


def _take() -> tuple[bool, _Helper]:
    """An idle helper (True) or a new one (False). In a process forked from the one that started
    them, the idle helpers are not alive (not its children): it starts its own, and never mixes
    its answers with its parent's."""
    with _lock:
        while _idle:
            helper = _idle.pop()
            if helper.alive():
                return True, helper
            helper.close()
    return False, _Helper()


def _give(helper: _Helper) -> None:
    with _lock:
        if helper.alive() and len(_idle) < _max_idle:
            _idle.append(helper)
            return
    helper.close()


@atexit.register
def close_helpers() -> None:
    """End the idle helpers (they would end on their own when this process's pipes close)."""
    with _lock:
        helpers = list(_idle)
        _idle.clear()
    for helper in helpers:
        helper.close()


_warned = False


def _warn_in_process() -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning("documents are read in process, without memory and time limits (no fork or rlimits here)")

