"""Extraction accuracy: `python -m evals.extraction [--n N] [--seed S] [--verbose]`.

Three sources, each scored per field, on line items, on calibration and on time:
- `synthetic`: N documents from evals.corpus (fpdf2, many layouts and languages, known truth);
- `einvoice_xml`: the shared e-invoice PDFs as they are (the embedded XML path);
- `einvoice_visual`: the same PDFs with their embedded files removed, so only the printed page
  counts. Truth still comes from the XML, and values the page does not print are skipped.

Truth for the shared samples is read here with plain lxml XPaths (namespaced, as in the
integration notes), independently of the product's reader. Prints a table, then `key=value`
lines; writes JSON to evals/reports/extraction.json.

Scoring: amounts and dates exactly; invoice/PO numbers and tax ids without case, spaces or
punctuation; vendor names without case and punctuation, a trailing legal form ("SARL", "GmbH")
printed on the page but not in the XML is accepted. A value where the truth has none is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPORTS = Path(__file__).parent / "reports"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "einvoices"
FIELDS = ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date",
          "due_date", "currency", "subtotal", "tax", "total")
KEY_FIELDS = ("vendor_name", "invoice_number", "invoice_date", "total", "currency")

# --------------------------------------------------------------------------- truth from XML

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
H = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
S = f"{H}/ram:ApplicableHeaderTradeSettlement"
M = f"{S}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
XPATHS = {
    "vendor_name": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name",
    "vendor_tax_id": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
                     "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']",
    "invoice_number": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID",
    "type_code": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode",
    "invoice_date": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime"
                    "/udt:DateTimeString",
    "po_number": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument"
                 "/ram:IssuerAssignedID",
    "due_date": f"{S}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
    "currency": f"{S}/ram:InvoiceCurrencyCode",
    "subtotal": f"{M}/ram:TaxBasisTotalAmount",
    "tax": f"{M}/ram:TaxTotalAmount",
    "total": f"{M}/ram:GrandTotalAmount",
}


def xml_truth(xml: bytes) -> dict[str, Any]:
    """The ten fields (plus document_type and line amounts) of a CII XML, by namespaced XPath."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser)
    out: dict[str, Any] = {}
    for name, path in XPATHS.items():
        nodes = root.xpath(path, namespaces=NS)
        if name == "tax":
            cur = root.xpath(XPATHS["currency"], namespaces=NS)
            code = cur[0].text.strip() if cur else None
            nodes = [n for n in nodes if n.get("currencyID") in (None, code)] or nodes
        text = nodes[0].text.strip() if nodes and nodes[0].text and nodes[0].text.strip() else None
        out[name] = text
    for name in ("invoice_date", "due_date"):
        if out[name]:
            d = out[name]
            out[name] = f"{d[:4]}-{d[4:6]}-{d[6:8]}"
    credit = out.pop("type_code") in ("381", "261", "262", "296", "308", "396", "420", "458", "532")
    for name in ("subtotal", "tax", "total"):
        if out[name] is not None:
            value = Decimal(out[name])
            out[name] = format(-abs(value) if credit else value, "f")
    out["document_type"] = "credit_note" if credit else "invoice"
    lines = root.xpath(f"{H}/ram:IncludedSupplyChainTradeLineItem", namespaces=NS)
    out["line_items"] = []
    for line in lines:
        amount = line.xpath("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLine"
                            "MonetarySummation/ram:LineTotalAmount", namespaces=NS)
        qty = line.xpath("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", namespaces=NS)
        a = Decimal(amount[0].text.strip()) if amount else None
        out["line_items"].append({
            "amount": format(-abs(a) if credit and a is not None else a, "f") if a is not None else None,
            "quantity": qty[0].text.strip() if qty else None,
        })
    return out


def embedded_xml_bytes(pdf: bytes) -> bytes | None:
    import pymupdf

    doc = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        for name in doc.embfile_names():
            if name.lower() in ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"):
                return doc.embfile_get(name)
    finally:
        doc.close()
    return None


def strip_embedded(pdf: bytes) -> bytes:
    """The PDF with every embedded file removed: only the printed pages remain."""
    import pymupdf

    doc = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        for name in list(doc.embfile_names()):
            doc.embfile_del(name)
        return doc.tobytes(garbage=3, deflate=True)
    finally:
        doc.close()


# --------------------------------------------------------------------------- scoring


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


_LEGAL = re.compile(
    r"\s*(?:gmbh|ag|kg|sarl|sas|sa|ltd|limited|inc|llc|bv|nv|sl|srl|co|e\.?\s?v\.?|a\.?\s?g\.?)\.?$",
    re.IGNORECASE)


def _name_key(text: str) -> str:
    text = " ".join(re.sub(r"[^\w\s&]", " ", text.casefold()).split())
    return text


