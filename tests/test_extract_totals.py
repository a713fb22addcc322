"""The totals block beyond subtotal, tax, total: one tax row per VAT rate, shipping and
discounts before the tax, and rows that must not be summed in (a payment, the amount due)."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from countersign.extraction.reader import extract_invoice


def totals_pdf(rows: list[tuple[str, str]], *, lines: list[tuple[str, str, str, str]] | None = None,
               value_x: float = 500) -> bytes:
    """A one-page invoice with an items table and the given totals rows (label, amount at `value_x`)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 50), "Krause Haustechnik GmbH", fontsize=15, fontname="hebo")
    page.insert_text((40, 66), "Hauptstraße 12, 10115 Berlin", fontsize=8)
    page.insert_text((360, 50), "Rechnung Nr.: RE-2025-117", fontsize=9)
    page.insert_text((360, 63), "Datum: 03.03.2025", fontsize=9)
    page.insert_text((40, 120), "Rechnungsempfänger:", fontsize=9)
    page.insert_text((40, 132), "Globex Corporation", fontsize=9)
    y = 200
    for x, text in ((40, "Beschreibung"), (330, "Menge"), (420, "Einzelpreis"), (520, "Betrag")):
        page.insert_text((x, y), text, fontsize=9, fontname="hebo")
    for desc, qty, price, amount in lines or [("Montage vor Ort", "2", "500,00", "1.000,00"),
                                              ("Fachbuch Haustechnik", "4", "50,00", "200,00")]:
        y += 14
        page.insert_text((40, y), desc, fontsize=9)
        page.insert_text((330, y), qty, fontsize=9)
        page.insert_text((420, y), price, fontsize=9)
        page.insert_text((520, y), amount, fontsize=9)
    y += 28
    for label, value in rows:
        page.insert_text((330, y), label, fontsize=9)
        page.insert_text((value_x, y), value, fontsize=9)
        y += 14
    data = doc.tobytes()
    doc.close()
    return data


def money(result, name: str) -> Decimal | None:
    return result.money(name)


def test_one_tax_row_per_rate_sums_to_the_tax():
    result = extract_invoice(totals_pdf([("Nettobetrag", "1.200,00 EUR"), ("MwSt. 19%", "190,00 EUR"),
                                         ("MwSt. 7%", "14,00 EUR"), ("Gesamtbetrag", "1.404,00 EUR")]))
    assert (money(result, "subtotal"), money(result, "tax"), money(result, "total")) == (
        Decimal("1200.00"), Decimal("204.00"), Decimal("1404.00"))
    assert result.confidence("tax") >= 0.9 and result.confidence("total") >= 0.9
    assert len(result.fields["tax"].evidence) == 1 and "190.00 + 14.00" in result.fields["tax"].evidence[0].text
    assert any("sum of 2 tax rows" in w for w in result.warnings)


def test_shipping_and_a_discount_before_the_tax_belong_to_the_net():
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Rabatt", "-60,00 EUR"),
                                         ("Versandkosten", "10,00 EUR"), ("MwSt. 19%", "218,50 EUR"),
                                         ("Gesamtbetrag", "1.368,50 EUR")]))
    assert money(result, "subtotal") == Decimal("1150.00")
    assert money(result, "subtotal") + money(result, "tax") == money(result, "total") == Decimal("1368.50")
    # Computed, not printed, after a discount: below 0.9 (many read the printed subtotal before the discount), and the
    # evidence says how it was made.
    assert result.confidence("subtotal") == 0.85
    assert "net of tax" in result.fields["subtotal"].evidence[0].text
    assert result.confidence("total") >= 0.9


def test_shipping_before_the_tax_belongs_to_the_net_at_0_9():
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Versandkosten", "10,00 EUR"),
                                         ("MwSt. 19%", "229,90 EUR"), ("Gesamtbetrag", "1.439,90 EUR")]))
    assert money(result, "subtotal") == Decimal("1210.00")
    assert result.confidence("subtotal") == 0.9  # computed, not printed: never above 0.9


def test_a_discount_printed_without_its_sign_is_still_taken_off():
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Nachlass", "60,00 EUR"),
                                         ("MwSt. 19%", "216,60 EUR"), ("Gesamtbetrag", "1.356,60 EUR")]))
    assert money(result, "subtotal") == Decimal("1140.00")


def test_rows_that_do_not_explain_the_total_leave_it_unconfirmed():
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Versandkosten", "10,00 EUR"),
                                         ("MwSt. 19%", "228,00 EUR"), ("Gesamtbetrag", "1.500,00 EUR")]))
    assert money(result, "subtotal") == Decimal("1200.00")  # the printed value, not a made-up one
    assert result.confidence("total") < 0.9
    assert any("but the total reads" in w for w in result.warnings)


