"""The rate-limit store: exactly N calls per window, under threads, on the given server and
prefix, sync and async."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import redis

from railgraph.state.ratelimit import AsyncRateLimiter, RateLimiter


def test_rate_limit_allows_exactly_n_then_recovers(redis_url: str, redis_prefix: str) -> None:
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        decisions = [limiter.hit("alice", "3/second") for _ in range(3)]
        assert [d.allowed for d in decisions] == [True, True, True]
        assert [d.remaining for d in decisions] == [2, 1, 0]
        denied = limiter.hit("alice", "3/second")
        assert not denied.allowed and denied.remaining == 0
        assert not limiter.peek("alice", "3/second").allowed
        # Other keys and other limits are counted apart.
        assert limiter.hit("bob", "3/second").allowed
        assert limiter.hit("alice", "10/minute").allowed

        time.sleep(max(0.0, denied.reset_at - time.time()) + 0.05)
        peeked = limiter.peek("alice", "3/second")
        assert peeked.allowed and peeked.remaining == 3
        assert limiter.hit("alice", "3/second").allowed


def test_rate_limit_under_threads(redis_url: str, redis_prefix: str) -> None:
    # More threads than connections: callers wait for a connection rather than fail.
    with RateLimiter(redis_url, prefix=redis_prefix, max_connections=3) as limiter:
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(lambda _: limiter.hit("k", "5/minute").allowed, range(40)))
        assert sum(results) == 5
        limiter.clear("k", "5/minute")
        assert limiter.peek("k", "5/minute").remaining == 5


def test_rate_limiter_uses_the_given_server_and_prefix(
    client: redis.Redis, redis_url: str, redis_prefix: str
) -> None:
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        kwargs = limiter._pool.connection_kwargs
        url = urlsplit(redis_url)
        assert (kwargs["host"], kwargs["port"]) == (url.hostname, url.port)
        limiter.hit("carol", "2/minute", cost=2)
        assert not limiter.hit("carol", "2/minute").allowed
    # The hits landed on the server the fixture names, under the caller's prefix.
    assert len(list(client.scan_iter(match=f"{redis_prefix}:ratelimit:*carol*", count=1000))) == 1
    for bad in ("redis://127.0.0.1", "redis://:6379/0", "http://127.0.0.1:6379"):
        with pytest.raises(ValueError):
            RateLimiter(bad, prefix=redis_prefix)
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        with pytest.raises(ValueError):
            limiter.peek("k", "5/minute;10/hour")
        with pytest.raises(ValueError):
            limiter.hit("k", "5/minute", cost=0)
        # Any spelling limits understands, including multi-unit windows.
        assert limiter.hit("k", "3 per 2 seconds").remaining == 2


async def test_async_rate_limit(redis_url: str, redis_prefix: str) -> None:
    async with AsyncRateLimiter(redis_url, prefix=redis_prefix, max_connections=3) as limiter:
        results = await asyncio.gather(*(limiter.hit("k", "3/second") for _ in range(40)))
        assert sum(r.allowed for r in results) == 3
        denied = await limiter.hit("k", "3/second")
        assert not denied.allowed
        await asyncio.sleep(max(0.0, denied.reset_at - time.time()) + 0.05)
        assert (await limiter.peek("k", "3/second")).remaining == 3
        assert (await limiter.hit("k", "3/second")).allowed


async def test_a_limiter_on_a_lent_pool_counts_in_the_same_windows_and_leaves_the_pool_open(
        redis_url: str, redis_prefix: str) -> None:
    import redis.asyncio as aredis

    from railgraph.state.ratelimit import AsyncRateLimiter

    client = aredis.Redis.from_url(redis_url)
    try:
        lent = AsyncRateLimiter.on_pool(client.connection_pool, prefix=redis_prefix)
        first, second = await lent.take("u/t", "1/minute"), await lent.take("u/t", "1/minute")
        assert first.allowed and not second.allowed and second.reset_at > 0
        async with AsyncRateLimiter(redis_url, prefix=redis_prefix) as own:
            assert not (await own.peek("u/t", "1/minute")).allowed  # one shared window
        await lent.aclose()
        assert await client.ping()  # the lent pool still works
    finally:
        await client.aclose()
