"""Checkpoint savers side by side: throughput, round trips, Redis memory and bytes per chat turn.

What is measured, on one Redis server (``--url``; default ``$REDIS_URL`` or
``redis://127.0.0.1:6379/9``), every key under a prefix unique to this run and
deleted afterwards (the script never flushes a database):

1. Throughput. A 5-node LangGraph graph (START -> n1 .. n5 -> END, each node
   appending one item to an ``Annotated[list, operator.add]`` field), a fresh
   ``thread_id`` per invoke, LangGraph's default durability ("async"), in two
   modes: sync ``graph.invoke`` (``--runs`` sequential calls) and ``ainvoke``
   50-way concurrent (``asyncio.gather`` over batches of 50; async node bodies).
   Savers: none, InMemorySaver, SqliteSaver / AsyncSqliteSaver on a temp file,
   langgraph-checkpoint-plainredis, langgraph-checkpoint-redis (only when it is
   installed and the server has RedisJSON + RediSearch) and railgraph's
   ``RedisSaver`` / ``AsyncRedisSaver``. Every repeat makes fresh savers, warms
   them up (20 invokes, or one batch of 50), then times ``--runs`` invokes each;
   their keys / files are removed after the repeat. Within a repeat every saver
   is open at once and the timed runs are interleaved round-robin in slices of
   50 invokes (one 50-way batch in async mode), so a burst of load from other
   processes hits all savers alike; the order rotates every repeat. Cells show
   the median runs/s over ``--repeats`` repeats and [min-max]; ratios compare
   medians, with the range of the per-repeat ratios. A reference row runs
   railgraph's savers with every script call replaced by a PING on the same
   leased connection and the reply faked: the same request building and client
   path, no server work, so it bounds what any saver that needs one round trip
   per call can reach in this graph on this machine.
2. Round trips. Real calls are recorded from one run of the 5-node graph (7
   ``put``, 6 ``put_writes``) and replayed against a sync saver for 100 fresh
   threads, then ``get_tuple`` (latest) is called on each. Round trips are
   counted on the client: the pool's connection class is swapped for one that
   counts ``send_packed_command`` calls (a pipeline or MULTI/EXEC transaction is
   one send, so one round trip) and the bytes sent. Server-side work comes from
   ``INFO commandstats`` deltas around each phase (commands run inside Lua
   scripts count; ``INFO`` itself is excluded). commandstats is server-wide, so
   other clients of the same server inflate it; the client counts are exact.
   "per 5-node invoke" counts whole invokes (50 of them, after a warm-up).
3. Redis memory per run. ``INFO memory used_memory`` before and after
   ``--runs`` sync invokes, divided by the number of runs (server-wide, noisy),
   next to the sum of ``MEMORY USAGE`` over this saver's keys (exact).
4. Bytes per chat turn. One thread of ``--turns`` turns, each a ~100-character
   HumanMessage answered by one node with a ~200-character AIMessage, through
   railgraph's sync saver; bytes sent to Redis per turn are summed from the
   packed commands (read commands included, they are small); the payload of the
   replies (what the turn loads) is shown separately. Variants: a state with
   ``messages: Annotated[list[AnyMessage], add_messages]`` (what railgraph's
   ``AgentState`` declares) and, for reference, LangGraph's own ``DeltaChannel``
   over ``add_messages``. Goal: turn N / turn 10 <= 2.

    python bench/savers.py [--url redis://127.0.0.1:6379/9] [--runs 300] [--repeats 3]
                           [--turns 500] [--markdown]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import operator
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    AsyncExitStack,
    ExitStack,
    asynccontextmanager,
    contextmanager,
    suppress,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypedDict

import redis
import redis.asyncio as aredis
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.channels import DeltaChannel
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CONCURRENCY = 50
SYNC_WARMUP = 20
SLICE = 50
NODES = 5
RTT_THREADS = 100
RTT_INVOKES = 50

Saver = BaseCheckpointSaver[Any] | None


# ------------------------------------------------------------------ wire counting


class Wire:
    """Commands sent (round trips), bytes sent and reply payload bytes read."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sends = 0
        self.bytes = 0
        self.read = 0

    def snapshot(self) -> tuple[int, int, int]:
        with self.lock:
            return self.sends, self.bytes, self.read


WIRE = Wire()


class CountingConnection(redis.Connection):
    """A redis-py connection that counts what it sends: one send is one round trip."""

    def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        chunks = [command] if isinstance(command, (bytes, str)) else command
        size = sum(len(c) for c in chunks)
        with WIRE.lock:
            WIRE.sends += 1
            WIRE.bytes += size
        super().send_packed_command(command, check_health)

    def read_response(self, *args: Any, **kwargs: Any) -> Any:
        reply = super().read_response(*args, **kwargs)
        size = payload_size(reply)
        with WIRE.lock:
            WIRE.read += size
        return reply


