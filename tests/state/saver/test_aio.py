"""The asynchronous saver (:class:`AsyncRedisSaver`): concurrent writers, and a server that
stops answering."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from railgraph.state import AsyncRedisSaver, StateStoreError
from tests.state.saver.graphs import counter_graph


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


@pytest.mark.slow
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
                with pytest.raises(StateStoreError, match=r"no answer within 0\.5 s"):
                    await saver.aget_tuple(config)
            finally:
                os.kill(server._pid, signal.SIGCONT)
            # The cut-short connection was dropped; the next call reconnects and reads
            # its own reply, not the late one of the call that timed out.
            state = await graph.aget_state(config)
            assert state.values["x"] == 20
            assert (await graph.ainvoke({"x": 2}, config))["x"] == 30
