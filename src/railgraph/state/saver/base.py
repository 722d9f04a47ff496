"""What the sync and async savers share: options, requests, reply decoding, listing, errors.

Each public saver call is one *request* (a script name, its keys, its arguments) built by
:class:`SaverBase`, sent by the sync (:mod:`.sync`) or async (:mod:`.aio`) subclass over a
leased connection (:mod:`.connections`), and decoded here again, so the two savers differ
only in how they wait and cannot drift apart.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

import hiredis
import redis
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    get_checkpoint_id,
)
from langgraph.checkpoint.serde.base import SerializerProtocol

from railgraph.errors import StateStoreError
from railgraph.state.saver.codec import Codec, ListPlan, serializer
from railgraph.state.saver.keys import DEFAULT_PREFIX, channel_of, checkpoint_config
from railgraph.state.saver.scripts import DELTA_MAX_HOPS, SCRIPTS

__all__ = ["PUT_ATTEMPTS", "PUT_RACE", "Listing", "Request", "SaverBase", "StateStoreError"]


Request = tuple[str, list[str], list[Any]]
"""A script call: the script's name (in :data:`~.scripts.SCRIPTS`), its keys and arguments."""

PUT_ATTEMPTS = 3
"""Tries of one ``put`` whose lists another writer keeps moving on (each retry rewrites them)."""
PUT_RACE = "could not store a checkpoint: its lists kept changing underneath"


def _unreachable(url: str, exc: Exception) -> StateStoreError:
    return StateStoreError(f"state store at {_safe_url(url)} is unreachable "
                           f"({type(exc).__name__}: {exc}); check REDIS_URL or start Redis")


def _safe_url(url: str) -> str:
    # Never print credentials.
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return url



class Listing:
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


def _matches(metadata: Mapping[str, Any], filter: Mapping[str, Any] | None) -> bool:
    return not filter or all(metadata.get(k) == v for k, v in filter.items())



class SaverBase(BaseCheckpointSaver[str]):
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
        super().__init__(serde=serializer(encryption_key, serde))
        self.url = url
        self.ttl_ms = str(int(ttl * 1000)) if ttl else ""
        self.refresh_on_read = refresh_on_read
        self.codec = Codec(self.serde, prefix)

    def get_next_version(self, current: str | None, channel: None) -> str:
        # Random suffix: versions are unique per branch, so forks never share blobs.
        # Zero-padded so that versions compare correctly as strings; kept short because
        # every checkpoint carries the versions of all channels (twice over).
        number = 0 if current is None else int(str(current).split(".")[0])
        return f"{number + 1:016}.{random.getrandbits(40):010x}"

    def _register(self, client: Any) -> None:
        self._scripts = {name: client.register_script(text) for name, text in SCRIPTS.items()}

    def _packed(self, request: Request, *, source: bool = False) -> bytes:
        """A request as one command, encoded by hiredis (C) in one call.

        EVALSHA normally; EVAL with the script's source (which the server caches
        again) after the server answered that it forgot the script.
        """
        name, keys, args = request
        script = self._scripts[name]
        head = (b"EVAL", script.script) if source else (b"EVALSHA", script.sha)
        return hiredis.pack_command((*head, len(keys), *keys, *args))

    def _get_request(self, config: RunnableConfig) -> Request:
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
    ) -> tuple[Request, list[ListPlan]]:
        keys, args, lists, _, _ = self.codec.put_args(config, checkpoint, metadata,
                                                      new_versions, full=full)
        args[3] = self.ttl_ms
        return ("put", keys, args), lists

    def _put_reply(self, config: RunnableConfig, checkpoint: Checkpoint, lists: list[ListPlan],
                   reply: Any, full: frozenset[str]) -> RunnableConfig | frozenset[str]:
        """The new config when stored; else the channels to rewrite in full next time."""
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        if reply[0] == b"ok":
            self.codec.after_put(thread_id, ns, lists)
            return checkpoint_config(thread_id, ns, checkpoint["id"])
        return full | {channel_of(reply[1])}  # another writer moved that log on

    def _writes_request(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]],
                        task_id: str, task_path: str) -> Request:
        keys, args = self.codec.write_args(config, writes, task_id, task_path)
        args[3] = self.ttl_ms
        return "put_writes", keys, args

    def _delete_request(self, thread_id: str) -> Request:
        self.codec.forget_thread(thread_id)
        base = self.codec.thread(thread_id)
        return "delete", [base + "ns"], [base]

    def _delta_request(self, config: RunnableConfig, checkpoint_id: str,
                       channels: Sequence[str]) -> Request:
        conf = config["configurable"]
        thread_id, ns = conf["thread_id"], conf.get("checkpoint_ns", "")
        k = self.codec.keys(thread_id, ns)
        return "delta", [k["cp"], k["blob"], k["w"], k["wi"]], [
            self.codec.thread(thread_id), ns, checkpoint_id, DELTA_MAX_HOPS, *channels]

    def _errors(self, exc: Exception) -> StateStoreError:
        if isinstance(exc, redis.ConnectionError | redis.TimeoutError):
            return _unreachable(self.url, exc)
        return StateStoreError(f"state store error: {exc}")

