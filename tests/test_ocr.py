"""Scanned invoices: read by OCR when Debian's tesseract is installed (CI installs it)."""

from __future__ import annotations

import os

import pymupdf
import pytest

from countersign.app.samples import expected_fields, load_demo_specs, render_invoice
from countersign.extraction.confidence import OCR_CONFIDENCE_CAP
from countersign.extraction.pdf import UnreadableDocument, ocr_tessdata
from countersign.extraction.reader import extract_invoice

if ocr_tessdata() is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install tesseract-ocr (see .ci/run)")
    pytest.skip("tesseract-ocr is not installed", allow_module_level=True)


def scan(pdf: bytes, dpi: int = 200) -> bytes:
    """The same page as a picture only, like a scanner makes it: no text layer at all."""
    source = pymupdf.open(stream=pdf, filetype="pdf")
    out = pymupdf.open()
    for page in source:
        image = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("jpeg")
        target = out.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=image)
    return out.tobytes()


def test_a_scanned_invoice_is_read_by_ocr_with_capped_confidence():
    spec = load_demo_specs()[0]
    scanned = scan(render_invoice(spec))
    assert pymupdf.open(stream=scanned, filetype="pdf")[0].get_text().strip() == ""
    result = extract_invoice(scanned)
    assert result.document.method == "ocr"
    expected = expected_fields(spec)
    for name in ("vendor_name", "invoice_number", "invoice_date", "currency", "total", "subtotal", "tax"):
        assert result.value(name) == expected[name], name
    assert max(f.confidence for f in result.fields.values()) <= OCR_CONFIDENCE_CAP
    assert any("OCR" in w for w in result.warnings)
    total = result.fields["total"].evidence[0]
    assert total.page == 1 and len(total.bbox) == 4


def test_a_blank_scan_is_a_clear_error():
    blank = pymupdf.open()
    page = blank.new_page()
    white = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 200, 280), 0)
    white.clear_with(255)
    page.insert_image(page.rect, stream=white.tobytes("png"))
    with pytest.raises(UnreadableDocument, match="OCR found no text"):
        extract_invoice(blank.tobytes())


def test_ocr_work_is_bounded_by_pages():
    from countersign.extraction.pdf import MAX_OCR_PAGES

    spec = load_demo_specs()[0]
    page = scan(render_invoice(spec), dpi=50)
    many = pymupdf.open()
    for _ in range(MAX_OCR_PAGES + 1):
        many.insert_pdf(pymupdf.open(stream=page, filetype="pdf"))
    with pytest.raises(UnreadableDocument, match=f"OCR reads at most {MAX_OCR_PAGES}"):
        extract_invoice(many.tobytes())
