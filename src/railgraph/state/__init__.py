"""Durable state on Redis: checkpoint savers, the embedded server, settings, and the
Redis-backed primitives of the reliability layer (budgets, rate limits, circuit breakers)."""

from railgraph.state.embedded import open_checkpointer, state_home
from railgraph.state.redis_saver import AsyncRedisSaver, RedisSaver, StateStoreError

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError", "open_checkpointer", "state_home"]
