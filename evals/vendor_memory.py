"""Vendor memory: after a clerk corrects the first invoice of a layout, are the following ones read right?

`python -m evals.vendor_memory [--layouts 12] [--per-layout 8] [--seed 7]`

A generated set of invoice layouts the reader misses at first: each vendor prints its fields under
labels of its own ("Sum to remit", "Settle by", "Voucher"), to the right of the label or under it,
in places of its own. For every layout, the first invoice is read and each wrong field corrected
(as `countersign correct` does: `vendor_memory.learn` on the page, the lesson kept under the
vendor's keys); then the layout's other invoices are read with every layout's lessons in memory.
The set is generated for this evaluation and was not used to tune the reader.

Prints a table per layout, then `key=value` lines: the reader alone on the whole set, the first
invoices, and the later invoices with memory (the target: >= 0.98 of fields right).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from countersign.domain import INVOICE_FIELDS, normalize_id, normalize_name
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from countersign.extraction.vendor_memory import VendorLayout, VendorMemory, learn, vendor_keys
from evals.workspace import print_table

CENT = Decimal("0.01")
LABELS = {
    "invoice_number": ["Voucher", "Document key", "Slip ident", "Billing token", "Sheet code", "Record mark"],
    "invoice_date": ["Raised", "Drawn up", "Stamped", "Put out", "Made on", "Struck"],
    "due_date": ["Settle by", "Remit before", "Clear by", "Honour by", "Square up by", "Meet by"],
    "po_number": ["Your order ref", "Req ident", "Mandate", "Call-off", "Buyer token", "Commission"],
    "subtotal": ["Goods value", "Before levy", "Net goods", "Work value", "Pre-duty sum", "Base sum"],
    "tax": ["Levy", "State share", "Duty part", "Crown share", "Excise part", "Public share"],
    "total": ["Sum to remit", "Grand sum", "Payable in all", "All told", "Settlement sum", "To be paid"],
}
NAMES = ["Brightwater Fabrication", "Quillon Data Services", "Harrow & Pike Logistics", "Oakmere Lab Supply",
         "Tessaract Print Works", "Velden Facility Care", "Marrow Street Catering", "Ironbark Tooling",
         "Sable Coast Freight", "Lindqvist Components", "Cobalt Fern Studios", "Pemberton Waste Services"]


def gb_iban(rng: random.Random) -> str:
    """A British IBAN with a valid checksum (the reader checks it)."""
    bban = "WEST" + "".join(str(rng.randrange(10)) for _ in range(14))
    digits = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    return f"GB{98 - int(digits) % 97:02d}{bban}"


@dataclass(frozen=True)
class Layout:
    index: int
    name: str
    tax_id: str
    iban: str
    currency: str
    labels: dict[str, str]
    below: frozenset[str]  # fields printed under their label
    column_x: float  # where the header block stands
    totals_x: float


def layouts(n: int, rng: random.Random) -> list[Layout]:
    out = []
    for i in range(n):
        labels = {field: choices[(i + rng.randrange(len(choices))) % len(choices)] for field, choices in LABELS.items()}
        below = frozenset(f for f in labels if rng.random() < 0.35)
        out.append(Layout(i, NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f" {i}"),
                          f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", gb_iban(rng),
                          rng.choice(["EUR", "USD", "GBP"]), labels, below, rng.choice([300.0, 340.0, 380.0]),
                          rng.choice([330.0, 360.0])))
    return out


def invoice(layout: Layout, number: int, rng: random.Random) -> tuple[bytes, dict[str, str]]:
    """One invoice of the layout and the truth of its ten fields."""
    issued = date(2026, 10, 1) + timedelta(days=rng.randrange(50))
    lines = [(f"Item {k + 1} of order", Decimal(rng.randint(1, 20)), Decimal(rng.randint(500, 40000)) / 100)
             for k in range(rng.randint(1, 4))]
    subtotal = sum((q * p).quantize(CENT, ROUND_HALF_UP) for _, q, p in lines)
    tax = (subtotal * Decimal("0.2")).quantize(CENT, ROUND_HALF_UP)
    truth = {"vendor_name": layout.name, "vendor_tax_id": layout.tax_id,
             "invoice_number": f"{layout.name[:2].upper()}{rng.randint(10000, 99999)}-{number}",
             "po_number": f"PO-{rng.randint(3000, 9999)}", "invoice_date": issued.isoformat(),
             "due_date": (issued + timedelta(days=30)).isoformat(), "currency": layout.currency,
             "subtotal": str(subtotal), "tax": str(tax), "total": str(subtotal + tax)}
    shown = {"invoice_number": truth["invoice_number"], "po_number": truth["po_number"],
             "invoice_date": issued.strftime("%d %b %Y"),
             "due_date": (issued + timedelta(days=30)).strftime("%d %b %Y"),
             "subtotal": f"{subtotal:,.2f}", "tax": f"{tax:,.2f}", "total": f"{subtotal + tax:,.2f}"}
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 70), layout.name, fontsize=16, fontname="hebo")
    page.insert_text((50, 88), "12 Commerce Road, Leeds LS1 4AP", fontsize=9)
    page.insert_text((50, 100), f"Tax ID: {layout.tax_id}", fontsize=9)
    page.insert_text((layout.column_x, 60), "INVOICE", fontsize=20, fontname="hebo")
    y = 90.0
    for field in ("invoice_number", "invoice_date", "due_date", "po_number"):
        y = _pair(page, layout, field, shown[field], layout.column_x, y)
    page.insert_text((50, 190), "Invoice to", fontsize=9, fontname="hebo")
    page.insert_text((50, 202), "Countersign Demo Co, 1 Ledger Lane, Boston", fontsize=9)
    y = 250.0
    for header, x in (("Description", 50), ("Qty", 300), ("Unit price", 360), ("Amount", 470)):
        page.insert_text((x, y), header, fontsize=9, fontname="hebo")
    for description, quantity, price in lines:
        y += 16
        page.insert_text((50, y), description, fontsize=9)
        page.insert_text((300, y), str(quantity), fontsize=9)
        page.insert_text((360, y), f"{price:,.2f}", fontsize=9)
        page.insert_text((470, y), f"{(quantity * price).quantize(CENT, ROUND_HALF_UP):,.2f}", fontsize=9)
    y += 40
    for field in ("subtotal", "tax", "total"):
        y = _pair(page, layout, field, f"{shown[field]} {layout.currency}" if field == "total" else shown[field],
                  layout.totals_x, y)
    page.insert_text((50, 760), f"IBAN: {layout.iban}", fontsize=8)
    data = doc.tobytes()
    doc.close()
    return data, truth


def _pair(page, layout: Layout, field: str, value: str, x: float, y: float) -> float:
    label = layout.labels[field]
    page.insert_text((x, y), label, fontsize=9, fontname="hebo")
    if field in layout.below:
        page.insert_text((x, y + 12), value, fontsize=9)
        return y + 30
    page.insert_text((x + 110, y), value, fontsize=9)
    return y + 16


def right(field: str, read: str | None, truth: str) -> bool:
    if read is None:
        return False
    if field in ("subtotal", "tax", "total"):
        try:
            return Decimal(read) == Decimal(truth)
        except ArithmeticError:
            return False
    if field == "vendor_name":
        return normalize_name(read) == normalize_name(truth)
    return normalize_id(read) == normalize_id(truth)


def evaluate(n_layouts: int, per_layout: int, seed: int) -> dict:
    rng = random.Random(seed)
    sets = [(layout, [invoice(layout, k + 1, rng) for k in range(per_layout)]) for layout in layouts(n_layouts, rng)]
    memory = VendorMemory()
    rows, first_right, first_total, alone_right, alone_total = [], 0, 0, 0, 0
    for layout, docs in sets:
        for data, truth in docs:  # the reader alone
            reading = extract_invoice(data)
            alone_right += sum(right(f, reading.value(f), truth[f]) for f in INVOICE_FIELDS)
            alone_total += len(INVOICE_FIELDS)
        data, truth = docs[0]
        reading = extract_invoice(data)
        wrong = [f for f in INVOICE_FIELDS if not right(f, reading.value(f), truth[f])]
        first_right += len(INVOICE_FIELDS) - len(wrong)
        first_total += len(INVOICE_FIELDS)
        pages = read_pdf(data, 50).pages
        hints = [found[0].model_copy(update={"case": f"L{layout.index}-1"})
                 for found in (learn(pages, f, truth[f]) for f in wrong) if found]
        if hints:  # kept under the keys of the corrected reading, as app/correcting.py does
            memory.layouts.append(VendorLayout(keys=vendor_keys(truth["vendor_tax_id"], reading.value("vendor_iban"),
                                                                truth["vendor_name"]),
                                               hints=hints, learned_from=f"L{layout.index}-1"))
        rows.append([layout, wrong, len(hints)])
    later_right = later_total = learned_reads = learned_right = 0
    table = []
    for (layout, docs), (_, wrong, n_hints) in zip(sets, rows, strict=True):
        ok = total = 0
        for data, truth in docs[1:]:
            reading = extract_invoice(data, memory=memory)
            for f in INVOICE_FIELDS:
                good = right(f, reading.value(f), truth[f])
                ok += good
                total += 1
                field = reading.fields.get(f)
                if field is not None and any(e.source for e in field.evidence):
                    learned_reads += 1
                    learned_right += good
        later_right += ok
        later_total += total
        table.append([layout.name, len(wrong), n_hints, f"{ok / total:.3f}" if total else "—"])
    print_table("Vendor memory by layout (fields wrong on the first invoice, lessons kept, later invoices right)",
                ["layout", "first: wrong", "lessons", "later: right"], table)
    return {
        "layouts": n_layouts, "invoices": n_layouts * per_layout,
        "reader_alone_field_accuracy": round(alone_right / alone_total, 4),
        "first_invoice_field_accuracy": round(first_right / first_total, 4),
        "later_invoices_field_accuracy": round(later_right / later_total, 4) if later_total else None,
        "fields_read_by_memory": learned_reads,
        "memory_reads_right": round(learned_right / learned_reads, 4) if learned_reads else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.vendor_memory", description=__doc__.splitlines()[0])
    parser.add_argument("--layouts", type=int, default=12)
    parser.add_argument("--per-layout", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    results = evaluate(args.layouts, args.per_layout, args.seed)
    for key, value in results.items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
