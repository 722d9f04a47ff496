"""The engine's layers import one way: the spec imports no runtime, nodes never import the
compiler, and no module of the spec, the node kinds or the compiler is part of an import cycle.

Every import counts, also those inside functions (a lazy import is still a dependency); only
imports under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "railgraph"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, module: str) -> set[str]:
    """Every module ``module`` imports, resolved to names (relative imports included)."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        # `from pkg import mod` names a module; `from mod import attr` names the module only.
        graph[name] = {target for target in _imports(path, name) if target in modules
                       and target != name}
    return graph


def _cycles_through(graph: dict[str, set[str]], prefixes: tuple[str, ...]) -> list[list[str]]:
    """Strongly connected components with more than one module, touching ``prefixes``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = [0]

    def connect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            connect(v)
    return [c for c in components if any(m.startswith(prefixes) for m in c)]


def _is_package_parent(parent: str, child: str) -> bool:
    return child.startswith(parent + ".")


def test_spec_nodes_and_compiler_are_in_no_import_cycle() -> None:
    graph = _graph()
    # Importing `a.b` runs `a/__init__.py`: a package and its own modules are not a cycle.
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not _is_package_parent(t, module)}
    cycles = _cycles_through(graph, ("railgraph.spec", "railgraph.nodes", "railgraph.compile",
                                     "railgraph.agent_state", "railgraph.multi"))
    assert cycles == []


def test_nodes_never_import_the_compiler() -> None:
    graph = _graph()
    offenders = {m: sorted(t for t in targets if t == "railgraph.compile")
                 for m, targets in graph.items() if m.startswith("railgraph.nodes")}
    assert {m: t for m, t in offenders.items() if t} == {}


def test_the_spec_imports_no_runtime_and_nothing_above_it() -> None:
    graph = _graph()
    above = ("railgraph.nodes", "railgraph.compile", "railgraph.runner", "railgraph.cli",
             "railgraph.server", "railgraph.agent_state", "railgraph.multi")
    offenders = {m: sorted(t for t in targets if t.startswith(above))
                 for m, targets in graph.items() if m.startswith("railgraph.spec")}
    assert {m: t for m, t in offenders.items() if t} == {}
    # Loading and the JSON Schema run without langchain or langgraph.
    probe = ("import sys, railgraph.spec.loader, railgraph.spec.schema, railgraph.spec.kinds;"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('langchain', 'langchain_core', 'langgraph')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert out.stdout.strip() == "[]"
