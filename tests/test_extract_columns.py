"""Line items from column alignment (countersign.extraction.columns): a table with no header row,
read by its aligned columns and confirmed by its arithmetic or its sum. Each PDF is built here."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from countersign.extraction.reader import extract_invoice

SIZE = 9


def _pdf(pages: list[list[tuple[float, float, str, str]]]) -> bytes:
    """Pages of (x, y, text, align): "L" puts the text's left edge at x, "R" its right edge."""
    doc = pymupdf.open()
    for rows in pages:
        page = doc.new_page()
        for x, y, text, align in rows:
            if align == "R":
                x -= pymupdf.get_text_length(text, fontname="helv", fontsize=SIZE)
            page.insert_text((x, y), text, fontsize=SIZE, fontname="helv")
    data = doc.tobytes()
    doc.close()
    return data


HEAD = [(40, 40, "Kestrel Systems Ltd", "L"), (40, 52, "12 High Street", "L"), (40, 64, "Manchester M1 2AB", "L"),
        (360, 40, "Invoice No.: INV-4471", "L"), (360, 52, "Invoice Date: 2025-03-03", "L"),
        (40, 110, "Bill To", "L"), (40, 122, "Globex Corporation", "L"), (40, 134, "88 King's Road", "L"),
        (40, 146, "London EC1A 1BB", "L")]


def _rows(items: list[tuple[str, ...]], top: float, xs: tuple[float, ...] = (360, 460, 555)) -> list:
    """Item rows with no header: the description at x=40, the numbers right-aligned at `xs`."""
    out = []
    for i, (desc, *numbers) in enumerate(items):
        y = top + 14 * i
        out.append((40, y, desc, "L"))
        out += [(x, y, n, "R") for x, n in zip(xs[len(xs) - len(numbers):], numbers, strict=True)]
    return out


def _totals(top: float, sub: str, tax: str, total: str) -> list:
    return [(340, top, "Subtotal", "L"), (555, top, sub, "R"), (340, top + 14, "VAT 20%", "L"),
            (555, top + 14, tax, "R"), (340, top + 28, "Total", "L"), (555, top + 28, total, "R")]


THREE = [("Steel brackets 40 mm", "4", "12.50", "50.00"), ("Server rack 42U", "1", "1,250.00", "1,250.00"),
         ("Consulting services", "7.5", "120.00", "900.00")]


def test_a_headerless_table_is_read_by_its_columns_and_its_arithmetic():
    pdf = _pdf([HEAD + _rows(THREE, 220) + _totals(280, "2,200.00", "440.00", "2,640.00")])
    result = extract_invoice(pdf)
    got = [(li.description, li.quantity, li.unit_price, li.amount) for li in result.line_items]
    assert got == [("Steel brackets 40 mm", Decimal(4), Decimal("12.50"), Decimal("50.00")),
                   ("Server rack 42U", Decimal(1), Decimal("1250.00"), Decimal("1250.00")),
                   ("Consulting services", Decimal("7.5"), Decimal("120.00"), Decimal("900.00"))]
    assert all(li.confidence == 0.9 for li in result.line_items)  # the sum is the printed subtotal
    assert any("column alignment" in w for w in result.warnings)
    assert (result.value("subtotal"), result.value("total")) == ("2200.00", "2640.00")
    assert result.value("vendor_name") == "Kestrel Systems Ltd"


def test_without_a_printed_sum_the_arithmetic_alone_reads_below_0_9():
    pdf = _pdf([HEAD + _rows(THREE, 220) + [(340, 300, "Please pay within 30 days.", "L")]])
    items = extract_invoice(pdf).line_items
    assert [li.amount for li in items] == [Decimal("50.00"), Decimal("1250.00"), Decimal("900.00")]
    assert all(li.confidence < 0.9 for li in items)


