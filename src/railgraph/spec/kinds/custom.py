"""``custom`` nodes: a function of the project (e.g. ``nodes.orders:enrich``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "CustomNode",
    "CustomParams",
    "check",
]


class CustomParams(StrictModel):
    function: str = Field(description="Dotted path `package.module:function` of the node body.")
    args: dict[str, Any] = Field(default_factory=dict, description="Keyword arguments passed.")


class CustomNode(NodeBase):
    """Runs a Python function from the project (e.g. ``nodes.orders:enrich``)."""

    kind: Literal["custom"]
    params: CustomParams


def check(node: CustomNode, at: PathKey, checker: Checker) -> None:
    """The function imports and is callable."""
    checker.dotted(node.params.function, (*at, "params", "function"), must_call=True)


KIND = NodeKind("custom", CustomNode, check, builder="railgraph.nodes.custom:build")
