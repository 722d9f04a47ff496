"""Pydantic models of a graph definition (schema version 1).

This module is plain data: it imports no runtime. Node kinds (each one's params, node model
and load-time checks) are in :mod:`railgraph.spec.kinds`; cross-references (edges to node
ids, models, tools, policies, rails, expressions) are checked by :mod:`railgraph.spec.checks`,
which knows where each value sits in the file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import Field, field_validator, model_validator

from railgraph.spec.base import END, STANDARD_FIELDS, Expression, Identifier, NodeBase, RetrySpec
from railgraph.spec.kinds import KINDS, NODE_KINDS
from railgraph.strict import StrictModel

__all__ = [
    "END",
    "NODE_KINDS",
    "SCHEMA_VERSION",
    "STANDARD_FIELDS",
    "AgentRef",
    "Branch",
    "Edge",
    "GraphDefinition",
    "Limits",
    "ModelRef",
    "Node",
    "RemoteAgent",
    "RetrySpec",
    "StateField",
]

SCHEMA_VERSION = 1
"""The schema version this release reads and writes."""

_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)


class StateField(StrictModel):
    """An extra state field declared by the graph, beside the standard agent state."""

    type: Literal["string", "integer", "number", "boolean", "list", "object", "any"] = Field(
        "any", description="JSON type of the value."
    )
    default: Any = Field(None, description="Value before any node sets it.")
    reducer: Literal["replace", "append"] = Field(
        "replace", description="`replace` keeps the last write; `append` concatenates lists."
    )
    description: str = Field("", description="What the field holds.")


class ModelRef(StrictModel):
    """A chat model, in long form."""

    provider: str = Field(description="`scripted`, or a langchain provider such as `openai`.")
    model: str = Field("", description="Model name at the provider, or the scripted rules file.")
    params: dict[str, Any] = Field(
        default_factory=dict, description="Keyword arguments for the chat model class."
    )


class Limits(StrictModel):
    """Run limits of one turn."""

    max_steps: int = Field(
        50,
        ge=2,
        le=10_000,
        description="Maximum node executions in one turn (LangGraph's recursion limit).",
    )
    on_limit: str = Field(
        END,
        description="Node that a conditional edge diverts to when the step limit is near "
        "(usually the respond node); END stops with a 'limit reached' outcome.",
    )
    max_llm_calls: int | None = Field(
        None,
        ge=1,
        le=10_000,
        description="Model calls allowed in one turn; the next llm node sets "
        "`degraded.reason = 'llm_calls'` instead of calling (route it with an edge).",
    )
    max_tool_calls: int | None = Field(
        None, ge=1, le=10_000,
        description="Tool calls allowed in one turn; beyond it a tools node runs nothing and "
        "sets `degraded.reason = 'tool_calls'` (route it with an edge).",
    )
    run_budget_usd: float | None = Field(
        None, ge=0,
        description="USD all specialist agents called in one turn may spend together, held "
        "atomically in Redis per run; a call that does not fit sets `degraded.reason = 'budget'`.",
    )
    agent_steps: int | None = Field(
        None, ge=2, le=100_000,
        description="Steps all specialist agents called in one turn may take together.",
    )
    max_repeated_tool_calls: int | None = Field(
        None, ge=1, le=100,
        description="Loop detection: calls of the same tool with the same arguments allowed in "
        "one turn; the next one is not run and sets `degraded.reason = 'tool_loop'`.",
    )


class Branch(StrictModel):
    """One arm of a conditional edge: taken when ``when`` is true."""

    when: Expression
    to: str = Field(description="Target node id, or END.")


class Edge(StrictModel):
    """An edge out of a node: plain (``to``) or conditional (``branches`` + ``default``)."""

    from_: str = Field(alias="from", description="Source node id.")
    to: str | None = Field(None, description="Target node id or END (plain edge).")
    branches: list[Branch] | None = Field(
        None, min_length=1, description="Conditions tried in order (conditional edge)."
    )
    default: str | None = Field(
        None, description="Target when no branch matches (required with `branches`)."
    )

    @model_validator(mode="after")
    def _one_form(self) -> Edge:
        if self.to is not None and (self.branches is not None or self.default is not None):
            raise ValueError("an edge has either `to` or `branches` + `default`, not both")
        if self.to is None and self.branches is None:
            raise ValueError("an edge needs `to` (plain) or `branches` + `default` (conditional)")
        if self.branches is not None and self.default is None:
            raise ValueError("a conditional edge needs a `default` target")
        return self

    def targets(self) -> list[str]:
        """Every node this edge can lead to."""
        if self.to is not None:
            return [self.to]
        return [b.to for b in self.branches or []] + [self.default or END]


# ---------------------------------------------------------------- node kinds

if TYPE_CHECKING:
    Node = NodeBase  # every kind's node model derives from it
else:
    Node = Annotated[Union[tuple(kind.node for kind in KINDS.values())],  # noqa: UP007
                     Field(discriminator="kind")]
"""A node of any kind, told apart by its ``kind:`` (the kinds are in :mod:`railgraph.spec.kinds`)."""


class RemoteAgent(StrictModel):
    """A graph deployed on a LangGraph server, called through LangGraph's ``RemoteGraph``."""

    url: str = Field(pattern=r"^https?://", description="Base URL of the server.")
    url_env: str | None = Field(
        None, description="Environment variable that, when set, replaces `url` (per deployment)."
    )
    graph: str = Field(min_length=1, description="Graph (assistant) name on the server.")
    api_key_env: str | None = Field(
        None, description="Environment variable holding the API key sent to the server."
    )


