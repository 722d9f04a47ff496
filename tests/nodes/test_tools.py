"""Tool governance and runaway protection, on a real Redis with the scripted model.

Each refusal must reach the model as a clear tool error (so it can tell the user), and the
run must continue, or stop on the declared edge for loops and the tool-call cap.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from langchain_core.messages import ToolMessage

import railgraph
from railgraph.cli import main
from railgraph.runner import run_turn
from railgraph.state import AsyncRedisSaver
from tests.reliability_graphs import ROOT, agent_graph, policy, tool_calling_model


def _tool_messages(state: dict[str, Any]) -> list[ToolMessage]:
    return [m for m in state["messages"] if isinstance(m, ToolMessage)]


async def _state(graph: Any, thread: str) -> dict[str, Any]:
    return (await graph.aget_state({"configurable": {"thread_id": thread}})).values


async def test_allowed_call_runs(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph()
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        result = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="ok",
                                user_id="u1")
        assert result.status == "completed"
        assert "shipped" in (result.response or "")
        tools_audit = [e for e in (await _state(graph, "ok"))["audit"] if e["kind"] == "tool"]
        assert [e["verdict"] for e in tools_audit] == ["success"]


async def test_invalid_arguments_go_back_to_the_model(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph()
    model = tool_calling_model([("lookup_order", {"order": "10042"}),
                                ("lookup_order", {"order_id": "10042"})])
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store, models={"fast": model})
        result = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="inv")
        state = await _state(graph, "inv")
    first, second = _tool_messages(state)
    assert first.status == "error"
    assert str(first.content).startswith("Invalid arguments for 'lookup_order': order_id: Field required")
    # The model corrected itself and the run went on to an answer.
    assert second.status == "success" and "shipped" in second.content
    assert result.status == "completed" and result.response == "Here is what I found."


async def test_permission_by_role(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph()
    text = "Show me the customer record for order 10042"
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        customer = await run_turn(graph, loaded, message=text, thread_id="c", user_id="u1")
        denied = _tool_messages(await _state(graph, "c"))[0]
        staff = await run_turn(graph, loaded, message=text, thread_id="s", user_id="a1",
                               roles=["agent"])
    assert denied.status == "error"
    assert "Permission denied: 'customer_record' is not available to this user" in denied.content
    # The user gets the rule's clear refusal, never the record.
    assert customer.status == "completed"
    assert customer.response is not None and "can't show customer records" in customer.response
    assert "jane.doe" not in customer.response and "10044" not in customer.response
    assert staff.response == "Orders of the customer behind 10042: 10042, 10044, 40000."


async def test_rate_limit_per_user_and_tool(redis_url: str, redis_prefix: str) -> None:
    tools = policy("tools")
    tools["tools"]["lookup_order"]["rate_limit"] = "2/minute"
    loaded = agent_graph(policies={"tools": tools})
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        answers = [await run_turn(graph, loaded, message="Where is my order 10042?",
                                  thread_id=f"r{i}", user_id="heavy") for i in range(3)]
        other = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="o",
                               user_id="light")
        limited = _tool_messages(await _state(graph, "r2"))[0]
        keys = [k async for k in store.client.scan_iter(match=f"{redis_prefix}:ratelimit*")]
    assert all(a.status == "completed" for a in answers)
    assert "shipped" in (answers[1].response or "")
    assert limited.status == "error"
    assert str(limited.content).startswith("Rate limit reached: 'lookup_order' may be used 2/minute")
    # The run continues: the model answers from the error (the scripted model with its rule's
    # error answer) instead of the order's data.
    assert answers[2].response is not None and "shipped" not in answers[2].response
    assert "order 10042" in answers[2].response
    assert "shipped" in (other.response or "")  # another user has their own window
    assert keys, "the sliding windows live in Redis"


async def test_read_only_node_refuses_writes(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph(tools_params={"read_only": True})
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        result = await run_turn(graph, loaded, message="I want to file a complaint about the noise",
                                thread_id="ro")
        refused = _tool_messages(await _state(graph, "ro"))[0]
        ok = await run_turn(graph, loaded, message="Where is my order 10043?", thread_id="ro2")
    assert refused.status == "error" and "this assistant is read-only here" in refused.content
    assert result.status == "completed" and "TCK-" not in (result.response or "")
    assert "processing" in (ok.response or "")  # read tools still work


async def test_read_only_deployment(redis_url: str, redis_prefix: str) -> None:
    tools = policy("tools")
    tools["read_only"] = True
    writable = agent_graph()
    frozen = agent_graph(policies={"tools": tools})
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        ticket = await run_turn(railgraph.build(writable, checkpointer=store), writable,
                                message="Please open a ticket, my parcel is damaged", thread_id="w")
        graph = railgraph.build(frozen, checkpointer=store)
        await run_turn(graph, frozen, message="Please open a ticket, my parcel is damaged",
                       thread_id="f")
        refused = _tool_messages(await _state(graph, "f"))[0]
    assert "TCK-" in (ticket.response or "")
    assert "read-only" in refused.content and refused.status == "error"


async def test_input_size_limit(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph()
    model = tool_calling_model([("lookup_order", {"order_id": "1" * 300})])
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store, models={"fast": model})
        await run_turn(graph, loaded, message="Where is my order?", thread_id="big")
        message = _tool_messages(await _state(graph, "big"))[0]
    assert message.content == "Arguments of 'lookup_order' are larger than the limit of 200 characters."


async def test_loop_detection_takes_the_declared_edge(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph(limits={"max_repeated_tool_calls": 2})
    same = ("lookup_order", {"order_id": "10042"})
    model = tool_calling_model([same] * 10)
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store, models={"fast": model})
        result = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="l")
        state = await _state(graph, "l")
    messages = _tool_messages(state)
    assert [m.status for m in messages] == ["success", "success", "error"]
    assert "already called 2 times with the same arguments" in str(messages[-1].content)
    assert state["degraded"]["reason"] == "tool_loop"
    assert state["degraded"]["tool"] == "lookup_order"
    assert result.path[-1] == "stopped" and result.path.count("agent") == 3
    assert "more steps than we allow" in (result.response or "")


async def test_tool_call_cap_per_turn(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph(limits={"max_tool_calls": 3})
    model = tool_calling_model([("lookup_order", {"order_id": n})
                                for n in ("10042", "10043", "10044", "20001", "31337")])
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store, models={"fast": model})
        result = await run_turn(graph, loaded, message="Check all my orders", thread_id="cap")
        state = await _state(graph, "cap")
        # The cap is per turn: the next turn may call tools again.
        again = await run_turn(graph, loaded, message="And order 10043?", thread_id="cap")
        later = _tool_messages(await _state(graph, "cap"))[4:]
    statuses = [m.status for m in _tool_messages(state)]
    assert statuses == ["success", "success", "success", "error"]
    assert state["degraded"]["reason"] == "tool_calls"
    assert result.path[-1] == "stopped"
    assert again.path[:2] == ["agent", "tools"]
    assert [m.status for m in later] == ["success"]


async def test_consecutive_tool_failures_escalate(redis_url: str, redis_prefix: str) -> None:
    loaded = agent_graph()
    model = tool_calling_model([("lookup_order", {"order_id": n}) for n in ("x1", "x2", "x3")])
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store, models={"fast": model})
        result = await run_turn(graph, loaded, message="Where is my order?", thread_id="fail")
    assert result.status == "interrupted"
    assert result.interrupt is not None
    assert result.interrupt["reason"] == "repeated_failures"
    assert result.interrupt["priority"] == "normal"
    assert result.interrupt["detail"] == "3 tool calls failed in a row"
    assert "(calls lookup_order)" in result.interrupt["summary"]


async def test_tool_circuit_opens_and_stops_calls(redis_url: str, redis_prefix: str) -> None:
    from tests import slow_tools

    breakers = {"kind": "breakers", "tools": {"lookup_order": {
        "failure_threshold": 2, "window": 60, "recovery_timeout": 60}}}
    loaded = agent_graph(policies={"breakers": breakers}, tools_params={"breakers": "breakers"},
                         tools={"lookup_order": "tests.slow_tools:unreachable_lookup"})
    slow_tools.CALLS.clear()
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        results = [await run_turn(graph, loaded, message=f"Where is my order 1004{i}?",
                                  thread_id=f"b{i}") for i in range(4)]
        failed = _tool_messages(await _state(graph, "b0"))[0]
        refused = _tool_messages(await _state(graph, "b3"))[0]
    # Two failures open the circuit; later turns do not reach the service at all.
    assert slow_tools.CALLS == {"10040": 1, "10041": 1}
    assert failed.content == "Tool 'lookup_order' failed (ConnectionError). Try again later."
    assert "10.0.0.7" not in str(failed.content)
    assert str(refused.content).startswith("'lookup_order' is temporarily unavailable")
    assert all(r.status == "completed" and r.response for r in results)


async def test_priced_tool_over_budget_takes_the_budget_edge(redis_url: str,
                                                             redis_prefix: str) -> None:
    prices = policy("prices")
    prices["tools"]["lookup_order"] = 0.01
    budgets = {"kind": "budgets", "per_user_daily": 0.015}
    loaded = agent_graph(policies={"prices": prices, "budgets": budgets},
                         tools_params={"prices": "prices", "budgets": "budgets"})
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        first = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="p1",
                               user_id="spender")
        second = await run_turn(graph, loaded, message="Where is my order 10043?", thread_id="p2",
                                user_id="spender")
        state = await _state(graph, "p2")
    assert "shipped" in (first.response or "") and first.cost_usd == 0.01
    assert second.path[-1] == "broke" and "usage limit" in (second.response or "")
    assert state["degraded"]["reason"] == "budget" and state["degraded"]["scope"] == "user_daily"
    assert _tool_messages(state)[0].content == "Not run: 'lookup_order' does not fit the user_daily budget."


async def test_high_stakes_tool_without_escalation_is_refused(redis_url: str,
                                                              redis_prefix: str) -> None:
    loaded = agent_graph(tools_params={"escalation": None})
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as store:
        graph = railgraph.build(loaded, checkpointer=store)
        result = await run_turn(graph, loaded, message="Please cancel my order 10043", thread_id="hs")
        refused = _tool_messages(await _state(graph, "hs"))[0]
    assert refused.status == "error" and "only a person from the team may do it" in refused.content
    assert result.status == "completed" and "can't cancel order 10043 myself" in (result.response or "")


def test_cli_roles_and_located_policy_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             redis_url: str, redis_prefix: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("RAILGRAPH_REDIS_PREFIX", redis_prefix)
    monkeypatch.setenv("RAILGRAPH_HOME", str(tmp_path / "state"))
    support = str(ROOT / "graphs" / "support.yaml")
    text = "Show me the customer record for order 10042"
    answers = {}
    for roles in ([], ["--role", "agent"]):
        assert main(["run", support, "-m", text, *roles, "--json"]) == 0
        answers[bool(roles)] = json.loads(capsys.readouterr().out)["response"]
    assert "can't show customer records" in answers[False]
    assert "10044" in answers[True]

    bad = policy("tools")
    bad["tools"]["lookup_order"]["rate_limit"] = "thirty a minute"
    bad["tools"]["create_ticket"]["roles"] = "agent"
    (tmp_path / "tools.yaml").write_text(yaml.safe_dump(bad, sort_keys=False))
    definition = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text())
    definition["root"] = str(ROOT)
    definition["policies"]["tools"] = str(tmp_path / "tools.yaml")
    (tmp_path / "graph.yaml").write_text(yaml.safe_dump(definition, sort_keys=False))
    assert main(["validate", str(tmp_path / "graph.yaml")]) == 2
    problems = capsys.readouterr().err.strip().splitlines()
    assert len(problems) == 2
    assert any(re.match(r".*tools\.yaml:\d+:\d+: .*rate limit 'thirty a minute' is not one limit", p)
               for p in problems)
    assert any(re.match(r".*tools\.yaml:\d+:\d+: .*roles", p) for p in problems)
