"""No package of noc_letter has an import cycle, counting imports made inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import noc_letter

ROOT = Path(noc_letter.__file__).parent


def module_name(path: Path) -> str:
    """noc_letter/core/matching/index.py → noc_letter.core.matching.index (a package: its name)."""
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: str = "noc_letter") -> dict[str, set[str]]:
    """Module → the modules under `package` it imports, anywhere in its source (`from a import
    b` counts a.b when b is a module, else a)."""
    paths = {module_name(p): p for p in ROOT.rglob("*.py")}
    modules = {m for m in paths if m == package or m.startswith(package + ".")}
    graph: dict[str, set[str]] = {}
    for name in sorted(modules):
        path = paths[name]
        here = name if path.stem == "__init__" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = here.split(".")
                    up = parts[: len(parts) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in paths else base)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules ([] when there is none)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return []


def test_no_import_cycle():
    """No module imports, directly or through others, one that imports it (matching had
    dense <-> index, commands had assess <-> assess_batch, rewording target_verbs <-> leadins;
    a cycle inside any subpackage is one of the whole package's)."""
    graph = import_graph()
    assert len(graph) > 100
    assert find_cycle(graph) == []


def test_the_graph_sees_imports_inside_functions():
    """index.py imports analysis inside a function: the graph counts it."""
    graph = import_graph("noc_letter.core.matching")
    assert "noc_letter.core.matching.analysis" in graph["noc_letter.core.matching.index"]


def test_the_cycle_finder_finds_one():
    """The check would see a cycle (target_verbs ↔ leadins, as it was)."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
