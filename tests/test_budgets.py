"""Budgets enforced before every model call: atomic reservations in a real Redis, the declared
edge when a call does not fit, cheaper models first, and the helper for priced tool calls."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver

import railgraph
from railgraph.models.faults import FaultInjectingChatModel
from railgraph.nodes.context import BuildContext
from railgraph.reliability import BudgetHold, BudgetRefusal, ReliabilityStore, budget_gate
from railgraph.state.budget import daily_scope
from tests.test_reliability_models import (
    HOURS,
    reliability_graph,
    scripted,
    state_of,
    store,  # noqa: F401  (fixture)
    turn,
)

TEMPLATE = "Usage limit reached for today."


def budgets(**limits: Any) -> dict[str, Any]:
    return {"kind": "budgets", "estimate_output_tokens": 100, "chars_per_token": 3.0, **limits}


async def test_fifty_concurrent_requests_never_overspend_a_users_daily_budget(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    limit = 0.01
    loaded = reliability_graph(
        tmp_path, llm={"budgets": "budgets", "fallbacks": []},
        policies={"budgets": budgets(per_user_daily=limit, on_exceeded="refuse")})
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    results = await asyncio.gather(*(
        turn(graph, loaded, HOURS, f"burst-{i}", user_id="alice") for i in range(50)))

    usage = await store.budget.usage(daily_scope("user", "alice"))
    answered = [r for r in results if r.path == ["agent", "respond"]]
    refused = [r for r in results if r.path == ["agent", "over_budget"]]
    assert usage.spent <= limit and usage.reserved == 0
    assert len(answered) + len(refused) == 50
    assert answered and refused, (len(answered), len(refused))
    assert primary.calls == len(answered)  # refused requests never reached the model
    assert abs(usage.spent - sum(r.cost_usd for r in answered)) < 1e-6 * 50
    assert all(r.status == "completed" and r.outcome == "degraded" and r.response == TEMPLATE
               and r.cost_usd == 0 for r in refused)
    values = await state_of(graph, refused[0].thread_id)
    assert values["degraded"] == {"reason": "budget", "scope": "user_daily", "limit_usd": limit,
                                  "level": "template"}
    # Another user still has budget of their own.
    other = await turn(graph, loaded, HOURS, "bob-1", user_id="bob")
    assert other.path == ["agent", "respond"]


async def test_a_call_that_does_not_fit_goes_to_the_cheaper_model(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    # One primary call is estimated at about $0.0016, one backup call at about $0.00006.
    loaded = reliability_graph(tmp_path, llm={"budgets": "budgets"},
                               policies={"budgets": budgets(per_request=0.001)})
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    result = await turn(graph, loaded, HOURS, "cheap")
    assert result.path == ["agent", "respond"] and "Monday" in (result.response or "")
    assert primary.calls == 0
    values = await state_of(graph, "cheap")
    assert values["model"] == "backup"
    assert "primary: budget request" in values["audit"][-1]["reason"]


async def test_refuse_takes_the_budget_edge_without_trying_cheaper_models(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    loaded = reliability_graph(
        tmp_path, llm={"budgets": "budgets"},
        policies={"budgets": budgets(per_request=0.001, on_exceeded="refuse")})
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"backup": backup}, checkpointer=InMemorySaver(),
                            reliability=store)
    result = await turn(graph, loaded, HOURS, "refuse")
    assert result.path == ["agent", "over_budget"] and result.response == TEMPLATE
    assert backup.calls == 0


async def test_the_global_daily_budget_is_shared_by_every_user(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    loaded = reliability_graph(tmp_path, llm={"budgets": "budgets", "fallbacks": []},
                               policies={"budgets": budgets(global_daily=0.002)})
    graph = railgraph.build(loaded, checkpointer=InMemorySaver(), reliability=store)
    first = await turn(graph, loaded, HOURS, "g1", user_id="ann")
    second = await turn(graph, loaded, "Do you ship to Austria? shipping", "g2", user_id="ben")
    assert first.path == ["agent", "respond"]
    assert second.path == ["agent", "over_budget"]
    values = await state_of(graph, "g2")
    assert values["degraded"]["scope"] == "global_daily"
    # The refused call held nothing: no reservation is left behind in either scope.
    for scope in (daily_scope("global", "all"), daily_scope("user", "ben")):
        assert (await store.budget.usage(scope)).reserved == 0
    assert (await store.budget.usage(daily_scope("user", "ben"))).spent == 0


async def test_over_budget_still_serves_a_free_cached_answer(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    cache = {"kind": "cache", "ttl": 60, "serve": "fallback"}
    loaded = reliability_graph(
        tmp_path, llm={"budgets": "budgets", "cache": "cache", "fallbacks": []},
        policies={"budgets": budgets(per_user_daily=0.002), "cache": cache})
    graph = railgraph.build(loaded, checkpointer=InMemorySaver(), reliability=store)
    first = await turn(graph, loaded, HOURS, "f1", user_id="cy")
    assert first.path == ["agent", "respond"]
    # The budget refuses every model; the cached answer to the same question costs nothing.
    again = await turn(graph, loaded, "opening hours please", "f2", user_id="cy")
    assert again.path == ["agent", "respond"] and again.outcome == "degraded"
    assert again.response == first.response and again.cost_usd == 0
    audit = (await state_of(graph, "f2"))["audit"][-1]
    assert audit["verdict"] == "cached" and "budget user_daily" in audit["reason"]
    # A question with no cached answer takes the budget edge.
    other = await turn(graph, loaded, "Can I pay by invoice?", "f3", user_id="cy")
    assert other.path == ["agent", "over_budget"] and other.response == TEMPLATE


async def test_tool_costs_reserve_and_commit_through_the_same_gate(
    tmp_path: Path, store: ReliabilityStore  # noqa: F811
) -> None:
    loaded = reliability_graph(tmp_path, llm={"budgets": "budgets"},
                               policies={"budgets": budgets(per_user_daily=0.0025)})
    gate = budget_gate(BuildContext(loaded, store=store), "budgets")
    assert gate is not None
    state = {"context": {"user_id": "dee"}, "turn_cost_usd": 0.0}
    holds = [await gate.reserve(0.001, state, None) for _ in range(3)]
    assert isinstance(holds[0], BudgetHold) and isinstance(holds[1], BudgetHold)
    assert holds[2] == BudgetRefusal("user_daily", 0.0025)
    await holds[0].commit(0.0005)
    await holds[1].release()
    usage = await store.budget.usage(daily_scope("user", "dee"))
    assert usage.spent == 0.0005 and usage.reserved == 0
    assert budget_gate(BuildContext(loaded, store=store), None) is None
