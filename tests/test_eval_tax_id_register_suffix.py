"""The scorer counts a VAT register's suffix printed on the page but left out of a truth (or the other way round) as
the same tax id: "CHE-123.456.789 MWST" and "CHE-123.456.789" are one registration (the blind sets' truths write it
both ways); another number is still another."""

from __future__ import annotations

from evals.extraction_truth import correct


def test_a_register_suffix_is_the_same_tax_id():
    assert correct("vendor_tax_id", "CHE-907.146.684 MWST", "CHE-907.146.684")
    assert correct("vendor_tax_id", "CHE-907.146.684", "CHE-907.146.684 TVA")
    assert correct("vendor_tax_id", "NO 982 961 211 MVA", "NO 982961211")
    assert not correct("vendor_tax_id", "CHE-907.146.685 MWST", "CHE-907.146.684")
    assert not correct("invoice_number", "RE-2026-17 MWST", "RE-2026-17")
