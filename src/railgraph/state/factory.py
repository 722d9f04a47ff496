"""Checkpointers built from the environment: for the CLI, notebooks and ``langgraph.json``.

``langgraph.json`` can name :func:`checkpointer` directly::

    "checkpointer": {"path": "railgraph.state.factory.checkpointer"}
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from railgraph.state.redis_saver import AsyncRedisSaver
from railgraph.state.settings import StateSettings

__all__ = ["checkpointer"]


@asynccontextmanager
async def checkpointer(home: Path | None = None) -> AsyncIterator[AsyncRedisSaver]:
    """An :class:`AsyncRedisSaver` on ``$REDIS_URL``, or on an embedded server under ``home``.

    The embedded server (if this call started it) is stopped, with its data saved,
    when the context exits.
    """
    from railgraph.state.server import resolve_redis_url

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
