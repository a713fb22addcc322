"""Extraction accuracy, tuned-on and unseen: `python -m evals.extraction [--n N] [--per-family N]
[--seed S] [--only SOURCE] [--verbose]`.

Sources, each tagged in-sample (the reader's rules were written looking at it) or held-out
(never looked at while writing them; its score is read, its documents are not):
- `synthetic` (in-sample): N documents of the classic generator (evals.corpus);
- `families_dev` (in-sample): the development layout families of evals.corpus_families;
- `families_sealed` (held-out): the sealed families, which also print held-back wordings; a
  sealed family a rule was written for with its layout in mind moves to in-sample (`LOOKED_AT`);
  the weak-layout families (`evals.corpus.UNSEEN`: receipt, sidebar, prose, written from the
  issue's list before the fallbacks for them, their per-field scores read while developing,
  never their documents; billing and letterhead, written after the fallbacks and scored once)
  are held out the same way;
- `einvoice_xml`, `einvoice_visual` (in-sample): ../shared/datasets/einvoices, read from the
  embedded XML, then with the embedded files removed so only the printed page counts (truth
  from the XML; values the page does not print are skipped);
- `ferd24_xml`, `ferd24_visual` (held-out): ../shared/datasets/einvoices-ferd24, the same way.

Prints the fields per source, the layout families one by one, calibration by confidence band
(in-sample against held-out), and line items (read, matched, precision, recall); then
`key=value` lines. Writes JSON to evals/reports/extraction.json. Truth and scoring rules are in
evals.extraction_truth.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from evals.extraction_truth import (
    FIELDS,
    KEY_FIELDS,
    _compact,
    correct,
    embedded_xml_bytes,
    line_accuracy,
    matched_lines,
    strip_embedded,
    xml_truth,
)

__all__ = ["FIELDS", "KEY_FIELDS", "correct", "embedded_xml_bytes", "line_accuracy", "main",
           "strip_embedded", "xml_truth"]

REPORTS = Path(__file__).parent / "reports"
DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
SHARED = DATASETS / "einvoices"
SETS = {"einvoice": SHARED, "ferd24": DATASETS / "einvoices-ferd24"}
HELD_OUT = {"synthetic": False, "families_dev": False, "families_sealed": True, "einvoice_xml": False,
            "einvoice_visual": False, "ferd24_xml": True, "ferd24_visual": True}
SOURCES = tuple(HELD_OUT)
# What development saw of a held-out real set, and what that makes in-sample.
SEEN = {"ferd24": "its field misses were listed once before this work began: the tax field ('3.800' read as "
                  "3800) and the vendor tax id's confidence in the XML were fixed from that list; its line "
                  "items are in-sample (one file's table header was looked at: quantity and price swapped)"}
# Sealed families that development nevertheless had in mind, and why: they count as in-sample.
LOOKED_AT = {"inline": "labels after a separator inside a segment were written knowing it prints its tax id so",
             "letter": "the window-address reading was developed on the erp family, added knowing letter's vendor "
                       "tax id was weak and sharing its DIN 5008 address window (letter held out before: 91.7%)",
             "letterhead": "scored once after the issue-12 fallbacks (87.3%, 79.3% before them); its low vendor-name "
                           "score was read, and a letterhead over a company name printed lower down then preferred"}
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))

Doc = tuple[str, bytes, dict]

# --------------------------------------------------------------------------- sources


def synthetic_docs(n: int, seed: int, families: tuple[str, ...] = ("classic",)) -> list[Doc]:
    from evals.corpus import generate

    return [(doc.name, doc.pdf, doc.truth) for doc in generate(n, seed=seed, families=families)]


def shared_docs(folder: Path = SHARED) -> list[Doc]:
    """The PDFs of a shared set that carry an embedded CII XML, with that XML's truth."""
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.pdf")):
        data = path.read_bytes()
        xml = embedded_xml_bytes(data)
        if xml is None:
            continue
        out.append((path.name, data, xml_truth(xml)))
    return out


