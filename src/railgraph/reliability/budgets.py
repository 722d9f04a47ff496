"""The budget gate around one call: reserve the estimate, then commit the actual cost.

The gate decides what to reserve and where; the reservations themselves are atomic in the
budget store (:mod:`railgraph.state.budget`), and the limits come from
:class:`~railgraph.policies.BudgetsPolicy`.

Three scopes, from :class:`~railgraph.policies.BudgetsPolicy`: the current turn (its cost is in
the run's own state, so it needs no shared counter), the user's UTC day and the deployment's UTC
day (both atomic reservations in Redis, :mod:`railgraph.state.budget`). A call goes ahead only
when every scope can hold its estimate; the holds are then replaced by the actual cost. The
estimate should be an upper bound (see the policy's ``estimate_output_tokens`` and
``chars_per_token``): a call that costs more than it reserved is still charged in full.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import RunnableConfig

from railgraph.policies import BudgetsPolicy, PricesPolicy
from railgraph.reliability.store import ReliabilityStore, warn_once
from railgraph.state.budget import Reservation, daily_scope

__all__ = ["BudgetGate", "BudgetHold", "BudgetRefusal", "estimate_model_cost", "user_of"]

_TOKENS_PER_MESSAGE = 8
"""Framing tokens a provider adds around each message (role markers and separators)."""


@dataclass(frozen=True, slots=True)
class BudgetRefusal:
    """A call that does not fit: which scope refused it."""

    scope: str
    """``request``, ``user_daily`` or ``global_daily``."""
    limit: float
    """That scope's limit in USD."""

    def as_state(self) -> dict[str, Any]:
        """The ``degraded`` value a node writes for the budget edge."""
        return {"reason": "budget", "scope": self.scope, "limit_usd": self.limit}


@dataclass
class BudgetHold:
    """Budget held for one call; settle it with :meth:`commit` or :meth:`release`."""

    store: ReliabilityStore | None
    amount: float
    """USD held in every shared scope."""
    reservations: list[Reservation] = field(default_factory=list)

    async def commit(self, actual: float) -> None:
        """Charge ``actual`` USD to every scope (replacing the holds)."""
        if self.store is None:
            return
        for reservation in self.reservations:
            await self.store.call(self.store.budget.commit(reservation, max(actual, 0.0)))

    async def release(self) -> None:
        """Give the holds back unspent (the call did not happen or was not billed)."""
        if self.store is None:
            return
        for reservation in self.reservations:
            await self.store.call(self.store.budget.release(reservation))


def user_of(state: Mapping[str, Any], config: RunnableConfig | None) -> str:
    """The user a call is charged to (``anonymous`` when the caller gave none)."""
    context = state.get("context") or {}
    configurable = (config or {}).get("configurable", {})
    user = context.get("user_id") or configurable.get("user_id") or "anonymous"
    # Braces would break the budget keys' hash tag; a user id never needs them.
    return str(user).replace("{", "(").replace("}", ")")


def estimate_model_cost(
    prices: PricesPolicy | None, model: str, prompt_chars: int, messages: int,
    policy: BudgetsPolicy,
) -> float:
    """An upper-bound estimate of one model call in USD, before the call is made."""
    if prices is None:
        return 0.0
    tokens_in = math.ceil(prompt_chars / policy.chars_per_token) + _TOKENS_PER_MESSAGE * messages
    return prices.cost(model, tokens_in, policy.estimate_output_tokens)


class BudgetGate:
    """Reserves calls against a budgets policy; one per node, shared by its runs."""

    def __init__(self, policy: BudgetsPolicy, store: ReliabilityStore | None) -> None:
        self.policy = policy
        self.store = store

    async def reserve(
        self, amount: float, state: Mapping[str, Any], config: RunnableConfig | None
    ) -> BudgetHold | BudgetRefusal:
        """Hold ``amount`` USD in every scope, or say which scope refuses (holding nothing)."""
        policy = self.policy
        turn = float(state.get("turn_cost_usd") or 0.0)
        if policy.per_request is not None and turn + amount > policy.per_request:
            return BudgetRefusal("request", policy.per_request)
        hold = BudgetHold(self.store, amount)
        scopes = [(kind, limit, key) for kind, limit, key in (
            ("user_daily", policy.per_user_daily, ("user", user_of(state, config))),
            ("global_daily", policy.global_daily, ("global", "all")),
        ) if limit is not None]
        if not scopes:
            return hold
        if self.store is None:
            warn_once("daily budgets")
            return hold
        for kind, limit, (scope_kind, key) in scopes:
            assert limit is not None
            reservation = await self.store.call(self.store.budget.reserve(
                daily_scope(scope_kind, key), amount, limit, ttl=policy.reservation_ttl))
            if reservation is None:
                await hold.release()
                return BudgetRefusal(kind, limit)
            hold.reservations.append(reservation)
        return hold
