"""The reliability gates' handle on shared state: one Redis client, a key prefix, the stores.

It holds no state logic of its own: budgets and circuits are the state layer's stores
(:mod:`railgraph.state.budget`, :mod:`railgraph.state.breaker`), built here on one client from
the policies' settings (the state layer does not read policies, so the mapping lives here).

Budgets, circuit breakers and the response cache are only meaningful when every process sees
the same numbers, so they live in the same Redis as the checkpoints. A graph compiled with
railgraph's :class:`~railgraph.state.AsyncRedisSaver` uses that saver's client and prefix; any
other checkpointer (or none) leaves the store unset, and the features that need it are skipped
with one warning rather than faked in process memory.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import redis
import redis.asyncio as aredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from railgraph.policies import BreakerSettings
from railgraph.state import AsyncRedisSaver, StateStoreError
from railgraph.state.breaker import AsyncCircuitBreaker, BreakerConfig
from railgraph.state.budget import AsyncBudget

__all__ = ["ReliabilityStore", "store_of"]

log = logging.getLogger("railgraph.reliability")

T = TypeVar("T")


@dataclass
class ReliabilityStore:
    """Shared state of budgets, breakers and the response cache."""

    client: aredis.Redis
    """Asyncio Redis client (bound to the event loop that runs the graph)."""
    prefix: str = "railgraph"
    """Key prefix; the same as the checkpoints' so one deployment shares one namespace."""
    _breakers: dict[str, AsyncCircuitBreaker] = field(default_factory=dict)
    _budget: AsyncBudget | None = None

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = "railgraph", timeout: float = 5.0, max_connections: int = 64
    ) -> ReliabilityStore:
        """A store on its own client (for notebooks and tests without a Redis saver).

        The pool blocks when every connection is busy (redis-py's default pool raises instead),
        and a command retries once on a fresh connection, which is what a restarted server needs.
        """
        pool = aredis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=timeout, socket_timeout=timeout,
            socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 1))
        return cls(aredis.Redis(connection_pool=pool), prefix)

    async def aclose(self) -> None:
        """Close the client and its pool."""
        await self.client.aclose()
        # A client given a pool does not close it.
        await self.client.connection_pool.disconnect()

    @property
    def budget(self) -> AsyncBudget:
        """Atomic budget reservations (:mod:`railgraph.state.budget`)."""
        if self._budget is None:
            self._budget = AsyncBudget(self.client, prefix=self.prefix)
        return self._budget

    def breaker(self, name: str, settings: BreakerSettings) -> AsyncCircuitBreaker:
        """The shared circuit ``name`` (e.g. ``model:fast``) with the given settings."""
        found = self._breakers.get(name)
        if found is None:
            config = BreakerConfig(**settings.model_dump())
            found = self._breakers[name] = AsyncCircuitBreaker(
                self.client, name, config, prefix=self.prefix)
        return found

    async def call(self, operation: Awaitable[T]) -> T:
        """Await a Redis operation; an unreachable server becomes a clear :class:`StateStoreError`."""
        try:
            return await operation
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise StateStoreError(f"state store is unreachable ({type(exc).__name__}); budgets, "
                                  "circuit breakers and the cache are unavailable") from exc


def store_of(checkpointer: Any, explicit: ReliabilityStore | None = None) -> ReliabilityStore | None:
    """The store for a graph: the one given, else the Redis saver's client, else None."""
    if explicit is not None:
        return explicit
    if isinstance(checkpointer, AsyncRedisSaver):
        return ReliabilityStore(checkpointer.client, checkpointer.codec.prefix)
    return None


_warned: set[str] = set()


def warn_once(feature: str) -> None:
    """Log once per process that ``feature`` is off because no shared store is configured."""
    if feature not in _warned:
        _warned.add(feature)
        log.warning("%s not enforced: the graph has no Redis state store (compile it with "
                    "railgraph's AsyncRedisSaver or pass reliability=ReliabilityStore(...))", feature)
