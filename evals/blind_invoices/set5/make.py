#!/usr/bin/env python3
"""Blind invoice test set #5: 15 layout styles x 4 documents, seeded.

Usage (from the repo root):
    .venv/bin/python evals/blind_invoices/set5/make.py            # generate out/ and self-check
    .venv/bin/python evals/blind_invoices/set5/make.py --only 05  # one style (prefix of style number)
    .venv/bin/python evals/blind_invoices/set5/make.py --verify   # only self-check existing out/
"""

import glob
import json
import os
import random
import re
import sys
import time
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import styles_fpdf  # noqa: E402
import styles_html_a  # noqa: E402
import styles_html_b  # noqa: E402
from common import OUT, ch, de, en, render_html, sp, spd, write_truth  # noqa: E402

SEED = 20261204
STYLES = sorted(styles_html_a.STYLES + styles_html_b.STYLES + styles_fpdf.STYLES)
CHECKS = os.path.join(os.path.dirname(OUT), "checks")


def _norm(s):
    for c in ("\u00a0", "\u202f", "\u2009", "\u200f", "\u200e"):
        s = s.replace(c, " ")
    s = s.replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).strip()


def amount_forms(a):
    m = abs(D(a))
    fs = set()
    for f in (en, de, sp, spd, ch):
        fs.add(f(m))
        if m == m.to_integral_value():
            fs.add(f(m, 0))
        if m * 10 == (m * 10).to_integral_value():
            fs.add(f(m, 1))
    return fs


def _found(value, ntext, extra=()):
    return any(f.replace(" ", "") in ntext for f in amount_forms(value) | set(extra))


def _load_checks(name):
    """checks/<id>.json: a list of printed strings, or a dict with 'printed' plus optional 'tax_parts' (the tax printed
    only as its parts), 'total_adjustment' (a printed row between subtotal + tax and total) and 'line_adjustment' (a
    printed amount outside the line table that belongs to the subtotal, e.g. an Italian cassa previdenziale)."""
    chk = json.load(open(os.path.join(CHECKS, name + ".json"), encoding="utf-8"))
    if isinstance(chk, list):
        return chk, None, D(0), D(0)
    return (
        chk["printed"],
        chk.get("tax_parts"),
        D(chk.get("total_adjustment", "0")),
        D(chk.get("line_adjustment", "0")),
    )


def _amount_problems(t, ntext, parts):
    problems = []
    keys = [("subtotal", t["subtotal"]), ("total", t["total"])]
    if parts and len(parts) > 1:  # tax printed as its parts only; the parts must be there and add up
        keys += [(f"tax part {k}", p) for k, p in enumerate(parts)]
        if sum(D(p) for p in parts) != D(t["tax"]):
            problems.append("tax parts do not add up")
    else:
        keys.append(("tax", t["tax"]))
    keys += [(f"li{k}", x["amount"]) for k, x in enumerate(t["line_items"])]
    problems += [f"amount {k}={v} not found" for k, v in keys if v is not None and not _found(v, ntext)]
    problems += [
        f"qty li{k}={x['quantity']} not found"
        for k, x in enumerate(t["line_items"])
        if x["quantity"] is not None and not _found(x["quantity"], ntext, {x["quantity"]})
    ]
    return problems


def _sum_problems(t, adj, line_adj):
    problems = []
    if t["subtotal"] is not None and t["tax"] is not None and D(t["subtotal"]) + D(t["tax"]) + adj != D(t["total"]):
        problems.append("subtotal + tax != total")
    li_sum = sum(D(x["amount"]) for x in t["line_items"]) + line_adj
    ok_sums = {D(t["subtotal"] or 0), D(t["total"])}
    if t["tax"] is not None:
        ok_sums.add(D(t["total"]) - D(t["tax"]) - adj)
    if li_sum not in ok_sums:
        problems.append(f"line sum {li_sum} matches neither subtotal nor total")
    return problems


def _field_problems(t, text):
    problems = [
        f"{k} {t[k]!r} not in text"
        for k in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number")
        if t[k] and _norm(t[k]) not in text
    ]
    problems += [
        k + " format" for k in ("invoice_date", "due_date") if t[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", t[k])
    ]
    if t["due_date"] and t["invoice_date"] and t["due_date"] < t["invoice_date"]:
        problems.append("due before invoice date")
    problems += [
        k + " null"
        for k in ("invoice_number", "vendor_name", "invoice_date", "currency", "total", "style", "producer")
        if t[k] is None
    ]
    return problems


def verify(names=None):
    """Reads only the PDFs' text (pymupdf) and the truth: every truth amount, id and date is printed, the sums agree."""
    import pymupdf

    bad = n = 0
    for jf in sorted(glob.glob(os.path.join(OUT, "*.json"))):
        name = os.path.basename(jf)[:-5]
        if names and name not in names:
            continue
        n += 1
        t = json.load(open(jf, encoding="utf-8"))
        doc = pymupdf.open(jf[:-5] + ".pdf")
        text = _norm(" ".join(p.get_text() for p in doc))
        printed, parts, adj, line_adj = _load_checks(name)
        problems = [f"missing {c!r}" for c in printed if _norm(c) not in text]
        problems += _amount_problems(t, text.replace(" ", ""), parts)
        problems += _sum_problems(t, adj, line_adj)
        problems += _field_problems(t, text)
        status = "OK" if not problems else "PROBLEMS: " + "; ".join(problems)
        print(f"{name:44s} pages={doc.page_count} chars={len(text):5d} {status}")
        bad += bool(problems)
    print(f"{n} docs, {bad} with problems")
    return bad


def main():
    args = sys.argv[1:]
    if "--verify" in args:
        sys.exit(1 if verify() else 0)
    only = args[args.index("--only") + 1] if "--only" in args else None
    t0 = time.time()
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(CHECKS, exist_ok=True)
    made = []
    for no, sname, fn, producer in STYLES:
        if only and not no.startswith(only):
            continue
        for i in range(4):
            rng = random.Random(f"{SEED}-{sname}-{i}")
            truth, checks, render = fn(rng, i)
            name = f"s{no}_{sname}_{i + 1}"
            truth["style"] = sname
            truth["producer"] = producer
            if producer == "fpdf2":
                render(os.path.join(OUT, name + ".pdf"))
            else:
                render_html(render[0], render[1], name)  # one chromium at a time
            write_truth(name, truth)
            if isinstance(checks, dict):
                checks = {**checks, "printed": [c for c in checks["printed"] if c]}
            else:
                checks = [c for c in checks if c]
            with open(os.path.join(CHECKS, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(checks, f, ensure_ascii=False, indent=0)
            made.append(name)
    print(f"generated {len(made)} documents in {time.time() - t0:.1f}s", flush=True)
    sys.exit(1 if verify(set(made)) else 0)


if __name__ == "__main__":
    main()
