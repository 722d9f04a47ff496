"""Several `railgraph serve` processes on one Redis: a replica set with one truth.

Two real servers share one ``REDIS_URL`` and key prefix, as the pods of ``deploy/k8s`` do, and
langgraph-sdk is the client. Each server keeps its own thread records in memory; only Redis is
shared, so tenant ownership must live there (:mod:`railgraph.state.owners`): a thread id learnt
from a log or a ticket must not open another tenant's conversation on a replica that has never
seen the thread. HTTP tests are few (a run over HTTP takes about a second on the in-memory
runtime); the owner store itself is tested in-process below them.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import yaml

from tests.serve_support import ROOT, running_server

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from langgraph_sdk import get_sync_client
from langgraph_sdk.client import SyncLangGraphClient

ACME_KEY = f"acme-{uuid.uuid4().hex}"
GLOBEX_KEY = f"globex-{uuid.uuid4().hex}"
FIRST = "Where is my order 10042?"
SECOND = "What is your refund policy?"


@dataclass
class ReplicaSet:
    """Two running `railgraph serve` processes on one Redis and prefix."""

    urls: list[str]
    prefix: str
    redis_url: str

    def client(self, replica: int, key: str) -> SyncLangGraphClient:
        return get_sync_client(url=self.urls[replica], headers={"Authorization": f"Bearer {key}"})


@pytest.fixture(scope="module")
def replicas(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReplicaSet]:
    tmp = tmp_path_factory.mktemp("replicas")
    prefix = f"rgtest:{uuid.uuid4().hex[:10]}"
    env = {"RAILGRAPH_API_KEYS": f"{ACME_KEY}=acme:alice:agent:6000/minute,"
                                 f"{GLOBEX_KEY}=globex:bob:agent:6000/minute"}
    with ExitStack() as stack:
        urls = [stack.enter_context(running_server(redis_url, prefix, tmp / f"replica{n}.log", env))
                for n in (1, 2)]
        yield ReplicaSet(urls=urls, prefix=prefix, redis_url=redis_url)


def _turn(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


def _status(call: Callable[[], Any]) -> int:
    """The HTTP status a call ends with (200 when it returns)."""
    try:
        result = call()
        if isinstance(result, Iterator):
            list(result)  # a stream raises when its first response arrives
    except httpx.HTTPStatusError as exc:
        return exc.response.status_code
    return 200


def _foreign_calls(client: Any, tid: str) -> dict[str, Callable[[], Any]]:
    """Every way a caller might reach thread ``tid`` through the API."""
    turn = _turn(SECOND)
    return {
        "threads.get": lambda: client.threads.get(tid),
        "get_state": lambda: client.threads.get_state(tid),
        "get_history": lambda: client.threads.get_history(tid),
        "update": lambda: client.threads.update(tid, metadata={"x": 1}),
        "update_state": lambda: client.threads.update_state(tid, {"messages": []}),
        "runs.list": lambda: client.runs.list(tid),
        "runs.wait create": lambda: client.runs.wait(tid, "support", input=turn,
                                                     if_not_exists="create"),
        "runs.create create": lambda: client.runs.create(tid, "support", input=turn,
                                                         if_not_exists="create"),
        "runs.stream create": lambda: client.runs.stream(tid, "support", input=turn,
                                                         if_not_exists="create"),
        "threads.create": lambda: client.threads.create(thread_id=tid, if_exists="do_nothing"),
        "delete": lambda: client.threads.delete(tid),
    }


def _texts(values: Any) -> list[str]:
    return [str(m["content"]) for m in values.get("messages", []) if m.get("type") == "human"]


def test_another_tenant_is_refused_on_every_replica(replicas: ReplicaSet) -> None:
    acme = replicas.client(0, ACME_KEY)
    tid = acme.threads.create()["thread_id"]
    first = acme.runs.wait(tid, "support", input=_turn(FIRST))
    assert isinstance(first, dict) and "10042" in first["response"]
    history = acme.threads.get_history(tid, limit=100)

    attempts = {f"r{replica + 1} {name}": call for replica in (0, 1)
                for name, call in _foreign_calls(replicas.client(replica, GLOBEX_KEY), tid).items()}
    answers = {name: _status(call) for name, call in attempts.items()}
    # 2 replicas x 11 requests: reads, runs that may create the thread, updates, deletes are
    # "not found"; creating a thread under its id "already exists", as the replica holding it says.
    assert answers == {name: 409 if "threads.create" in name else 404 for name in attempts}

    # Nothing globex tried reached the conversation: acme's history is what it was.
    assert acme.threads.get_history(tid, limit=100) == history
    assert _texts(acme.threads.get_state(tid)["values"]) == [FIRST]
    assert acme.threads.get(tid)["metadata"]["tenant_id"] == "acme"
    # Globex's own threads work on both replicas.
    for replica in (0, 1):
        globex = replicas.client(replica, GLOBEX_KEY)
        own = globex.threads.create()["thread_id"]
        assert globex.threads.get(own)["metadata"]["tenant_id"] == "globex"


def test_the_owner_continues_on_the_other_replica(replicas: ReplicaSet) -> None:
    first_replica, second_replica = replicas.client(0, ACME_KEY), replicas.client(1, ACME_KEY)
    tid = str(uuid.uuid4())
    # A thread's first use may create it (as a gateway routing by thread id would send it).
    done = first_replica.runs.wait(tid, "support", input=_turn(FIRST), if_not_exists="create")
    assert isinstance(done, dict) and "10042" in done["response"]
    later = second_replica.runs.wait(tid, "support", input=_turn(SECOND), if_not_exists="create")
    assert isinstance(later, dict) and "refund" in later["response"].lower()
    assert _texts(later) == [FIRST, SECOND]
    assert _texts(second_replica.threads.get_state(tid)["values"]) == [FIRST, SECOND]
    # The history on the second replica holds the first replica's checkpoints too.
    history = second_replica.threads.get_history(tid, limit=200)
    steps = [(h["metadata"] or {})["step"] for h in history]
    assert steps == sorted(steps, reverse=True) and steps[-1] == -1
    ids = [h["checkpoint"] for h in history]
    assert ids == [h["checkpoint"] for h in first_replica.threads.get_history(tid, limit=200)]
    store = redis.Redis.from_url(replicas.redis_url)
    try:
        owners = [key for key in store.scan_iter(match=f"{replicas.prefix}:*owner*")
                  if tid in key.decode()]
        assert [store.get(key) for key in owners] == [b"acme"]
        # A turn that waits for a human has ended too: no lease is left for it.
        second_replica.runs.wait(tid, "support", input=_turn("I want to speak to a human"))
        assert second_replica.threads.get_state(tid)["next"] == ["escalate"]
        assert store.zcard(f"{replicas.prefix}:turns") == 0
    finally:
        store.close()



def test_40_concurrent_turns_alternating_between_replicas_all_answer(replicas: ReplicaSet) -> None:
    from langgraph_sdk import get_client

    clients = [get_client(url=url, headers={"Authorization": f"Bearer {ACME_KEY}"}, timeout=300)
               for url in replicas.urls]
    tids = [str(uuid.uuid4()) for _ in range(40)]

    async def turn(replica: int, tid: str, text: str) -> Any:
        return await clients[replica].runs.wait(tid, "support", input=_turn(text),
                                                if_not_exists="create", raise_error=True)

    async def both_turns() -> tuple[list[Any], list[Any]]:
        # 40 threads at once, thread n on replica n % 2, then each one's next turn on the other.
        first = await asyncio.gather(*(turn(n % 2, tid, FIRST) for n, tid in enumerate(tids)))
        second = await asyncio.gather(*(turn(1 - n % 2, tid, SECOND) for n, tid in enumerate(tids)))
        return first, second

    first, second = asyncio.run(both_turns())
    for result in first + second:
        assert isinstance(result, dict) and result["response"]
        assert result["messages"][-1]["type"] == "ai" and result["messages"][-1]["content"]
    assert [_texts(result) for result in second] == [[FIRST, SECOND]] * len(tids)


def _listener_pid(url: str) -> int:
    """The process listening on ``url``'s loopback port (the server under `railgraph serve`)."""
    port = int(url.rsplit(":", 1)[1])
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in inodes for fd in fd_dir.iterdir()):
                return int(fd_dir.parent.name)
        except OSError:
            continue
    raise AssertionError(f"nothing listens on port {port}")