def test_a_description_wrapped_under_its_row_stays_with_it():
    rows = _rows(THREE, 220)
    rows = [(x, y + (10 if y > 220 else 0), t, a) for x, y, t, a in rows] + [(40, 230, "as per quotation Q-12", "L")]
    items = extract_invoice(_pdf([HEAD + rows + _totals(300, "2,200.00", "440.00", "2,640.00")])).line_items
    assert [li.description for li in items] == ["Steel brackets 40 mm as per quotation Q-12", "Server rack 42U",
                                                "Consulting services"]


def test_a_headerless_table_goes_on_over_a_page_break():
    first = [(f"Item {n:02d} spare part", "2", "10.00", "20.00") for n in range(1, 40)]
    page1 = HEAD + _rows(first, 220) + [(555, 810, "Page 1 of 2", "R")]
    page2 = _rows([("Freight to site", "1", "35.00", "35.00"), ("Training day", "2", "400.00", "800.00")], 60)
    page2 += _totals(110, "1,615.00", "323.00", "1,938.00") + [(555, 810, "Page 2 of 2", "R")]
    result = extract_invoice(_pdf([page1, page2]))
    assert len(result.line_items) == 41
    assert result.line_items[-1].description == "Training day" and result.line_items[-1].amount == Decimal("800.00")
    assert result.line_items[-1].evidence[0].page == 2
    assert all(li.confidence == 0.9 for li in result.line_items)


def test_a_description_and_amount_table_is_taken_when_it_sums_to_the_subtotal():
    items = [("Website redesign", "4,200.00"), ("Hosting, 12 months", "360.00"), ("Domain renewal", "40.00")]
    pdf = _pdf([HEAD + _rows(items, 220) + _totals(280, "4,600.00", "920.00", "5,520.00")])
    got = extract_invoice(pdf).line_items
    assert [(li.description, li.quantity, li.amount) for li in got] == [
        ("Website redesign", None, Decimal("4200.00")), ("Hosting, 12 months", None, Decimal("360.00")),
        ("Domain renewal", None, Decimal("40.00"))]


def test_a_description_and_amount_table_that_does_not_sum_is_no_table():
    items = [("Website redesign", "4,200.00"), ("Hosting, 12 months", "360.00"), ("Domain renewal", "40.00")]
    pdf = _pdf([HEAD + _rows(items, 220) + _totals(280, "4,700.00", "940.00", "5,640.00")])
    assert extract_invoice(pdf).line_items == []


def test_a_table_whose_arithmetic_fails_and_does_not_sum_is_no_table():
    rows = [("Steel brackets 40 mm", "4", "12.50", "51.00"), ("Server rack 42U", "3", "1,250.00", "1,255.00")]
    pdf = _pdf([HEAD + _rows(rows, 220) + _totals(280, "9,999.00", "1,999.80", "11,998.80")])
    assert extract_invoice(pdf).line_items == []


def test_totals_bank_details_and_addresses_are_not_items():
    rows = HEAD + [(40, 200, "Office 4", "L"), (555, 200, "12.00", "R"), (40, 214, "Unit 7", "L"),
                   (555, 214, "3.50", "R")]  # two stray lines: no sum, no arithmetic
    rows += _totals(280, "1,000.00", "200.00", "1,200.00")
    rows += [(340, 330, "Paid", "L"), (555, 330, "1,200.00", "R"), (340, 344, "Balance", "L"), (555, 344, "0.00", "R")]
    rows += [(40, 400, "Bank details", "L"), (40, 414, "IBAN GB29 NWBK 6016 1331 9268 19", "L"),
             (40, 428, "Sort code 60-16-13", "L"), (300, 428, "Account 31926819", "L"),
             (40, 442, "Tax summary 20%", "L"), (460, 442, "1,000.00", "R"), (555, 442, "200.00", "R"),
             (40, 456, "Exempt 0%", "L"), (460, 456, "0.00", "R"), (555, 456, "0.00", "R"),
             (40, 780, "Kestrel Systems Ltd · 12 High Street · Manchester M1 2AB", "L"),
             (555, 810, "Page 1 of 1", "R")]
    result = extract_invoice(_pdf([rows]))
    assert result.line_items == []
    assert result.value("total") == "1200.00"


