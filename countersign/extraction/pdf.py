"""Opening a PDF: the limits, every PyMuPDF failure as `UnreadableDocument`, the words of each page.

Invoices are hostile input, so everything is checked before MuPDF does the work: the page count
(`max_pages`); the content streams and the forms they draw, inflated under a byte cap (no decompression
bombs) and their draws counted (`forms`), in one pass; truncation and damage.
MuPDF's own messages are silenced and read back as warnings. A scan without a text layer is read
by OCR when Debian's tesseract is installed, on at most `MAX_OCR_PAGES` pages, each rendered at
300 dpi or fewer to stay within `MAX_OCR_PIXELS`. The document is opened once: the embedded
e-invoice XML (if any) is taken in the same pass.
"""

from __future__ import annotations

import glob
import os
import shutil
from contextlib import contextmanager
from typing import Iterator, NamedTuple

import pymupdf

from countersign.extraction.attachments import EmbeddedXML, embedded_xml
from countersign.extraction.forms import FormLimit, check_form_draws
from countersign.extraction.layout import PageLayout, Word, group_lines, has_words

MAX_OCR_PAGES = 5  # OCR costs about a second a page: bounded work for a scan
OCR_DPI = 300
MAX_OCR_PIXELS = 20_000_000  # one page's OCR image (A3 at 300 dpi is 17.4 million): bigger pages get fewer dpi
OCR_LANGUAGES = ("eng", "deu", "fra", "nld", "spa")
# Typeset glyphs read as their letters: ligatures (MuPDF keeps them in words: "Identiﬁcation",
# "Oﬀener Betrag"), Unicode hyphens in numbers and ids ("RE‐2025‐001"), soft hyphens.
PLAIN_TEXT = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\u2010": "-", "\u2011": "-", "\u00ad": ""})


class UnreadableDocument(Exception):
    """The input cannot be read as an invoice; the message is a short human reason."""


def too_large(size: int, max_bytes: int) -> UnreadableDocument:
    """The error for an input of `size` bytes over the `max_bytes` limit."""
    return UnreadableDocument(f"too large: {_human_size(size)} > {_human_size(max_bytes)}")


def _human_size(n: float) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".") + " MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f}".rstrip("0").rstrip(".") + " KB"
    return f"{int(n)} bytes"


class PdfContent(NamedTuple):
    """What one opening of a PDF yields."""

    pages: list[PageLayout]
    warnings: list[str]
    embedded: EmbeddedXML | None
    ocr: bool  # the words were read by OCR from a scanned image


def read_pdf(data: bytes, max_pages: int) -> PdfContent:
    """Open once and take every page's words and any embedded e-invoice XML; every PyMuPDF
    failure becomes UnreadableDocument. A scan without a text layer is read by OCR when
    Debian's tesseract is installed (`ocr` says so)."""
    with _mupdf_quiet():
        doc = _open(data)
        try:
            return _read_document(doc, data, max_pages)
        finally:
            try:
                doc.close()
            except Exception:  # noqa: BLE001
                pass


@contextmanager
def _mupdf_quiet() -> Iterator[None]:
    """MuPDF's messages off and its warnings emptied (read back as damage); restored after."""
    show_errors = pymupdf.TOOLS.mupdf_display_errors()
    show_warnings = pymupdf.TOOLS.mupdf_display_warnings()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        yield
    finally:
        pymupdf.TOOLS.mupdf_display_errors(show_errors)
        pymupdf.TOOLS.mupdf_display_warnings(show_warnings)


def _open(data: bytes) -> pymupdf.Document:
    try:
        return pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - any reader failure is a corrupt document
        raise UnreadableDocument(f"corrupt PDF: cannot open it ({_short(exc)})") from exc


def _read_document(doc: pymupdf.Document, data: bytes, max_pages: int) -> PdfContent:
    """The limits and damage checks, then the words (by OCR for a scan) and the embedded XML."""
    warnings: list[str] = []
    if doc.needs_pass:
        raise UnreadableDocument("encrypted PDF (password required)")
    try:
        repaired = bool(getattr(doc, "is_repaired", False))
        page_count = doc.page_count
    except Exception as exc:  # noqa: BLE001
        raise UnreadableDocument(f"corrupt PDF: {_short(exc)}") from exc
    if repaired:
        if b"%%EOF" not in data[-2048:]:
            raise UnreadableDocument("corrupt PDF: truncated (no %%EOF marker at the end)")
        warnings.append("the PDF's structure was damaged; the reader repaired it")
    if page_count == 0:
        raise UnreadableDocument("no pages")
    if page_count > max_pages:
        raise UnreadableDocument(f"too many pages: {page_count} > {max_pages}")
    embedded = embedded_xml(doc, warnings)
    _check_forms(doc, page_count)
    pages = _page_layouts(doc, page_count)
    problems = [_printable(m) for m in pymupdf.TOOLS.mupdf_warnings().splitlines() if m.strip()]
    ocr = False
    if not has_words(pages) and embedded is None:
        pages = _ocr_pages(doc, page_count, damaged=bool(repaired or problems))
        ocr = True
    if problems and not repaired:
        warnings.append(f"the PDF reader reported damage: {problems[0][:100]}")
    return PdfContent(pages, warnings, embedded, ocr)


def _check_forms(doc, page_count: int) -> None:
    """Refuse, before MuPDF draws anything, content that inflates beyond the cap (a decompression bomb) and
    forms drawn inside forms beyond the limits of `forms` (a few KB can ask for ten million draws)."""
    try:
        check_form_draws(doc, page_count)
    except FormLimit as exc:
        raise UnreadableDocument(str(exc)) from exc


