"""Egyptian Arabic labels: "رقم التسجيل الضريبي" is the tax registration number, the customer's ("... للعميل") no
field at all, as "Customer VAT No." is none; "الإجمالي المستحق" is the total due and "الإجمالي بعد الخصم" (the sum
after the discount) no total's label; "الإجمالي (ج . م)" heads a table's amounts in Egyptian pounds."""

from __future__ import annotations

import pytest

from countersign.extraction.headers import concept_role
from countersign.extraction.labels import label_matches


@pytest.mark.parametrize(("text", "field"), [("رقم التسجيل الضريبي :", "vendor_tax_id"),
                                             ("اإلجمالي المستحق ( ج . م )", "total"),
                                             ("إجمالي األصناف", "lines_total"), ("VAT No.:", "vendor_tax_id")])
def test_labels(text, field):
    assert label_matches(text)[0][0] == field


@pytest.mark.parametrize("text", ["رقم التسجيل الضريبي للعميل :", "اإلجمالي بعد الخصم", "Customer VAT No.:",
                                  "NIF cliente:"])
def test_no_field_of_the_vendors(text):
    assert [name for name, _, _ in label_matches(text) if name] == []


def test_an_egyptian_table_header():
    assert concept_role(") م . ج ( اإلجمالي") == "amount"
    assert concept_role("الإجمالي") == "amount"
