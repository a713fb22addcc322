"""A stored document's page as a PNG, drawn in the sandbox, cached on disk by content hash, page and zoom.

Evidence boxes are in PDF points with a top-left origin (the `extract --json` contract); the page's
size in points comes with the image, so the case page places each box as a share of the page's
width and height, whatever size the image is shown at.

The page is drawn by `extract_sandbox` in a limited child, never in the console's process: a
document can read within limits yet need gigabytes to draw, and a document that failed intake is
still shown. A page the sandbox refuses or stops is remembered too (with the limits it was
stopped at), so that each visit to the case does not pay the limit again.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from countersign.app.extract_sandbox import Limits, PageImage, render_page_sandboxed

ZOOM = 1.5  # 108 dpi: readable on screen, ~100 KB for an A4 page
MAX_PIXELS = 20_000_000  # a page larger than this is drawn smaller (as OCR does)
MAX_PAGES = 50  # as the settings default (COUNTERSIGN_MAX_PAGES); the console passes its settings

__all__ = ["PageCache", "PageError", "PageImage", "render"]


class PageError(Exception):
    """The page cannot be drawn (no such page, not a PDF, or the sandbox stopped it); the
    message is a short human reason."""


class PageCache:
    def __init__(self, directory: Path, *, limits: Limits | None = None, max_pages: int = MAX_PAGES):
        self.directory = directory
        self.limits = limits or Limits()
        self.max_pages = max_pages
        self._lock = threading.Lock()

    def page(self, sha256: str, number: int, pdf: bytes | None = None, *, load=None) -> PageImage:
        """Page `number` (1-based) of the document `sha256`: from the cache, else drawn from `pdf`
        (or `load()`, called only on a miss) and kept. PageError when it cannot be drawn."""
        stem = self.directory / sha256[:2] / f"{sha256}-p{number}-z{ZOOM}"
        png_path, meta_path = stem.with_suffix(".png"), stem.with_suffix(".json")
        limits = [self.limits.cpu_seconds, self.limits.memory_mb]
        if meta_path.is_file():
            meta = json.loads(meta_path.read_text())
            if "error" in meta and meta.get("limits") == limits:
                raise PageError(meta["error"])
            if "error" not in meta and png_path.is_file():
                return PageImage(png_path.read_bytes(), meta["width"], meta["height"])
        try:
            image = render(pdf if pdf is not None else load(), number, limits=self.limits, max_pages=self.max_pages)
        except PageError as exc:  # the document's verdict under these limits: the same next time
            self._keep(meta_path, json.dumps({"error": str(exc), "limits": limits}).encode())
            raise
        self._keep(png_path, image.png)
        self._keep(meta_path, json.dumps({"width": image.width_pt, "height": image.height_pt}).encode())
        return image

    def size(self, sha256: str, number: int) -> tuple[float, float] | None:
        """The page's size in points when it is cached already."""
        meta = self.directory / sha256[:2] / f"{sha256}-p{number}-z{ZOOM}.json"
        if not meta.is_file():
            return None
        data = json.loads(meta.read_text())
        return None if "error" in data else (data["width"], data["height"])

    def _keep(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            tmp = path.with_suffix(f"{path.suffix}.tmp{os.getpid()}-{threading.get_ident()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)


def render(pdf: bytes, number: int, *, limits: Limits | None = None, max_pages: int = MAX_PAGES) -> PageImage:
    """Page `number` drawn in the sandbox; PageError with the reason when it cannot be."""
    from countersign.tools.extract_invoice import UnreadableDocument

    try:
        return render_page_sandboxed(pdf, number, zoom=ZOOM, max_pixels=MAX_PIXELS, max_pages=max_pages,
                                     limits=limits or Limits())
    except UnreadableDocument as exc:
        raise PageError(str(exc)) from None
