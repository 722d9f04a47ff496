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

Round trips: ``put`` is one pipelined transaction; ``get_tuple``,
``put_writes``, ``delete_thread`` and the delta-channel history walk are one
Lua script each; ``list`` is two (ids, then records).

Channel versions carry a random suffix (like ``InMemorySaver``): a fork that
re-derives version N of a channel writes a new blob instead of overwriting
the one the original branch still reads.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast
from urllib.parse import quote

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

from railgraph.errors import RailgraphError

__all__ = ["AsyncRedisSaver", "RedisSaver", "StateStoreError"]

SEP = "\x00"
_PAIR, _ITEM = "\x01", "\x02"
DEFAULT_PREFIX = "railgraph"
DEFAULT_POOL_SIZE = 64


class StateStoreError(RailgraphError):
    """The state store (Redis) cannot be reached or answered with an error."""


# ------------------------------------------------------------------ Lua scripts

# KEYS: idx, cp, blob, w, wi   ARGV: ns, checkpoint id or "", ttl or "", refresh(0/1)
_GET = """
local ns, cid = ARGV[1], ARGV[2]
if cid == '' then
  local last = redis.call('ZREVRANGE', KEYS[1], 0, 0)
  if #last == 0 then return false end
  cid = last[1]
end
local base = ns .. '\\0' .. cid .. '\\0'
local rec = redis.call('HMGET', KEYS[2], base .. 'c', base .. 'm', base .. 'p', base .. 'v')
if not rec[1] then return false end
local out = {cid, rec[1], rec[2], rec[3] or '', rec[4] or ''}
local blobs = {}
if rec[4] and rec[4] ~= '' then
  for pair in string.gmatch(rec[4], '[^\\2]+') do
    local sep = string.find(pair, '\\1', 1, true)
    blobs[#blobs + 1] = ns .. '\\0' .. string.sub(pair, 1, sep - 1) .. '\\0' .. string.sub(pair, sep + 1)
  end
end
out[#out + 1] = tostring(#blobs)
if #blobs > 0 then
  local values = redis.call('HMGET', KEYS[3], unpack(blobs))
  for i = 1, #blobs do out[#out + 1] = values[i] or '' end
end
local index = redis.call('HGET', KEYS[5], ns .. '\\0' .. cid)
if index then
  local fields = {}
  for f in string.gmatch(index, '[^\\1]+') do fields[#fields + 1] = f end
  local values = redis.call('HMGET', KEYS[4], unpack(fields))
  for i = 1, #fields do
    if values[i] then out[#out + 1] = fields[i]; out[#out + 1] = values[i] end
  end
end
if ARGV[3] ~= '' and ARGV[4] == '1' then
  for i = 1, 5 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return out
"""

# KEYS: w, wi, ns, idx, cp, blob   ARGV: ns, cid, ttl or "", then (field, value, overwrite)*
_PUT_WRITES = """
local index_field = ARGV[1] .. '\\0' .. ARGV[2]
local index = redis.call('HGET', KEYS[2], index_field) or ''
local added = {}
for i = 4, #ARGV, 3 do
  local field, value, overwrite = ARGV[i], ARGV[i + 1], ARGV[i + 2]
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
if ARGV[3] ~= '' then
  for i = 1, 6 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return #added
"""

# KEYS: ns   ARGV: key prefix of the thread ("P:{T}:")
_DELETE = """
local spaces = redis.call('SMEMBERS', KEYS[1])
local keys = {KEYS[1], ARGV[1] .. 'cp', ARGV[1] .. 'blob', ARGV[1] .. 'w', ARGV[1] .. 'wi'}
for _, ns in ipairs(spaces) do keys[#keys + 1] = ARGV[1] .. 'idx:' .. ns end
return redis.call('DEL', unpack(keys))
"""

