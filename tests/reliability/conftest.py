"""The reliability tests' shared state store: the suite's Redis under the test's own prefix."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from railgraph.reliability.store import ReliabilityStore


@pytest.fixture
async def store(redis_url: str, redis_prefix: str) -> AsyncIterator[ReliabilityStore]:
    found = ReliabilityStore.from_url(redis_url, prefix=redis_prefix)
    try:
        yield found
    finally:
        await found.aclose()