def correct(name: str, predicted: str | None, truth: str | None) -> bool:
    if truth is None:
        return predicted is None
    if predicted is None:
        return False
    if name in ("subtotal", "tax", "total"):
        try:
            return Decimal(predicted) == Decimal(truth)
        except InvalidOperation:
            return False
    if name in ("invoice_number", "po_number", "vendor_tax_id"):
        return _compact(predicted) == _compact(truth)
    if name == "vendor_name":
        p, t = _name_key(predicted), _name_key(truth)
        if p == t:
            return True
        # A legal form printed on the page but absent from the XML (or the other way round).
        longer, shorter = (p, t) if len(p) > len(t) else (t, p)
        return longer.startswith(shorter) and bool(_LEGAL.fullmatch(longer[len(shorter):]))
    return predicted.strip().upper() == truth.strip().upper()


def line_accuracy(predicted: list, truth: list[dict]) -> tuple[int, int]:
    """(matched, out_of): truth lines matched by amount (and quantity when both have one)."""
    if not truth:
        return 0, 0
    left = list(predicted)
    matched = 0
    for t in truth:
        for i, p in enumerate(left):
            amount = p.amount if hasattr(p, "amount") else p.get("amount")
            qty = p.quantity if hasattr(p, "quantity") else p.get("quantity")
            if amount is None or t["amount"] is None or Decimal(amount) != Decimal(t["amount"]):
                continue
            if qty is not None and t.get("quantity") is not None and Decimal(qty) != Decimal(t["quantity"]):
                continue
            matched += 1
            del left[i]
            break
    return matched, max(len(truth), len(predicted))


# --------------------------------------------------------------------------- sources


def synthetic_docs(n: int, seed: int) -> list[tuple[str, bytes, dict]]:
    from evals.corpus import generate

    return [(doc.name, doc.pdf, doc.truth) for doc in generate(n, seed=seed)]


def shared_docs() -> list[tuple[str, bytes, dict]]:
    if not SHARED.is_dir():
        return []
    out = []
    for path in sorted(SHARED.glob("*.pdf")):
        data = path.read_bytes()
        xml = embedded_xml_bytes(data)
        if xml is None:
            continue
        out.append((path.name, data, xml_truth(xml)))
    return out


def run_source(source: str, docs: list[tuple[str, bytes, dict]], *, visual: bool = False,
               verbose: bool = False) -> dict[str, Any]:
    from countersign.extraction.hybrid import PrintedValues
    from countersign.extraction.pdf import read_pdf
    from countersign.tools.extract_invoice import extract_invoice

    records: list[dict] = []  # one per (doc, field) judged
    lines_matched = lines_total = 0
    timings: list[float] = []
    errors: list[str] = []
    for name, data, truth in docs:
        if visual:
            data = strip_embedded(data)
        start = time.perf_counter()
        try:
            result = extract_invoice(data)
        except Exception as exc:  # noqa: BLE001 - an eval counts failures, it does not stop
            errors.append(f"{name}: {exc}")
            continue
        timings.append((time.perf_counter() - start) * 1000)
        printed = PrintedValues(read_pdf(data, 200).pages) if visual else None
        for field in FIELDS + ("document_type",):
            if field not in truth:
                continue
            want = truth[field]
            if visual and (want is None or not printed.prints(field, want)):
                continue  # the page does not print it: nothing to read
            got = result.value(field)
            if field == "document_type" and got is None:
                got = "invoice"
            ok = correct(field, got, want)
            records.append({"doc": name, "field": field, "ok": ok, "want": want, "got": got,
                            "confidence": result.confidence(field) if got is not None else 0.0,
                            "reported": got is not None})
            if verbose and not ok:
                print(f"  MISS {source} {name.removesuffix('.pdf')[-70:]} {field}: got {got!r} "
                      f"({result.confidence(field):.2f}) want {want!r}")
        truth_lines = truth.get("line_items") or []
        if truth_lines and not (visual and source == "einvoice_visual" and not truth_lines):
            m, t = line_accuracy(result.line_items, truth_lines)
            lines_matched += m
            lines_total += t
    return {"source": source, "docs": len(docs), "records": records, "timings": timings,
            "lines": (lines_matched, lines_total), "errors": errors}


