"""Small graphs the saver tests run (also imported by the scripts they start in a fresh
interpreter, as ``tests.state.saver.graphs``)."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, AnyMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.types import interrupt


class Counter(TypedDict, total=False):
    x: int
    log: Annotated[list[str], operator.add]


def _inc(state: Counter) -> Counter:
    return {"x": state.get("x", 0) + 1, "log": ["inc"]}


def _double(state: Counter) -> Counter:
    return {"x": state["x"] * 10, "log": ["double"]}


def counter_graph(saver: Any) -> Any:
    b = StateGraph(Counter)
    b.add_node("inc", _inc)
    b.add_node("double", _double)
    b.add_edge(START, "inc")
    b.add_edge("inc", "double")
    b.add_edge("double", END)
    return b.compile(checkpointer=saver)


class Step(TypedDict):
    n: int


def one_step_graph(saver: Any) -> Any:
    """One node adding 1 to ``n``: the least a thread needs to have checkpoints."""
    b = StateGraph(Step)
    b.add_node("step", lambda s: {"n": s["n"] + 1})
    b.add_edge(START, "step")
    b.add_edge("step", END)
    return b.compile(checkpointer=saver)


class Outer(TypedDict, total=False):
    x: int
    answer: str


def _ask(state: Outer) -> Outer:
    return {"answer": str(interrupt({"question": "ok?", "x": state["x"]}))}


def nested_graph(saver: Any) -> Any:
    inner = StateGraph(Outer)
    inner.add_node("ask", _ask)
    inner.add_edge(START, "ask")
    inner.add_edge("ask", END)
    outer = StateGraph(Outer)
    outer.add_node("prepare", lambda s: {"x": s["x"] + 1})
    outer.add_node("inner", inner.compile())
    outer.add_edge(START, "prepare")
    outer.add_edge("prepare", "inner")
    outer.add_edge("inner", END)
    return outer.compile(checkpointer=saver)


class Chat(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]


def _reply(state: Chat) -> Chat:
    last = state["messages"][-1].content
    return {"messages": [AIMessage(content=f"You said: {last} " + "x" * 150,
                                   id=f"ai-{len(state['messages'])}")]}


def chat_graph(saver: Any) -> Any:
    b = StateGraph(Chat)
    b.add_node("reply", _reply)
    b.add_edge(START, "reply")
    b.add_edge("reply", END)
    return b.compile(checkpointer=saver)
