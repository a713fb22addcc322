"""match_vendor: tax id > IBAN > fuzzy name; weak or ambiguous names stay unknown; the indexed SQL path."""

from __future__ import annotations

import pytest

from countersign.adapters.local_ledger import SqlVendorLookup
from countersign.domain import DocumentInfo, ExtractedInvoice, FieldValue, Vendor, normalize_name
from countersign.ports import ListVendorLookup
from countersign.tools.match_vendor import create_vendor_idempotency_key, create_vendor_payload, match_vendor

VENDORS = [
    Vendor(id="V001", name="Acme Tools Ltd", tax_id="12-3456789", iban="GB82WEST12345698765432"),
    Vendor(id="V002", name="Northwind Office Supplies Inc", tax_id="98-7654321", iban="DE89370400440532013000"),
    Vendor(id="V003", name="Globex Industrial GmbH", tax_id="DE811569869", iban="FR1420041010050500013M02606"),
]


def inv(**fields: str | None) -> ExtractedInvoice:
    return ExtractedInvoice(document=DocumentInfo(sha256="f" * 64, pages=1),
                            fields={k: FieldValue(value=v, confidence=0.95)
                                    for k, v in fields.items() if v is not None})


@pytest.mark.parametrize(
    ("name", "key"),
    [("Acme Tools Ltd.", "acme tools"), ("ACME TOOLS LIMITED", "acme tools"),
     ("Globex Industrial GmbH & Co. KG", "globex industrial"),
     ("Foo S.A.", "foo"), ("Smith & Sons, Inc.", "smith and sons"), ("Inc", "inc")],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


def test_tax_id_beats_iban_beats_name() -> None:
    m = match_vendor(inv(vendor_name="Northwind", vendor_tax_id="12 345 6789", vendor_iban="DE89370400440532013000"),
                     VENDORS)
    assert (m.vendor.id, m.method, m.score) == ("V001", "tax_id", 1.0)
    m = match_vendor(inv(vendor_name="Acme", vendor_iban="de89 3704 0044 0532 0130 00"), VENDORS)
    assert (m.vendor.id, m.method) == ("V002", "iban")


def test_fuzzy_name_with_suffixes() -> None:
    m = match_vendor(inv(vendor_name="ACME TOOLS LIMITED"), VENDORS)
    assert (m.vendor.id, m.method, m.score) == ("V001", "name", 0.9)
    typo = match_vendor(inv(vendor_name="Acme Toolz Inc"), VENDORS)
    assert typo.vendor.id == "V001" and typo.score < 0.9


def test_weak_name_stays_unknown() -> None:
    assert match_vendor(inv(vendor_name="Acme Catering"), VENDORS).vendor is None
    assert match_vendor(inv(vendor_name="Umbrella Catering Co", vendor_tax_id="31-4159265"), VENDORS).method == "none"
    assert match_vendor(inv(), VENDORS).vendor is None


def test_ambiguous_name_or_shared_tax_id_is_not_a_match() -> None:
    twins = [*VENDORS, Vendor(id="V009", name="Acme Tools Inc", tax_id="12-3456789")]
    assert match_vendor(inv(vendor_name="Acme Tools"), twins).vendor is None
    # shared tax id does not decide; the IBAN then does
    m = match_vendor(inv(vendor_tax_id="12-3456789", vendor_iban="GB82WEST12345698765432"), twins)
    assert (m.vendor.id, m.method) == ("V001", "iban")


def test_list_lookup_is_accepted_directly() -> None:
    assert match_vendor(inv(vendor_tax_id="DE811569869"), ListVendorLookup(VENDORS)).vendor.id == "V003"


def test_sql_lookup_uses_normalized_columns(tmp_path) -> None:
    from sqlalchemy import insert

    from countersign.app.db import make_engine, migrate, session_factory
    from countersign.tables import LedgerVendorRow

    engine = make_engine(f"sqlite:///{tmp_path / 'v.db'}")
    migrate(engine)
    sessions = session_factory(engine)
    with sessions.begin() as s:  # ORM insert: the normalized keys are filled by column defaults
        for v in VENDORS:
            s.add(LedgerVendorRow(id=v.id, name=v.name, tax_id=v.tax_id, iban=v.iban, currency="USD", status="active"))
    with engine.begin() as conn:  # core insert too
        conn.execute(insert(LedgerVendorRow), [{"id": "V004", "name": "Initech Consulting LLC", "tax_id": None,
                                                "iban": None, "currency": "USD", "status": "active", "address": ""}])
    lookup = SqlVendorLookup(sessions)
    assert [v.id for v in lookup.by_tax_id("DE811569869")] == ["V003"]
    assert match_vendor(inv(vendor_iban="GB82 WEST 1234 5698 7654 32"), lookup).vendor.id == "V001"
    assert match_vendor(inv(vendor_name="INITECH CONSULTING"), lookup).vendor.id == "V004"
    assert match_vendor(inv(vendor_name="Initech Consultng"), lookup).vendor.id == "V004"
    assert match_vendor(inv(vendor_name="Nitech Consulting"), lookup).vendor is None  # first-word typo: unknown
    engine.dispose()


def test_create_vendor_payload() -> None:
    invoice = inv(vendor_name="Umbrella  Catering Co", vendor_tax_id="31-4159265",
                  vendor_iban="gb29 nwbk 6016 1331 9268 19", currency="usd", invoice_number="UC-77")
    payload = create_vendor_payload(invoice)
    assert payload["name"] == "Umbrella Catering Co" and payload["iban"] == "GB29NWBK60161331926819"
    assert payload["currency"] == "USD" and payload["status"] == "active"
    assert payload["checks"] == {"iban_problem": None, "tax_id_format": "US EIN", "tax_id_valid": True}
    assert payload["source"]["invoice_number"] == "UC-77" and payload["source"]["confidence"]["vendor_name"] == 0.95
    bad = create_vendor_payload(inv(vendor_name="X", vendor_iban="GB29NWBK60161331926818"))
    assert bad["iban"] is None and bad["checks"]["iban_problem"]
    same = create_vendor_payload(inv(vendor_name="UMBRELLA CATERING", vendor_tax_id="31-4159265",
                                     vendor_iban="GB29NWBK60161331926819"))
    assert create_vendor_idempotency_key(payload) == create_vendor_idempotency_key(same)
