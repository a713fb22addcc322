"""Fuzzing extraction with a seeded generator (`evals.fuzz`): mutated PDFs and random bytes never
crash it; every failure is an UnreadableDocument with a message. CI runs a slice without OCR
(text-less mutants would each cost about a second of OCR); `python -m evals.fuzz` runs all 10,000
with OCR and reports the slowest input."""

from __future__ import annotations

import pytest

import countersign.extraction.pdf as extract
from evals.fuzz import check, inputs

pytestmark = pytest.mark.slow

N = 10_000


@pytest.fixture
def no_ocr(monkeypatch):
    monkeypatch.setattr(extract, "ocr_tessdata", lambda: None, raising=False)


def test_mutated_pdfs_and_random_bytes_fail_cleanly(no_ocr):
    outcomes, findings = {}, []
    for index, kind, data in inputs(N, seed=20261120):
        try:
            outcome = check(data)
        except AssertionError as exc:
            findings.append((index, kind, str(exc)))
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert findings == []
    assert outcomes.get("unreadable", 0) > N // 4  # the generator does produce broken input…
    assert outcomes.get("ok", 0) > N // 10  # …and inputs that still read


def test_the_generator_is_deterministic():
    first = [(i, k, d) for i, k, d in inputs(50, seed=3)]
    assert first == [(i, k, d) for i, k, d in inputs(50, seed=3)]
    assert len({k for _, k, _ in first}) >= 5
