"""LangGraph checkpoint savers on plain Redis (>= 6.2) or Valkey, built on redis-py only.

Why our own saver: the Redis savers on PyPI either need the RedisJSON and RediSearch modules or
corrupt history when a thread is forked, and both spend several round trips per call (see the
README's Redis section).

Round trips: ``put``, ``get_tuple``, ``put_writes``, ``delete_thread`` and the delta-channel
history walk are one Lua script each (one EVALSHA, packed by hiredis, on a connection leased
from the client's pool); ``list`` is two (ids, then records). Every script is idempotent, so a
call may be resent after a dropped connection.

Channel versions carry a random suffix (like ``InMemorySaver``): a fork that re-derives version
N of a channel writes a new blob instead of overwriting the one the original branch still reads.

The parts, each readable on its own, in the order a call goes through them:

- :mod:`.keys`: the key layout of a thread (one hash tag per thread);
- :mod:`.scripts`: the Lua scripts, one per call;
- :mod:`.codec`: checkpoints to script arguments and replies back (no I/O), long lists as logs;
- :mod:`.base`: options, requests and listing shared by both savers, :class:`StateStoreError`;
- :mod:`.connections`: connection leases and the resend rules;
- :mod:`.sync` (:class:`RedisSaver`) and :mod:`.aio` (:class:`AsyncRedisSaver`).
"""

from railgraph.state.saver.aio import AsyncRedisSaver
from railgraph.state.saver.base import StateStoreError
from railgraph.state.saver.sync import RedisSaver

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError"]
