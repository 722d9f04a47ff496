"""The budget store on Redis: reserve an estimated cost before a call, commit what it cost after.

Store only: which scopes a call is charged to, and the limits, are decided by the budget gate
(:mod:`railgraph.reliability.budgets`) from a :class:`~railgraph.policies.BudgetsPolicy`.

A reservation holds part of a scope's limit while the call runs, so two processes that both
check "spent + estimate <= limit" cannot both pass and overspend together. Reservations expire
(default five minutes) so a process that dies mid-call does not hold budget forever; the reserve
script drops expired ones before it checks the limit.

Layout. The keys of one scope share the hash tag ``{scope}``, so a Redis Cluster keeps them in
one slot and one Lua script may touch all of them:

    P:budget:{S}:usage     HASH  spent, reserved -> integer micro-dollars
    P:budget:{S}:expiry    ZSET  reservation id -> expiry (server ms)
    P:budget:{S}:amounts   HASH  reservation id -> micro-dollars held
    P:budget:{S}:settled   ZSET  committed or released id -> when to forget it (server ms)

Money is kept as integer micro-dollars: Lua numbers are doubles, and summing 0.1 ten thousand
times as doubles drifts; integers stay exact up to 2**53 micro-dollars (about 9 billion dollars).
``settled`` makes ``commit`` and ``release`` safe to retry after a timeout: a second commit of
the same reservation is recognised instead of counted twice.

Daily scopes (``daily_scope``) end in a UTC date; their keys expire two days after the last
write, so yesterday's counters clean themselves up while today's are still being read.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
import redis.asyncio as aredis

__all__ = [
    "DAILY_RETENTION",
    "DEFAULT_RESERVATION_TTL",
    "AsyncBudget",
    "Budget",
    "BudgetUsage",
    "Reservation",
    "daily_scope",
    "scope_retention",
]

DEFAULT_PREFIX = "railgraph"
DEFAULT_RESERVATION_TTL = 300.0
"""Seconds a reservation holds budget unless committed or released first."""
DAILY_RETENTION = 2 * 24 * 3600.0
"""Seconds the keys of a daily scope outlive their last write."""

_MICROS = 1_000_000
_DAILY_SUFFIX = re.compile(r":\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Reservation:
    """Budget held for one call until it is committed, released, or expires."""

    id: str
    """Unique id of this reservation within its scope."""
    scope: str
    """The budget scope the amount is held against, e.g. ``user:alice:2026-11-23``."""
    amount: float
    """Dollars held (as rounded to whole micro-dollars)."""
    expires_at: float
    """Server time (Unix seconds) after which the hold lapses on its own."""
    ttl: float
    """Seconds the hold was granted for; retries of commit/release are recognised this long."""


@dataclass(frozen=True, slots=True)
class BudgetUsage:
    """What a scope has used so far."""

    spent: float
    """Dollars committed."""
    reserved: float
    """Dollars held by reservations that have not expired."""

    @property
    def total(self) -> float:
        """Dollars counted against the limit: spent plus reserved."""
        return (round(self.spent * _MICROS) + round(self.reserved * _MICROS)) / _MICROS


def daily_scope(kind: str, key: str, now: datetime | None = None) -> str:
    """The scope of ``kind``/``key`` for one UTC day, e.g. ``user:alice:2026-11-23``.

    Days roll over at midnight UTC so every process agrees on the date whatever its zone;
    a naive ``now`` is taken to be UTC already.
    """
    _check_name("kind", kind)
    _check_name("key", key)
    moment = now or datetime.now(UTC)
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return f"{kind}:{key}:{moment.date().isoformat()}"


def scope_retention(scope: str) -> float | None:
    """Seconds a scope's keys outlive their last write: two days for daily scopes, else forever."""
    return DAILY_RETENTION if _DAILY_SUFFIX.search(scope) else None


# ------------------------------------------------------------------ Lua scripts
#
# KEYS: usage, expiry, amounts, settled (see the module docstring).
# Amounts travel as decimal strings of micro-dollars; numbers written back go through
# string.format('%d') because Redis would render a large Lua double in exponent form,
# which HINCRBY rejects.

_COMMON = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local function drop_expired()
  local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
  if #ids > 0 then
    local freed = 0
    for _, id in ipairs(ids) do
      freed = freed + tonumber(redis.call('HGET', KEYS[3], id) or '0')
      redis.call('HDEL', KEYS[3], id)
    end
    redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
    redis.call('HINCRBY', KEYS[1], 'reserved', string.format('%d', -freed))
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
end

