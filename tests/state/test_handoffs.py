"""The handoff register: pending waits for a human, due by deadline, claimed once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aredis

from railgraph.state.handoffs import HandoffRegister


@pytest.fixture
async def register(redis_url: str, redis_prefix: str) -> AsyncIterator[HandoffRegister]:
    client = aredis.Redis.from_url(redis_url)
    try:
        yield HandoffRegister(client, redis_prefix, "support")
    finally:
        await client.aclose()


async def test_due_lists_only_expired_waits_oldest_first(register: HandoffRegister) -> None:
    await register.add("late", 300.0)
    await register.add("early", 100.0)
    await register.add("future", 900.0)
    assert await register.due(now=500.0) == ["early", "late"]
    assert await register.due(now=50.0) == []
    assert await register.due(now=500.0, limit=1) == ["early"]
    assert await register.pending() == 3


async def test_adding_again_keeps_the_first_deadline(register: HandoffRegister) -> None:
    await register.add("t", 100.0)
    await register.add("t", 10_000.0)  # the node ran again up to its interrupt
    assert await register.due(now=200.0) == ["t"]


async def test_an_overdue_thread_is_claimed_by_one_sweeper_only(register: HandoffRegister) -> None:
    await register.add("t", 100.0)
    wins = await asyncio.gather(*(register.claim("t", now=200.0, lease=60.0) for _ in range(8)))
    assert sorted(wins) == [False] * 7 + [True]
    # Claimed: not due again until the lease runs out, then due for another sweeper.
    assert await register.due(now=250.0) == []
    assert await register.due(now=261.0) == ["t"]


async def test_a_wait_that_is_not_due_or_not_there_cannot_be_claimed(
        register: HandoffRegister) -> None:
    await register.add("t", 1_000.0)
    assert not await register.claim("t", now=500.0)
    assert not await register.claim("absent", now=500.0)


async def test_remove_ends_the_wait_and_graphs_are_apart(register: HandoffRegister) -> None:
    other = HandoffRegister(register.client, register.key.rsplit(":escalations:", 1)[0], "planner")
    await register.add("t", 100.0)
    await other.add("t", 100.0)
    await register.remove("t")
    assert await register.pending() == 0 and await register.due(now=200.0) == []
    assert await other.due(now=200.0) == ["t"]
