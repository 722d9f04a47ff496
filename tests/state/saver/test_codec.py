"""How checkpoints are stored: encrypted at rest, long message lists as append-only logs
(only new items written, forks kept apart), delta channels as LangGraph replays them."""

from __future__ import annotations

import os
from typing import Annotated, Any, TypedDict

import pytest
import redis
from langchain_core.messages import AnyMessage, HumanMessage
from langgraph.channels.delta import DeltaChannel
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages

from railgraph.state import RedisSaver
from tests.state.saver.graphs import _reply, chat_graph, counter_graph


def _history_shape(graph: Any, config: Any) -> list[tuple[Any, ...]]:
    return [(s.next, s.values.get("x"), tuple(s.values.get("log", [])), s.metadata["step"],
             s.metadata["source"]) for s in graph.get_state_history(config)]


def test_encryption_at_rest(redis_url: str, redis_prefix: str) -> None:
    pytest.importorskip("Crypto")
    key = os.urandom(32)
    saver = RedisSaver.from_url(redis_url, prefix=redis_prefix, encryption_key=key)
    graph = counter_graph(saver)
    config = {"configurable": {"thread_id": "secret"}}
    graph.invoke({"x": 7, "log": ["Jane's card is VISA-SECRET-PLAINTEXT"]}, config)
    client = redis.Redis.from_url(redis_url)
    raw = b"".join(v for k in client.scan_iter(match=f"{redis_prefix}:*")
                   if client.type(k) == b"hash" for v in client.hgetall(k).values())
    assert b"SECRET-PLAINTEXT" not in raw
    assert graph.get_state(config).values["log"][0] == "Jane's card is VISA-SECRET-PLAINTEXT"
    other = RedisSaver.from_url(redis_url, prefix=redis_prefix, encryption_key=os.urandom(32))
    with pytest.raises(Exception):  # noqa: B017 - any decryption failure, never plaintext
        other.get_tuple(config)
    client.close()


class _ByteCounter:
    """Counts bytes sent to Redis by every connection of this process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sent = 0
        original = redis.connection.AbstractConnection.send_packed_command
        counter = self

        def send(conn: Any, command: Any, check_health: bool = True) -> None:
            chunks = [command] if isinstance(command, bytes | str) else command
            counter.sent += sum(len(c) for c in chunks)
            original(conn, command, check_health)

        monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", send)


def test_long_conversation_writes_only_new_messages(saver: RedisSaver,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from langgraph.checkpoint.memory import InMemorySaver

    counter = _ByteCounter(monkeypatch)
    graph, reference = chat_graph(saver), chat_graph(InMemorySaver())
    config = {"configurable": {"thread_id": "long"}}
    per_turn = []
    for turn in range(1, 61):
        before = counter.sent
        message = {"messages": [HumanMessage(content=f"question {turn} " + "q" * 80,
                                             id=f"h{turn}")]}
        graph.invoke(message, config)
        reference.invoke(message, config)
        per_turn.append(counter.sent - before)
    assert per_turn[59] <= 2 * per_turn[9], per_turn
    ours = graph.get_state(config).values["messages"]
    theirs = reference.get_state(config).values["messages"]
    assert [(m.type, m.content, m.id) for m in ours] == [(m.type, m.content, m.id) for m in theirs]
    # A fresh saver (a new process) reads the same state and keeps appending.
    other = RedisSaver.from_url(saver.url, prefix=saver.codec.prefix)
    again = chat_graph(other)
    before = counter.sent
    again.invoke({"messages": [HumanMessage(content="one more", id="h61")]}, config)
    assert counter.sent - before <= 2 * per_turn[9]
    assert len(again.get_state(config).values["messages"]) == 122
    other.close()


def test_fork_of_a_long_conversation_keeps_both_branches(saver: RedisSaver) -> None:
    graph = chat_graph(saver)
    config = {"configurable": {"thread_id": "long-fork"}}
    for turn in range(12):
        graph.invoke({"messages": [HumanMessage(content=f"m{turn}", id=f"h{turn}")]}, config)
    history = list(graph.get_state_history(config))
    old = next(s for s in history if len(s.values.get("messages", [])) == 10 and not s.next)
    original = [m.content for m in graph.get_state(config).values["messages"]]
    forked = graph.invoke({"messages": [HumanMessage(content="fork!", id="f1")]}, old.config)
    assert [m.content for m in forked["messages"]][:10] == original[:10]
    assert forked["messages"][10].content == "fork!"
    assert len(forked["messages"]) == 12
    # The original branch's newest checkpoint still holds its own 24 messages.
    assert [m.content for m in graph.get_state(history[0].config).values["messages"]] == original


def test_concurrent_writers_on_one_log_fall_back_to_a_full_rewrite(redis_url: str,
                                                                    redis_prefix: str) -> None:
    one = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    two = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    config = {"configurable": {"thread_id": "writers"}}
    g1, g2 = chat_graph(one), chat_graph(two)
    for turn in range(6):
        g1.invoke({"messages": [HumanMessage(content=f"a{turn}", id=f"a{turn}")]}, config)
    g2.get_state(config)  # saver two now believes it knows the log
    g1.invoke({"messages": [HumanMessage(content="a6", id="a6")]}, config)  # log moves on
    g2.invoke({"messages": [HumanMessage(content="b", id="b")]}, config)  # stale hint
    contents = [m.content.split(" ")[0] for m in g1.get_state(config).values["messages"]]
    assert contents[-4:] == ["a6", "You", "b", "You"]
    assert len(contents) == 16
    one.close()
    two.close()


def _batch_add(state: list[Any], writes: Any) -> list[Any]:
    for write in writes:
        state = add_messages(state, write)
    return state


class DeltaChat(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], DeltaChannel(_batch_add, snapshot_frequency=4)]


def test_delta_channel_history_matches_the_in_memory_saver(saver: RedisSaver) -> None:
    """LangGraph's DeltaChannel rebuilds state from ancestors' writes; both savers agree."""
    from langgraph.checkpoint.memory import InMemorySaver

    def reply(state: Any) -> Any:
        return _reply(state)

    def build(backend: Any) -> Any:
        b = StateGraph(DeltaChat)
        b.add_node("reply", reply)
        b.add_edge(START, "reply")
        b.add_edge("reply", END)
        return b.compile(checkpointer=backend)

    results = []
    for backend in (InMemorySaver(), saver):
        graph = build(backend)
        config = {"configurable": {"thread_id": "delta"}}
        for turn in range(7):
            graph.invoke({"messages": [HumanMessage(content=f"d{turn}", id=f"d{turn}")]}, config)
        state = graph.get_state(config).values["messages"]
        older = [s.values.get("messages", []) for s in graph.get_state_history(config)]
        results.append(([(m.id, m.content) for m in state],
                        [[m.id for m in value] for value in older]))
    assert results[0] == results[1]
    assert len(results[1][0]) == 14