local function keep(retention_ms)
  if tonumber(retention_ms) > 0 then
    for i = 1, 4 do redis.call('PEXPIRE', KEYS[i], retention_ms) end
  end
end
"""

# ARGV: id, amount, limit, ttl_ms, retention_ms. Returns the expiry (ms) or false.
_RESERVE = _COMMON + """
drop_expired()
local spent = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0')
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved') or '0')
if spent + reserved + tonumber(ARGV[2]) > tonumber(ARGV[3]) then
  return false
end
local expires = now + tonumber(ARGV[4])
redis.call('HINCRBY', KEYS[1], 'reserved', ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], expires, ARGV[1])
keep(ARGV[5])
return expires
"""

# ARGV: id, actual, remember_ms, retention_ms. Returns 1 when this call counted the spend.
# A reservation that already lapsed is still counted: the money was spent all the same.
_COMMIT = _COMMON + """
drop_expired()
if redis.call('ZSCORE', KEYS[4], ARGV[1]) then return 0 end
local held = redis.call('HGET', KEYS[3], ARGV[1])
if held then
  redis.call('HDEL', KEYS[3], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('HINCRBY', KEYS[1], 'reserved', string.format('%d', -tonumber(held)))
end
redis.call('HINCRBY', KEYS[1], 'spent', ARGV[2])
redis.call('ZADD', KEYS[4], now + tonumber(ARGV[3]), ARGV[1])
keep(ARGV[4])
return 1
"""

# ARGV: id, remember_ms, retention_ms. Returns 1 when this call freed a live hold.
_RELEASE = _COMMON + """
drop_expired()
if redis.call('ZSCORE', KEYS[4], ARGV[1]) then return 0 end
local held = redis.call('HGET', KEYS[3], ARGV[1])
-- Remember even a lapsed id, so a commit arriving after the release is not counted.
redis.call('ZADD', KEYS[4], now + tonumber(ARGV[2]), ARGV[1])
if not held then keep(ARGV[3]) return 0 end
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'reserved', string.format('%d', -tonumber(held)))
keep(ARGV[3])
return 1
"""

# Read-only: leaves expired holds for the next write to drop, but does not count them.
_USAGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local spent = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0')
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved') or '0')
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)) do
  reserved = reserved - tonumber(redis.call('HGET', KEYS[3], id) or '0')
end
return {string.format('%d', spent), string.format('%d', reserved)}
"""


# ------------------------------------------------------------------ shared plumbing


def _check_name(what: str, value: str) -> None:
    # Braces would change the Cluster hash tag, scattering a scope's keys over slots.
    if not value or "{" in value or "}" in value:
        raise ValueError(f"{what} must be non-empty and contain no braces, got {value!r}")


def _micros(what: str, dollars: float) -> int:
    if not math.isfinite(dollars) or dollars < 0:
        raise ValueError(f"{what} must be a finite, non-negative number of dollars, got {dollars!r}")
    return round(dollars * _MICROS)


def _millis(seconds: float | None) -> int:
    return 0 if seconds is None else max(1, math.ceil(seconds * 1000))


class _BudgetKeys:
    """Key names, argument encoding and reply decoding shared by both clients."""

    def __init__(self, prefix: str, retention: Callable[[str], float | None]) -> None:
        if not prefix or "{" in prefix or "}" in prefix:
            raise ValueError(f"prefix must be non-empty and contain no braces, got {prefix!r}")
        self.prefix = prefix
        self.retention = retention

    def keys(self, scope: str) -> list[str]:
        _check_name("scope", scope)
        base = f"{self.prefix}:budget:{{{scope}}}"
        return [f"{base}:usage", f"{base}:expiry", f"{base}:amounts", f"{base}:settled"]

    def reserve_args(self, amount: float, limit: float, ttl: float | None) -> tuple[str, list[int]]:
        ttl = DEFAULT_RESERVATION_TTL if ttl is None else ttl
        if not math.isfinite(ttl) or ttl <= 0:
            raise ValueError(f"ttl must be a positive number of seconds, got {ttl!r}")
        return uuid.uuid4().hex, [_micros("amount", amount), _micros("limit", limit), _millis(ttl)]

    def reservation(
        self, scope: str, rid: str, amount: float, ttl: float | None, expires_ms: Any
    ) -> Reservation | None:
        if not expires_ms:
            return None
        return Reservation(
            id=rid,
            scope=scope,
            amount=round(amount * _MICROS) / _MICROS,
            expires_at=int(expires_ms) / 1000,
            ttl=DEFAULT_RESERVATION_TTL if ttl is None else ttl,
        )

    def retention_ms(self, scope: str) -> int:
        return _millis(self.retention(scope))

    def commit_call(self, reservation: Reservation, actual: float) -> tuple[list[str], list[str | int]]:
        args: list[str | int] = [reservation.id, _micros("actual", actual), _millis(reservation.ttl)]
        return self.keys(reservation.scope), [*args, self.retention_ms(reservation.scope)]

    def release_call(self, reservation: Reservation) -> tuple[list[str], list[str | int]]:
        args: list[str | int] = [reservation.id, _millis(reservation.ttl)]
        return self.keys(reservation.scope), [*args, self.retention_ms(reservation.scope)]

    @staticmethod
    def usage(reply: Sequence[Any]) -> BudgetUsage:
        return BudgetUsage(spent=int(reply[0]) / _MICROS, reserved=int(reply[1]) / _MICROS)


