"""Benchmark: validating one invoice against 100,000 vendors and 1,000,000 posted bills.

`bench_policies(n_vendors=100_000, n_bills=1_000_000) -> dict` builds the ledger on SQLite (a
temporary file) and on a throwaway PostgreSQL server (Alembic migrations, then bulk inserts), and
measures, per invoice, what the workflow does from "extracted" to "validated":

    vendor match by index (tools.match_vendor.SqlVendorLookup: tax id, IBAN, or the name's
    index neighbours), PO with lines and receipts, the vendor's posted bills, the chart of
    accounts (LocalLedger reads), then policies.validate over CaseFacts.

Invoices are matched a third each by tax id, IBAN and (fuzzy) name, against vendors with ~10
bills each. Not measured: extraction, the store's open-case query (empty here).
Run: `python -m evals.bench policies` (a table, then key=value lines, incl. median_ms_sqlite and
median_ms_postgres).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

WORDS_A = ["acme", "globex", "initech", "umbrella", "soylent", "stark", "wayne", "wonka", "tyrell", "cyberdyne",
           "hooli", "vandelay", "dunder", "pied", "oscorp", "aperture", "massive", "gringotts", "monarch", "nakatomi",
           "oceanic", "paper", "rekall", "sirius", "virtucon", "zorg", "bluth", "duff", "krusty", "lacroix",
           "mooby", "nuka", "olivia", "planet", "quark", "rich", "sterling", "tricell", "union", "veridian",
           "weyland", "xanadu", "yoyodyne", "zeta", "alpha", "bravo", "cobalt", "delta", "echo", "falcon"]
WORDS_B = ["tools", "office", "industrial", "consulting", "foods", "logistics", "metals", "software", "paper",
           "energy", "chemicals", "textiles", "freight", "printing", "security", "catering", "cleaning", "media",
           "plastics", "lumber", "glass", "robotics", "optics", "pharma", "marine", "aero", "farms", "motors",
           "labs", "systems", "networks", "supplies", "services", "designs", "works", "partners", "holdings",
           "trading", "imports", "exports", "dynamics", "solutions", "group", "studios", "builders", "electric",
           "water", "solar", "wind", "rail"]
WORDS_C = ["north", "south", "east", "west", "central", "pacific", "atlantic", "alpine", "river", "lake",
           "harbor", "valley", "summit", "prairie", "coastal", "metro", "urban", "rural", "global", "united",
           "royal", "prime", "first", "second", "third", "modern", "classic", "rapid", "steady", "bright",
           "green", "red", "blue", "black", "white", "golden", "silver", "iron", "stone", "oak",
           "pine", "maple", "cedar", "birch", "elm", "ash", "willow", "aspen", "spruce", "fir"]
SUFFIXES = ["Ltd", "Inc", "LLC", "GmbH", "Corp", "Co", "PLC", "SA"]
N_ACCOUNTS = 40


def _ein(i: int) -> str:
    return f"{10 + i % 80:02d}-{i:07d}"


def _iban(i: int) -> str:
    """A valid German IBAN (check digits computed) with account number i."""
    bban = f"37040044{i:010d}"
    check = 98 - int(bban + "131400") % 97
    return f"DE{check:02d}{bban}"


def _name(i: int) -> str:
    a, b, c = WORDS_A[i % 50], WORDS_B[(i // 50) % 50], WORDS_C[(i // 2500) % 50]
    return f"{a.title()} {c.title()} {b.title()} {i // 125000 or ''} {SUFFIXES[i % len(SUFFIXES)]}".replace("  ", " ")


def _build(url: str, n_vendors: int, n_bills: int) -> None:
    from sqlalchemy import insert

    from countersign.app.db import make_engine, migrate
    from countersign.domain import normalize_id, normalize_name
    from countersign.tables import (
        LedgerAccountRow,
        LedgerBillRow,
        LedgerPOLineRow,
        LedgerPurchaseOrderRow,
        LedgerReceiptRow,
        LedgerVendorRow,
    )

    engine = make_engine(url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(insert(LedgerAccountRow), [
            {"code": str(5000 + 10 * k), "name": f"Account {k}", "active": k != N_ACCOUNTS - 1}
            for k in range(N_ACCOUNTS)
        ])
        conn.execute(insert(LedgerVendorRow), [
            {"id": f"V{i:06d}", "name": _name(i), "tax_id": _ein(i), "iban": _iban(i), "address": "",
             "currency": "USD", "status": "active", "default_account": str(5000 + 10 * (i % (N_ACCOUNTS - 1))),
             "created_by": "U0AP0CLERK", "tax_id_norm": normalize_id(_ein(i)), "iban_norm": normalize_id(_iban(i)),
             "name_norm": normalize_name(_name(i))}
            for i in range(n_vendors)
        ])
        start = date(2025, 1, 1)
        posted = datetime(2026, 11, 1, tzinfo=timezone.utc)
        batch: list[dict] = []
        for j in range(n_bills):
            v = j % n_vendors
            number = f"INV-{j:08d}"
            batch.append({"id": f"B{j:08d}", "vendor_id": f"V{v:06d}", "invoice_number": number,
                          "invoice_number_norm": number.replace("-", ""),
                          "invoice_date": start + timedelta(days=j % 600),
                          "total": Decimal(f"{100 + j % 5000}.00"), "currency": "USD",
                          "po_number": f"PO-{v:06d}" if j % 3 == 0 else None, "posted_at": posted})
            if len(batch) == 50_000:
                conn.execute(insert(LedgerBillRow), batch)
                batch = []
        if batch:
            conn.execute(insert(LedgerBillRow), batch)
        for v in range(0, n_vendors, max(n_vendors // 300, 1)):
            po = f"PO-{v:06d}"
            conn.execute(insert(LedgerPurchaseOrderRow), [{"number": po, "vendor_id": f"V{v:06d}", "currency": "USD",
                                                           "status": "open", "requester": "U0OPS0001",
                                                           "department": "Operations"}])
            conn.execute(insert(LedgerPOLineRow), [
                {"po_number": po, "line_no": 1, "description": "Cordless drill 18V", "quantity": Decimal("10"),
                 "unit_price": Decimal("129.00"), "account": "5010"},
                {"po_number": po, "line_no": 2, "description": "Drill bit set", "quantity": Decimal("10"),
                 "unit_price": Decimal("24.50"), "account": "5010"},
            ])
            conn.execute(insert(LedgerReceiptRow), [
                {"po_number": po, "line_no": 1, "quantity": Decimal("10"), "received_at": date(2026, 11, 3)},
                {"po_number": po, "line_no": 2, "quantity": Decimal("10"), "received_at": date(2026, 11, 3)},
            ])
    engine.dispose()


def _invoices(n_vendors: int, count: int):
    from countersign.domain import DocumentInfo, ExtractedInvoice, FieldValue, LineItem

    rng = random.Random(7)
    step = max(n_vendors // 300, 1)
    pos = list(range(0, n_vendors, step))
    out = []
    for k in range(count):
        v = rng.choice(pos)
        fields = {
            "vendor_name": _name(v).replace("Tools", "Tool") if k % 3 == 2 else _name(v),
            "vendor_tax_id": _ein(v) if k % 3 == 0 else None,
            "vendor_iban": _iban(v) if k % 3 != 2 else None,
            "invoice_number": f"NEW-{k:05d}", "po_number": f"PO-{v:06d}", "invoice_date": "2026-11-10",
            "due_date": "2026-12-10", "currency": "USD", "subtotal": "1535.00", "tax": "122.80", "total": "1657.80",
        }
        out.append((f"V{v:06d}", ExtractedInvoice(
            document=DocumentInfo(sha256=f"{k:064x}", pages=1),
            fields={name: FieldValue(value=value, confidence=0.99) for name, value in fields.items() if value},
            line_items=[LineItem(description="Cordless drill 18V", quantity="10", unit_price="129.00",
                                 amount="1290.00"),
                        LineItem(description="Drill bit set", quantity="10", unit_price="24.50", amount="245.00")],
        )))
    return out


def _measure(url: str, invoices, today: date) -> tuple[list[float], int]:
    from countersign.adapters.local_ledger import LocalLedger, SqlVendorLookup
    from countersign.app.db import make_engine, session_factory
    from countersign.domain import CaseFacts
    from countersign.policies.runner import validate
    from countersign.policies.schema import load_policy
    from countersign.tools.match_vendor import match_vendor

    policy = load_policy()
    engine = make_engine(url)
    sessions = session_factory(engine)
    ledger, lookup = LocalLedger(sessions), SqlVendorLookup(sessions)
    timings: list[float] = []
    matched = 0
    for i, (expected, invoice) in enumerate([invoices[0], *invoices]):  # first one warms up
        t0 = time.perf_counter()
        match = match_vendor(invoice, lookup)
        vendor = match.vendor
        po = ledger.get_purchase_order(invoice.value("po_number"))
        facts = CaseFacts(
            case_id=f"C-{i}", invoice=invoice, vendor_match=match, purchase_order=po,
            posted_bills=ledger.bills_for_vendor(vendor.id) if vendor else [],
            gl_accounts=ledger.list_accounts(), today=today,
        )
        validate(facts, policy)
        elapsed = (time.perf_counter() - t0) * 1000
        if i:
            timings.append(elapsed)
            matched += bool(vendor and vendor.id == expected)
    engine.dispose()
    return timings, matched


def _run(url: str, n_vendors: int, n_bills: int, n_invoices: int, name: str) -> dict:
    t0 = time.perf_counter()
    _build(url, n_vendors, n_bills)
    build_s = time.perf_counter() - t0
    timings, matched = _measure(url, _invoices(n_vendors, n_invoices), date(2026, 11, 20))
    timings.sort()
    return {
        f"vendor_matched_pct_{name}": round(100 * matched / len(timings), 1),
        f"build_s_{name}": round(build_s, 1),
        f"median_ms_{name}": round(statistics.median(timings), 3),
        f"p95_ms_{name}": round(timings[max(int(len(timings) * 0.95) - 1, 0)], 3),
    }


def bench_policies(n_vendors: int = 100_000, n_bills: int = 1_000_000, n_invoices: int = 300,
                   postgres: bool = True) -> dict:
    """Median ms to validate one invoice end to end (indexed vendor match, PO, the vendor's bills,
    chart of accounts, all rules) against n_vendors and n_bills, on SQLite and on a real PostgreSQL
    server started for the run (skipped with a note when its binaries are missing)."""
    result: dict = {"vendors": n_vendors, "bills": n_bills, "invoices": n_invoices}
    with tempfile.TemporaryDirectory() as tmp:
        result.update(_run(f"sqlite:///{Path(tmp) / 'bench.db'}", n_vendors, n_bills, n_invoices, "sqlite"))
    if postgres:
        from tests.pg_server import start_server

        try:
            server = start_server()
        except FileNotFoundError as exc:
            print(f"postgres: skipped ({exc})")
            return result
        try:
            result.update(_run(server.create_database("bench"), n_vendors, n_bills, n_invoices, "postgres"))
        finally:
            server.stop()
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendors", type=int, default=100_000)
    parser.add_argument("--bills", type=int, default=1_000_000)
    parser.add_argument("--invoices", type=int, default=300)
    args = parser.parse_args(argv)
    result = bench_policies(args.vendors, args.bills, args.invoices)
    width = max(len(k) for k in result)
    print("policies benchmark (validate one invoice end to end)")
    for key, value in result.items():
        print(f"  {key.ljust(width)}  {value}")
    for key, value in result.items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
