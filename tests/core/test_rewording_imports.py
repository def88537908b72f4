"""The rewording package has no import cycle, counting imports made inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import noc_letter.core.rewording as rewording

PACKAGE = "noc_letter.core.rewording"


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports, anywhere in its source."""
    folder = Path(rewording.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        name = PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}"
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets.add(node.module)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
        graph[name] = {t for t in targets if t.startswith(PACKAGE + ".")}
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


def test_rewording_has_no_import_cycle():
    """No module of core.rewording imports, directly or through others, one that imports it."""
    graph = import_graph()
    assert len(graph) > 10
    assert find_cycle(graph) == []


def test_the_cycle_finder_finds_one():
    """The check would see a cycle (target_verbs ↔ leadins, as it was)."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
