"""Connections of the savers: leased from the client's pool, and resent after a drop.

A saver call is one EVALSHA; going through redis-py's command path for it would cost as much
client time as the round trip itself, so the savers keep a few connections at hand
(:class:`Leases`, :class:`AsyncLeases`) and send the hiredis-packed command on one directly.
:class:`Resend` decides whether a failed call may be sent again (every script is idempotent).
"""

from __future__ import annotations

import os
import weakref
from typing import Any

import redis

from railgraph.state.saver.base import Request, SaverBase

__all__ = ["DEFAULT_POOL_SIZE", "FAILURES", "AsyncLeases", "Leases", "Resend", "leases_of"]

DEFAULT_POOL_SIZE = 64
"""Connections a saver's own pool may open (see ``from_url``)."""

FAILURES = (redis.ConnectionError, redis.TimeoutError, redis.ResponseError)


class Resend:
    """One request's command and what may still be tried after a failure.

    redis-py has already disconnected a connection that failed mid-command, so it
    reconnects when used again. A request is resent at most once after a dropped
    connection (one that died while idle: a server restart, an idle timeout) and at
    most once as an EVAL after the server said it forgot the script (a restart,
    SCRIPT FLUSH; EVAL caches it again). Every script is idempotent, so a resend
    cannot apply anything twice. Timeouts and other error replies are not resent:
    the server may still be working, or would answer the same again.
    """

    def __init__(self, saver: SaverBase, request: Request) -> None:
        self.saver, self.request = saver, request
        self.packed = saver._packed(request)
        self.reconnected = self.reloaded = False

    def after(self, exc: Exception) -> None:
        """Return to resend ``self.packed``; raise StateStoreError when done trying."""
        if isinstance(exc, redis.exceptions.NoScriptError) and not self.reloaded:
            self.reloaded = True
            self.packed = self.saver._packed(self.request, source=True)
            return
        if type(exc) is redis.ConnectionError and not self.reconnected:
            self.reconnected = True
            return
        raise self.saver._errors(exc) from exc


class Leases:
    """Connections a saver keeps checked out of its client's pool between calls.

    A saver call is one EVALSHA, and redis-py's own command path (pool checkout with
    its lock and a poll for stray data, argument encoding, retry and observability
    wrappers) costs about as much client time as the round trip itself: measured
    here, 190 µs per call through ``Script.__call__`` against 125 µs sending the
    hiredis-packed command on a connection kept at hand. So a call pops an idle
    connection (``list.pop``/``append`` are atomic), falls back to the pool when none
    is idle, and puts it back afterwards. At most ``keep`` stay leased; the rest go
    back to the pool, so the pool's ``max_connections`` still bounds the total and
    other users of the client are not starved. Connections are redis-py's own (they
    handle AUTH, SELECT, TLS, RESP and timeouts, and reconnect when used after a
    drop); leases are dropped in a forked child.
    """

    def __init__(self, pool: Any, keep: int) -> None:
        self.pool = pool
        self.keep = max(1, keep)
        self.idle: list[Any] = []
        _ALL_LEASES.add(self)

    def take(self) -> Any:
        try:
            return self.idle.pop()
        except IndexError:
            return self.pool.get_connection()

    def give(self, conn: Any) -> None:
        if len(self.idle) < self.keep:
            self.idle.append(conn)
        else:
            self.pool.release(conn)

    def drain(self) -> list[Any]:
        taken, self.idle = self.idle, []
        return taken


_ALL_LEASES: weakref.WeakSet[Leases] = weakref.WeakSet()


def _forget_leases_after_fork() -> None:
    # A child must not share its parent's sockets; its pool makes fresh ones.
    for leases in list(_ALL_LEASES):
        leases.idle = []


os.register_at_fork(after_in_child=_forget_leases_after_fork)


class AsyncLeases(Leases):
    """The same for redis.asyncio, whose pool checkout and release are coroutines.

    Leased connections run without redis-py's per-I/O timeout: redis.asyncio wraps
    every send in ``asyncio.wait_for`` (a new task) and every read in a timeout
    context, which measured here is 20 of the 56 µs of client time per call at 50
    concurrent calls. The saver bounds each whole call with one ``asyncio.timeout``
    instead (``AsyncRedisSaver._send``); a connection goes back to the pool with its
    timeout restored.
    """

    def __init__(self, pool: Any, keep: int) -> None:
        super().__init__(pool, keep)
        self.timeout: float | None = pool.connection_kwargs.get("socket_timeout")

    async def atake(self) -> Any:
        try:
            return self.idle.pop()
        except IndexError:
            conn = await self.pool.get_connection()
            conn.socket_timeout = None
            return conn

    async def agive(self, conn: Any) -> None:
        if len(self.idle) < self.keep:
            self.idle.append(conn)
        else:
            await self.arelease(conn)

    async def arelease(self, conn: Any) -> None:
        conn.socket_timeout = self.timeout
        await self.pool.release(conn)


_MAX_KEEP = 512


def leases_of(client: Any, kind: type[Leases] = Leases) -> Any:
    """Leases on a client's pool; None for clients without one (a cluster client)."""
    pool = getattr(client, "connection_pool", None)
    if pool is None:
        return None
    # Half the pool (redis-py's unbounded pools report 2**31: capped).
    return kind(pool, min(getattr(pool, "max_connections", DEFAULT_POOL_SIZE) // 2, _MAX_KEEP))
