"""Budgets, rate limits and circuit breakers on a real Redis: limits, expiry, concurrency, recovery."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urlsplit

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
from railgraph.state.budget import (
    DAILY_RETENTION,
    AsyncBudget,
    Budget,
    BudgetUsage,
    daily_scope,
)
from railgraph.state.ratelimit import AsyncRateLimiter, RateLimiter


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_url, max_connections=64)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
async def aclient(redis_url: str) -> AsyncIterator[aredis.Redis]:
    c = aredis.Redis.from_url(redis_url, max_connections=64)
    try:
        yield c
    finally:
        await c.aclose()


def _keys(client: redis.Redis, pattern: str) -> list[bytes]:
    return list(client.scan_iter(match=pattern, count=1000))


# ------------------------------------------------------------------ budget


def test_reserve_admits_only_what_fits_under_the_limit(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    first = budget.reserve("user:a", 4, 10)
    assert first is not None and first.amount == 4 and first.scope == "user:a"
    assert budget.reserve("user:a", 4, 10) is not None
    assert budget.reserve("user:a", 3, 10) is None  # 4 + 4 + 3 > 10
    assert budget.reserve("user:a", 2, 10) is not None  # exactly 10 fits
    assert budget.reserve("user:a", 0.000001, 10) is None
    assert budget.usage("user:a") == BudgetUsage(spent=0, reserved=10)
    # Scopes do not share money.
    assert budget.reserve("user:b", 10, 10) is not None


def test_commit_charges_the_actual_amount_once(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    held = budget.reserve("s", 5, 10)
    assert held is not None
    assert budget.commit(held, 2.5) is True
    assert budget.usage("s") == BudgetUsage(spent=2.5, reserved=0)
    # A retried commit is recognised, not charged twice.
    assert budget.commit(held, 2.5) is False
    assert budget.usage("s").spent == 2.5
    # The freed 2.5 is available again; the limit counts spent money.
    assert budget.reserve("s", 7.5, 10) is not None
    assert budget.reserve("s", 0.01, 10) is None

    over = Budget(client, prefix=redis_prefix)
    small = over.reserve("t", 1, 10)
    assert small is not None
    over.commit(small, 4)  # the call cost more than estimated
    assert over.usage("t") == BudgetUsage(spent=4, reserved=0)


def test_release_returns_the_hold(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    held = budget.reserve("s", 10, 10)
    assert held is not None
    assert budget.reserve("s", 1, 10) is None
    assert budget.release(held) is True
    assert budget.release(held) is False
    assert budget.usage("s") == BudgetUsage(spent=0, reserved=0)
    # A commit after the release is not charged.
    assert budget.commit(held, 10) is False
    assert budget.usage("s").spent == 0
    assert budget.reserve("s", 10, 10) is not None


def test_micro_dollars_do_not_drift(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    holds = [budget.reserve("s", 0.1, 1.0) for _ in range(10)]
    assert all(h is not None for h in holds)
    assert budget.reserve("s", 0.000001, 1.0) is None
    for h in holds:
        assert h is not None
        budget.commit(h, 0.1)
    assert budget.usage("s") == BudgetUsage(spent=1.0, reserved=0)


def test_abandoned_reservations_expire(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    crashed = budget.reserve("s", 8, 10, ttl=0.2)
    assert crashed is not None
    assert crashed.expires_at == pytest.approx(time.time() + 0.2, abs=5)
    assert budget.reserve("s", 5, 10) is None
    time.sleep(0.3)
    assert budget.usage("s") == BudgetUsage(spent=0, reserved=0)
    again = budget.reserve("s", 5, 10)
    assert again is not None
    # The expired hold's bookkeeping is gone, not merely hidden.
    amounts = client.hgetall(f"{redis_prefix}:budget:{{s}}:amounts")
    assert list(amounts) == [again.id.encode()]
    # A process that finishes after its hold lapsed still pays for what it spent.
    assert budget.commit(crashed, 3) is True
    assert budget.usage("s") == BudgetUsage(spent=3, reserved=5)


def test_rejects_bad_amounts_and_scopes(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    for amount in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            budget.reserve("s", amount, 10)
    for scope in ("", "a{b}"):
        with pytest.raises(ValueError):
            budget.reserve(scope, 1, 10)
    with pytest.raises(ValueError):
        budget.reserve("s", 1, 10, ttl=0)


def test_keys_of_a_scope_share_one_cluster_slot(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    held = budget.reserve("user:alice:2026-11-23", 1, 10)
    done = budget.reserve("user:alice:2026-11-23", 1, 10)
    assert held is not None and done is not None
    budget.commit(done, 1)
    keys = _keys(client, f"{redis_prefix}:budget:*")
    assert len(keys) == 4  # usage, expiry, amounts, settled
    assert len({key_slot(k) for k in keys}) == 1


def test_daily_scopes(client: redis.Redis, redis_prefix: str) -> None:
    assert daily_scope("user", "alice", datetime(2026, 11, 23, 22, 0)) == "user:alice:2026-11-23"
    tokyo = timezone(timedelta(hours=9))
    # 08:00 in Tokyo on the 24th is still the 23rd in UTC.
    assert daily_scope("user", "alice", datetime(2026, 11, 24, 8, 0, tzinfo=tokyo)) == "user:alice:2026-11-23"
    assert daily_scope("global", "all").endswith(datetime.now(UTC).date().isoformat())

    budget = Budget(client, prefix=redis_prefix)
    held = budget.reserve(daily_scope("user", "alice"), 1, 5)
    assert held is not None
    budget.commit(held, 1)
    daily = _keys(client, f"{redis_prefix}:budget:{{user:alice:*")
    assert daily
    for key in daily:
        assert DAILY_RETENTION * 1000 - 60_000 < client.pttl(key) <= DAILY_RETENTION * 1000
    lasting = budget.reserve("tenant:acme", 1, 5)
    assert lasting is not None
    assert client.pttl(f"{redis_prefix}:budget:{{tenant:acme}}:usage") == -1


def test_threads_never_overspend(client: redis.Redis, redis_prefix: str) -> None:
    budget = Budget(client, prefix=redis_prefix)
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: budget.reserve("s", 1, 7), range(40)))
    assert sum(r is not None for r in results) == 7
    assert budget.usage("s") == BudgetUsage(spent=0, reserved=7)


async def test_async_concurrent_reservations(aclient: aredis.Redis, redis_prefix: str) -> None:
    budget = AsyncBudget(aclient, prefix=redis_prefix)
    results = await asyncio.gather(*(budget.reserve("s", 1, 10) for _ in range(50)))
    granted = [r for r in results if r is not None]
    assert len(granted) == 10
    assert len({r.id for r in granted}) == 10
    committed = await asyncio.gather(*(budget.commit(r, 0.5) for r in granted))
    assert all(committed)
    assert await budget.usage("s") == BudgetUsage(spent=5, reserved=0)
    assert await budget.release(granted[0]) is False


async def test_async_budget_expiry_and_release(aclient: aredis.Redis, redis_prefix: str) -> None:
    budget = AsyncBudget(aclient, prefix=redis_prefix)
    lapsing = await budget.reserve("s", 6, 10, ttl=0.2)
    held = await budget.reserve("s", 4, 10)
    assert lapsing is not None and held is not None
    assert await budget.reserve("s", 1, 10) is None
    await asyncio.sleep(0.3)
    assert await budget.release(lapsing) is False  # already lapsed
    assert await budget.release(held) is True
    assert await budget.reserve("s", 10, 10) is not None


# ------------------------------------------------------------------ rate limits


def test_rate_limit_allows_exactly_n_then_recovers(redis_url: str, redis_prefix: str) -> None:
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        decisions = [limiter.hit("alice", "3/second") for _ in range(3)]
        assert [d.allowed for d in decisions] == [True, True, True]
        assert [d.remaining for d in decisions] == [2, 1, 0]
        denied = limiter.hit("alice", "3/second")
        assert not denied.allowed and denied.remaining == 0
        assert not limiter.peek("alice", "3/second").allowed
        # Other keys and other limits are counted apart.
        assert limiter.hit("bob", "3/second").allowed
        assert limiter.hit("alice", "10/minute").allowed

        time.sleep(max(0.0, denied.reset_at - time.time()) + 0.05)
        peeked = limiter.peek("alice", "3/second")
        assert peeked.allowed and peeked.remaining == 3
        assert limiter.hit("alice", "3/second").allowed


def test_rate_limit_under_threads(redis_url: str, redis_prefix: str) -> None:
    # More threads than connections: callers wait for a connection rather than fail.
    with RateLimiter(redis_url, prefix=redis_prefix, max_connections=3) as limiter:
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(lambda _: limiter.hit("k", "5/minute").allowed, range(40)))
        assert sum(results) == 5
        limiter.clear("k", "5/minute")
        assert limiter.peek("k", "5/minute").remaining == 5


def test_rate_limiter_uses_the_given_server_and_prefix(
    client: redis.Redis, redis_url: str, redis_prefix: str
) -> None:
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        kwargs = limiter._pool.connection_kwargs
        url = urlsplit(redis_url)
        assert (kwargs["host"], kwargs["port"]) == (url.hostname, url.port)
        limiter.hit("carol", "2/minute", cost=2)
        assert not limiter.hit("carol", "2/minute").allowed
    # The hits landed on the server the fixture names, under the caller's prefix.
    assert len(_keys(client, f"{redis_prefix}:ratelimit:*carol*")) == 1
    for bad in ("redis://127.0.0.1", "redis://:6379/0", "http://127.0.0.1:6379"):
        with pytest.raises(ValueError):
            RateLimiter(bad, prefix=redis_prefix)
    with RateLimiter(redis_url, prefix=redis_prefix) as limiter:
        with pytest.raises(ValueError):
            limiter.peek("k", "5/minute;10/hour")
        with pytest.raises(ValueError):
            limiter.hit("k", "5/minute", cost=0)
        # Any spelling limits understands, including multi-unit windows.
        assert limiter.hit("k", "3 per 2 seconds").remaining == 2


async def test_async_rate_limit(redis_url: str, redis_prefix: str) -> None:
    async with AsyncRateLimiter(redis_url, prefix=redis_prefix, max_connections=3) as limiter:
        results = await asyncio.gather(*(limiter.hit("k", "3/second") for _ in range(40)))
        assert sum(r.allowed for r in results) == 3
        denied = await limiter.hit("k", "3/second")
        assert not denied.allowed
        await asyncio.sleep(max(0.0, denied.reset_at - time.time()) + 0.05)
        assert (await limiter.peek("k", "3/second")).remaining == 3
        assert (await limiter.hit("k", "3/second")).allowed


# ------------------------------------------------------------------ circuit breaker

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
