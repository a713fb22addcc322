"""A stored document's page as a PNG (PyMuPDF pixmap), cached on disk by content hash, page and zoom.

Evidence boxes are in PDF points with a top-left origin (the `extract --json` contract); the page's
size in points comes with the image, so the case page places each box as a share of the page's
width and height, whatever size the image is shown at.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pymupdf

ZOOM = 1.5  # 108 dpi: readable on screen, ~100 KB for an A4 page
MAX_PIXELS = 20_000_000  # a page larger than this is drawn smaller (as OCR does)


class PageError(Exception):
    """The page cannot be drawn (no such page, not a PDF)."""


@dataclass(frozen=True)
class PageImage:
    png: bytes
    width_pt: float
    height_pt: float


class PageCache:
    def __init__(self, directory: Path):
        self.directory = directory
        self._lock = threading.Lock()

    def page(self, sha256: str, number: int, pdf: bytes | None = None, *, load=None) -> PageImage:
        """Page `number` (1-based) of the document `sha256`: from the cache, else drawn from `pdf`
        (or `load()`, called only on a miss) and kept."""
        stem = self.directory / sha256[:2] / f"{sha256}-p{number}-z{ZOOM}"
        png_path, meta_path = stem.with_suffix(".png"), stem.with_suffix(".json")
        if png_path.is_file() and meta_path.is_file():
            meta = json.loads(meta_path.read_text())
            return PageImage(png_path.read_bytes(), meta["width"], meta["height"])
        image = render(pdf if pdf is not None else load(), number)
        stem.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            for path, data in ((png_path, image.png),
                               (meta_path, json.dumps({"width": image.width_pt, "height": image.height_pt}).encode())):
                tmp = path.with_suffix(f"{path.suffix}.tmp{os.getpid()}-{threading.get_ident()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        return image

    def size(self, sha256: str, number: int) -> tuple[float, float] | None:
        """The page's size in points when it is cached already."""
        meta = self.directory / sha256[:2] / f"{sha256}-p{number}-z{ZOOM}.json"
        if not meta.is_file():
            return None
        data = json.loads(meta.read_text())
        return data["width"], data["height"]


def render(pdf: bytes, number: int) -> PageImage:
    try:
        document = pymupdf.open(stream=pdf, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - PyMuPDF raises several kinds on bad input
        raise PageError(f"not a PDF: {type(exc).__name__}") from None
    with document:
        if not 1 <= number <= document.page_count:
            raise PageError(f"no page {number} (the document has {document.page_count})")
        page = document[number - 1]
        rect = page.rect
        zoom = ZOOM
        if rect.width * rect.height * zoom * zoom > MAX_PIXELS:
            zoom = (MAX_PIXELS / (rect.width * rect.height)) ** 0.5
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return PageImage(pixmap.tobytes("png"), rect.width, rect.height)
