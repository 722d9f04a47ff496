"""The budget store on Redis: reservations admit only what fits, commit once, release and
expire, in micro-dollars, per day, under threads and tasks."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone

import pytest
import redis
import redis.asyncio as aredis
from redis.crc import key_slot

from railgraph.state.budget import (
    DAILY_RETENTION,
    AsyncBudget,
    Budget,
    BudgetUsage,
    daily_scope,
)


def _keys(client: redis.Redis, pattern: str) -> list[bytes]:
    return list(client.scan_iter(match=pattern, count=1000))


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