def payload_size(reply: Any) -> int:
    """Bytes of the strings in a parsed reply (RESP framing not counted)."""
    if isinstance(reply, (bytes, str)):
        return len(reply)
    if isinstance(reply, (list, tuple)):
        return sum(payload_size(r) for r in reply)
    if isinstance(reply, dict):
        return sum(payload_size(k) + payload_size(v) for k, v in reply.items())
    return 0 if reply is None else len(str(reply))


def count_wire(client: redis.Redis) -> None:
    """Make every future connection of ``client``'s pool a counting one."""
    pool = client.connection_pool
    pool.disconnect()
    pool.connection_class = CountingConnection


# ------------------------------------------------------------------ context


@dataclass
class Ctx:
    """What every measurement shares: the server, this run's key namespace, a temp dir."""

    url: str
    admin: redis.Redis
    run_id: str
    tmp: Path
    runs: int

    def prefix(self, tag: str) -> str:
        return f"{self.run_id}:{tag}"

    def keys(self, prefix: str) -> list[bytes]:
        return list(self.admin.scan_iter(match=f"{prefix}:*", count=2000))

    def drop_keys(self, prefix: str) -> int:
        """Delete every key under ``prefix``; returns how many."""
        keys = self.keys(prefix)
        for start in range(0, len(keys), 1000):
            self.admin.unlink(*keys[start:start + 1000])
        return len(keys)


def safe_url(url: str) -> str:
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return url


# ------------------------------------------------------------------ the 5-node graph


class BenchState(TypedDict):
    items: Annotated[list[int], operator.add]


def bench_graph(saver: Saver, *, asynchronous: bool) -> Any:
    builder = StateGraph(BenchState)
    previous = START
    for i in range(1, NODES + 1):
        if asynchronous:
            async def node(state: BenchState, i: int = i) -> dict[str, list[int]]:
                return {"items": [i]}
            builder.add_node(f"n{i}", node)
        else:
            def sync_node(state: BenchState, i: int = i) -> dict[str, list[int]]:
                return {"items": [i]}
            builder.add_node(f"n{i}", sync_node)
        builder.add_edge(previous, f"n{i}")
        previous = f"n{i}"
    builder.add_edge(previous, END)
    return builder.compile(checkpointer=saver)


def thread(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id}}


INPUT: dict[str, Any] = {"items": []}


# ------------------------------------------------------------------ contenders

SyncFactory = Callable[[Ctx, str], AbstractContextManager[Saver]]
AsyncFactory = Callable[[Ctx, str], AbstractAsyncContextManager[Saver]]


@dataclass
class Contender:
    """One saver (both flavours) in the throughput comparison."""

    key: str
    label: str
    sync: SyncFactory | None
    asynchronous: AsyncFactory | None
    skip: tuple[str, str] | None = None
    failure: dict[str, str] = field(default_factory=dict)


@contextmanager
def no_saver(ctx: Ctx, tag: str) -> Iterator[Saver]:
    yield None


