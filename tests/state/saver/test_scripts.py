"""The saver's Lua scripts: reloaded when the server forgot them, and run through redis-py
when the client has no pool to lease from."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from railgraph.state import AsyncRedisSaver, RedisSaver
from tests.state.saver.graphs import counter_graph


@pytest.mark.slow
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
