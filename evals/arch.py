"""Architecture check: `python -m evals.arch [--root PACKAGE_DIR]`.

Reads every `.py` file of the `countersign` package with `ast` (nothing is imported, so a broken
module cannot hide its imports), prints the import graph and a layer-to-layer summary, then the
problems, then `key=value` lines. Exit code 1 when there is any problem:
- an import circle (modules that import each other, directly or round a ring, or themselves);
- an import against the layer order in LAYERS below;
- a module over MAX_LINES lines (migrations are exempt: each is the frozen record of one schema
  change, not code to split);
- a module that belongs to no layer.

Every import that can run counts: top level, inside functions, inside try/except. Imports under
`if TYPE_CHECKING:` never run, so they are left out. `imports=` counts distinct module-to-module
edges; `layer_violations=` counts import statements, since each is a line to change. The parent
packages Python initialises on the way (countersign.app for countersign.app.cli) are not counted:
what a package's __init__ imports is judged where it is written.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "countersign"
MAX_LINES = 500
EXEMPT_FROM_SIZE = "countersign.migrations"

# Mirrors the layer table in the design (shared/design.md, "Layers and what each may touch").
# layer: (the module or package it holds, the layers it may import). A module may always import
# its own layer; circles are refused all the same. "root" is the package __init__ alone.
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "domain":     ("countersign.domain",     ()),
    "tables":     ("countersign.tables",     ("domain",)),
    "ports":      ("countersign.ports",      ("domain",)),
    "policies":   ("countersign.policies",   ("domain",)),
    "extraction": ("countersign.extraction", ("domain",)),
    "prompts":    ("countersign.prompts",    ()),
    "tools":      ("countersign.tools",      ("domain", "ports", "policies", "extraction", "prompts")),
    "adapters":   ("countersign.adapters",   ("domain", "ports", "tables")),
    "agent":      ("countersign.agent",      ("domain", "ports", "policies", "extraction", "tools", "prompts")),
    "app":        ("countersign.app",        ("domain", "tables", "ports", "policies", "extraction",
                                              "prompts", "tools", "adapters", "agent", "migrations")),
    "migrations": ("countersign.migrations", ("tables", "domain")),
    "root":       ("countersign",            ()),
}


@dataclass(frozen=True)
class Module:
    name: str         # dotted, a package by its own name: countersign.app, not countersign.app.__init__
    path: str         # as printed in problems: countersign/app/__init__.py
    lines: int
    is_package: bool


@dataclass(frozen=True)
class Import:
    source: str       # importing module
    target: str       # imported countersign module
    line: int


@dataclass(frozen=True)
class Analysis:
    modules: dict[str, Module]
    imports: list[Import]             # every import statement of a countersign module
    circles: list[list[str]]          # each sorted; a self-import is a circle of one
    wrong_way: list[Import]
    oversized: list[Module]
    unplaced: list[Module]

    @property
    def edges(self) -> set[tuple[str, str]]:
        return edges_of(self.imports)

    @property
    def ok(self) -> bool:
        return not (self.circles or self.wrong_way or self.oversized or self.unplaced)


# --------------------------------------------------------------------------- reading

def read_package(root: Path) -> list[tuple[Module, str]]:
    """Every `.py` file under root with its source; the only function here that reads files."""
    found = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        text = path.read_text(encoding="utf-8")
        found.append((Module(name, path.relative_to(root.parent).as_posix(),
                             len(text.splitlines()), is_package), text))
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
        and isinstance(test.value, ast.Name) and test.value.id == "typing")


def _import_statements(nodes: Iterable[ast.AST]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement under nodes, at any depth, except in `if TYPE_CHECKING:` bodies."""
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _import_statements(node.orelse)
        else:
            yield from _import_statements(ast.iter_child_nodes(node))


def _longest_known(dotted: str, known: set[str]) -> str | None:
    """The module Python ends up in for `import dotted`: its longest prefix that is a module."""
    parts = dotted.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in known:
            return ".".join(parts[:n])
    return None