@asynccontextmanager
async def ano_saver(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    yield None


@contextmanager
def memory(ctx: Ctx, tag: str) -> Iterator[Saver]:
    yield InMemorySaver()


@asynccontextmanager
async def amemory(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    yield InMemorySaver()


@contextmanager
def sqlite(ctx: Ctx, tag: str) -> Iterator[Saver]:
    from langgraph.checkpoint.sqlite import SqliteSaver

    path = ctx.tmp / f"{tag}.sqlite"
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        saver = SqliteSaver(conn)
        saver.setup()
        yield saver
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


@asynccontextmanager
async def asqlite(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    path = ctx.tmp / f"{tag}.sqlite"
    conn = await aiosqlite.connect(path)
    try:
        saver = AsyncSqliteSaver(conn)
        await saver.setup()
        yield saver
    finally:
        await conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


# plainredis has no pool-size option: hand it clients with a large pool (redis-py 8
# otherwise caps a pool at 100 and raises when 50 concurrent runs exhaust it).
@contextmanager
def plainredis(ctx: Ctx, tag: str) -> Iterator[Saver]:
    from langgraph_checkpoint_plainredis import RedisSaver

    prefix = ctx.prefix(tag)
    client = redis.Redis(connection_pool=redis.ConnectionPool.from_url(
        ctx.url, max_connections=1000, protocol=2, socket_timeout=5.0))
    try:
        yield RedisSaver(client=client, prefix=prefix)
    finally:
        client.close()
        ctx.drop_keys(prefix)


@asynccontextmanager
async def aplainredis(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    from langgraph_checkpoint_plainredis import AsyncRedisSaver

    prefix = ctx.prefix(tag)
    client = aredis.Redis(connection_pool=aredis.ConnectionPool.from_url(
        ctx.url, max_connections=1000, protocol=2, socket_timeout=5.0))
    try:
        yield AsyncRedisSaver(client=client, prefix=prefix)
    finally:
        await client.aclose()
        ctx.drop_keys(prefix)


@contextmanager
def railgraph(ctx: Ctx, tag: str) -> Iterator[Saver]:
    from railgraph.state import RedisSaver

    prefix = ctx.prefix(tag)
    saver = RedisSaver.from_url(ctx.url, prefix=prefix, max_connections=64)
    try:
        yield saver
    finally:
        saver.close()
        ctx.drop_keys(prefix)


@asynccontextmanager
async def arailgraph(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    from railgraph.state import AsyncRedisSaver

    prefix = ctx.prefix(tag)
    saver = AsyncRedisSaver.from_url(ctx.url, prefix=prefix, max_connections=256)
    try:
        yield saver
    finally:
        await saver.aclose()
        ctx.drop_keys(prefix)


# A reference, not a saver: railgraph's savers with each script call replaced by a
# PING on the same leased connection (the cheapest command a server answers: about
# 0.2 µs of server time) and the reply faked. Requests are still built and packed,
# so it is what any saver that needs one round trip per call can reach in this graph
# at best on this machine: the same client path, no server work. (A timed sleep is
# no substitute: here sleeping 87 µs takes 173 µs, asyncio.sleep over 1 ms.)
_FAKE_REPLIES = {"put": [b"ok"], "put_writes": 1, "get": None, "delete": 0}
_PING = b"*1\r\n$4\r\nPING\r\n"


def measure_round_trip(url: str, samples: int = 2000) -> float:
    """Median seconds of one trivial EVALSHA on a connection held throughout."""
    client = redis.Redis.from_url(url)
    try:
        script = client.register_script("return 1")
        script()
        conn = client.connection_pool.get_connection()
        packed = conn.pack_command("EVALSHA", script.sha, 0)
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            conn.send_packed_command(packed)
            conn.read_response()
            times.append(time.perf_counter() - start)
        client.connection_pool.release(conn)
        return statistics.median(times)
    finally:
        client.close()


@contextmanager
def pinging(ctx: Ctx, tag: str) -> Iterator[Saver]:
    from railgraph.state import RedisSaver

    class PingingSaver(RedisSaver):
        # The real send path (leases, resend rules); only the command and reply differ.
        def _packed(self, request: Any, *, source: bool = False) -> bytes:
            super()._packed(request, source=source)
            return _PING

        def _send(self, request: Any) -> Any:
            super()._send(request)
            return _FAKE_REPLIES[request[0]]

    with PingingSaver.from_url(ctx.url, prefix=ctx.prefix(tag), max_connections=64) as saver:
        yield saver


@asynccontextmanager
async def apinging(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    from railgraph.state import AsyncRedisSaver

    class PingingSaver(AsyncRedisSaver):
        def _packed(self, request: Any, *, source: bool = False) -> bytes:
            super()._packed(request, source=source)
            return _PING

        async def _send(self, request: Any) -> Any:
            await super()._send(request)
            return _FAKE_REPLIES[request[0]]

    async with PingingSaver.from_url(ctx.url, prefix=ctx.prefix(tag),
                                     max_connections=256) as saver:
        yield saver


def _lg_redis_prefixes(prefix: str) -> dict[str, str]:
    # 0.5 keeps channel values inside the checkpoint document: no blob prefix any more.
    return {"checkpoint_prefix": f"{prefix}:checkpoint",
            "checkpoint_write_prefix": f"{prefix}:checkpoint_write"}


def _lg_redis_cleanup(ctx: Ctx, prefix: str, tag: str) -> None:
    """Delete a langgraph-checkpoint-redis saver's keys and its two search indexes.

    Its write registry (``write_keys_zset:<thread>:...``) is not under the saver's prefix, so
    it is found by the thread ids this tag used.
    """
    ctx.drop_keys(prefix)
    stray = list(ctx.admin.scan_iter(match=f"write_keys_zset:{tag}-*", count=2000))
    for start in range(0, len(stray), 1000):
        ctx.admin.unlink(*stray[start:start + 1000])
    for index in _lg_redis_prefixes(prefix).values():
        with suppress(redis.ResponseError):
            ctx.admin.execute_command("FT.DROPINDEX", index)


@contextmanager
def lg_redis(ctx: Ctx, tag: str) -> Iterator[Saver]:
    from langgraph.checkpoint.redis import RedisSaver

    prefix = ctx.prefix(tag)
    client = redis.Redis(connection_pool=redis.ConnectionPool.from_url(
        ctx.url, max_connections=1000))
    try:
        saver = RedisSaver(redis_client=client, **_lg_redis_prefixes(prefix))
        saver.setup()
        yield saver
    finally:
        client.close()
        _lg_redis_cleanup(ctx, prefix, tag)


@asynccontextmanager
async def alg_redis(ctx: Ctx, tag: str) -> AsyncIterator[Saver]:
    from langgraph.checkpoint.redis.aio import AsyncRedisSaver

    prefix = ctx.prefix(tag)
    client = aredis.Redis(connection_pool=aredis.ConnectionPool.from_url(
        ctx.url, max_connections=1000))
    try:
        saver = AsyncRedisSaver(redis_client=client, **_lg_redis_prefixes(prefix))
        await saver.asetup()
        yield saver
    finally:
        await client.aclose()
        _lg_redis_cleanup(ctx, prefix, tag)


def server_modules(admin: redis.Redis) -> list[str]:
    try:
        entries = admin.module_list()
    except redis.ResponseError:
        return []
    names = []
    for entry in entries:
        name = entry.get(b"name", entry.get("name", b""))
        names.append(name.decode() if isinstance(name, bytes) else str(name))
    return names


def lg_redis_skip(admin: redis.Redis) -> tuple[str, str] | None:
    """Why langgraph-checkpoint-redis cannot run here (short, detail), or None when it can."""
    installed = importlib.util.find_spec("langgraph.checkpoint.redis") is not None
    modules = {m.lower() for m in server_modules(admin)}
    has_modules = "rejson" in modules and "search" in modules
    if installed and has_modules:
        return None
    why = []
    if not installed:
        why.append("package not installed")
    if not has_modules:
        why.append("server has no RedisJSON/RediSearch")
    return "skipped: needs RedisJSON + RediSearch", "; ".join(why)


def contenders(admin: redis.Redis) -> list[Contender]:
    return [
        Contender("none", "no checkpointer", no_saver, ano_saver),
        Contender("memory", "InMemorySaver", memory, amemory),
        Contender("sqlite", "SqliteSaver / AsyncSqliteSaver (file)", sqlite, asqlite),
        Contender("plain", "langgraph-checkpoint-plainredis", plainredis, aplainredis),
        Contender("lgredis", "langgraph-checkpoint-redis", lg_redis, alg_redis,
                  skip=lg_redis_skip(admin)),
        Contender("railgraph", "railgraph RedisSaver / AsyncRedisSaver", railgraph, arailgraph),
        Contender("pinging", "reference: a PING instead of each script, replies faked",
                  pinging, apinging),
    ]


# ------------------------------------------------------------------ 1. throughput


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


Samples = dict[tuple[str, str], dict[int, float]]
"""runs/s per (contender key, mode), by repeat."""


def _fail(c: Contender, mode: str, exc: Exception) -> None:
    c.failure[mode] = f"failed: {type(exc).__name__}: {exc}"[:120]


def sync_repeat(ctx: Ctx, order: list[Contender], r: int, samples: Samples) -> None:
    """One repeat of the sync mode: every saver open, slices of SLICE runs interleaved."""
    with ExitStack() as stack:
        live: list[tuple[Contender, Any, str]] = []
        for c in order:
            if "sync" in c.failure or c.sync is None:
                continue
            tag = f"{c.key}-s{r}"
            try:
                graph = bench_graph(stack.enter_context(c.sync(ctx, tag)), asynchronous=False)
                for i in range(SYNC_WARMUP):
                    graph.invoke(INPUT, thread(f"{tag}-w{i}"))
            except Exception as exc:  # a broken saver is reported, not fatal
                _fail(c, "sync", exc)
                continue
            live.append((c, graph, tag))
        elapsed = dict.fromkeys((c.key for c, _, _ in live), 0.0)
        for first in range(0, ctx.runs, SLICE):
            for c, graph, tag in live:
                if "sync" in c.failure:
                    continue
                gc.collect()
                start = time.perf_counter()
                try:
                    for i in range(first, min(ctx.runs, first + SLICE)):
                        graph.invoke(INPUT, thread(f"{tag}-{i}"))
                except Exception as exc:
                    _fail(c, "sync", exc)
                elapsed[c.key] += time.perf_counter() - start
        for c, _, _ in live:
            if "sync" not in c.failure:
                samples.setdefault((c.key, "sync"), {})[r] = ctx.runs / elapsed[c.key]
                log(f"repeat {r + 1} sync   {c.label}: "
                    f"{samples[(c.key, 'sync')][r]:.0f} runs/s")


async def async_repeat(ctx: Ctx, order: list[Contender], r: int, samples: Samples) -> None:
    """One repeat of the async mode: every saver open, batches of 50 interleaved."""
    async with AsyncExitStack() as stack:
        live: list[tuple[Contender, Any, str]] = []
        for c in order:
            if "async" in c.failure or c.asynchronous is None:
                continue
            tag = f"{c.key}-a{r}"
            try:
                saver = await stack.enter_async_context(c.asynchronous(ctx, tag))
                graph = bench_graph(saver, asynchronous=True)
                await asyncio.gather(*(graph.ainvoke(INPUT, thread(f"{tag}-w{i}"))
                                       for i in range(CONCURRENCY)))
            except Exception as exc:
                _fail(c, "async", exc)
                continue
            live.append((c, graph, tag))
        elapsed = dict.fromkeys((c.key for c, _, _ in live), 0.0)
        for first in range(0, ctx.runs, CONCURRENCY):
            for c, graph, tag in live:
                if "async" in c.failure:
                    continue
                gc.collect()
                start = time.perf_counter()
                try:
                    await asyncio.gather(*(graph.ainvoke(INPUT, thread(f"{tag}-{i}"))
                                           for i in range(first, min(ctx.runs, first + CONCURRENCY))))
                except Exception as exc:
                    _fail(c, "async", exc)
                elapsed[c.key] += time.perf_counter() - start
        for c, _, _ in live:
            if "async" not in c.failure:
                samples.setdefault((c.key, "async"), {})[r] = ctx.runs / elapsed[c.key]
                log(f"repeat {r + 1} async  {c.label}: "
                    f"{samples[(c.key, 'async')][r]:.0f} runs/s")


def throughput(ctx: Ctx, field_: list[Contender], repeats: int) -> Samples:
    """Round-robin over savers within each repeat, the order rotated every repeat."""
    samples: Samples = {}
    live = [c for c in field_ if c.skip is None]
    for r in range(repeats):
        order = live[r % len(live):] + live[:r % len(live)]
        sync_repeat(ctx, order, r, samples)
        asyncio.run(async_repeat(ctx, order, r, samples))
    return samples


# ------------------------------------------------------------------ 2. round trips


class Recorder(InMemorySaver):
    """InMemorySaver that keeps the arguments of every put and put_writes."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def put(self, config: RunnableConfig, checkpoint: Any, metadata: Any,
            new_versions: Any) -> RunnableConfig:
        self.calls.append(("put", (config, checkpoint, metadata, new_versions)))
        return super().put(config, checkpoint, metadata, new_versions)

    def put_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]],
                   task_id: str, task_path: str = "") -> None:
        self.calls.append(("put_writes", (config, list(writes), task_id, task_path)))
        super().put_writes(config, writes, task_id, task_path)


def with_thread(config: RunnableConfig, thread_id: str) -> RunnableConfig:
    return {**config, "configurable": {**config["configurable"], "thread_id": thread_id}}


def commandstats(admin: redis.Redis) -> dict[str, int]:
    stats = admin.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in stats.items()}


def stats_delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    delta = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    return {k: v for k, v in delta.items() if v > 0 and k != "info"}


@dataclass
class OpCount:
    """Per-call cost of one saver operation."""

    calls: int = 0
    sends: int = 0
    bytes: int = 0
    server: dict[str, int] = field(default_factory=dict)

    def rtt(self) -> float:
        return self.sends / self.calls if self.calls else float("nan")

    def server_total(self) -> float:
        return sum(self.server.values()) / self.calls if self.calls else float("nan")

    def breakdown(self) -> str:
        parts = sorted(self.server.items(), key=lambda kv: (-kv[1], kv[0]))
        return ", ".join(f"{name} {n / self.calls:.2g}" for name, n in parts)


@dataclass
class RttResult:
    ops: dict[str, OpCount]
    per_invoke_rtt: float
    per_invoke_bytes: float


def round_trips(ctx: Ctx, key: str, make: SyncFactory) -> RttResult:
    recorder = Recorder()
    bench_graph(recorder, asynchronous=False).invoke(INPUT, thread("recorded"))
    tag = f"{key}-rtt"
    ops = {"put": OpCount(), "put_writes": OpCount(), "get_tuple": OpCount()}
    with make(ctx, tag) as saver:
        assert saver is not None
        count_wire(saver.client)  # type: ignore[attr-defined]
        # Warm up: connection handshake and script loading are not per-call costs.
        for kind, args in recorder.calls:
            getattr(saver, kind)(with_thread(args[0], f"{tag}-warm"), *args[1:])
        saver.get_tuple(thread(f"{tag}-warm"))
        threads = [f"{tag}-{i}" for i in range(RTT_THREADS)]
        for kind in ("put", "put_writes"):
            op = ops[kind]
            before = commandstats(ctx.admin)
            sends, sent, _ = WIRE.snapshot()
            for t in threads:
                for call_kind, args in recorder.calls:
                    if call_kind == kind:
                        getattr(saver, kind)(with_thread(args[0], t), *args[1:])
                        op.calls += 1
            after_sends, after_sent, _ = WIRE.snapshot()
            op.sends, op.bytes = after_sends - sends, after_sent - sent
            op.server = stats_delta(before, commandstats(ctx.admin))
        op = ops["get_tuple"]
        before = commandstats(ctx.admin)
        sends, sent, _ = WIRE.snapshot()
        for t in threads:
            assert saver.get_tuple(thread(t)) is not None
            op.calls += 1
        after_sends, after_sent, _ = WIRE.snapshot()
        op.sends, op.bytes = after_sends - sends, after_sent - sent
        op.server = stats_delta(before, commandstats(ctx.admin))
        graph = bench_graph(saver, asynchronous=False)
        for i in range(SYNC_WARMUP):
            graph.invoke(INPUT, thread(f"{tag}-iw{i}"))
        sends, sent, _ = WIRE.snapshot()
        for i in range(RTT_INVOKES):
            graph.invoke(INPUT, thread(f"{tag}-i{i}"))
        after_sends, after_sent, _ = WIRE.snapshot()
    return RttResult(ops, (after_sends - sends) / RTT_INVOKES, (after_sent - sent) / RTT_INVOKES)


# ------------------------------------------------------------------ 3. memory per run


@dataclass
class MemResult:
    keys_per_run: float
    used_memory_per_run: float
    memory_usage_per_run: float


def memory_per_run(ctx: Ctx, key: str, make: SyncFactory) -> MemResult:
    tag = f"{key}-mem"
    prefix = ctx.prefix(tag)
    with make(ctx, tag) as saver:
        graph = bench_graph(saver, asynchronous=False)
        graph.invoke(INPUT, thread(f"{tag}-warm"))
        ctx.drop_keys(prefix)
        gc.collect()
        before = int(ctx.admin.info("memory")["used_memory"])
        for i in range(ctx.runs):
            graph.invoke(INPUT, thread(f"{tag}-{i}"))
        after = int(ctx.admin.info("memory")["used_memory"])
        keys = ctx.keys(prefix)
        pipe = ctx.admin.pipeline(transaction=False)
        for k in keys:
            pipe.memory_usage(k, samples=0)
        usage = sum(int(v or 0) for v in pipe.execute())
    n = ctx.runs
    return MemResult(len(keys) / n, (after - before) / n, usage / n)


# ------------------------------------------------------------------ 4. bytes per chat turn


class ChatState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]


def _replay_add_messages(state: Any, writes: Sequence[Any]) -> Any:
    # DeltaChannel reducers take a batch of writes; add_messages takes one.
    for write in writes:
        state = add_messages(state, write)
    return state


class DeltaChatState(TypedDict):
    messages: Annotated[list[AnyMessage], DeltaChannel(_replay_add_messages)]


def human_text(turn: int) -> str:
    text = f"Turn {turn}: where is my order {1000 + turn}? It was due last Monday, please help. "
    return text[:100].ljust(100, ".")


def ai_text(turn: int) -> str:
    text = (f"Answer {turn}: your order {1000 + turn} left our warehouse yesterday and the carrier "
            "expects to deliver it within two working days. You will get a tracking e-mail soon; "
            "reply here if it has not arrived by Friday.")
    return text[:200].ljust(200, ".")


def chat_graph(schema: type, saver: Saver) -> Any:
    def reply(state: Any) -> dict[str, Any]:
        turn = sum(isinstance(m, HumanMessage) for m in state["messages"])
        return {"messages": [AIMessage(content=ai_text(turn))]}

    builder: StateGraph[Any] = StateGraph(schema)
    builder.add_node("reply", reply)
    builder.add_edge(START, "reply")
    builder.add_edge("reply", END)
    return builder.compile(checkpointer=saver)


@dataclass
class ChatResult:
    per_turn: list[int]
    read_per_turn: list[int]
    seconds: float


def long_chat(ctx: Ctx, tag: str, schema: type, turns: int) -> ChatResult:
    from railgraph.state import RedisSaver

    prefix = ctx.prefix(tag)
    saver = RedisSaver.from_url(ctx.url, prefix=prefix, max_connections=16)
    count_wire(saver.client)
    try:
        graph = chat_graph(schema, saver)
        config = thread(f"{tag}-chat")
        per_turn: list[int] = []
        read_per_turn: list[int] = []
        start = time.perf_counter()
        for turn in range(1, turns + 1):
            _, sent, read = WIRE.snapshot()
            graph.invoke({"messages": [HumanMessage(content=human_text(turn))]}, config)
            _, sent_after, read_after = WIRE.snapshot()
            per_turn.append(sent_after - sent)
            read_per_turn.append(read_after - read)
        seconds = time.perf_counter() - start
        state = graph.get_state(config).values["messages"]
        assert len(state) == 2 * turns, f"expected {2 * turns} messages, got {len(state)}"
        return ChatResult(per_turn, read_per_turn, seconds)
    finally:
        saver.close()
        ctx.drop_keys(prefix)


# ------------------------------------------------------------------ output


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def heading(title: str, markdown: bool) -> str:
    return f"\n### {title}\n" if markdown else f"\n== {title} ==\n"


def cell(by_repeat: dict[int, float] | None, digits: int = 0, unit: str = "") -> str:
    """Median [min-max] of per-repeat values."""
    if not by_repeat:
        return "-"
    values = list(by_repeat.values())
    return (f"{statistics.median(values):.{digits}f}{unit} "
            f"[{min(values):.{digits}f}-{max(values):.{digits}f}]")


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB"):
        if abs(n) < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} MB"


def verdict(value: float, goal: float, *, at_most: bool = False) -> str:
    ok = value <= goal if at_most else value >= goal
    return "met" if ok else "MISSED"


# ------------------------------------------------------------------ main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/9"))
    parser.add_argument("--runs", type=int, default=300, help="invokes per timed run")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved repeats")
    parser.add_argument("--turns", type=int, default=500, help="turns of the long chat")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args()
    if args.turns < 10:
        parser.error("--turns must be at least 10")
    md = args.markdown

    admin = redis.Redis.from_url(args.url)
    try:
        admin.ping()
    except redis.RedisError as exc:
        print(f"cannot reach Redis at {safe_url(args.url)}: {exc}", file=sys.stderr)
        return 2
    run_id = f"rgbench-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    ctx = Ctx(args.url, admin, run_id, Path(tempfile.mkdtemp(prefix="railgraph-bench-")),
              args.runs)
    started = time.perf_counter()
    out: list[str] = []
    try:
        server = admin.info("server")
        import langgraph.version as lg_version

        modules = server_modules(admin)
        nl = "\n\n" if md else "\n"
        out.append(
            f"railgraph checkpoint savers - Python {platform.python_version()}, "
            f"langgraph {getattr(lg_version, '__version__', '?')}, redis-py {redis.__version__}, "
            f"{os.cpu_count()} CPUs{nl}"
            f"server {safe_url(args.url)}: Redis {server.get('redis_version')}, modules: "
            f"{', '.join(modules) or 'none'}; keys under {run_id}:*{nl}"
            f"5-node graph, fresh thread per invoke, durability=async; --runs {args.runs} "
            f"invokes per run, {args.repeats} interleaved repeats, warm-up excluded")
        rtt_s = measure_round_trip(args.url)
        out.append(f"one loopback EVALSHA round trip (median): {rtt_s * 1e6:.0f} µs")
        field_ = contenders(admin)
        log(f"throughput: {len(field_)} savers x 2 modes x {args.repeats} repeats")
        samples = throughput(ctx, field_, args.repeats)

        out.append(heading("Throughput (runs/s, median [min-max])", md))
        rows = []
        for c in field_:
            if c.skip:
                rows.append([c.label, c.skip[0], c.skip[0]])
                continue
            rows.append([c.label,
                         c.failure.get("sync") or cell(samples.get((c.key, "sync"))),
                         c.failure.get("async") or cell(samples.get((c.key, "async")))])
        out.append(table(["saver", "sync invoke", f"ainvoke x{CONCURRENCY} concurrent"],
                         rows, md))
        out += [f"\n({c.label}: {c.skip[1]})" for c in field_ if c.skip]

        out.append(heading("railgraph's saver: ratio of median runs/s "
                           "[min-max of the per-repeat ratios]", md))
        rows = []
        for other, label, goal in (("plain", "vs plainredis", 1.5),
                                   ("memory", "vs InMemorySaver", 0.6),
                                   ("lgredis", "vs langgraph-checkpoint-redis", 2.0)):
            row = [label, f">= {goal}x"]
            for mode in ("sync", "async"):
                ours, theirs = samples.get(("railgraph", mode)), samples.get((other, mode))
                if not ours or not theirs:
                    row.append("n/a (not run)")
                    continue
                ratio = statistics.median(ours.values()) / statistics.median(theirs.values())
                paired = [ours[r] / theirs[r] for r in ours if r in theirs]
                row.append(f"{ratio:.2f}x [{min(paired):.2f}-{max(paired):.2f}] "
                           f"{verdict(ratio, goal)}")
            rows.append(row)
        out.append(table(["ratio", "goal", "sync invoke", f"ainvoke x{CONCURRENCY}"], rows, md))
        reference_rows = []
        for key, label in (("railgraph", "railgraph saver"),
                           ("pinging", "reference: one PING per call")):
            row = [label]
            for mode in ("sync", "async"):
                ours, mem_ = samples.get((key, mode)), samples.get(("memory", mode))
                row.append(f"{statistics.median(ours.values()) / statistics.median(mem_.values()):.2f}x"
                           if ours and mem_ else "n/a")
            reference_rows.append(row)
        out.append(heading("Versus InMemorySaver, beside the one-PING-per-call reference", md))
        out.append(table(["", "sync invoke", f"ainvoke x{CONCURRENCY}"], reference_rows, md))

        redis_savers = [("railgraph", "railgraph RedisSaver", railgraph),
                        ("plain", "plainredis RedisSaver", plainredis)]
        rtt: dict[str, RttResult] = {}
        mem: dict[str, MemResult] = {}
        for key, label, make in redis_savers:
            log(f"round trips and memory: {label}")
            try:
                rtt[key] = round_trips(ctx, key, make)
                mem[key] = memory_per_run(ctx, key, make)
            except Exception as exc:
                out.append(f"{label}: failed: {type(exc).__name__}: {exc}")

        out.append(heading("Round trips per call (sync savers; client-counted sends)", md))
        rows = []
        for key, label, _ in redis_savers:
            if key not in rtt:
                continue
            r = rtt[key]
            rows.append([label, *(f"{r.ops[op].rtt():.2f}" for op in ("put", "put_writes",
                                                                        "get_tuple")),
                         f"{r.per_invoke_rtt:.1f}", human_bytes(r.per_invoke_bytes)])
        out.append(table(["saver", "put", "put_writes", "get_tuple", "per 5-node invoke",
                          "bytes sent/invoke"], rows, md))
        out.append(heading("Server commands per call (INFO commandstats deltas, server-wide)",
                           md))
        rows = []
        for key, label, _ in redis_savers:
            if key not in rtt:
                continue
            for op in ("put", "put_writes", "get_tuple"):
                count = rtt[key].ops[op]
                rows.append([label, op, f"{count.server_total():.1f}", count.breakdown()])
        out.append(table(["saver", "call", "commands", "breakdown (per call)"], rows, md))

        out.append(heading(f"Redis memory per run ({args.runs} sync invokes)", md))
        rows = [[label, f"{mem[key].keys_per_run:.1f}",
                 human_bytes(mem[key].used_memory_per_run),
                 human_bytes(mem[key].memory_usage_per_run)]
                for key, label, _ in redis_savers if key in mem]
        if "railgraph" in mem and "plain" in mem:
            rg, pl = mem["railgraph"], mem["plain"]
            rows.append(["railgraph / plainredis", f"{rg.keys_per_run / pl.keys_per_run:.2f}",
                         f"{rg.used_memory_per_run / pl.used_memory_per_run:.2f}",
                         f"{rg.memory_usage_per_run / pl.memory_usage_per_run:.2f}"])
        out.append(table(["saver", "keys/run", "used_memory delta/run", "MEMORY USAGE/run"],
                         rows, md))

        out.append(heading(f"Bytes sent to Redis per chat turn (railgraph RedisSaver, "
                           f"{args.turns} turns, one thread)", md))
        variants: list[tuple[str, type | None, str]] = [
            ("messages: add_messages (as in railgraph's AgentState)", ChatState, ""),
            ("reference: langgraph DeltaChannel(add_messages)", DeltaChatState, ""),
        ]
        rows = []
        footnotes = []
        n = args.turns
        for i, (label, schema, note) in enumerate(variants):
            if schema is None:
                rows.append([label, note.partition(":")[0], "", "", "", "", "", "", ""])
                footnotes.append(f"\n({label}: {note})")
                continue
            log(f"long chat ({n} turns): {label}")
            try:
                result = long_chat(ctx, f"chat{i}", schema, n)
            except Exception as exc:
                rows.append([label, f"failed: {type(exc).__name__}: {exc}"[:100],
                             "", "", "", "", "", "", ""])
                continue
            turn10, last = result.per_turn[9], result.per_turn[n - 1]
            window = result.per_turn[max(10, n - 50):] or result.per_turn[9:]
            ratio = last / turn10
            # A DeltaChannel writes a full snapshot every so many updates: flag such a turn.
            spike = " (spike)" if last > 3 * statistics.median(window) else ""
            rows.append([label + (f" ({note})" if note else ""), human_bytes(turn10),
                         human_bytes(last) + spike, f"{ratio:.2f} {verdict(ratio, 2.0, at_most=True)}",
                         human_bytes(statistics.mean(window)), human_bytes(max(result.per_turn)),
                         human_bytes(result.read_per_turn[9]),
                         human_bytes(result.read_per_turn[n - 1]), f"{result.seconds:.1f}"])
        out.append(table(["state", "turn 10", f"turn {n}", f"turn {n}/turn 10 (goal <= 2)",
                          f"mean of last {min(50, n - 10)}", "max turn", "read turn 10",
                          f"read turn {n}", "seconds"], rows, md))
        out += footnotes

        out.append(heading("Method", md))
        notes = [
            "runs/s: median over repeats of (runs / summed wall time) of --runs invokes "
            "after a warm-up; savers interleaved round-robin in slices of 50 invokes, "
            "order rotated per repeat.",
            "round trips: redis-py send_packed_command calls counted on a swapped connection "
            "class (a pipeline or MULTI/EXEC is one send = one round trip); put/put_writes are "
            f"the calls of one recorded 5-node run replayed on {RTT_THREADS} fresh threads, "
            "get_tuple reads each thread's latest checkpoint.",
            "server commands: INFO commandstats deltas around each phase (includes commands "
            "run inside Lua scripts and MULTI/EXEC; excludes INFO). Server-wide: other "
            "clients of this server add to it.",
            "memory: used_memory delta / runs (server-wide, includes allocator noise) and "
            "the sum of MEMORY USAGE (SAMPLES 0) over this saver's keys / runs.",
            "chat bytes: bytes of packed commands sent to Redis during each turn's invoke "
            "(writes plus the small read commands); 'read' columns: payload bytes of the "
            "replies received in that turn (the checkpoint loaded at the start of the turn).",
        ]
        out.append("\n".join(f"- {n_}" for n_ in notes) if md else
                   "\n".join(f"* {n_}" for n_ in notes))
        out.append(f"\ntotal time {time.perf_counter() - started:.0f} s")
    finally:
        leftover = ctx.drop_keys(run_id)
        if leftover:
            log(f"removed {leftover} leftover keys under {run_id}:*")
        shutil.rmtree(ctx.tmp, ignore_errors=True)
        admin.close()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
