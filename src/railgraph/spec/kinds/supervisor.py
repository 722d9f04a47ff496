"""``supervisor`` nodes: one specialist at a time until none is needed (``Command``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.spec.base import Expression, NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "SupervisorNode",
    "SupervisorParams",
    "SupervisorRoute",
    "check",
]


class SupervisorRoute(StrictModel):
    when: Expression
    to: str = Field(description="Node to hand over to when the condition holds (an agent node).")


class SupervisorParams(StrictModel):
    routes: list[SupervisorRoute] = Field(
        min_length=1, description="Tried in order; the first that holds chooses the next node."
    )
    finish: str = Field(description="Node (or END) when no route holds: the work is done.")


class SupervisorNode(NodeBase):
    """Routes to one specialist at a time until none is needed (LangGraph ``Command``)."""

    kind: Literal["supervisor"]
    params: SupervisorParams


def check(node: SupervisorNode, at: PathKey, checker: Checker) -> None:
    """Routes are valid expressions to known nodes; ``finish`` is a known node or END."""
    params: PathKey = (*at, "params")
    for j, route in enumerate(node.params.routes):
        checker.expression(route.when, (*params, "routes", j, "when"))
        checker.target(route.to, (*params, "routes", j, "to"))
    checker.target(node.params.finish, (*params, "finish"))


KIND = NodeKind("supervisor", SupervisorNode, check, builder="railgraph.nodes.agents:build_supervisor")
