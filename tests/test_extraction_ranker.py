"""The learned ranker (countersign.extraction.ranker): it fills only what every rule left empty, below
0.9, and its weights are what evals/train_ranker.py writes."""

from __future__ import annotations

import json
from unittest import mock

from countersign.domain import FieldValue
from countersign.extraction import ranker, reader
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from evals import train_ranker
from tests.pdf_rows import rows_pdf

# A Romanian invoice: its number stands after "Seria TCI nr." beside the title, a label no rule knows.
SERIES: list[tuple[float, float, str, int]] = [
    (43, 40, "Tehnoclima Instal SRL", 11),
    (43, 56, "CIF: RO650611542", 9),
    (43, 70, "Str. Fabricii nr. 46, Cluj-Napoca", 9),
    (337, 40, "Client", 9),
    (337, 56, "Hotel Continental Forum SRL", 11),
    (400, 150, "Data emiterii: 23.07.2026", 9),
    (51, 150, "FACTURĂ", 20),
    (215, 153, "Seria TCI nr. 7228", 10),
    (71, 220, "Denumirea", 9),
    (303, 220, "Cant.", 9),
    (347, 220, "Preț unitar", 9),
    (424, 220, "Valoarea", 9),
    (71, 236, "Aparat aer condiționat", 9),
    (321, 236, "4", 9),
    (360, 236, "1.703,74", 9),
    (428, 236, "6.814,96", 9),
    (387, 330, "Total fără TVA", 9),
    (513, 330, "6.814,96", 9),
    (407, 346, "Total TVA", 9),
    (513, 346, "1.431,14", 9),
    (356, 363, "TOTAL DE PLATĂ", 9),
    (479, 363, "8.246,10 lei", 9),
]

LABELLED: list[tuple[float, float, str, int]] = [
    (43, 40, "Acme Tools GmbH", 12),
    (43, 56, "USt-IdNr. DE136695976", 9),
    (380, 90, "INVOICE", 18),
    (380, 120, "Invoice No. INV-1043", 9),
    (380, 134, "Date: 3 March 2026", 9),
    (43, 220, "Description", 9),
    (300, 220, "Qty", 9),
    (360, 220, "Unit price", 9),
    (460, 220, "Amount", 9),
    (43, 236, "Bolts", 9),
    (300, 236, "2", 9),
    (360, 236, "5.00", 9),
    (460, 236, "10.00", 9),
    (360, 300, "Subtotal", 9),
    (460, 300, "10.00", 9),
    (360, 314, "VAT 19%", 9),
    (460, 314, "1.90", 9),
    (360, 328, "Total", 9),
    (460, 328, "11.90", 9),
]


def _without_ranker(data: bytes):
    with mock.patch.object(reader, "fill_ranked", lambda *a, **k: None):
        return extract_invoice(data)


def test_fills_a_number_the_rules_leave_empty_below_0_9():
    data = rows_pdf(SERIES)
    assert _without_ranker(data).value("invoice_number") is None  # no rule reads "Seria TCI nr."
    result = extract_invoice(data)
    assert result.value("invoice_number") == "7228"
    assert 0.6 <= result.confidence("invoice_number") <= ranker.HIGH < 0.9
    assert any("ranker" in w and "7228" in w for w in result.warnings)
    assert result.fields["invoice_number"].evidence[0].text == "7228"


def test_never_changes_a_field_the_rules_read():
    data = rows_pdf(LABELLED)
    before, after = _without_ranker(data), extract_invoice(data)
    assert after.value("invoice_number") == before.value("invoice_number") == "INV-1043"
    for name in ranker.RANKED:
        assert after.fields[name] == before.fields[name]
    assert not any("ranker" in w for w in after.warnings)


def _forced_model(threshold: float = 0.0) -> dict:
    """A model sure of every candidate that has a digit: probability near 1 for the first."""
    params = {"w": {"digits": 50.0, "y": -20.0}, "none": -100.0, "threshold": threshold, "bank": []}
    return {name: params for name in ranker.RANKED}


def test_a_sure_model_still_reports_below_0_9_and_keeps_read_fields():
    pages = read_pdf(rows_pdf(LABELLED), 5).pages
    kept = FieldValue(value="INV-1043", confidence=0.95)
    fields = {"invoice_number": kept, "invoice_date": FieldValue(), "vendor_tax_id": FieldValue()}
    warnings: list[str] = []
    ranker.fill_ranked(fields, pages, set(), set(), warnings, model=_forced_model())
    assert fields["invoice_number"] is kept
    filled = [n for n in ("invoice_date", "vendor_tax_id") if fields[n].value is not None]
    assert filled and all(fields[n].confidence <= ranker.HIGH for n in filled)


