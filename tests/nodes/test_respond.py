"""Respond nodes: the model's draft as the answer, else a degradation level's text, never an
error's detail."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage

from railgraph.nodes import respond as respond_node
from railgraph.nodes.context import BuildContext
from railgraph.spec.loader import load_graph_data

ROOT = Path(__file__).resolve().parents[2]
CONFIG: dict[str, Any] = {"configurable": {"thread_id": "t-1"}}
FALLBACK = "Sorry, something went wrong on our side. Please try again in a moment."


def respond(**params: Any) -> Any:
    data = {"railgraph": 1, "name": "t", "version": "1.0.0", "root": "..", "entry": "out",
            "policies": {"degradation": "policies/degradation.yaml"},
            "nodes": [{"id": "out", "kind": "respond", "params": params}],
            "edges": [{"from": "out", "to": "END"}]}
    loaded = load_graph_data(copy.deepcopy(data), base_dir=ROOT / "graphs")
    return respond_node.build(loaded.definition.node("out"), BuildContext(loaded))


def asked(question: str, *replies: AIMessage, **state: Any) -> dict[str, Any]:
    return {"messages": [HumanMessage(content=question, id="u1"), *replies], **state}


async def test_the_models_draft_is_the_answer_and_is_not_repeated() -> None:
    update = await respond()(asked("hi", AIMessage(content="Hello!", id="a1")), CONFIG)
    assert update == {"response": "Hello!", "outcome": "completed"}  # no second message


async def test_a_response_set_earlier_is_added_as_the_last_message() -> None:
    update = await respond()(asked("hi", response="Set by a guard.", outcome="blocked"), CONFIG)
    assert update["response"] == "Set by a guard." and update["outcome"] == "blocked"
    assert [m.content for m in update["messages"]] == ["Set by a guard."]


async def test_no_usable_draft_degrades_to_the_no_answer_text() -> None:
    pending_tool = AIMessage(content="", tool_calls=[{"name": "x", "args": {}, "id": "c1"}])
    for state in (asked("hi"), asked("hi", pending_tool), asked("hi", AIMessage(content="  "))):
        update = await respond()(state, CONFIG)
        assert update["outcome"] == "degraded"
        assert update["response"] and update["messages"][0].content == update["response"]


async def test_a_template_node_answers_with_its_template_and_records_the_level() -> None:
    body = respond(policy="degradation", template="service_unavailable")
    update = await body(asked("Where is my order?", AIMessage(content="half a draft")), CONFIG)
    assert update["response"].startswith("Our assistant is temporarily unavailable.")
    assert update["outcome"] == "degraded" and update["degraded"] == {"level": "template"}


async def test_the_faq_level_answers_known_questions_before_the_template() -> None:
    body = respond(policy="degradation", template="service_unavailable",
                   levels=["faq", "template"])
    faq = await body(asked("What are your opening hours?"), CONFIG)
    assert "Monday to Friday" in faq["response"] and faq["degraded"]["level"] == "faq"
    other = await body(asked("Where is my order?"), CONFIG)
    assert other["degraded"]["level"] == "template"


async def test_the_fallback_level_gives_the_policys_safe_answer() -> None:
    body = respond(policy="degradation", template="service_unavailable",
                   levels=["fallback", "template"])
    update = await body(asked("Where is my order?"), CONFIG)
    assert update["response"] == FALLBACK and update["degraded"]["level"] == "fallback"


async def test_a_failed_credential_stays_an_error_outcome() -> None:
    body = respond(policy="degradation", template="service_unavailable")
    update = await body(asked("hi", outcome="auth_failed"), CONFIG)
    assert update["outcome"] == "auth_failed"
