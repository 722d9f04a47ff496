"""The default state home and checkpointer for local use (CLI, notebooks, tests).

State is Redis everywhere: ``$REDIS_URL`` when set, otherwise an embedded
Redis-compatible server whose data persists under ``.railgraph/redis``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from railgraph.state.redis_saver import AsyncRedisSaver

__all__ = ["open_checkpointer", "state_home"]


def state_home() -> Path:
    """``$RAILGRAPH_HOME``, else ``.railgraph`` in the working directory."""
    return Path(os.environ.get("RAILGRAPH_HOME") or ".railgraph")


@asynccontextmanager
async def open_checkpointer(home: Path | None = None) -> AsyncIterator[AsyncRedisSaver]:
    """The Redis saver for ``home`` (see :func:`railgraph.state.factory.checkpointer`)."""
    from railgraph.state.factory import checkpointer

    home = home or state_home()
    home.mkdir(parents=True, exist_ok=True)
    async with checkpointer(home) as saver:
        yield saver
