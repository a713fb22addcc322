"""The demo invoice renderer: deterministic bytes, real-looking content, Decimal arithmetic."""

from __future__ import annotations

import copy
import hashlib
from decimal import Decimal

import pymupdf
import pytest

from countersign.app.samples import (
    compute_lines,
    compute_totals,
    expected_fields,
    load_demo_specs,
    render_invoice,
    write_demo_invoices,
)

SPECS = load_demo_specs()


def page_text(data: bytes) -> str:
    doc = pymupdf.open(stream=data, filetype="pdf")
    try:
        return "\n".join(page.get_text() for page in doc)
    finally:
        doc.close()


def test_demo_specs_load_from_the_package():
    assert len(SPECS) == 6
    files = [spec["file"] for spec in SPECS]
    assert len(set(files)) == len(files)
    assert all(name.endswith(".pdf") for name in files)


@pytest.mark.parametrize("spec", SPECS, ids=[s["file"] for s in SPECS])
def test_render_is_deterministic(spec):
    first, second = render_invoice(spec), render_invoice(copy.deepcopy(spec))
    assert first.startswith(b"%PDF-")
    assert first == second
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()


def test_different_specs_give_different_documents():
    digests = {hashlib.sha256(render_invoice(spec)).hexdigest() for spec in SPECS}
    assert len(digests) == len(SPECS)


def test_metadata_dates_are_fixed_not_the_clock():
    doc = pymupdf.open(stream=render_invoice(SPECS[0]), filetype="pdf")
    meta = doc.metadata
    doc.close()
    assert meta["creationDate"] == "D:20261110090000Z"
    assert meta["modDate"] == "D:20261110090000Z"
    assert meta["title"] == "Invoice INV-1043"


def test_write_demo_invoices(tmp_path):
    paths = write_demo_invoices(tmp_path / "out")
    assert [p.name for p in paths] == [s["file"] for s in SPECS]
    for path, spec in zip(paths, SPECS, strict=True):
        assert path.read_bytes() == render_invoice(spec)


def test_printed_content_looks_like_an_invoice():
    text = page_text(render_invoice(SPECS[0]))
    for snippet in (
        "Acme Tools Ltd",
        "Tax ID: 12-3456789",
        "INVOICE",
        "Invoice No.",
        "INV-1043",
        "November 10, 2026",
        "December 10, 2026",
        "PO Number",
        "PO-2001",
        "Net 30",
        "Bill To",
        "Countersign Demo Co",
        "Description",
        "Qty",
        "Unit Price",
        "Amount",
        "Cordless drill 18V",
        "1,290.00",
        "Subtotal",
        "1,535.00",
        "Tax (8%)",
        "122.80",
        "USD 1,657.80",
        "Payment details",
        "IBAN: GB82 WEST 1234 5698 7654 32",
        "Phone: +1 555",
    ):
        assert snippet in text, snippet


def test_zero_tax_and_thousands_separators():
    text = page_text(render_invoice(SPECS[5]))
    assert "Tax (0%)" in text
    assert "0.00" in text
    assert "USD 24,000.00" in text
    assert "PO-2003" in text


def test_no_po_number_printed_when_spec_has_none():
    spec = SPECS[2]
    assert "po_number" not in spec
    assert "PO Number" not in page_text(render_invoice(spec))
    assert expected_fields(spec)["po_number"] is None


def test_expected_fields_for_first_demo():
    assert expected_fields(SPECS[0]) == {
        "vendor_name": "Acme Tools Ltd",
        "vendor_tax_id": "12-3456789",
        "invoice_number": "INV-1043",
        "po_number": "PO-2001",
        "invoice_date": "2026-11-10",
        "due_date": "2026-12-10",
        "currency": "USD",
        "subtotal": "1535.00",
        "tax": "122.80",
        "total": "1657.80",
        "vendor_iban": "GB82WEST12345698765432",
    }


def test_amounts_are_decimal_and_round_half_up():
    spec = copy.deepcopy(SPECS[0])
    spec["lines"] = [{"description": "Washer", "quantity": "1", "unit_price": "0.10"}]
    spec["tax_rate"] = "0.05"  # 0.005 -> 0.01 half-up (banker's rounding would give 0.00)
    totals = compute_totals(spec)
    assert totals == {
        "subtotal": Decimal("0.10"),
        "tax": Decimal("0.01"),
        "total": Decimal("0.11"),
    }
    spec["lines"] = [{"description": "Bolt", "quantity": "3", "unit_price": "0.335"}]
    assert compute_lines(spec)[0]["amount"] == Decimal("1.01")  # 1.005 -> 1.01


def test_floats_in_specs_are_refused():
    spec = copy.deepcopy(SPECS[0])
    spec["lines"][0]["unit_price"] = 129.0
    with pytest.raises(TypeError):
        render_invoice(spec)


def test_printed_override_and_date_styles():
    spec = copy.deepcopy(SPECS[0])
    spec["printed"] = {"total": "1700.00"}
    spec["date_style"] = "short"
    text = page_text(render_invoice(spec))
    assert "USD 1,700.00" in text
    assert "10 Nov 2026" in text
    assert expected_fields(spec)["total"] == "1700.00"
    spec["date_style"] = "us"
    assert "11/10/2026" in page_text(render_invoice(spec))


def test_expected_due_date_from_terms_when_not_printed():
    spec = copy.deepcopy(SPECS[3])  # Net 14
    del spec["due_date"]
    assert "Due Date" not in page_text(render_invoice(spec))
    assert expected_fields(spec)["due_date"] == "2026-11-28"
