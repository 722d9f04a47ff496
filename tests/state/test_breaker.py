"""The circuit-breaker store: closed, open, half-open with a bounded number of probes, shared
by every process on the Redis."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
import redis.asyncio as aredis
from redis.crc import key_slot

from railgraph.state.breaker import (
    AsyncCircuitBreaker,
    BreakerConfig,
    CircuitBreaker,
    CircuitState,
)


def _keys(client: redis.Redis, pattern: str) -> list[bytes]:
    return list(client.scan_iter(match=pattern, count=1000))


FAST = BreakerConfig(
    failure_threshold=3, window=10, recovery_timeout=0.3, half_open_max_probes=1, success_threshold=2
)


def test_breaker_full_cycle(client: redis.Redis, redis_prefix: str) -> None:
    breaker = CircuitBreaker(client, "model:fast", FAST, prefix=redis_prefix)
    assert breaker.allow().allowed
    assert breaker.record_failure() is CircuitState.CLOSED
    assert breaker.record_failure() is CircuitState.CLOSED
    assert breaker.state().failures == 2
    assert breaker.record_failure() is CircuitState.OPEN

    snap = breaker.state()
    assert snap.state is CircuitState.OPEN and snap.opened_at is not None
    refused = breaker.allow()
    assert not refused.allowed and refused.state is CircuitState.OPEN
    # Late outcomes of calls admitted before it opened change nothing.
    assert breaker.record_success() is CircuitState.OPEN

    time.sleep(0.35)
    assert breaker.state().state is CircuitState.HALF_OPEN
    probe = breaker.allow()
    assert probe.allowed and probe.probe and probe.state is CircuitState.HALF_OPEN
    assert not breaker.allow().allowed  # one probe at a time
    assert breaker.state().probes_in_flight == 1
    assert breaker.record_success(probe=True) is CircuitState.HALF_OPEN  # 1 of 2 successes
    assert breaker.state().successes == 1
    second = breaker.allow()
    assert second.probe
    assert breaker.record_success(probe=True) is CircuitState.CLOSED

    closed = breaker.state()
    assert closed.state is CircuitState.CLOSED
    assert (closed.failures, closed.opened_at, closed.probes_in_flight) == (0, None, 0)
    decision = breaker.allow()
    assert decision.allowed and not decision.probe


def test_failed_probe_reopens(client: redis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=1, window=10, recovery_timeout=0.2)
    breaker = CircuitBreaker(client, "tool:search", config, prefix=redis_prefix)
    breaker.record_failure()
    first_open = breaker.state().opened_at
    time.sleep(0.25)
    probe = breaker.allow()
    assert probe.probe
    assert breaker.record_failure(probe=True) is CircuitState.OPEN
    reopened = breaker.state()
    assert reopened.state is CircuitState.OPEN and reopened.probes_in_flight == 0
    assert first_open is not None and reopened.opened_at is not None
    assert reopened.opened_at > first_open
    assert not breaker.allow().allowed


def test_failures_outside_the_window_are_forgotten(client: redis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=2, window=0.2)
    breaker = CircuitBreaker(client, "m", config, prefix=redis_prefix)
    breaker.record_failure()
    time.sleep(0.25)
    assert breaker.state().failures == 0
    assert breaker.record_failure() is CircuitState.CLOSED
    assert breaker.record_failure() is CircuitState.OPEN


def test_concurrent_failures_are_all_counted(client: redis.Redis, redis_prefix: str) -> None:
    breaker = CircuitBreaker(client, "m", BreakerConfig(failure_threshold=1000), prefix=redis_prefix)
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda _: breaker.record_failure(), range(60)))
    assert breaker.state().failures == 60


def test_half_open_admits_at_most_max_probes_across_threads(client: redis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=1, recovery_timeout=0.2, half_open_max_probes=3)
    breaker = CircuitBreaker(client, "m", config, prefix=redis_prefix)
    breaker.record_failure()
    time.sleep(0.25)
    with ThreadPoolExecutor(max_workers=16) as pool:
        decisions = list(pool.map(lambda _: breaker.allow(), range(40)))
    assert sum(d.allowed for d in decisions) == 3
    assert all(d.probe for d in decisions if d.allowed)
    assert breaker.state().probes_in_flight == 3


def test_abandoned_probe_slots_lapse(client: redis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=1, recovery_timeout=0.1, probe_timeout=0.2)
    breaker = CircuitBreaker(client, "m", config, prefix=redis_prefix)
    breaker.record_failure()
    time.sleep(0.15)
    assert breaker.allow().probe  # this caller "crashes" and never reports
    assert not breaker.allow().allowed
    time.sleep(0.25)
    assert breaker.state().probes_in_flight == 0
    assert breaker.allow().probe


def test_breaker_reset_and_shared_state(client: redis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=1)
    one = CircuitBreaker(client, "m", config, prefix=redis_prefix)
    other = CircuitBreaker(client, "m", config, prefix=redis_prefix)
    unrelated = CircuitBreaker(client, "n", config, prefix=redis_prefix)
    one.record_failure()
    assert not other.allow().allowed  # another process sees the same circuit
    assert unrelated.allow().allowed
    keys = _keys(client, f"{redis_prefix}:breaker:{{m}}:*")
    assert len({key_slot(k) for k in keys}) == 1
    other.reset()
    assert one.state().state is CircuitState.CLOSED
    assert one.allow().allowed
    with pytest.raises(ValueError):
        BreakerConfig(failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker(client, "a{b}", prefix=redis_prefix)


async def test_async_breaker_cycle_and_probe_limit(aclient: aredis.Redis, redis_prefix: str) -> None:
    config = BreakerConfig(failure_threshold=2, recovery_timeout=0.2, half_open_max_probes=2)
    breaker = AsyncCircuitBreaker(aclient, "model:fast", config, prefix=redis_prefix)
    await asyncio.gather(breaker.record_failure(), breaker.record_failure())
    assert (await breaker.state()).state is CircuitState.OPEN
    await asyncio.sleep(0.25)
    decisions = await asyncio.gather(*(breaker.allow() for _ in range(30)))
    probes = [d for d in decisions if d.allowed]
    assert len(probes) == 2 and all(d.probe for d in probes)
    assert await breaker.record_success(probe=True) is CircuitState.CLOSED
    # The other probe's outcome arrives after the circuit closed; it changes nothing.
    assert await breaker.record_success(probe=True) is CircuitState.CLOSED
    assert (await breaker.allow()).allowed
    await breaker.reset()
    assert (await breaker.state()).failures == 0
