"""The reliability store: one Redis client and prefix for budgets, breakers and the cache."""

from __future__ import annotations

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.errors import StateStoreError
from railgraph.policies import BreakerSettings
from railgraph.reliability.store import ReliabilityStore, store_of
from railgraph.state import AsyncRedisSaver


async def test_the_store_comes_from_the_redis_saver_unless_one_is_given(
        redis_url: str, redis_prefix: str, store: ReliabilityStore) -> None:
    async with AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) as saver:
        shared = store_of(saver)
        assert shared is not None
        assert shared.client is saver.client and shared.prefix == redis_prefix
        assert store_of(saver, store) is store
    assert store_of(InMemorySaver()) is None
    assert store_of(None, store) is store


async def test_breakers_and_the_budget_are_made_once_per_name(store: ReliabilityStore) -> None:
    first = store.breaker("model:fast", BreakerSettings(failure_threshold=2))
    assert store.breaker("model:fast", BreakerSettings(failure_threshold=9)) is first
    assert store.breaker("tool:fast", BreakerSettings()) is not first
    assert store.budget is store.budget


async def test_call_passes_results_through(store: ReliabilityStore) -> None:
    await store.call(store.client.set(f"{store.prefix}:probe", "1"))
    assert await store.call(store.client.get(f"{store.prefix}:probe")) == b"1"


async def test_an_unreachable_server_is_a_clear_state_store_error() -> None:
    down = ReliabilityStore.from_url("redis://127.0.0.1:1/0", timeout=0.5)
    try:
        with pytest.raises(StateStoreError, match="state store is unreachable"):
            await down.call(down.client.get("x"))
    finally:
        await down.aclose()
