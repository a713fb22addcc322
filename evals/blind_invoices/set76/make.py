#!/usr/bin/env python3
"""Blind invoice test set #76: 10 layout styles x 4 documents, seeded.

Usage (from the repo root):
    .venv/bin/python evals/blind_invoices/set76/make.py            # generate out/ and self-check
    .venv/bin/python evals/blind_invoices/set76/make.py --only 05  # one style (prefix of style number)
    .venv/bin/python evals/blind_invoices/set76/make.py --verify   # only self-check existing out/
    (--out DIR builds into DIR and checks/ beside it instead; --jobs N chromiums at a time, 1 by default)

The plumbing (numbers, truth, rendering, self-check, this CLI) is ../invoice_kit.py, shared with sets 3 to 42.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]  # this set's styles, then the sets' invoice_kit

import invoice_kit  # noqa: E402
import styles_fpdf_a  # noqa: E402
import styles_fpdf_b  # noqa: E402
import styles_html_a  # noqa: E402
import styles_html_b  # noqa: E402

SEED = 20270144
STYLES = sorted(styles_html_a.STYLES + styles_html_b.STYLES + styles_fpdf_a.STYLES + styles_fpdf_b.STYLES)
OUT = os.path.join(HERE, "out")
CHECK = {  # as sets 5 to 42: direction marks are blanks, style and producer required, lines may be net
    "width": 48,
    "blanks": (*invoice_kit.BLANKS, "\u200f", "\u200e", "\u061c"),
    "required": ("invoice_number", "vendor_name", "invoice_date", "currency", "total", "style", "producer"),
    "due_order": True,
    "net_line_sum": True,
}


def main():
    # seeded by style name (as sets 5 to 42); one chromium at a time unless --jobs
    invoice_kit.main(sys.argv[1:], STYLES, lambda no, sname, i: f"{SEED}-{sname}-{i}", OUT, doctype=True, check=CHECK)


if __name__ == "__main__":
    main()
