"""Titles that name no party, so no vendor: a Romanian reversal invoice ("FACTURĂ DE STORNARE"), an Arabic tax invoice
of a cash sale ("فاتورة ضريبية / بيع نقدي"), a Persian sales invoice of goods and services ("صورتحساب فروش کالا و
خدمات"), the right-to-left ones also as a page gives their words, last word first. Read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from countersign.extraction.titles import title_or_stamp
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize("text", ["FACTURĂ DE STORNARE", "فاتورة ضريبية / بيع نقدي", "نقدي بيع / ضريبية فاتورة",
                                  "صورتحساب فروش ک ال و خدمات", "خدمات و ال ک فروش صورتحساب"])
def test_a_qualified_title_is_a_title(text):
    assert title_or_stamp(text)


def test_a_name_with_a_slash_is_no_title():
    assert not title_or_stamp("Acme / Partners Ltd")


def test_a_reversal_invoices_title_is_no_vendor():
    rows = [(40, 30, "FACTURĂ DE STORNARE", 16), (40, 60, "Tipografia Palas Print", 10),
            (40, 74, "Str. Palat nr. 5, Iași", 8), (40, 86, "CUI: RO18547290", 8),
            (400, 60, "Nr. factură: PP-ST 267", 9), (400, 74, "Data: 12.03.2026", 9)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Tipografia Palas Print"
