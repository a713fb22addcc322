#!/usr/bin/env python3
"""Blind invoice test set #4: 15 layout styles x 4 documents, seeded.

Usage (from the repo root):
    .venv/bin/python evals/blind_invoices/set4/make.py            # generate out/ and self-check
    .venv/bin/python evals/blind_invoices/set4/make.py --only 05  # one style (prefix of style number)
    .venv/bin/python evals/blind_invoices/set4/make.py --verify   # only self-check existing out/
"""
import glob
import json
import os
import random
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import OUT, en, de, sp, spd, ch, render_html, write_truth  # noqa: E402
import styles_html  # noqa: E402
import styles_fpdf  # noqa: E402

SEED = 20261203
STYLES = sorted(styles_html.STYLES + styles_fpdf.STYLES)


def _norm(s):
    for c in ("\u00a0", "\u202f", "\u2009", "\u2212"):
        s = s.replace(c, " " if c != "\u2212" else "-")
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


def verify(names=None):
    import pymupdf
    bad = 0
    files = sorted(glob.glob(os.path.join(OUT, "*.json")))
    for jf in files:
        name = os.path.basename(jf)[:-5]
        if names and name not in names:
            continue
        t = json.load(open(jf, encoding="utf-8"))
        doc = pymupdf.open(jf[:-5] + ".pdf")
        text = _norm(" ".join(p.get_text() for p in doc))
        ntext = text.replace(" ", "")
        problems = []
        chk = json.load(open(os.path.join(OUT, "..", "checks", name + ".json"), encoding="utf-8"))
        adj = D(0)
        if isinstance(chk, dict):
            adj = D(chk.get("total_adjustment", "0"))
            parts = chk.get("tax_parts")
            chk = chk["printed"]
        else:
            parts = None
        for c in chk:
            if _norm(c) not in text:
                problems.append(f"missing {c!r}")
        keys = [("subtotal", t["subtotal"]), ("total", t["total"])]
        if parts:   # tax printed as its parts only (e.g. GST + QST); the parts must be there and add up
            keys += [(f"tax part {k}", p) for k, p in enumerate(parts)]
            if sum(D(p) for p in parts) != D(t["tax"]):
                problems.append("tax parts do not add up")
        else:
            keys.append(("tax", t["tax"]))
        keys += [(f"li{k}", x["amount"]) for k, x in enumerate(t["line_items"])]
        for k, v in keys:
            if v is not None and not any(f.replace(" ", "") in ntext for f in amount_forms(v)):
                problems.append(f"amount {k}={v} not found")
        for k, x in enumerate(t["line_items"]):
            if x["quantity"] is not None and not any(f.replace(" ", "") in ntext for f in amount_forms(x["quantity"]) | {x["quantity"]}):
                problems.append(f"qty li{k}={x['quantity']} not found")
        for k in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number"):
            if t[k] and _norm(t[k]) not in text:
                problems.append(f"{k} {t[k]!r} not in text")
        if t["subtotal"] is not None and t["tax"] is not None and D(t["subtotal"]) + D(t["tax"]) + adj != D(t["total"]):
            problems.append("subtotal + tax != total")
        li_sum = sum(D(x["amount"]) for x in t["line_items"])
        if li_sum not in (D(t["subtotal"] or 0), D(t["total"])):
            problems.append(f"line sum {li_sum} matches neither subtotal nor total")
        for k in ("invoice_date", "due_date"):
            if t[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", t[k]):
                problems.append(k + " format")
        if t["due_date"] and t["invoice_date"] and t["due_date"] < t["invoice_date"]:
            problems.append("due before invoice date")
        for k in ("invoice_number", "vendor_name", "invoice_date", "currency", "total"):
            if t[k] is None:
                problems.append(k + " null")
        print(f"{name:40s} pages={doc.page_count} chars={len(text):5d} " + ("OK" if not problems else "PROBLEMS: " + "; ".join(problems)))
        bad += bool(problems)
    print(f"{len(files)} docs, {bad} with problems")
    return bad


def main():
    args = sys.argv[1:]
    if "--verify" in args:
        sys.exit(1 if verify() else 0)
    only = args[args.index("--only") + 1] if "--only" in args else None
    t0 = time.time()
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(os.path.join(OUT, "..", "checks"), exist_ok=True)
    made, html_jobs = [], []
    for no, sname, fn, producer in STYLES:
        if only and not no.startswith(only):
            continue
        for i in range(4):
            rng = random.Random(f"{SEED}-{no}-{i}")
            truth, checks, render = fn(rng, i)
            name = f"s{no}_{sname}_{i + 1}"
            truth["style"] = sname
            truth["producer"] = producer
            if producer == "fpdf2":
                render(os.path.join(OUT, name + ".pdf"))
            else:
                html_jobs.append((render[0], render[1], name))
            write_truth(name, truth)
            if isinstance(checks, dict):
                checks = {**checks, "printed": [c for c in checks["printed"] if c]}
            else:
                checks = [c for c in checks if c]
            with open(os.path.join(OUT, "..", "checks", name + ".json"), "w", encoding="utf-8") as f:
                json.dump(checks, f, ensure_ascii=False, indent=0)
            made.append(name)
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(lambda j: render_html(*j), html_jobs))
    print(f"generated {len(made)} documents in {time.time() - t0:.1f}s", flush=True)
    sys.exit(1 if verify(set(made)) else 0)


if __name__ == "__main__":
    main()
