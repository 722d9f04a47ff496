"""railgraph's Redis savers beyond conformance: forks, history, namespaces, processes, failures."""

from __future__ import annotations

import asyncio
import operator
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Annotated, Any, TypedDict

import pytest
import redis
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, interrupt

from railgraph.state import AsyncRedisSaver, RedisSaver, StateStoreError


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


@pytest.fixture
def saver(redis_url: str, redis_prefix: str) -> Any:
    s = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    yield s
    s.close()


@pytest.fixture
async def asaver(redis_url: str, redis_prefix: str) -> Any:
    s = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix, max_connections=200)
    yield s
    await s.aclose()


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


def test_interrupt_and_resume_across_two_processes(redis_url: str, redis_prefix: str) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from langgraph.types import Command
        from test_redis_saver import nested_graph
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


async def test_two_writers_on_one_thread_leave_a_consistent_history(asaver: AsyncRedisSaver) -> None:
    graph = counter_graph(asaver)
    config = {"configurable": {"thread_id": "race"}}
    await asyncio.gather(*(graph.ainvoke({"x": i}, config) for i in range(10)))
    history = [s async for s in graph.aget_state_history(config)]
    ids = {s.config["configurable"]["checkpoint_id"] for s in history}
    assert len(ids) == len(history) == 40  # 4 checkpoints per run, none lost or merged
    for snap in history:
        parent = snap.parent_config
        assert parent is None or parent["configurable"]["checkpoint_id"] in ids
    final = (await graph.aget_state(config)).values
    assert final["x"] % 10 == 0 and len(final["log"]) >= 2


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


def test_unreachable_server_is_a_clear_error() -> None:
    saver = RedisSaver.from_url("redis://127.0.0.1:1/0", socket_timeout=0.5)
    with pytest.raises(StateStoreError, match=r"state store at redis://127.0.0.1:1/0 is unreachable"):
        saver.get_tuple({"configurable": {"thread_id": "t"}})


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


# ------------------------------------------------------------------ long conversations

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage  # noqa: E402
from langgraph.channels.delta import DeltaChannel  # noqa: E402
from langgraph.graph.message import add_messages  # noqa: E402


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


