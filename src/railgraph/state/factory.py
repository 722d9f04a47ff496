"""Checkpointers built from the environment: for the CLI, notebooks and ``langgraph.json``.

State is Redis everywhere: ``$REDIS_URL`` when set, otherwise an embedded Redis-compatible
server (:mod:`railgraph.state.embedded`) whose data persists under the state home
(``.railgraph/redis`` by default, see :mod:`railgraph.state.settings`).

``langgraph.json`` can name :func:`checkpointer` directly::

    "checkpointer": {"path": "railgraph.state.factory.checkpointer"}
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from railgraph.state.embedded import resolve_redis_url
from railgraph.state.saver import AsyncRedisSaver
from railgraph.state.settings import StateSettings, state_home

__all__ = ["checkpointer", "open_checkpointer"]


@asynccontextmanager
async def checkpointer(home: Path | None = None) -> AsyncIterator[AsyncRedisSaver]:
    """An :class:`AsyncRedisSaver` on ``$REDIS_URL``, or on an embedded server under ``home``.

    The embedded server (if this call started it) is stopped, with its data saved,
    when the context exits.
    """
    settings = StateSettings.from_env()
    url, server = resolve_redis_url(home / "redis" if home else None)
    saver = AsyncRedisSaver.from_url(
        url, prefix=settings.prefix, ttl=settings.ttl, refresh_on_read=settings.refresh_on_read,
        encryption_key=settings.encryption_key, max_connections=settings.pool_size,
    )
    try:
        await saver.aping()
        yield saver
    finally:
        await saver.aclose()
        if server is not None:
            server.stop()


@asynccontextmanager
async def open_checkpointer(home: Path | None = None) -> AsyncIterator[AsyncRedisSaver]:
    """:func:`checkpointer` on ``home`` (default: the state home), creating the folder."""
    home = home or state_home()
    home.mkdir(parents=True, exist_ok=True)
    async with checkpointer(home) as saver:
        yield saver
