"""Turn leases: a turn whose replica dies is taken over once by a survivor, and a turn that
never reached its first checkpoint is dropped, not replayed."""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
import redis
import yaml

from tests.serve_support import ROOT, running_server

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from langgraph_sdk import get_sync_client

from tests.server.support import ACME_KEY, listener_pid, turn

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


@pytest.mark.slow
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
        run = first.runs.create(tid, "support", input=turn(ORDER))
        deadline = time.monotonic() + 120
        while not marker.exists():  # the run is inside its slow tool step
            if time.monotonic() > deadline:
                pytest.fail("the run never reached the tool step")
            time.sleep(0.05)
        os.kill(listener_pid(doomed), signal.SIGKILL)

        # Nobody resubmits: the survivor takes the turn over when its lease lapses.
        status = None
        deadline = time.monotonic() + 90
        while status != "success":
            if time.monotonic() > deadline:
                pytest.fail(f"not finished by the survivor (last: {status})")
            try:
                status = second.runs.get(tid, run["run_id"])["status"]
            except httpx.HTTPStatusError as exc:
                assert exc.response.status_code == 404  # not taken over yet
            time.sleep(0.5)
        values = second.threads.get_state(tid)["values"]
        assert isinstance(values, dict) and "shipped" in values["response"]
        # Once: one tool result, and the model's cost counted once, as on an uninterrupted run.
        assert [m["type"] for m in values["messages"]].count("tool") == 1
        clean = second.runs.wait(str(uuid.uuid4()), "support", input=turn(ORDER),
                                 if_not_exists="create")
        assert isinstance(clean, dict)
        assert values["cost_usd"] == clean["cost_usd"] and values["response"] == clean["response"]
    store = redis.Redis.from_url(redis_url)
    try:  # nothing is left in flight
        assert store.zcard(f"{redis_prefix}:turns") == 0
    finally:
        store.close()


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
    from railgraph.server.leases import Turns, _sweep
    from railgraph.state import AsyncRedisSaver
    from tests.state.saver.graphs import one_step_graph

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        # The thread's last checkpoint is an earlier run's: the lost turn's input was never saved.
        await one_step_graph(saver).ainvoke(
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
