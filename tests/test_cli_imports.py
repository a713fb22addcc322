"""The read-only commands load only what they use: `evals.bench cli` holds them to 0.8 s of CPU,
and most of a short command's CPU is its imports and its first statements."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from countersign.agent.runner import process_file
from countersign.app.bootstrap import open_services
from countersign.app.identity import mark_demo_workspace
from countersign.app.settings import Settings

HEAVY = ("langchain", "langchain_core", "langgraph", "langsmith")

# Runs one command as `countersign` does, then prints which of the modules asked about it loaded
# and whether the ORM configured its mappers (it does on the first statement about a mapped class).
PROBE = """
import json, sys
from countersign.app.cli import main
args, names = map(json.loads, sys.argv[1:])
sys.argv = ["countersign", *args]
try:
    main()
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in names))
tables = sys.modules.get("countersign.tables")
print(json.dumps({"loaded": loaded, "mappers_configured": bool(tables and tables.CaseRow.__mapper__.configured)}))
"""


def _probe(args: list[str], names: tuple[str, ...]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(names)], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])


@pytest.fixture
def workspace_dir(tmp_path, demo_pdfs):
    """A workspace with one invoice awaiting approval (INV-1043)."""
    mark_demo_workspace(tmp_path)
    with open_services(Settings(data_dir=tmp_path, _env_file=None)) as services:
        assert process_file(services, demo_pdfs["clean"], uploader="U0AP0CLERK").status == "awaiting_approval"
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize("command", [["status", "INV-1043"], ["status", "INV-1043", "--json"], ["approvals"],
                                     ["approvals", "--json"]])
def test_status_and_approvals_load_no_langchain_and_read_without_the_orms_mappers(workspace_dir, command):
    """The store's reads are Core selects into plain rows: no mapper is configured, no statement
    compiled the ORM's way."""
    probed = _probe(["--data-dir", str(workspace_dir), *command], HEAVY)
    assert probed == {"loaded": [], "mappers_configured": False}


@pytest.mark.slow
def test_audit_verify_reads_the_log_without_the_orm(workspace_dir):
    probed = _probe(["--data-dir", str(workspace_dir), "audit", "verify"], (*HEAVY, "sqlalchemy.orm",
                                                                            "countersign.tables"))
    assert probed == {"loaded": [], "mappers_configured": False}
