"""The thread-owner store: one record per thread in Redis, claimed once, adopted from the
state's own tenant when no record exists."""

from __future__ import annotations

import asyncio
import uuid


async def test_racing_claims_have_exactly_one_winner(redis_url: str, redis_prefix: str) -> None:
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import acheck, aclaim, aowner

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        tid = str(uuid.uuid4())
        tenants = [f"tenant{n}" for n in range(24)]
        won = await asyncio.gather(*(aclaim(saver.client, redis_prefix, tid, t, saver=saver)
                                     for t in tenants))
        assert won.count(True) == 1
        winner = tenants[won.index(True)]
        assert await aowner(saver.client, redis_prefix, tid) == winner
        assert await aclaim(saver.client, redis_prefix, tid, winner) is True  # again: still its
        assert [await acheck(saver.client, redis_prefix, tid, t) for t in (winner, "other")] == [
            "own", "foreign"]
        assert await acheck(saver.client, redis_prefix, str(uuid.uuid4()), winner) == "unclaimed"
        # Deleting the thread's state keeps its owner: the id is never handed to another tenant.
        await saver.adelete_thread(tid)
        assert await aclaim(saver.client, redis_prefix, tid, "other", saver=saver) is False
    finally:
        await saver.aclose()


async def test_state_without_a_record_is_adopted_by_the_tenant_it_names(
        redis_url: str, redis_prefix: str) -> None:
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import acheck, aclaim, owner_key
    from tests.state.saver.graphs import one_step_graph

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    graph = one_step_graph(saver)
    try:
        # Written without an owner record, as before owners were recorded or by `railgraph run`.
        named, anonymous = str(uuid.uuid4()), str(uuid.uuid4())
        await graph.ainvoke({"n": 0}, {"configurable": {"thread_id": named, "tenant_id": "acme"}})
        await graph.ainvoke({"n": 0}, {"configurable": {"thread_id": anonymous}})
        client = saver.client
        assert await client.exists(owner_key(redis_prefix, named)) == 0
        assert await aclaim(client, redis_prefix, named, "globex", saver=saver) is False
        assert await client.get(owner_key(redis_prefix, named)) == b"acme"  # recorded on adoption
        assert await acheck(client, redis_prefix, named, "acme", saver=saver) == "own"
        # State that names no tenant is nobody's: refused to every tenant, never claimed.
        for tenant in ("acme", "globex"):
            assert await aclaim(client, redis_prefix, anonymous, tenant, saver=saver) is False
            assert await acheck(client, redis_prefix, anonymous, tenant, saver=saver) == "foreign"
        assert await client.exists(owner_key(redis_prefix, anonymous)) == 0
    finally:
        await saver.aclose()


def test_sync_helpers_and_the_ttl(redis_url: str, redis_prefix: str) -> None:
    from railgraph.state import RedisSaver
    from railgraph.state.owners import check, check_on, claim, claim_on, owner, owner_key

    saver = RedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        tid = "a{b}:c%d"  # braces, colons and percents stay inside the thread's hash tag
        key = owner_key(redis_prefix, tid)
        assert key.startswith(saver.codec.thread(tid))
        assert claim(saver.client, redis_prefix, tid, "acme", saver=saver, ttl=30) is True
        assert 0 < saver.client.pttl(key) <= 30_000
        saver.client.pexpire(key, 5_000)
        assert claim(saver.client, redis_prefix, tid, "acme", saver=saver, ttl=30) is True
        assert saver.client.pttl(key) > 5_000  # the owner's use extends the record
        assert claim(saver.client, redis_prefix, tid, "globex", saver=saver, ttl=30) is False
        assert owner(saver.client, redis_prefix, tid) == "acme"
        assert check(saver.client, redis_prefix, tid, "globex") == "foreign"
        # The saver forms, as `railgraph run --tenant` would use them.
        other = str(uuid.uuid4())
        assert claim_on(saver, other, "globex") is True and claim_on(saver, other, "acme") is False
        assert (check_on(saver, other, "globex"), check_on(saver, other, "acme")) == ("own", "foreign")
    finally:
        saver.close()
