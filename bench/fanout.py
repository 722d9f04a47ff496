"""Parallel fan-out: three specialists that each wait 200 ms, at once and one after another.

A coordinator calls three in-process specialist graphs whose one node sleeps 200 ms (standing
in for a model call or a remote specialist). Three shapes of the same work are compared,
interleaved, median of the repeats:

- ``single``: one specialist (one wait: the floor);
- ``fanout``: a ``fanout`` node with the three (LangGraph ``Send``, one task each);
- ``sequential``: three ``agent`` nodes in a row.

A fan-out that really runs its specialists concurrently costs about one wait (ratio to
``single`` near 1.0), not three (ratio to ``sequential`` near 0.33). With ``REDIS_URL`` set the
coordinator also runs on railgraph's Redis saver, as in production (``--redis``).

    python bench/fanout.py [--repeats 7] [--wait 0.2] [--redis]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

from railgraph.compile import compile_graph  # noqa: E402
from railgraph.spec.loader import LoadedGraph, load_graph_data  # noqa: E402

WAIT_SECONDS = float(os.environ.get("RAILGRAPH_BENCH_WAIT", "0.2"))
AGENTS = ("alpha", "beta", "gamma")


async def wait(state: dict[str, Any]) -> dict[str, Any]:
    """The specialist's only node: wait as a model call or a remote specialist would."""
    await asyncio.sleep(WAIT_SECONDS)
    return {"response": "done"}


def specialist_file(folder: Path) -> Path:
    # `root` is this folder, so `fanout:wait` imports this very module.
    data = {"railgraph": 1, "name": "waiter", "version": "1.0.0", "root": str(HERE),
            "entry": "work", "nodes": [{"id": "work", "kind": "custom",
                                        "params": {"function": "fanout:wait"}}],
            "edges": [{"from": "work", "to": "END"}]}
    path = folder / "waiter.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def coordinator(shape: str, specialist: Path) -> LoadedGraph:
    """The same three specialists as a fan-out, in sequence, or just one of them."""
    agents = {name: {"graph": str(specialist)} for name in AGENTS}
    if shape == "fanout":
        nodes: list[dict[str, Any]] = [
            {"id": "ask", "kind": "fanout", "params": {"agents": list(AGENTS)}}]
    else:
        names = AGENTS if shape == "sequential" else AGENTS[:1]
        nodes = [{"id": f"ask_{n}", "kind": "agent", "params": {"agent": n}} for n in names]
    ids = [n["id"] for n in nodes]
    edges = [{"from": a, "to": b} for a, b in itertools.pairwise(ids)]
    edges += [{"from": ids[-1], "to": "respond"}, {"from": "respond", "to": "END"}]
    data = {"railgraph": 1, "name": f"bench_{shape}", "version": "1.0.0", "root": str(ROOT),
            "agents": agents, "entry": ids[0],
            "nodes": [*nodes, {"id": "respond", "kind": "respond"}], "edges": edges}
    return load_graph_data(data, base_dir=ROOT / "graphs")


async def time_run(graph: Any) -> float:
    config = {"configurable": {"thread_id": uuid.uuid4().hex}}
    start = time.perf_counter()
    out = await graph.ainvoke({"messages": [("user", "go")]}, config)
    elapsed = time.perf_counter() - start
    statuses = {r["status"] for r in out["agents"].values()}
    assert statuses == {"completed"}, statuses
    return elapsed


async def main(repeats: int, use_redis: bool) -> None:
    saver = None
    if use_redis:
        from railgraph.state import AsyncRedisSaver

        url = os.environ.get("REDIS_URL")
        if not url:
            sys.exit("--redis needs REDIS_URL")
        prefix = f"rgbench:{uuid.uuid4().hex[:8]}"
        saver = AsyncRedisSaver.from_url(url, prefix=prefix)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            specialist = specialist_file(Path(tmp))
            shapes = ("single", "fanout", "sequential")
            graphs = {s: compile_graph(coordinator(s, specialist), checkpointer=saver) for s in shapes}
            for shape in shapes:  # warm-up: imports, first compile of each specialist
                await time_run(graphs[shape])
            times: dict[str, list[float]] = {s: [] for s in shapes}
            for _ in range(repeats):
                for shape in shapes:
                    times[shape].append(await time_run(graphs[shape]))
    finally:
        if saver is not None:
            keys = [k async for k in saver.client.scan_iter(match=f"{prefix}:*", count=1000)]
            if keys:
                await saver.client.delete(*keys)
            await saver.aclose()
    median = {s: statistics.median(t) for s, t in times.items()}
    where = "Redis saver" if use_redis else "no checkpointer"
    print(f"fan-out to {len(AGENTS)} specialists waiting {WAIT_SECONDS * 1000:.0f} ms each "
          f"({where}, median of {repeats}):")
    for shape in ("single", "fanout", "sequential"):
        print(f"  {shape:<11} {median[shape] * 1000:8.1f} ms")
    print(f"  fanout / single     = {median['fanout'] / median['single']:.2f}  (1.00 = one wait)")
    print(f"  fanout / sequential = {median['fanout'] / median['sequential']:.2f}  "
          f"(0.33 = fully parallel)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--wait", type=float, default=WAIT_SECONDS, help="seconds each waits")
    parser.add_argument("--redis", action="store_true", help="run on the Redis saver ($REDIS_URL)")
    args = parser.parse_args()
    os.environ["RAILGRAPH_BENCH_WAIT"] = str(args.wait)  # read again when `fanout:wait` imports
    WAIT_SECONDS = args.wait
    asyncio.run(main(args.repeats, args.redis))
