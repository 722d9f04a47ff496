"""The node kinds, one module each, and the one registry of them.

A kind's module here owns what the kind *is*: its ``params`` model, the pydantic model of its
node, its load-time checks (``check(node, at, checker)``) and the dotted path of its builder.
:data:`KINDS` drives everything else: the node union of
:class:`~railgraph.spec.model.GraphDefinition` (and so the JSON Schema), the loader's
per-node checks (:mod:`railgraph.spec.checks`) and the compiler's choice of builder.

Why the builder sits in :mod:`railgraph.nodes` and not beside the params: the spec is plain
data that imports no runtime (``railgraph validate`` and ``railgraph schema`` run without
langchain or langgraph), while a builder needs them and the
:class:`~railgraph.nodes.context.BuildContext`, which itself needs the loaded spec. One module
holding both would sit on both sides of that boundary: either the spec would import the
runtime, or the runtime imports would have to hide inside functions and form import cycles
with the spec. So the spec names its builder by dotted path, and only the compiler imports it.

Adding a kind: a module here (params, node model, ``check``, ``KIND``) listed in
:data:`KINDS`, its builder in ``railgraph/nodes/<kind>.py``, and a test.
"""

from __future__ import annotations

from typing import Any

from railgraph.spec.base import NodeKind
from railgraph.spec.kinds import (
    agent,
    custom,
    escalate,
    fanout,
    guard,
    llm,
    rails,
    respond,
    reviewer,
    router,
    subgraph,
    supervisor,
    tools,
)
from railgraph.spec.kinds.agent import AgentCallParams, AgentNode, AgentParams
from railgraph.spec.kinds.custom import CustomNode, CustomParams
from railgraph.spec.kinds.escalate import EscalateNode, EscalateParams
from railgraph.spec.kinds.fanout import FanoutNode, FanoutParams
from railgraph.spec.kinds.guard import GuardCheck, GuardNode, GuardParams
from railgraph.spec.kinds.llm import LLMNode, LLMParams
from railgraph.spec.kinds.rails import RailsNode, RailsParams
from railgraph.spec.kinds.respond import DegradationLevel, RespondNode, RespondParams
from railgraph.spec.kinds.reviewer import ReviewerNode, ReviewerParams
from railgraph.spec.kinds.router import RouterNode, RouterParams, RouteRule
from railgraph.spec.kinds.subgraph import SubgraphNode, SubgraphParams
from railgraph.spec.kinds.supervisor import SupervisorNode, SupervisorParams, SupervisorRoute
from railgraph.spec.kinds.tools import ToolsNode, ToolsParams

__all__ = [
    "KINDS",
    "NODE_KINDS",
    "AgentCallParams",
    "AgentNode",
    "AgentParams",
    "CustomNode",
    "CustomParams",
    "DegradationLevel",
    "EscalateNode",
    "EscalateParams",
    "FanoutNode",
    "FanoutParams",
    "GuardCheck",
    "GuardNode",
    "GuardParams",
    "LLMNode",
    "LLMParams",
    "NodeKind",
    "RailsNode",
    "RailsParams",
    "RespondNode",
    "RespondParams",
    "ReviewerNode",
    "ReviewerParams",
    "RouteRule",
    "RouterNode",
    "RouterParams",
    "SubgraphNode",
    "SubgraphParams",
    "SupervisorNode",
    "SupervisorParams",
    "SupervisorRoute",
    "ToolsNode",
    "ToolsParams",
    "kind_of",
]

KINDS: dict[str, NodeKind] = {
    module.KIND.name: module.KIND
    for module in (guard, rails, router, llm, tools, reviewer, escalate, respond, subgraph,
                   agent, fanout, supervisor, custom)
}
"""Every node kind by its ``kind:`` name, in the order the JSON Schema lists them."""

NODE_KINDS = tuple(KINDS)
"""The ``kind:`` names a definition may use."""


def kind_of(node: Any) -> NodeKind:
    """The kind of a validated node."""
    return KINDS[node.kind]
