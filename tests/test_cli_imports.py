"""The read-only commands load only what they use: `evals.bench cli` holds them to 0.8 s of CPU,
and most of a short command's CPU is its imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from countersign.app.bootstrap import open_services
from countersign.app.settings import Settings

HEAVY = ("langchain", "langchain_core", "langgraph", "langsmith")

# Runs one command as `countersign` does, then prints which of the modules asked about it loaded.
PROBE = """
import json, sys
from countersign.app.cli import main
args, names = map(json.loads, sys.argv[1:])
sys.argv = ["countersign", *args]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in names))))
"""


def _loaded(args: list[str], names: tuple[str, ...]) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(names)], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])


@pytest.fixture
def workspace_dir(tmp_path):
    with open_services(Settings(data_dir=tmp_path, _env_file=None)) as services:
        services.audit.record(actor="U0AP0CLERK", action="note", subject="C-1", payload={})
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize("command", [["status", "INV-1"], ["approvals"], ["approvals", "--json"]])
def test_status_and_approvals_load_no_langchain(workspace_dir, command):
    assert _loaded(["--data-dir", str(workspace_dir), *command], HEAVY) == []


@pytest.mark.slow
def test_audit_verify_reads_the_log_without_the_orm(workspace_dir):
    loaded = _loaded(["--data-dir", str(workspace_dir), "audit", "verify"], (*HEAVY, "sqlalchemy.orm",
                                                                              "countersign.tables"))
    assert loaded == []
