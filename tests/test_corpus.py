"""The synthetic corpus round-trips through the reader: many layouts, five languages, four number
formats, month names, decoys and credit notes. Plus the visual layer of a few real samples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from countersign.extraction.reader import extract_invoice
from evals.corpus import fmt_date, fmt_number, generate
from evals.extraction import FIELDS, correct, embedded_xml_bytes, strip_embedded, xml_truth

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "einvoices"


@pytest.fixture(scope="module")
def corpus():
    return generate(40, seed=3)


def test_corpus_is_deterministic():
    a, b = generate(3, seed=5), generate(3, seed=5)
    assert [d.pdf for d in a] == [d.pdf for d in b]
    assert [d.truth for d in a] == [d.truth for d in b]


def test_corpus_covers_languages_and_credit_notes(corpus):
    assert {d.truth["lang"] for d in corpus} == {"en", "de", "fr", "nl", "es"}
    assert any(d.truth["document_type"] == "credit_note" for d in corpus)


def test_formatters():
    assert fmt_number(Decimal("1234.5"), "us") == "1,234.50"
    assert fmt_number(Decimal("1234.5"), "de") == "1.234,50"
    assert fmt_number(Decimal("1234.5"), "fr") == "1 234,50"
    assert fmt_number(Decimal("-1234.5"), "ch") == "-1'234.50"
    assert fmt_date(date(2026, 3, 4), "name_dmy", "es") == "4 marzo 2026"


def test_corpus_slice_round_trips(corpus):
    right = total = 0
    high_right = high_total = 0
    for doc in corpus:
        result = extract_invoice(doc.pdf)
        for name in FIELDS + ("document_type",):
            ok = correct(name, result.value(name), doc.truth[name])
            right += ok
            total += 1
            if result.value(name) is not None and result.confidence(name) >= 0.9:
                high_right += ok
                high_total += 1
    assert right / total >= 0.95, (right, total)
    assert high_right / high_total >= 0.99, (high_right, high_total)


def test_credit_notes_read_negative(corpus):
    credits = [d for d in corpus if d.truth["document_type"] == "credit_note"]
    for doc in credits:
        result = extract_invoice(doc.pdf)
        assert result.value("document_type") == "credit_note"
        assert result.money("total") == Decimal(doc.truth["total"]) < 0


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared e-invoice samples not found at {SHARED}")
@pytest.mark.parametrize("name", [
    "XML-Rechnung__FX__EN16931_Einfach.pdf",
    "ZUGFeRDv2__correct__FNFE-factur-x-examples__Facture_FR_BASICWL.pdf",
    "ZUGFeRDv2__correct__Mustangproject__MustangGnuaccountingBeispielRE-20190610_507.pdf",
])
def test_visual_layer_of_real_samples(name):
    pdf = (SHARED / name).read_bytes()
    truth = xml_truth(embedded_xml_bytes(pdf))
    result = extract_invoice(strip_embedded(pdf))
    assert result.document.method == "text"
    for field in ("vendor_name", "invoice_number", "invoice_date", "total", "currency"):
        assert correct(field, result.value(field), truth[field]), (field, result.value(field))
