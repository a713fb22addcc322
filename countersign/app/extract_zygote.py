"""The process that reads documents for `extract_sandbox`: `python -m countersign.app.extract_zygote`.

It imports the reader once, then serves one request at a time on its stdin: it forks a fresh
child per document (cheap: the reader is already loaded, and this process has no threads),
the child limits itself (address space, CPU seconds, no core file) and reads, and this process
waits for its answer until the deadline, kills it there, and reaps it with its resource usage.
The reply on stdout says how the child ended, what it cost, and carries its JSON answer.
A request names its job: reading an invoice (the default), drawing a page for the console
("render") or a document's words for vendor memory ("pages"); each runs under the same limits.

Frames on the pipes are an 8-byte big-endian length, then that many bytes. A request is a JSON
header frame and a data frame (the document's bytes; empty for a path); a reply is a JSON
header frame and an answer frame. The pipes are moved off fds 0 and 1 first, so that nothing
the reader prints can corrupt them.
"""

from __future__ import annotations

import base64
import json
import os
import select
import signal
import struct
import sys
import time
from dataclasses import asdict
from typing import Any

from countersign.domain import ExtractedInvoice
from countersign.extraction.assist import PageText
from countersign.extraction.pdf import read_pdf, render_page_png
from countersign.extraction.reader import preload
from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice, extract_path

try:
    import resource
except ImportError:  # Windows: extract_sandbox reads in process there and never starts this
    resource = None

MAX_ANSWER_BYTES = 64_000_000  # an invoice and its pages' words, as JSON
_LENGTH = struct.Struct(">Q")


def write_frame(fd: int, payload: bytes) -> None:
    write_all(fd, _LENGTH.pack(len(payload)) + payload)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_frame(fd: int, limit: int, deadline: float | None = None) -> bytes | None:
    """One frame; None at end of file before it starts. Refuses a frame over `limit` bytes and
    raises TimeoutError when `deadline` (time.monotonic) passes first."""
    head = _read_exactly(fd, _LENGTH.size, deadline)
    if not head:
        return None
    (size,) = _LENGTH.unpack(head)
    if size > limit:
        raise ValueError(f"frame of {size} bytes > {limit}")
    body = _read_exactly(fd, size, deadline)
    if len(body) < size:
        raise EOFError("the pipe closed inside a frame")
    return body


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < size:
        if deadline is not None:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError
        part = os.read(fd, min(size - got, 1 << 20))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def main() -> None:
    """Serve requests until stdin closes (the parent went away or is done with us)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; we end when it closes stdin
    requests, replies = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # print() and MuPDF's stdout go to stderr, never into the replies
    os.close(devnull)
    preload()  # once here, not in every forked child
    while True:
        header = read_frame(requests, 1 << 20)
        data = read_frame(requests, 1 << 31)
        if header is None or data is None:
            return
        reply, answer = serve(json.loads(header), data, keep_closed=(requests, replies))
        try:
            write_frame(replies, json.dumps(reply).encode())
            write_frame(replies, answer)
        except BrokenPipeError:  # the parent died waiting (killed): nobody to answer
            return


def serve(request: dict[str, Any], data: bytes, keep_closed: tuple[int, ...] = ()) -> tuple[dict[str, Any], bytes]:
    """Fork a child to read one document; its ending, its cost, and its answer (b"" if none)."""
    deadline = float(request["wall_seconds"])
    answers, sender = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(request, data, sender, (answers, *keep_closed))
    os.close(sender)
    answer, ending = _collect(answers, started + deadline, pid)
    os.close(answers)
    _, status, usage = os.wait4(pid, 0)
    reply = {"seconds": round(time.monotonic() - started, 3), "timed_out": ending == "timed out",
             "oversized": ending == "oversized", "peak_mb": round(usage.ru_maxrss / 1024, 1),
             "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3), "exitcode": os.waitstatus_to_exitcode(status)}
    return reply, answer


def _collect(fd: int, deadline: float, pid: int) -> tuple[bytes, str]:
    """Everything the child writes until it closes the pipe, and how that ended ("answered");
    the child is killed at the deadline ("timed out") or when its answer grows over
    MAX_ANSWER_BYTES ("oversized"), and then there is no answer."""
    parts: list[bytes] = []
    size = 0
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            return b"", "timed out"
        part = os.read(fd, 1 << 20)
        if not part:
            return b"".join(parts), "answered"
        size += len(part)
        if size > MAX_ANSWER_BYTES:
            os.kill(pid, signal.SIGKILL)
            return b"", "oversized"
        parts.append(part)


def _child(request: dict[str, Any], data: bytes, sender: int, close: tuple[int, ...]) -> None:
    code = 0
    try:
        for fd in close:
            os.close(fd)
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)  # tesseract's and MuPDF's remarks (a page read at a low dpi) stay out of the
        os.dup2(quiet, 2)  # caller's one-line errors; every exception comes back in the answer
        os.close(quiet)
        _limit_self(int(request["cpu_seconds"]), int(request["memory_mb"]))
        try:
            answer = run_job(request, data)
        except MemoryError:
            answer = {"memory": True}
        except BaseException as exc:  # noqa: BLE001 - a bug in the reader: the parent raises it
            answer = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        try:
            payload = json.dumps(answer).encode()
        except MemoryError:
            payload = b'{"memory": true}'
        write_all(sender, payload)
    except BaseException:  # noqa: BLE001 - the parent reports a child that ends without an answer
        code = 70
    finally:
        os._exit(code)


def _limit_self(cpu_seconds: int, memory_mb: int) -> None:
    """Address space, CPU seconds (SIGXCPU ends the child; SIGKILL a second later), no core
    file, and first in line for the out-of-memory killer (Linux), ahead of the process it reads for."""
    try:
        with open("/proc/self/oom_score_adj", "w") as oom:
            oom.write("1000")
    except OSError:
        pass
    if resource is None:
        return
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)  # an ignored SIGXCPU survives exec: it must end us
    cpu = max(1, cpu_seconds)
    for which, soft, hard in ((resource.RLIMIT_AS, memory_mb << 20, memory_mb << 20),
                              (resource.RLIMIT_CPU, cpu, cpu + 1), (resource.RLIMIT_CORE, 0, 0)):
        current = resource.getrlimit(which)[1]
        if current != resource.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        try:
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):  # e.g. macOS does not enforce RLIMIT_AS; the deadline still holds
            pass


def run_job(request: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The job the request names: "extract" (the default), "render" or "pages"."""
    job = request.get("job", "extract")
    if job == "extract":
        return _extract(request, data)
    try:
        return JOBS[job](data, **request.get("options", {}))
    except UnreadableDocument as exc:
        return {"memory": True} if _out_of_memory(exc) else {"unreadable": str(exc)}


