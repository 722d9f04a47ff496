"""Durable state on Redis: checkpoint savers, the embedded server, settings."""

from railgraph.state.embedded import open_checkpointer, state_home
from railgraph.state.redis_saver import AsyncRedisSaver, RedisSaver, StateStoreError

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError", "open_checkpointer", "state_home"]
