"""The rate-limit store: per-key sliding-window limits on Redis, through the ``limits`` library.

Used by the tools node (limits per tool from a :class:`~railgraph.policies.ToolsPolicy`) and by
the server's API keys; both parse limits with :func:`parse_limit`.

``limits`` (moving-window strategy) keeps one Redis list per key and limit, holding the time of
each accepted hit; a Lua script checks the oldest entry still inside the window and appends in
the same step, so concurrent processes cannot both take the last slot.

What ``limits`` does not give us, and why it is left that way:

* ``hit`` answers only yes or no. ``remaining`` and ``reset_at`` come from a second, read-only
  script run straight after, so under contention they may already include other callers' hits.
  They are advice for ``Retry-After`` headers and dashboards; the yes/no is the atomic part.
* Entries are stamped with the caller's clock, not the server's. Processes sharing a key need
  clocks in step (NTP keeps them within milliseconds, far below the windows limits are set in).

Keys: ``P:ratelimit:LIMITER/<key>/<amount>/<multiples>/<granularity>``, one list per limit;
each script touches one key, so no hash tag is needed for Redis Cluster.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import urlsplit

import redis
import redis.asyncio as aredis
from limits import RateLimitItem, parse_many
from limits.aio.storage import RedisStorage as AsyncRedisStorage
from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindowRateLimiter
from limits.storage import RedisStorage
from limits.strategies import MovingWindowRateLimiter
from limits.util import WindowStats

__all__ = ["AsyncRateLimiter", "RateDecision", "RateLimiter", "parse_limit"]

DEFAULT_PREFIX = "railgraph"
DEFAULT_POOL_SIZE = 64
DEFAULT_SOCKET_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class RateDecision:
    """The answer to "may this key act now?"."""

    allowed: bool
    """Whether the hit was counted (``hit``) or would be (``peek``)."""
    remaining: int
    """Hits left in the current window after this decision."""
    reset_at: float
    """Unix time at which the oldest hit in the window leaves it, freeing a slot."""


@functools.lru_cache(maxsize=256)
def parse_limit(limit: str) -> RateLimitItem:
    """Parse one limit such as ``"5/minute"`` or ``"3 per 2 seconds"``; ValueError if invalid."""
    items = parse_many(limit)
    if len(items) != 1:
        raise ValueError(f"expected exactly one rate limit, got {limit!r}")
    return items[0]


def _storage_url(url: str) -> str:
    """Check ``url`` names its server outright and spell it the way ``limits`` expects.

    redis-py fills a missing host or port with localhost and 6379, and the async storage of
    limits builds a client with no URL at all when it finds none, so a sloppy URL could reach
    a different server than the one meant; such URLs are refused here instead.
    """
    parts = urlsplit(url)
    if parts.scheme == "unix":
        if not parts.path:
            raise ValueError(f"Redis URL {url!r} names no socket path")
        # limits reads "redis+unix://" and hands redis-py "unix://"; a bare "unix://" it
        # would mistake for a Valkey URL.
        return "redis+" + url
    if parts.scheme not in ("redis", "rediss"):
        raise ValueError(f"unsupported Redis URL scheme in {url!r}; use redis://, rediss:// or unix://")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"Redis URL {url!r} has an invalid port") from exc
    if not parts.hostname or port is None:
        raise ValueError(f"Redis URL {url!r} must name both host and port")
    return url


def _client_url(storage_url: str) -> str:
    """The URL as redis-py spells it (limits' ``redis+unix`` is redis-py's ``unix``)."""
    return storage_url.removeprefix("redis+")


def _item(limit: str, cost: int) -> RateLimitItem:
    # limits' moving-window script errors on a cost of 0 (LPUSH with no values).
    if cost < 1:
        raise ValueError(f"cost must be at least 1, got {cost!r}")
    return parse_limit(limit)


def _decision(allowed: bool, stats: WindowStats) -> RateDecision:
    return RateDecision(allowed=allowed, remaining=max(stats.remaining, 0), reset_at=stats.reset_time)


class RateLimiter:
    """Sliding-window rate limits on a Redis server, for synchronous code.

    ``url`` is the server (``redis://host:port/db``, ``rediss://…`` or ``unix:///path``);
    the limiter opens its own connection pool of at most ``max_connections``; callers beyond
    that wait up to ``socket_timeout`` seconds for a connection.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        max_connections: int = DEFAULT_POOL_SIZE,
        socket_timeout: float = DEFAULT_SOCKET_TIMEOUT,
    ) -> None:
        url = _storage_url(url)
        # A blocking pool, built by redis-py from the same URL: a burst beyond the pool waits
        # for a free connection instead of failing with MaxConnectionsError (redis-py 8).
        pool = redis.BlockingConnectionPool.from_url(
            _client_url(url),
            max_connections=max_connections,
            timeout=socket_timeout,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
        )
        self._pool = pool
        self._storage = RedisStorage(url, connection_pool=pool, key_prefix=f"{prefix}:ratelimit")
        self._limiter = MovingWindowRateLimiter(self._storage)

    def hit(self, key: str, limit: str, *, cost: int = 1) -> RateDecision:
        """Count ``cost`` hits for ``key`` if ``limit`` (e.g. ``"5/minute"``) still allows them."""
        item = _item(limit, cost)
        allowed = self._limiter.hit(item, key, cost=cost)
        return _decision(allowed, self._limiter.get_window_stats(item, key))

    def peek(self, key: str, limit: str, *, cost: int = 1) -> RateDecision:
        """Whether ``cost`` hits would be allowed now, without counting them."""
        item = _item(limit, cost)
        stats = self._limiter.get_window_stats(item, key)
        return _decision(stats.remaining >= cost, stats)

    def clear(self, key: str, limit: str) -> None:
        """Forget every hit of ``key`` under ``limit``."""
        self._limiter.clear(parse_limit(limit), key)

    def close(self) -> None:
        """Close the limiter's connection pool."""
        # A client given a pool does not close it, so the pool is disconnected here.
        self._pool.disconnect()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRateLimiter:
    """``RateLimiter`` for asyncio code, on redis-py's asyncio client.

    Build it inside the event loop that will use it: its connections belong to that loop.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        max_connections: int = DEFAULT_POOL_SIZE,
        socket_timeout: float = DEFAULT_SOCKET_TIMEOUT,
    ) -> None:
        # limits defaults to the coredis client; railgraph depends on redis-py only.
        url = _storage_url(url)
        pool = aredis.BlockingConnectionPool.from_url(
            _client_url(url),
            max_connections=max_connections,
            timeout=socket_timeout,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
        )
        # limits types its pass-through options as scalars, but hands connection_pool on as is.
        options: dict[str, Any] = {"connection_pool": pool}
        self._pool: aredis.BlockingConnectionPool | None = pool
        self._storage = AsyncRedisStorage(
            url, implementation="redispy", key_prefix=f"{prefix}:ratelimit", **options
        )
        self._limiter = AsyncMovingWindowRateLimiter(self._storage)

    @classmethod
    def on_pool(cls, pool: Any, *, prefix: str = DEFAULT_PREFIX) -> AsyncRateLimiter:
        """A limiter on an existing asyncio connection pool (a graph's state store), so rate
        limits cost no connections of their own; closing it leaves the pool open."""
        self = cls.__new__(cls)
        self._pool = None
        # The URI only names the client library; the connections come from the pool.
        self._storage = AsyncRedisStorage("redis://", implementation="redispy",
                                          key_prefix=f"{prefix}:ratelimit",
                                          connection_pool=pool)
        self._limiter = AsyncMovingWindowRateLimiter(self._storage)
        return self

    async def hit(self, key: str, limit: str, *, cost: int = 1) -> RateDecision:
        """Count ``cost`` hits for ``key`` if ``limit`` (e.g. ``"5/minute"``) still allows them."""
        item = _item(limit, cost)
        allowed = await self._limiter.hit(item, key, cost=cost)
        return _decision(allowed, await self._limiter.get_window_stats(item, key))

    async def take(self, key: str, limit: str) -> RateDecision:
        """Count one hit like :meth:`hit`, reading the window only to explain a refusal (one
        round trip for an allowed call; ``remaining`` is not known then and reads -1)."""
        item = _item(limit, 1)
        if await self._limiter.hit(item, key):
            return RateDecision(allowed=True, remaining=-1, reset_at=0.0)
        return _decision(False, await self._limiter.get_window_stats(item, key))

    async def peek(self, key: str, limit: str, *, cost: int = 1) -> RateDecision:
        """Whether ``cost`` hits would be allowed now, without counting them."""
        item = _item(limit, cost)
        stats = await self._limiter.get_window_stats(item, key)
        return _decision(stats.remaining >= cost, stats)

    async def clear(self, key: str, limit: str) -> None:
        """Forget every hit of ``key`` under ``limit``."""
        await self._limiter.clear(parse_limit(limit), key)

    async def aclose(self) -> None:
        """Close the limiter's connection pool (not a pool it was lent: :meth:`on_pool`)."""
        # A client given a pool does not close it, so the pool is disconnected here.
        if self._pool is not None:
            await self._pool.disconnect()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
