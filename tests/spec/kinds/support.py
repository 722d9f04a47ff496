"""Definitions for the node-kind tests: one node under test in an otherwise valid graph file."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from railgraph.errors import DefinitionError
from railgraph.spec.loader import LoadedGraph, load_graph

ROOT = Path(__file__).resolve().parents[3]

HEADER = f"""\
railgraph: 1
name: t
version: 1.0.0
root: {ROOT}
models: {{fast: scripted, smart: scripted}}
default_model: fast
tools:
  lookup_order: nodes.support_tools:lookup_order
  refund_policy: nodes.support_tools:refund_policy
agents:
  planner: {{graph: graphs/planner.yaml, max_cost_usd: 0.001, max_steps: 12}}
policies:
  routing: policies/routing.yaml
  prices: policies/prices.yaml
  tools: policies/tools.yaml
  escalation: policies/escalation.yaml
  degradation: policies/degradation.yaml
  budgets: policies/budgets.yaml
  breakers: policies/breakers.yaml
entry: under_test
nodes:
"""


def write(tmp_path: Path, node: str, more_nodes: str = "", edges: str | None = None,
          models: str = "{fast: scripted, smart: scripted}") -> Path:
    """A graph whose node ``under_test`` is ``node`` (YAML of one list item, no indent)."""
    body = textwrap.indent(textwrap.dedent(node).strip() + "\n", "  ")
    if more_nodes:
        body += textwrap.indent(textwrap.dedent(more_nodes).strip() + "\n", "  ")
    if edges is None:
        edges = "edges:\n  - {from: under_test, to: respond}\n  - {from: respond, to: END}\n"
        body += "  - {id: respond, kind: respond}\n"
    path = tmp_path / "graph.yaml"
    header = HEADER.replace("models: {fast: scripted, smart: scripted}", f"models: {models}")
    path.write_text(header + body + edges, encoding="utf-8")
    return path


def load(tmp_path: Path, node: str, **kwargs: str) -> LoadedGraph:
    return load_graph(write(tmp_path, node, **kwargs))


def problems(tmp_path: Path, node: str, **kwargs: str) -> list[tuple[int, str]]:
    """(line, message) of every problem found in the graph."""
    with pytest.raises(DefinitionError) as err:
        load(tmp_path, node, **kwargs)
    return [(p.line, p.message) for p in err.value.problems]


def line_of(tmp_path: Path, needle: str) -> int:
    """The 1-based line of the first line of graph.yaml containing ``needle``."""
    lines = (tmp_path / "graph.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if needle in text)
