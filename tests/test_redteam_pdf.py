"""Red team, issue 14 item 1 and the OCR part of item 9: hostile PDFs built here, each refused
or bounded. Forms nested in forms (a 4 KB file asking for ten million draws), pages as large as
PDF allows read by OCR, content that inflates to one huge text run or path; and what is left to
the sandbox (`app/extract_sandbox`): memory, time and crashes of the reader in a child process."""

from __future__ import annotations

import time

import pymupdf
import pytest

from countersign.app.samples import load_demo_specs, render_invoice
from countersign.extraction.forms import MAX_EXPANDED_BYTES, MAX_FORM_DEPTH, MAX_FORM_DRAWS
from countersign.extraction.pdf import MAX_OCR_PIXELS, OCR_DPI, ocr_tessdata
from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice
from evals.hostile_pdfs import PDF_MAX_SIDE, TEXT, huge_page, nested_forms

needs_ocr = pytest.mark.skipif(ocr_tessdata() is None, reason="tesseract-ocr is not installed")


def test_forms_nested_in_forms_are_refused_before_they_are_drawn():
    # Six levels, each drawing the next ten times: 10^5 draws of one line of text. Drawn, this
    # costs seconds and about 500 MB; each further level multiplies both by ten.
    started = time.perf_counter()
    with pytest.raises(UnreadableDocument, match=f"draws its forms more than {MAX_FORM_DRAWS:,} times"):
        extract_invoice(nested_forms(depth=6, fanout=10))
    assert time.perf_counter() - started < 1.0


def test_few_draws_of_a_large_form_are_refused_by_the_content_they_expand_to():
    # 900 draws (under the draw limit) of a 60 KB form: 54 MB of content to interpret, stored once.
    expanded = 900 * 60_000
    assert expanded > MAX_EXPANDED_BYTES
    with pytest.raises(UnreadableDocument, match=f"forms draw more than {MAX_EXPANDED_BYTES // 1_000_000} MB"):
        extract_invoice(nested_forms(depth=3, fanout=30, leaf=TEXT + b" " * 60_000))


def test_forms_chained_deeper_than_the_limit_are_refused():
    with pytest.raises(UnreadableDocument, match=f"nests forms more than {MAX_FORM_DEPTH} deep"):
        extract_invoice(nested_forms(depth=MAX_FORM_DEPTH + 10, fanout=1))


def test_a_page_drawing_a_form_many_times_is_counted_too():
    # One form, no nesting, drawn by the page itself past the limit.
    with pytest.raises(UnreadableDocument, match="draws its forms more than"):
        extract_invoice(nested_forms(depth=1, page_draws=MAX_FORM_DRAWS + 1))


def test_ordinary_forms_still_read():
    # A page that places a whole invoice as one form (how templates and letterheads are drawn),
    # a few levels and a few draws deep, reads as before.
    assert extract_invoice(nested_forms(depth=4, fanout=3)).value("invoice_number") == "INV-7"
    spec = load_demo_specs()[0]
    source = pymupdf.open(stream=render_invoice(spec), filetype="pdf")
    doc = pymupdf.open()
    page = doc.new_page(width=source[0].rect.width, height=source[0].rect.height)
    page.show_pdf_page(page.rect, source, 0)
    assert extract_invoice(doc.tobytes()).value("invoice_number") == spec["invoice_number"]


@pytest.fixture
def ocr_renders(monkeypatch):
    """The (page size in points, dpi) of every page the reader renders for OCR."""
    seen: list[tuple[float, float, int]] = []
    original = pymupdf.Page.get_textpage_ocr

    def spy(page, *args, **kwargs):
        seen.append((page.rect.width, page.rect.height, kwargs["dpi"]))
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_textpage_ocr", spy)
    return seen


@needs_ocr
def test_ocr_of_the_largest_page_pdf_allows_stays_within_the_pixel_bound(ocr_renders):
    # 14400 x 14400 pt at 300 dpi would be 3.6 billion pixels (MuPDF refuses it, any smaller
    # huge page is rendered whole); the dpi is lowered so that it stays within the bound.
    with pytest.raises(UnreadableDocument, match="OCR found no text"):
        extract_invoice(huge_page(PDF_MAX_SIDE))
    [(width, height, dpi)] = ocr_renders
    assert (width, height) == (PDF_MAX_SIDE, PDF_MAX_SIDE)
    assert width * height * (dpi / 72) ** 2 <= MAX_OCR_PIXELS


@needs_ocr
def test_ocr_of_an_ordinary_page_keeps_its_dpi(ocr_renders):
    with pytest.raises(UnreadableDocument, match="OCR found no text"):
        extract_invoice(huge_page(842))
    assert ocr_renders == [(842, 842, OCR_DPI)]


@needs_ocr
def test_a_page_too_large_for_ocr_even_at_one_dpi_is_refused():
    with pytest.raises(UnreadableDocument, match=r"page 1 is too large to read by OCR \(10000000 x 10000000 pt\)"):
        extract_invoice(huge_page(10_000_000))
