"""Plain Redis clients on the suite's server, for the store tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import redis
import redis.asyncio as aredis


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_url, max_connections=64)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
async def aclient(redis_url: str) -> AsyncIterator[aredis.Redis]:
    c = aredis.Redis.from_url(redis_url, max_connections=64)
    try:
        yield c
    finally:
        await c.aclose()
