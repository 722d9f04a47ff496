"""The circuit-breaker store: a circuit whose state lives in Redis, so every process sees it.

Store only: which calls and failures reach a circuit is decided by the gate in
:mod:`railgraph.reliability.breakers` from a :class:`~railgraph.policies.BreakersPolicy`.

Closed, calls flow and failures are counted in a sliding window; ``failure_threshold`` of them
within ``window`` seconds open the circuit. Open, calls are refused until ``recovery_timeout``
has passed; then it is half-open and admits at most ``half_open_max_probes`` probe calls at once.
``success_threshold`` probe successes close it; a failed probe opens it again.

Every transition is one Lua script using the server's clock (``TIME``): two processes cannot
both read "closed" and lose a failure between them, clocks of client machines do not matter,
and the probe count is checked and taken in the same step.

Layout (one hash tag ``{name}`` so a Redis Cluster keeps the three keys in one slot):

    P:breaker:{N}:state      HASH  state, opened_at (ms), successes (half-open)
    P:breaker:{N}:failures   ZSET  one member per failure -> when (ms); trimmed to the window
    P:breaker:{N}:probes     ZSET  one member per probe in flight -> lease expiry (ms)

Probe slots are leases that lapse after ``probe_timeout``: a process that dies mid-probe must
not keep the circuit half-open and refusing everything for ever.

Outcomes of calls admitted before the circuit opened (``probe=False`` while open or half-open)
are ignored: they describe the dependency before the circuit tripped, not now.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import redis
import redis.asyncio as aredis

__all__ = [
    "AsyncCircuitBreaker",
    "BreakerConfig",
    "BreakerDecision",
    "BreakerState",
    "CircuitBreaker",
    "CircuitState",
]

DEFAULT_PREFIX = "railgraph"


class CircuitState(StrEnum):
    """Where a circuit stands."""

    CLOSED = "closed"
    """Calls flow; failures are being counted."""
    OPEN = "open"
    """Calls are refused until the recovery timeout passes."""
    HALF_OPEN = "half_open"
    """A few probe calls test whether the dependency has recovered."""


@dataclass(frozen=True, slots=True)
class BreakerConfig:
    """How quickly a circuit opens and how carefully it closes again."""

    failure_threshold: int = 5
    """Failures within ``window`` that open the circuit."""
    window: float = 60.0
    """Seconds over which failures are counted."""
    recovery_timeout: float = 30.0
    """Seconds the circuit stays open before it lets probes through."""
    half_open_max_probes: int = 1
    """Probe calls admitted at the same time while half-open."""
    success_threshold: int = 1
    """Probe successes (in one half-open spell) that close the circuit."""
    probe_timeout: float = 60.0
    """Seconds a probe slot is held without an outcome before it is given to another caller."""

    def __post_init__(self) -> None:
        for name in ("failure_threshold", "half_open_max_probes", "success_threshold"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("window", "recovery_timeout", "probe_timeout"):
            value = getattr(self, name)
            if not math.isfinite(value) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds")

    def args(self) -> list[int]:
        """Script arguments: counts as they are, durations in whole milliseconds."""
        return [
            self.failure_threshold,
            _millis(self.window),
            _millis(self.recovery_timeout),
            self.half_open_max_probes,
            self.success_threshold,
            _millis(self.probe_timeout),
        ]


@dataclass(frozen=True, slots=True)
class BreakerDecision:
    """The answer to "may I call the dependency now?"."""

    allowed: bool
    """Whether the call may go ahead."""
    state: CircuitState
    """The circuit's state when the decision was taken."""
    probe: bool
    """The call holds a half-open probe slot: report its outcome with ``probe=True``."""


@dataclass(frozen=True, slots=True)
class BreakerState:
    """A snapshot of one circuit, for dashboards and tests."""

    state: CircuitState
    """Closed, open or half-open (an open circuit past its recovery timeout reads half-open)."""
    failures: int
    """Failures recorded within the window."""
    opened_at: float | None
    """Server time (Unix seconds) the circuit last opened; None while closed."""
    probes_in_flight: int
    """Probe slots currently taken."""
    successes: int
    """Probe successes so far in the current half-open spell."""


