"""Response cache of the support graph: hit rate, model calls and cost, with and without it.

A stream of customer questions (``QUESTIONS``: each intent asked several times, as exact
repeats, with different case, punctuation, greetings and word order, and as true paraphrases
with other words) runs through ``graphs/support.yaml``, one fresh thread per question, twice:
with the shared store (the cache answers repeats) and without (every question reaches the
model). Side by side: the cache's hit rate as railgraph counts it in Redis, the hit rate an
exact-string cache would have had on the same stream, model calls and dollars per run.

Redis: ``$REDIS_URL``, else the embedded server; keys go under a prefix unique to this run and
are deleted afterwards (nothing is flushed).

    python bench/response_cache.py
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from pathlib import Path
from typing import Any

import redis
from langgraph.checkpoint.memory import InMemorySaver

import railgraph
from railgraph.models.faults import FaultInjectingChatModel
from railgraph.models.resolve import resolve_model
from railgraph.reliability import ReliabilityStore, ResponseCache
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph
from railgraph.state.embedded import resolve_redis_url

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = ROOT / "graphs" / "support.yaml"

QUESTIONS = [
    # opening hours
    "What are your opening hours?", "what are your opening hours", "Opening hours?",
    "Hi! What are your opening hours, please?", "hours opening", "When do you open?",
    "What are your support hours?", "support hours please", "When are you open?",
    # shipping
    "How much is shipping?", "how much is shipping??", "Shipping - how much is it?",
    "Hello, how much is shipping please", "What does delivery cost?", "delivery costs",
    "Do you ship to Switzerland?", "do you ship to switzerland", "Do you deliver to Switzerland?",
    # refunds (no order number: answered through the refund policy tool, never cached)
    "Can I get a refund?", "can i get a refund", "Refund please",
    # small talk
    "Thanks!", "thank you", "Thanks a lot", "hello", "Hello!", "Hey there",
    # order status (tool results about one customer: never cached)
    "Where is my order 10042?", "where is my order 10042", "Where is order 10042?",
    # exact repeats
    "What are your opening hours?", "How much is shipping?", "Thanks!",
]


def exact_hit_rate(questions: list[str]) -> float:
    """Hits an exact-string cache would have had (every question looked up, then stored)."""
    seen: set[str] = set()
    hits = 0
    for question in questions:
        hits += question in seen
        seen.add(question)
    return hits / len(questions)


async def run(store: ReliabilityStore | None) -> dict[str, Any]:
    loaded = load_graph(SUPPORT)
    models = {name: FaultInjectingChatModel(
        inner=resolve_model("scripted:policies/scripted_model.yaml", ROOT), outcomes=["ok"])
        for name in ("fast", "smart")}
    graph = railgraph.build(loaded, models=models, checkpointer=InMemorySaver(),
                            reliability=store)
    cost = 0.0
    for question in QUESTIONS:
        result = await run_turn(graph, loaded, message=question, user_id="bench",
                                tenant_id="shop")
        cost += result.cost_usd
    out: dict[str, Any] = {"model_calls": sum(m.calls for m in models.values()), "cost": cost}
    if store is not None:
        cache = loaded.policies["response_cache"]
        out["hit_rate"] = (await ResponseCache(cache, store).stats()).hit_rate
    return out


async def main() -> None:
    logging.disable(logging.WARNING)  # the run without a store warns that the cache is off
    url, server = resolve_redis_url()
    prefix = f"bench:cache:{uuid.uuid4().hex[:8]}"
    store = ReliabilityStore.from_url(url, prefix=prefix)
    try:
        cached = await run(store)
        plain = await run(None)
    finally:
        await store.aclose()
        client = redis.Redis.from_url(url)
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)
        client.close()
        if server is not None:
            server.stop()
    n = len(QUESTIONS)
    print(f"{n} questions through graphs/support.yaml, one thread each")
    print(f"{'':28}{'no cache':>12}{'cache':>12}{'ratio':>8}")
    print(f"{'model calls':28}{plain['model_calls']:>12}{cached['model_calls']:>12}"
          f"{cached['model_calls'] / plain['model_calls']:>8.2f}")
    print(f"{'cost (USD)':28}{plain['cost']:>12.6f}{cached['cost']:>12.6f}"
          f"{cached['cost'] / plain['cost']:>8.2f}")
    print(f"hit rate (normalised key, counted in Redis): {cached['hit_rate']:.2f}")
    print(f"hit rate an exact-string cache would have:   {exact_hit_rate(QUESTIONS):.2f}")


if __name__ == "__main__":
    asyncio.run(main())