def test_a_totals_block_under_unknown_labels_at_the_left_is_not_two_items():
    rows = HEAD + [(40, 240, "Lieferwert", "L"), (555, 240, "1,000.00", "R"), (40, 254, "Abgabe", "L"),
                   (555, 254, "190.00", "R"), (40, 268, "Total", "L"), (555, 268, "1,190.00", "R")]
    result = extract_invoice(_pdf([rows]))
    assert result.line_items == []
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "190.00", "1190.00")


def test_a_table_found_by_its_header_wins():
    header = [(40, 206, "Description", "L"), (360, 206, "Qty", "R"), (460, 206, "Unit Price", "R"),
              (555, 206, "Amount", "R")]
    pdf = _pdf([HEAD + header + _rows(THREE, 220) + _totals(280, "2,200.00", "440.00", "2,640.00")])
    result = extract_invoice(pdf)
    assert [li.amount for li in result.line_items] == [Decimal("50.00"), Decimal("1250.00"), Decimal("900.00")]
    assert not any("column alignment" in w for w in result.warnings)
    assert result.line_items[0].confidence >= 0.9


def test_hours_printed_before_the_description_are_the_quantity():
    rows = []
    for i, (hours, desc, rate, amount) in enumerate([("7.5", "Workshop preparation", "120.00", "900.00"),
                                                     ("12", "Backend development", "95.00", "1,140.00"),
                                                     ("3", "Project management", "110.00", "330.00")]):
        y = 220 + 14 * i
        rows += [(70, y, hours, "R"), (90, y, desc, "L"), (460, y, rate, "R"), (555, y, amount, "R")]
    result = extract_invoice(_pdf([HEAD + rows + _totals(280, "2,370.00", "474.00", "2,844.00")]))
    got = [(li.description, li.quantity, li.unit_price, li.amount) for li in result.line_items]
    assert got == [("Workshop preparation", Decimal("7.5"), Decimal("120.00"), Decimal("900.00")),
                   ("Backend development", Decimal(12), Decimal("95.00"), Decimal("1140.00")),
                   ("Project management", Decimal(3), Decimal("110.00"), Decimal("330.00"))]


def test_numbers_aligned_by_their_left_edges_are_columns_too():
    rows = []
    for i, (desc, qty, price, amount) in enumerate(THREE):
        y = 220 + 14 * i
        rows += [(40, y, desc, "L"), (330, y, qty, "L"), (420, y, price, "L"), (500, y, amount, "L")]
    items = extract_invoice(_pdf([HEAD + rows + _totals(280, "2,200.00", "440.00", "2,640.00")])).line_items
    assert [(li.quantity, li.amount) for li in items] == [
        (Decimal(4), Decimal("50.00")), (Decimal(1), Decimal("1250.00")), (Decimal("7.5"), Decimal("900.00"))]


def test_facts_in_a_left_column_beside_the_table_stay_facts():
    side = [(40, 40, "Kestrel Systems Ltd", "L"), (40, 52, "12 High Street, Manchester", "L"),
            (40, 200, "Invoice No.", "L"), (40, 214, "INV-4471", "L"), (40, 228, "Date", "L"),
            (40, 242, "2025-03-03", "L"), (40, 256, "PO Number", "L"), (40, 270, "PO-88123", "L")]
    items = [("Steel brackets 40 mm", "4", "12.50", "50.00"), ("Server rack 42U", "1", "1,250.00", "1,250.00"),
             ("Consulting services", "7.5", "120.00", "900.00"), ("Freight to site", "1", "35.00", "35.00")]
    rows = []
    for i, (desc, *numbers) in enumerate(items):
        y = 214 + 28 * i  # every other sidebar line stands between two rows
        rows += [(200, y, desc, "L")] + [(x, y, n, "R") for x, n in zip((380, 470, 555), numbers, strict=True)]
    pdf = _pdf([side + rows + _totals(340, "2,235.00", "447.00", "2,682.00")])
    result = extract_invoice(pdf)
    assert [(li.description, li.amount) for li in result.line_items] == [
        ("Steel brackets 40 mm", Decimal("50.00")), ("Server rack 42U", Decimal("1250.00")),
        ("Consulting services", Decimal("900.00")), ("Freight to site", Decimal("35.00"))]
    assert result.value("invoice_number") == "INV-4471"
    assert result.value("po_number") == "PO-88123"


