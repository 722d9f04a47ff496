"""``subgraph`` nodes: another graph definition run as one node."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "SubgraphNode",
    "SubgraphParams",
    "check",
]


class SubgraphParams(StrictModel):
    graph: str = Field(description="Path of another graph definition (relative to the root).")


class SubgraphNode(NodeBase):
    """Runs another graph definition as one node."""

    kind: Literal["subgraph"]
    params: SubgraphParams


def check(node: SubgraphNode, at: PathKey, checker: Checker) -> None:
    """The included definition loads (it is checked like any graph) and does not include itself."""
    checker.load_subgraph(node.id, node.params.graph, (*at, "params", "graph"))


KIND = NodeKind("subgraph", SubgraphNode, check, builder="railgraph.nodes.subgraph:build")