# Walk the parent chain from a checkpoint, collecting each ancestor's writes and,
# per channel, the first ancestor blob that is not the empty marker.
# KEYS: cp, blob, w, wi   ARGV: ns, cid, max hops, channels...
_DELTA = """
local ns, cid, hops = ARGV[1], ARGV[2], tonumber(ARGV[3])
local remaining, left = {}, 0
for i = 4, #ARGV do remaining[ARGV[i]] = true; left = left + 1 end
local out = {}
local start = redis.call('HGET', KEYS[1], ns .. '\\0' .. cid .. '\\0p')
local current = start
local n = 0
while current and current ~= '' and left > 0 and n < hops do
  n = n + 1
  local base = ns .. '\\0' .. current .. '\\0'
  local rec = redis.call('HMGET', KEYS[1], base .. 'v', base .. 'p')
  if not rec[1] and not rec[2] then break end
  out[#out + 1] = 'C'; out[#out + 1] = current
  local index = redis.call('HGET', KEYS[4], ns .. '\\0' .. current)
  if index then
    local fields = {}
    for f in string.gmatch(index, '[^\\1]+') do fields[#fields + 1] = f end
    local values = redis.call('HMGET', KEYS[3], unpack(fields))
    for i = 1, #fields do
      if values[i] then out[#out + 1] = 'W'; out[#out + 1] = fields[i]; out[#out + 1] = values[i] end
    end
  end
  if rec[1] and rec[1] ~= '' then
    for pair in string.gmatch(rec[1], '[^\\2]+') do
      local sep = string.find(pair, '\\1', 1, true)
      local ch = string.sub(pair, 1, sep - 1)
      if remaining[ch] then
        local blob = redis.call('HGET', KEYS[2], ns .. '\\0' .. ch .. '\\0' .. string.sub(pair, sep + 1))
        if blob and blob ~= '' then
          out[#out + 1] = 'S'; out[#out + 1] = ch; out[#out + 1] = blob
          remaining[ch] = nil; left = left - 1
        end
      end
    end
  end
  current = rec[2]
end
return out
"""


# ------------------------------------------------------------------ shared logic