def test_a_carried_forward_row_at_the_page_break_is_no_item():
    first = [(f"Item {n:02d} spare part", "2", "10.00", "20.00") for n in range(1, 40)]
    page1 = HEAD + _rows(first, 220) + [(40, 770, "Carried forward", "L"), (555, 770, "780.00", "R")]
    page2 = [(40, 50, "Kestrel Systems Ltd · Invoice INV-4471", "L"), (40, 70, "Brought forward", "L"),
             (555, 70, "780.00", "R")]
    page2 += _rows([("Freight to site", "1", "35.00", "35.00")], 90) + _totals(120, "815.00", "163.00", "978.00")
    items = extract_invoice(_pdf([page1, page2])).line_items
    assert len(items) == 40 and items[-1].amount == Decimal("35.00")
    assert all(li.description != "Carried forward" and li.confidence == 0.9 for li in items)


def test_a_header_in_words_no_lexicon_knows_is_passed_over():
    header = [(40, 206, "Was wir gemacht haben", "L"), (555, 206, "Wert", "R")]
    items = [("Website redesign", "4,200.00"), ("Hosting, 12 months", "360.00"), ("Domain renewal", "40.00")]
    pdf = _pdf([HEAD + header + _rows(items, 220) + _totals(280, "4,600.00", "920.00", "5,520.00")])
    result = extract_invoice(pdf)
    assert [li.amount for li in result.line_items] == [Decimal("4200.00"), Decimal("360.00"), Decimal("40.00")]
    assert any("column alignment" in w for w in result.warnings)


def test_two_runs_that_both_sum_to_a_printed_amount_are_not_reported_as_sure():
    """An account summary whose rows sum to the amount due, above the charges that sum to the subtotal: both
    read as well, so whichever is taken is a guess, reported below 0.9."""
    summary = _rows([("Previous balance", "292.01"), ("Payment received - thank you", "-292.01"),
                     ("Current charges", "271.51")], 170, xs=(555,))
    due = [(340, 212, "Amount due", "L"), (555, 212, "271.51", "R")]
    charges = _rows([("Unlimited plan", "150.00"), ("Device payment", "22.23"), ("Day pass", "76.45")], 300,
                    xs=(555,))
    pdf = _pdf([HEAD + summary + due + charges + _totals(350, "248.68", "22.83", "271.51")])
    result = extract_invoice(pdf)
    assert len(result.line_items) == 3
    assert all(li.confidence < 0.9 for li in result.line_items)
    assert any("another run of rows" in w for w in result.warnings)


def test_one_summed_run_beside_an_unsummed_one_stays_sure():
    charges = _rows([("Unlimited plan", "150.00"), ("Device payment", "22.23"), ("Day pass", "76.45")], 300,
                    xs=(555,))
    usage = _rows([("Calls", "12.00"), ("Texts", "3.00")], 170, xs=(555,))
    pdf = _pdf([HEAD + usage + [(340, 212, "Please pay within 30 days.", "L")] + charges
                + _totals(350, "248.68", "22.83", "271.51")])
    items = extract_invoice(pdf).line_items
    assert [li.amount for li in items] == [Decimal("150.00"), Decimal("22.23"), Decimal("76.45")]
    assert all(li.confidence == 0.9 for li in items)
