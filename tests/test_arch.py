"""The architecture check (evals/arch.py) on small fake `countersign` packages built in tmp_path.

Never on the real tree: that is not clean until the rehouse is done.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from evals import arch

REPO = Path(__file__).resolve().parents[1]

CLEAN = {
    "domain.py": "from decimal import Decimal\n",
    "tables.py": "from countersign import domain\n",
    "ports.py": "from countersign.domain import Decimal\n",
    "policies/__init__.py": "",
    "policies/rules.py": "import countersign.domain\n",
    "tools/__init__.py": "",
    "tools/match.py": "from countersign import ports\nfrom countersign.policies import rules\n",
    "adapters/__init__.py": "",
    "adapters/ledger.py": "from countersign import tables, ports\n",
    "agent/__init__.py": "",
    "agent/workflow.py": "from countersign.tools import match\n",
    "app/__init__.py": "",
    "app/cli.py": "from countersign.agent import workflow\nfrom countersign.adapters import ledger\n",
    "migrations/__init__.py": "",
    "migrations/env.py": "from countersign import tables\n",
}


def make_package(tmp_path: Path, files: dict[str, str]) -> Path:
    """A `countersign` package under tmp_path: an empty __init__ plus `files` (path: source)."""
    root = tmp_path / "countersign"
    for rel, source in {"__init__.py": "", **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


def analyse(tmp_path: Path, files: dict[str, str]) -> arch.Analysis:
    return arch.analyse(arch.read_package(make_package(tmp_path, files)))


def run_cli(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evals.arch", "--root", str(root)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)


def test_clean_layered_package_passes_through_the_cli(tmp_path):
    done = run_cli(make_package(tmp_path, CLEAN))
    assert done.returncode == 0, done.stdout + done.stderr
    tail = done.stdout.splitlines()[-8:]
    assert tail == ["modules=16", "imports=11", "circles=0", "layer_violations=0",
                    "modules_over_500=0", "unplaced_modules=0", "largest_module=countersign.app.cli:2",
                    "ok=1"]
    graph_line = next(line for line in done.stdout.splitlines() if line.startswith("countersign.app.cli "))
    assert graph_line.split()[1:] == ["2", "app", "countersign.adapters.ledger,", "countersign.agent.workflow"]
    assert "problems: none" in done.stdout


def test_failing_package_exits_1_through_the_cli(tmp_path):
    done = run_cli(make_package(tmp_path, {**CLEAN, "domain.py": "import os\nimport countersign.app.cli\n"}))
    assert done.returncode == 1
    assert "countersign/domain.py:2: layer domain may not import layer app (countersign.app.cli)" in done.stdout
    assert done.stdout.splitlines()[-1] == "ok=0"
    assert "layer_violations=1" in done.stdout.splitlines()


def test_two_module_circle_is_reported_with_both_modules(tmp_path):
    result = analyse(tmp_path, {"app/__init__.py": "",
                                "app/a.py": "from countersign.app import b\n",
                                "app/b.py": "import os\nfrom countersign.app.a import thing\n"})
    assert result.circles == [["countersign.app.a", "countersign.app.b"]]
    assert not result.wrong_way and not result.ok
    [problem] = arch.problems(result)
    assert problem.splitlines() == [
        "circle of 2: countersign.app.a, countersign.app.b",
        "  countersign/app/a.py:1: countersign.app.a imports countersign.app.b",
        "  countersign/app/b.py:2: countersign.app.b imports countersign.app.a",
    ]


def test_circle_through_a_function_local_import_is_found(tmp_path):
    result = analyse(tmp_path, {"app/__init__.py": "",
                                "app/a.py": "from countersign.app import b\n",
                                "app/b.py": """\
                                    def late():
                                        try:
                                            from countersign.app import a
                                        except ImportError:
                                            pass
                                    """})
    assert result.circles == [["countersign.app.a", "countersign.app.b"]]
    assert arch.Import("countersign.app.b", "countersign.app.a", 3) in result.imports


def test_self_import_is_a_circle_of_one():
    assert arch.find_circles({("m", "m"), ("m", "n")}) == [["m"]]
    assert arch.find_circles({("m", "n"), ("n", "o")}) == []


def test_import_under_type_checking_creates_no_edge(tmp_path):
    result = analyse(tmp_path, {**CLEAN, "domain.py": """\
        import typing
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from countersign.app import cli
        if typing.TYPE_CHECKING:
            import countersign.agent.workflow
        else:
            import countersign.prompts
        """, "prompts/__init__.py": ""})
    assert [(i.target, i.line) for i in result.imports if i.source == "countersign.domain"] == [
        ("countersign.prompts", 8)]
    assert result.circles == []
    assert result.wrong_way == [arch.Import("countersign.domain", "countersign.prompts", 8)]


def test_relative_imports_are_resolved_and_a_wrong_way_one_is_caught(tmp_path):
    result = analyse(tmp_path, {**CLEAN,
                                "policies/__init__.py": "from .rules import check\n",
                                "policies/rules.py": "from .. import domain\nfrom . import schema\n",
                                "policies/schema.py": "from ..adapters.ledger import post\n"})
    edges = {(i.source, i.target) for i in result.imports if i.source.startswith("countersign.policies")}
    assert edges == {("countersign.policies", "countersign.policies.rules"),
                     ("countersign.policies.rules", "countersign.domain"),
                     ("countersign.policies.rules", "countersign.policies.schema"),
                     ("countersign.policies.schema", "countersign.adapters.ledger")}
    assert result.wrong_way == [arch.Import("countersign.policies.schema", "countersign.adapters.ledger", 1)]
    assert arch.problems(result) == [
        "countersign/policies/schema.py:1: layer policies may not import layer adapters (countersign.adapters.ledger)"]


def test_from_import_resolves_to_the_submodule_when_it_is_one_else_to_the_package():
    known = {"countersign", "countersign.app", "countersign.app.cli", "countersign.tools"}
    module = arch.Module("countersign.tools", "countersign/tools/__init__.py", 3, is_package=True)
    source = "from countersign.app import cli\nfrom countersign.app import VERSION\nfrom . import missing\n"
    assert arch.find_imports(module, source, known) == [
        arch.Import("countersign.tools", "countersign.app.cli", 1),
        arch.Import("countersign.tools", "countersign.app", 2),
        arch.Import("countersign.tools", "countersign.tools", 3),
    ]


def test_wrong_way_imports_fail_with_file_and_line(tmp_path):
    result = analyse(tmp_path, {**CLEAN,
                                "domain.py": "from decimal import Decimal\nfrom countersign.app import settings\n",
                                "app/settings.py": "",
                                "adapters/ledger.py": """\
                                    from countersign import tables, ports

                                    def post():
                                        from countersign.agent.workflow import run
                                    """})
    assert not result.ok
    assert sorted(arch.problems(result)) == [
        "countersign/adapters/ledger.py:4: layer adapters may not import layer agent (countersign.agent.workflow)",
        "countersign/domain.py:2: layer domain may not import layer app (countersign.app.settings)",
    ]
    assert result.circles == []


def test_module_over_500_lines_fails_but_not_under_migrations(tmp_path):
    lines = "\n".join(f"x{i} = {i}" for i in range(501)) + "\n"
    result = analyse(tmp_path, {**CLEAN, "app/big.py": lines, "app/edge.py": lines.split("\n", 1)[1],
                                "migrations/versions/0001_big.py": lines * 2})
    assert [m.name for m in result.oversized] == ["countersign.app.big"]
    assert result.modules["countersign.app.edge"].lines == 500
    assert result.modules["countersign.migrations.versions.0001_big"].lines == 1002
    assert arch.problems(result) == ["countersign/app/big.py: 501 lines, over 500"]
    assert arch.headline(result)["largest_module"] == "countersign.migrations.versions.0001_big:1002"
    assert arch.headline(result)["ok"] == 0


def test_unplaced_module_fails(tmp_path):
    result = analyse(tmp_path, {**CLEAN, "helpers.py": "from countersign import domain\n"})
    assert [m.name for m in result.unplaced] == ["countersign.helpers"]
    assert result.wrong_way == []  # its imports are not judged: it has no layer to judge them by
    assert arch.problems(result) == ["countersign/helpers.py: unplaced module countersign.helpers belongs to no layer"]
    assert not result.ok


def test_the_real_package_keeps_its_layers():
    """countersign/ itself: no import circle, no import against the layer order, no module over 500 lines."""
    result = arch.analyse(arch.read_package(arch.PACKAGE_ROOT))
    assert arch.problems(result) == []