async def test_langgraph_json_factory_gives_a_working_saver(
    redis_url: str, redis_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from railgraph.state.factory import checkpointer

    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("RAILGRAPH_REDIS_PREFIX", redis_prefix)
    monkeypatch.setenv("RAILGRAPH_STATE_TTL", "60")
    async with checkpointer() as saver:
        assert saver.codec.prefix == redis_prefix and saver.ttl_ms == "60000"
        graph = counter_graph(saver)
        config = {"configurable": {"thread_id": "factory"}}
        assert (await graph.ainvoke({"x": 1}, config))["x"] == 20
    async with checkpointer() as again:  # a new process would see the same thread
        assert (await counter_graph(again).aget_state(config)).values["x"] == 20


def test_bad_state_settings_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from railgraph.errors import RailgraphError
    from railgraph.state.settings import StateSettings

    monkeypatch.setenv("RAILGRAPH_ENCRYPTION_KEY", "not a key")
    with pytest.raises(RailgraphError, match="RAILGRAPH_ENCRYPTION_KEY must be"):
        StateSettings.from_env()
    monkeypatch.setenv("RAILGRAPH_ENCRYPTION_KEY", "00" * 32)
    monkeypatch.setenv("RAILGRAPH_STATE_TTL", "-5")
    with pytest.raises(RailgraphError, match="positive"):
        StateSettings.from_env()


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


# ------------------------------------------------------------------ connections


def test_saver_reloads_scripts_the_server_forgot(tmp_path: Path) -> None:
    from railgraph.state.embedded import EmbeddedServer

    with EmbeddedServer(tmp_path / "redis") as server:
        url = server.url
        with RedisSaver.from_url(url) as saver:
            graph = counter_graph(saver)
            config = {"configurable": {"thread_id": "flushed"}}
            assert graph.invoke({"x": 1}, config)["x"] == 20
            redis.Redis.from_url(url).script_flush()
            assert graph.invoke({"x": 2}, config)["x"] == 30
            assert len(list(graph.get_state_history(config))) == 8


def test_many_threads_share_a_bounded_pool(redis_url: str, redis_prefix: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with RedisSaver.from_url(redis_url, prefix=redis_prefix, max_connections=3,
                             socket_timeout=10) as saver:
        graph = counter_graph(saver)

        def one(i: int) -> int:
            return graph.invoke({"x": i}, {"configurable": {"thread_id": f"pool-{i}"}})["x"]

        with ThreadPoolExecutor(max_workers=12) as pool:
            results = list(pool.map(one, range(48)))
        assert results == [(i + 1) * 10 for i in range(48)]
        # Leased connections count against the pool: never more than its size.
        pool_ = saver.client.connection_pool
        assert len(pool_._connections) <= 3
        # The client keeps working beside the leases (other components share it).
        assert saver.client.ping()


def test_a_forked_child_uses_its_own_connections(redis_url: str, redis_prefix: str) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    # In a fresh interpreter: forking the test process would copy the locks of
    # whatever threads other tests left running.
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_redis_saver import counter_graph
        from railgraph.state import RedisSaver
        saver = RedisSaver.from_url({redis_url!r}, prefix={redis_prefix!r})
        graph = counter_graph(saver)
        assert graph.invoke({{"x": 1}}, {{"configurable": {{"thread_id": "parent"}}}})["x"] == 20
        assert saver._leases.idle  # the parent holds a leased connection
        pid = os.fork()
        if pid == 0:
            if saver._leases.idle:  # the parent's sockets must not be reused here
                os._exit(2)
            ok = graph.invoke({{"x": 2}}, {{"configurable": {{"thread_id": "child"}}}})["x"] == 30
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "the child failed"
        # The parent's leased connection was not disturbed by the child.
        assert graph.invoke({{"x": 3}}, {{"configurable": {{"thread_id": "parent2"}}}})["x"] == 40
        print(graph.get_state({{"configurable": {{"thread_id": "child"}}}}).values["x"])
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "30"


async def test_async_saver_recovers_after_its_connections_are_dropped(
        asaver: AsyncRedisSaver) -> None:
    graph = counter_graph(asaver)
    config = {"configurable": {"thread_id": "dropped"}}
    assert (await graph.ainvoke({"x": 1}, config))["x"] == 20
    # The server drops the saver's idle connections, as a restart or an idle timeout would.
    admin = redis.Redis.from_url(asaver.url)
    idle = list(asaver._leases.idle)
    assert idle
    for conn in idle:
        await conn.send_command("CLIENT", "ID")
        admin.client_kill_filter(_id=str(await conn.read_response()))
    assert (await graph.ainvoke({"x": 2}, config))["x"] == 30


async def test_async_call_that_gets_no_answer_times_out_and_recovers(tmp_path: Path) -> None:
    import signal

    from railgraph.state.embedded import EmbeddedServer

    with EmbeddedServer(tmp_path / "redis") as server:
        async with AsyncRedisSaver.from_url(server.url, socket_timeout=0.5) as saver:
            graph = counter_graph(saver)
            config = {"configurable": {"thread_id": "hung"}}
            assert (await graph.ainvoke({"x": 1}, config))["x"] == 20
            os.kill(server._pid, signal.SIGSTOP)  # the server hangs: no reply, no close
            try:
                started = time.monotonic()
                with pytest.raises(StateStoreError, match=r"no answer within 0\.5 s"):
                    await saver.aget_tuple(config)
                assert time.monotonic() - started < 5
            finally:
                os.kill(server._pid, signal.SIGCONT)
            # The cut-short connection was dropped; the next call reconnects and reads
            # its own reply, not the late one of the call that timed out.
            state = await graph.aget_state(config)
            assert state.values["x"] == 20
            assert (await graph.ainvoke({"x": 2}, config))["x"] == 30


async def test_clients_without_a_pool_go_through_redis_py_scripts(saver: RedisSaver,
                                                                  asaver: AsyncRedisSaver) -> None:
    # A cluster client has no single pool to lease from; the savers then call their
    # scripts through redis-py (which loads them on NOSCRIPT itself).
    saver._leases = None
    asaver._leases = None
    graph, agraph = counter_graph(saver), counter_graph(asaver)
    assert graph.invoke({"x": 1}, {"configurable": {"thread_id": "no-pool"}})["x"] == 20
    assert (await agraph.ainvoke({"x": 2}, {"configurable": {"thread_id": "no-pool-a"}}))["x"] == 30
    assert len(list(graph.get_state_history({"configurable": {"thread_id": "no-pool"}}))) == 4
