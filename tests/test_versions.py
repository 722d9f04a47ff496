"""Graph versions: snapshots stored by hash and rebuilt, and the version a thread started on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aredis
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.compile import compile_graph
from railgraph.errors import RailgraphError
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph
from railgraph.versions import VersionStore, thread_identity

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aredis.Redis]:
    found = aredis.Redis.from_url(redis_url)
    try:
        yield found
    finally:
        await found.aclose()


async def test_a_saved_version_rebuilds_with_its_hash(client: aredis.Redis,
                                                      redis_prefix: str) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    versions = VersionStore(client, redis_prefix)
    await versions.save(loaded)
    await versions.save(loaded)  # idempotent
    assert await client.exists(f"{redis_prefix}:graph:{loaded.graph_hash}") == 1
    rebuilt = await versions.load(loaded.graph_hash)
    assert rebuilt.graph_hash == loaded.graph_hash
    assert rebuilt.identity == loaded.identity
    assert [n.id for n in rebuilt.definition.nodes] == [n.id for n in loaded.definition.nodes]


async def test_an_unknown_version_is_a_clear_error(client: aredis.Redis,
                                                   redis_prefix: str) -> None:
    with pytest.raises(RailgraphError, match="graph version 0123456789ab, which is not stored"):
        await VersionStore(client, redis_prefix).load("0123456789abcdef")


async def test_thread_identity_is_read_from_the_latest_checkpoint() -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    saver = InMemorySaver()
    graph = compile_graph(loaded, checkpointer=saver)
    assert await thread_identity(saver, "v1") is None
    await run_turn(graph, loaded, message="What are your opening hours?", thread_id="v1")
    assert await thread_identity(saver, "v1") == loaded.identity
