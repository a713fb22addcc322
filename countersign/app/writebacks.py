"""The durable CRM write-back queue: what the CRM must be told, kept in the store until it is.

After an approved `sync_order` posts, the CRM is told the ERP invoice number and the invoice and
payment status; later the worker tells it when the payment status changes. None of that may be
lost to a CRM outage, and none of it may be written twice in a way that matters. So:

* `enqueue` records the values wanted on one opportunity (table `crm_write_backs`, one row per
  CRM and opportunity). A change of the wanted values bumps the row's `version`; the same values
  again change nothing, so every caller may enqueue as often as it likes (idempotent).
* `deliver` claims a due row (a lease in `next_attempt_at`, so two workers do not both send it),
  writes the *latest* wanted values in one `CRM.write_back` call, and marks the version written
  (compare-and-set on the version: values that changed meanwhile stay pending). A write-back
  sets fields to values, so sending the same values again is harmless; after a success nothing
  is sent again until the values change.
* a failure is recorded on the row (attempts, the CRM's message) and retried with exponential
  backoff (`BACKOFF_BASE` doubling to `BACKOFF_CAP`); after `MAX_ATTEMPTS` the row is `failed`
  and waits for a person (`countersign write-backs --retry`). New values re-arm it.
* the worker (app/worker.py) delivers due rows on every pass and refreshes payment statuses from
  the ERP every `crm_payment_sync_seconds` (`refresh_payment_statuses`).

Where it shows: `countersign status CASE` (the stall report's `crm_write_back` entry),
`countersign write-backs`, and `summary()` — the console's hook: counts by state and the rows
that are not written, as plain JSON-ready dicts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from countersign.app.audit import AuditLog
from countersign.domain import CrmWriteBack, Payment, SalesInvoice, WriteBackState
from countersign.ports import CRM
from countersign.tables import CrmWriteBackRow
from countersign.tools.reconcile import payment_status

log = logging.getLogger(__name__)

FIELDS = ("invoice_number", "invoice_status", "payment_status")
MAX_ATTEMPTS = 20  # ~ a day of retries with the backoff below, then a person looks
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=2)
LEASE = timedelta(minutes=2)  # a claimed row is not claimed again for this long (a crashed deliverer)
ERROR_CHARS = 2000


@dataclass(frozen=True)
class Delivery:
    """What one delivery attempt did."""

    opportunity_id: str
    written: bool
    error: str = ""
    state: str = ""


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure in a row: 30 s, 1 min, 2 min, … capped at 2 h."""
    return min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))


