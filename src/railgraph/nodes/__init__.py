"""Built-in node kinds. Each module's ``build(node, ctx)`` returns the node body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from railgraph.nodes import agents, custom, escalate, guard, llm, rails, respond, reviewer, router, tools
from railgraph.nodes.context import BuildContext

__all__ = ["NODE_BUILDERS", "BuildContext", "NodeBuilder"]

NodeBuilder = Callable[[Any, BuildContext], Any]

NODE_BUILDERS: dict[str, NodeBuilder] = {
    "guard": guard.build,
    "rails": rails.build,
    "router": router.build,
    "llm": llm.build,
    "tools": tools.build,
    "reviewer": reviewer.build,
    "escalate": escalate.build,
    "respond": respond.build,
    "custom": custom.build,
    "agent": agents.build_agent,
    "fanout": agents.build_fanout,
    "supervisor": agents.build_supervisor,
}
"""Builders by node kind (``subgraph`` is compiled by the compiler itself)."""
