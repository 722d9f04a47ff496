"""``rails`` nodes: a NeMo Guardrails Colang 1.0 config run through ``check()``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "RailsNode",
    "RailsParams",
    "check",
]


class RailsParams(StrictModel):
    config: str = Field(description="Name of a rails config declared under `rails:`.")
    stage: Literal["input", "output"] = Field("input", description="Which rails to run.")


class RailsNode(NodeBase):
    """Runs a NeMo Guardrails Colang 1.0 config through ``check()``."""

    kind: Literal["rails"]
    params: RailsParams


def check(node: RailsNode, at: PathKey, checker: Checker) -> None:
    """The config is one the graph declares under ``rails:``."""
    config = node.params.config
    if config not in checker.definition.rails:
        checker.add((*at, "params", "config"), f"unknown rails config '{config}'"
                    f"{checker.suggest(config, checker.definition.rails)}")


KIND = NodeKind("rails", RailsNode, check, builder="railgraph.nodes.rails:build")
