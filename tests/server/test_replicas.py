"""Several `railgraph serve` processes on one Redis: a replica set with one truth.

Two real servers share one ``REDIS_URL`` and key prefix, as the pods of ``deploy/k8s`` do: a
thread id copied from a log or a ticket must not open another tenant's conversation on any
replica, and the owner continues on whichever replica answers."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import redis

from tests.serve_support import running_server

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from langgraph_sdk import get_sync_client
from langgraph_sdk.client import SyncLangGraphClient

from tests.server.support import ACME_KEY, GLOBEX_KEY, listener_pid, turn

pytestmark = pytest.mark.slow


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
    request = turn(SECOND)
    return {
        "threads.get": lambda: client.threads.get(tid),
        "get_state": lambda: client.threads.get_state(tid),
        "get_history": lambda: client.threads.get_history(tid),
        "update": lambda: client.threads.update(tid, metadata={"x": 1}),
        "update_state": lambda: client.threads.update_state(tid, {"messages": []}),
        "runs.list": lambda: client.runs.list(tid),
        "runs.wait create": lambda: client.runs.wait(tid, "support", input=request,
                                                     if_not_exists="create"),
        "runs.create create": lambda: client.runs.create(tid, "support", input=request,
                                                         if_not_exists="create"),
        "runs.stream create": lambda: client.runs.stream(tid, "support", input=request,
                                                         if_not_exists="create"),
        "threads.create": lambda: client.threads.create(thread_id=tid, if_exists="do_nothing"),
        "delete": lambda: client.threads.delete(tid),
    }


def _texts(values: Any) -> list[str]:
    return [str(m["content"]) for m in values.get("messages", []) if m.get("type") == "human"]


def test_another_tenant_is_refused_on_every_replica(replicas: ReplicaSet) -> None:
    acme = replicas.client(0, ACME_KEY)
    tid = acme.threads.create()["thread_id"]
    first = acme.runs.wait(tid, "support", input=turn(FIRST))
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
    done = first_replica.runs.wait(tid, "support", input=turn(FIRST), if_not_exists="create")
    assert isinstance(done, dict) and "10042" in done["response"]
    later = second_replica.runs.wait(tid, "support", input=turn(SECOND), if_not_exists="create")
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
        second_replica.runs.wait(tid, "support", input=turn("I want to speak to a human"))
        assert second_replica.threads.get_state(tid)["next"] == ["escalate"]
        assert store.zcard(f"{replicas.prefix}:turns") == 0
    finally:
        store.close()


def test_40_concurrent_turns_alternating_between_replicas_all_answer(replicas: ReplicaSet) -> None:
    from langgraph_sdk import get_client

    clients = [get_client(url=url, headers={"Authorization": f"Bearer {ACME_KEY}"}, timeout=300)
               for url in replicas.urls]
    tids = [str(uuid.uuid4()) for _ in range(40)]

    async def run_turn(replica: int, tid: str, text: str) -> Any:
        return await clients[replica].runs.wait(tid, "support", input=turn(text),
                                                if_not_exists="create", raise_error=True)

    async def both_turns() -> tuple[list[Any], list[Any]]:
        # 40 threads at once, thread n on replica n % 2, then each one's next turn on the other.
        first = await asyncio.gather(*(run_turn(n % 2, tid, FIRST) for n, tid in enumerate(tids)))
        second = await asyncio.gather(*(run_turn(1 - n % 2, tid, SECOND) for n, tid in enumerate(tids)))
        return first, second

    first, second = asyncio.run(both_turns())
    for result in first + second:
        assert isinstance(result, dict) and result["response"]
        assert result["messages"][-1]["type"] == "ai" and result["messages"][-1]["content"]
    assert [_texts(result) for result in second] == [[FIRST, SECOND]] * len(tids)


def test_the_owner_continues_after_the_first_replica_is_killed(replicas: ReplicaSet) -> None:
    # Last of the HTTP tests: it kills the first replica.
    first_replica, second_replica = replicas.client(0, ACME_KEY), replicas.client(1, ACME_KEY)
    tid = first_replica.threads.create()["thread_id"]
    done = first_replica.runs.wait(tid, "support", input=turn(FIRST))
    assert isinstance(done, dict) and "10042" in done["response"]
    before = [h["checkpoint"] for h in first_replica.threads.get_history(tid, limit=200)]

    os.kill(listener_pid(replicas.urls[0]), signal.SIGKILL)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{replicas.urls[0]}/ok", timeout=5)

    later = second_replica.runs.wait(tid, "support", input=turn(SECOND), if_not_exists="create")
    assert isinstance(later, dict) and _texts(later) == [FIRST, SECOND]
    after = [h["checkpoint"] for h in second_replica.threads.get_history(tid, limit=200)]
    assert after[-len(before):] == before  # the dead replica's checkpoints, then the new turn's
    # Its owner record outlives the replica that wrote it.
    globex = replicas.client(1, GLOBEX_KEY)
    assert _status(lambda: globex.threads.get_state(tid)) == 404
    assert _status(lambda: globex.runs.wait(tid, "support", input=turn(SECOND),
                                            if_not_exists="create")) == 404
