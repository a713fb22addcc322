"""Fuzzing extraction with a seeded generator (`evals.fuzz`): mutated PDFs, random bytes and hostile
PDFs (nested forms, huge pages) never crash it; every failure is an UnreadableDocument with a
message. CI runs a slice without OCR (text-less mutants would each cost about a second of OCR);
`python -m evals.fuzz` runs all 10,000 with OCR and reports the slowest input, then reads hostile
PDFs in the sandbox and reports their worst time and memory."""

from __future__ import annotations

import pytest

import countersign.extraction.pdf as extract
from evals.fuzz import HOSTILE, check, inputs, run_hostile

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
    assert {"nested_forms", "huge_page"} <= {k for _, k, _ in inputs(500, seed=3)}


def test_hostile_pdfs_read_in_the_sandbox_stay_within_its_limits():
    result = run_hostile(len(HOSTILE), seed=20261120)  # one of each family, heavy leaves and floods included
    assert result["findings"] == 0, result["first_findings"]
    assert set(result["worst"]) == set(HOSTILE)
    for worst in result["worst"].values():  # time: a finding when over the deadline (busy machines vary)
        assert worst["max_mb"] <= 512