def test_the_owner_continues_after_the_first_replica_is_killed(replicas: ReplicaSet) -> None:
    # Last of the HTTP tests: it kills the first replica.
    first_replica, second_replica = replicas.client(0, ACME_KEY), replicas.client(1, ACME_KEY)
    tid = first_replica.threads.create()["thread_id"]
    done = first_replica.runs.wait(tid, "support", input=_turn(FIRST))
    assert isinstance(done, dict) and "10042" in done["response"]
    before = [h["checkpoint"] for h in first_replica.threads.get_history(tid, limit=200)]

    os.kill(_listener_pid(replicas.urls[0]), signal.SIGKILL)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{replicas.urls[0]}/ok", timeout=5)

    later = second_replica.runs.wait(tid, "support", input=_turn(SECOND), if_not_exists="create")
    assert isinstance(later, dict) and _texts(later) == [FIRST, SECOND]
    after = [h["checkpoint"] for h in second_replica.threads.get_history(tid, limit=200)]
    assert after[-len(before):] == before  # the dead replica's checkpoints, then the new turn's
    # Its owner record outlives the replica that wrote it.
    globex = replicas.client(1, GLOBEX_KEY)
    assert _status(lambda: globex.threads.get_state(tid)) == 404
    assert _status(lambda: globex.runs.wait(tid, "support", input=_turn(SECOND),
                                            if_not_exists="create")) == 404