def find_imports(module: Module, source: str, known: set[str]) -> list[Import]:
    """The countersign modules that `module` imports, one Import per imported module per statement.

    `from a.b import c` means a.b.c when that is a module, else a.b; relative imports are
    resolved against the importing module's package.
    """
    found = []
    for node in _import_statements([ast.parse(source, filename=module.path)]):
        if isinstance(node, ast.Import):
            targets = [_longest_known(alias.name, known) for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
                if node.level - 1 >= len(package):
                    continue  # beyond the top-level package: Python refuses it too
                base = ".".join(package[:len(package) - (node.level - 1)] + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known
                       else _longest_known(base, known) for alias in node.names]
        for target in dict.fromkeys(targets):  # `from a import b, c` of names: one import of a
            if target is not None:
                found.append(Import(module.name, target, node.lineno))
    return found


# --------------------------------------------------------------------------- checking

def layer_of(name: str) -> str | None:
    for layer, (prefix, _) in LAYERS.items():
        if name == prefix or (layer != "root" and name.startswith(prefix + ".")):
            return layer
    return None


def may_import(source_layer: str, target_layer: str) -> bool:
    return source_layer == target_layer or target_layer in LAYERS[source_layer][1]


def edges_of(imports: list[Import]) -> set[tuple[str, str]]:
    """The graph: (importer, imported) once, however many statements import it."""
    return {(imp.source, imp.target) for imp in imports}


def find_circles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Strongly connected components that are circles: two modules or more, or one that imports
    itself. A module is on a circle exactly when it can reach itself; its circle is every module
    it reaches that reaches it back. Quadratic, which is nothing for a hundred modules."""
    following: dict[str, set[str]] = {}
    for source, target in edges:
        following.setdefault(source, set()).add(target)
    reach = {}
    for start in following:
        seen, todo = set(), list(following[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(following.get(node, ()))
        reach[start] = seen
    circles = {frozenset({m for m in reach[n] if n in reach.get(m, ())}) for n in reach if n in reach[n]}
    return sorted(sorted(circle) for circle in circles)


def against_layers(imports: list[Import]) -> list[Import]:
    """Imports from a placed module to a placed module of a layer it may not import."""
    wrong = []
    for imp in imports:
        source, target = layer_of(imp.source), layer_of(imp.target)
        if source and target and not may_import(source, target):
            wrong.append(imp)
    return wrong


def analyse(package: list[tuple[Module, str]]) -> Analysis:
    modules = {module.name: module for module, _ in package}
    imports = [imp for module, source in package for imp in find_imports(module, source, set(modules))]
    return Analysis(
        modules=modules,
        imports=imports,
        circles=find_circles(edges_of(imports)),
        wrong_way=against_layers(imports),
        oversized=[m for m in modules.values() if m.lines > MAX_LINES
                   and not (m.name + ".").startswith(EXEMPT_FROM_SIZE + ".")],
        unplaced=[m for m in modules.values() if layer_of(m.name) is None],
    )


# --------------------------------------------------------------------------- report

def problems(result: Analysis) -> list[str]:
    """One entry per problem, each naming the file (and line, for an import). A circle is one
    problem: its entry goes on with one indented line per import that ties it."""
    found = []
    path = {name: module.path for name, module in result.modules.items()}
    for circle in result.circles:
        tying = sorted((i for i in result.imports if i.source in circle and i.target in circle),
                       key=lambda i: (i.source, i.line))
        found.append("\n  ".join([f"circle of {len(circle)}: {', '.join(circle)}"] + [
            f"{path[i.source]}:{i.line}: {i.source} imports {i.target}" for i in tying]))
    for imp in sorted(result.wrong_way, key=lambda i: (path[i.source], i.line)):
        found.append(f"{path[imp.source]}:{imp.line}: layer {layer_of(imp.source)} may not import "
                     f"layer {layer_of(imp.target)} ({imp.target})")
    found += [f"{m.path}: {m.lines} lines, over {MAX_LINES}" for m in result.oversized]
    found += [f"{m.path}: unplaced module {m.name} belongs to no layer" for m in result.unplaced]
    return found


def headline(result: Analysis) -> dict[str, object]:
    by_name = sorted(result.modules.values(), key=lambda m: m.name)
    largest = max(by_name, key=lambda m: m.lines, default=None)  # the first by name on a tie
    return {
        "modules": len(result.modules),
        "imports": len(result.edges),
        "circles": len(result.circles),
        "layer_violations": len(result.wrong_way),
        "modules_over_500": len(result.oversized),
        "unplaced_modules": len(result.unplaced),
        "largest_module": f"{largest.name}:{largest.lines}" if largest else "none:0",
        "ok": int(result.ok),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.arch", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=PACKAGE_ROOT,
                        help="the countersign package directory (default: the repository's)")
    parser.add_argument("--quiet", action="store_true", help="print only the problems and the key=value lines")
    args = parser.parse_args(argv)
    result = analyse(read_package(args.root))
    if not args.quiet:
        print_graph(result)
    found = problems(result)
    print(f"problems: {len(found) or 'none'}")
    for problem in found:
        print(problem)
    print()
    for key, value in headline(result).items():
        print(f"{key}={value}")
    return 0 if result.ok else 1


def print_graph(result: Analysis) -> None:
    """Every module with its layer and what it imports, then the imports between layers."""
    targets: dict[str, list[str]] = {name: [] for name in result.modules}
    for source, target in sorted(result.edges):
        targets[source].append(target)
    width = max((len(name) for name in result.modules), default=0)
    print(f"{'module'.ljust(width)}  lines  {'layer'.ljust(10)}  imports")
    for name, module in sorted(result.modules.items()):
        print(f"{name.ljust(width)}  {module.lines:5d}  {(layer_of(name) or '?').ljust(10)}  "
              f"{', '.join(targets[name]) or '-'}")

    print("\nlayer       imports by layer (distinct module edges; ! = against the layer order)")
    between = Counter((layer_of(source), layer_of(target)) for source, target in result.edges)
    order = [*LAYERS, None]  # None: unplaced modules, shown as "?"
    for source in order:
        row = [f"{target or '?'} {between[source, target]}"
               + ("!" if source and target and not may_import(source, target) else "")
               for target in order if between[source, target]]
        if row:
            print(f"{(source or '?').ljust(10)}  {', '.join(row)}")
    print()


if __name__ == "__main__":
    sys.exit(main())
