"""Latency of the support agent's Colang rails (rails/support), warm, in one process.

For each case: the median and p95 of ``--calls`` sequential calls through railgraph's
``RailsRunner`` next to the same call made on NeMo's ``LLMRails.check_async`` directly, so the
ratio is what the adapter adds. Also the one-off cost of building the runner (import + parse +
LLMRails). No LLM and no embedding model are involved.

    python bench/rails_latency.py [--calls 100] [--warmup 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from railgraph.integrations.nemo import RailsRunner, get_rails  # noqa: E402

Call = Callable[[], Awaitable[Any]]


async def timed(ours: Call, theirs: Call, calls: int, warmup: int,
                ) -> tuple[list[float], list[float]]:
    """Samples of both calls, alternated so that load from other processes hits both alike."""
    for _ in range(warmup):
        await ours()
        await theirs()
    mine: list[float] = []
    base: list[float] = []
    for _ in range(calls):
        for call, samples in ((ours, mine), (theirs, base)):
            start = time.perf_counter()
            await call()
            samples.append((time.perf_counter() - start) * 1000)
    return mine, base


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def cases(runner: RailsRunner) -> list[tuple[str, str, Call, Call]]:
    from nemoguardrails.rails.llm.options import RailType

    nemo = runner._rails  # the same LLMRails, called without the adapter
    question = "Hi, where is my order 1002? It was due on Monday."
    legal = "I need a lawyer for my refund dispute"
    answer = "Your order 1002 shipped yesterday and should arrive on Friday."
    leak = "Your refund is on its way. INTERNAL: customer flagged for chargeback abuse."

    def direct(messages: list[dict[str, str]], rail: Any) -> Call:
        return lambda: nemo.check_async(messages, rail_types=[rail])

    user = {"role": "user", "content": question}
    return [
        ("check_input", "passed", lambda: runner.check_input(question),
         direct([user], RailType.INPUT)),
        ("check_input", "blocked", lambda: runner.check_input(legal),
         direct([{"role": "user", "content": legal}], RailType.INPUT)),
        ("check_output", "passed", lambda: runner.check_output(answer, question),
         direct([user, {"role": "assistant", "content": answer}], RailType.OUTPUT)),
        ("check_output", "blocked", lambda: runner.check_output(leak, question),
         direct([user, {"role": "assistant", "content": leak}], RailType.OUTPUT)),
    ]


async def main(calls: int, warmup: int) -> None:
    start = time.perf_counter()
    runner = get_rails(ROOT / "rails" / "support")
    build_ms = (time.perf_counter() - start) * 1000
    print(f"rails/support: {len(runner.input_rails)} input flows, "
          f"{len(runner.output_rails)} output flows; runner built in {build_ms:.0f} ms "
          "(cold: import + parse + LLMRails)")
    print(f"{calls} calls each after {warmup} warm-up calls, times in ms\n")
    print(f"{'call':<14}{'outcome':<9}{'railgraph':>11}{'p95':>8}{'NeMo':>9}{'p95':>8}"
          f"{'ratio':>8}")
    for name, outcome, ours, theirs in cases(runner):
        mine, base = await timed(ours, theirs, calls, warmup)
        ratio = statistics.median(mine) / statistics.median(base)
        print(f"{name:<14}{outcome:<9}{statistics.median(mine):>11.2f}{p95(mine):>8.2f}"
              f"{statistics.median(base):>9.2f}{p95(base):>8.2f}{ratio:>8.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.calls, args.warmup))
