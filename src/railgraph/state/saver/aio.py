"""The asynchronous checkpoint saver, :class:`AsyncRedisSaver` (for the server and ``ainvoke``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, cast

import redis
import redis.asyncio as aredis
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    DeltaChannelHistory,
    get_checkpoint_id,
)
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff

from railgraph.state.saver.base import (
    PUT_ATTEMPTS,
    PUT_RACE,
    Listing,
    Request,
    SaverBase,
    StateStoreError,
)
from railgraph.state.saver.connections import (
    DEFAULT_POOL_SIZE,
    FAILURES,
    AsyncLeases,
    Resend,
    leases_of,
)
from railgraph.state.saver.keys import checkpoint_config

__all__ = ["AsyncRedisSaver"]


class AsyncRedisSaver(SaverBase):
    """Asynchronous LangGraph checkpoint saver on plain Redis or Valkey."""

    def __init__(self, client: aredis.Redis, *, url: str = "redis://", **options: Any) -> None:
        super().__init__(url=url, **options)
        self.client = client
        self._register(client)
        self._leases: AsyncLeases | None = leases_of(client, AsyncLeases)

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

    async def _send(self, request: Request) -> Any:
        # The same protocol as RedisSaver._send, awaiting each step.
        if self._leases is None:
            name, keys, args = request
            return await self._command(self._scripts[name], keys, args)
        resend = Resend(self, request)
        while True:
            conn = None
            try:
                # One timer for the whole call (see AsyncLeases); a call cut short
                # leaves its connection disconnected by redis-py, so no stray reply
                # is read by the next call.
                async with asyncio.timeout(self._leases.timeout):
                    conn = await self._leases.atake()
                    await conn.send_packed_command((resend.packed,), check_health=False)
                    return await conn.read_response()
            except FAILURES as exc:
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
        except FAILURES as exc:
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
        q = Listing(config, filter, before, limit)
        members = None if q.namespace is not None else await self._command(
            self.client.smembers, self.codec.keys(q.thread_id, "")["ns"])
        for ns in q.spaces(members):
            idx = self.codec.keys(q.thread_id, ns)["idx"]
            for raw in await self._command(self.client.zrevrangebylex, idx, q.top, "-"):
                if q.done:
                    return
                cid = raw.decode()
                if q.wants_id(cid):
                    found = await self.aget_tuple(checkpoint_config(q.thread_id, ns, cid))
                    if q.accept(found):
                        yield cast(CheckpointTuple, found)

    async def aput(
        self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        full: frozenset[str] = frozenset()
        for _ in range(PUT_ATTEMPTS):
            request, lists = self._put_request(config, checkpoint, metadata, new_versions, full)
            outcome = self._put_reply(config, checkpoint, lists, await self._send(request), full)
            if not isinstance(outcome, frozenset):
                return outcome
            full = outcome
        raise StateStoreError(PUT_RACE)

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
