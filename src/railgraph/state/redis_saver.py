"""LangGraph checkpoint savers on plain Redis (>= 6.2) or Valkey, built on redis-py only.

Why our own saver: the Redis savers on PyPI either need the RedisJSON and
RediSearch modules or corrupt history when a thread is forked, and both spend
several round trips per call (see docs in the README's Redis section).

Layout. Every key of a thread shares the hash tag ``{thread}``, so a thread
lives in one Redis Cluster slot and Lua scripts may touch all of its keys:

    P:{T}:ns          SET   namespaces of the thread ("" is the root graph)
    P:{T}:idx:<ns>    ZSET  checkpoint ids of one namespace (score 0, ordered by id)
    P:{T}:cp          HASH  <ns>\\0<id>\\0c|m|p|v -> checkpoint, metadata, parent, versions
    P:{T}:blob        HASH  <ns>\\0<channel>\\0<version> -> channel value
    P:{T}:w           HASH  <ns>\\0<id>\\0<task>\\0<idx> -> pending write
    P:{T}:wi          HASH  <ns>\\0<id> -> the write fields of that checkpoint

A thread is a fixed handful of keys, so a TTL applies to the thread as a whole
(refreshed on every write, and optionally on reads) and ``delete_thread`` is
one script with no scan over other threads.

Round trips: ``put``, ``get_tuple``, ``put_writes``, ``delete_thread`` and the
delta-channel history walk are one Lua script each (one EVALSHA, packed by
hiredis, on a connection leased from the client's pool: see ``_Leases``);
``list`` is two (ids, then records). Every script is idempotent, so a call may be
resent after a dropped connection (see ``_Resend``).

Channel versions carry a random suffix (like ``InMemorySaver``): a fork that
re-derives version N of a channel writes a new blob instead of overwriting
the one the original branch still reads.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import os
import random
import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import quote

import hiredis
import redis
import redis.asyncio as aredis
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    DeltaChannelHistory,
    PendingWrite,
    get_checkpoint_id,
    get_checkpoint_metadata,
    writes_sort_key,
)
from langgraph.checkpoint.serde.base import SerializerProtocol
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff

from railgraph.errors import RailgraphError

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError"]

SEP = "\x00"
_PAIR, _ITEM = "\x01", "\x02"
DEFAULT_PREFIX = "railgraph"
DEFAULT_POOL_SIZE = 64


class StateStoreError(RailgraphError):
    """The state store (Redis) cannot be reached or answered with an error."""


# ------------------------------------------------------------------ Lua scripts

# Shared Lua: expand one blob into reply entries. A plain blob is one entry; a list
# stored as a log ("\1L<log>\0<n>") becomes its header, n digests and n items.
_EXPAND = """
local function expand(out, blob, base)
  if string.sub(blob, 1, 2) ~= '\\1L' then out[#out + 1] = blob; return end
  out[#out + 1] = blob
  local sep = string.find(blob, '\\0', 3, true)
  local log = string.sub(blob, 3, sep - 1)
  local n = tonumber(string.sub(blob, sep + 1))
  local digests = redis.call('LRANGE', base .. 'log:' .. log, 0, n - 1)
  for i = 1, #digests do out[#out + 1] = digests[i] end
  for start = 1, #digests, 1000 do
    local stop = math.min(start + 999, #digests)
    local items = redis.call('HMGET', base .. 'item', unpack(digests, start, stop))
    for i = 1, #items do out[#out + 1] = items[i] or '' end
  end
end
local function refresh(base, keys, ttl)
  for i = 1, #keys do redis.call('PEXPIRE', keys[i], ttl) end
  redis.call('PEXPIRE', base .. 'item', ttl)
  redis.call('PEXPIRE', base .. 'logs', ttl)
  for _, log in ipairs(redis.call('SMEMBERS', base .. 'logs')) do
    redis.call('PEXPIRE', base .. 'log:' .. log, ttl)
  end
end
"""

# KEYS: idx, cp, blob, w, wi   ARGV: thread base, ns, checkpoint id or "", ttl or "", refresh
_GET = _EXPAND + """
local base, ns, cid = ARGV[1], ARGV[2], ARGV[3]
if cid == '' then
  local last = redis.call('ZREVRANGE', KEYS[1], 0, 0)
  if #last == 0 then return false end
  cid = last[1]
end
local head = ns .. '\\0' .. cid .. '\\0'
local rec = redis.call('HMGET', KEYS[2], head .. 'c', head .. 'm', head .. 'p', head .. 'v')
if not rec[1] then return false end
local out = {cid, rec[1], rec[2], rec[3] or '', rec[4] or ''}
local fields = {}
if rec[4] and rec[4] ~= '' then
  for pair in string.gmatch(rec[4], '[^\\2]+') do
    local sep = string.find(pair, '\\1', 1, true)
    fields[#fields + 1] = ns .. '\\0' .. string.sub(pair, 1, sep - 1) .. '\\0' .. string.sub(pair, sep + 1)
  end
end
if #fields > 0 then
  local values = redis.call('HMGET', KEYS[3], unpack(fields))
  for i = 1, #fields do expand(out, values[i] or '', base) end
end
out[#out + 1] = '\\1W'
local index = redis.call('HGET', KEYS[5], ns .. '\\0' .. cid)
if index then
  local wf = {}
  for f in string.gmatch(index, '[^\\1]+') do wf[#wf + 1] = f end
  local values = redis.call('HMGET', KEYS[4], unpack(wf))
  for i = 1, #wf do
    if values[i] then out[#out + 1] = wf[i]; out[#out + 1] = values[i] end
  end
end
if ARGV[4] ~= '' and ARGV[5] == '1' then refresh(base, KEYS, ARGV[4]) end
return out
"""

# One checkpoint in one atomic script. Lists are appended to their log when the
# log still ends where the caller last saw it; otherwise nothing is written and
# the conflicting channel is returned, so the caller rewrites that list in full.
# KEYS: idx, cp, blob, w, wi, ns
# ARGV: base, ns, cid, ttl, n_record, n_plain, n_lists,
#       record (field, value)*, plain blobs (field, value)*,
#       lists: field, log, expected (-1: new log), n_digests, n_items, digests*, (digest, item)*
_PUT = _EXPAND + """
local A = ARGV
local base, ns, cid, ttl = A[1], A[2], A[3], A[4]
local n_record, n_plain, n_lists = tonumber(A[5]), tonumber(A[6]), tonumber(A[7])
local i = 8
local record = {}
for _ = 1, n_record do record[#record + 1] = A[i]; record[#record + 1] = A[i + 1]; i = i + 2 end
local plain = {}
for _ = 1, n_plain do plain[#plain + 1] = A[i]; plain[#plain + 1] = A[i + 1]; i = i + 2 end
local lists = {}
for _ = 1, n_lists do
  local l = {field = A[i], log = A[i + 1], expected = tonumber(A[i + 2])}
  local nd, ni = tonumber(A[i + 3]), tonumber(A[i + 4])
  i = i + 5
  l.digests = {}
  for _ = 1, nd do l.digests[#l.digests + 1] = A[i]; i = i + 1 end
  l.items = {}
  for _ = 1, ni do l.items[#l.items + 1] = A[i]; l.items[#l.items + 1] = A[i + 1]; i = i + 2 end
  if l.expected >= 0 and redis.call('LLEN', base .. 'log:' .. l.log) ~= l.expected then
    return {'conflict', l.field}
  end
  lists[#lists + 1] = l
end
redis.call('HSET', KEYS[2], unpack(record))
if #plain > 0 then redis.call('HSET', KEYS[3], unpack(plain)) end
for _, l in ipairs(lists) do
  for start = 1, #l.items, 1000 do
    local stop = math.min(start + 999, #l.items)
    for j = start, stop, 2 do redis.call('HSETNX', base .. 'item', l.items[j], l.items[j + 1]) end
  end
  local key = base .. 'log:' .. l.log
  if l.expected < 0 then redis.call('SADD', base .. 'logs', l.log) end
  for start = 1, #l.digests, 1000 do
    redis.call('RPUSH', key, unpack(l.digests, start, math.min(start + 999, #l.digests)))
  end
  local length = redis.call('LLEN', key)
  redis.call('HSET', KEYS[3], l.field, '\\1L' .. l.log .. '\\0' .. length)
end
redis.call('ZADD', KEYS[1], 0, cid)
redis.call('SADD', KEYS[6], ns)
if ttl ~= '' then refresh(base, KEYS, ttl) end
return {'ok'}
"""

# KEYS: w, wi, ns, idx, cp, blob   ARGV: base, ns, cid, ttl or "", (field, value, overwrite)*
_PUT_WRITES = _EXPAND + """
local A = ARGV
local index_field = A[2] .. '\\0' .. A[3]
local index = redis.call('HGET', KEYS[2], index_field) or ''
local added = {}
for i = 5, #A, 3 do
  local field, value, overwrite = A[i], A[i + 1], A[i + 2]
  local fresh
  if overwrite == '1' then
    fresh = redis.call('HSET', KEYS[1], field, value) == 1
  else
    fresh = redis.call('HSETNX', KEYS[1], field, value) == 1
  end
  if fresh then added[#added + 1] = field end
end
if #added > 0 then
  local joined = table.concat(added, '\\1')
  if index ~= '' then joined = index .. '\\1' .. joined end
  redis.call('HSET', KEYS[2], index_field, joined)
end
if A[4] ~= '' then refresh(A[1], KEYS, A[4]) end
return #added
"""

# KEYS: ns   ARGV: thread base ("P:{T}:")
_DELETE = """
local base = ARGV[1]
local keys = {KEYS[1], base .. 'cp', base .. 'blob', base .. 'w', base .. 'wi', base .. 'item',
              base .. 'logs'}
for _, ns in ipairs(redis.call('SMEMBERS', KEYS[1])) do keys[#keys + 1] = base .. 'idx:' .. ns end
for _, log in ipairs(redis.call('SMEMBERS', base .. 'logs')) do keys[#keys + 1] = base .. 'log:' .. log end
local deleted = 0
for start = 1, #keys, 1000 do
  deleted = deleted + redis.call('DEL', unpack(keys, start, math.min(start + 999, #keys)))
end
return deleted
"""

# Walk the parent chain from a checkpoint, collecting each ancestor's writes and,
# per channel, the first ancestor blob that is not the empty marker (LangGraph's
# DeltaChannel history). KEYS: cp, blob, w, wi   ARGV: base, ns, cid, max hops, channels...
_DELTA = _EXPAND + """
local base, ns, cid, hops = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local remaining, left = {}, 0
for i = 5, #ARGV do remaining[ARGV[i]] = true; left = left + 1 end
local out = {}
local current = redis.call('HGET', KEYS[1], ns .. '\\0' .. cid .. '\\0p')
local n = 0
while current and current ~= '' and left > 0 and n < hops do
  n = n + 1
  local head = ns .. '\\0' .. current .. '\\0'
  local rec = redis.call('HMGET', KEYS[1], head .. 'v', head .. 'p')
  if not rec[1] and not rec[2] then break end
  out[#out + 1] = '\\1C'; out[#out + 1] = current
  local index = redis.call('HGET', KEYS[4], ns .. '\\0' .. current)
  if index then
    local fields = {}
    for f in string.gmatch(index, '[^\\1]+') do fields[#fields + 1] = f end
    local values = redis.call('HMGET', KEYS[3], unpack(fields))
    for i = 1, #fields do
      if values[i] then out[#out + 1] = '\\1W'; out[#out + 1] = fields[i]; out[#out + 1] = values[i] end
    end
  end
  if rec[1] and rec[1] ~= '' then
    for pair in string.gmatch(rec[1], '[^\\2]+') do
      local sep = string.find(pair, '\\1', 1, true)
      local ch = string.sub(pair, 1, sep - 1)
      if remaining[ch] then
        local blob = redis.call('HGET', KEYS[2], ns .. '\\0' .. ch .. '\\0' .. string.sub(pair, sep + 1))
        if blob and blob ~= '' then
          out[#out + 1] = '\\1S'; out[#out + 1] = ch
          expand(out, blob, base)
          remaining[ch] = nil; left = left - 1
        end
      end
    end
  end
  current = rec[2]
end
return out
"""

LIST_MIN_ITEMS = 8
"""Lists at least this long are stored item by item in an append-only log."""

_LIST_CACHE_SIZE = 512


@dataclass
class _ListPlan:
    """How one list channel value is written: appended to a known log, or a new log."""

    field: str
    channel: str
    log: str
    expected: int
    digests: list[str]
    items: list[tuple[str, bytes]]
    all_digests: list[str]


class _Codec:
    """Key names, packing and unpacking; no I/O (shared by the sync and async savers).

    It also remembers, per thread, namespace and channel, the log and items of the
    list it last wrote or read, so the next write of a growing list (a conversation)
    sends only the new items. The memory is only a hint: the server checks the log
    length atomically and a stale hint costs one full rewrite, never wrong data.
    """

    def __init__(self, serde: SerializerProtocol, prefix: str) -> None:
        self.serde = serde
        self.prefix = prefix
        self._lists: OrderedDict[tuple[str, str, str], tuple[str, list[str]]] = OrderedDict()
        self._lock = threading.Lock()

    def thread(self, thread_id: str) -> str:
        return _thread_base(self.prefix, thread_id)

    def keys(self, thread_id: str, ns: str) -> dict[str, str]:
        """The key names of a thread's namespace (a shared, cached dict: read only)."""
        return _thread_keys(self.prefix, thread_id, ns)

    def pack(self, value: Any) -> bytes:
        kind, data = self.serde.dumps_typed(value)
        return kind.encode() + b"\x00" + data

    def unpack(self, raw: bytes) -> Any:
        kind, _, data = raw.partition(b"\x00")
        return self.serde.loads_typed((kind.decode(), data))

    # ---------------------------------------------------------- list memory

    def remember(self, key: tuple[str, str, str], log: str, digests: list[str]) -> None:
        with self._lock:
            self._lists[key] = (log, digests)
            self._lists.move_to_end(key)
            while len(self._lists) > _LIST_CACHE_SIZE:
                self._lists.popitem(last=False)

    def forget(self, key: tuple[str, str, str]) -> None:
        with self._lock:
            self._lists.pop(key, None)

    def recall(self, key: tuple[str, str, str]) -> tuple[str, list[str]] | None:
        with self._lock:
            return self._lists.get(key)

    def forget_thread(self, thread_id: str) -> None:
        with self._lock:
            for key in [k for k in self._lists if k[0] == thread_id]:
                del self._lists[key]

    def plan_list(self, thread_id: str, ns: str, channel: str, field: str,
                  value: list[Any], *, full: bool) -> _ListPlan:
        packed = [self.pack(item) for item in value]
        digests = [hashlib.blake2b(p, digest_size=16).hexdigest() for p in packed]
        known = None if full else self.recall((thread_id, ns, channel))
        if known is not None and len(known[1]) <= len(digests) and \
                digests[: len(known[1])] == known[1]:
            log, seen = known
            start = len(seen)
            old = set(seen)
            items = [(d, p) for d, p in zip(digests[start:], packed[start:], strict=True)
                     if d not in old]
            return _ListPlan(field, channel, log, start, digests[start:], items, digests)
        log = uuid.uuid4().hex[:16]
        unique = dict(zip(digests, packed, strict=True))
        return _ListPlan(field, channel, log, -1, digests, list(unique.items()), digests)

    # ---------------------------------------------------------- put

    def put_args(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions, *, full: frozenset[str] = frozenset(),
    ) -> tuple[list[str], list[Any], list[_ListPlan], str, str]:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        copy = checkpoint.copy()
        values: dict[str, Any] = copy.pop("channel_values")  # type: ignore[misc]
        plain: list[Any] = []
        lists: list[_ListPlan] = []
        for channel, version in new_versions.items():
            field = f"{ns}{SEP}{channel}{SEP}{version}"
            value = values.get(channel, _ABSENT)
            if isinstance(value, list) and len(value) >= LIST_MIN_ITEMS:
                lists.append(self.plan_list(thread_id, ns, channel, field, value,
                                            full=channel in full))
            else:
                plain += [field, b"" if value is _ABSENT else self.pack(value)]
        head = f"{ns}{SEP}{checkpoint['id']}{SEP}"
        record = [
            head + "c", self.pack(copy),
            head + "m", self.pack(get_checkpoint_metadata(config, metadata)),
            head + "p", conf.get("checkpoint_id") or "",
            head + "v", _ITEM.join(f"{ch}{_PAIR}{v}" for ch, v in
                                   checkpoint["channel_versions"].items()),
        ]
        base = self.thread(thread_id)
        args: list[Any] = [base, ns, checkpoint["id"], "", len(record) // 2, len(plain) // 2,
                           len(lists), *record, *plain]
        for plan in lists:
            args += [plan.field, plan.log, plan.expected, len(plan.digests), len(plan.items),
                     *plan.digests]
            for digest, item in plan.items:
                args += [digest, item]
        k = self.keys(thread_id, ns)
        keys = [k["idx"], k["cp"], k["blob"], k["w"], k["wi"], k["ns"]]
        return keys, args, lists, thread_id, ns

    def after_put(self, thread_id: str, ns: str, lists: list[_ListPlan]) -> None:
        for plan in lists:
            self.remember((thread_id, ns, plan.channel), plan.log, plan.all_digests)

    # ---------------------------------------------------------- writes

    def write_args(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str,
    ) -> tuple[list[str], list[Any]]:
        conf = config["configurable"]
        ns, cid = conf.get("checkpoint_ns", ""), conf["checkpoint_id"]
        args: list[Any] = [self.thread(conf["thread_id"]), ns, cid, ""]
        for idx, (channel, value) in enumerate(writes):
            slot = WRITES_IDX_MAP.get(channel, idx)
            field = f"{ns}{SEP}{cid}{SEP}{task_id}{SEP}{slot}"
            payload = channel.encode() + b"\x00" + task_path.encode() + b"\x00" + self.pack(value)
            args += [field, payload, "1" if slot < 0 else "0"]
        k = self.keys(conf["thread_id"], ns)
        return [k["w"], k["wi"], k["ns"], k["idx"], k["cp"], k["blob"]], args

    def unpack_write(self, field: bytes, raw: bytes) -> tuple[tuple[str, str, int], PendingWrite]:
        task_id, slot = field.decode().split(SEP)[2:4]
        channel, task_path, packed = raw.split(b"\x00", 2)
        value = self.unpack(packed)
        key = writes_sort_key(task_path.decode(), task_id, int(slot))
        return key, (task_id, channel.decode(), value)

    # ---------------------------------------------------------- reads

    def read_blob(self, reply: list[bytes], i: int) -> tuple[Any, int, tuple[str, list[str]] | None]:
        """Decode the blob at ``reply[i]``; return (value or _ABSENT, next index, list log)."""
        raw = reply[i]
        if not raw.startswith(b"\x01L"):
            return (self.unpack(raw) if raw else _ABSENT), i + 1, None
        log, _, count = raw[2:].partition(b"\x00")
        n = int(count)
        digests = [d.decode() for d in reply[i + 1 : i + 1 + n]]
        items = [self.unpack(p) for p in reply[i + 1 + n : i + 1 + 2 * n]]
        return items, i + 1 + 2 * n, (log.decode(), digests)

    def tuple_from(self, thread_id: str, ns: str, reply: list[bytes]) -> CheckpointTuple:
        cid = reply[0].decode()
        checkpoint = self.unpack(reply[1])
        metadata = self.unpack(reply[2])
        parent = reply[3].decode()
        channels = [p.split(_PAIR, 1)[0] for p in reply[4].decode().split(_ITEM) if p]
        values: dict[str, Any] = {}
        i = 5
        for channel in channels:
            value, i, log = self.read_blob(reply, i)
            if value is not _ABSENT:
                values[channel] = value
            if log is not None:
                self.remember((thread_id, ns, channel), *log)
        assert reply[i] == b"\x01W", "malformed reply from the get script"
        rest = reply[i + 1 :]
        writes = sorted(
            (self.unpack_write(rest[j], rest[j + 1]) for j in range(0, len(rest), 2)),
            key=lambda item: item[0],
        )
        return CheckpointTuple(
            config=_config(thread_id, ns, cid),
            checkpoint=cast(Checkpoint, {**checkpoint, "channel_values": values}),
            metadata=metadata,
            parent_config=_config(thread_id, ns, parent) if parent else None,
            pending_writes=[w for _, w in writes],
        )

    def delta_from(
        self, channels: Sequence[str], reply: list[bytes]
    ) -> Mapping[str, DeltaChannelHistory]:
        collected: dict[str, list[PendingWrite]] = {c: [] for c in channels}
        seeds: dict[str, Any] = {}
        pending_seeds: dict[str, Any] = {}
        batch: list[tuple[tuple[str, str, int], PendingWrite]] = []

        def flush() -> None:
            # One ancestor's writes, newest first (the walk goes from child to root).
            for _, write in sorted(batch, key=lambda item: item[0], reverse=True):
                if write[1] in collected and write[1] not in seeds:
                    collected[write[1]].append(write)
            batch.clear()
            seeds.update(pending_seeds)
            pending_seeds.clear()

        i = 0
        while i < len(reply):
            tag = reply[i]
            if tag == b"\x01C":
                flush()
                i += 2
            elif tag == b"\x01W":
                batch.append(self.unpack_write(reply[i + 1], reply[i + 2]))
                i += 3
            else:  # "\x01S": the seed of a channel at this ancestor
                channel = reply[i + 1].decode()
                value, i, _ = self.read_blob(reply, i + 2)
                if value is not _ABSENT:
                    pending_seeds[channel] = value
        flush()
        result: dict[str, DeltaChannelHistory] = {}
        for channel in channels:
            entry: DeltaChannelHistory = {"writes": list(reversed(collected[channel]))}
            if channel in seeds:
                entry["seed"] = seeds[channel]
            result[channel] = entry
        return result


_ABSENT: Any = object()


@functools.lru_cache(maxsize=4096)
def _thread_base(prefix: str, thread_id: str) -> str:
    # Braces, colons and percent signs are escaped so the hash tag is exactly the thread.
    return f"{prefix}:{{{quote(str(thread_id), safe='')}}}:"


@functools.lru_cache(maxsize=4096)
def _thread_keys(prefix: str, thread_id: str, ns: str) -> dict[str, str]:
    # Every saver call needs these; caching them saves a few µs of string work per call.
    base = _thread_base(prefix, thread_id)
    return {name: base + name for name in ("ns", "cp", "blob", "w", "wi")} | {
        "idx": f"{base}idx:{ns}"}


def _config(thread_id: str, ns: str, checkpoint_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns,
                             "checkpoint_id": checkpoint_id}}


def _channel_of(field: bytes) -> str:
    return field.decode().split(SEP)[1]


def _matches(metadata: Mapping[str, Any], filter: Mapping[str, Any] | None) -> bool:
    return not filter or all(metadata.get(k) == v for k, v in filter.items())


def _serde(encryption_key: bytes | str | None, serde: SerializerProtocol | None) -> SerializerProtocol:
    base = serde or JsonPlusSerializer()
    if encryption_key is None:
        return base
    from langgraph.checkpoint.serde.encrypted import EncryptedSerializer

    key = encryption_key.encode() if isinstance(encryption_key, str) else encryption_key
    if len(key) not in (16, 24, 32):
        raise ValueError("encryption_key must be 16, 24 or 32 bytes (AES-128/192/256)")
    return EncryptedSerializer.from_pycryptodome_aes(base, key=key)


def _unreachable(url: str, exc: Exception) -> StateStoreError:
    return StateStoreError(f"state store at {_safe_url(url)} is unreachable "
                           f"({type(exc).__name__}: {exc}); check REDIS_URL or start Redis")


def _safe_url(url: str) -> str:
    # Never print credentials.
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return url


_Request = tuple[str, list[str], list[Any]]
"""A script call: the script's attribute name, its keys and its arguments."""

_DELTA_MAX_HOPS = 100_000
"""Upper bound of ancestors one DeltaChannel history walk visits."""


class _Listing:
    """The filtering of ``list()``, shared by both savers (they differ only in how they wait)."""

    def __init__(self, config: RunnableConfig | None, filter: Mapping[str, Any] | None,
                 before: RunnableConfig | None, limit: int | None) -> None:
        if config is None:
            raise StateStoreError("listing checkpoints needs a thread_id (threads are not "
                                  "indexed globally)")
        conf = config["configurable"]
        self.thread_id: str = conf["thread_id"]
        self.namespace: str | None = conf.get("checkpoint_ns")
        self.checkpoint_id = get_checkpoint_id(config)
        before_id = get_checkpoint_id(before) if before else None
        self.top = f"({before_id}" if before_id else "+"
        self.filter = filter
        self.left = limit

    def spaces(self, members: Any) -> list[str]:
        if self.namespace is not None:
            return [self.namespace]
        return sorted(m.decode() for m in members)

    @property
    def done(self) -> bool:
        return self.left is not None and self.left <= 0

    def wants_id(self, checkpoint_id: str) -> bool:
        return not self.checkpoint_id or checkpoint_id == self.checkpoint_id

    def accept(self, found: CheckpointTuple | None) -> bool:
        if found is None or not _matches(found.metadata, self.filter) or self.done:
            return False
        if self.left is not None:
            self.left -= 1
        return True


class _Base(BaseCheckpointSaver[str]):
    """Options, request building and reply decoding common to both savers.

    Each public call is one request (script, keys, arguments) built here, sent by
    the sync or async subclass, and decoded here, so the two cannot drift apart.
    """

    def __init__(
        self,
        *,
        url: str,
        prefix: str = DEFAULT_PREFIX,
        ttl: float | None = None,
        refresh_on_read: bool = False,
        encryption_key: bytes | str | None = None,
        serde: SerializerProtocol | None = None,
    ) -> None:
        super().__init__(serde=_serde(encryption_key, serde))
        self.url = url
        self.ttl_ms = str(int(ttl * 1000)) if ttl else ""
        self.refresh_on_read = refresh_on_read
        self.codec = _Codec(self.serde, prefix)

    def get_next_version(self, current: str | None, channel: None) -> str:
        # Random suffix: versions are unique per branch, so forks never share blobs.
        # Zero-padded so that versions compare correctly as strings; kept short because
        # every checkpoint carries the versions of all channels (twice over).
        number = 0 if current is None else int(str(current).split(".")[0])
        return f"{number + 1:016}.{random.getrandbits(40):010x}"

    def _register(self, client: Any) -> None:
        self._scripts = {name: client.register_script(text) for name, text in (
            ("get", _GET), ("put", _PUT), ("put_writes", _PUT_WRITES), ("delete", _DELETE),
            ("delta", _DELTA))}

    def _packed(self, request: _Request, *, source: bool = False) -> bytes:
        """A request as one command, encoded by hiredis (C) in one call.

        EVALSHA normally; EVAL with the script's source (which the server caches
        again) after the server answered that it forgot the script.
        """
        name, keys, args = request
        script = self._scripts[name]
        head = (b"EVAL", script.script) if source else (b"EVALSHA", script.sha)
        return hiredis.pack_command((*head, len(keys), *keys, *args))

    def _get_request(self, config: RunnableConfig) -> _Request:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        k = self.codec.keys(thread_id, ns)
        return "get", [k["idx"], k["cp"], k["blob"], k["w"], k["wi"]], [
            self.codec.thread(thread_id), ns, get_checkpoint_id(config) or "", self.ttl_ms,
            "1" if self.refresh_on_read else "0"]

    def _get_reply(self, config: RunnableConfig, reply: Any) -> CheckpointTuple | None:
        if not reply:
            return None
        conf = config["configurable"]
        return self.codec.tuple_from(conf["thread_id"], conf.get("checkpoint_ns", ""), reply)

    def _put_request(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions, full: frozenset[str],
    ) -> tuple[_Request, list[_ListPlan]]:
        keys, args, lists, _, _ = self.codec.put_args(config, checkpoint, metadata,
                                                      new_versions, full=full)
        args[3] = self.ttl_ms
        return ("put", keys, args), lists

    def _put_reply(self, config: RunnableConfig, checkpoint: Checkpoint, lists: list[_ListPlan],
                   reply: Any, full: frozenset[str]) -> RunnableConfig | frozenset[str]:
        """The new config when stored; else the channels to rewrite in full next time."""
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        if reply[0] == b"ok":
            self.codec.after_put(thread_id, ns, lists)
            return _config(thread_id, ns, checkpoint["id"])
        return full | {_channel_of(reply[1])}  # another writer moved that log on

    def _writes_request(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]],
                        task_id: str, task_path: str) -> _Request:
        keys, args = self.codec.write_args(config, writes, task_id, task_path)
        args[3] = self.ttl_ms
        return "put_writes", keys, args

    def _delete_request(self, thread_id: str) -> _Request:
        self.codec.forget_thread(thread_id)
        base = self.codec.thread(thread_id)
        return "delete", [base + "ns"], [base]

    def _delta_request(self, config: RunnableConfig, checkpoint_id: str,
                       channels: Sequence[str]) -> _Request:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        k = self.codec.keys(thread_id, ns)
        return "delta", [k["cp"], k["blob"], k["w"], k["wi"]], [
            self.codec.thread(thread_id), ns, checkpoint_id, _DELTA_MAX_HOPS, *channels]

    def _errors(self, exc: Exception) -> StateStoreError:
        if isinstance(exc, redis.ConnectionError | redis.TimeoutError):
            return _unreachable(self.url, exc)
        return StateStoreError(f"state store error: {exc}")


_FAILURES = (redis.ConnectionError, redis.TimeoutError, redis.ResponseError)


class _Resend:
    """One request's command and what may still be tried after a failure.

    redis-py has already disconnected a connection that failed mid-command, so it
    reconnects when used again. A request is resent at most once after a dropped
    connection (one that died while idle: a server restart, an idle timeout) and at
    most once as an EVAL after the server said it forgot the script (a restart,
    SCRIPT FLUSH; EVAL caches it again). Every script is idempotent, so a resend
    cannot apply anything twice. Timeouts and other error replies are not resent:
    the server may still be working, or would answer the same again.
    """

    def __init__(self, saver: _Base, request: _Request) -> None:
        self.saver, self.request = saver, request
        self.packed = saver._packed(request)
        self.reconnected = self.reloaded = False

    def after(self, exc: Exception) -> None:
        """Return to resend ``self.packed``; raise StateStoreError when done trying."""
        if isinstance(exc, redis.exceptions.NoScriptError) and not self.reloaded:
            self.reloaded = True
            self.packed = self.saver._packed(self.request, source=True)
            return
        if type(exc) is redis.ConnectionError and not self.reconnected:
            self.reconnected = True
            return
        raise self.saver._errors(exc) from exc


class _Leases:
    """Connections a saver keeps checked out of its client's pool between calls.

    A saver call is one EVALSHA, and redis-py's own command path (pool checkout with
    its lock and a poll for stray data, argument encoding, retry and observability
    wrappers) costs about as much client time as the round trip itself: measured
    here, 190 µs per call through ``Script.__call__`` against 125 µs sending the
    hiredis-packed command on a connection kept at hand. So a call pops an idle
    connection (``list.pop``/``append`` are atomic), falls back to the pool when none
    is idle, and puts it back afterwards. At most ``keep`` stay leased; the rest go
    back to the pool, so the pool's ``max_connections`` still bounds the total and
    other users of the client are not starved. Connections are redis-py's own (they
    handle AUTH, SELECT, TLS, RESP and timeouts, and reconnect when used after a
    drop); leases are dropped in a forked child.
    """

    def __init__(self, pool: Any, keep: int) -> None:
        self.pool = pool
        self.keep = max(1, keep)
        self.idle: list[Any] = []
        _ALL_LEASES.add(self)

    def take(self) -> Any:
        try:
            return self.idle.pop()
        except IndexError:
            return self.pool.get_connection()

    def give(self, conn: Any) -> None:
        if len(self.idle) < self.keep:
            self.idle.append(conn)
        else:
            self.pool.release(conn)

    def drain(self) -> list[Any]:
        taken, self.idle = self.idle, []
        return taken


_ALL_LEASES: weakref.WeakSet[_Leases] = weakref.WeakSet()


def _forget_leases_after_fork() -> None:
    # A child must not share its parent's sockets; its pool makes fresh ones.
    for leases in list(_ALL_LEASES):
        leases.idle = []


os.register_at_fork(after_in_child=_forget_leases_after_fork)


class _AsyncLeases(_Leases):
    """The same for redis.asyncio, whose pool checkout and release are coroutines.

    Leased connections run without redis-py's per-I/O timeout: redis.asyncio wraps
    every send in ``asyncio.wait_for`` (a new task) and every read in a timeout
    context, which measured here is 20 of the 56 µs of client time per call at 50
    concurrent calls. The saver bounds each whole call with one ``asyncio.timeout``
    instead (``AsyncRedisSaver._send``); a connection goes back to the pool with its
    timeout restored.
    """

    def __init__(self, pool: Any, keep: int) -> None:
        super().__init__(pool, keep)
        self.timeout: float | None = pool.connection_kwargs.get("socket_timeout")

    async def atake(self) -> Any:
        try:
            return self.idle.pop()
        except IndexError:
            conn = await self.pool.get_connection()
            conn.socket_timeout = None
            return conn

    async def agive(self, conn: Any) -> None:
        if len(self.idle) < self.keep:
            self.idle.append(conn)
        else:
            await self.arelease(conn)

    async def arelease(self, conn: Any) -> None:
        conn.socket_timeout = self.timeout
        await self.pool.release(conn)


_MAX_KEEP = 512


def _leases_of(client: Any, kind: type[_Leases] = _Leases) -> Any:
    """Leases on a client's pool; None for clients without one (a cluster client)."""
    pool = getattr(client, "connection_pool", None)
    if pool is None:
        return None
    # Half the pool (redis-py's unbounded pools report 2**31: capped).
    return kind(pool, min(getattr(pool, "max_connections", DEFAULT_POOL_SIZE) // 2, _MAX_KEEP))


_PUT_ATTEMPTS = 3
_RACE = "could not store a checkpoint: its lists kept changing underneath"


# ------------------------------------------------------------------ sync saver


class RedisSaver(_Base):
    """Synchronous LangGraph checkpoint saver on plain Redis or Valkey.

    Its async methods run the sync code (as LangGraph's own sync savers do), which is
    also how the conformance suite, which drives the async API, tests it.
    """

    def __init__(self, client: redis.Redis, *, url: str = "redis://", **options: Any) -> None:
        super().__init__(url=url, **options)
        self.client = client
        self._register(client)
        self._leases = _leases_of(client)

    @classmethod
    def from_url(
        cls, url: str, *, max_connections: int = DEFAULT_POOL_SIZE, socket_timeout: float = 5.0,
        **options: Any,
    ) -> RedisSaver:
        """A saver with its own connection pool (blocking when all connections are busy)."""
        pool = redis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=socket_timeout,
            socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout,
            health_check_interval=30,
        )
        return cls(redis.Redis(connection_pool=pool), url=url, **options)

    def _send(self, request: _Request) -> Any:
        if self._leases is None:
            name, keys, args = request
            return self._command(self._scripts[name], keys, args)
        resend = _Resend(self, request)
        while True:
            conn = None
            try:
                conn = self._leases.take()
                conn.send_packed_command((resend.packed,), check_health=False)
                return conn.read_response()
            except _FAILURES as exc:
                resend.after(exc)
            finally:
                if conn is not None:
                    self._leases.give(conn)

    def _command(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except _FAILURES as exc:
            raise self._errors(exc) from exc

    def ping(self) -> None:
        """Raise :class:`StateStoreError` unless the server answers."""
        self._command(self.client.ping)

    def close(self) -> None:
        if self._leases is not None:
            for conn in self._leases.drain():
                self._leases.pool.release(conn)
        self.client.close()

    def __enter__(self) -> RedisSaver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return self._get_reply(config, self._send(self._get_request(config)))

    def list(
        self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None, limit: int | None = None,
    ) -> Iterator[CheckpointTuple]:
        q = _Listing(config, filter, before, limit)
        members = None if q.namespace is not None else self._command(
            self.client.smembers, self.codec.keys(q.thread_id, "")["ns"])
        for ns in q.spaces(members):
            idx = self.codec.keys(q.thread_id, ns)["idx"]
            for raw in self._command(self.client.zrevrangebylex, idx, q.top, "-"):
                if q.done:
                    return
                cid = raw.decode()
                if q.wants_id(cid):
                    found = self.get_tuple(_config(q.thread_id, ns, cid))
                    if q.accept(found):
                        yield cast(CheckpointTuple, found)

    def put(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        full: frozenset[str] = frozenset()
        for _ in range(_PUT_ATTEMPTS):
            request, lists = self._put_request(config, checkpoint, metadata, new_versions, full)
            outcome = self._put_reply(config, checkpoint, lists, self._send(request), full)
            if not isinstance(outcome, frozenset):
                return outcome
            full = outcome
        raise StateStoreError(_RACE)

    def put_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str = "",
    ) -> None:
        if writes:
            self._send(self._writes_request(config, writes, task_id, task_path))

    def delete_thread(self, thread_id: str) -> None:
        self._send(self._delete_request(thread_id))

    def get_delta_channel_history(
        self, *, config: RunnableConfig, channels: Sequence[str]
    ) -> Mapping[str, DeltaChannelHistory]:
        if not channels:
            return {}
        cid = get_checkpoint_id(config)
        if not cid:
            latest = self.get_tuple(config)
            if latest is None:
                return {c: {"writes": []} for c in channels}
            cid = latest.config["configurable"]["checkpoint_id"]
        reply = self._send(self._delta_request(config, cid, channels))
        return self.codec.delta_from(channels, reply)

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return self.get_tuple(config)

    async def alist(
        self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None, limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        for item in self.list(config, filter=filter, before=before, limit=limit):
            yield item

    async def aput(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        return self.put(config, checkpoint, metadata, new_versions)

    async def aput_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str = "",
    ) -> None:
        self.put_writes(config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:
        self.delete_thread(thread_id)

    async def aget_delta_channel_history(
        self, *, config: RunnableConfig, channels: Sequence[str]
    ) -> Mapping[str, DeltaChannelHistory]:
        return self.get_delta_channel_history(config=config, channels=channels)


# ------------------------------------------------------------------ async saver


class AsyncRedisSaver(_Base):
    """Asynchronous LangGraph checkpoint saver on plain Redis or Valkey."""

    def __init__(self, client: aredis.Redis, *, url: str = "redis://", **options: Any) -> None:
        super().__init__(url=url, **options)
        self.client = client
        self._register(client)
        self._leases: _AsyncLeases | None = _leases_of(client, _AsyncLeases)

    @classmethod
    def from_url(
        cls, url: str, *, max_connections: int = DEFAULT_POOL_SIZE, socket_timeout: float = 5.0,
        **options: Any,
    ) -> AsyncRedisSaver:
        """A saver with its own connection pool (blocking when all connections are busy)."""
        pool = aredis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=socket_timeout,
            socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout,
            health_check_interval=30,
            # After a server restart, pooled connections are dead until used once; one
            # immediate retry on a fresh connection recovers, a real outage still fails fast.
            retry=AsyncRetry(NoBackoff(), 1),
        )
        return cls(aredis.Redis(connection_pool=pool), url=url, **options)

    async def _send(self, request: _Request) -> Any:
        # The same protocol as RedisSaver._send, awaiting each step.
        if self._leases is None:
            name, keys, args = request
            return await self._command(self._scripts[name], keys, args)
        resend = _Resend(self, request)
        while True:
            conn = None
            try:
                # One timer for the whole call (see _AsyncLeases); a call cut short
                # leaves its connection disconnected by redis-py, so no stray reply
                # is read by the next call.
                async with asyncio.timeout(self._leases.timeout):
                    conn = await self._leases.atake()
                    await conn.send_packed_command((resend.packed,), check_health=False)
                    return await conn.read_response()
            except _FAILURES as exc:
                resend.after(exc)
            except TimeoutError as exc:
                raise self._errors(redis.TimeoutError(
                    f"no answer within {self._leases.timeout} s")) from exc
            finally:
                if conn is not None:
                    await self._leases.agive(conn)

    async def _command(self, fn: Any, *args: Any) -> Any:
        try:
            return await fn(*args)
        except _FAILURES as exc:
            raise self._errors(exc) from exc

    async def aping(self) -> None:
        """Raise :class:`StateStoreError` unless the server answers."""
        await self._command(self.client.ping)

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._leases is not None:
            for conn in self._leases.drain():
                await self._leases.arelease(conn)
        await self.client.aclose()

    async def __aenter__(self) -> AsyncRedisSaver:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return self._get_reply(config, await self._send(self._get_request(config)))

    async def alist(
        self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None, limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        q = _Listing(config, filter, before, limit)
        members = None if q.namespace is not None else await self._command(
            self.client.smembers, self.codec.keys(q.thread_id, "")["ns"])
        for ns in q.spaces(members):
            idx = self.codec.keys(q.thread_id, ns)["idx"]
            for raw in await self._command(self.client.zrevrangebylex, idx, q.top, "-"):
                if q.done:
                    return
                cid = raw.decode()
                if q.wants_id(cid):
                    found = await self.aget_tuple(_config(q.thread_id, ns, cid))
                    if q.accept(found):
                        yield cast(CheckpointTuple, found)

    async def aput(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        full: frozenset[str] = frozenset()
        for _ in range(_PUT_ATTEMPTS):
            request, lists = self._put_request(config, checkpoint, metadata, new_versions, full)
            outcome = self._put_reply(config, checkpoint, lists, await self._send(request), full)
            if not isinstance(outcome, frozenset):
                return outcome
            full = outcome
        raise StateStoreError(_RACE)

    async def aput_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str = "",
    ) -> None:
        if writes:
            await self._send(self._writes_request(config, writes, task_id, task_path))

    async def adelete_thread(self, thread_id: str) -> None:
        await self._send(self._delete_request(thread_id))

    async def aget_delta_channel_history(
        self, *, config: RunnableConfig, channels: Sequence[str]
    ) -> Mapping[str, DeltaChannelHistory]:
        if not channels:
            return {}
        cid = get_checkpoint_id(config)
        if not cid:
            latest = await self.aget_tuple(config)
            if latest is None:
                return {c: {"writes": []} for c in channels}
            cid = latest.config["configurable"]["checkpoint_id"]
        reply = await self._send(self._delta_request(config, cid, channels))
        return self.codec.delta_from(channels, reply)
