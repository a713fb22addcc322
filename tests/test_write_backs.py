"""The durable CRM write-back queue (app/writebacks.py): what the CRM must be told after an
approved sync is kept in the store, retried by the worker with backoff, written once, and shown
in `status`; payment statuses follow the ERP's payments."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from countersign.adapters.local_crm import LocalCRM
from countersign.agent.approvals import decide
from countersign.agent.chat.phrasing import render_case_status
from countersign.agent.runner import sync_order
from countersign.agent.stall import stall_report_for
from countersign.app.chat import make_ask
from countersign.app.worker import crm_pass
from countersign.app.writebacks import BACKOFF_BASE, backoff
from countersign.domain import CaseStatus, PaymentStatus, Verdict, WriteBackState
from countersign.ports import CRMError
from countersign.tools.reconcile import crm_updates, payment_status
from tests.conftest import NOW
from tests.test_reconcile import inv, opp

SALES, AP = "U0SALES001", "U0APMGR01"


class FlakyCRM:
    """The local CRM behind a link that refuses the first `failures` write-backs; counts the writes
    that reached the CRM."""

    def __init__(self, inner: LocalCRM, failures: int):
        self.inner, self.failures, self.name = inner, failures, "Flaky CRM"
        self.calls: list[dict] = []
        self.written: list[dict] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def write_back(self, opportunity_id: str, **values) -> None:
        self.calls.append(values)
        if len(self.calls) <= self.failures:
            raise CRMError(f"Flaky CRM: 503 Service Unavailable (attempt {len(self.calls)})")
        self.inner.write_back(opportunity_id, **values)
        self.written.append(values)


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def flaky(open_ws):
    def _open(failures: int):
        clock = Clock()
        holder = {}

        def factory(sessions):
            holder["crm"] = FlakyCRM(LocalCRM(sessions), failures)
            return holder["crm"]

        return open_ws(clock=clock, crm_factory=factory), clock, holder

    return _open


def _approve_sync(services, opportunity="OPP-3001"):
    result = sync_order(services, opportunity, requested_by=SALES)
    [proposal] = services.store.proposals_for_case(result.case_id)
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    return result.case_id


def test_a_write_back_that_fails_twice_then_succeeds_writes_once(flaky):
    opened, clock, holder = flaky(failures=2)
    with opened as services:
        crm = holder["crm"]
        case_id = _approve_sync(services)
        case = services.store.get_case(case_id)
        assert case.status == CaseStatus.POSTED  # the invoice exists whatever the CRM does
        assert "write-back failed" in case.reason and "the worker retries it" in case.reason
        [row] = services.store.write_backs_for_case(case_id)
        assert (row.state, row.attempts) == (WriteBackState.PENDING, 1)
        assert "503 Service Unavailable" in row.last_error and row.next_attempt_at == NOW + BACKOFF_BASE

        answer = render_case_status(stall_report_for(services.store, services.policy, clock(), case))
        assert "Flaky CRM is still to be told" in answer and "1 attempt(s) failed" in answer
        deal = make_ask(services)("why hasn't deal OPP-3001 been invoiced?", user_id=SALES, conversation_id="w1")
        assert "has been invoiced in the local ledger" in deal and "The Flaky CRM says: invoice (none)" in deal
        assert "Flaky CRM is still to be told (invoice number" in deal and "503 Service Unavailable" in deal

        assert crm_pass(services) == 0 and len(crm.calls) == 1  # not due yet: the backoff is kept
        clock.advance(backoff(1))
        assert crm_pass(services) == 0 and len(crm.calls) == 2  # second failure
        assert services.write_backs.get("OPP-3001").next_attempt_at == clock() + backoff(2)
        clock.advance(backoff(2))
        assert crm_pass(services) == 1 and len(crm.calls) == 3  # third try writes

        invoice = next(i for i in services.erp.invoices(date(2026, 1, 1), date(2026, 12, 31))
                       if i.opportunity_id == "OPP-3001")
        assert crm.written == [{"invoice_number": invoice.doc_number, "invoice_status": "invoiced",
                                "payment_status": "unpaid"}]
        stored = services.crm.get_opportunity("OPP-3001")
        assert (stored.invoice_number, stored.invoice_status, stored.payment_status) == (
            invoice.doc_number, "invoiced", "unpaid")
        for _ in range(3):  # more worker passes, a re-run of the post step, a re-enqueue: nothing more is sent
            clock.advance(timedelta(hours=3))
            crm_pass(services)
        assert not services.write_backs.enqueue("OPP-3001", invoice_number=invoice.doc_number,
                                                invoice_status="invoiced", payment_status="unpaid")
        assert len(crm.calls) == 3 and len(crm.written) == 1
        written = [e for e in services.store.case_events(case_id) if e.action == "crm_written_back"]
        assert [e.payload["attempts"] for e in written] == [3]
        assert services.write_backs.get("OPP-3001").state == WriteBackState.WRITTEN
        report = stall_report_for(services.store, services.policy, clock(), services.store.get_case(case_id))
        assert not [w for w in report["waiting_on"] if w["kind"] == "crm_write_back"]


def test_a_write_back_that_keeps_failing_stops_for_a_person_then_retries(flaky):
    opened, clock, holder = flaky(failures=1000)
    with opened as services:
        queue = services.write_backs
        queue.max_attempts = 3
        case_id = _approve_sync(services)
        for n in (1, 2):
            clock.advance(backoff(n))
            crm_pass(services)
        row = queue.get("OPP-3001")
        assert (row.state, row.attempts, row.next_attempt_at) == (WriteBackState.FAILED, 3, None)
        [gave_up] = [e for e in services.store.case_events(case_id) if e.action == "crm_write_back_failed"]
        assert gave_up.payload["attempts"] == 3 and "503" in gave_up.payload["error"]
        answer = render_case_status(stall_report_for(services.store, services.policy, clock(),
                                                     services.store.get_case(case_id)))
        assert "3 attempts failed" in answer and "countersign write-backs --retry OPP-3001" in answer
        clock.advance(timedelta(days=2))
        assert crm_pass(services) == 0 and len(holder["crm"].calls) == 3  # failed rows wait for a person
        holder["crm"].failures = 0
        assert queue.retry_failed("OPP-3001") == 1
        assert crm_pass(services) == 1
        assert services.crm.get_opportunity("OPP-3001").invoice_status == "invoiced"
        assert queue.summary()["counts"] == {"pending": 0, "written": 1, "failed": 0}


def test_values_that_change_while_a_write_is_in_flight_are_written_next(flaky):
    opened, clock, holder = flaky(failures=0)
    with opened as services:
        queue = services.write_backs
        queue.enqueue("OPP-3002", invoice_number="SI-9", invoice_status="invoiced", payment_status="unpaid")
        crm = holder["crm"]
        original = crm.write_back

        def write_then_change(opportunity_id, **values):
            original(opportunity_id, **values)
            if len(crm.calls) == 1:
                queue.enqueue(opportunity_id, payment_status="paid")  # a payment arrived meanwhile

        crm.write_back = write_then_change
        assert queue.deliver("OPP-3002").written
        assert queue.get("OPP-3002").state == WriteBackState.PENDING
        assert queue.deliver("OPP-3002").written
        assert [c["payment_status"] for c in crm.calls] == ["unpaid", "paid"]
        assert queue.get("OPP-3002").state == WriteBackState.WRITTEN
        assert queue.deliver("OPP-3002") is None


def test_a_claimed_write_back_is_not_claimed_twice(flaky):
    opened, clock, holder = flaky(failures=0)
    with opened as services:
        queue = services.write_backs
        queue.enqueue("OPP-3002", invoice_number="SI-9", invoice_status="invoiced")
        assert queue._claim("OPP-3002") is not None
        assert queue.deliver("OPP-3002") is None  # another deliverer holds the lease
        clock.advance(timedelta(minutes=3))  # the holder died: the lease ran out
        assert queue.deliver("OPP-3002").written
        assert len(holder["crm"].calls) == 1


def test_payment_status_follows_the_erp_payments(flaky):
    opened, clock, holder = flaky(failures=0)
    with opened as services:
        _approve_sync(services)
        invoice = next(i for i in services.erp.invoices(date(2026, 1, 1), date(2026, 12, 31))
                       if i.opportunity_id == "OPP-3001")
        assert services.crm.get_opportunity("OPP-3001").payment_status == "unpaid"
        assert crm_pass(services, refresh_payments=True) == 0  # nothing paid: nothing new to write
        services.erp.load_seed({"payments": [{"id": "PAY-9001", "invoice_id": invoice.id, "amount": "1000.00",
                                              "received_on": "2026-11-19"}]})
        assert crm_pass(services, refresh_payments=True) == 1
        assert services.crm.get_opportunity("OPP-3001").payment_status == "partially_paid"
        services.erp.load_seed({"payments": [{"id": "PAY-9002", "invoice_id": invoice.id,
                                              "amount": str(invoice.total - Decimal("1000.00")),
                                              "received_on": "2026-11-20"}]})
        assert crm_pass(services, refresh_payments=True) == 1
        assert services.crm.get_opportunity("OPP-3001").payment_status == "paid"
        assert crm_pass(services, refresh_payments=True) == 0  # paid rows are not read again
        assert [c["payment_status"] for c in holder["crm"].written] == ["unpaid", "partially_paid", "paid"]


def test_payment_status_rules():
    today = date(2026, 11, 22)
    due_later, due_past = inv("I1", "O1", "100.00", due="2026-12-01"), inv("I2", "O1", "50.00", due="2026-11-01")
    from countersign.domain import Payment

    def paid(iid, amount):
        return Payment(id=f"P-{iid}-{amount}", invoice_id=iid, amount=Decimal(amount), received_on=today)

    assert payment_status([due_later], [], today) == PaymentStatus.UNPAID
    assert payment_status([due_later], [paid("I1", "40")], today) == PaymentStatus.PARTIALLY_PAID
    assert payment_status([due_later], [paid("I1", "100.00")], today) == PaymentStatus.PAID
    assert payment_status([inv("I1", "O1", "100.00", balance="0")], [], today) == PaymentStatus.PAID
    assert payment_status([due_later, due_past], [paid("I1", "100.00")], today) == PaymentStatus.OVERDUE
    assert payment_status([due_later, due_past], [paid("I1", "100.00"), paid("I2", "50.00")], today) == "paid"


def test_reconcile_names_what_the_crm_lacks():
    today = date(2026, 11, 22)
    told = opp("O1", "100.00").model_copy(update={"invoice_number": "I1", "invoice_status": "invoiced",
                                                   "payment_status": "unpaid"})
    assert crm_updates([told], [inv("I1", "O1", "100.00")], [], today) == []
    [update] = crm_updates([opp("O2", "100.00")], [inv("I2", "O2", "60.00"), inv("I3", "O2", "40.00", balance="0")],
                           [], today)
    assert (update.invoice_number, update.invoice_status, update.payment_status) == (
        "I2, I3", "invoiced", "partially_paid")
    assert crm_updates([opp("O3", "100.00")], [], [], today) == []  # nothing invoiced: nothing to tell


@pytest.mark.slow
def test_cli_reconcile_write_back_and_the_write_backs_listing(tmp_path):
    from tests.test_cli import run

    run(["seed"], tmp_path)
    out = run(["reconcile", "--from", "2026-10-01", "--to", "2026-11-30", "--write-back"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "queued 1 CRM write-back(s) to the local CRM: 1 written, 0 left for the worker" in out.stdout
    listing = run(["write-backs", "--all"], tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert "OPP-2991" in listing.stdout and "overdue" in listing.stdout and "1 written" in listing.stdout
    again = run(["reconcile", "--from", "2026-10-01", "--to", "2026-11-30", "--write-back"], tmp_path)
    assert "queued 0 CRM write-back(s)" in again.stdout  # the CRM agrees now