ORDER = "Hi, where is my order 10042? My e-mail is jane.doe@example.com"


@pytest.fixture
def slow_project(tmp_path: Path) -> Path:
    """A project whose support graph has the order tool slowed down by tests.slow_tools."""
    from railgraph.server.config import render_config

    definition = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text(encoding="utf-8"))
    definition["root"] = str(ROOT)
    definition["tools"]["lookup_order"] = "tests.slow_tools:lookup_order"
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "support.yaml").write_text(yaml.safe_dump(definition, sort_keys=False),
                                                     encoding="utf-8")
    (tmp_path / "langgraph.json").write_text(render_config(tmp_path), encoding="utf-8")
    return tmp_path


def test_a_background_run_on_a_killed_replica_is_finished_once_by_the_survivor(
        slow_project: Path, redis_url: str, redis_prefix: str, tmp_path: Path) -> None:
    marker = tmp_path / "in-tool"
    # The project's own modules (nodes/, tests.slow_tools) import from the repository.
    env = {"RAILGRAPH_API_KEYS": f"{ACME_KEY}=acme:alice:agent:6000/minute",
           "RAILGRAPH_TURN_LEASE": "3",
           "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    with ExitStack() as stack:
        doomed = stack.enter_context(running_server(
            redis_url, redis_prefix, tmp_path / "doomed.log",
            {**env, "SLOW_TOOL_SECONDS": "120", "SLOW_TOOL_MARKER": str(marker)}, root=slow_project))
        survivor = stack.enter_context(running_server(
            redis_url, redis_prefix, tmp_path / "survivor.log",
            {**env, "SLOW_TOOL_SECONDS": "0", "SLOW_TOOL_MARKER": ""}, root=slow_project))
        first = get_sync_client(url=doomed, headers={"Authorization": f"Bearer {ACME_KEY}"})
        second = get_sync_client(url=survivor, headers={"Authorization": f"Bearer {ACME_KEY}"})
        tid = first.threads.create()["thread_id"]
        run = first.runs.create(tid, "support", input=_turn(ORDER))
        deadline = time.monotonic() + 120
        while not marker.exists():  # the run is inside its slow tool step
            assert time.monotonic() < deadline, "the run never reached the tool step"
            time.sleep(0.05)
        os.kill(_listener_pid(doomed), signal.SIGKILL)

        # Nobody resubmits: the survivor takes the turn over when its lease lapses.
        status = None
        deadline = time.monotonic() + 90
        while status != "success":
            assert time.monotonic() < deadline, f"not finished by the survivor (last: {status})"
            try:
                status = second.runs.get(tid, run["run_id"])["status"]
            except httpx.HTTPStatusError as exc:
                assert exc.response.status_code == 404  # not taken over yet
            time.sleep(0.5)
        values = second.threads.get_state(tid)["values"]
        assert isinstance(values, dict) and "shipped" in values["response"]
        # Once: one tool result, and the model's cost counted once, as on an uninterrupted run.
        assert [m["type"] for m in values["messages"]].count("tool") == 1
        clean = second.runs.wait(str(uuid.uuid4()), "support", input=_turn(ORDER),
                                 if_not_exists="create")
        assert isinstance(clean, dict)
        assert values["cost_usd"] == clean["cost_usd"] and values["response"] == clean["response"]
    store = redis.Redis.from_url(redis_url)
    try:  # nothing is left in flight
        assert store.zcard(f"{redis_prefix}:turns") == 0
    finally:
        store.close()

# -- the owner store, in-process --------------------------------------------------------------


async def test_racing_claims_have_exactly_one_winner(redis_url: str, redis_prefix: str) -> None:
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import acheck, aclaim, aowner

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        tid = str(uuid.uuid4())
        tenants = [f"tenant{n}" for n in range(24)]
        won = await asyncio.gather(*(aclaim(saver.client, redis_prefix, tid, t, saver=saver)
                                     for t in tenants))
        assert won.count(True) == 1
        winner = tenants[won.index(True)]
        assert await aowner(saver.client, redis_prefix, tid) == winner
        assert await aclaim(saver.client, redis_prefix, tid, winner) is True  # again: still its
        assert [await acheck(saver.client, redis_prefix, tid, t) for t in (winner, "other")] == [
            "own", "foreign"]
        assert await acheck(saver.client, redis_prefix, str(uuid.uuid4()), winner) == "unclaimed"
        # Deleting the thread's state keeps its owner: the id is never handed to another tenant.
        await saver.adelete_thread(tid)
        assert await aclaim(saver.client, redis_prefix, tid, "other", saver=saver) is False
    finally:
        await saver.aclose()


async def test_state_without_a_record_is_adopted_by_the_tenant_it_names(
        redis_url: str, redis_prefix: str) -> None:
    from langgraph.graph import END, START, StateGraph
    from typing_extensions import TypedDict

    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import acheck, aclaim, owner_key

    class State(TypedDict):
        n: int

    builder = StateGraph(State)
    builder.add_node("step", lambda s: {"n": s["n"] + 1})
    builder.add_edge(START, "step")
    builder.add_edge("step", END)
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    graph = builder.compile(checkpointer=saver)
    try:
        # Written without an owner record, as before owners were recorded or by `railgraph run`.
        named, anonymous = str(uuid.uuid4()), str(uuid.uuid4())
        await graph.ainvoke({"n": 0}, {"configurable": {"thread_id": named, "tenant_id": "acme"}})
        await graph.ainvoke({"n": 0}, {"configurable": {"thread_id": anonymous}})
        client = saver.client
        assert await client.exists(owner_key(redis_prefix, named)) == 0
        assert await aclaim(client, redis_prefix, named, "globex", saver=saver) is False
        assert await client.get(owner_key(redis_prefix, named)) == b"acme"  # recorded on adoption
        assert await acheck(client, redis_prefix, named, "acme", saver=saver) == "own"
        # State that names no tenant is nobody's: refused to every tenant, never claimed.
        for tenant in ("acme", "globex"):
            assert await aclaim(client, redis_prefix, anonymous, tenant, saver=saver) is False
            assert await acheck(client, redis_prefix, anonymous, tenant, saver=saver) == "foreign"
        assert await client.exists(owner_key(redis_prefix, anonymous)) == 0
    finally:
        await saver.aclose()


def test_sync_helpers_and_the_ttl(redis_url: str, redis_prefix: str) -> None:
    from railgraph.state import RedisSaver
    from railgraph.state.owners import check, check_on, claim, claim_on, owner, owner_key

    saver = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        tid = "a{b}:c%d"  # braces, colons and percents stay inside the thread's hash tag
        key = owner_key(redis_prefix, tid)
        assert key.startswith(saver.codec.thread(tid))
        assert claim(saver.client, redis_prefix, tid, "acme", saver=saver, ttl=30) is True
        assert 0 < saver.client.pttl(key) <= 30_000
        saver.client.pexpire(key, 5_000)
        assert claim(saver.client, redis_prefix, tid, "acme", saver=saver, ttl=30) is True
        assert saver.client.pttl(key) > 5_000  # the owner's use extends the record
        assert claim(saver.client, redis_prefix, tid, "globex", saver=saver, ttl=30) is False
        assert owner(saver.client, redis_prefix, tid) == "acme"
        assert check(saver.client, redis_prefix, tid, "globex") == "foreign"
        # The saver forms, as `railgraph run --tenant` would use them.
        other = str(uuid.uuid4())
        assert claim_on(saver, other, "globex") is True and claim_on(saver, other, "acme") is False
        assert (check_on(saver, other, "globex"), check_on(saver, other, "acme")) == ("own", "foreign")
    finally:
        saver.close()


async def test_graph_factory_refuses_a_foreign_thread(redis_url: str, redis_prefix: str) -> None:
    from types import SimpleNamespace

    from starlette.exceptions import HTTPException

    from railgraph.server.graphs import CONFIG_KEY_CHECKPOINTER, GraphFactory
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import aowner

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    factory = GraphFactory("support", Path(__file__).resolve().parent.parent / "graphs" / "support.yaml")
    tid = str(uuid.uuid4())
    base = {CONFIG_KEY_CHECKPOINTER: saver, "thread_id": tid}
    try:
        # A run claims the thread it executes on (the runtime may have made up its id).
        run = {**base, "__is_for_execution__": True, "tenant_id": "acme"}
        await factory({"configurable": run}, SimpleNamespace(user={"tenant_id": "acme"}))
        assert await aowner(saver.client, redis_prefix, tid) == "acme"
        await factory({"configurable": base}, SimpleNamespace(user={"tenant_id": "acme"}))
        for config in (base, {**run, "tenant_id": "globex"}):
            with pytest.raises(HTTPException) as refused:
                await factory({"configurable": config}, SimpleNamespace(user={"tenant_id": "globex"}))
            assert refused.value.status_code == 404
    finally:
        await saver.aclose()


async def test_an_expired_turn_lease_is_taken_over_by_exactly_one_replica(
        redis_url: str, redis_prefix: str) -> None:
    from railgraph.server.leases import Turns
    from railgraph.state import AsyncRedisSaver

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        dead = Turns(saver.client, redis_prefix, 0.05, "dead")
        live = [Turns(saver.client, redis_prefix, 30, f"live{n}") for n in range(6)]
        turn = {"run_id": "r1", "graph_id": "support", "user_id": "alice", "tenant_id": "acme"}
        await dead.take("t1", turn)
        assert [await t.orphans() for t in live[:1]] == [[]]  # held, not yet lapsed
        while await saver.client.exists(f"{redis_prefix}:{{t1}}:lease"):
            await asyncio.sleep(0.02)
        taken = await asyncio.gather(*(t.orphans() for t in live))
        [(winner, [record])] = [(n, got) for n, got in enumerate(taken) if got]
        assert record["run_id"] == "r1" and record["replica"] == "dead" and record["attempts"] == "1"
        assert live[winner].held == {"t1"}
        # The dead replica's late drop cannot release the winner's lease; the winner's can.
        await dead.drop("t1")
        assert await saver.client.zcard(f"{redis_prefix}:turns") == 1
        await live[winner].drop("t1")
        assert await saver.client.zcard(f"{redis_prefix}:turns") == 0
        assert await saver.client.exists(f"{redis_prefix}:{{t1}}:turn") == 0
    finally:
        await saver.aclose()


async def test_a_turn_that_died_before_its_first_checkpoint_is_not_replayed(
        redis_url: str, redis_prefix: str) -> None:
    from langgraph.graph import END, START, StateGraph
    from typing_extensions import TypedDict

    from railgraph.server.leases import Turns, _sweep
    from railgraph.state import AsyncRedisSaver

    class State(TypedDict):
        n: int

    builder = StateGraph(State)
    builder.add_node("step", lambda s: {"n": s["n"] + 1})
    builder.add_edge(START, "step")
    builder.add_edge("step", END)
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        # The thread's last checkpoint is an earlier run's: the lost turn's input was never saved.
        await builder.compile(checkpointer=saver).ainvoke(
            {"n": 0}, {"configurable": {"thread_id": "t2", "run_id": "earlier"}})
        dead = Turns(saver.client, redis_prefix, 0.05, "dead")
        await dead.take("t2", {"run_id": "lost", "graph_id": "support", "user_id": "alice",
                               "tenant_id": "acme"})
        while await saver.client.exists(f"{redis_prefix}:{{t2}}:lease"):
            await asyncio.sleep(0.02)
        survivor = Turns(saver.client, redis_prefix, 30, "survivor", saver=saver)
        await _sweep(survivor)  # drops it instead of submitting a run that would replay "earlier"
        assert await saver.client.zcard(f"{redis_prefix}:turns") == 0
        assert survivor.held == set()
    finally:
        await saver.aclose()
