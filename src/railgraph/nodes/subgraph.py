"""``subgraph`` nodes: another graph definition, compiled with the parent's resources and run
as one node (LangGraph runs a compiled graph as a node directly)."""

from __future__ import annotations

from typing import Any

from railgraph.nodes.context import BuildContext
from railgraph.spec.kinds.subgraph import SubgraphNode

__all__ = ["build"]


def build(node: SubgraphNode, ctx: BuildContext) -> Any:
    """The included graph, compiled by the parent's compiler (same model overrides and
    reliability store); it keeps the parent's turn, so it does not start one of its own."""
    return ctx.compile(ctx.loaded.subgraphs[node.id], is_subgraph=True)
