"""How checkpoints become script arguments and script replies become checkpoints; no I/O.

Values are packed as ``<serde type>\\0<bytes>`` with the saver's serializer (LangGraph's
``JsonPlusSerializer`` by default, wrapped in AES when an encryption key is given).

Long lists (a conversation's messages) are not stored whole in every checkpoint: a list of at
least :data:`LIST_MIN_ITEMS` items is kept as an append-only *log* of item digests plus one
hash of items by digest, and the channel's blob holds only ``\\1L<log>\\0<length>``. The next
checkpoint of a growing list appends the new digests (and the items not stored yet), so bytes
per turn stay flat instead of growing with the conversation.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    DeltaChannelHistory,
    PendingWrite,
    get_checkpoint_metadata,
    writes_sort_key,
)
from langgraph.checkpoint.serde.base import SerializerProtocol
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from railgraph.state.saver.keys import ITEM, PAIR, SEP, checkpoint_config, thread_base, thread_keys

__all__ = ["ABSENT", "LIST_MIN_ITEMS", "Codec", "ListPlan", "serializer"]

LIST_MIN_ITEMS = 8
"""Lists at least this long are stored item by item in an append-only log."""

_LIST_CACHE_SIZE = 512
"""Lists the codec remembers (per thread, namespace and channel) to append to them."""

ABSENT: Any = object()
"""A channel with no value in a checkpoint (stored as an empty blob)."""


@dataclass
class ListPlan:
    """How one list channel value is written: appended to a known log, or a new log."""

    field: str
    """The ``blob`` field of this channel version."""
    channel: str
    """The channel the list belongs to."""
    log: str
    """Id of the log the digests go to."""
    expected: int
    """Length the log must still have for an append (-1: a new log)."""
    digests: list[str]
    """Digests to append."""
    items: list[tuple[str, bytes]]
    """(digest, packed item) of the items to store (those the log has not seen)."""
    all_digests: list[str]
    """Digests of the whole list, remembered once the write succeeds."""


class Codec:
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
        return thread_base(self.prefix, thread_id)

    def keys(self, thread_id: str, ns: str) -> dict[str, str]:
        """The key names of a thread's namespace (a shared, cached dict: read only)."""
        return thread_keys(self.prefix, thread_id, ns)

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
                  value: list[Any], *, full: bool) -> ListPlan:
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
            return ListPlan(field, channel, log, start, digests[start:], items, digests)
        log = uuid.uuid4().hex[:16]
        unique = dict(zip(digests, packed, strict=True))
        return ListPlan(field, channel, log, -1, digests, list(unique.items()), digests)

    # ---------------------------------------------------------- put

    def put_args(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions, *, full: frozenset[str] = frozenset(),
    ) -> tuple[list[str], list[Any], list[ListPlan], str, str]:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        copy = checkpoint.copy()
        values: dict[str, Any] = copy.pop("channel_values")  # type: ignore[misc]
        plain: list[Any] = []
        lists: list[ListPlan] = []
        for channel, version in new_versions.items():
            field = f"{ns}{SEP}{channel}{SEP}{version}"
            value = values.get(channel, ABSENT)
            if isinstance(value, list) and len(value) >= LIST_MIN_ITEMS:
                lists.append(self.plan_list(thread_id, ns, channel, field, value,
                                            full=channel in full))
            else:
                plain += [field, b"" if value is ABSENT else self.pack(value)]
        head = f"{ns}{SEP}{checkpoint['id']}{SEP}"
        record = [
            head + "c", self.pack(copy),
            head + "m", self.pack(get_checkpoint_metadata(config, metadata)),
            head + "p", conf.get("checkpoint_id") or "",
            head + "v", ITEM.join(f"{ch}{PAIR}{v}" for ch, v in
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

    def after_put(self, thread_id: str, ns: str, lists: list[ListPlan]) -> None:
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
        """Decode the blob at ``reply[i]``; return (value or ABSENT, next index, list log)."""
        raw = reply[i]
        if not raw.startswith(b"\x01L"):
            return (self.unpack(raw) if raw else ABSENT), i + 1, None
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
        channels = [p.split(PAIR, 1)[0] for p in reply[4].decode().split(ITEM) if p]
        values: dict[str, Any] = {}
        i = 5
        for channel in channels:
            value, i, log = self.read_blob(reply, i)
            if value is not ABSENT:
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
            config=checkpoint_config(thread_id, ns, cid),
            checkpoint=cast(Checkpoint, {**checkpoint, "channel_values": values}),
            metadata=metadata,
            parent_config=checkpoint_config(thread_id, ns, parent) if parent else None,
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
                if value is not ABSENT:
                    pending_seeds[channel] = value
        flush()
        result: dict[str, DeltaChannelHistory] = {}
        for channel in channels:
            entry: DeltaChannelHistory = {"writes": list(reversed(collected[channel]))}
            if channel in seeds:
                entry["seed"] = seeds[channel]
            result[channel] = entry
        return result


def serializer(
    encryption_key: bytes | str | None, serde: SerializerProtocol | None
) -> SerializerProtocol:
    """``serde`` (default ``JsonPlusSerializer``), encrypted with AES when a key is given."""
    base = serde or JsonPlusSerializer()
    if encryption_key is None:
        return base
    from langgraph.checkpoint.serde.encrypted import EncryptedSerializer

    key = encryption_key.encode() if isinstance(encryption_key, str) else encryption_key
    if len(key) not in (16, 24, 32):
        raise ValueError("encryption_key must be 16, 24 or 32 bytes (AES-128/192/256)")
    return EncryptedSerializer.from_pycryptodome_aes(base, key=key)

