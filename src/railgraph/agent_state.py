"""The standard agent state every compiled graph carries, plus declared fields.

Per-turn fields (verdicts, blocked, response, ...) are reset when a turn starts
(see :func:`turn_reset`); thread-long fields (messages, cost, audit) accumulate.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from typing import Annotated, Any, TypedDict, get_type_hints

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from langgraph.managed import RemainingSteps

from railgraph.spec.model import STANDARD_FIELDS, StateField

__all__ = [
    "AUTH_FAILED",
    "LIMIT_MARGIN",
    "AgentState",
    "at_step_limit",
    "extend",
    "merge",
    "state_schema",
    "turn_reset",
]

AUTH_FAILED = "auth_failed"
"""Outcome of a turn whose model provider refused the credentials (401/403)."""


def extend(left: list[Any] | None, right: list[Any] | dict[str, Any] | None) -> list[Any]:
    """List reducer that appends, or replaces when given ``{"$replace": [...]}``."""
    if isinstance(right, dict) and "$replace" in right:
        return list(right["$replace"])
    return [*(left or []), *(right or [])]


def merge(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Dict reducer: parallel writers add their own keys; ``{"$replace": {...}}`` replaces."""
    if isinstance(right, dict) and "$replace" in right:
        return dict(right["$replace"])
    return {**(left or {}), **(right or {})}


class AgentState(TypedDict, total=False):
    """Fields of the standard agent state."""

    messages: Annotated[list[AnyMessage], add_messages]
    """The conversation (LangGraph messages)."""
    context: dict[str, Any]
    """Who is asking: ``user_id``, ``tenant_id``, ``thread_id``, ``roles``."""
    verdicts: Annotated[list[dict[str, Any]], extend]
    """Guard decisions of the current turn (never the checked text)."""
    blocked: dict[str, Any] | None
    """Set by a guard or rail that blocked the turn: ``node``, ``check``, ``reason``."""
    route: str | None
    """Route chosen by the router (a tier name, or a rule's route such as ``human``)."""
    model: str | None
    """Named model chosen for the llm node."""
    review: dict[str, Any] | None
    """Reviewer decision of the current draft: ``decision`` and ``reasons``."""
    feedback: str | None
    """Reviewer feedback for the next llm call (not stored in messages)."""
    revisions: int
    """Revisions requested in the current turn."""
    failures: int
    """Consecutive failed node runs (reset by a success)."""
    last_error: dict[str, Any] | None
    """Class and sanitised message of the last handled error."""
    cost_usd: Annotated[float, operator.add]
    """Cost of the whole thread in US dollars."""
    turn_cost_usd: float
    """Cost of the current turn in US dollars."""
    usage: dict[str, int]
    """Token totals of the thread: ``input_tokens``, ``output_tokens``."""
    escalation: dict[str, Any] | None
    """Hand-over request: ``reason``, ``priority``, ``node``, ``detail`` (``confirm`` for a
    high-stakes action); once handled also ``summary`` and ``resolution`` (answered,
    declined, timed_out)."""
    audit: Annotated[list[dict[str, Any]], extend]
    """Guard and policy decisions of the thread, oldest first."""
    response: str | None
    """Final answer of the turn."""
    outcome: str | None
    """How the turn ended: completed, blocked, escalated, degraded, limit, error."""
    llm_calls: int
    """Model calls made in the current turn (capped by ``limits.max_llm_calls``)."""
    degraded: dict[str, Any] | None
    """Why the turn could not be answered normally: ``reason`` (budget, llm_calls,
    circuit_open) and detail such as the budget ``scope``; then the ``level`` answered at."""
    breakers: dict[str, str]
    """Circuit state of each model (and tool) as last seen by this thread: closed, open, half_open."""
    agents: Annotated[dict[str, Any], merge]
    """Results of the specialist agents called in the current turn, by agent name:
    ``status``, ``response``, ``cost_usd``, ``steps``, ``where`` (never their inputs)."""
    remaining_steps: RemainingSteps
    """Steps left before the step limit (managed by LangGraph)."""


assert tuple(AgentState.__annotations__) == STANDARD_FIELDS, "spec.STANDARD_FIELDS out of date"

_PER_TURN: dict[str, Any] = {
    "verdicts": {"$replace": []},
    "blocked": None,
    "route": None,
    "model": None,
    "review": None,
    "feedback": None,
    "revisions": 0,
    "escalation": None,
    "response": None,
    "outcome": None,
    "turn_cost_usd": 0.0,
    "llm_calls": 0,
    "degraded": None,
    "agents": {"$replace": {}},
}


LIMIT_MARGIN = 2
"""Remaining steps at which routing diverts to ``limits.on_limit``: the on_limit node runs with
one step left, and LangGraph needs that one to finish cleanly."""

try:  # where LangGraph keeps a running task's step counters
    from langgraph._internal._constants import CONFIG_KEY_SCRATCHPAD
except ImportError:  # pragma: no cover - a later LangGraph moved it
    CONFIG_KEY_SCRATCHPAD = "__pregel_scratchpad"


def at_step_limit(state: Mapping[str, Any], config: Mapping[str, Any] | None) -> bool:
    """True when routing must divert to ``limits.on_limit``: the turn is about to run out of
    steps. The one rule of every router (conditional edges and supervisors).

    ``update_state(..., as_node=...)`` evaluates routes outside a run, with a fixed two steps
    "remaining"; only a running task (it has a scratchpad) can really be short of steps.
    """
    return state.get("remaining_steps", math.inf) <= LIMIT_MARGIN \
        and CONFIG_KEY_SCRATCHPAD in (config or {}).get("configurable", {})


def turn_reset() -> dict[str, Any]:
    """The update that starts a fresh turn."""
    return dict(_PER_TURN)


_PY_TYPES: dict[str, Any] = {
    "string": str | None,
    "integer": int | None,
    "number": float | None,
    "boolean": bool | None,
    "list": list[Any] | None,
    "object": dict[str, Any] | None,
    "any": Any,
}


def state_schema(declared: dict[str, StateField]) -> type:
    """A TypedDict of the standard fields plus the graph's declared ones."""
    if not declared:
        return AgentState
    fields: dict[str, Any] = {}
    for name, spec in declared.items():
        annotation = _PY_TYPES[spec.type]
        if spec.reducer == "append":
            annotation = Annotated[list[Any], extend]
        fields[name] = annotation
    standard = get_type_hints(AgentState, include_extras=True)
    return TypedDict("GraphState", {**standard, **fields}, total=False)  # type: ignore[operator]


def turn_status(final: Mapping[str, Any], *, interrupted: bool = False) -> str:
    """The ``--json`` status of a turn that ended without an exception, from its last state:
    ``interrupted``, ``blocked``, ``error`` (step limit or a handled failure) or ``completed``."""
    if interrupted:
        return "interrupted"
    if final.get("blocked"):
        return "blocked"
    if final.get("outcome") in ("limit", "error", AUTH_FAILED):
        return "error"
    return "completed"
