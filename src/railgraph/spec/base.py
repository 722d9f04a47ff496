"""The vocabulary every part of a graph definition shares: identifiers, expressions, the
fields common to all nodes, and what a node kind is.

Plain data like the rest of :mod:`railgraph.spec`: it imports no runtime.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, field_validator

from railgraph.strict import StrictModel

__all__ = [
    "END",
    "RESERVED_IDS",
    "STANDARD_FIELDS",
    "Expression",
    "Identifier",
    "NodeBase",
    "NodeKind",
    "PathKey",
    "RetrySpec",
]

END = "END"
"""Reserved edge target that finishes the turn."""

STANDARD_FIELDS = (
    "messages", "context", "verdicts", "blocked", "route", "model", "review", "feedback",
    "revisions", "failures", "last_error", "cost_usd", "turn_cost_usd", "usage", "escalation",
    "audit", "response", "outcome", "llm_calls", "degraded", "breakers", "agents",
    "remaining_steps",
)  # fmt: skip
"""Fields of the standard agent state (see :mod:`railgraph.agent_state`)."""

RESERVED_IDS = frozenset({"end", "start", "__start__", "__end__"})
"""Node ids LangGraph or the edge syntax already uses."""

PathKey = tuple[Hashable, ...]
"""Where a value sits in a definition file (keys and list indexes), for located problems."""

_ID = r"^[a-z][a-z0-9_]{0,63}$"

Identifier = Annotated[str, Field(pattern=_ID, description="Lower-case identifier: a-z, 0-9, _.")]
Expression = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2000,
        description="A condition on state in railgraph's safe expression language, "
        "e.g. `route == 'human'` or `blocked`.",
    ),
]


class RetrySpec(StrictModel):
    """Retry of a failing node, compiled to LangGraph's ``RetryPolicy``."""

    max_attempts: int = Field(3, ge=1, le=20, description="Attempts including the first.")
    initial_interval: float = Field(0.5, ge=0, le=600, description="Seconds before the first retry.")
    backoff_factor: float = Field(2.0, ge=1, le=10, description="Multiplier of the interval per retry.")
    max_interval: float = Field(30.0, gt=0, le=3600, description="Upper bound of the interval, seconds.")
    jitter: bool = Field(True, description="Randomise intervals so retries of many runs spread out.")
    retry_on: Literal["transient", "any"] = Field(
        "transient",
        description="`transient` retries only timeouts, 429, 5xx and connection errors; "
        "`any` retries every exception except permanent ones (400, 401, 404, validation).",
    )


class NodeBase(StrictModel):
    """Fields every node has, whatever its kind."""

    id: Identifier
    description: str = Field("", description="What the node is for.")
    retry: RetrySpec | None = Field(None, description="Retry policy on failure.")
    timeout: float | None = Field(
        None, gt=0, le=3600, description="Seconds per attempt before it fails as transient."
    )
    on_error: str | None = Field(
        None,
        description="Node to continue at when the node still fails after retries "
        "(LangGraph error handler); without it the turn ends with status error.",
    )

    if TYPE_CHECKING:  # declared by each kind's node model (a literal and its params model)
        kind: str
        params: Any

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_IDS:
            raise ValueError(f"'{value}' is reserved")
        return value


@dataclass(frozen=True)
class NodeKind:
    """One kind of node: its model in the definition, its load-time checks, its builder."""

    name: str
    """The ``kind:`` written in a definition."""
    node: type[NodeBase]
    """The pydantic model of a node of this kind (its ``kind`` literal and ``params``)."""
    check: Callable[[Any, PathKey, Any], None]
    """``check(node, at, checker)``: cross-reference checks of one node at ``at`` (its path in
    the file), reported through the loader's checker (:class:`railgraph.spec.checks.Checker`)."""
    builder: str
    """Dotted path ``module:function`` of ``build(node, ctx)``, which returns the node body.
    A string, imported by the compiler only: the spec never imports the runtime."""
