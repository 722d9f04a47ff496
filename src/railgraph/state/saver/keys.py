"""Key names of the checkpoint saver: where a thread's checkpoints live in Redis.

Every key of a thread shares the hash tag ``{thread}``, so a thread lives in one Redis Cluster
slot and Lua scripts may touch all of its keys:

    P:{T}:ns          SET   namespaces of the thread ("" is the root graph)
    P:{T}:idx:<ns>    ZSET  checkpoint ids of one namespace (score 0, ordered by id)
    P:{T}:cp          HASH  <ns>\\0<id>\\0c|m|p|v -> checkpoint, metadata, parent, versions
    P:{T}:blob        HASH  <ns>\\0<channel>\\0<version> -> channel value
    P:{T}:w           HASH  <ns>\\0<id>\\0<task>\\0<idx> -> pending write
    P:{T}:wi          HASH  <ns>\\0<id> -> the write fields of that checkpoint
    P:{T}:logs        SET   list logs of the thread (long lists, see :mod:`.codec`)
    P:{T}:log:<log>   LIST  item digests of one list log
    P:{T}:item        HASH  digest -> packed list item

A thread is a fixed handful of keys, so a TTL applies to the thread as a whole (refreshed on
every write, and optionally on reads) and ``delete_thread`` is one script with no scan over
other threads. Other per-thread records (the owner record of :mod:`railgraph.state.owners`,
the run leases of the server) use :func:`thread_base` to sit in the same slot.
"""

from __future__ import annotations

import functools
from urllib.parse import quote

from langchain_core.runnables import RunnableConfig

__all__ = ["DEFAULT_PREFIX", "ITEM", "PAIR", "SEP", "channel_of", "checkpoint_config",
           "thread_base", "thread_keys"]

DEFAULT_PREFIX = "railgraph"
"""Key prefix of every railgraph key unless the saver is given another."""
SEP = "\x00"
"""Separates the parts of a hash field (namespace, id, channel, ...)."""
PAIR, ITEM = "\x01", "\x02"
"""Separate a channel from its version, and one pair from the next, in the ``v`` record."""


@functools.lru_cache(maxsize=4096)
def thread_base(prefix: str, thread_id: str) -> str:
    """``P:{T}:``, the start of every key of thread ``T``."""
    # Braces, colons and percent signs are escaped so the hash tag is exactly the thread.
    return f"{prefix}:{{{quote(str(thread_id), safe='')}}}:"


@functools.lru_cache(maxsize=4096)
def thread_keys(prefix: str, thread_id: str, ns: str) -> dict[str, str]:
    """The key names of a thread's namespace (a shared, cached dict: read only)."""
    # Every saver call needs these; caching them saves a few µs of string work per call.
    base = thread_base(prefix, thread_id)
    return {name: base + name for name in ("ns", "cp", "blob", "w", "wi")} | {
        "idx": f"{base}idx:{ns}"}


def checkpoint_config(thread_id: str, ns: str, checkpoint_id: str) -> RunnableConfig:
    """The config that names one checkpoint."""
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns,
                             "checkpoint_id": checkpoint_id}}


def channel_of(field: bytes) -> str:
    """The channel of a ``blob`` field."""
    return field.decode().split(SEP)[1]

