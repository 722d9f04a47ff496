"""Checkpointers built from the environment, as ``langgraph.json`` asks for them."""

from __future__ import annotations

import pytest

from tests.state.saver.graphs import counter_graph


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