def render_job(data: bytes, *, number: int, zoom: float, max_pixels: int, max_pages: int) -> dict[str, Any]:
    """One page drawn as PNG (base64: the answer is JSON) and its size in points."""
    png, width, height = render_page_png(data, number, zoom, max_pixels, max_pages)
    return {"png": base64.b64encode(png).decode("ascii"), "width": width, "height": height}


def pages_job(data: bytes, *, max_pages: int) -> dict[str, Any]:
    """Every page's lines, segments and words as the reader groups them (what vendor memory
    learns from), as lists: page [number, width, height, lines], line [segments], segment
    [words], word [x0, y0, x1, y1, text, id]."""
    pages = read_pdf(data, max_pages).pages
    return {"pages": [[p.number, p.width, p.height,
                       [[[[w.x0, w.y0, w.x1, w.y1, w.text, w.id] for w in s.words] for s in line.segments]
                        for line in p.lines]] for p in pages]}


JOBS = {"render": render_job, "pages": pages_job}


def _extract(request: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The reading itself: the invoice and, for the model assist, its pages' text."""
    pages: list[dict[str, Any]] = []

    def keep_pages(invoice: ExtractedInvoice, pages_text: list[PageText]) -> ExtractedInvoice:
        pages.extend(asdict(page) for page in pages_text)
        return invoice

    assist = keep_pages if request.get("want_pages") else None
    options = request.get("options", {})
    try:
        if request.get("path") is not None:
            _enter(request.get("cwd"))  # the caller's, for a relative path and its messages
            invoice = extract_path(request["path"], assist=assist, **options)
        else:
            invoice = extract_invoice(data, assist=assist, **options)
    except UnreadableDocument as exc:
        return {"memory": True} if _out_of_memory(exc) else {"unreadable": str(exc)}
    return {"invoice": invoice.model_dump(mode="json"), "pages": pages}


def _enter(folder: str | None) -> None:
    try:
        if folder:
            os.chdir(folder)
    except OSError:  # gone since: a relative path is then reported as missing
        pass


def _out_of_memory(exc: BaseException) -> bool:
    """Whether a reader failure was the memory limit: MuPDF's failed allocations reach the reader
    as damage ("corrupt PDF: ... calloc (...) failed"), so look at the causes and at the peak."""
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen)
        if isinstance(seen, MemoryError) or "MemoryError" in text or "alloc (" in text or "out of memory" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    if resource is None:
        return False
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    peak = _vm_peak_bytes()
    return limit != resource.RLIM_INFINITY and peak is not None and peak > 0.9 * limit


def _vm_peak_bytes() -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


if __name__ == "__main__":
    sys.exit(main())
