"""CSV for month-end: the filtered list of cases and a case's (or the whole) audit trail.

Cells hold outside text (vendor names and invoice numbers read from PDFs), and a spreadsheet runs
a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula; such a cell is
written with a leading apostrophe, so it opens as the text it is. Amounts are plain decimals (a credit note's
negative total stays a number).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal

from countersign.app.inbox import CaseLine
from countersign.domain import AuditEvent

CASE_COLUMNS = ("case", "status", "vendor", "invoice_number", "total", "currency", "due_date", "po_number",
                "received_at", "age_days", "must_act", "proposal", "reason")
AUDIT_COLUMNS = ("seq", "at", "actor", "action", "subject", "payload", "hash")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a CSV cell that a spreadsheet shows as text, never runs; numbers (a credit
    note's negative total) stay numbers."""
    if isinstance(value, (int, Decimal)):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def cases_csv(lines: Iterable[CaseLine]) -> Iterator[str]:
    """The header, then one CSV line per case, as they are produced (streamed)."""
    yield _row(CASE_COLUMNS)
    for c in lines:
        yield _row((c.id, c.status, c.vendor, c.invoice_number, c.total,
                    c.currency, c.due_date, c.po_number, c.created_at.isoformat(), c.age_days, "; ".join(c.must_act),
                    c.proposal_id, c.reason))


def audit_csv(events: Iterable[AuditEvent]) -> Iterator[str]:
    yield _row(AUDIT_COLUMNS)
    for e in events:
        yield _row((e.seq, e.at.isoformat(), e.actor, e.action, e.subject,
                    json.dumps(e.payload, sort_keys=True, default=str), e.hash))


def _row(values: Iterable[object]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([cell(v) for v in values])
    return out.getvalue()
