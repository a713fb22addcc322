"""An Uzbek hisob-faktura: "Xaridor" heads the buyer's block, so it is never the vendor's name, and Uzbek's "oʻ"
typed with a plain apostrophe ("To'lov muddati") reads as the label it is; the date after the number
under the title behind a middle dot ("№ 726 · 2025-yil 4-avgust") is the invoice's. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _invoice(apostrophe: str) -> bytes:
    return rows_pdf([
        (40, 44, "HISOB-FAKTURA", 14), (420, 44, "30 675 680,00 so'm", 10),
        (40, 62, "№ 726 · 2025-yil 4-avgust", 9), (300, 62, f"To{apostrophe}lov muddati: 2025-yil 19-avgust", 9),
        (32, 86, "Shartnoma № 65-2025, 26.05.2025 · Ishonchnoma № 48/68", 8),
        (32, 100, "Yetkazib beruvchi", 8), (300, 100, "Xaridor", 8),
        (32, 109, "“Samarqand Kulolchilik Ustaxonasi” MChJ", 8), (300, 109, "“Registon Plaza” mehmonxonasi MChJ", 8),
        (32, 119, "STIR: 264597196", 8), (300, 119, "STIR: 211668868", 8),
        (330, 300, f"Jami to{apostrophe}lovga (QQS bilan):", 9), (480, 300, "30 675 680,00", 9)])


def test_xaridor_heads_the_buyers_block_not_the_vendors_name():
    assert extract_invoice(_invoice("'")).value("vendor_name") != "Xaridor"


def test_the_due_date_label_with_a_plain_apostrophe():
    for apostrophe in ("'", "‘", "ʻ"):
        assert extract_invoice(_invoice(apostrophe)).value("due_date") == "2025-08-19", apostrophe


def test_the_date_after_the_number_under_the_title_behind_a_middle_dot():
    result = extract_invoice(_invoice("'"))
    assert (result.value("invoice_number"), result.value("invoice_date")) == ("726", "2025-08-04")
