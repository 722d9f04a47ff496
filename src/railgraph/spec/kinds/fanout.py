"""``fanout`` nodes: several specialists called in parallel, their results merged."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.spec.kinds.agent import AgentCallParams, check_include

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "FanoutNode",
    "FanoutParams",
    "check",
]


class FanoutParams(AgentCallParams):
    agents: list[str] = Field(
        min_length=1, max_length=32,
        description="Specialists called in parallel (LangGraph `Send`), each with the same input.",
    )
    merge: str | None = Field(
        None,
        description="Dotted path `module:function(results) -> state update` that combines the "
        "results; by default they are only collected under `agents`.",
    )


class FanoutNode(NodeBase):
    """Calls several specialists in parallel and merges their results."""

    kind: Literal["fanout"]
    params: FanoutParams


def check(node: FanoutNode, at: PathKey, checker: Checker) -> None:
    """Declared agents, each listed once; the merge function imports."""
    params: PathKey = (*at, "params")
    called = node.params.agents
    for j, name in enumerate(called):
        checker.agent_ref(name, (*params, "agents", j))
    check_include(node.params, params, checker)
    if len(set(called)) != len(called):
        checker.add((*params, "agents"), "an agent is listed twice")
    if node.params.merge is not None:
        checker.dotted(node.params.merge, (*params, "merge"))


KIND = NodeKind("fanout", FanoutNode, check, builder="railgraph.nodes.agents:build_fanout")