def _ocr_pages(doc: pymupdf.Document, page_count: int, *, damaged: bool) -> list[PageLayout]:
    """The words of a PDF without a text layer (a scan), read by OCR within its limits."""
    if damaged:
        raise UnreadableDocument("corrupt PDF: damaged, no readable text")
    tessdata = ocr_tessdata()
    if tessdata is None:
        raise UnreadableDocument("no text layer (scanned image?) and no OCR installed "
                                 "(Debian's tesseract-ocr reads scans)")
    if page_count > MAX_OCR_PAGES:
        raise UnreadableDocument(f"scanned PDF of {page_count} pages; OCR reads at most {MAX_OCR_PAGES}")
    pages = _page_layouts(doc, page_count, tessdata=tessdata)
    if not has_words(pages):
        raise UnreadableDocument("no text layer (scanned image?), and OCR found no text on it")
    return pages


def ocr_tessdata() -> str | None:
    """The tessdata folder when tesseract (Debian's tesseract-ocr) is installed with English, else None."""
    if shutil.which("tesseract") is None:
        return None
    candidates = [os.environ.get("TESSDATA_PREFIX", "")] + sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"))
    for folder in candidates:
        if folder and os.path.exists(os.path.join(folder, "eng.traineddata")):
            return folder
    return None


def _page_layouts(doc, page_count: int, tessdata: str | None = None) -> list[PageLayout]:
    """Every page's words with their boxes; from an OCR text page when `tessdata` is given."""
    languages = None
    if tessdata:
        languages = "+".join(lang for lang in OCR_LANGUAGES
                             if os.path.exists(os.path.join(tessdata, f"{lang}.traineddata")))
    pages: list[PageLayout] = []
    next_id = 0
    for number in range(page_count):
        try:
            page = doc.load_page(number)
            rect = page.rect
            if tessdata:
                textpage = page.get_textpage_ocr(language=languages, dpi=_ocr_dpi(rect, number), full=True,
                                                 tessdata=tessdata)
                raw = page.get_text("words", textpage=textpage)
            else:
                raw = page.get_text("words")
        except UnreadableDocument:
            raise
        except Exception as exc:  # noqa: BLE001
            raise UnreadableDocument(f"corrupt PDF: page {number + 1}: {_short(exc)}") from exc
        words = []
        seen: dict[str, list[tuple[int, int]]] = {}  # text -> where it was drawn (most texts: once)
        for x0, y0, x1, y1, text, *_ in raw:
            text = text.strip().translate(PLAIN_TEXT)
            if text and x1 > x0 and y1 > y0:
                # Text drawn twice at (almost) the same place ("fake bold") is one word.
                rx, ry = round(x0), round(y0)
                at = seen.setdefault(text, [])
                if any(abs(rx - ax) <= 1 and abs(ry - ay) <= 1 for ax, ay in at):
                    continue
                at.append((rx, ry))
                words.append(Word(number + 1, x0, y0, x1, y1, text, next_id))
                next_id += 1
        pages.append(PageLayout(number + 1, rect.width, rect.height, group_lines(number + 1, words)))
    return pages


def _ocr_dpi(rect, number: int) -> int:
    """OCR_DPI, lowered for a page so large (a huge MediaBox) that its image would exceed
    MAX_OCR_PIXELS; a page too large even at 1 dpi is refused."""
    square_inches = rect.width * rect.height / 72**2
    dpi = min(OCR_DPI, int((MAX_OCR_PIXELS / max(square_inches, 1e-6)) ** 0.5))
    if dpi < 1:
        raise UnreadableDocument(f"page {number + 1} is too large to read by OCR "
                                 f"({rect.width:.0f} x {rect.height:.0f} pt)")
    return dpi


def render_page_png(data: bytes, number: int, zoom: float, max_pixels: int,
                    max_pages: int) -> tuple[bytes, float, float]:
    """Page `number` (1-based) as PNG bytes and its size in points, for the console. The reader's
    cheap checks come first (page count, inflated content, nested forms: refused at once with
    their reason, not drawn), and a page whose image would exceed `max_pixels` is drawn at a
    smaller zoom, as OCR does. Runs inside the sandbox (`extract_sandbox.render_page_sandboxed`)."""
    with _mupdf_quiet():
        doc = _open(data)
        try:
            if doc.needs_pass:
                raise UnreadableDocument("encrypted PDF (password required)")
            page_count = doc.page_count
            if page_count > max_pages:
                raise UnreadableDocument(f"too many pages: {page_count} > {max_pages}")
            if not 1 <= number <= page_count:
                raise UnreadableDocument(f"no page {number} (the document has {page_count})")
            _check_forms(doc, page_count)
            page = doc.load_page(number - 1)
            rect = page.rect
            if rect.width * rect.height * zoom * zoom > max_pixels:
                zoom = (max_pixels / max(rect.width * rect.height, 1e-6)) ** 0.5
            pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            return pixmap.tobytes("png"), rect.width, rect.height
        except UnreadableDocument:
            raise
        except Exception as exc:  # noqa: BLE001 - any MuPDF failure drawing it is damage
            raise UnreadableDocument(f"corrupt PDF: page {number}: {_short(exc)}") from exc
        finally:
            try:
                doc.close()
            except Exception:  # noqa: BLE001
                pass


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _printable(text[:120])


def _printable(text: str) -> str:
    """MuPDF's message as valid text: it quotes a damaged file's bytes, which arrive as lone surrogates
    ("unknown filter name (Fla\\udc8ceDecode)") that no JSON or database can store."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
