"""Reconciliation over plain records, and the CLI report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from countersign.domain import Opportunity, Payment, SalesInvoice, SalesLine
from countersign.tools.reconcile import reconcile

TODAY = date(2026, 11, 22)


def opp(oid, amount, close="2026-11-01"):
    return Opportunity(id=oid, name=f"{oid} deal", account_id="A", account_name="Acme", stage="Closed Won",
                       close_date=date.fromisoformat(close),
                       lines=[SalesLine(product="x", quantity=Decimal(1), unit_price=Decimal(amount))])


def inv(iid, oid, total, balance=None, due="2026-12-01"):
    return SalesInvoice(id=iid, customer_id="C", doc_number=iid, opportunity_id=oid, invoice_date=date(2026, 11, 2),
                        due_date=date.fromisoformat(due), currency="USD", total=Decimal(total),
                        balance=Decimal(balance if balance is not None else total))


def test_matching_records_give_no_delta():
    assert reconcile([opp("O1", "100.00")], [inv("I1", "O1", "100.00", "0")], [], TODAY) == []


def test_missing_in_erp():
    [delta] = reconcile([opp("O1", "100.00")], [], [], TODAY)
    assert delta.kind == "missing_in_erp" and delta.crm_amount == Decimal("100.00")


def test_discount_is_named_with_its_percentage():
    [delta] = reconcile([opp("O1", "200.00")], [inv("I1", "O1", "180.00", "0")], [], TODAY)
    assert delta.kind == "amount_mismatch" and "discount of 10.00% (20.00)" in delta.detail


def test_tax_added_is_named():
    [delta] = reconcile([opp("O1", "100.00")], [inv("I1", "O1", "108.00", "0")], [], TODAY)
    assert "8.00% (8.00) more in the ERP" in delta.detail


def test_partial_invoicing_is_named():
    [delta] = reconcile([opp("O1", "100.00")], [inv("I1", "O1", "40.00", "0"), inv("I2", "O1", "30.00", "0")], [],
                        TODAY)
    assert "partial invoicing: 2 invoice(s) cover 70.00 of 100.00" in delta.detail


def test_unpaid_past_due_counts_payments():
    invoice = inv("I1", "O1", "100.00", "100.00", due="2026-11-01")
    deltas = reconcile([opp("O1", "100.00")], [invoice], [Payment(id="P", invoice_id="I1", amount=Decimal("60.00"),
                                                                   received_on=date(2026, 11, 5))], TODAY)
    [delta] = deltas
    assert (delta.kind == "unpaid_past_due" and delta.erp_amount == Decimal("40.00")
            and "21 days overdue" in delta.detail)
    assert reconcile([opp("O1", "100.00")], [inv("I1", "O1", "100.00", due="2026-12-01")], [], TODAY) == []


@pytest.mark.slow
def test_cli_report_on_the_seeded_books(tmp_path):
    from tests.test_cli import run

    run(["seed"], tmp_path)
    out = run(["reconcile", "--from", "2026-10-01", "--to", "2026-11-30"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "discount of 5.00% (94.50)" in out.stdout and "OPP-3003" in out.stdout and "unpaid_past_due" in out.stdout
    bad = run(["reconcile", "--from", "2026-13-01", "--to", "2026-11-30"], tmp_path)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


@pytest.mark.slow
def test_cli_posts_the_report_to_slack(tmp_path):
    from tests.slack_stub import BOT_TOKEN, SlackStub
    from tests.test_cli import run

    run(["seed"], tmp_path)
    stub = SlackStub().start()
    try:
        args = ["reconcile", "--from", "2026-10-01", "--to", "2026-11-30", "--slack", "C0FINANCE"]
        wrong = run(args, tmp_path, env={"COUNTERSIGN_SLACK_BOT_TOKEN": "xoxb-wrong",
                                         "COUNTERSIGN_SLACK_API_URL": stub.api_url})
        assert wrong.returncode == 1 and "Slack refused the report: invalid_auth" in wrong.stderr
        stub.reset()  # the stub records refused calls too
        out = run(args, tmp_path, env={"COUNTERSIGN_SLACK_BOT_TOKEN": BOT_TOKEN,
                                       "COUNTERSIGN_SLACK_API_URL": stub.api_url})
        assert out.returncode == 0, out.stderr
        [post] = stub.posts("C0FINANCE")
        assert "6 difference(s)" in post["text"] and "discount of 5.00% (94.50)" in post["text"]
        assert "unpaid past due — OPP-2991 / SI-00002" in post["text"]
    finally:
        stub.stop()
    missing = run(["reconcile", "--from", "2026-10-01", "--to", "2026-11-30", "--slack", "C0FINANCE"], tmp_path)
    assert missing.returncode == 1 and "COUNTERSIGN_SLACK_BOT_TOKEN" in missing.stderr
