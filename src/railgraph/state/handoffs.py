"""Pending handoffs to a human: one Redis sorted set per graph, scored by each wait's deadline.

The ``escalate`` node registers a thread when it interrupts for a human and removes it once
answered; ``railgraph sweep`` (:mod:`railgraph.sweep`) finds the overdue ones with one
``ZRANGEBYSCORE`` instead of reading every thread's checkpoints, and claims each before it
resumes it, so two sweepers never answer the same thread.

Key: ``P:escalations:<graph>``, ZSET thread id -> deadline (epoch seconds).
"""

from __future__ import annotations

import time
from typing import Any

__all__ = ["HandoffRegister"]


# Check-and-set in one step, so two sweepers cannot both take an overdue thread; no Redis
# command compares a member's score and rewrites it atomically, hence the script.
_CLAIM = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) <= tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  return 1
end
return 0
"""


class HandoffRegister:
    """Pending handoffs of one graph: ``P:escalations:<graph>`` ZSET thread id -> deadline."""

    def __init__(self, client: Any, prefix: str, graph: str) -> None:
        self.client = client
        self.key = f"{prefix}:escalations:{graph}"

    async def claim(self, thread_id: str, now: float, lease: float = 300.0) -> bool:
        """Take an overdue thread for ``lease`` seconds (its deadline moves to ``now + lease``).

        The entry stays while the sweeper resumes the thread, so the node that runs again up to
        its interrupt (its ``add`` is NX) cannot make it look new to another sweeper; the node
        removes it once answered. A sweeper that dies mid-way leaves it due again after the lease.
        """
        return bool(await self.client.eval(_CLAIM, 1, self.key, thread_id, now, now + lease))

    async def add(self, thread_id: str, deadline: float) -> None:
        """Register a wait (NX: a node that runs again up to its interrupt keeps its deadline)."""
        await self.client.zadd(self.key, {thread_id: deadline}, nx=True)

    async def remove(self, thread_id: str) -> None:
        """The thread was answered (by a human, or by the sweeper)."""
        await self.client.zrem(self.key, thread_id)

    async def due(self, now: float | None = None, limit: int = 1000) -> list[str]:
        """Threads whose wait ran out by ``now``, oldest deadline first."""
        now = time.time() if now is None else now
        found = await self.client.zrangebyscore(self.key, "-inf", now, start=0, num=limit)
        return [t.decode() if isinstance(t, bytes) else str(t) for t in found]

    async def pending(self) -> int:
        """Threads still waiting."""
        return int(await self.client.zcard(self.key))
