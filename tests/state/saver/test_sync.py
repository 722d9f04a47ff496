"""The synchronous saver (:class:`RedisSaver`) under LangGraph: forks, history, namespaces,
processes, pending writes, deletion, expiry and a restarted server."""

from __future__ import annotations

import operator
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Annotated, Any, TypedDict

import pytest
import redis
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command

from railgraph.state import RedisSaver, StateStoreError
from tests.state.saver.graphs import counter_graph, nested_graph


def test_fork_leaves_the_original_branch_untouched(saver: RedisSaver) -> None:
    graph = counter_graph(saver)
    config = {"configurable": {"thread_id": "fork"}}
    assert graph.invoke({"x": 1}, config)["x"] == 20
    history = list(graph.get_state_history(config))
    original_latest = history[0].config
    after_inc = next(s for s in history if s.next == ("double",))
    # Fork: change x at the checkpoint after `inc`, then continue from there.
    forked = graph.update_state(after_inc.config, {"x": 50})
    assert graph.invoke(None, forked)["x"] == 500
    assert graph.get_state(original_latest).values["x"] == 20
    assert graph.get_state(after_inc.config).values["x"] == 2
    assert graph.get_state(config).values["x"] == 500  # the thread follows the newest branch


def _history_shape(graph: Any, config: Any) -> list[tuple[Any, ...]]:
    return [(s.next, s.values.get("x"), tuple(s.values.get("log", [])), s.metadata["step"],
             s.metadata["source"]) for s in graph.get_state_history(config)]


def test_history_and_replay_match_the_in_memory_saver(saver: RedisSaver) -> None:
    from langgraph.checkpoint.memory import InMemorySaver

    shapes = []
    for backend in (InMemorySaver(), saver):
        graph = counter_graph(backend)
        config = {"configurable": {"thread_id": "replay"}}
        graph.invoke({"x": 3}, config)
        history = list(graph.get_state_history(config))
        assert [s.next for s in history] == [(), ("double",), ("inc",), ("__start__",)]
        # Replaying from the checkpoint before `double` re-runs only `double`.
        replayed = graph.invoke(None, history[1].config)
        assert replayed["x"] == 40 and replayed["log"] == ["inc", "double"]
        first_two = list(backend.list(config, limit=2))
        assert len(first_two) == 2
        older = list(backend.list(config, before=history[1].config))
        assert [t.checkpoint["id"] for t in older] == [
            s.config["configurable"]["checkpoint_id"] for s in history[2:]]
        shapes.append(_history_shape(graph, config))
    assert shapes[0] == shapes[1]


def test_subgraph_namespaces_are_kept_apart(saver: RedisSaver) -> None:
    graph = nested_graph(saver)
    config = {"configurable": {"thread_id": "nested"}}
    out = graph.invoke({"x": 1}, config)
    assert out["__interrupt__"][0].value == {"question": "ok?", "x": 2}
    root = list(saver.list({"configurable": {"thread_id": "nested", "checkpoint_ns": ""}}))
    everything = list(saver.list({"configurable": {"thread_id": "nested"}}))
    assert all(t.config["configurable"]["checkpoint_ns"] == "" for t in root)
    spaces = {t.config["configurable"]["checkpoint_ns"] for t in everything}
    assert "" in spaces and any(ns.startswith("inner:") for ns in spaces)
    state = graph.get_state(config, subgraphs=True)
    assert state.tasks[0].state.values["x"] == 2
    assert graph.invoke(Command(resume="yes"), config)["answer"] == "yes"


