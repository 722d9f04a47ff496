"""``agent`` nodes: one specialist agent called with a handoff of the conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "AgentCallParams",
    "AgentNode",
    "AgentParams",
    "check",
    "check_include",
]


class AgentCallParams(StrictModel):
    """What a specialist is handed: the conversation, earlier agents' results, an instruction."""

    messages: Literal["conversation", "last", "none"] = Field(
        "last",
        description="Messages handed to the specialist: the whole `conversation`, only the "
        "`last` user message, or `none` (then the instruction and included results only).",
    )
    include: list[str] = Field(
        default_factory=list,
        description="Agents whose results from this turn are handed over (a handoff).",
    )
    instruction: str = Field(
        "", max_length=20_000, description="Text the specialist receives as the latest message."
    )


class AgentParams(AgentCallParams):
    agent: str = Field(description="Name of the specialist declared under `agents:`.")


class AgentNode(NodeBase):
    """Calls one specialist agent (another graph, in-process or on a LangGraph server)."""

    kind: Literal["agent"]
    params: AgentParams


def check(node: AgentNode, at: PathKey, checker: Checker) -> None:
    """The specialist and the included agents are declared under ``agents:``."""
    params: PathKey = (*at, "params")
    checker.agent_ref(node.params.agent, (*params, "agent"))
    check_include(node.params, params, checker)


def check_include(params: AgentCallParams, at: PathKey, checker: Checker) -> None:
    """Agents whose results are handed over are declared (shared with ``fanout``)."""
    for j, name in enumerate(params.include):
        checker.agent_ref(name, (*at, "include", j))


KIND = NodeKind("agent", AgentNode, check, builder="railgraph.nodes.agents:build_agent")
