"""What tool governance and the handoff register cost, measured side by side.

1. One order question through an agent <-> tools graph (scripted model, railgraph's Redis
   saver on $REDIS_URL): the tools node bare vs. governed by the support deployment's tools
   policy (role check, per-user sliding-window rate limit in Redis), breakers and budgets.
   Interleaved runs, median of repeats; printed as turns/s and the ratio.
2. Finding overdue handoffs for ``railgraph sweep``: one ZRANGEBYSCORE on the register, with
   100 vs. 10,000 pending (not yet due) handoffs; printed as lookups/s and the ratio (the
   register's point is that the sweep does not get slower as threads pile up).

    REDIS_URL=redis://127.0.0.1:6379/0 python bench/governance.py [--turns 100] [--repeats 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.reliability_graphs import agent_graph, policy  # noqa: E402

from railgraph.compile import compile_graph  # noqa: E402
from railgraph.runner import run_turn  # noqa: E402
from railgraph.state import AsyncRedisSaver  # noqa: E402
from railgraph.state.handoffs import HandoffRegister  # noqa: E402


async def _turn(graph: Any, loaded: Any, i: int) -> float:
    start = time.perf_counter()
    result = await run_turn(graph, loaded, message="Where is my order 10042?",
                            thread_id=uuid.uuid4().hex, user_id=f"user{i % 50}")
    assert result.status == "completed", result
    return time.perf_counter() - start


async def tools_overhead(url: str, prefix: str, turns: int, repeats: int) -> tuple[float, float]:
    tools = policy("tools")
    tools["tools"]["lookup_order"]["rate_limit"] = "1000/minute"
    bare = agent_graph(tools_params={"policy": None, "escalation": None})
    governed = agent_graph(
        policies={"tools": tools, "breakers": policy("breakers"), "budgets": policy("budgets"),
                  "prices": policy("prices")},
        tools_params={"breakers": "breakers", "budgets": "budgets", "prices": "prices"})
    saver = AsyncRedisSaver.from_url(url, prefix=prefix)
    try:
        graphs = [(compile_graph(bare, checkpointer=saver), bare),
                  (compile_graph(governed, checkpointer=saver), governed)]
        for graph, loaded in graphs * 5:
            await _turn(graph, loaded, 0)
        rates: list[list[float]] = [[], []]
        for _ in range(repeats):
            # Turn by turn, alternating, so load from other processes hits both alike.
            spent = [0.0, 0.0]
            for i in range(turns):
                for index, (graph, loaded) in enumerate(graphs):
                    spent[index] += await _turn(graph, loaded, i)
            for index in (0, 1):
                rates[index].append(turns / spent[index])
        return statistics.median(rates[0]), statistics.median(rates[1])
    finally:
        await saver.aclose()


async def register_lookup(url: str, prefix: str, repeats: int) -> tuple[float, float]:
    import redis.asyncio as aredis

    client = aredis.Redis.from_url(url)
    try:
        registers = []
        for pending in (100, 10_000):
            register = HandoffRegister(client, f"{prefix}:{pending}", "support")
            later = time.time() + 3600
            await client.zadd(register.key, {f"t{i}": later + i for i in range(pending)})
            await client.zadd(register.key, {f"due{i}": 1.0 + i for i in range(5)})
            registers.append(register)
        rates: list[list[float]] = [[], []]
        for _ in range(repeats):
            spent = [0.0, 0.0]
            for _ in range(500):
                for index, register in enumerate(registers):
                    start = time.perf_counter()
                    assert len(await register.due()) == 5
                    spent[index] += time.perf_counter() - start
            for index in (0, 1):
                rates[index].append(500 / spent[index])
        return statistics.median(rates[0]), statistics.median(rates[1])
    finally:
        await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("REDIS_URL")
    if not url:
        raise SystemExit("set REDIS_URL to a Redis server (e.g. redis://127.0.0.1:6379/0)")
    prefix = f"rgbench:governance:{uuid.uuid4().hex[:8]}"
    bare, governed = asyncio.run(tools_overhead(url, prefix, args.turns, args.repeats))
    print(f"order question, tools node bare:     {bare:8.1f} turns/s")
    print(f"order question, tools node governed: {governed:8.1f} turns/s  "
          f"(ratio {governed / bare:.2f})")
    small, large = asyncio.run(register_lookup(url, prefix, args.repeats))
    print(f"overdue lookup, 100 pending:         {small:8.0f} lookups/s")
    print(f"overdue lookup, 10,000 pending:      {large:8.0f} lookups/s  "
          f"(ratio {large / small:.2f})")

    async def cleanup() -> None:
        import redis.asyncio as aredis

        client = aredis.Redis.from_url(url)
        keys = [k async for k in client.scan_iter(match=f"{prefix}:*", count=1000)]
        for start in range(0, len(keys), 500):
            await client.delete(*keys[start:start + 500])
        await client.aclose()

    asyncio.run(cleanup())


if __name__ == "__main__":
    main()