def run_source(source: str, docs: list[Doc], *, visual: bool = False, verbose: bool = False) -> dict[str, Any]:
    """Every document read once: per document its judged fields, its line items and its time."""
    from countersign.tools.extract_invoice import extract_invoice

    out: list[dict[str, Any]] = []
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
        ms = (time.perf_counter() - start) * 1000
        records = _judge(source, name, data, truth, result, visual=visual, verbose=verbose)
        truth_lines = truth.get("line_items") or []
        hits = matched_lines(result.line_items, truth_lines) if truth_lines else set()
        out.append({"doc": name, "family": truth.get("family"), "ms": ms, "records": records,
                    "lines": {"truth": len(truth_lines), "read": len(result.line_items) if truth_lines else 0,
                              "matched": len(hits),
                              "high": sum(1 for ln in result.line_items if ln.confidence >= 0.9) if truth_lines else 0,
                              "high_ok": sum(1 for i in hits if result.line_items[i].confidence >= 0.9)}})
    return {"source": source, "docs": out, "errors": errors, "count": len(docs)}


def _judge(source: str, name: str, data: bytes, truth: dict, result, *, visual: bool,
           verbose: bool) -> list[dict[str, Any]]:
    """One record per field judged: skipped on the printed page when the page does not print it."""
    from countersign.extraction.hybrid import PrintedValues
    from countersign.extraction.pdf import read_pdf

    printed = PrintedValues(read_pdf(data, 200).pages) if visual else None
    records = []
    for field in FIELDS + ("document_type",):
        if field not in truth:
            continue
        want = truth[field]
        if printed is not None and (want is None or not printed.prints(field, want)):
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
    return records


# --------------------------------------------------------------------------- summaries


def summarize(docs: list[dict[str, Any]], count: int | None = None, errors: list[str] | None = None) -> dict[str, Any]:
    """Field accuracy (per field, all, key fields), calibration, line items and time of some
    documents' readings."""
    records = [r for d in docs for r in d["records"]]
    recs = [r for r in records if r["field"] in FIELDS]
    per_field = {}
    for field in FIELDS + ("document_type",):
        rs = [r for r in records if r["field"] == field]
        per_field[field] = (sum(r["ok"] for r in rs), len(rs))
    key = [r for r in recs if r["field"] in KEY_FIELDS]
    high = [r for r in recs if r["reported"] and r["confidence"] >= 0.9]
    low = [r for r in recs if r["reported"] and r["confidence"] < 0.9]
    lines = {k: sum(d["lines"][k] for d in docs) for k in ("truth", "read", "matched", "high", "high_ok")}
    out_of = sum(max(d["lines"]["truth"], d["lines"]["read"]) for d in docs if d["lines"]["truth"])
    timings = [d["ms"] for d in docs]
    return {
        "docs": count if count is not None else len(docs),
        "errors": errors or [],
        "per_field": per_field,
        "overall": _ratio(sum(r["ok"] for r in recs), len(recs)),
        "key": _ratio(sum(r["ok"] for r in key), len(key)),
        "high": (sum(r["ok"] for r in high), len(high)),
        "low": (sum(r["ok"] for r in low), len(low)),
        "coverage": _ratio(len(high), len(recs)),
        "bands": _bands(recs),
        "lines": _ratio(lines["matched"], out_of),
        "line_counts": lines,
        "median_ms": round(statistics.median(timings), 2) if timings else None,
    }


