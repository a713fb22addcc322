"""Calibration under stress, on development documents only: `python -m evals.extraction_stress`.

Each line of each page is dropped in turn (a logo for a letterhead, a label the lexicon lacks, a
row lost to a page break) and the page read again. A value read at >= 0.9 must still be right;
fields whose true value the page no longer prints are skipped. Documents: the blind sets'
development styles, the development layout families (4 each, seed 7), 20 classic synthetic ones
and the distinct shared e-invoices' printed pages. Held-out documents are never read here.
Prints the wrong values at >= 0.9 per field and source, then `key=value` lines.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

from countersign.extraction.hybrid import PrintedValues
from countersign.extraction.layout import PageLayout, group_lines
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import read_page
from evals import blind
from evals.extraction import LOOKED_AT, SHARED, shared_docs, synthetic_docs
from evals.extraction_truth import FIELDS, correct, strip_embedded


def dev_documents() -> Iterator[tuple[str, str, bytes, dict]]:
    from evals.corpus import DEV_FAMILIES

    for name in ("set1", "set2", "set3"):
        for doc, data, truth in blind.documents(name, "dev"):
            yield name, doc, data, truth
    fams = tuple(f for f in DEV_FAMILIES + tuple(LOOKED_AT) if f != "classic")
    for source, docs in (("families_dev", synthetic_docs(4 * len(fams), 7, fams)),
                         ("synthetic", synthetic_docs(20, 11))):
        for doc, data, truth in docs:
            yield source, doc, data, truth
    seen = set()
    for doc, data, truth in shared_docs(SHARED):
        key = (truth.get("invoice_number"), truth.get("total"))
        if key not in seen:
            seen.add(key)
            yield "einvoice_visual", doc, strip_embedded(data), truth


def without_line(pages: list[PageLayout], page: int, index: int) -> list[PageLayout]:
    """The pages with one line's words removed, regrouped into lines."""
    out = []
    for p in pages:
        words = [w for ln in p.lines for w in ln.words if (p.number, ln.index) != (page, index)]
        out.append(PageLayout(p.number, p.width, p.height, group_lines(p.number, words)))
    return out


def stress(verbose: bool, max_lines: int) -> tuple[Counter, Counter]:
    """(values read at >= 0.9, the wrong ones among them), by (source, field)."""
    high, wrong = Counter(), Counter()
    for source, doc, data, truth in dev_documents():
        pages = read_pdf(data, 50).pages
        before = PrintedValues(pages)
        for page, index in [(p.number, ln.index) for p in pages for ln in p.lines][:max_lines]:
            stressed = without_line(pages, page, index)
            after, result = PrintedValues(stressed), read_page(stressed)
            for field in (f for f in FIELDS if f in truth):
                want, got = truth[field], result.value(field)
                printed = want is not None and before.prints(field, want)
                if (source == "einvoice_visual" and not printed) or (printed and not after.prints(field, want)):
                    continue  # not printed, or the dropped line carried it
                if got is None or result.confidence(field) < 0.9:
                    continue
                high[(source, field)] += 1
                if not correct(field, got, want):
                    wrong[(source, field)] += 1
                    if verbose:
                        print(f"  WRONG {source} {doc} line {page}.{index} {field}: {got!r} want {want!r}")
    return high, wrong


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(prog="python -m evals.extraction_stress",
                                     description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--max-lines", type=int, default=80, help="lines dropped per document, from the top")
    parser.add_argument("--verbose", action="store_true", help="print each wrong value at >= 0.9")
    args = parser.parse_args(argv)
    high, wrong = stress(args.verbose, args.max_lines)
    for field in FIELDS:
        n, bad = sum(v for (_, f), v in high.items() if f == field), sum(v for (_, f), v in wrong.items() if f == field)
        if n:
            print(f"{field:<16} {bad:>4} wrong of {n:>6} at >= 0.9")
    for (source, field), bad in sorted(wrong.items()):
        print(f"  {source:<16} {field:<16} {bad}")
    total, bad = sum(high.values()), sum(wrong.values())
    summary = {"values_at_0.9": total, "wrong_at_0.9": bad,
               "calibrated_accuracy_at_0.9": round(1 - bad / max(total, 1), 4)}
    for key, value in summary.items():
        print(f"{key}={value}")
    return summary


if __name__ == "__main__":
    main()
