"""Turns that outlive their replica: a lease in Redis per in-flight turn, taken over by a
surviving replica when its holder stops renewing it.

The in-memory runtime keeps a run's record in the process that runs it; if that process dies
(SIGKILL, OOM, a lost node) the run is gone, while its checkpoints are safe in Redis. So:

* When a run starts executing, its replica writes the turn (``{prefix}:{thread}:turn``: run
  id, graph, caller) and a lease (``{prefix}:{thread}:lease`` = the replica, expiring after
  ``RAILGRAPH_TURN_LEASE`` seconds, default 15) and indexes the thread in ``{prefix}:turns``
  by the lease's expiry. A heartbeat renews every lease the replica holds three times per
  period; the turn and lease are dropped when the run ends, however it ends.
* Every replica sweeps the index for leases that expired without being dropped. Taking one
  over is one Lua script (``SET NX`` of the lease), so exactly one survivor wins. It submits
  the turn to its own runtime as a run with the same run id, no input and the original
  caller, which is LangGraph's own resume: the pending tasks of the thread's last checkpoint
  run (a step the dead replica had finished is not run again), and the run and the thread's
  state are readable on the survivor.

No queue or scheduler of railgraph's own: the runtime's queue runs the resubmitted turn. A
graceful shutdown cancels runs (the runtime's behaviour), and a cancelled run drops its lease.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

from langchain_core.callbacks import AsyncCallbackHandler

from railgraph.state.saver.keys import thread_base

__all__ = ["TurnLease", "Turns", "lease_seconds", "recovery", "turns_for_loop"]

log = logging.getLogger("railgraph.server.leases")

DEFAULT_LEASE_SECONDS = 15.0
MAX_ATTEMPTS = 3
"""Takeovers of one turn before it is given up (a turn that kills every replica it runs on)."""

_TAKE = """
redis.call('HSET', KEYS[1], unpack(ARGV, 4, #ARGV - 1))
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[#ARGV])
return 1
"""
# KEYS: turn, lease, index   ARGV: replica, lease ms, expiry ms, (field, value)*, thread id

_RENEW = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1
"""
# KEYS: lease, index   ARGV: replica, lease ms, expiry ms, thread id

_DROP = """
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[2])
return 1
"""
# KEYS: turn, lease, index   ARGV: replica, thread id

_TAKE_OVER = """
local pttl = redis.call('PTTL', KEYS[2])
if pttl > 0 then
  redis.call('ZADD', KEYS[3], ARGV[3] + pttl - ARGV[2], ARGV[4])
  return false
end
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('ZREM', KEYS[3], ARGV[4]); return false end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
return redis.call('HGETALL', KEYS[1])
"""
# KEYS: turn, lease, index   ARGV: replica, lease ms, expiry ms (now + lease), thread id


def lease_seconds() -> float:
    """``RAILGRAPH_TURN_LEASE``: seconds a turn's lease lasts without renewal (default 15)."""
    text = os.environ.get("RAILGRAPH_TURN_LEASE")
    try:
        seconds = float(text) if text else DEFAULT_LEASE_SECONDS
    except ValueError:
        seconds = 0
    if seconds <= 0:
        raise ValueError(f"RAILGRAPH_TURN_LEASE must be a positive number of seconds, not {text!r}")
    return seconds


def _now_ms() -> int:
    return int(time.time() * 1000)


class Turns:
    """The leases of this replica's in-flight turns, and the sweep for orphaned ones."""

    def __init__(self, client: Any, prefix: str, seconds: float, replica: str | None = None,
                 *, saver: Any = None) -> None:
        self.client = client
        self.saver = saver
        """The state store's saver (to see how far an orphaned turn got), or None."""
        self.prefix = prefix
        self.lease_ms = max(1, int(seconds * 1000))
        self.replica = replica or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.index = f"{prefix}:turns"
        self.held: set[str] = set()
        self._take = client.register_script(_TAKE)
        self._renew = client.register_script(_RENEW)
        self._drop = client.register_script(_DROP)
        self._take_over = client.register_script(_TAKE_OVER)

    def _keys(self, thread_id: str) -> list[str]:
        base = thread_base(self.prefix, thread_id)
        return [base + "turn", base + "lease", self.index]

    async def take(self, thread_id: str, turn: dict[str, str]) -> None:
        """Record ``turn`` as in flight on this replica, under a fresh lease."""
        record = {**turn, "thread_id": thread_id, "replica": self.replica}
        fields = [item for pair in record.items() for item in pair]
        await self._take(keys=self._keys(thread_id),
                         args=[self.replica, self.lease_ms, _now_ms() + self.lease_ms, *fields,
                               thread_id])
        self.held.add(thread_id)

    async def drop(self, thread_id: str) -> None:
        """The turn ended: forget it (unless another replica has taken it over meanwhile)."""
        self.held.discard(thread_id)
        await self._drop(keys=self._keys(thread_id), args=[self.replica, thread_id])

    async def renew(self) -> None:
        """Extend every lease this replica holds; a lease lost to another replica is let go."""
        for thread_id in list(self.held):
            _, lease, index = self._keys(thread_id)
            kept = await self._renew(keys=[lease, index],
                                     args=[self.replica, self.lease_ms, _now_ms() + self.lease_ms,
                                           thread_id])
            if not kept:
                self.held.discard(thread_id)

    async def orphans(self, limit: int = 20) -> list[dict[str, str]]:
        """Take over turns whose lease expired; each is this replica's to finish."""
        now = _now_ms()
        due = await self.client.zrangebyscore(self.index, "-inf", now, start=0, num=limit)
        taken = []
        for raw in due:
            thread_id = raw.decode() if isinstance(raw, bytes) else str(raw)
            reply = await self._take_over(keys=self._keys(thread_id),
                                          args=[self.replica, self.lease_ms, now + self.lease_ms,
                                                thread_id])
            if not reply:
                continue
            values = [v.decode() if isinstance(v, bytes) else str(v) for v in reply]
            turn = dict(zip(values[::2], values[1::2], strict=True))
            self.held.add(thread_id)
            taken.append(turn)
        return taken


_turns: Turns | None = None


def turns_for_loop() -> Turns:
    """This process's :class:`Turns`, on its own client (built inside the server's loop)."""
    global _turns
    if _turns is None:
        from railgraph.state import AsyncRedisSaver
        from railgraph.state.settings import StateSettings

        url = os.environ.get("REDIS_URL")
        if not url:
            raise RuntimeError("REDIS_URL is not set: start the server with `railgraph serve`")
        settings = StateSettings.from_env()
        saver = AsyncRedisSaver.from_url(url, prefix=settings.prefix, max_connections=16,
                                         encryption_key=settings.encryption_key)
        _turns = Turns(saver.client, settings.prefix, lease_seconds(), saver=saver)
    return _turns


class TurnLease(AsyncCallbackHandler):
    """Holds one run's lease from the moment its graph starts until it ends."""

    def __init__(self, turns: Turns, thread_id: str, turn: dict[str, str]) -> None:
        self.turns = turns
        self.thread_id = thread_id
        self.turn = turn
        self.root: UUID | None = None

    async def on_chain_start(self, serialized: dict[str, Any] | None, inputs: Any, *, run_id: UUID,
                             parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        if self.root is None:
            self.root = run_id  # the graph: it starts before any of its nodes
            await self.turns.take(self.thread_id, self.turn)

    async def on_chain_end(self, outputs: Any, *, run_id: UUID, **kwargs: Any) -> None:
        if run_id == self.root:
            await self.turns.drop(self.thread_id)

    async def on_chain_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        if run_id == self.root:
            await self.turns.drop(self.thread_id)


def turn_record(configurable: dict[str, Any], runtime: Any) -> dict[str, str] | None:
    """What a survivor needs to resubmit the run: its ids, graph and caller."""
    run_id, graph_id = configurable.get("run_id"), configurable.get("graph_id")
    if not run_id or not graph_id:
        return None
    user = getattr(runtime, "user", None)

    def field(name: str, default: Any = None) -> Any:
        try:
            return user[name] if user is not None else default
        except (KeyError, TypeError):
            return default

    return {"run_id": str(run_id), "graph_id": str(graph_id),
            "identity": str(field("identity") or configurable.get("langgraph_auth_user_id") or ""),
            "user_id": str(field("user_id") or configurable.get("user_id") or ""),
            "tenant_id": str(field("tenant_id") or configurable.get("tenant_id") or ""),
            "roles": json.dumps(list(field("roles") or [])),
            "permissions": json.dumps(list(field("permissions") or []))}


async def _resubmit(thread_id: str, turn: dict[str, str]) -> None:
    """Submit the orphaned turn to this replica's runtime as the original caller."""
    from langgraph_api.auth.custom import normalize_user
    from langgraph_api.models.run import create_valid_run
    from langgraph_api.utils import with_user
    from langgraph_runtime.database import connect

    permissions = json.loads(turn.get("permissions") or "[]")
    user = normalize_user({"identity": turn.get("identity") or turn["user_id"],
                           "user_id": turn["user_id"], "tenant_id": turn["tenant_id"],
                           "roles": json.loads(turn.get("roles") or "[]"),
                           "permissions": permissions})
    # No input: LangGraph runs what the last checkpoint left pending. The thread is created in
    # this replica's runtime if it has not seen it; the auth handler checks its owner as usual.
    payload: dict[str, Any] = {"assistant_id": turn["graph_id"], "input": None,
                               "if_not_exists": "create", "multitask_strategy": "enqueue",
                               "metadata": {"recovered_from": turn.get("replica", "")}}
    async with with_user(user, permissions), connect() as conn:
        await create_valid_run(conn, thread_id, payload, headers={}, run_id=UUID(turn["run_id"]))


async def _reached_a_checkpoint(turns: Turns, thread_id: str, run_id: str) -> bool:
    """Whether the thread's latest checkpoint was written by the turn's run (its input is saved).

    A replica that died between starting a run and its first checkpoint leaves nothing to
    resume: a resume would replay the thread's previous turn as this run's answer."""
    if turns.saver is None:
        return True
    found = await turns.saver.aget_tuple({"configurable": {"thread_id": thread_id,
                                                           "checkpoint_ns": ""}})
    if found is None:
        return False
    written_by = (found.metadata or {}).get("run_id")
    return written_by is None or str(written_by) == run_id


async def _sweep(turns: Turns) -> None:
    for turn in await turns.orphans():
        thread_id = turn.get("thread_id", "")
        if int(turn.get("attempts") or 1) > MAX_ATTEMPTS:
            log.error("giving up turn %s of thread %s after %s takeovers", turn.get("run_id"),
                      thread_id, MAX_ATTEMPTS)
            await turns.drop(thread_id)
            continue
        if not await _reached_a_checkpoint(turns, thread_id, turn.get("run_id", "")):
            log.error("turn %s of thread %s died before its first checkpoint: nothing to resume",
                      turn.get("run_id"), thread_id)
            await turns.drop(thread_id)
            continue
        try:
            await _resubmit(thread_id, turn)
            log.warning("resumed turn %s of thread %s, orphaned by replica %s", turn.get("run_id"),
                        thread_id, turn.get("replica"))
        except Exception:  # the next sweep (here or elsewhere) tries again, up to MAX_ATTEMPTS
            log.exception("could not resume turn %s of thread %s", turn.get("run_id"), thread_id)
            turns.held.discard(thread_id)


async def _beat(turns: Turns) -> None:
    period = turns.lease_ms / 3000
    while True:
        try:
            await turns.renew()
            await _sweep(turns)
        except Exception:  # Redis away: leases lapse, turns are resumed once it is back
            log.exception("turn leases: heartbeat failed")
        await asyncio.sleep(period)


@contextlib.asynccontextmanager
async def recovery(app: Any = None) -> AsyncIterator[None]:
    """Lifespan of the server's custom app: renew this replica's leases, resume orphans."""
    task = asyncio.create_task(_beat(turns_for_loop()), name="railgraph-turn-leases")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
