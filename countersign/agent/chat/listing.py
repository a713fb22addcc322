"""Which invoices a list question means: owed, blocked, waiting, overdue, posted or rejected, over a
band or an amount, over budget (billed above the PO), by a kind of finding, from one vendor, received lately or in a
calendar month, falling due within days or in a calendar week or month. Pure over the cases read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from countersign.agent.chat.case_states import FINAL, blocking_codes, finding_codes, in_state
from countersign.agent.chat.findings import FINDINGS
from countersign.agent.chat.places import STREET_KIND, in_named_place
from countersign.agent.chat.resolve import (
    FIGURE,
    bought,
    compact,
    field,
    figures_of,
    of_vendor_named,
    parse_amount,
    shared_words,
)
from countersign.domain import CaseView
from countersign.policies.schema import Policy

# the states a list of invoices is asked for: the list tool's `which`, as the model sees it
Which = Literal["all", "owed", "blocked", "waiting", "overdue", "over_budget", "posted", "rejected"]
# calendar spans a list is asked for: "received this month", "due next week" (weeks begin on Monday)
ReceivedIn = Literal["last_week", "this_month", "last_month"]
DueIn = Literal["next_week", "this_month", "next_month"]
OVER_PO = {"PO_OVERBILLED", "PO_PRICE_VARIANCE", "PO_QUANTITY_VARIANCE"}  # billed above what was ordered


def _due(case: CaseView) -> date | None:
    try:
        return date.fromisoformat(str(field(case, "due_date")))
    except ValueError:
        return None


def _is(which: str, case: CaseView, today: date) -> bool:
    if which in ("blocked", "waiting", "posted", "rejected"):
        return in_state(case, which)
    if which == "overdue":
        due = _due(case)
        return case.status not in FINAL and due is not None and due < today
    if which == "over_budget":
        return bool(OVER_PO & set(finding_codes(case)))
    if which == "owed":  # billed to us and not withdrawn: posted or still in review, not rejected, expired or a copy
        return case.status not in ("rejected", "expired") and not FINDINGS["duplicate"] & set(finding_codes(case))
    return True


def calendar_span(name: str, today: date) -> tuple[date, date]:
    """The first and last day of a calendar span around today: this, last or next week (Monday to Sunday) or
    month."""
    if name.endswith("week"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks={"last": -1, "next": 1}.get(
            name.split("_")[0], 0))
        return monday, monday + timedelta(days=6)
    first = today.replace(day=1)
    if name.startswith("last"):
        first = (first - timedelta(days=1)).replace(day=1)
    elif name.startswith("next"):
        first = (first + timedelta(days=32)).replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def band_floor(over: str, policy: Policy) -> Decimal | None:
    """"10000" or "10,000.00" as an amount, a band's name ("standard") as the band's ceiling, "lowest" as
    the ceiling of the lowest band (what an ordinary approver may sign), "po_required" as the total above
    which an invoice must cite a PO."""
    amount = parse_amount(over)
    if amount is not None:
        return amount
    if over.strip().casefold() == "po_required":
        return policy.checks.po_required_above
    if over.strip().casefold() == "lowest":
        return min((b.up_to for b in policy.approval_bands if b.up_to is not None), default=None)
    band = next((b for b in policy.approval_bands if b.name.casefold() == over.strip().casefold()), None)
    return band.up_to if band else None


def select(cases: Sequence[CaseView], policy: Policy, now: datetime, *, which: str = "all",
           vendor: str | None = None, over: str | None = None, days: int | None = None,
           due_days: int | None = None, received_in: str | None = None, due_in: str | None = None,
           finding: str | None = None, address_of: Callable[[CaseView], str | None] | None = None) -> list[CaseView]:
    """The invoice cases matching every filter given, newest first. A vendor is named by its number or name,
    else, given `address_of` (a case's vendor's address), by where it is ("our Springfield supplier"). `over` is
    the total's floor, or a figure's with its role ("unit 150": a line priced above 150 each)."""
    figure = FIGURE.fullmatch(over.strip().casefold()) if over else None
    if figure and (amount := parse_amount(figure.group(2))) is None:
        figure = None
    floor = band_floor(over, policy) if over and not figure else None
    today = now.date()
    received = calendar_span(received_in, today) if received_in else None
    # falling due within days from today on ("due this week"), or in a calendar span ("this month", a past day too)
    falling = [span for span in ((today, today + timedelta(days=due_days)) if due_days is not None else None,
                                 calendar_span(due_in, today) if due_in else None) if span]
    vendors = _by_vendor(vendor, cases, address_of) if vendor else None
    picked = []
    for case in cases:
        if case.kind != "invoice" or not _is(which, case, today):
            continue
        if vendors is not None and case.id not in vendors:
            continue
        if floor is not None and (case.total is None or case.total <= floor):
            continue
        if figure and not any(value > amount for value in figures_of(case, figure.group(1))):
            continue  # "items at more than 150 each": a line's unit price above it
        if finding and not FINDINGS[finding] & set(finding_codes(case)):
            continue  # "the ones with changed bank details", "from suppliers we haven't set up"
        if days is not None and case.created_at < now - timedelta(days=days):
            continue
        if falling and not (case.status not in FINAL and (due := _due(case)) is not None
                            and all(first <= due <= last for first, last in falling)):
            continue  # still open, its due day in every span asked
        if received is not None and not received[0] <= case.created_at.date() <= received[1]:
            continue  # "what came in last month": by the day it was received (UTC)
        picked.append(case)
    return sorted(picked, key=lambda c: c.created_at, reverse=True)


def _by_vendor(vendor: str, cases: Sequence[CaseView],
               address_of: Callable[[CaseView], str | None] | None) -> set[str]:
    """The ids of the cases from the vendor named: by its name, else by its town, street or postal code,
    else as the one selling what is named ("the supplier we buy our power tools from": all its invoices)."""
    if numbered := {c.id for c in cases if c.vendor_id and compact(c.vendor_id) == compact(vendor)}:
        return numbered  # "from vendor V001": by its number in the vendor master
    if address_of is not None and STREET_KIND.search(vendor) and (
            on_street := {c.id for c in in_named_place(vendor, cases, address_of)}):
        return on_street  # "the supplier on Industrial Way": there, not Globex Industrial by its name
    named = {c.id for c in of_vendor_named(vendor, cases)}
    if named:
        return named
    if address_of is not None and (there := {c.id for c in in_named_place(vendor, cases, address_of)}):
        return there
    selling = {c.vendor_id for c in cases if c.vendor_id and shared_words(vendor, bought(c), shortest=4)}
    return {c.id for c in cases if c.vendor_id in selling}


def summary(case: CaseView) -> dict[str, Any]:
    return {"case_id": case.id, "invoice_number": case.invoice_number, "vendor": case.vendor_name,
            "total": format(case.total, "f") if case.total is not None else None, "currency": case.currency,
            "status": case.status, "blocked_by": blocking_codes(case),
            "due_date": str(field(case, "due_date") or "") or None, "received_at": case.created_at.isoformat()}


def listed(found: Sequence[CaseView], filters: dict[str, Any], unknown_vendor: str | None = None) -> dict[str, Any]:
    """The list tool's answer: the filters applied, how many matched, their totals per currency (never mixed:
    "what do the blocked invoices add up to?") and the first 25."""
    totals: dict[str, Decimal] = {}
    for case in found:
        if case.total is not None:
            totals[case.currency or ""] = totals.get(case.currency or "", Decimal(0)) + case.total
    return {"filters": filters, **({"unknown_vendor": unknown_vendor} if unknown_vendor else {}),
            "count": len(found), "totals": {k: format(v, "f") for k, v in totals.items()},
            "invoices": [summary(c) for c in found[:25]]}