class _Codec:
    """Key names, packing and unpacking; no I/O (shared by the sync and async savers)."""

    def __init__(self, serde: SerializerProtocol, prefix: str) -> None:
        self.serde = serde
        self.prefix = prefix

    def thread(self, thread_id: str) -> str:
        # Braces, colons and percent signs are escaped so the hash tag is exactly the thread.
        return f"{self.prefix}:{{{quote(str(thread_id), safe='')}}}:"

    def keys(self, thread_id: str, ns: str) -> dict[str, str]:
        base = self.thread(thread_id)
        return {name: base + name for name in ("ns", "cp", "blob", "w", "wi")} | {
            "idx": f"{base}idx:{ns}"
        }

    def pack(self, value: Any) -> bytes:
        kind, data = self.serde.dumps_typed(value)
        return kind.encode() + b"\x00" + data

    def unpack(self, raw: bytes) -> Any:
        kind, _, data = raw.partition(b"\x00")
        return self.serde.loads_typed((kind.decode(), data))

    @staticmethod
    def versions_text(versions: ChannelVersions) -> str:
        return _ITEM.join(f"{ch}{_PAIR}{ver}" for ch, ver in versions.items())

    def put_commands(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> tuple[dict[str, str], dict[bytes | str, bytes | str], dict[bytes | str, bytes], str, str]:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        copy = checkpoint.copy()
        values: dict[str, Any] = copy.pop("channel_values")  # type: ignore[misc]
        blobs: dict[bytes | str, bytes] = {}
        for channel, version in new_versions.items():
            blobs[f"{ns}{SEP}{channel}{SEP}{version}"] = (
                self.pack(values[channel]) if channel in values else b""
            )
        base = f"{ns}{SEP}{checkpoint['id']}{SEP}"
        record: dict[bytes | str, bytes | str] = {
            base + "c": self.pack(copy),
            base + "m": self.pack(get_checkpoint_metadata(config, metadata)),
            base + "p": conf.get("checkpoint_id") or "",
            base + "v": self.versions_text(checkpoint["channel_versions"]),
        }
        return self.keys(thread_id, ns), record, blobs, ns, thread_id

    def write_args(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str,
    ) -> tuple[dict[str, str], list[Any]]:
        conf = config["configurable"]
        ns, cid = conf.get("checkpoint_ns", ""), conf["checkpoint_id"]
        args: list[Any] = [ns, cid]
        items: list[Any] = []
        for idx, (channel, value) in enumerate(writes):
            slot = WRITES_IDX_MAP.get(channel, idx)
            field = f"{ns}{SEP}{cid}{SEP}{task_id}{SEP}{slot}"
            payload = channel.encode() + b"\x00" + task_path.encode() + b"\x00" + self.pack(value)
            items += [field, payload, "1" if slot < 0 else "0"]
        return self.keys(conf["thread_id"], ns), [*args, *items]

    def unpack_write(self, field: bytes, raw: bytes) -> tuple[tuple[str, str, int], PendingWrite]:
        task_id, slot = field.decode().split(SEP)[2:4]
        channel, task_path, packed = raw.split(b"\x00", 2)
        value = self.unpack(packed)
        key = writes_sort_key(task_path.decode(), task_id, int(slot))
        return key, (task_id, channel.decode(), value)

    def tuple_from(self, thread_id: str, ns: str, reply: list[bytes]) -> CheckpointTuple:
        cid = reply[0].decode()
        checkpoint = self.unpack(reply[1])
        metadata = self.unpack(reply[2])
        parent = reply[3].decode()
        versions_text = reply[4].decode()
        count = int(reply[5])
        values: dict[str, Any] = {}
        pairs = [p.split(_PAIR, 1) for p in versions_text.split(_ITEM) if p]
        for (channel, _), raw in zip(pairs, reply[6 : 6 + count], strict=True):
            if raw:
                values[channel] = self.unpack(raw)
        rest = reply[6 + count :]
        writes = sorted(
            (self.unpack_write(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)),
            key=lambda item: item[0],
        )
        return CheckpointTuple(
            config=_config(thread_id, ns, cid),
            checkpoint={**checkpoint, "channel_values": values},
            metadata=metadata,
            parent_config=_config(thread_id, ns, parent) if parent else None,
            pending_writes=[w for _, w in writes],
        )

    def delta_from(
        self, channels: Sequence[str], reply: list[bytes]
    ) -> Mapping[str, DeltaChannelHistory]:
        collected: dict[str, list[PendingWrite]] = {c: [] for c in channels}
        seeds: dict[str, Any] = {}
        i = 0
        batch: list[tuple[tuple[str, str, int], PendingWrite]] = []

        def flush() -> None:
            # One ancestor's writes, newest first (the walk goes from child to root).
            for _, write in sorted(batch, key=lambda item: item[0], reverse=True):
                if write[1] in collected and write[1] not in seeds:
                    collected[write[1]].append(write)
            batch.clear()

        pending_seeds: dict[str, Any] = {}
        while i < len(reply):
            tag = reply[i]
            if tag == b"C":
                flush()
                seeds.update(pending_seeds)
                pending_seeds.clear()
                i += 2
            elif tag == b"W":
                batch.append(self.unpack_write(reply[i + 1], reply[i + 2]))
                i += 3
            else:  # b"S": the seed blob of a channel at this ancestor
                pending_seeds[reply[i + 1].decode()] = self.unpack(reply[i + 2])
                i += 3
        flush()
        seeds.update(pending_seeds)
        result: dict[str, DeltaChannelHistory] = {}
        for channel in channels:
            entry: DeltaChannelHistory = {"writes": list(reversed(collected[channel]))}
            if channel in seeds:
                entry["seed"] = seeds[channel]
            result[channel] = entry
        return result


def _config(thread_id: str, ns: str, checkpoint_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns,
                             "checkpoint_id": checkpoint_id}}


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


class _Base(BaseCheckpointSaver[str]):
    """Options and behaviour common to both savers."""

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
        number = 0 if current is None else int(str(current).split(".")[0])
        return f"{number + 1:032}.{random.random():016}"

    def _walk_limit(self) -> str:
        return "100000"


# ------------------------------------------------------------------ sync saver