def test_a_payment_after_the_total_is_not_summed_in():
    result = extract_invoice(totals_pdf([("Nettobetrag", "1.200,00 EUR"), ("MwSt. 19%", "228,00 EUR"),
                                         ("Gesamtbetrag", "1.428,00 EUR"), ("Anzahlung", "-428,00 EUR"),
                                         ("Zahlbetrag", "1.000,00 EUR")]))
    assert (money(result, "subtotal"), money(result, "tax"), money(result, "total")) == (
        Decimal("1200.00"), Decimal("228.00"), Decimal("1428.00"))
    assert result.confidence("total") >= 0.9


def test_an_amount_printed_like_3_800_reads_grouped_when_only_that_makes_the_sum():
    result = extract_invoice(totals_pdf([("Nettobetrag", "20.000,00 EUR"), ("MwSt. 19%", "3.800 EUR"),
                                         ("Gesamtbetrag", "23.800,00 EUR")],
                                        lines=[("Pauschale", "1", "20.000,00", "20.000,00")]))
    assert money(result, "tax") == Decimal("3800")  # (the page's dots group thousands: read so at once)
    assert result.confidence("tax") >= 0.9
    kept = extract_invoice(totals_pdf([("Nettobetrag", "20,00 EUR"), ("MwSt. 19%", "3.800 EUR"),
                                       ("Gesamtbetrag", "23,80 EUR")], lines=[("Pauschale", "1", "20,00", "20,00")]))
    assert kept.value("tax") == "3.800"  # 20 + 3.8 = 23.8: the decimal reading stands


@pytest.mark.parametrize("notice", ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                                    "Reverse charge: VAT to be accounted for by the recipient.",
                                    "Autoliquidation : TVA due par le preneur."])
def test_no_tax_printed_and_the_invoice_says_why_gives_tax_zero(notice):
    rows = [("Nettobetrag", "1.200,00 EUR"), ("Gesamtbetrag", "1.200,00 EUR")]
    result = extract_invoice(totals_pdf(rows + [(notice, "")]))
    assert result.value("tax") == "0.00"
    assert result.confidence("tax") < 0.9  # computed from a sentence, not printed: an invoice that prints no tax
    # leaves it unsaid as often as it means 0.00 (every such tax on the blind sets' development styles was null)
    assert result.confidence("total") >= 0.9


def test_no_tax_printed_and_no_reason_leaves_the_tax_empty():
    result = extract_invoice(totals_pdf([("Nettobetrag", "1.200,00 EUR"), ("Gesamtbetrag", "1.200,00 EUR")]))
    assert result.value("tax") is None


def test_lines_matching_the_items_sum_above_a_printed_net_raise_no_doubt():
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Versandkosten", "10,00 EUR"),
                                         ("Nettobetrag", "1.210,00 EUR"), ("MwSt. 19%", "229,90 EUR"),
                                         ("Gesamtbetrag", "1.439,90 EUR")]))
    assert money(result, "subtotal") == Decimal("1210.00")
    assert result.confidence("subtotal") >= 0.9
    assert not any("line amounts sum" in w for w in result.warnings)


def test_a_summary_row_of_net_tax_and_gross_gives_the_gross_as_total():
    # "Összesen: 1 884 090  466 904  2 350 994": a total row that adds up, net + tax = gross.
    result = extract_invoice(totals_pdf([("Gesamt", "1.200,00        228,00        1.428,00 EUR")], value_x=380))
    assert (money(result, "subtotal"), money(result, "tax"), money(result, "total")) == (
        Decimal("1200.00"), Decimal("228.00"), Decimal("1428.00"))
    assert result.confidence("total") >= 0.9


def test_a_total_row_whose_three_amounts_do_not_add_up_is_no_summary_row():
    result = extract_invoice(totals_pdf([("Gesamt", "1.200,00        228,00        1.500,00 EUR")], value_x=380))
    assert money(result, "total") == Decimal("1200.00")  # the first amount, as before
    assert money(result, "tax") != Decimal("228.00")


def test_a_total_above_the_tax_row_that_makes_the_grand_total_is_the_net():
    # "Total Value (USD)", "IGST @ 0%", "Grand Total (USD)": no subtotal label, the first total is the net.
    result = extract_invoice(totals_pdf([("Total Value", "1.200,00 EUR"), ("MwSt. 19%", "228,00 EUR"),
                                         ("Grand Total", "1.428,00 EUR")]))
    assert (money(result, "subtotal"), money(result, "tax"), money(result, "total")) == (
        Decimal("1200.00"), Decimal("228.00"), Decimal("1428.00"))
    assert result.confidence("subtotal") >= 0.9


def test_a_tax_category_code_in_parentheses_is_no_remark_to_read_past():
    # "Umsatzsteuer ( S )  1.200,00": a VAT breakdown row (category S, its base amount), not a tax label
    # whose remark "(export under LUT)" the value follows.
    result = extract_invoice(totals_pdf([("Nettobetrag", "1.200,00 EUR"), ("MwSt. 19%", "228,00 EUR"),
                                         ("Gesamtbetrag", "1.428,00 EUR"), ("Umsatzsteuer ( S )", "1.200,00")]))
    assert (money(result, "tax"), money(result, "total")) == (Decimal("228.00"), Decimal("1428.00"))
    assert result.confidence("tax") >= 0.9


