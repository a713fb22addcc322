"""The list of cases, filtered and paged: what `countersign cases`, the console's inbox and the CSV
export show. One query shape for all three, with the filters in SQL (status, vendor, amount,
dates, search over invoice number, vendor and PO number), paged by the `created_at` index, so a
page stays fast at 100,000 cases. Only "waiting for me" is decided in Python, by the policy,
over the proposals awaiting approval.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import Numeric, Select, String, cast, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from countersign.app.rows import proposal_record
from countersign.domain import CaseStatus, Proposal, ProposalStatus
from countersign.policies.approval import acting_for
from countersign.policies.schema import Policy
from countersign.tables import CaseRow, DecisionRow, ProposalRow

PER_PAGE = 50
MAX_PER_PAGE = 500
MAX_SEARCH = 100
# What "blocked" and "failed" mean as inbox filters: cases someone must do something about.
STATUS_GROUPS = {"blocked": [CaseStatus.BLOCKED], "failed": [CaseStatus.FAILED, CaseStatus.FAILED_INTAKE]}


@dataclass(frozen=True)
class CaseQuery:
    """Filters (each optional) and a page. Amounts compare in the case's own currency."""

    status: str | None = None  # a case status, or "blocked" / "failed" (with failed_intake)
    vendor: str | None = None  # part of the vendor's name, or its vendor id
    waiting_for: str | None = None  # a person id: awaiting approval that they may give
    min_total: Decimal | None = None
    max_total: Decimal | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    search: str | None = None  # invoice number, vendor name or PO number
    page: int = 1
    per_page: int = PER_PAGE


@dataclass(frozen=True)
class CaseLine:
    """One row of the inbox."""

    id: str
    status: str
    reason: str
    vendor: str | None
    invoice_number: str | None
    total: Decimal | None
    currency: str | None
    due_date: str | None
    po_number: str | None
    created_at: datetime
    age_days: int
    must_act: list[str] = field(default_factory=list)  # names: approvers, or who must fix it
    proposal_id: str | None = None


@dataclass(frozen=True)
class CasePage:
    query: CaseQuery
    lines: list[CaseLine]
    total: int  # matching cases in all pages

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


class QueryError(ValueError):
    """A filter that cannot be applied, said for the person."""


def query_cases(sessions: sessionmaker[Session], policy: Policy, query: CaseQuery, now: datetime) -> CasePage:
    """The page of cases `query` selects, newest first, with the count of all that match."""
    query = replace(query, page=max(1, query.page), per_page=min(max(1, query.per_page), MAX_PER_PAGE))
    with sessions() as s:
        statement = _filtered(query)
        if query.waiting_for:
            ids = waiting_case_ids(s, policy, query.waiting_for, now)
            statement = statement.where(CaseRow.id.in_(ids))
        total = s.scalar(select(func.count()).select_from(statement.subquery())) or 0
        rows = list(s.scalars(statement.order_by(CaseRow.created_at.desc(), CaseRow.id.desc())
                              .offset((query.page - 1) * query.per_page).limit(query.per_page)))
        current = _current_proposals(s, [r.id for r in rows])
    lines = [_line(row, current.get(row.id), policy, now) for row in rows]
    return CasePage(query, lines, total)


def all_cases(sessions: sessionmaker[Session], policy: Policy, query: CaseQuery, now: datetime,
              limit: int | None = None) -> Iterable[CaseLine]:
    """Every case the filters select (for the CSV export and the CLI), page by page."""
    page, yielded = 1, 0
    while True:
        batch = query_cases(sessions, policy, replace(query, page=page, per_page=MAX_PER_PAGE), now)
        for line in batch.lines:
            if limit is not None and yielded >= limit:
                return
            yielded += 1
            yield line
        if page >= batch.pages:
            return
        page += 1


def waiting_case_ids(session: Session, policy: Policy, person: str, now: datetime) -> list[str]:
    """Cases whose proposal awaits an approval `person` may give (their role, or one they stand in
    for), that they have not given yet, and whose last approval they would not be giving as its
    uploader. Set queries only, so it stays fast at thousands of open requests; the rarer
    conflicts (vendor creator or approver, PO requester) are refused, with the reason, at the
    click, which asks `agent.approvals` as every decision does."""
    if person not in policy.people:
        return []
    decided = set(session.scalars(select(DecisionRow.proposal_id).where(DecisionRow.approver_id == person)))
    approvals = dict(session.execute(select(DecisionRow.proposal_id, func.count()).where(
        DecisionRow.verdict == "approve").group_by(DecisionRow.proposal_id)).all())
    rows = session.execute(select(ProposalRow, CaseRow.uploader).join(CaseRow, CaseRow.id == ProposalRow.case_id)
                           .where(ProposalRow.status == ProposalStatus.AWAITING_APPROVAL))
    waiting = []
    for row, uploader in rows:
        proposal = proposal_record(row)
        if row.id in decided or not acting_for(person, proposal, policy, now):
            continue
        approval = proposal.policy_result.approval
        last = approval is None or approval.approvers_required - approvals.get(row.id, 0) <= 1
        if uploader == person and last:
            continue  # segregation of duties: the uploader never gives the final approval
        waiting.append(row.case_id)
    return waiting