@pytest.mark.slow
def test_interrupt_and_resume_across_two_processes(redis_url: str, redis_prefix: str) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})
        from langgraph.types import Command
        from tests.state.saver.graphs import nested_graph
        from railgraph.state import RedisSaver
        saver = RedisSaver.from_url({redis_url!r}, prefix={redis_prefix!r})
        graph = nested_graph(saver)
        config = {{"configurable": {{"thread_id": "two-processes"}}}}
        if sys.argv[1] == "start":
            out = graph.invoke({{"x": 41}}, config)
            print(out["__interrupt__"][0].value["x"])
        else:
            print(graph.invoke(Command(resume="from process two"), config)["answer"])
    """)
    first = subprocess.run([sys.executable, "-c", script, "start"], capture_output=True,
                           text=True, check=True)
    assert first.stdout.strip() == "42"
    second = subprocess.run([sys.executable, "-c", script, "resume"], capture_output=True,
                            text=True, check=True)
    assert second.stdout.strip() == "from process two"


CALLS: dict[str, int] = {}


class Fan(TypedDict, total=False):
    items: Annotated[list[str], operator.add]


def _good(state: Fan) -> Fan:
    CALLS["good"] = CALLS.get("good", 0) + 1
    return {"items": ["good"]}


def _flaky(state: Fan) -> Fan:
    CALLS["flaky"] = CALLS.get("flaky", 0) + 1
    if CALLS["flaky"] == 1:
        raise RuntimeError("first attempt fails")
    return {"items": ["flaky"]}


def test_pending_writes_spare_successful_nodes_on_resume(saver: RedisSaver) -> None:
    CALLS.clear()
    b = StateGraph(Fan)
    b.add_node("good", _good)
    b.add_node("flaky", _flaky)
    b.add_edge(START, "good")
    b.add_edge(START, "flaky")
    b.add_edge("good", END)
    b.add_edge("flaky", END)
    graph = b.compile(checkpointer=saver)
    config = {"configurable": {"thread_id": "pending"}}
    with pytest.raises(RuntimeError):
        graph.invoke({"items": []}, config)
    stored = saver.get_tuple(config)
    assert stored is not None
    assert any(w[1] == "items" and w[2] == ["good"] for w in stored.pending_writes)
    result = graph.invoke(None, config)
    assert sorted(result["items"]) == ["flaky", "good"]
    assert CALLS == {"good": 1, "flaky": 2}


def test_delete_thread_removes_only_that_thread(saver: RedisSaver, redis_url: str,
                                                redis_prefix: str) -> None:
    graph = counter_graph(saver)
    graph.invoke({"x": 1}, {"configurable": {"thread_id": "a:b{c}%"}})
    graph.invoke({"x": 1}, {"configurable": {"thread_id": "keep"}})
    client = redis.Redis.from_url(redis_url)
    keys = [k.decode() for k in client.scan_iter(match=f"{redis_prefix}:*")]
    assert keys and all(k.count("{") == 1 and k.count("}") == 1 for k in keys)
    saver.delete_thread("a:b{c}%")
    left = [k.decode() for k in client.scan_iter(match=f"{redis_prefix}:*")]
    assert left and all("{keep}" in k for k in left)
    assert saver.get_tuple({"configurable": {"thread_id": "a:b{c}%"}}) is None
    client.close()


def test_ttl_expires_whole_threads_and_reads_can_refresh(redis_url: str, redis_prefix: str) -> None:
    saver = RedisSaver.from_url(redis_url, prefix=redis_prefix, ttl=1.0, refresh_on_read=True)
    graph = counter_graph(saver)
    config = {"configurable": {"thread_id": "ttl"}}
    graph.invoke({"x": 1}, config)
    client = redis.Redis.from_url(redis_url)
    ttls = [client.pttl(k) for k in client.scan_iter(match=f"{redis_prefix}:*")]
    assert ttls and all(0 < t <= 1000 for t in ttls)
    time.sleep(0.6)
    assert saver.get_tuple(config) is not None  # refreshes the expiry
    time.sleep(0.6)
    assert saver.get_tuple(config) is not None
    time.sleep(1.2)
    assert saver.get_tuple(config) is None
    assert not list(client.scan_iter(match=f"{redis_prefix}:*"))
    client.close()
    saver.close()


def test_unreachable_server_is_a_clear_error() -> None:
    saver = RedisSaver.from_url("redis://127.0.0.1:1/0", socket_timeout=0.5)
    with pytest.raises(StateStoreError, match=r"state store at redis://127.0.0.1:1/0 is unreachable"):
        saver.get_tuple({"configurable": {"thread_id": "t"}})


@pytest.mark.slow
def test_redis_restart_mid_conversation(tmp_path: Path) -> None:
    from railgraph.state.embedded import EmbeddedServer

    server = EmbeddedServer(tmp_path / "redis")
    url = server.start()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    saver = RedisSaver.from_url(url, socket_timeout=1.0)
    graph = counter_graph(saver)
    config = {"configurable": {"thread_id": "restart"}}
    try:
        assert graph.invoke({"x": 1}, config)["x"] == 20
        server.stop()
        with pytest.raises(StateStoreError, match="unreachable"):
            graph.invoke({"x": 2}, config)
        server = EmbeddedServer(tmp_path / "redis", port=port)
        server.start()
        assert graph.get_state(config).values["x"] == 20  # nothing lost or corrupted
        assert graph.invoke({"x": 2}, config)["x"] == 30
        assert len(list(graph.get_state_history(config))) == 8
    finally:
        saver.close()
        server.stop()
