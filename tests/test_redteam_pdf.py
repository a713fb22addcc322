"""Red team, issue 14 item 1 and the OCR part of item 9: hostile PDFs built here, each refused
or bounded. Forms nested in forms (a 4 KB file asking for ten million draws), pages as large as
PDF allows read by OCR, content that inflates to one huge text run or path; and what is left to
the sandbox (`app/extract_sandbox`): memory, time and crashes of the reader in a child process."""

from __future__ import annotations

import time

import pymupdf
import pytest

from countersign.app.samples import load_demo_specs, render_invoice
from countersign.extraction.forms import MAX_FORM_DEPTH, MAX_FORM_DRAWS
from countersign.tools.extract_invoice import UnreadableDocument, extract_invoice
from evals.hostile_pdfs import nested_forms


def test_forms_nested_in_forms_are_refused_before_they_are_drawn():
    # Six levels, each drawing the next ten times: 10^5 draws of one line of text. Drawn, this
    # costs seconds and about 500 MB; each further level multiplies both by ten.
    started = time.perf_counter()
    with pytest.raises(UnreadableDocument, match=f"draws its forms more than {MAX_FORM_DRAWS:,} times"):
        extract_invoice(nested_forms(depth=6, fanout=10))
    assert time.perf_counter() - started < 1.0


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
