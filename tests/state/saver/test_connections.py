"""The savers' connections: leased from a bounded pool, never shared with a forked child,
resent after the server drops them."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import redis

from railgraph.state import AsyncRedisSaver, RedisSaver
from tests.state.saver.graphs import counter_graph


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


@pytest.mark.slow
def test_a_forked_child_uses_its_own_connections(redis_url: str, redis_prefix: str) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    # In a fresh interpreter: forking the test process would copy the locks of
    # whatever threads other tests left running.
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})
        from tests.state.saver.graphs import counter_graph
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
