"""The gates nodes call around a model or tool call: budgets, circuit breakers, the response cache.

Three homes, one concept each: the policy *models* (what a graph declares) are in
:mod:`railgraph.policies`; the *stores* (Redis keys, Lua scripts, atomic reservations and
circuit transitions) are in :mod:`railgraph.state` (:mod:`~railgraph.state.budget`,
:mod:`~railgraph.state.breaker`); the *gates* here join the two for one call: which scopes a
call is charged to and what it is estimated to cost, which failures count against a circuit,
which questions may be cached, and what to do when no shared store is configured.

Nodes reach these through their :class:`~railgraph.nodes.context.BuildContext` (``ctx.store``)
and the policies the graph names. :func:`budget_gate` and :func:`tool_circuits` are the entry
points for nodes other than ``llm`` (e.g. a tools node charging declared tool costs).
"""

from __future__ import annotations

from typing import Any

from railgraph.policies import BreakersPolicy, BudgetsPolicy
from railgraph.reliability.breakers import Admission, Circuits
from railgraph.reliability.budgets import (
    BudgetGate,
    BudgetHold,
    BudgetRefusal,
    estimate_model_cost,
    user_of,
)
from railgraph.reliability.cache import CacheStats, ResponseCache, normalise
from railgraph.reliability.store import ReliabilityStore, store_of

__all__ = [
    "Admission",
    "BudgetGate",
    "BudgetHold",
    "BudgetRefusal",
    "CacheStats",
    "Circuits",
    "ReliabilityStore",
    "ResponseCache",
    "budget_gate",
    "estimate_model_cost",
    "normalise",
    "store_of",
    "tool_circuits",
    "user_of",
]


def budget_gate(ctx: Any, policy_name: str | None) -> BudgetGate | None:
    """The budget gate of a budgets policy named in the graph, or None without one.

    Use it around any priced call: ``hold = await gate.reserve(cost, state, config)``; a
    :class:`BudgetRefusal` means "take the budget edge", else call and ``await hold.commit(cost)``
    (or ``await hold.release()`` when the call did not happen).
    """
    policy = ctx.policy(policy_name)
    return BudgetGate(policy, ctx.store) if isinstance(policy, BudgetsPolicy) else None


def tool_circuits(ctx: Any, policy_name: str | None) -> Circuits:
    """Per-tool circuit breakers of a breakers policy named in the graph.

    ``admission = await circuits.admit(tool)``; when ``admission.allowed`` is false, do not call
    the tool; otherwise call it and report with ``await circuits.record(tool, admission, error)``.
    """
    policy = ctx.policy(policy_name)
    return Circuits(policy if isinstance(policy, BreakersPolicy) else None, ctx.store, "tool")