class AgentRef(StrictModel):
    """A specialist agent: another definition, run in-process (`graph`) or remotely (`remote`)."""

    graph: str | None = Field(
        None, description="Path of the specialist's definition (relative to the root)."
    )
    remote: RemoteAgent | None = Field(None, description="The specialist on a LangGraph server.")
    max_cost_usd: float | None = Field(
        None, ge=0,
        description="USD held from the run's budget for one call of this specialist "
        "(an upper bound of its spend, e.g. its own budgets policy's `per_request`).",
    )
    max_steps: int | None = Field(
        None, ge=2, le=10_000, description="Steps one call of this specialist may take."
    )
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit for this specialist."
    )

    @model_validator(mode="after")
    def _one_place(self) -> AgentRef:
        if (self.graph is None) == (self.remote is None):
            raise ValueError("an agent has either `graph` (in-process) or `remote`, not both")
        return self


class GraphDefinition(StrictModel):
    """A versioned agent graph."""

    railgraph: Literal[1] = Field(description="Schema version of this file.")
    name: Identifier = Field(description="Graph name, stable across versions.")
    version: str = Field(description="Version of this definition (semantic versioning).")
    description: str = Field("", description="What the agent does.")
    root: str = Field(
        "..",
        description="Project root, relative to this file: relative paths and dotted imports "
        "resolve from it (default: the parent of the folder holding the file).",
    )
    state: dict[Identifier, StateField] = Field(
        default_factory=dict, description="Extra state fields beside the standard agent state."
    )
    models: dict[Identifier, str | ModelRef] = Field(
        default_factory=dict,
        description="Named models: `scripted`, `scripted:PATH` or `provider:model`.",
    )
    default_model: str | None = Field(
        None, description="Model used when neither the node nor the router names one."
    )
    policies: dict[Identifier, str] = Field(
        default_factory=dict, description="Named policy files (YAML), relative to the root."
    )
    rails: dict[Identifier, str] = Field(
        default_factory=dict, description="Named NeMo Guardrails config folders."
    )
    tools: dict[Identifier, str] = Field(
        default_factory=dict, description="Named tools: dotted paths `module:function`."
    )
    agents: dict[Identifier, AgentRef] = Field(
        default_factory=dict, description="Specialist agents the graph's agent nodes call."
    )
    limits: Limits = Field(default_factory=Limits)
    durability: Literal["sync", "async", "exit"] = Field(
        "async",
        description="When checkpoints are written (LangGraph's durability): `sync` before the "
        "next step starts, `async` (default) in the background while it runs, `exit` only "
        "when the turn ends or is interrupted (fewest writes; a process that dies mid-turn "
        "loses that turn's progress, and its finished nodes run again on retry).",
    )
    entry: str = Field(description="Id of the node each turn starts at.")
    nodes: list[Node] = Field(min_length=1, max_length=500)
    edges: list[Edge] = Field(default_factory=list, max_length=5000)

    @field_validator("version")
    @classmethod
    def _semver(cls, value: str) -> str:
        if not _SEMVER.match(value):
            raise ValueError(f"version '{value}' is not semantic versioning (e.g. 1.2.0)")
        return value

    def node(self, node_id: str) -> Any:
        """The node with this id (``KeyError`` when absent)."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)
