"""Router nodes: rules first, then escalation signals, then a model tier by complexity."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from langchain_core.messages import HumanMessage

from railgraph.nodes import router as router_node
from railgraph.nodes.context import BuildContext
from railgraph.policies import RoutingPolicy
from railgraph.spec.loader import load_graph_data

ROOT = Path(__file__).resolve().parents[2]
CONFIG: dict[str, Any] = {"configurable": {"thread_id": "t-1"}}
ROUTING = RoutingPolicy.model_validate({
    "kind": "routing", "long_message_chars": 100, "complex_terms": ["compare", "dispute"],
    "tiers": [{"name": "simple", "model": "fast", "max_complexity": 0.3},
              {"name": "complex", "model": "smart", "max_complexity": 1.0}]})


def router(**params: Any) -> Any:
    data = {"railgraph": 1, "name": "t", "version": "1.0.0", "root": "..", "entry": "r",
            "models": {"fast": "scripted", "smart": "scripted"}, "default_model": "fast",
            "policies": {"routing": "policies/routing.yaml", "escalation": "policies/escalation.yaml"},
            "nodes": [{"id": "r", "kind": "router", "params": params},
                      {"id": "respond", "kind": "respond"}],
            "edges": [{"from": "r", "to": "respond"}, {"from": "respond", "to": "END"}]}
    loaded = load_graph_data(copy.deepcopy(data), base_dir=ROOT / "graphs")
    return router_node.build(loaded.definition.node("r"), BuildContext(loaded))


def asking(text: str, **state: Any) -> dict[str, Any]:
    return {"messages": [HumanMessage(content=text, id="u1")], **state}


def test_complexity_grows_with_length_parts_and_terms() -> None:
    short = router_node.complexity("Hi", ROUTING)
    assert short == 0.01  # two characters of a hundred, weighted 0.5
    assert router_node.complexity("x" * 100, ROUTING) == 0.5  # length saturates at 0.5
    many = router_node.complexity("Why? How? When? Where?", ROUTING)
    assert many > router_node.complexity("Why?", ROUTING)
    # Against a text of the same length without the policy's terms: one term of two, then both.
    plain = router_node.complexity("zzzzzzz this", ROUTING)
    assert round(router_node.complexity("compare this", ROUTING) - plain, 4) == 0.15
    plain = router_node.complexity("zzzzzzz the zzzzzzz", ROUTING)
    assert round(router_node.complexity("compare the dispute", ROUTING) - plain, 4) == 0.3
    assert router_node.complexity("COMPARE", ROUTING) == router_node.complexity("compare", ROUTING)
    assert 0.0 <= router_node.complexity("compare dispute? " * 50, ROUTING) <= 1.0


async def test_without_a_policy_the_route_is_default_on_the_default_model() -> None:
    update = await router()(asking("anything"), CONFIG)
    assert update == {"route": "default", "model": "fast"}


async def test_the_first_matching_rule_wins_and_is_audited() -> None:
    body = router(rules=[{"when": "context.user_id == 'vip'", "route": "priority"},
                         {"when": "true", "route": "other"}])
    update = await body(asking("hi", context={"user_id": "vip"}), CONFIG)
    assert update["route"] == "priority"
    [entry] = update["audit"]
    assert entry["kind"] == "route" and entry["verdict"] == "priority"
    assert "context.user_id == 'vip'" in entry["reason"]
    assert (await body(asking("hi", context={"user_id": "x"}), CONFIG))["route"] == "other"


async def test_the_routing_policy_picks_the_tier_by_complexity() -> None:
    body = router(policy="routing")
    simple = await body(asking("Where is my order?"), CONFIG)
    assert simple == {"route": "simple", "model": "fast"}
    hard = await body(asking("Please compare my two orders and explain why the dispute failed. "
                             "Step by step, for multiple orders. " * 4), CONFIG)
    assert hard == {"route": "complex", "model": "smart"}


async def test_an_escalation_signal_routes_to_a_human_before_the_rules() -> None:
    body = router(escalation="escalation", rules=[{"when": "true", "route": "always"}])
    update = await body(asking("I want to speak to a human"), CONFIG)
    assert update["route"] == "human"
    assert update["escalation"]["reason"] == "user_requested"
    assert update["audit"][0]["verdict"] == "human"
    calm = await body(asking("Where is my order?"), CONFIG)
    assert calm["route"] == "always"
