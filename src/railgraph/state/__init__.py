"""Durable state on Redis, one module per thing kept there.

- :mod:`~railgraph.state.saver`: the LangGraph checkpoint savers (:class:`RedisSaver`,
  :class:`AsyncRedisSaver`);
- :mod:`~railgraph.state.embedded`: the embedded Redis-compatible server for machines without
  ``REDIS_URL``; :mod:`~railgraph.state.settings`: where state lives, from the environment;
  :mod:`~railgraph.state.factory`: the checkpointer built from both (``langgraph.json``);
- the stores beside the checkpoints, each in one home: :mod:`~railgraph.state.budget` (budget
  reservations), :mod:`~railgraph.state.breaker` (circuit breakers),
  :mod:`~railgraph.state.ratelimit` (sliding-window rate limits),
  :mod:`~railgraph.state.handoffs` (pending handoffs to a human) and
  :mod:`~railgraph.state.owners` (the tenant that owns a thread).

The stores know Redis keys and scripts, not policies: the policy models are in
:mod:`railgraph.policies`, and the gates nodes call around a model or tool call (which scope a
call is charged to, which failures count against a circuit) in :mod:`railgraph.reliability`.
Imports point one way: ``factory`` -> ``embedded`` -> ``settings``; everything that needs key
names -> ``saver``; nothing here imports railgraph above ``errors``.
"""

from railgraph.state.factory import open_checkpointer
from railgraph.state.saver import AsyncRedisSaver, RedisSaver, StateStoreError
from railgraph.state.settings import state_home

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError", "open_checkpointer", "state_home"]