def must_act(case_status: str, proposal: Proposal | None, policy: Policy, uploader: str | None) -> list[str]:
    """Who must do something now: the people who may approve, or AP for a case that stopped."""
    if case_status == CaseStatus.AWAITING_APPROVAL and proposal and proposal.policy_result.approval:
        approval = proposal.policy_result.approval
        ids = [uid for uid, person in policy.people.items()
               if (set(person.roles) & set(approval.roles) or uid in approval.approvers) and uid != uploader]
        return [policy.name_of(uid) for uid in sorted(ids)]
    if case_status in (CaseStatus.BLOCKED, CaseStatus.FAILED, CaseStatus.FAILED_INTAKE, CaseStatus.EXPIRED):
        return ["AP: correct or re-run"]
    return []


def parse_query(params: dict[str, str]) -> CaseQuery:
    """A `CaseQuery` from form or URL parameters (empty ones ignored); `QueryError` names a bad one."""
    def text(name: str) -> str | None:
        value = " ".join((params.get(name) or "").split())
        return value[:MAX_SEARCH] or None

    status = text("status")
    if status and status not in STATUS_GROUPS and status not in {s.value for s in CaseStatus}:
        raise QueryError(f"unknown status {status!r}")
    return CaseQuery(status=status, vendor=text("vendor"), waiting_for=text("waiting_for"),
                     min_total=_amount(text("min_total"), "minimum amount"),
                     max_total=_amount(text("max_total"), "maximum amount"),
                     received_from=_day(text("received_from"), "from date"),
                     received_to=_day(text("received_to"), "to date"), search=text("q"),
                     page=_int(text("page"), 1), per_page=_int(text("per_page"), PER_PAGE))


def _filtered(query: CaseQuery) -> Select:
    statement = select(CaseRow)
    if query.status in STATUS_GROUPS:
        statement = statement.where(CaseRow.status.in_(STATUS_GROUPS[query.status]))
    elif query.status:
        statement = statement.where(CaseRow.status == query.status)
    if query.vendor:
        statement = statement.where(or_(_contains(CaseRow.vendor_name, query.vendor),
                                        CaseRow.vendor_id == query.vendor.upper()))
    if query.search:
        statement = statement.where(or_(_contains(CaseRow.invoice_number, query.search),
                                        _contains(CaseRow.vendor_name, query.search),
                                        _contains(CaseRow.po_number, query.search),
                                        CaseRow.id == query.search.upper()))
    amount = cast(CaseRow.total, Numeric(18, 2))  # money is text on SQLite: compare it as a number
    if query.min_total is not None:
        statement = statement.where(amount >= query.min_total)
    if query.max_total is not None:
        statement = statement.where(amount <= query.max_total)
    if query.received_from:
        statement = statement.where(CaseRow.created_at >= datetime.combine(query.received_from, time(), timezone.utc))
    if query.received_to:
        end = datetime.combine(query.received_to + timedelta(days=1), time(), timezone.utc)
        statement = statement.where(CaseRow.created_at < end)
    return statement


def _contains(column, needle: str):
    pattern = "%" + needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return func.lower(cast(column, String)).like(pattern, escape="\\")


def _current_proposals(session: Session, case_ids: list[str]) -> dict[str, Proposal]:
    """Each case's current proposal (the newest that is not superseded)."""
    if not case_ids:
        return {}
    rows = session.scalars(select(ProposalRow).where(ProposalRow.case_id.in_(case_ids),
                                                     ProposalRow.status != ProposalStatus.SUPERSEDED)
                           .order_by(ProposalRow.created_at))
    return {r.case_id: proposal_record(r) for r in rows}


def _line(row: CaseRow, proposal: Proposal | None, policy: Policy, now: datetime) -> CaseLine:
    fields = (row.extracted or {}).get("fields") or {}
    return CaseLine(
        id=row.id, status=row.status, reason=row.reason or "", vendor=row.vendor_name,
        invoice_number=row.invoice_number, total=row.total, currency=row.currency,
        due_date=(fields.get("due_date") or {}).get("value"), po_number=row.po_number, created_at=row.created_at,
        age_days=max(0, (now - row.created_at).days), must_act=must_act(row.status, proposal, policy, row.uploader),
        proposal_id=proposal.id if proposal and proposal.status == ProposalStatus.AWAITING_APPROVAL else None,
    )


def _amount(value: str | None, what: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value.replace(",", ""))
    except ArithmeticError:
        raise QueryError(f"{what}: {value!r} is not an amount") from None
    if not amount.is_finite():
        raise QueryError(f"{what}: {value!r} is not an amount")
    return amount


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{what}: {value!r} is not a date YYYY-MM-DD") from None


def _int(value: str | None, default: int) -> int:
    if value is None:
        return default
    if not value.isdigit() or len(value) > 6:
        raise QueryError(f"{value!r} is not a page number")
    return int(value)
