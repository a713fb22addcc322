"""The Serbian dinar as a Cyrillic page prints it ("УКУПНО ЗА ПЛАЋАЊЕ (РСД)", "1.200,00 дин.") is RSD. Read from a
PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


@pytest.mark.parametrize(("label", "amount"), [("УКУПНО ЗА ПЛАЋАЊЕ (РСД)", "144.000,00"),
                                               ("УКУПНО ЗА ПЛАЋАЊЕ", "144.000,00 дин.")])
def test_the_dinar_in_cyrillic(label, amount):
    data = invoice_pdf(["Млекара Војводина а.д.", "Нови Сад"], [("РАЧУН бр.", "2026-0417"), ("Датум", "12.03.2026.")],
                       [("Укупно без ПДВ", "120.000,00"), ("Укупан износ ПДВ", "24.000,00"), (label, amount)],
                       lines=[("Млеко", "120.000,00")])
    result = extract_invoice(data)
    assert result.value("currency") == "RSD"
