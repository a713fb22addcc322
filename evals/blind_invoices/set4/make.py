#!/usr/bin/env python3
"""Blind invoice test set #4: 15 layout styles x 4 documents, seeded.

Usage (from the repo root):
    .venv/bin/python evals/blind_invoices/set4/make.py            # generate out/ and self-check
    .venv/bin/python evals/blind_invoices/set4/make.py --only 05  # one style (prefix of style number)
    .venv/bin/python evals/blind_invoices/set4/make.py --verify   # only self-check existing out/
    (--out DIR builds into DIR and checks/ beside it instead; --jobs N chromiums at a time, 4 by default)

The plumbing (numbers, truth, rendering, self-check, this CLI) is ../invoice_kit.py, shared with sets 3 and 5.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]  # this set's styles, then the sets' invoice_kit

import invoice_kit  # noqa: E402
import styles_fpdf  # noqa: E402
import styles_html  # noqa: E402

SEED = 20261203
STYLES = sorted(styles_html.STYLES + styles_fpdf.STYLES)
OUT = os.path.join(HERE, "out")
CHECK = {"width": 40, "required": ("invoice_number", "vendor_name", "invoice_date", "currency", "total"),
         "due_order": True}


def main():
    invoice_kit.main(sys.argv[1:], STYLES, lambda no, sname, i: f"{SEED}-{no}-{i}", OUT, jobs=4, check=CHECK)


if __name__ == "__main__":
    main()