def test_refused_values_and_a_high_threshold_leave_the_field_empty():
    pages = read_pdf(rows_pdf(SERIES), 5).pages
    fields = {name: FieldValue() for name in ranker.RANKED}
    ranker.fill_ranked(fields, pages, set(), set(), [], model=_forced_model(threshold=1.01))
    assert all(fields[n].value is None for n in ranker.RANKED)
    every = {n: {c[0] for c in ranker.candidates(n, pages[0], set(), set(), fields, [])} for n in ranker.RANKED}
    ranker.fill_ranked(fields, pages, set(), set(), [], refused=every, model=_forced_model())
    assert all(fields[n].value is None for n in ranker.RANKED)


def test_training_is_deterministic_and_the_shipped_file_matches_the_script():
    rows: list[tuple[list[dict], list[str], int | None]] = [
        ([{"bias": 1.0, "a": 1.0}, {"bias": 1.0, "b": 1.0}], ["x", "y"], 0),
        ([{"bias": 1.0, "b": 1.0}, {"bias": 1.0, "a": 0.5}], ["x", "y"], 1),
        ([{"bias": 1.0, "b": 0.2}], ["x"], 1),
    ]
    first = train_ranker.fit(rows)
    assert first == train_ranker.fit(rows)
    assert first[0]["a"] > 0 > first[0]["b"]
    shipped = json.loads(ranker.WEIGHTS.read_text())
    assert set(shipped) == set(ranker.RANKED)
    for name, params in shipped.items():
        assert params["threshold"] == train_ranker.THRESHOLDS[name]
        assert params["w"] and params["bank"]


def test_fills_a_due_date_under_an_unknown_label_below_0_9():
    data = rows_pdf(LABELLED + [(380, 148, "Settle by: 2 April 2026", 9)])
    assert _without_ranker(data).value("due_date") is None  # no rule knows "Settle by"
    result = extract_invoice(data)
    assert result.value("due_date") == "2026-04-02"
    assert 0.6 <= result.confidence("due_date") <= ranker.HIGH
    assert any("ranker" in w and "due date" in w for w in result.warnings)


def test_a_date_before_the_invoice_or_labelled_as_another_field_is_no_due_date():
    pages = read_pdf(rows_pdf(LABELLED + [(380, 148, "Settle by: 2 February 2026", 9),
                                          (380, 162, "Delivery date: 9 April 2026", 9)]), 5).pages
    fields = {name: FieldValue() for name in ranker.RANKED}
    fields["invoice_date"] = FieldValue(value="2026-03-03", confidence=0.95)
    values = {c[0] for c in ranker.candidates("due_date", pages[0], set(), set(), fields, [])}
    assert "2026-02-02" not in values  # before the invoice: never its due day
    assert "2026-04-09" not in values  # "Delivery date:" names another field


def test_a_company_register_number_is_no_tax_id_candidate():
    """"Registered in Gibraltar, company no. 114802" (or "Business Reg. No."): the register's number, never the
    ranker's vendor tax id; the page prints no tax id, so none is read."""
    rows = [(57, 37, "Westside Quay Marina Ltd.", 14), (467, 37, "INVOICE", 14),
            (57, 58, "Westside Quay, Gibraltar GX11 1AA · Tel +350 200 56753", 8),
            (57, 70, "Registered in Gibraltar, company no. 114802", 8),
            (45, 102, "Account", 9), (45, 114, "Blue Strait Charters Ltd.", 9),
            (371, 102, "Invoice No.", 9), (500, 102, "WQ199114", 9), (371, 114, "Invoice date", 9),
            (500, 114, "09/02/2026", 9), (48, 170, "Description", 9), (505, 170, "Amount", 9),
            (48, 186, "Berthing, January 2026", 9), (505, 186, "1,587.20", 9),
            (329, 282, "Invoice total GBP", 9), (506, 282, "1,587.20", 9)]
    pages = read_pdf(rows_pdf(rows), 1).pages
    assert "114802" not in {value for value, _, _ in ranker.candidates("vendor_tax_id", pages[0], set(), set(), {}, [])}
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") is None