class WriteBackQueue:
    """The queue for one CRM adapter (rows of other CRMs, from before a switch, are left alone)."""

    def __init__(self, sessions: sessionmaker[Session], audit: AuditLog, crm: CRM,
                 clock: Callable[[], datetime], *, max_attempts: int = MAX_ATTEMPTS):
        self.sessions = sessions
        self.audit = audit
        self.crm = crm
        self.clock = clock
        self.max_attempts = max_attempts

    @property
    def crm_name(self) -> str:
        return self.crm.name

    # ----------------------------------------------------------------- enqueue

    def enqueue(self, opportunity_id: str, *, case_id: str | None = None, invoice_number: str | None = None,
                invoice_status: str | None = None, payment_status: str | None = None,
                erp_invoice_id: str | None = None, invoice_date: date | None = None) -> bool:
        """Want these values on the opportunity (None: leave that field as wanted before). True
        when the wanted values changed (a new version to write); the same values again are a no-op."""
        wanted = {"invoice_number": invoice_number, "invoice_status": invoice_status,
                  "payment_status": payment_status}
        now = self.clock()
        with self.sessions.begin() as s:
            row = s.get(CrmWriteBackRow, (self.crm_name, opportunity_id), with_for_update=True)
            if row is None:
                row = CrmWriteBackRow(crm=self.crm_name, opportunity_id=opportunity_id, version=0,
                                      written_version=0, attempts=0, last_error="", created_at=now,
                                      state=WriteBackState.PENDING)
                s.add(row)
            changed = any(v is not None and getattr(row, k) != v for k, v in wanted.items())
            for name, value in (("case_id", case_id), ("erp_invoice_id", erp_invoice_id),
                                ("invoice_date", invoice_date)):
                if value is not None:
                    setattr(row, name, value)
            if changed:
                for name, value in wanted.items():
                    if value is not None:
                        setattr(row, name, value)
                row.version += 1
                row.state = WriteBackState.PENDING
                row.attempts = 0
                row.last_error = ""
                row.next_attempt_at = now
            row.updated_at = now
        return changed

    # ----------------------------------------------------------------- deliver

    def deliver(self, opportunity_id: str) -> Delivery | None:
        """Write the opportunity's pending values now if it is due and not claimed elsewhere;
        None when there was nothing to do."""
        claimed = self._claim(opportunity_id)
        if claimed is None:
            return None
        version, values = claimed
        try:
            self.crm.write_back(opportunity_id, **values)
        except Exception as exc:  # noqa: BLE001 - any failure of the outside call is recorded and retried, never lost
            return self._failed(opportunity_id, version, exc)
        return self._written(opportunity_id, version, values)

    def deliver_due(self, *, limit: int = 100) -> list[Delivery]:
        """One pass over the rows whose next attempt is due (oldest first)."""
        now = self.clock()
        with self.sessions() as s:
            due = list(s.scalars(
                select(CrmWriteBackRow.opportunity_id)
                .where(CrmWriteBackRow.crm == self.crm_name, CrmWriteBackRow.state == WriteBackState.PENDING,
                       CrmWriteBackRow.next_attempt_at <= now)
                .order_by(CrmWriteBackRow.next_attempt_at).limit(limit)))
        return [d for d in (self.deliver(opp) for opp in due) if d is not None]

    def _claim(self, opportunity_id: str) -> tuple[int, dict[str, str]] | None:
        now = self.clock()
        with self.sessions.begin() as s:
            row = s.get(CrmWriteBackRow, (self.crm_name, opportunity_id), with_for_update=True)
            if (row is None or row.state != WriteBackState.PENDING or row.next_attempt_at is None
                    or row.next_attempt_at > now):
                return None
            row.next_attempt_at = now + LEASE
            row.last_attempt_at = now
            values = {k: getattr(row, k) for k in FIELDS if getattr(row, k) is not None}
            return row.version, values

    def _written(self, opportunity_id: str, version: int, values: dict[str, str]) -> Delivery:
        now = self.clock()
        with self.sessions.begin() as s:
            row = s.get(CrmWriteBackRow, (self.crm_name, opportunity_id), with_for_update=True)
            assert row is not None
            attempts = row.attempts + 1
            row.written_version = max(row.written_version, version)
            row.written_at = now
            row.updated_at = now
            if row.version == version:
                row.state = WriteBackState.WRITTEN
                row.attempts = 0
                row.last_error = ""
                row.next_attempt_at = None
            else:  # new values arrived while this write was in flight: write them next
                row.next_attempt_at = now
            self.audit.append(s, actor="system", action="crm_written_back", subject=row.case_id or opportunity_id,
                              payload={"crm": self.crm_name, "opportunity_id": opportunity_id, "version": version,
                                       "attempts": attempts, **values})
            state = row.state
        return Delivery(opportunity_id, True, state=state)

    def _failed(self, opportunity_id: str, version: int, exc: Exception) -> Delivery:
        now = self.clock()
        message = (str(exc) or type(exc).__name__)[:ERROR_CHARS]
        with self.sessions.begin() as s:
            row = s.get(CrmWriteBackRow, (self.crm_name, opportunity_id), with_for_update=True)
            assert row is not None
            if row.version != version:  # values changed meanwhile: the new version starts afresh
                row.next_attempt_at = now
                return Delivery(opportunity_id, False, message, row.state)
            row.attempts += 1
            row.last_error = message
            row.updated_at = now
            if row.attempts >= self.max_attempts:
                row.state = WriteBackState.FAILED
                row.next_attempt_at = None
                self.audit.append(s, actor="system", action="crm_write_back_failed",
                                  subject=row.case_id or opportunity_id,
                                  payload={"crm": self.crm_name, "opportunity_id": opportunity_id,
                                           "attempts": row.attempts, "error": message})
            else:
                row.next_attempt_at = now + backoff(row.attempts)
            state, attempts = row.state, row.attempts
        log.warning("%s write-back of %s failed (attempt %d): %s", self.crm_name, opportunity_id, attempts, message)
        return Delivery(opportunity_id, False, message, state)

    # ----------------------------------------------------------------- a person retries

    def retry_failed(self, opportunity_id: str | None = None) -> int:
        """Re-arm failed rows (one, or all of this CRM's): pending, due now, attempts from zero."""
        now = self.clock()
        where = [CrmWriteBackRow.crm == self.crm_name, CrmWriteBackRow.state == WriteBackState.FAILED]
        if opportunity_id:
            where.append(CrmWriteBackRow.opportunity_id == opportunity_id)
        with self.sessions.begin() as s:
            result = s.execute(update(CrmWriteBackRow).where(*where).values(
                state=WriteBackState.PENDING, attempts=0, next_attempt_at=now, updated_at=now))
            return result.rowcount

    # ----------------------------------------------------------------- read

    def get(self, opportunity_id: str) -> CrmWriteBack | None:
        with self.sessions() as s:
            row = s.get(CrmWriteBackRow, (self.crm_name, opportunity_id))
            return record(row) if row else None

    def rows(self, states: tuple[str, ...] = (WriteBackState.PENDING, WriteBackState.FAILED)) -> list[CrmWriteBack]:
        with self.sessions() as s:
            query = (select(CrmWriteBackRow).where(CrmWriteBackRow.crm == self.crm_name,
                                                   CrmWriteBackRow.state.in_(list(states)))
                     .order_by(CrmWriteBackRow.updated_at))
            return [record(r) for r in s.scalars(query)]

    def summary(self) -> dict[str, Any]:
        """The console's hook: counts by state, and every row not yet written, as JSON-ready dicts."""
        with self.sessions() as s:
            counts = dict(s.execute(select(CrmWriteBackRow.state, func.count()).where(
                CrmWriteBackRow.crm == self.crm_name).group_by(CrmWriteBackRow.state)).all())
        return {"crm": self.crm_name, "counts": {str(state): counts.get(state, 0) for state in WriteBackState},
                "open": [r.model_dump(mode="json") for r in self.rows()]}

    # ----------------------------------------------------------------- payments

    def refresh_payment_statuses(self, invoices: Callable[[date, date], list[SalesInvoice]],
                                 payments: Callable[[date, date], list[Payment]], today: date) -> int:
        """Enqueue the payment status of every invoice countersign told the CRM about and that is
        not paid yet, from the ERP's invoices and payments (`ERPReader.invoices` / `.payments`).
        Returns how many opportunities got a new status; unchanged ones are not enqueued again."""
        with self.sessions() as s:
            open_rows = list(s.scalars(select(CrmWriteBackRow).where(
                CrmWriteBackRow.crm == self.crm_name, CrmWriteBackRow.invoice_number.is_not(None),
                CrmWriteBackRow.payment_status.is_distinct_from("paid"))))
            watched = [record(r) for r in open_rows]
        if not watched:
            return 0
        start = min((w.invoice_date or today) for w in watched) - timedelta(days=1)
        end = today + timedelta(days=1)
        by_opportunity: dict[str, list[SalesInvoice]] = {}
        for invoice in invoices(start, end):
            if invoice.opportunity_id:
                by_opportunity.setdefault(invoice.opportunity_id, []).append(invoice)
        received = payments(start, end)
        changed = 0
        for w in watched:
            mine = by_opportunity.get(w.opportunity_id)
            if not mine:
                continue
            status = payment_status(mine, received, today)
            if status != w.payment_status and self.enqueue(w.opportunity_id, payment_status=status):
                changed += 1
        return changed


def record(row: Any) -> CrmWriteBack:  # a CrmWriteBackRow, or a row of its table
    return CrmWriteBack(
        crm=row.crm, opportunity_id=row.opportunity_id, case_id=row.case_id, invoice_number=row.invoice_number,
        invoice_status=row.invoice_status, payment_status=row.payment_status, erp_invoice_id=row.erp_invoice_id,
        invoice_date=row.invoice_date, state=WriteBackState(row.state), attempts=row.attempts,
        last_error=row.last_error, next_attempt_at=row.next_attempt_at, written_at=row.written_at,
        updated_at=row.updated_at)


def write_backs_for_case(sessions: sessionmaker[Session], case_id: str) -> list[CrmWriteBack]:
    """Read with Core into plain rows (`record` reads them as it reads mapped rows): `status` asks
    this, and a process that only reads never configures the ORM's mappers."""
    table = CrmWriteBackRow.__table__
    with sessions() as s:
        return [record(r) for r in s.execute(select(table).where(table.c.case_id == case_id))]
