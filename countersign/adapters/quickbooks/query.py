"""What the adapter sends besides objects: query literals, entity ids, request ids, and paging.

Query values are escaped here (python-quickbooks does not sanitise them) and ids must be numeric,
so nothing a vendor or an invoice says can change what a query selects.

Every create carries a `requestid` derived from the proposal's idempotency key (≤ 50 chars), the
same on every retry and after a restart, so QuickBooks answers a repeat with the first response
instead of creating a second object (the first of the two exactly-once layers, see erp.py).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from countersign.ports import ERPError

PAGE = 1000  # QuickBooks' maximum MAXRESULTS
_ID_RE = re.compile(r"^[0-9]{1,20}$")
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9_-]+$")


def request_id(kind: str, key: str) -> str:
    """QuickBooks `requestid` for one write of one proposal: deterministic, unique per kind, ≤ 50 chars."""
    plain = f"cs-{kind}-{key}"
    if len(plain) <= 50 and _REQUEST_ID_RE.match(key):
        return plain
    return f"cs-{kind}-" + hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()[: 46 - len(kind)]


def quote(value: str) -> str:
    """A QBO query string literal: backslash and apostrophe escaped, control characters refused."""
    value = str(value)
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ERPError(f"refusing to query QuickBooks with control characters in {value!r}")
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def is_qbo_id(value: str) -> bool:
    """Whether `value` has the shape of a QuickBooks entity id (numeric); callers strip first if they mean to."""
    return bool(_ID_RE.match(value))


def qbo_id(value: str, what: str) -> str:
    """A QuickBooks entity id (numeric) for a query; anything else is refused before the query is built."""
    value = str(value).strip()
    if not is_qbo_id(value):
        raise ERPError(f"{what} {value!r} is not a QuickBooks id")
    return quote(value)


def select(qb: Any, cls: Any, where: str = "", order_by: str = "", limit: int | None = None) -> list[Any]:
    """All rows of a query, page by page (QuickBooks caps a page at 1000)."""
    rows: list[Any] = []
    start = 1
    while True:
        page = min(PAGE, limit - len(rows)) if limit else PAGE
        batch = cls.where(where, order_by=order_by, start_position=start, max_results=page, qb=qb)
        rows.extend(batch)
        if len(batch) < page or (limit and len(rows) >= limit):
            return rows
        start += page
