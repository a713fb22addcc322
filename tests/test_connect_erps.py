"""`countersign connect NAME` for the ERPs of issue 18, as a user runs it: listed in `connect --help`,
and a missing key or app says exactly what to set."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from tests.test_cli import run

ERPS = {"xero": "COUNTERSIGN_XERO_CLIENT_ID", "netsuite": "COUNTERSIGN_NETSUITE_ACCOUNT_ID",
        "businesscentral": "COUNTERSIGN_BC_TENANT_ID", "intacct": "COUNTERSIGN_INTACCT_SENDER_ID"}


def test_connect_help_lists_every_erp(tmp_path):
    out = run(["connect", "--help"], tmp_path)
    assert out.returncode == 0
    for name in ["quickbooks", *ERPS]:
        assert f"│ {name} " in out.stdout


@pytest.mark.parametrize("name", sorted(ERPS))
def test_connect_without_a_key_or_an_app_says_what_is_missing(tmp_path, name):
    out = run(["connect", name], tmp_path, input_="")
    assert out.returncode == 1
    [line] = out.stderr.strip().splitlines()
    assert line.startswith("countersign: ") and "COUNTERSIGN_TOKEN_KEY is not set" in line
    keyed = run(["connect", name], tmp_path, input_="", env={"COUNTERSIGN_TOKEN_KEY": Fernet.generate_key().decode()})
    assert keyed.returncode == 1 and ERPS[name] in keyed.stderr