def _bands(recs: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(right, reported) per confidence band."""
    out = []
    for lo, hi in BANDS:
        rs = [r for r in recs if r["reported"] and lo <= r["confidence"] < hi]
        out.append((sum(r["ok"] for r in rs), len(rs)))
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _pct(pair: tuple[int, int] | float | None) -> str:
    if pair is None:
        return "-"
    if isinstance(pair, tuple):
        a, b = pair
        return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "-"
    return f"{100 * pair:5.1f}%"


# --------------------------------------------------------------------------- tables


def _print_table(summaries: dict[str, dict[str, Any]], distinct: dict[str, tuple[int, int]]) -> None:
    """Per field and overall, one column per source; then the shared sets' sizes and any errors."""
    names = list(summaries)
    width = 22

    def row(label: str, cells: list[str]) -> None:
        print(label.ljust(16) + "".join(c.rjust(width) for c in cells))

    row("source", names)
    row("", ["held-out" if HELD_OUT[n] else "in-sample" for n in names])
    for field in FIELDS + ("document_type",):
        row(field, [_pct(summaries[n]["per_field"][field]) for n in names])
    for label, key in (("all fields", "overall"), ("key fields", "key"), ("line items", "lines")):
        row(label, [_pct(summaries[n][key]) for n in names])
    row("conf >= 0.9", [_pct(summaries[n]["high"]) for n in names])
    row("conf < 0.9", [_pct(summaries[n]["low"]) for n in names])
    row("share >= 0.9", [_pct(summaries[n]["coverage"]) for n in names])
    row("ms per doc", [str(summaries[n]["median_ms"]) for n in names])
    row("documents", [str(summaries[n]["docs"]) for n in names])
    for name, (files, invoices) in distinct.items():
        print(f"shared set {name}: {files} files, {invoices} distinct invoices (by number and total)")
        if name in SEEN:
            print(f"  seen: {SEEN[name]}")
    for n in names:
        for err in summaries[n]["errors"]:
            print(f"error {n}: {err}")


def _print_families(families: dict[str, dict[str, Any]], sealed: set[str]) -> None:
    print("\nlayout families (synthetic): one row each; held-out = sealed, never developed on")
    print("family".ljust(13) + "set".ljust(11) + "docs".rjust(5) + "all fields".rjust(12) + "key".rjust(9)
          + "lines".rjust(9) + "conf>=0.9".rjust(20) + "  weakest field")
    for name, s in families.items():
        weakest = min(((f, a / b) for f, (a, b) in s["per_field"].items() if b), key=lambda x: x[1],
                      default=("-", 1.0))
        tag = "held-out" if name in sealed else "in-sample*" if name in LOOKED_AT else "in-sample"
        print(name.ljust(13) + tag.ljust(11) + str(s["docs"]).rjust(5) + _pct(s["overall"]).rjust(12)
              + _pct(s["key"]).rjust(9) + _pct(s["lines"]).rjust(9) + _pct(s["high"]).rjust(20)
              + f"  {weakest[0]} {100 * weakest[1]:.0f}%")
    for name, why in LOOKED_AT.items():
        print(f"* {name}: sealed by the draw, counted in-sample: {why}")


def _print_calibration(groups: dict[str, dict[str, Any]]) -> None:
    print("\ncalibration: right / reported per confidence band (fields with a value)")
    print("band".ljust(13) + "".join(g.rjust(24) for g in groups))
    for i, (lo, hi) in enumerate(BANDS):
        label = f"[{lo:.2f}, {min(hi, 1.0):.2f}" + ("]" if hi > 1 else ")")
        print(label.ljust(13) + "".join(_pct(s["bands"][i]).rjust(24) for s in groups.values()))


def _print_lines(summaries: dict[str, dict[str, Any]]) -> None:
    print("\nline items: truth lines, lines read, matched (amount and quantity), precision, recall,"
          " and how often a line read at >= 0.9 is right")
    print("source".ljust(18) + "truth".rjust(7) + "read".rjust(7) + "matched".rjust(9) + "precision".rjust(11)
          + "recall".rjust(9) + "conf >= 0.9".rjust(22))
    for name, s in summaries.items():
        c = s["line_counts"]
        print(name.ljust(18) + str(c["truth"]).rjust(7) + str(c["read"]).rjust(7) + str(c["matched"]).rjust(9)
              + _pct(_ratio(c["matched"], c["read"])).rjust(11) + _pct(_ratio(c["matched"], c["truth"])).rjust(9)
              + _pct((c["high_ok"], c["high"])).rjust(22))


# --------------------------------------------------------------------------- main


def collect(args: argparse.Namespace) -> tuple[dict[str, dict], dict[str, tuple[int, int]]]:
    """Every source asked for, read: source -> run (see `run_source`); and each shared set's
    (files, distinct invoices)."""
    from evals.corpus import DEV_FAMILIES, SEALED_FAMILIES

    runs: dict[str, dict] = {}
    wanted = lambda s: args.only in (None, s)  # noqa: E731
    if wanted("synthetic") and args.n > 0:
        runs["synthetic"] = run_source("synthetic", synthetic_docs(args.n, args.seed), verbose=args.verbose)
    held_out = tuple(f for f in SEALED_FAMILIES if f not in LOOKED_AT)
    for source, fams in (("families_dev", DEV_FAMILIES + tuple(LOOKED_AT)), ("families_sealed", held_out)):
        fams = tuple(f for f in fams if f != "classic")
        if wanted(source) and args.per_family > 0:
            docs = synthetic_docs(args.per_family * len(fams), args.seed, fams)
            runs[source] = run_source(source, docs, verbose=args.verbose and source != "families_sealed")
    distinct = {}
    for name, folder in SETS.items():
        docs = shared_docs(folder)
        if not docs:
            continue
        distinct[name] = (len(docs), len({(_compact(t["invoice_number"] or ""), t["total"]) for _, _, t in docs}))
        for suffix, visual in (("xml", False), ("visual", True)):
            source = f"{name}_{suffix}"
            if wanted(source):
                runs[source] = run_source(source, docs, visual=visual,
                                          verbose=args.verbose and not HELD_OUT[source])
    return runs, distinct


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m evals.extraction", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="classic synthetic documents (default 200)")
    parser.add_argument("--per-family", type=int, default=30, help="documents per layout family (default 30)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true", help="print every wrong field (not of held-out sources)")
    parser.add_argument("--only", choices=SOURCES)
    args = parser.parse_args(argv)

    from countersign.app.samples import load_demo_specs, render_invoice
    from countersign.tools.extract_invoice import extract_invoice
    from evals.corpus import SEALED_FAMILIES

    held_out = set(SEALED_FAMILIES) - set(LOOKED_AT)
    extract_invoice(render_invoice(load_demo_specs()[0]))  # warm-up
    runs, distinct = collect(args)
    summaries = {n: summarize(r["docs"], r["count"], r["errors"]) for n, r in runs.items()}
    _print_table(summaries, distinct)
    family_docs: dict[str, list[dict]] = {}
    for n in ("synthetic", "families_dev", "families_sealed"):
        for d in runs.get(n, {}).get("docs", []):
            family_docs.setdefault(d["family"], []).append(d)
    families = {f: summarize(ds) for f, ds in family_docs.items()}
    if families:
        _print_families(families, held_out)
    docs_by_tag = {tag: [d for n, r in runs.items() if HELD_OUT[n] == held for d in r["docs"]]
                   for tag, held in (("in-sample", False), ("held-out", True))}
    groups = {tag: summarize(ds) for tag, ds in docs_by_tag.items() if ds}
    _print_calibration(groups | {n: summaries[n] for n in summaries if HELD_OUT[n]})
    _print_lines(summaries)
    headline = _headline(summaries, groups, [d for r in runs.values() for d in r["docs"]])
    REPORTS.mkdir(exist_ok=True)
    report = {"headline": headline, "sources": summaries, "families": families,
              "misses": [r for n, run in runs.items() if not HELD_OUT[n] for d in run["docs"]
                         for r in d["records"] if not r["ok"]]}
    (REPORTS / "extraction.json").write_text(json.dumps(report, indent=2, default=str))
    for k, v in headline.items():
        print(f"{k}={v}")
    return headline


def _headline(summaries: dict[str, dict], groups: dict[str, dict], docs: list[dict]) -> dict[str, Any]:
    """The key=value figures: everything, in-sample and held-out, then per source."""
    every = summarize(docs)
    headline: dict[str, Any] = {
        "overall_field_accuracy": every["overall"],
        "key_field_accuracy": every["key"],
        "calibrated_accuracy_at_0.9": _ratio(*every["high"]),
        "accuracy_below_0.9": _ratio(*every["low"]),
        "share_reported_at_0.9": _ratio(every["high"][1], every["high"][1] + every["low"][1]),
        "line_item_accuracy": every["lines"],
        "median_ms_per_doc": every["median_ms"],
    }
    for tag, s in groups.items():
        key = tag.replace("-", "_")
        headline[f"{key}_field_accuracy"] = s["overall"]
        headline[f"{key}_key_field_accuracy"] = s["key"]
        headline[f"{key}_calibrated_accuracy_at_0.9"] = _ratio(*s["high"])
        headline[f"{key}_line_item_accuracy"] = s["lines"]
    for n, s in summaries.items():
        headline[f"{n}_field_accuracy"] = s["overall"]
        headline[f"{n}_key_field_accuracy"] = s["key"]
        headline[f"{n}_calibrated_accuracy_at_0.9"] = _ratio(*s["high"])
        headline[f"{n}_line_item_accuracy"] = s["lines"]
        headline[f"{n}_median_ms_per_doc"] = s["median_ms"]
        if n == "einvoice_visual":
            for field in KEY_FIELDS:
                headline[f"{n}_{field}_accuracy"] = _ratio(*s["per_field"][field])
    return headline


if __name__ == "__main__":
    main()