@pytest.mark.parametrize("label,value,second,total,net", [
    ("Porto und Verpackung", "27,73 EUR", "133,27", "1461.00", "1227.73"),
    ("Remise commerciale", "-60,00 EUR", "116,60", "1356.60", "1140.00")])
def test_a_row_under_an_unknown_label_before_the_tax_is_a_charge_when_the_sum_then_holds(label, value, second,
                                                                                          total, net):
    rows = [("Zwischensumme", "1.200,00 EUR"), (label, value), ("MwSt. 19%", "100,00 EUR"),
            ("MwSt. 7%", f"{second} EUR"), ("Gesamtbetrag", f"{total.replace('.', ',')} EUR")]
    result = extract_invoice(totals_pdf(rows))
    assert (money(result, "subtotal"), money(result, "total")) == (Decimal(net), Decimal(total))
    assert money(result, "tax") == Decimal(total) - Decimal(net)
    assert result.confidence("total") >= 0.9
    assert any("charges" in w for w in result.warnings)


def test_a_row_before_the_tax_that_the_sum_cannot_place_leaves_the_subtotal_below_0_9():
    # The lines sum to the "Zwischensumme", but an unread row before the tax and a total that does not
    # add up leave open whether it is the net.
    result = extract_invoice(totals_pdf([("Zwischensumme", "1.200,00 EUR"), ("Porto", "27,73 EUR"),
                                         ("MwSt. 19%", "233,27 EUR"), ("Gesamtbetrag", "1.500,00 EUR")]))
    assert money(result, "subtotal") == Decimal("1200.00")
    assert result.confidence("subtotal") < 0.9


def test_a_total_read_from_a_breakdown_row_with_a_larger_total_below_stays_below_0_9():
    # One VAT rate's row "19 % | 1.000,00 | 190,00 | 1.190,00" adds up under "Netto | MwSt. | Gesamt",
    # but "Zu zahlen: 1.297,00 EUR" below is larger: the row may be a part, not the invoice's totals.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 50), "Krause Haustechnik GmbH", fontsize=15, fontname="hebo")
    page.insert_text((360, 50), "Rechnung Nr.: RE-2025-117", fontsize=9)
    page.insert_text((40, 120), "Rechnungsempfänger:", fontsize=9)
    page.insert_text((40, 132), "Globex Corporation", fontsize=9)
    for y, row in ((300, ("Satz", "Netto", "MwSt.", "Gesamt")), (316, ("19 %", "1.000,00", "190,00", "1.190,00")),
                   (332, ("7 %", "100,00", "7,00", "107,00"))):
        for x, text in zip((60, 200, 320, 450), row, strict=True):
            page.insert_text((x, y), text, fontsize=9)
    page.insert_text((300, 370), "Zu zahlen: 1.297,00 EUR", fontsize=9)
    result = extract_invoice(doc.tobytes())
    doc.close()
    if money(result, "total") != Decimal("1297.00"):
        assert result.confidence("total") < 0.9 and result.confidence("subtotal") < 0.9
        assert any("larger total" in w for w in result.warnings)


def test_a_payment_that_prints_subtotal_minus_total_is_no_tax():
    # "Bezahlt 876,00" between the net and the total: total - subtotal is negative, so it is no tax,
    # and a sum made to hold by it confirms nothing.
    result = extract_invoice(totals_pdf([("Nettobetrag", "1.200,00 EUR"), ("Bezahlt", "876,00 EUR"),
                                         ("Gesamt", "324,00 EUR")]))
    assert money(result, "tax") != Decimal("-876.00")
    assert result.confidence("total") < 0.9 and result.confidence("subtotal") < 0.9


def test_a_stamp_duty_after_the_total_with_tax_makes_the_amount_due_the_total():
    """"Total TTC" / "Droit de timbre" / "Net à payer": the bill asks for the total with the stamp duty."""
    result = extract_invoice(totals_pdf([("Total HT", "1.200,00"), ("TVA 19 %", "228,00"), ("Total TTC", "1.428,00"),
                                         ("Droit de timbre", "14,28"), ("Net à payer", "1.442,28")]))
    assert (money(result, "subtotal"), money(result, "tax"), money(result, "total")) == (
        Decimal("1200.00"), Decimal("228.00"), Decimal("1442.28"))
    assert any("is the amount due" in w for w in result.warnings)
    unexplained = extract_invoice(totals_pdf([("Total HT", "1.200,00"), ("TVA 19 %", "228,00"),
                                              ("Total TTC", "1.428,00"), ("Net à payer", "1.442,28")]))
    assert money(unexplained, "total") != Decimal("1442.28")  # no row between them says what the 14,28 is
    carried = extract_invoice(totals_pdf([("Total HT", "1.200,00"), ("TVA 19 %", "228,00"), ("Total TTC", "1.428,00"),
                                          ("Solde antérieur", "14,28"), ("Net à payer", "1.442,28")]))
    assert money(carried, "total") == Decimal("1428.00")  # a balance carried over is no part of this bill
