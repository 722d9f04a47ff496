"""The synchronous checkpoint saver, :class:`RedisSaver` (for the CLI, notebooks and scripts)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

import redis
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    DeltaChannelHistory,
    get_checkpoint_id,
)

from railgraph.state.saver.base import (
    PUT_ATTEMPTS,
    PUT_RACE,
    Listing,
    Request,
    SaverBase,
    StateStoreError,
)
from railgraph.state.saver.connections import DEFAULT_POOL_SIZE, FAILURES, Resend, leases_of
from railgraph.state.saver.keys import checkpoint_config

__all__ = ["RedisSaver"]


class RedisSaver(SaverBase):
    """Synchronous LangGraph checkpoint saver on plain Redis or Valkey.

    Its async methods run the sync code (as LangGraph's own sync savers do), which is
    also how the conformance suite, which drives the async API, tests it.
    """

    def __init__(self, client: redis.Redis, *, url: str = "redis://", **options: Any) -> None:
        super().__init__(url=url, **options)
        self.client = client
        self._register(client)
        self._leases = leases_of(client)

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

    def _send(self, request: Request) -> Any:
        if self._leases is None:
            name, keys, args = request
            return self._command(self._scripts[name], keys, args)
        resend = Resend(self, request)
        while True:
            conn = None
            try:
                conn = self._leases.take()
                conn.send_packed_command((resend.packed,), check_health=False)
                return conn.read_response()
            except FAILURES as exc:
                resend.after(exc)
            finally:
                if conn is not None:
                    self._leases.give(conn)

    def _command(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except FAILURES as exc:
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
        q = Listing(config, filter, before, limit)
        members = None if q.namespace is not None else self._command(
            self.client.smembers, self.codec.keys(q.thread_id, "")["ns"])
        for ns in q.spaces(members):
            idx = self.codec.keys(q.thread_id, ns)["idx"]
            for raw in self._command(self.client.zrevrangebylex, idx, q.top, "-"):
                if q.done:
                    return
                cid = raw.decode()
                if q.wants_id(cid):
                    found = self.get_tuple(checkpoint_config(q.thread_id, ns, cid))
                    if q.accept(found):
                        yield cast(CheckpointTuple, found)

    def put(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        full: frozenset[str] = frozenset()
        for _ in range(PUT_ATTEMPTS):
            request, lists = self._put_request(config, checkpoint, metadata, new_versions, full)
            outcome = self._put_reply(config, checkpoint, lists, self._send(request), full)
            if not isinstance(outcome, frozenset):
                return outcome
            full = outcome
        raise StateStoreError(PUT_RACE)

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


