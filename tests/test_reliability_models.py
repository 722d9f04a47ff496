"""Model calls under failure: retries, fallback chains, shared circuit breakers, the response
cache, the per-turn call cap and degradation levels, against a real Redis and the
fault-injecting model."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from langgraph.checkpoint.memory import InMemorySaver

import railgraph
from railgraph.models.faults import FaultInjectingChatModel
from railgraph.models.resolve import resolve_model
from railgraph.policies import BreakerSettings
from railgraph.reliability import ReliabilityStore, ResponseCache, normalise
from railgraph.runner import TurnResult, run_turn
from railgraph.spec.loader import LoadedGraph, load_graph_data
from railgraph.state.breaker import CircuitState

ROOT = Path(__file__).resolve().parent.parent
HOURS = "What are your opening hours?"
ORDER = "Where is my order 10042?"

PRICES = {"kind": "prices", "models": {"primary": {"input": 3.0, "output": 15.0},
                                       "backup": {"input": 0.15, "output": 0.6}}}
BREAKERS = {"kind": "breakers",
            "models": {"primary": {"failure_threshold": 3, "window": 60, "recovery_timeout": 1.0,
                                   "half_open_max_probes": 1}}}
CACHE = {"kind": "cache", "ttl": 60}
DEGRADATION = {
    "kind": "degradation",
    "templates": {"service_unavailable": "The assistant is unavailable right now.",
                  "budget_exhausted": "Usage limit reached for today.",
                  "limit_reached": "Too many steps.", "no_answer": "No answer."},
    "faq": [{"patterns": [r"\bopening hours\b"], "answer": "FAQ: we open 8-20 on weekdays."}],
}


def reliability_graph(
    tmp_path: Path,
    *,
    llm: Mapping[str, Any] | None = None,
    policies: Mapping[str, Any] | None = None,
    limits: Mapping[str, Any] | None = None,
    tools: bool = False,
) -> LoadedGraph:
    """A small graph: agent (llm with fallback chain) <-> tools, degradation respond nodes."""
    files = {"prices": PRICES, "breakers": BREAKERS, "cache": CACHE, "degradation": DEGRADATION,
             **(policies or {})}
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(dict(data)))
        paths[name] = str(path)
    params: dict[str, Any] = {"prices": "prices", "fallbacks": ["backup"], "breakers": "breakers",
                              **(llm or {})}
    if tools:
        params["tools"] = ["lookup_order"]
    branches = [
        {"when": "degraded.reason == 'budget'", "to": "over_budget"},
        {"when": "degraded.reason == 'llm_calls'", "to": "limit_reached"},
        {"when": "degraded", "to": "unavailable"},
        {"when": "has_tool_calls", "to": "tools"},
    ]
    degrade = {"policy": "degradation", "cache": "cache" if "cache" in params else None}
    nodes: list[dict[str, Any]] = [
        {"id": "agent", "kind": "llm", "params": params, "on_error": "unavailable",
         "retry": {"max_attempts": 3, "initial_interval": 0.01, "max_interval": 0.05}},
        {"id": "respond", "kind": "respond", "params": {"policy": "degradation"}},
        {"id": "unavailable", "kind": "respond",
         "params": {**degrade, "template": "service_unavailable",
                    "levels": ["cached", "faq", "template"]}},
        {"id": "over_budget", "kind": "respond",
         "params": {**degrade, "template": "budget_exhausted", "levels": ["cached", "template"]}},
        {"id": "limit_reached", "kind": "respond",
         "params": {"policy": "degradation", "template": "limit_reached"}},
    ]
    edges: list[dict[str, Any]] = [
        {"from": "agent", "branches": branches, "default": "respond"},
        {"from": "respond", "to": "END"}, {"from": "unavailable", "to": "END"},
        {"from": "over_budget", "to": "END"}, {"from": "limit_reached", "to": "END"},
    ]
    if tools:
        nodes.append({"id": "tools", "kind": "tools", "params": {"allow": ["lookup_order"]}})
        edges.append({"from": "tools", "to": "agent"})
    else:
        branches.pop()
    data = {
        "railgraph": 1, "name": "reliability", "version": "1.0.0", "root": str(ROOT),
        "models": {"primary": "scripted:policies/scripted_model.yaml",
                   "backup": "scripted:policies/scripted_model.yaml"},
        "default_model": "primary",
        "policies": paths,
        "tools": {"lookup_order": "nodes.support_tools:lookup_order"} if tools else {},
        "limits": {"max_steps": 30, **(limits or {})},
        "entry": "agent", "nodes": nodes, "edges": edges,
    }
    return load_graph_data(data, base_dir=tmp_path)


def scripted() -> Any:
    return resolve_model("scripted:policies/scripted_model.yaml", ROOT)


@pytest.fixture
async def store(redis_url: str, redis_prefix: str) -> AsyncIterator[ReliabilityStore]:
    shared = ReliabilityStore.from_url(redis_url, prefix=redis_prefix)
    yield shared
    await shared.aclose()


async def turn(graph: Any, loaded: LoadedGraph, message: str, thread: str, **kw: Any) -> TurnResult:
    return await run_turn(graph, loaded, message=message, thread_id=thread, **kw)


async def state_of(graph: Any, thread: str) -> dict[str, Any]:
    return dict((await graph.aget_state({"configurable": {"thread_id": thread}})).values)


# ------------------------------------------------------------------ circuit breakers


async def test_provider_outage_opens_the_circuit_falls_back_and_recovers(
    tmp_path: Path, store: ReliabilityStore, redis_url: str, redis_prefix: str
) -> None:
    loaded = reliability_graph(tmp_path)
    failing = FaultInjectingChatModel(inner=scripted(), outcomes=["unavailable"], cycle=True)
    graph = railgraph.build(loaded, models={"primary": failing}, checkpointer=InMemorySaver(),
                            reliability=store)
    results = []

    # Turn 1: three attempts on the primary (RetryPolicy), all 503; the third failure trips
    # the circuit and, retries spent, the cheaper backup answers.
    first = await turn(graph, loaded, HOURS, "outage")
    results.append(first)
    assert failing.history == ["unavailable"] * 3
    assert "Monday to Friday" in (first.response or "")
    values = await state_of(graph, "outage")
    assert values["model"] == "backup"
    assert values["breakers"]["primary"] == "open"
    fallback = [e for e in values["audit"] if e.get("verdict") == "fallback"]
    assert fallback and fallback[-1]["model"] == "backup"

    # Another process sees the same circuit: it lives in Redis.
    other = ReliabilityStore.from_url(redis_url, prefix=redis_prefix)
    try:
        shared = await other.breaker("model:primary", BreakerSettings()).state()
        assert shared.state is CircuitState.OPEN and shared.failures == 3
    finally:
        await other.aclose()

    # While open, the failing provider gets no calls at all; the backup answers at once.
    for i in range(3):
        result = await turn(graph, loaded, "Do you ship to Switzerland? shipping", f"open-{i}")
        results.append(result)
        assert "shipping" in (result.response or "").lower()
    assert failing.calls == 3

    # The provider recovers; after the recovery timeout one half-open probe goes through,
    # succeeds and closes the circuit.
    failing.outcomes = ["ok"]
    await asyncio.sleep(1.2)
    probe = await turn(graph, loaded, HOURS, "probe")
    results.append(probe)
    assert failing.calls == 4 and failing.history[-1] == "ok"
    values = await state_of(graph, "probe")
    assert values["model"] == "primary"
    assert values["breakers"]["primary"] == "closed"
    assert (await store.breaker("model:primary", BreakerSettings()).state()).state \
        is CircuitState.CLOSED

    # Zero unhandled errors: every turn completed with an answer.
    assert [r.status for r in results] == ["completed"] * len(results)
    assert all(r.error is None and r.response for r in results)


async def test_every_circuit_open_takes_the_declared_edge(tmp_path: Path,
                                                          store: ReliabilityStore) -> None:
    breakers = {"kind": "breakers", "default": {"failure_threshold": 1, "recovery_timeout": 60}}
    loaded = reliability_graph(tmp_path, policies={"breakers": breakers})
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["unavailable"])
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["server_error"])
    graph = railgraph.build(loaded, models={"primary": primary, "backup": backup},
                            checkpointer=InMemorySaver(), reliability=store)
    # Both fail: transient errors on the last attempt, then on_error -> the degradation node,
    # whose FAQ level answers the question without any model.
    first = await turn(graph, loaded, HOURS, "down-1")
    assert first.status == "completed" and first.outcome == "degraded"
    assert first.path[-1] == "unavailable"
    assert first.response == "FAQ: we open 8-20 on weekdays."
    calls = (primary.calls, backup.calls)
    # Both circuits are open now: no model is called, the edge on `degraded` is taken and
    # the template level answers a question the FAQ does not know.
    second = await turn(graph, loaded, "Can I pay by invoice?", "down-2")
    assert (primary.calls, backup.calls) == calls
    assert second.path == ["agent", "unavailable"]
    assert second.response == "The assistant is unavailable right now."
    values = await state_of(graph, "down-2")
    assert values["degraded"] == {"reason": "circuit_open", "level": "template"}
    assert values["breakers"] == {"primary": "open", "backup": "open"}


async def test_permanent_errors_fail_fast_without_fallback_or_tripping(
    tmp_path: Path, store: ReliabilityStore
) -> None:
    loaded = reliability_graph(tmp_path)
    broken = FaultInjectingChatModel(inner=scripted(), outcomes=["bad_request"])
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": broken, "backup": backup},
                            checkpointer=InMemorySaver(), reliability=store)
    for i in range(4):
        result = await turn(graph, loaded, "Can I pay by invoice?", f"perm-{i}")
        assert result.status == "completed" and result.path[-1] == "unavailable"
        assert result.response == "The assistant is unavailable right now."
        assert "invalid request" not in str(result.to_json())
    assert broken.calls == 4 and backup.calls == 0  # no retry, no fallback
    state = await store.breaker("model:primary", BreakerSettings()).state()
    assert state.state is CircuitState.CLOSED and state.failures == 0
    values = await state_of(graph, "perm-3")
    assert values["last_error"] == {"node": "agent", "error": "PermanentModelError (status 400)"}


async def test_transient_errors_are_retried_before_falling_back(tmp_path: Path,
                                                               store: ReliabilityStore) -> None:
    loaded = reliability_graph(tmp_path)
    flaky = FaultInjectingChatModel(inner=scripted(), outcomes=["rate_limit", "timeout"],
                                    cycle=False)
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": flaky, "backup": backup},
                            checkpointer=InMemorySaver(), reliability=store)
    result = await turn(graph, loaded, HOURS, "retry")
    assert result.status == "completed" and "Monday" in (result.response or "")
    assert flaky.history == ["rate_limit", "timeout", "ok"] and backup.calls == 0
    assert (await state_of(graph, "retry"))["breakers"]["primary"] == "closed"


# ------------------------------------------------------------------ cache, call cap


def test_normalisation_makes_near_identical_questions_equal() -> None:
    filler = ["what", "are", "your", "please", "hi", "the"]
    same = {normalise(q, filler) for q in ["What are your opening hours?",
                                           "hi!! OPENING HOURS, please",
                                           "Hours opening?", "what are the opening hour"]}
    assert same == {"hour opening"}
    assert normalise("Où est ma commande ?") == normalise("ou est ma COMMANDE")
    assert normalise("refund for a damaged item", filler) != normalise("refund for a late item",
                                                                      filler)


async def test_repeated_questions_are_answered_from_the_cache(tmp_path: Path,
                                                              store: ReliabilityStore) -> None:
    loaded = reliability_graph(tmp_path, llm={"cache": "cache"}, tools=True)
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    first = await turn(graph, loaded, HOURS, "c1", tenant_id="shop")
    assert first.cost_usd > 0 and primary.calls == 1
    again = await turn(graph, loaded, "hi, opening hours please!", "c2", tenant_id="shop")
    assert again.response == first.response and again.cost_usd == 0 and primary.calls == 1
    assert (await state_of(graph, "c2")).get("llm_calls", 0) == 0
    # Another tenant has its own cache.
    await turn(graph, loaded, HOURS, "c3", tenant_id="other")
    assert primary.calls == 2
    # Answers built from tool results (one customer's order) are never cached.
    await turn(graph, loaded, ORDER, "c4", tenant_id="shop")
    await turn(graph, loaded, ORDER, "c5", tenant_id="shop")
    assert primary.calls == 2 + 4
    cache = ResponseCache(loaded.policies["cache"], store)
    stats = await cache.stats()
    assert stats == {"hits": 1, "misses": 4} and stats.hit_rate == 0.2
    keys = [k async for k in store.client.scan_iter(match=f"{store.prefix}:cache:*")]
    assert all(b"opening" not in k and b"10042" not in k for k in keys)


async def test_a_cached_answer_is_the_last_resort_of_the_chain(tmp_path: Path,
                                                               store: ReliabilityStore) -> None:
    cache = {"kind": "cache", "ttl": 60, "serve": "fallback"}
    loaded = reliability_graph(tmp_path, llm={"cache": "cache"}, policies={"cache": cache})
    models = {"primary": FaultInjectingChatModel(inner=scripted(), outcomes=["ok"]),
              "backup": FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])}
    graph = railgraph.build(loaded, models=models, checkpointer=InMemorySaver(),
                            reliability=store)
    warm = await turn(graph, loaded, HOURS, "w1")
    # `serve: fallback`: while the models work, they answer (fresh), the cache only stores.
    fresh = await turn(graph, loaded, HOURS, "w2")
    assert models["primary"].calls == 2 and fresh.cost_usd > 0
    for model in models.values():
        model.outcomes = ["unavailable"]
    # Every model of the chain fails: the cached answer is the degraded answer.
    hit = await turn(graph, loaded, "opening hours?", "h")
    assert hit.response == warm.response
    assert hit.status == "completed" and hit.outcome == "degraded" and hit.path == ["agent", "respond"]
    assert models["primary"].calls == 2 + 3 and models["backup"].calls == 1
    # A question never cached, with every model down: the degradation node's levels answer.
    miss = await turn(graph, loaded, "Can I pay by invoice?", "m")
    assert miss.path[-1] == "unavailable" and miss.outcome == "degraded"
    assert miss.response == "The assistant is unavailable right now."


async def test_llm_calls_per_turn_are_capped(tmp_path: Path, store: ReliabilityStore) -> None:
    loaded = reliability_graph(tmp_path, limits={"max_llm_calls": 1}, tools=True)
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    result = await turn(graph, loaded, ORDER, "cap")
    # The first call asks for the order tool; the second call would exceed the cap.
    assert result.path == ["agent", "tools", "agent", "limit_reached"]
    assert result.response == "Too many steps." and primary.calls == 1
    values = await state_of(graph, "cap")
    assert values["degraded"]["reason"] == "llm_calls"
    # The cap is per turn: the next turn may call the model again.
    nxt = await turn(graph, loaded, HOURS, "cap")
    assert nxt.path == ["agent", "respond"] and primary.calls == 2


async def test_without_a_shared_store_the_graph_still_answers(tmp_path: Path) -> None:
    loaded = reliability_graph(tmp_path, llm={"cache": "cache"})
    graph = railgraph.build(loaded, checkpointer=InMemorySaver())
    result = await turn(graph, loaded, HOURS, "plain")
    assert result.status == "completed" and "Monday" in (result.response or "")


def test_bad_reliability_references_are_located_errors(tmp_path: Path) -> None:
    from railgraph.errors import DefinitionError

    with pytest.raises(DefinitionError) as caught:
        reliability_graph(tmp_path, llm={"fallbacks": ["bakup"], "budgets": "breakers",
                                         "cache": "nope"})
    text = str(caught.value)
    assert "unknown model 'bakup' (did you mean 'backup'?)" in text
    assert "policy 'breakers' is of kind 'breakers', not 'budgets'" in text
    assert "unknown policy 'nope'" in text
    bad = {"kind": "budgets", "per_user_daily": -1, "on_exceeded": "panic"}
    with pytest.raises(DefinitionError) as caught:
        reliability_graph(tmp_path, llm={"budgets": "budgets"}, policies={"budgets": bad})
    assert "per_user_daily" in str(caught.value) and "on_exceeded" in str(caught.value)
    assert "Traceback" not in str(caught.value)


async def test_a_node_timeout_counts_against_the_circuit(tmp_path: Path,
                                                        store: ReliabilityStore) -> None:
    breakers = {"kind": "breakers", "default": {"failure_threshold": 2, "recovery_timeout": 60}}
    loaded = reliability_graph(tmp_path, policies={"breakers": breakers})
    slow = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"], latency=5.0)
    data = loaded.snapshot()["definition"]
    data["nodes"][0]["timeout"] = 0.2
    data["nodes"][0]["retry"]["max_attempts"] = 2
    loaded = load_graph_data(data, base_dir=tmp_path, policies=loaded.policy_data)
    graph = railgraph.build(loaded, models={"primary": slow}, checkpointer=InMemorySaver(),
                            reliability=store)
    result = await turn(graph, loaded, "Can I pay by invoice?", "slow")
    # Both attempts timed out (LangGraph's node timeout, retried as transient), then on_error.
    assert result.status == "completed" and result.path[-1] == "unavailable"
    assert slow.calls == 2
    state = await store.breaker("model:primary", BreakerSettings()).state()
    assert state.state is CircuitState.OPEN


async def test_a_model_that_hangs_gives_way_to_the_fallback_with_a_call_timeout(
        tmp_path: Path, store: ReliabilityStore) -> None:
    breakers = {"kind": "breakers", "default": {"failure_threshold": 10, "recovery_timeout": 60}}
    loaded = reliability_graph(tmp_path, llm={"call_timeout": 0.2},
                               policies={"breakers": breakers})
    data = loaded.snapshot()["definition"]
    data["nodes"][0]["timeout"] = 5  # the attempt's bound: room for the fallback after 0.2 s
    loaded = load_graph_data(data, base_dir=tmp_path, policies=loaded.policy_data)
    hung = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"], latency=30.0)
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": hung, "backup": backup},
                            checkpointer=InMemorySaver(), reliability=store)
    result = await asyncio.wait_for(turn(graph, loaded, HOURS, "hung"), timeout=20)
    # Three attempts on the primary, each cut at 0.2 s (retried as transient); on the last
    # one the chain moves on to the backup, which answers.
    assert result.status == "completed" and "Monday" in (result.response or "")
    assert hung.calls == 3 and backup.calls == 1
    assert (await state_of(graph, "hung"))["model"] == "backup"


async def test_without_a_call_timeout_a_hanging_model_uses_up_the_node(
        tmp_path: Path, store: ReliabilityStore) -> None:
    loaded = reliability_graph(tmp_path)
    data = loaded.snapshot()["definition"]
    data["nodes"][0]["timeout"] = 0.2
    loaded = load_graph_data(data, base_dir=tmp_path, policies=loaded.policy_data)
    hung = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"], latency=30.0)
    backup = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": hung, "backup": backup},
                            checkpointer=InMemorySaver(), reliability=store)
    result = await turn(graph, loaded, HOURS, "hung-node")
    assert result.path[-1] == "unavailable" and backup.calls == 0


def test_a_call_timeout_longer_than_the_node_timeout_is_refused(tmp_path: Path) -> None:
    from railgraph.errors import DefinitionError

    loaded = reliability_graph(tmp_path, llm={"call_timeout": 40})
    data = loaded.snapshot()["definition"]
    data["nodes"][0]["timeout"] = 30
    with pytest.raises(DefinitionError, match=r"nodes\[0\]: params.call_timeout \(40 s\) must "
                       r"be shorter than the node's timeout \(30 s\)"):
        load_graph_data(data, base_dir=tmp_path, policies=loaded.policy_data)


async def test_after_a_permanent_error_the_degradation_node_serves_a_cached_answer(
    tmp_path: Path, store: ReliabilityStore
) -> None:
    cache = {"kind": "cache", "ttl": 60, "serve": "fallback"}
    loaded = reliability_graph(tmp_path, llm={"cache": "cache"}, policies={"cache": cache})
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    warm = await turn(graph, loaded, "Do you ship to Austria? shipping", "p1")
    primary.outcomes = ["bad_request"]
    again = await turn(graph, loaded, "shipping, do you ship to austria", "p2")
    assert again.path[-1] == "unavailable" and again.response == warm.response
    assert (await state_of(graph, "p2"))["degraded"] == {"level": "cached"}


async def test_answers_inside_a_conversation_are_never_cached(tmp_path: Path,
                                                              store: ReliabilityStore) -> None:
    loaded = reliability_graph(tmp_path, llm={"cache": "cache"}, tools=True)
    primary = FaultInjectingChatModel(inner=scripted(), outcomes=["ok"])
    graph = railgraph.build(loaded, models={"primary": primary}, checkpointer=InMemorySaver(),
                            reliability=store)
    await turn(graph, loaded, ORDER, "conv")
    # A follow-up may be answered from the first customer's order data in the history.
    await turn(graph, loaded, HOURS, "conv")
    assert [k async for k in store.client.scan_iter(match=f"{store.prefix}:cache:all:*")] == []
    calls = primary.calls
    await turn(graph, loaded, HOURS, "fresh")  # so this opening question is not a cache hit
    assert primary.calls == calls + 1
    assert len([k async for k in store.client.scan_iter(match=f"{store.prefix}:cache:all:*")]) == 1


async def test_tool_circuits_for_the_tools_node(tmp_path: Path, store: ReliabilityStore) -> None:
    from railgraph.errors import PermanentModelError, TransientModelError
    from railgraph.nodes.context import BuildContext
    from railgraph.reliability import tool_circuits

    breakers = {"kind": "breakers", "tools": {"lookup_order": {"failure_threshold": 2,
                                                               "recovery_timeout": 60}}}
    loaded = reliability_graph(tmp_path, policies={"breakers": breakers})
    circuits = tool_circuits(BuildContext(loaded, store=store), "breakers")
    for error in (PermanentModelError("bad arguments", 400), TransientModelError("down", 503),
                  TimeoutError()):
        admission = await circuits.admit("lookup_order")
        assert admission.allowed
        await circuits.record("lookup_order", admission, error)
    refused = await circuits.admit("lookup_order")
    assert not refused.allowed and refused.state == "open"
    # Other tools have their own circuits (the policy's default settings).
    assert (await circuits.admit("refund_policy")).allowed
    # Without a policy, every call is admitted.
    assert (await tool_circuits(BuildContext(loaded, store=store), None).admit("x")).allowed
