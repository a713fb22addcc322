#!/usr/bin/env python
"""Blind invoice test-set generator: 18 layout styles x 4 seeded instances = 72 PDFs + truth JSON.

usage: python make.py [--seed N] [--only STYLE_NO] [--no-render]
Renders HTML with headless Chromium (one at a time), then verifies each PDF with pymupdf.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import q2  # noqa
from styles_a import s01_stripe, s02_cloud, s03_de_handwerker, s04_fr, s05_es, s06_nl  # noqa
from styles_b import s07_it, s08_pt, s09_pl, s10_in, s11_word, s12_receipt  # noqa
from styles_c import s13_kvbox, s14_twopage, s15_credit, s16_letter, s17_deposit, s18_ch  # noqa

STYLES = [
    ("01", "stripe_saas", s01_stripe), ("02", "cloud_statement", s02_cloud), ("03", "de_handwerker", s03_de_handwerker),
    ("04", "fr_facture", s04_fr), ("05", "es_factura", s05_es), ("06", "nl_factuur", s06_nl),
    ("07", "it_fattura", s07_it), ("08", "pt_fatura", s08_pt), ("09", "pl_faktura", s09_pl),
    ("10", "in_gst", s10_in), ("11", "word_processor", s11_word), ("12", "receipt", s12_receipt),
    ("13", "kv_box_footer_vendor", s13_kvbox), ("14", "two_page", s14_twopage), ("15", "credit_note", s15_credit),
    ("16", "letter", s16_letter), ("17", "discount_shipping_deposit", s17_deposit), ("18", "ch_rechnung", s18_ch),
]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
HTML = os.path.join(HERE, "html")
CHROME = "/usr/bin/chromium"


def render(html_path, pdf_path):
    cmd = [CHROME, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--print-to-pdf={pdf_path}", "file://" + html_path]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if not os.path.exists(pdf_path):
        raise RuntimeError(r.stderr.decode()[-2000:])


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s.replace("\u202f", " ").replace("\u00a0", " "))


def check_truth(t, chk):
    errs = []
    sub, tax, tot = D(t["subtotal"]), D(t["tax"]), D(t["total"])
    adj = chk.get("adj", D(0))
    if sub + tax + adj != tot:
        errs.append(f"sub+tax+adj {sub}+{tax}+{adj} != total {tot}")
    ls = sum(D(l["amount"]) for l in t["line_items"])
    mode = chk.get("lines_sum", "subtotal")
    if mode == "subtotal" and ls != sub:
        errs.append(f"sum(lines) {ls} != subtotal {sub}")
    if mode == "total" and ls != tot:
        errs.append(f"sum(lines) {ls} != total {tot}")
    if t["document_type"] == "credit_note" and tot >= 0:
        errs.append("credit note total not negative")
    for k in ("subtotal", "tax", "total"):
        if not re.fullmatch(r"-?\d+\.\d\d", t[k]):
            errs.append(f"bad format {k}")
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261014)
    ap.add_argument("--only", default=None)
    ap.add_argument("--no-render", action="store_true")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(HTML, exist_ok=True)
    import pymupdf
    manifest = {}
    problems = []
    for no, name, fn in STYLES:
        if a.only and no not in a.only.split(","):
            continue
        for i in range(4):
            rng = random.Random(f"{a.seed}-{no}-{i}")
            html, t, chk = fn(rng, i)
            assert t["style"] == name, (t["style"], name)
            base = f"{no}_{name}_{i+1}"
            hp = os.path.join(HTML, base + ".html")
            pp = os.path.join(OUT, base + ".pdf")
            jp = os.path.join(OUT, base + ".json")
            with open(hp, "w", encoding="utf-8") as f:
                f.write(html)
            with open(jp, "w", encoding="utf-8") as f:
                json.dump(t, f, ensure_ascii=False, indent=1)
            errs = check_truth(t, chk)
            if not a.no_render:
                if os.path.exists(pp):
                    os.remove(pp)
                render(hp, pp)
                doc = pymupdf.open(pp)
                txt = norm("".join(p.get_text() for p in doc))
                want_pages = chk.get("pages", 1)
                if len(doc) != want_pages:
                    errs.append(f"pages {len(doc)} != {want_pages}")
                if len(txt) < 200:
                    errs.append("little text")
                for s in chk.get("must", []):
                    if norm(s) not in txt:
                        errs.append(f"missing text {s!r}")
            manifest[base] = {"errors": errs, "check": {k: str(v) for k, v in chk.items()}}
            print(base, "OK" if not errs else errs, flush=True)
            problems += [(base, e) for e in errs]
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    print(f"\n{len(manifest)} documents, {len(problems)} problems")
    for p in problems:
        print(" ", p)


if __name__ == "__main__":
    main()
