"""Fault injection: each named fault raises its class, outcomes cycle, latency, retries."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.messages import (
    HumanMessage,
)
from langgraph.graph import START, StateGraph
from langgraph.types import RetryPolicy
from pydantic import ValidationError

from railgraph.errors import (
    ModelError,
    PermanentModelError,
    TransientModelError,
)
from railgraph.models import (
    FAULTS,
    FaultInjectingChatModel,
    ScriptedChatModel,
    is_transient,
    model_name_of,
)
from tests.models.support import SMALL_RULES, State, lookup_order

ROOT = Path(__file__).resolve().parents[2]







# ------------------------------------------------------------------ fault injection


@pytest.mark.parametrize(("name", "cls", "status"), [
    ("timeout", TransientModelError, None),
    ("rate_limit", TransientModelError, 429),
    ("unavailable", TransientModelError, 503),
    ("connection", TransientModelError, None),
    ("bad_request", PermanentModelError, 400),
    ("auth", PermanentModelError, 401),
    ("not_found", PermanentModelError, 404),
])
async def test_each_fault_raises_its_class(name: str, cls: type[ModelError],
                                           status: int | None) -> None:
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=[name])
    with pytest.raises(cls) as caught:
        await model.ainvoke("hello")
    assert caught.value.status_code == status
    assert is_transient(caught.value) is (cls is TransientModelError)
    with pytest.raises(cls):
        model.invoke("hello")  # the sync path injects the same faults


def test_fault_names_are_known() -> None:
    assert {"timeout", "rate_limit", "unavailable", "connection", "bad_request", "auth",
            "not_found"} <= set(FAULTS)
    with pytest.raises(ValidationError, match="unknown fault 'explode'"):
        FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                outcomes=["explode"])


async def test_outcomes_cycle_and_ok_passes_through() -> None:
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=["timeout", "rate_limit", "ok"])
    seen: list[str | int | None] = []
    for _ in range(6):
        try:
            reply = await model.ainvoke("hello")
            seen.append(str(reply.content))
        except TransientModelError as exc:
            seen.append(exc.status_code)
    assert seen == [None, 429, "Hello there.", None, 429, "Hello there."]
    assert model.calls == 6
    assert model.history == ["timeout", "rate_limit", "ok"] * 2


def test_without_cycle_later_calls_pass() -> None:
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=["unavailable"], cycle=False)
    with pytest.raises(TransientModelError):
        model.invoke("hello")
    assert model.invoke("hello").content == "Hello there."
    assert model.invoke("hello").content == "Hello there."


def test_exception_instances_are_raised_as_given() -> None:
    boom = httpx.ConnectError("refused")
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=[boom])
    with pytest.raises(httpx.ConnectError):
        model.invoke("hello")


async def test_latency_is_awaited(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []
    real_sleep = asyncio.sleep

    async def record(delay: float, *args: Any) -> None:
        delays.append(delay)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", record)
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=["ok", "timeout"], latency=0.25)
    assert (await model.ainvoke("hello")).content == "Hello there."
    with pytest.raises(TransientModelError):
        await model.ainvoke("hello")
    assert delays == [0.25, 0.25]  # failures cost time too, as real timeouts do


def test_bind_tools_keeps_faults_and_shares_the_count() -> None:
    model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                    outcomes=["rate_limit", "ok"])
    bound = model.bind_tools([lookup_order])
    with pytest.raises(TransientModelError):
        bound.invoke("order 12345")
    reply = bound.invoke("order 12345")
    assert reply.tool_calls[0]["args"] == {"order_id": "12345"}
    assert model.calls == 2
    assert model_name_of(bound) == "scripted"


def test_retry_policy_recovers_from_transient_faults_only() -> None:
    def build(outcomes: list[str]) -> tuple[Any, FaultInjectingChatModel]:
        model = FaultInjectingChatModel(inner=ScriptedChatModel.from_rules(SMALL_RULES),
                                        outcomes=outcomes, cycle=False)

        def agent(state: State) -> dict[str, Any]:
            return {"messages": [model.invoke(state["messages"])]}

        retry = RetryPolicy(initial_interval=0.001, jitter=False, max_attempts=4,
                            retry_on=is_transient)
        builder = StateGraph(State)
        builder.add_node("agent", agent, retry_policy=retry)
        builder.add_edge(START, "agent")
        return builder.compile(), model

    graph, model = build(["timeout", "rate_limit", "unavailable"])
    out = graph.invoke({"messages": [HumanMessage("hello")]})
    assert out["messages"][-1].content == "Hello there."
    assert model.calls == 4

    graph, model = build(["auth"])
    with pytest.raises(PermanentModelError):
        graph.invoke({"messages": [HumanMessage("hello")]})
    assert model.calls == 1