# ------------------------------------------------------------------ public classes


class Budget:
    """Budget reservations on a synchronous Redis client; safe across threads and processes.

    ``retention`` maps a scope to how long its keys outlive their last write (None: forever);
    the default keeps daily scopes for two days and everything else until deleted.
    """

    def __init__(
        self,
        client: redis.Redis | redis.RedisCluster,
        *,
        prefix: str = DEFAULT_PREFIX,
        retention: Callable[[str], float | None] = scope_retention,
    ) -> None:
        self._k = _BudgetKeys(prefix, retention)
        self._reserve = client.register_script(_RESERVE)
        self._commit = client.register_script(_COMMIT)
        self._release = client.register_script(_RELEASE)
        self._usage = client.register_script(_USAGE)

    def reserve(
        self, scope: str, amount: float, limit: float, *, ttl: float | None = None
    ) -> Reservation | None:
        """Hold ``amount`` of ``scope`` if spent + reserved + amount stays within ``limit``.

        Returns None, holding nothing, when it would not.
        """
        keys = self._k.keys(scope)
        rid, args = self._k.reserve_args(amount, limit, ttl)
        reply = self._reserve(keys, [rid, *args, self._k.retention_ms(scope)])
        return self._k.reservation(scope, rid, amount, ttl, reply)

    def commit(self, reservation: Reservation, actual: float) -> bool:
        """Replace the hold by the ``actual`` cost, which may be more or less than reserved.

        Returns False, changing nothing, when this reservation was already committed or
        released (a retried call). A hold that lapsed is still charged: the money was spent.
        """
        return bool(self._commit(*self._k.commit_call(reservation, actual)))

    def release(self, reservation: Reservation) -> bool:
        """Give the hold back unspent; returns False when it had already lapsed or been settled."""
        return bool(self._release(*self._k.release_call(reservation)))

    def usage(self, scope: str) -> BudgetUsage:
        """Dollars spent and currently held in ``scope``."""
        return self._k.usage(self._usage(self._k.keys(scope)))


class AsyncBudget:
    """``Budget`` on an asyncio Redis client, with the same scripts and key layout."""

    def __init__(
        self,
        client: aredis.Redis | aredis.RedisCluster,
        *,
        prefix: str = DEFAULT_PREFIX,
        retention: Callable[[str], float | None] = scope_retention,
    ) -> None:
        self._k = _BudgetKeys(prefix, retention)
        self._reserve = client.register_script(_RESERVE)
        self._commit = client.register_script(_COMMIT)
        self._release = client.register_script(_RELEASE)
        self._usage = client.register_script(_USAGE)

    async def reserve(
        self, scope: str, amount: float, limit: float, *, ttl: float | None = None
    ) -> Reservation | None:
        """Hold ``amount`` of ``scope`` if spent + reserved + amount stays within ``limit``."""
        keys = self._k.keys(scope)
        rid, args = self._k.reserve_args(amount, limit, ttl)
        reply = await self._reserve(keys, [rid, *args, self._k.retention_ms(scope)])
        return self._k.reservation(scope, rid, amount, ttl, reply)

    async def commit(self, reservation: Reservation, actual: float) -> bool:
        """Replace the hold by the ``actual`` cost; False when already committed or released."""
        return bool(await self._commit(*self._k.commit_call(reservation, actual)))

    async def release(self, reservation: Reservation) -> bool:
        """Give the hold back unspent; False when it had already lapsed or been settled."""
        return bool(await self._release(*self._k.release_call(reservation)))

    async def usage(self, scope: str) -> BudgetUsage:
        """Dollars spent and currently held in ``scope``."""
        return self._k.usage(await self._usage(self._k.keys(scope)))
