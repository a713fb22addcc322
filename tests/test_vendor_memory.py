"""Vendor memory: a correction teaches the reader a vendor's layout; its next invoice is read right
and says so in its evidence; other vendors are not touched."""

from __future__ import annotations

import random

import pytest

from countersign.agent.runner import process_bytes
from countersign.app.correcting import correct_case
from countersign.domain import INVOICE_FIELDS
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from countersign.extraction.vendor_memory import VendorLayout, VendorMemory, learn, vendor_keys
from evals.vendor_memory import invoice, layouts, right

CLERK = "U0AP0CLERK"


@pytest.fixture(scope="module")
def two_layouts():
    """A vendor whose labels the reader misses two fields of at least (the first such of a few seeded layouts, as
    the reader learns more labels), and another vendor."""
    rng = random.Random(5)
    made = [(layout, [invoice(layout, k + 1, rng) for k in range(3)]) for layout in layouts(6, rng)]
    taught = next(m for m in made if len(wrong_fields(extract_invoice(m[1][0][0]), m[1][0][1])) >= 2)
    return [taught, next(m for m in made if m is not taught)]


def wrong_fields(reading, truth):
    return [f for f in INVOICE_FIELDS if not right(f, reading.value(f), truth[f])]


def test_a_lesson_reads_the_next_invoice_right_and_says_so(two_layouts):
    (layout, docs), (other, other_docs) = two_layouts
    data, truth = docs[0]
    missed = wrong_fields(extract_invoice(data), truth)
    assert len(missed) >= 2  # the reader does not know this vendor's labels (it reads more of them than it did)
    pages = read_pdf(data, 50).pages
    hints = [learn(pages, f, truth[f])[0].model_copy(update={"case": "C-FIRST"}) for f in missed]
    memory = VendorMemory(layouts=[VendorLayout(keys=vendor_keys(truth["vendor_tax_id"], None, truth["vendor_name"]),
                                                hints=hints, learned_from="C-FIRST")])
    data2, truth2 = docs[1]
    without = extract_invoice(data2)
    assert wrong_fields(without, truth2)
    reading = extract_invoice(data2, memory=memory)
    assert wrong_fields(reading, truth2) == []
    for name in missed:
        [evidence] = reading.fields[name].evidence
        assert evidence.source == "vendor_memory:C-FIRST" and evidence.bbox
    assert any("vendor memory" in w for w in reading.warnings)
    # its JSON form reads the same (what a reading in a child process is handed)
    assert extract_invoice(data2, memory=memory.model_dump(mode="json")).model_dump() == reading.model_dump()
    # another vendor's invoice is read as before: the lesson is this vendor's
    other_data, _ = other_docs[0]
    assert extract_invoice(other_data, memory=memory).model_dump() == extract_invoice(other_data).model_dump()


def test_the_contract_json_has_no_source_key_without_memory(two_layouts):
    (_, docs), _ = two_layouts
    reading = extract_invoice(docs[0][0]).contract_json()
    assert all("source" not in e for field in reading["fields"].values() for e in field["evidence"])


def test_a_correction_in_the_workflow_teaches_the_next_invoice(services, two_layouts):
    (layout, docs), _ = two_layouts
    (data, truth), (data2, truth2) = docs[0], docs[1]
    first = process_bytes(services, data, filename="first.pdf", source="cli", uploader=CLERK)
    case = services.store.get_case(first.case_id)
    changes = {f: truth[f] for f in INVOICE_FIELDS
               if not right(f, case.extracted["fields"][f]["value"], truth[f])}
    outcome = correct_case(services, first.case_id, changes, who=CLERK, reason="read from the PDF", channel="cli")
    assert outcome.applied, outcome.refusals
    corrected = services.store.get_case(first.case_id).extracted["fields"]
    taught = sorted(changes)[0]  # a field the reader had missed
    assert corrected[taught]["evidence"] and corrected[taught]["confidence"] == 1.0  # the box of the new value
    assert "vendor_memory_learned" in [e.action for e in services.audit.events(first.case_id)]

    second = process_bytes(services, data2, filename="second.pdf", source="cli", uploader=CLERK)
    fields = services.store.get_case(second.case_id).extracted["fields"]
    assert [f for f in INVOICE_FIELDS if not right(f, fields[f]["value"], truth2[f])] == []
    assert fields[taught]["evidence"][0]["source"] == f"vendor_memory:{first.case_id}"
