"""The response cache: question normalisation, keys by scope, answers and hit rates in Redis."""

from __future__ import annotations

import pytest

from railgraph.policies.reliability import CachePolicy
from railgraph.reliability.cache import CacheStats, ResponseCache, normalise
from railgraph.reliability.store import ReliabilityStore


def policy(**fields: object) -> CachePolicy:
    return CachePolicy.model_validate({"kind": "cache", **fields})


FILLER = policy().filler_words


@pytest.mark.parametrize(("a", "b"), [
    ("What are your opening hours?", "opening hours"),
    ("Hi! What are your OPENING hours, please?", "hours opening"),
    ("Opening hour", "opening hours"),
    ("Café refunds", "cafe refund"),
    ("ｏｐｅｎｉｎｇ hours", "opening hours"),  # full-width letters
])
def test_equivalent_questions_normalise_alike(a: str, b: str) -> None:
    assert normalise(a, FILLER) == normalise(b, FILLER)


def test_normalise_keeps_meaningful_differences() -> None:
    assert normalise("opening hours", FILLER) != normalise("closing hours", FILLER)
    assert normalise("class", FILLER) == "class"  # "ss" is not a plural
    assert normalise("bus", FILLER) == "bus"  # short words keep their s
    assert normalise("what_is", ()) == "is what"  # underscores split words
    assert normalise("Hello, thanks!", FILLER) == ""


def test_stats_hit_rate() -> None:
    assert CacheStats().hit_rate == 0.0
    assert CacheStats({"hits": 3, "misses": 1}).hit_rate == 0.75


def test_keys_by_scope_length_and_store(store: ReliabilityStore) -> None:
    per_tenant = ResponseCache(policy(), store)
    key = per_tenant.key("What are your opening hours?", "acme")
    assert key is not None and key.startswith(f"{store.prefix}:cache:t.acme:")
    assert key == per_tenant.key("opening hours", "acme")
    assert key != per_tenant.key("opening hours", "globex")
    assert per_tenant.key("opening hours", None).startswith(f"{store.prefix}:cache:all:")
    shared = ResponseCache(policy(scope="global"), store)
    assert shared.key("opening hours", "acme") == shared.key("opening hours", "globex")
    assert ResponseCache(policy(max_question_chars=10), store).key("opening hours?", "a") is None
    assert per_tenant.key("hello thanks", "acme") is None  # nothing left to compare
    assert ResponseCache(policy(), None).key("opening hours", "acme") is None


async def test_answers_are_shared_and_lookups_counted(store: ReliabilityStore) -> None:
    cache = ResponseCache(policy(), store)
    assert await cache.get("Opening hours?", "acme") is None
    await cache.put("What are your opening hours?", "acme", "9 to 5.")
    await cache.put("Refunds?", "acme", "   ")  # blank answers are not stored
    assert await cache.get("opening HOURS please", "acme") == "9 to 5."
    assert await cache.get("opening hours", "globex") is None
    assert await cache.get("refunds", "acme") is None
    assert await cache.get("opening hours", "acme", count=False) == "9 to 5."
    stats = await cache.stats()
    assert stats == {"hits": 1, "misses": 3}
    assert stats.hit_rate == 0.25


async def test_ttl_comes_from_the_policy(store: ReliabilityStore) -> None:
    cache = ResponseCache(policy(ttl=30), store)
    await cache.put("opening hours", None, "9 to 5.")
    key = cache.key("opening hours", None)
    assert key is not None
    assert 0 < await store.client.pttl(key) <= 30_000


async def test_without_a_store_the_cache_is_off() -> None:
    cache = ResponseCache(policy(), None)
    await cache.put("opening hours", None, "9 to 5.")
    assert await cache.get("opening hours", None) is None
    assert await cache.stats() == {}
