"""The open cases a validation compares against (duplicate checks), on SQLite and PostgreSQL:
the date and PO are read from the stored reading's JSON by the database itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from countersign.agent.runner import process_file


def test_open_case_refs_carry_what_the_duplicate_rules_compare(services, demo_pdfs):
    clean = process_file(services, demo_pdfs["clean"], uploader="U0AP0CLERK")
    unknown = process_file(services, demo_pdfs["unknown"], uploader="U0AP0CLERK")
    refs = services.store.open_case_refs(exclude=unknown.case_id)
    assert [r.case_id for r in refs] == [clean.case_id]  # the excluded case is left out
    [ref] = refs
    case = services.store.get_case(clean.case_id)
    fields = case.extracted["fields"]
    assert ref.invoice_number == case.invoice_number == "INV-1043" and ref.vendor_id == case.vendor_id
    assert ref.total == case.total and isinstance(ref.total, Decimal)
    assert ref.invoice_date == date.fromisoformat(fields["invoice_date"]["value"])
    assert ref.po_number == fields["po_number"]["value"] == "PO-2001"
    assert ref.content_sha256 == case.document_sha256


def test_a_case_without_a_date_or_po_is_still_an_open_case(services, demo_pdfs):
    first = process_file(services, demo_pdfs["unknown"], uploader="U0AP0CLERK")
    case = services.store.get_case(first.case_id)
    refs = services.store.open_case_refs(exclude="nothing")
    [ref] = [r for r in refs if r.case_id == first.case_id]
    assert ref.po_number == (case.extracted["fields"].get("po_number") or {}).get("value")