def _millis(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


# ------------------------------------------------------------------ Lua scripts
#
# KEYS: state, failures, probes. ARGV[1..6]: BreakerConfig.args(); scripts add their own after.

_COMMON = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local threshold, window, recovery = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local max_probes, needed, lease = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'
local opened_at = tonumber(redis.call('HGET', KEYS[1], 'opened_at') or '0')

local function open()
  redis.call('HSET', KEYS[1], 'state', 'open', 'opened_at', string.format('%d', now), 'successes', 0)
  redis.call('DEL', KEYS[3])
  state = 'open'
end

local function close()
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
  state = 'closed'
end

-- The open -> half-open step happens lazily, in whichever script first runs after the timeout.
if state == 'open' and now >= opened_at + recovery then
  redis.call('HSET', KEYS[1], 'state', 'half_open', 'successes', 0)
  redis.call('DEL', KEYS[3])
  state = 'half_open'
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
"""

# ARGV[7]: a unique token for the probe lease. Returns {allowed, state, probe}.
_ALLOW = _COMMON + """
if state == 'closed' then return {1, state, 0} end
if state == 'open' then return {0, state, 0} end
if redis.call('ZCARD', KEYS[3]) >= max_probes then return {0, state, 0} end
redis.call('ZADD', KEYS[3], now + lease, ARGV[7])
redis.call('PEXPIRE', KEYS[3], lease)
return {1, state, 1}
"""

# ARGV[7]: '1' for a probe. Returns the state afterwards.
# A success counts only if it gives back a live lease, i.e. it was admitted in this half-open spell.
_SUCCESS = _COMMON + """
if ARGV[7] == '1' and state == 'half_open' and #redis.call('ZPOPMIN', KEYS[3]) > 0 then
  local successes = redis.call('HINCRBY', KEYS[1], 'successes', 1)
  if successes >= needed then close() end
end
return state
"""

# ARGV[7]: '1' for a probe; ARGV[8]: a unique token naming this failure.
# Any failed probe reopens a half-open circuit, even a late one: failing safe beats a bad close.
_FAILURE = _COMMON + """
if state == 'half_open' then
  if ARGV[7] == '1' then open() end
elseif state == 'closed' then
  redis.call('ZADD', KEYS[2], now, ARGV[8])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
  redis.call('PEXPIRE', KEYS[2], window)
  if redis.call('ZCARD', KEYS[2]) >= threshold then open() end
end
return state
"""

# Read-only: reports the lazy open -> half-open step without taking it.
_STATE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'
local opened_at = redis.call('HGET', KEYS[1], 'opened_at') or '-1'
local successes = tonumber(redis.call('HGET', KEYS[1], 'successes') or '0')
local probes = redis.call('ZCOUNT', KEYS[3], string.format('(%d', now), '+inf')
if state == 'open' and now >= tonumber(opened_at) + tonumber(ARGV[3]) then
  state, successes, probes = 'half_open', 0, 0
end
local failures = redis.call('ZCOUNT', KEYS[2], string.format('(%d', now - tonumber(ARGV[2])), '+inf')
return {state, failures, opened_at, probes, successes}
"""


# ------------------------------------------------------------------ shared plumbing


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class _BreakerKeys:
    """Key names, arguments and reply decoding shared by both clients."""

    def __init__(self, name: str, prefix: str, config: BreakerConfig) -> None:
        for what, value in (("name", name), ("prefix", prefix)):
            # Braces would change the Cluster hash tag, scattering the circuit's keys over slots.
            if not value or "{" in value or "}" in value:
                raise ValueError(f"{what} must be non-empty and contain no braces, got {value!r}")
        base = f"{prefix}:breaker:{{{name}}}"
        self.keys = [f"{base}:state", f"{base}:failures", f"{base}:probes"]
        self.args = config.args()

    def allow_args(self) -> list[Any]:
        return [*self.args, uuid.uuid4().hex]

    def outcome_args(self, probe: bool) -> list[Any]:
        return [*self.args, "1" if probe else "0", uuid.uuid4().hex]

    @staticmethod
    def decision(reply: Sequence[Any]) -> BreakerDecision:
        return BreakerDecision(
            allowed=bool(int(reply[0])), state=CircuitState(_text(reply[1])), probe=bool(int(reply[2]))
        )

    @staticmethod
    def snapshot(reply: Sequence[Any]) -> BreakerState:
        state = CircuitState(_text(reply[0]))
        opened_ms = int(_text(reply[2]))
        return BreakerState(
            state=state,
            failures=int(reply[1]),
            opened_at=None if state is CircuitState.CLOSED or opened_ms < 0 else opened_ms / 1000,
            probes_in_flight=int(reply[3]),
            successes=int(reply[4]),
        )


# ------------------------------------------------------------------ public classes


class CircuitBreaker:
    """One named circuit (e.g. ``model:fast``) on a synchronous Redis client.

    Every process that builds a breaker with the same name and prefix shares the circuit;
    give them the same config, since each call applies the config of the process making it.
    """

    def __init__(
        self,
        client: redis.Redis | redis.RedisCluster,
        name: str,
        config: BreakerConfig | None = None,
        *,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        self.name = name
        self.config = config or BreakerConfig()
        self._k = _BreakerKeys(name, prefix, self.config)
        self._client = client
        self._allow = client.register_script(_ALLOW)
        self._success = client.register_script(_SUCCESS)
        self._failure = client.register_script(_FAILURE)
        self._state = client.register_script(_STATE)

    def allow(self) -> BreakerDecision:
        """Whether a call may go ahead now; while half-open this takes a probe slot if one is free."""
        return self._k.decision(self._allow(self._k.keys, self._k.allow_args()))

    def record_success(self, probe: bool = False) -> CircuitState:
        """Report a call that worked; ``probe`` as the decision said. Returns the state after."""
        return CircuitState(_text(self._success(self._k.keys, self._k.outcome_args(probe))))

    def record_failure(self, probe: bool = False) -> CircuitState:
        """Report a call that failed; ``probe`` as the decision said. Returns the state after."""
        return CircuitState(_text(self._failure(self._k.keys, self._k.outcome_args(probe))))

    def state(self) -> BreakerState:
        """A snapshot of the circuit."""
        return self._k.snapshot(self._state(self._k.keys, self._k.args))

    def reset(self) -> None:
        """Close the circuit and forget its failures and probes."""
        self._client.delete(*self._k.keys)


class AsyncCircuitBreaker:
    """``CircuitBreaker`` on an asyncio Redis client, with the same scripts and key layout."""

    def __init__(
        self,
        client: aredis.Redis | aredis.RedisCluster,
        name: str,
        config: BreakerConfig | None = None,
        *,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        self.name = name
        self.config = config or BreakerConfig()
        self._k = _BreakerKeys(name, prefix, self.config)
        self._client = client
        self._allow = client.register_script(_ALLOW)
        self._success = client.register_script(_SUCCESS)
        self._failure = client.register_script(_FAILURE)
        self._state = client.register_script(_STATE)

    async def allow(self) -> BreakerDecision:
        """Whether a call may go ahead now; while half-open this takes a probe slot if one is free."""
        return self._k.decision(await self._allow(self._k.keys, self._k.allow_args()))

    async def record_success(self, probe: bool = False) -> CircuitState:
        """Report a call that worked; ``probe`` as the decision said. Returns the state after."""
        return CircuitState(_text(await self._success(self._k.keys, self._k.outcome_args(probe))))

    async def record_failure(self, probe: bool = False) -> CircuitState:
        """Report a call that failed; ``probe`` as the decision said. Returns the state after."""
        return CircuitState(_text(await self._failure(self._k.keys, self._k.outcome_args(probe))))

    async def state(self) -> BreakerState:
        """A snapshot of the circuit."""
        return self._k.snapshot(await self._state(self._k.keys, self._k.args))

    async def reset(self) -> None:
        """Close the circuit and forget its failures and probes."""
        await self._client.delete(*self._k.keys)
