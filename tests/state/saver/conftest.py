"""A sync and an async saver on the suite's Redis, each under its own key prefix."""

from __future__ import annotations

from typing import Any

import pytest

from railgraph.state import AsyncRedisSaver, RedisSaver


@pytest.fixture
def saver(redis_url: str, redis_prefix: str) -> Any:
    s = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    yield s
    s.close()


@pytest.fixture
async def asaver(redis_url: str, redis_prefix: str) -> Any:
    s = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix, max_connections=200)
    yield s
    await s.aclose()
