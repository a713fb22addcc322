"""Small runs of `evals.stress` on PostgreSQL: approvals through the HTTP Slack app and worker
processes, with double clicks, Slack retries, ERP outages and timeouts, and SIGKILLed processes
between decision and post; afterwards every approved proposal is posted exactly once, nothing
rejected or expired is posted, no case is lost and the audit chain verifies. Once on the embedded
ledger (faults from a wrapper), once per stubbed ERP (QuickBooks, Xero…: faults from the stub, over
HTTP)."""

from __future__ import annotations

import uuid

import pytest

from evals.stress import run_stress

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("erp,n", [("ledger", 30), ("quickbooks", 20), ("xero", 20), ("netsuite", 20),
                                   ("businesscentral", 20), ("intacct", 20)])
def test_exactly_once_under_faults(pg_server, erp, n):
    url = pg_server.create_database(f"s_{uuid.uuid4().hex[:12]}")
    result = run_stress(n, workers=2, seed=11, database_url=url, kill_interval=(0.7, 2.0), settle_s=300, erp=erp)
    assert result["approvals"] == n
    assert result["approved"] + result["rejected"] + result["expired"] == n
    assert result["bills_in_erp"] == result["approved"]
    assert result["duplicate_posts"] == 0
    assert result["missing_posts"] == 0
    assert result["forbidden_posts"] == 0
    assert result["lost_cases"] == 0
    assert result["double_decisions"] == 0
    assert result["audit_valid"] == 1
    # the faults really happened
    assert result["killed_workers"] + result["killed_before_post"] + result["killed_after_post"] > 0
    assert result["double_clicks"] + result["own_upload_clicks"] > 0
    assert result["erp_unavailable"] + result["erp_timeouts"] + result["erp_throttled"] > 0
