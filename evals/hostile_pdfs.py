"""Hostile PDFs built from a few parameters, for the red-team tests and `evals.fuzz`.

Each is small on disk and asks the reader for unbounded work: forms nested in forms (a 4 KB file
that draws its text ten million times), a page as large as PDF allows (OCR would render 3.6
billion pixels at 300 dpi), and a content stream that inflates to one huge text run or path.
"""

from __future__ import annotations

import zlib

import pymupdf

TEXT = b"BT /F1 12 Tf 72 720 Td (Invoice No: INV-7 Total 100.00) Tj ET\n"
PATH = b"0 0 m 1 1 l S\n"
PDF_MAX_SIDE = 14_400  # points: the largest page PDF allows without UserUnit (200 inches)


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF from raw object bodies (object 1 is the catalog), with a correct xref table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def _stream(content: bytes, extra: bytes = b"", *, compress: bool = False) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< %s /Length %d >>\nstream\n" % (extra, len(content)) + content + b"\nendstream"


def nested_forms(depth: int = 8, fanout: int = 10, leaf: bytes = TEXT, page_draws: int = 1) -> bytes:
    """A one-page PDF whose page draws form 1 `page_draws` times, each form draws the next
    `fanout` times, and the last of `depth` forms draws `leaf`: page_draws x fanout^(depth-1)
    draws of the leaf (depth 8, fanout 10: ten million, from about 4 KB)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >> >>",
        _stream(b"/X0 Do\n" * page_draws),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for level in range(depth):
        number = 6 + level
        if level < depth - 1:
            body = b"q 1 0 0 1 0 0 cm /X Do Q\n" * fanout
            resources = b"<< /XObject << /X %d 0 R >> /Font << /F1 5 0 R >> >>" % (number + 1)
        else:
            body, resources = leaf, b"<< /Font << /F1 5 0 R >> >>"
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + resources))
    return build_pdf(objects)


def huge_page(side: float = PDF_MAX_SIDE, *, scanned: bool = True) -> bytes:
    """One `side` x `side` point page; `scanned`: an image over all of it and no text layer (so
    the reader runs OCR on it), else a line of text."""
    doc = pymupdf.open()
    page = doc.new_page(width=side, height=side)
    if scanned:
        grey = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 64, 64), 0)
        grey.clear_with(200)
        page.insert_image(page.rect, stream=grey.tobytes("png"))
    else:
        page.insert_text((72, 72), "Invoice No: INV-7", fontsize=12)
    data = doc.tobytes()
    doc.close()
    return data


def content_flood(size: int = 30_000_000, *, kind: str = "text") -> bytes:
    """A page whose one content stream inflates to about `size` bytes (under the 32 MB content
    cap) of a single text run ("text") or a single path of line segments ("path"), compressed
    to a few dozen KB."""
    if kind == "text":
        body = b"BT /F1 4 Tf 10 10 Td (" + b"W" * size + b") Tj ET"
    else:
        body = b"0 0 m " + b"1 1 l 2 0 l " * (size // 12) + b"S"
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(body, compress=True),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])