def summarize(run: dict[str, Any]) -> dict[str, Any]:
    recs = [r for r in run["records"] if r["field"] in FIELDS]
    per_field = {}
    for field in FIELDS + ("document_type",):
        rs = [r for r in run["records"] if r["field"] == field]
        per_field[field] = (sum(r["ok"] for r in rs), len(rs))
    key = [r for r in recs if r["field"] in KEY_FIELDS]
    high = [r for r in recs if r["reported"] and r["confidence"] >= 0.9]
    low = [r for r in recs if r["reported"] and r["confidence"] < 0.9]
    m, t = run["lines"]
    return {
        "docs": run["docs"],
        "errors": run["errors"],
        "per_field": per_field,
        "overall": _ratio(sum(r["ok"] for r in recs), len(recs)),
        "key": _ratio(sum(r["ok"] for r in key), len(key)),
        "high": (sum(r["ok"] for r in high), len(high)),
        "low": (sum(r["ok"] for r in low), len(low)),
        "lines": _ratio(m, t),
        "median_ms": round(statistics.median(run["timings"]), 2) if run["timings"] else None,
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _pct(pair: tuple[int, int] | float | None) -> str:
    if pair is None:
        return "-"
    if isinstance(pair, tuple):
        a, b = pair
        return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "-"
    return f"{100 * pair:5.1f}%"


def _print_table(summaries: dict[str, dict[str, Any]], shared: list[tuple[str, bytes, dict]]) -> None:
    """Per field and overall, one column per source; then the shared samples and any errors."""
    names = list(summaries)
    print("field".ljust(16) + "".join(n.rjust(24) for n in names))
    for field in FIELDS + ("document_type",):
        print(field.ljust(16) + "".join(_pct(summaries[n]["per_field"][field]).rjust(24)
                                        for n in names))
    for label, key in (("all fields", "overall"), ("key fields", "key"), ("line items", "lines")):
        print(label.ljust(16) + "".join(_pct(summaries[n][key]).rjust(24) for n in names))
    print("conf >= 0.9".ljust(16) + "".join(_pct(summaries[n]["high"]).rjust(24) for n in names))
    print("conf < 0.9".ljust(16) + "".join(_pct(summaries[n]["low"]).rjust(24) for n in names))
    print("ms per doc".ljust(16) + "".join(str(summaries[n]["median_ms"]).rjust(24) for n in names))
    print("documents".ljust(16) + "".join(str(summaries[n]["docs"]).rjust(24) for n in names))
    if shared:
        distinct = {(_compact(t["invoice_number"] or ""), t["total"]) for _, _, t in shared}
        print(f"shared samples: {len(shared)} files, {len(distinct)} distinct invoices")
    for n in names:
        for err in summaries[n]["errors"]:
            print(f"error {n}: {err}")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m evals.extraction",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="synthetic documents (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true", help="print every wrong field")
    parser.add_argument("--only", choices=["synthetic", "einvoice_xml", "einvoice_visual"])
    args = parser.parse_args(argv)

    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.tools.extract_invoice import extract_invoice

    extract_invoice(render_invoice(load_demo_specs()[0]))  # warm-up
    shared = shared_docs()
    runs = []
    if args.only in (None, "synthetic") and args.n > 0:
        runs.append(run_source("synthetic", synthetic_docs(args.n, args.seed), verbose=args.verbose))
    if shared and args.only in (None, "einvoice_xml"):
        runs.append(run_source("einvoice_xml", shared, verbose=args.verbose))
    if shared and args.only in (None, "einvoice_visual"):
        runs.append(run_source("einvoice_visual", shared, visual=True, verbose=args.verbose))
    summaries = {run["source"]: summarize(run) for run in runs}
    _print_table(summaries, shared)

    all_runs = [r for r in runs]
    recs = [r for run in all_runs for r in run["records"] if r["field"] in FIELDS]
    key = [r for r in recs if r["field"] in KEY_FIELDS]
    high = [r for r in recs if r["reported"] and r["confidence"] >= 0.9]
    low = [r for r in recs if r["reported"] and r["confidence"] < 0.9]
    timings = [t for run in all_runs for t in run["timings"]]
    lines_m = sum(run["lines"][0] for run in all_runs)
    lines_t = sum(run["lines"][1] for run in all_runs)
    headline: dict[str, Any] = {
        "overall_field_accuracy": _ratio(sum(r["ok"] for r in recs), len(recs)),
        "key_field_accuracy": _ratio(sum(r["ok"] for r in key), len(key)),
        "calibrated_accuracy_at_0.9": _ratio(sum(r["ok"] for r in high), len(high)),
        "accuracy_below_0.9": _ratio(sum(r["ok"] for r in low), len(low)),
        "share_reported_at_0.9": _ratio(len(high), len(high) + len(low)),
        "line_item_accuracy": _ratio(lines_m, lines_t),
        "median_ms_per_doc": round(statistics.median(timings), 2) if timings else None,
    }
    for n, s in summaries.items():
        headline[f"{n}_field_accuracy"] = s["overall"]
        headline[f"{n}_key_field_accuracy"] = s["key"]
        headline[f"{n}_calibrated_accuracy_at_0.9"] = _ratio(*s["high"])
        headline[f"{n}_line_item_accuracy"] = s["lines"]
        headline[f"{n}_median_ms_per_doc"] = s["median_ms"]
        if n == "einvoice_visual":
            for field in KEY_FIELDS:
                headline[f"{n}_{field}_accuracy"] = _ratio(*s["per_field"][field])
    REPORTS.mkdir(exist_ok=True)
    report = {"headline": headline,
              "sources": {n: {k: v for k, v in s.items()} for n, s in summaries.items()},
              "misses": [r for run in all_runs for r in run["records"] if not r["ok"]]}
    (REPORTS / "extraction.json").write_text(json.dumps(report, indent=2, default=str))
    for k, v in headline.items():
        print(f"{k}={v}")
    return headline


if __name__ == "__main__":
    main()
