"""Turkish totals labels: "Hesaplanan KDV(%20)" (VAT computed, the rate written '%20') labels the tax at 20%,
"Vergi Hariç Tutar" (amount before tax) the subtotal, "Vergiler Dahil Toplam Tutar" (total with taxes) the total
and "Toplam İskonto" (total discount) the discount, not the total. A Turkish e-invoice's totals block with three
VAT rates reads its tax as their sum. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


@pytest.mark.parametrize(("label", "rate"), [("Hesaplanan KDV(%20)", "20"), ("Hesaplanan KDV(%1)", "1"),
                                             ("Hesaplanan KDV(%10)", "10")])
def test_hesaplanan_kdv_is_a_tax_with_its_rate(label, rate):
    field, _, match = label_matches(label)[0]
    assert field == "tax"
    assert match.groupdict()["rate"] == rate


@pytest.mark.parametrize(("label", "field"), [("Vergi Hariç Tutar", "subtotal"),
                                              ("Vergiler Dahil Toplam Tutar", "total"),
                                              ("Toplam İskonto", "discount")])
def test_turkish_sum_labels(label, field):
    matches = label_matches(label)
    assert matches[0][0] == field
    assert matches[0][2].end() == len(label)
    if field == "discount":
        assert "total" not in [name for name, _, _ in matches]


def test_turkish_totals_with_three_vat_rates():
    # 100.00 at 1%, 200.00 at 10%, 300.00 at 20%: taxes 1.00 + 20.00 + 60.00 = 81.00
    data = invoice_pdf(["Anadolu Gıda Ticaret A.Ş.", "Atatürk Cad. No: 25, Kadıköy / İstanbul",
                        "Vergi Dairesi: Kadıköy VKN: 0680071359"],
                       [("Fatura No:", "ANG2026000000123"), ("Fatura Tarihi:", "12-01-2026")],
                       [("Mal Hizmet Toplam Tutarı", "600,00 TL"), ("Toplam İskonto", "0,00 TL"),
                        ("Vergi Hariç Tutar", "600,00 TL"), ("Hesaplanan KDV(%1)", "1,00 TL"),
                        ("Hesaplanan KDV(%10)", "20,00 TL"), ("Hesaplanan KDV(%20)", "60,00 TL"),
                        ("Vergiler Dahil Toplam Tutar", "681,00 TL"), ("Ödenecek Tutar", "681,00 TL")],
                       head=("Mal Hizmet", "Mal Hizmet Tutarı"), title="e-FATURA",
                       lines=[("Un 50 kg", "100,00 TL"), ("Zeytinyağı 5 L", "200,00 TL"),
                              ("Temizlik malzemesi", "300,00 TL")])
    result = extract_invoice(data)
    subtotal, tax, total = (Decimal(result.value(f)) for f in ("subtotal", "tax", "total"))
    assert (subtotal, tax, total) == (Decimal("600.00"), Decimal("81.00"), Decimal("681.00"))
    assert result.value("currency") == "TRY"


def test_a_turkish_discount_row_is_not_the_total():
    data = invoice_pdf(["Anadolu Gıda Ticaret A.Ş.", "Atatürk Cad. No: 25, Kadıköy / İstanbul"],
                       [("Fatura No:", "ANG2026000000124"), ("Fatura Tarihi:", "13-01-2026")],
                       [("Mal Hizmet Toplam Tutarı", "650,00 TL"), ("Toplam İskonto", "50,00 TL"),
                        ("Vergi Hariç Tutar", "600,00 TL"), ("Hesaplanan KDV(%20)", "120,00 TL"),
                        ("Vergiler Dahil Toplam Tutar", "720,00 TL"), ("Ödenecek Tutar", "720,00 TL")],
                       head=("Mal Hizmet", "Mal Hizmet Tutarı"), title="e-FATURA",
                       lines=[("Un 50 kg", "250,00 TL"), ("Temizlik malzemesi", "400,00 TL")])
    result = extract_invoice(data)
    assert [result.value(f) for f in ("subtotal", "tax", "total")] == ["600.00", "120.00", "720.00"]
    assert result.confidence("total") >= 0.9
