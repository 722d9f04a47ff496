"""Budget gates: per-request, per-user and global daily limits, holds committed or released."""

from __future__ import annotations

import pytest

from railgraph.policies import BudgetsPolicy, PricesPolicy
from railgraph.reliability.budgets import (
    BudgetGate,
    BudgetHold,
    BudgetRefusal,
    estimate_model_cost,
    user_of,
)
from railgraph.reliability.store import ReliabilityStore


def budgets(**fields: object) -> BudgetsPolicy:
    return BudgetsPolicy.model_validate({"kind": "budgets", **fields})


def test_the_user_comes_from_context_then_config_else_anonymous() -> None:
    assert user_of({"context": {"user_id": "u1"}}, {"configurable": {"user_id": "u2"}}) == "u1"
    assert user_of({}, {"configurable": {"user_id": "u2"}}) == "u2"
    assert user_of({}, None) == "anonymous"
    assert user_of({"context": {"user_id": "a{b}"}}, None) == "a(b)"  # no hash-tag braces


def test_estimate_is_an_upper_bound_from_prices() -> None:
    prices = PricesPolicy.model_validate({"kind": "prices",
                                          "models": {"fast": {"input": 1.0, "output": 2.0}}})
    policy = budgets(chars_per_token=3, estimate_output_tokens=100)
    # ceil(10 / 3) = 4 tokens of text, 8 framing tokens for each of 2 messages
    assert estimate_model_cost(prices, "fast", 10, 2, policy) == pytest.approx(
        (20 * 1.0 + 100 * 2.0) / 1_000_000)
    assert estimate_model_cost(None, "fast", 10_000, 5, policy) == 0.0


def test_refusal_names_its_scope_for_the_budget_edge() -> None:
    assert BudgetRefusal("user_daily", 2.0).as_state() == {
        "reason": "budget", "scope": "user_daily", "limit_usd": 2.0}


async def test_per_request_limit_counts_the_turn_so_far() -> None:
    gate = BudgetGate(budgets(per_request=1.0), None)
    assert isinstance(await gate.reserve(0.4, {"turn_cost_usd": 0.5}, None), BudgetHold)
    refused = await gate.reserve(0.6, {"turn_cost_usd": 0.5}, None)
    assert refused == BudgetRefusal("request", 1.0)


async def test_without_a_store_daily_limits_are_not_enforced() -> None:
    hold = await BudgetGate(budgets(per_user_daily=0.01), None).reserve(5.0, {}, None)
    assert isinstance(hold, BudgetHold) and hold.reservations == []
    await hold.commit(5.0)  # nothing to settle
    await hold.release()


async def test_daily_user_budget_is_shared_and_commits_the_actual_cost(
        store: ReliabilityStore) -> None:
    gate = BudgetGate(budgets(per_user_daily=1.0), store)
    alice = {"context": {"user_id": "alice"}}
    first = await gate.reserve(0.6, alice, None)
    assert isinstance(first, BudgetHold) and len(first.reservations) == 1
    assert await gate.reserve(0.6, alice, None) == BudgetRefusal("user_daily", 1.0)
    assert isinstance(await gate.reserve(0.6, {"context": {"user_id": "bob"}}, None), BudgetHold)
    await first.commit(0.1)  # the call cost less than held
    assert isinstance(await gate.reserve(0.6, alice, None), BudgetHold)


async def test_released_holds_give_the_budget_back(store: ReliabilityStore) -> None:
    gate = BudgetGate(budgets(global_daily=1.0), store)
    hold = await gate.reserve(0.9, {}, None)
    assert isinstance(hold, BudgetHold)
    assert await gate.reserve(0.2, {}, None) == BudgetRefusal("global_daily", 1.0)
    await hold.release()
    assert isinstance(await gate.reserve(0.2, {}, None), BudgetHold)


async def test_a_refusing_scope_releases_the_holds_taken_before_it(
        store: ReliabilityStore) -> None:
    gate = BudgetGate(budgets(per_user_daily=5.0, global_daily=1.0), store)
    assert await gate.reserve(2.0, {"context": {"user_id": "carol"}}, None) == BudgetRefusal(
        "global_daily", 1.0)
    user_only = BudgetGate(budgets(per_user_daily=5.0), store)
    held = await user_only.reserve(5.0, {"context": {"user_id": "carol"}}, None)
    assert isinstance(held, BudgetHold)  # the user's 2.0 was not kept