class RedisSaver(_Base):
    """Synchronous LangGraph checkpoint saver on plain Redis or Valkey."""

    def __init__(self, client: redis.Redis, *, url: str = "redis://", **options: Any) -> None:
        super().__init__(url=url, **options)
        self.client = client
        self._get = client.register_script(_GET)
        self._put_writes = client.register_script(_PUT_WRITES)
        self._delete = client.register_script(_DELETE)
        self._delta = client.register_script(_DELTA)

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

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise _unreachable(self.url, exc) from exc
        except redis.ResponseError as exc:
            raise StateStoreError(f"state store error: {exc}") from exc

    def ping(self) -> None:
        """Raise :class:`StateStoreError` unless the server answers."""
        self._call(self.client.ping)

    def close(self) -> None:
        self.client.close()

    def get_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        k = self.codec.keys(thread_id, ns)
        reply = self._call(self._get, keys=[k["idx"], k["cp"], k["blob"], k["w"], k["wi"]],
                           args=[ns, get_checkpoint_id(config) or "", self.ttl_ms,
                                 "1" if self.refresh_on_read else "0"])
        return self.codec.tuple_from(thread_id, ns, reply) if reply else None

    def list(
        self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None, limit: int | None = None,
    ) -> Iterator[CheckpointTuple]:
        if config is None:
            raise StateStoreError("listing checkpoints needs a thread_id (threads are not "
                                  "indexed globally)")
        conf = config["configurable"]
        thread_id = conf["thread_id"]
        wanted_ns = conf.get("checkpoint_ns")
        wanted_id = get_checkpoint_id(config)
        before_id = get_checkpoint_id(before) if before else None
        spaces = [wanted_ns] if wanted_ns is not None else sorted(
            s.decode() for s in self._call(self.client.smembers, self.codec.keys(thread_id, "")["ns"]))
        for ns in spaces:
            if limit is not None and limit <= 0:
                return
            idx = self.codec.keys(thread_id, ns)["idx"]
            top = f"({before_id}" if before_id else "+"
            ids = [i.decode() for i in self._call(self.client.zrevrangebylex, idx, top, "-")]
            for cid in ids:
                if wanted_id and cid != wanted_id:
                    continue
                found = self.get_tuple(_config(thread_id, ns, cid))
                if found is None or not _matches(found.metadata, filter):
                    continue
                if limit is not None:
                    if limit <= 0:
                        return
                    limit -= 1
                yield found

    def put(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        keys, record, blobs, ns, thread_id = self.codec.put_commands(
            config, checkpoint, metadata, new_versions)
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(keys["cp"], mapping=record)
        if blobs:
            pipe.hset(keys["blob"], mapping=blobs)  # type: ignore[arg-type]
        pipe.zadd(keys["idx"], {checkpoint["id"]: 0})
        pipe.sadd(keys["ns"], ns)
        if self.ttl_ms:
            for name in ("cp", "blob", "idx", "ns", "w", "wi"):
                pipe.pexpire(keys[name], int(self.ttl_ms))
        self._call(pipe.execute)
        return _config(thread_id, ns, checkpoint["id"])

    def put_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str = "",
    ) -> None:
        if not writes:
            return
        k, args = self.codec.write_args(config, writes, task_id, task_path)
        args.insert(2, self.ttl_ms)
        self._call(self._put_writes, keys=[k["w"], k["wi"], k["ns"], k["idx"], k["cp"], k["blob"]],
                   args=args)

    def delete_thread(self, thread_id: str) -> None:
        base = self.codec.thread(thread_id)
        self._call(self._delete, keys=[base + "ns"], args=[base])

    def get_delta_channel_history(
        self, *, config: RunnableConfig, channels: Sequence[str]
    ) -> Mapping[str, DeltaChannelHistory]:
        if not channels:
            return {}
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        cid = get_checkpoint_id(config)
        if not cid:
            latest = self.get_tuple(config)
            if latest is None:
                return {c: {"writes": []} for c in channels}
            cid = latest.config["configurable"]["checkpoint_id"]
        k = self.codec.keys(thread_id, ns)
        reply = self._call(self._delta, keys=[k["cp"], k["blob"], k["w"], k["wi"]],
                           args=[ns, cid, self._walk_limit(), *channels])
        return self.codec.delta_from(channels, reply)

    # The async API of a sync saver runs the sync code (LangGraph's own savers do the same).
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
        self._get = client.register_script(_GET)
        self._put_writes = client.register_script(_PUT_WRITES)
        self._delete = client.register_script(_DELETE)
        self._delta = client.register_script(_DELTA)

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
        )
        return cls(aredis.Redis(connection_pool=pool), url=url, **options)

    async def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise _unreachable(self.url, exc) from exc
        except redis.ResponseError as exc:
            raise StateStoreError(f"state store error: {exc}") from exc

    async def aping(self) -> None:
        """Raise :class:`StateStoreError` unless the server answers."""
        await self._call(self.client.ping)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        k = self.codec.keys(thread_id, ns)
        reply = await self._call(self._get, keys=[k["idx"], k["cp"], k["blob"], k["w"], k["wi"]],
                                 args=[ns, get_checkpoint_id(config) or "", self.ttl_ms,
                                       "1" if self.refresh_on_read else "0"])
        return self.codec.tuple_from(thread_id, ns, reply) if reply else None

    async def alist(
        self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None, limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        if config is None:
            raise StateStoreError("listing checkpoints needs a thread_id (threads are not "
                                  "indexed globally)")
        conf = config["configurable"]
        thread_id = conf["thread_id"]
        wanted_ns = conf.get("checkpoint_ns")
        wanted_id = get_checkpoint_id(config)
        before_id = get_checkpoint_id(before) if before else None
        if wanted_ns is not None:
            spaces = [wanted_ns]
        else:
            members = await self._call(self.client.smembers, self.codec.keys(thread_id, "")["ns"])
            spaces = sorted(s.decode() for s in members)
        for ns in spaces:
            if limit is not None and limit <= 0:
                return
            idx = self.codec.keys(thread_id, ns)["idx"]
            top = f"({before_id}" if before_id else "+"
            ids = [i.decode() for i in await self._call(self.client.zrevrangebylex, idx, top, "-")]
            for cid in ids:
                if wanted_id and cid != wanted_id:
                    continue
                found = await self.aget_tuple(_config(thread_id, ns, cid))
                if found is None or not _matches(found.metadata, filter):
                    continue
                if limit is not None:
                    if limit <= 0:
                        return
                    limit -= 1
                yield found

    async def aput(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        keys, record, blobs, ns, thread_id = self.codec.put_commands(
            config, checkpoint, metadata, new_versions)
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(keys["cp"], mapping=record)
        if blobs:
            pipe.hset(keys["blob"], mapping=blobs)  # type: ignore[arg-type]
        pipe.zadd(keys["idx"], {checkpoint["id"]: 0})
        pipe.sadd(keys["ns"], ns)
        if self.ttl_ms:
            for name in ("cp", "blob", "idx", "ns", "w", "wi"):
                pipe.pexpire(keys[name], int(self.ttl_ms))
        await self._call(pipe.execute)
        return _config(thread_id, ns, checkpoint["id"])

    async def aput_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
        task_path: str = "",
    ) -> None:
        if not writes:
            return
        k, args = self.codec.write_args(config, writes, task_id, task_path)
        args.insert(2, self.ttl_ms)
        await self._call(self._put_writes,
                         keys=[k["w"], k["wi"], k["ns"], k["idx"], k["cp"], k["blob"]], args=args)

    async def adelete_thread(self, thread_id: str) -> None:
        base = self.codec.thread(thread_id)
        await self._call(self._delete, keys=[base + "ns"], args=[base])

    async def aget_delta_channel_history(
        self, *, config: RunnableConfig, channels: Sequence[str]
    ) -> Mapping[str, DeltaChannelHistory]:
        if not channels:
            return {}
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        cid = get_checkpoint_id(config)
        if not cid:
            latest = await self.aget_tuple(config)
            if latest is None:
                return {c: {"writes": []} for c in channels}
            cid = latest.config["configurable"]["checkpoint_id"]
        k = self.codec.keys(thread_id, ns)
        reply = await self._call(self._delta, keys=[k["cp"], k["blob"], k["w"], k["wi"]],
                                 args=[ns, cid, self._walk_limit(), *channels])
        return self.codec.delta_from(channels, cast(list[bytes], reply))
