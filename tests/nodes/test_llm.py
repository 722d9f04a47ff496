"""llm nodes on their own: replies pass the output guards before they enter the state, the
model call is hidden from streams, malformed tool calls are answered and asked again, and the
self-reported confidence is read and taken off the answer."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.compile import compile_graph
from railgraph.nodes.llm import HELD, _pair_invalid_calls
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph_data

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "ann.example@example.org"


def graph_of(output_checks: list[dict[str, Any]], **llm_params: Any) -> Any:
    data = {
        "railgraph": 1, "name": "t", "version": "1.0.0", "root": ".",
        "models": {"m": "scripted"}, "default_model": "m", "entry": "agent",
        "nodes": [
            {"id": "agent", "kind": "llm", "params": {"system": "Be brief.", **llm_params}},
            {"id": "out", "kind": "guard", "params": {
                "stage": "output", "refusal": "Sorry, I can't share that.",
                "checks": output_checks}},
            {"id": "respond", "kind": "respond"},
        ],
        "edges": [{"from": "agent", "to": "out"},
                  {"from": "out", "to": "respond"}, {"from": "respond", "to": "END"}],
    }
    return load_graph_data(copy.deepcopy(data), base_dir=ROOT)


def fake(*replies: AIMessage | str) -> GenericFakeChatModel:
    """A chat model that streams its replies token by token when asked to."""
    return GenericFakeChatModel(messages=iter([
        r if isinstance(r, AIMessage) else AIMessage(content=r) for r in replies]))


async def test_a_reply_is_redacted_before_it_enters_the_state_or_any_stream() -> None:
    loaded = graph_of([{"detector": "pii", "action": "redact"}])
    graph = compile_graph(loaded, models={"m": fake(f"Mail {EMAIL} for that.")},
                          checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "r"}}
    chunks = [repr(c) async for c in graph.astream(
        {"messages": [HumanMessage(content="How do I reach you?")]}, config,
        stream_mode=["messages", "updates", "values", "debug"])]
    assert chunks and not [c for c in chunks if EMAIL in c]
    state = (await graph.aget_state(config)).values
    draft = state["messages"][-1]
    assert draft.content == "Mail <EMAIL_ADDRESS> for that."
    assert draft.response_metadata["screened_by"] == ["out"]
    # The guard node ran no second time on the screened draft: one verdict, from the llm node.
    assert [(v["node"], v["verdict"]) for v in state["verdicts"]] == [("out", "redact")]


async def test_a_blocked_draft_is_held_and_the_turn_answers_with_the_refusal() -> None:
    loaded = graph_of([{"detector": "pii", "action": "block"}])
    graph = compile_graph(loaded, models={"m": fake(f"Mail {EMAIL}.")},
                          checkpointer=InMemorySaver())
    result = await run_turn(graph, loaded, message="How do I reach you?", thread_id="b")
    assert (result.status, result.response) == ("blocked", "Sorry, I can't share that.")
    state = (await graph.aget_state({"configurable": {"thread_id": "b"}})).values
    assert HELD in [m.content for m in state["messages"]]
    assert EMAIL not in str(state)


async def test_malformed_tool_calls_are_answered_and_the_model_asked_again() -> None:
    broken = AIMessage(content="", invalid_tool_calls=[
        {"name": "lookup", "args": "{not json", "id": "call_1", "error": "bad JSON",
         "type": "invalid_tool_call"}])
    loaded = graph_of([{"detector": "secrets", "action": "redact"}])
    graph = compile_graph(loaded, models={"m": fake(broken, "Here is the answer.")},
                          checkpointer=InMemorySaver())
    result = await run_turn(graph, loaded, message="Look it up", thread_id="t")
    assert result.response == "Here is the answer."
    messages = (await graph.aget_state({"configurable": {"thread_id": "t"}})).values["messages"]
    kinds = [type(m).__name__ for m in messages]
    assert kinds == ["HumanMessage", "AIMessage", "ToolMessage", "AIMessage"]
    assert messages[1].invalid_tool_calls[0]["id"] == messages[2].tool_call_id == "call_1"
    assert messages[2].status == "error" and "not valid JSON" in messages[2].content


def test_every_call_of_a_malformed_reply_gets_its_answer() -> None:
    reply = AIMessage(content="", tool_calls=[{"name": "ok", "args": {}, "id": "c2"}],
                      invalid_tool_calls=[{"name": "bad", "args": "{", "id": "c1",
                                           "error": None, "type": "invalid_tool_call"}])
    kept, answers = _pair_invalid_calls(reply)
    assert kept is reply
    assert [(a.tool_call_id, a.status) for a in answers] == [("c1", "error"), ("c2", "error")]
    assert all(isinstance(a, ToolMessage) for a in answers)
    assert answers[1].content.startswith("Not run")


async def test_a_self_reported_confidence_is_taken_off_the_answer() -> None:
    loaded = graph_of([{"detector": "secrets", "action": "redact"}], confidence="self_report")
    graph = compile_graph(loaded, models={"m": fake("Yes, we do.\nConfidence: 0.35")},
                          checkpointer=InMemorySaver())
    result = await run_turn(graph, loaded, message="Do you ship abroad?", thread_id="c")
    assert result.response == "Yes, we do."
    draft = (await graph.aget_state({"configurable": {"thread_id": "c"}})).values["messages"][-1]
    assert draft.response_metadata["confidence"] == 0.35
